#!/usr/bin/env bash
# Installs the build into a temporary DESTDIR with prefix /usr (as the .deb does) and checks the
# tree: every file in its FHS place, the installed CLI checks the installed lessons, the installed
# app finds them and renders a lesson, the .desktop and AppStream files validate, and nothing
# installed needs the build or source tree.
#   check-install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

build=$1
source=$2
stage=$(mktemp -d "${TMPDIR:-/tmp}/loopscope-install.XXXXXX")
trap 'rm -rf "$stage"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

DESTDIR="$stage" cmake --install "$build" --prefix /usr > "$stage.log" 2>&1 || { cat "$stage.log"; fail "cmake --install"; }
rm -f "$stage.log"
root="$stage/usr"
id=io.github.loopscope.Loopscope

for f in bin/loopscope bin/loopscope-cli; do
    [[ -x "$root/$f" ]] || fail "$f is missing or not executable"
done
for f in share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg \
         share/man/man1/loopscope.1.gz share/man/man1/loopscope-cli.1.gz \
         share/doc/loopscope/copyright share/doc/loopscope/changelog.gz \
         share/loopscope/lessons/pack.yaml share/loopscope/lessons/README.md \
         share/loopscope/lessons/README.zh_CN.md share/loopscope/lessons/shim/loopscope.py \
         share/loopscope/lessons/shim/aiohttp.py share/loopscope/lessons/shim/aiofiles.py; do
    [[ -s "$root/$f" ]] || fail "$f is missing or empty"
done
# Every bundled lesson folder, file for file.
(cd "$source/lessons" && find . -type f ! -path '*/__pycache__/*' ! -name '*.pyc' | sort) > "$stage/expected"
(cd "$root/share/loopscope/lessons" && find . -type f | sort) > "$stage/installed"
diff -u "$stage/expected" "$stage/installed" || fail "installed lessons differ from lessons/"
# The PNG icons have the size their folder says (bytes 16..23 of a PNG: width, height).
for size in 48 128 256; do
    png="$root/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [[ -s "$png" ]] || fail "$png is missing"
    read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
    (( (w3 << 8 | w4) == size && (h3 << 8 | h4) == size )) || fail "$png is not ${size}x${size}"
done

# The installed CLI validates the installed lessons (every program runs, outputs match).
out=$("$root/bin/loopscope-cli" check "$root/share/loopscope/lessons" 2>&1) || { echo "$out"; fail "check"; }
lessons=$(find "$source/lessons" -mindepth 2 -maxdepth 2 -name lesson.yaml | wc -l)
grep -Eq "^check: $lessons lessons, .*: no errors" <<<"$out" || { echo "$out"; fail "check summary (expected $lessons lessons)"; }

# The installed app opens an installed lesson and renders it (no display needed).
"$root/bin/loopscope" --lesson "$root/share/loopscope/lessons/06-what-await-does" \
    --screenshot "$stage/shot.png" > "$stage/app.log" 2>&1 || { cat "$stage/app.log"; fail "loopscope --screenshot"; }
[[ $(od -An -c -j1 -N3 "$stage/shot.png" | tr -d ' ') == PNG ]] || fail "the screenshot is not a PNG"

# Desktop integration files pass their validators.
desktop-file-validate "$root/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"

# Only the executables may name the build or source tree (a compiled-in fallback for running
# from the build); no data file may need it.
if grep -rlF -e "$source" -e "$build" "$root/share"; then fail "installed data names the build or source tree"; fi
echo "install tree OK: $(cd "$stage" && find . -type f | wc -l) files"
