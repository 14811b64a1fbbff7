#!/usr/bin/env python3
"""Check tests/programs/**.py against CPython.

Each file is copied as prog.py into a fresh temporary directory and run as
`python3 prog.py` there (so tracebacks name "prog.py"). Its stdout, exit
status and stderr are compared with the file's annotations (CPython names the
script by its absolute path in tracebacks; the temp dir prefix is removed from
stderr so that traceback lines read `File "prog.py", line N, in f`):

  # expect: TEXT                        an expected stdout line (file order)
  # expect:                             an expected empty stdout line
  # expect runtime error: TYPE: MSG     uncaught exception: stderr's last line, exit 1
  # expect error: TYPE: MSG             compile-time error reported on this line, exit 1,
                                        no stdout
  # expect stderr: TEXT                 a line that must appear in stderr (in order)
  # nodiff: REASON                      (not checked here; reported only)
  # world: FILE.json                    the simulated world (engine/WORLD.md): its files and
                                        directories are created in the temporary directory

Programs that import aiohttp or aiofiles are skipped: python3 here has neither
library; they run only in the engine's simulated world.

Usage:
  scripts/check-program-tests.py [FILE_OR_DIR ...]   (default: tests/programs)
  scripts/check-program-tests.py --propose FILE      print python3's stdout as
                                                      `# expect:` lines, for review
  -v  print every file's result;  --hashseeds N  run each file under N different
  PYTHONHASHSEED values (default 2) to catch hash-order dependence.

Prints each mismatch as file:line: message and ends with `N passed, M failed`.
Exit status 0 when everything passed.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIR = os.path.join(ROOT, "tests", "programs")
TIMEOUT = 20

# Order matters: the specific forms first. TEXT is everything after the first
# space following the colon, to end of line (trailing spaces included).
RE_RUNTIME = re.compile(r"# expect runtime error: (.*)$")
RE_COMPILE = re.compile(r"# expect error: (.*)$")
RE_STDERR = re.compile(r"# expect stderr: (.*)$")
RE_STDOUT = re.compile(r"# expect:(?: (.*))?$")
RE_NODIFF = re.compile(r"# nodiff:(.*)$")
RE_WORLD = re.compile(r"# world:(.*)$")
RE_SIMULATED_IMPORT = re.compile(r"^\s*(import\s+([\w.]+\s*,\s*)*(aiohttp|aiofiles)\b|from\s+(aiohttp|aiofiles)\b)", re.M)
RE_FILE_LINE = re.compile(r'^  File "([^"]*)", line (\d+)')


class Spec:
    def __init__(self):
        self.stdout = []          # [(lineno, text)]
        self.runtime = None       # (lineno, text)
        self.compile = None       # (lineno, text)
        self.stderr = []          # [(lineno, text)]
        self.nodiff = None
        self.world = None         # the world file, relative to the program's folder
        self.problems = []        # [(lineno, message)]


def parse(path):
    spec = Spec()
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for no, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        m = RE_RUNTIME.search(line)
        if m:
            if spec.runtime:
                spec.problems.append((no, "more than one '# expect runtime error:'"))
            spec.runtime = (no, m.group(1))
            continue
        m = RE_COMPILE.search(line)
        if m:
            if spec.compile:
                spec.problems.append((no, "more than one '# expect error:'"))
            spec.compile = (no, m.group(1))
            continue
        m = RE_STDERR.search(line)
        if m:
            spec.stderr.append((no, m.group(1)))
            continue
        m = RE_STDOUT.search(line)
        if m:
            text = m.group(1) or ""
            if text != text.rstrip():
                spec.problems.append((no, "expected stdout line has trailing whitespace"))
            spec.stdout.append((no, text))
            continue
        m = RE_WORLD.search(line)
        if m:
            spec.world = m.group(1).strip()
            continue
        m = RE_NODIFF.search(line)
        if m:
            spec.nodiff = (no, m.group(1).strip())
            continue
        if "# expect" in line:
            spec.problems.append((no, "malformed '# expect' annotation"))
    if spec.runtime and spec.compile:
        spec.problems.append((spec.compile[0], "both a runtime and a compile error expected"))
    if spec.compile and spec.stdout:
        spec.problems.append((spec.stdout[0][0], "a compile-error test cannot expect stdout"))
    if not (spec.stdout or spec.runtime or spec.compile or spec.stderr):
        spec.problems.append((1, "no expectations in file"))
    return spec


def materialise_world(world_path, tmp):
    with open(world_path, encoding="utf-8") as f:
        world = json.load(f)
    for d in world.get("directories", []):
        os.makedirs(os.path.join(tmp, d.lstrip("/")), exist_ok=True)
    for name, value in world.get("files", {}).items():
        target = os.path.join(tmp, name.lstrip("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        content = value if isinstance(value, str) else value.get("content", "")
        with open(target, "w", encoding="utf-8", newline="") as f:
            f.write(content)


def run(path, hashseed, world=None):
    with tempfile.TemporaryDirectory(prefix="progtest-") as tmp:
        shutil.copyfile(path, os.path.join(tmp, "prog.py"))
        if world:
            materialise_world(os.path.join(os.path.dirname(path), world), tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env["PYTHONHASHSEED"] = str(hashseed)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.setdefault("LC_ALL", "C.UTF-8")
        try:
            p = subprocess.run(["python3", "prog.py"],
                               cwd=tmp, env=env, capture_output=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return None, "", "timeout"
        err = p.stderr.decode("utf-8", "replace")
        # CPython names the script by its absolute path; tests name it prog.py.
        err = err.replace(os.path.join(os.path.realpath(tmp), ""), "").replace(os.path.join(tmp, ""), "")
        return p.returncode, p.stdout.decode("utf-8", "replace"), err


def split_lines(text):
    if text == "":
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


def check(path, hashseeds):
    """Returns a list of (lineno, message) mismatches."""
    spec = parse(path)
    errors = list(spec.problems)
    for seed in hashseeds:
        rc, out, err = run(path, seed, spec.world)
        tag = f" (PYTHONHASHSEED={seed})" if len(hashseeds) > 1 else ""
        errors += compare(spec, rc, out, err, tag)
        if errors:
            break
    return errors


def compare(spec, rc, out, err, tag):
    errors = []
    if rc is None:
        return [(1, f"timed out after {TIMEOUT}s{tag}")]
    got = split_lines(out)
    if out and not out.endswith("\n"):
        errors.append((1, f"stdout does not end with a newline{tag}"))
    want = spec.stdout
    for i in range(max(len(got), len(want))):
        if i >= len(want):
            errors.append((want[-1][0] if want else 1,
                           f"unexpected extra stdout line {i + 1}: {got[i]!r}{tag}"))
            break
        no, text = want[i]
        if i >= len(got):
            errors.append((no, f"missing stdout line {i + 1}: expected {text!r}{tag}"))
            break
        if got[i] != text:
            errors.append((no, f"stdout line {i + 1}: expected {text!r}, got {got[i]!r}{tag}"))
    errlines = split_lines(err)
    last = errlines[-1] if errlines else ""
    expected_err = spec.runtime or spec.compile
    if expected_err:
        no, text = expected_err
        if rc != 1:
            errors.append((no, f"exit status {rc}, expected 1{tag}"))
        if last != text:
            errors.append((no, f"stderr last line: expected {text!r}, got {last!r}{tag}"))
        if spec.compile:
            reported = [int(m.group(2)) for m in map(RE_FILE_LINE.match, errlines) if m]
            if not reported or reported[-1] != no:
                errors.append((no, f"CPython reports the error on line "
                                   f"{reported[-1] if reported else '?'}, "
                                   f"annotation is on line {no}{tag}"))
            if any(l.startswith("Traceback") for l in errlines):
                errors.append((no, f"got a runtime traceback, not a compile error{tag}"))
        elif spec.runtime and not any(l.startswith("Traceback") for l in errlines):
            errors.append((no, f"no traceback in stderr (compile error?){tag}"))
    elif rc != 0:
        errors.append((1, f"exit status {rc}, expected 0; stderr ends {last!r}{tag}"))
    pos = 0
    for no, text in spec.stderr:
        while pos < len(errlines) and errlines[pos] != text:
            pos += 1
        if pos == len(errlines):
            errors.append((no, f"stderr line not found (in order): {text!r}{tag}"))
            break
        pos += 1
    return errors


def collect(args):
    files = []
    for a in args:
        if os.path.isdir(a):
            for d, _, names in os.walk(a):
                files += [os.path.join(d, n) for n in names if n.endswith(".py")]
        else:
            files.append(a)
    return sorted(files)


def propose(path):
    rc, out, err = run(path, 0, parse(path).world)
    for line in split_lines(out):
        print(f"# expect: {line}".rstrip())
    errlines = split_lines(err)
    if rc:
        print(f"# exit status {rc}; stderr:")
        for line in errlines:
            print("#   " + line)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--propose", action="store_true")
    ap.add_argument("--hashseeds", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    if a.propose:
        for p in a.paths:
            print(f"## {p}")
            propose(p)
        return 0
    files = collect(a.paths or [DEFAULT_DIR])
    seeds = [0, 12345, 777, 4242][:max(1, a.hashseeds)]
    passed = failed = 0
    skipped = 0
    for path in files:
        rel = os.path.relpath(path, ROOT)
        with open(path, encoding="utf-8") as f:
            if RE_SIMULATED_IMPORT.search(f.read()):
                skipped += 1
                if a.verbose:
                    print(f"{rel}: skipped (aiohttp/aiofiles: engine only)")
                continue
        errors = check(path, seeds)
        if errors:
            failed += 1
            for no, msg in errors:
                print(f"{rel}:{no}: {msg}")
        else:
            passed += 1
            if a.verbose:
                print(f"{rel}: ok")
    print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped (aiohttp/aiofiles)" if skipped else ""))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
