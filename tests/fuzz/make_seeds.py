#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target into OUT/<target>/ (outside the repository; the
default OUT is build-fuzz/corpus/seeds, where fuzz.sh looks): Python programs for compile_fuzz and run_fuzz, whole
lesson folders as one input each for lesson_fuzz (the format is in lesson_fuzz.cpp), and world
JSON files (plus the `world:` sections of lessons) for world_fuzz. The minimised inputs of past
findings (tests/fuzz/regressions/<target>/) are added too.

    tests/fuzz/make_seeds.py [OUT]
"""
import hashlib
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
# The seeds' programs sit beside the repository (../shared/seed-programs), as for the tests.
SEED_PROGRAMS = ROOT.parent / "shared" / "seed-programs"
SEPARATOR = "\n%%%% "


def write(out_dir: pathlib.Path, data: bytes) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / hashlib.sha1(data).hexdigest()).write_bytes(data)


def programs():
    yield from sorted((ROOT / "tests/programs").rglob("*.py"))
    yield from sorted((ROOT / "lessons").rglob("*.py"))
    if SEED_PROGRAMS.is_dir():
        yield from sorted(SEED_PROGRAMS.rglob("*.py"))


def lesson_inputs():
    for yaml in sorted([*(ROOT / "lessons").rglob("lesson.yaml"), *(ROOT / "tests/lessons").rglob("lesson.yaml")]):
        folder = yaml.parent
        text = yaml.read_bytes()
        for part in sorted(folder.iterdir()):
            if part.name != "lesson.yaml" and part.is_file() and part.suffix in (".md", ".py", ".txt", ".json"):
                text += SEPARATOR.encode() + part.name.encode() + b"\n" + part.read_bytes()
        yield text


def world_inputs():
    # The examples of the schema's own documentation.
    doc = (ROOT / "engine/WORLD.md").read_text(encoding="utf-8")
    for block in doc.split("```json")[1:]:
        yield block.split("```")[0].encode()
    for path in sorted((ROOT / "tests").rglob("*.json")):
        if ".trace." not in path.name and "build" not in path.parts:
            yield path.read_bytes()
    # A lesson's world: section, as YAML (world_fuzz also reads its input as YAML).
    for yaml in sorted((ROOT / "lessons").rglob("lesson.yaml")):
        lines = yaml.read_text(encoding="utf-8").splitlines(keepends=True)
        for i, line in enumerate(lines):
            if line.startswith("world:"):
                block = [line[len("world:"):].lstrip() or "\n"]
                for following in lines[i + 1:]:
                    if following.strip() and not following.startswith((" ", "\t")):
                        break
                    block.append(following)
                yield "".join(block).encode()


def main() -> None:
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build-fuzz" / "corpus" / "seeds")
    for path in programs():
        for target in ("compile_fuzz", "run_fuzz"):
            write(out / target, path.read_bytes())
    for data in lesson_inputs():
        write(out / "lesson_fuzz", data)
    for data in world_inputs():
        write(out / "world_fuzz", data)
    regressions = ROOT / "tests/fuzz/regressions"
    if regressions.is_dir():
        for path in regressions.glob("*/*"):
            write(out / path.parent.name, path.read_bytes())
    for target in sorted(p.name for p in out.iterdir()):
        print(f"{target}: {sum(1 for _ in (out / target).iterdir())} seeds in {out / target}")


if __name__ == "__main__":
    main()
