#!/usr/bin/env python3
"""Runs every lesson program in CPython and compares its output with the lesson's
expected_output -- the oracle for expected outputs (`loopscope-cli check` compares them with our
engine). Pending variants are run too: their expected output must already be CPython's.

    python3 lessons/verify_with_cpython.py                 # every lesson in lessons/
    python3 lessons/verify_with_cpython.py lessons/06-what-await-does

Programs import `loopscope` (and, for the simulated web, `aiohttp`/`aiofiles`) from
lessons/shim/. Each program runs in a fresh temporary folder holding the lesson's files and the
world's files, with LOOPSCOPE_WORLD naming a JSON copy of the world. Times are seconds here
(minutes in a `time_unit: minutes` lesson), so timing-dependent prints should round.
"""

import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SHIM = os.path.join(HERE, "shim")


def with_constants(source, values):
    """The program with its `NAME = <number>` lines set to `values` (as the loader does; a
    program without such a line does not use that parameter)."""
    for name, value in values.items():
        literal = str(value)
        source = re.sub(r"^(%s[ \t]*=[ \t]*)[-+]?[0-9_.eE+-]+" % re.escape(name),
                        lambda m: m.group(1) + literal, source, count=1, flags=re.M)
    return source


def run(lesson_dir, meta, program, values):
    with tempfile.TemporaryDirectory(prefix="loopscope-cpython-") as work:
        for name in os.listdir(lesson_dir):
            if name.endswith(".py"):
                shutil.copy(os.path.join(lesson_dir, name), work)
        world = meta.get("world") or {}
        for path, content in (world.get("files") or {}).items():
            target = os.path.join(work, path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                f.write(content)
        world_file = os.path.join(work, ".world.json")
        with open(world_file, "w", encoding="utf-8") as f:
            json.dump(world, f)
        with open(os.path.join(lesson_dir, program), encoding="utf-8") as f:
            source = with_constants(f.read(), values)
        with open(os.path.join(work, program), "w", encoding="utf-8") as f:
            f.write(source)
        env = dict(os.environ, PYTHONPATH=SHIM, LOOPSCOPE_WORLD=world_file, PYTHONHASHSEED="0")
        done = subprocess.run([sys.executable, program], cwd=work, env=env, capture_output=True,
                              text=True, timeout=300)
        return done.stdout, done.stderr, done.returncode


def compare(label, expected, actual, status, expected_status, stderr):
    ok = expected == actual and status == expected_status
    print(("ok      " if ok else "DIFFERS ") + label, flush=True)
    if not ok:
        if status != expected_status:
            print(f"  exit status {status}, expected {expected_status}\n{stderr}")
        sys.stdout.writelines(difflib.unified_diff(
            expected.splitlines(True), actual.splitlines(True), "expected", "cpython"))
    return ok


def verify(lesson_dir):
    with open(os.path.join(lesson_dir, "lesson.yaml"), encoding="utf-8") as f:
        meta = yaml.safe_load(f)
    defaults = {p["name"]: p["default"] for p in meta.get("parameters") or []}
    variants = {v["name"]: v for v in meta["variants"]}
    ok = True
    name = os.path.basename(os.path.normpath(lesson_dir))
    for variant in meta["variants"]:
        if "expected_output" not in variant:
            continue
        out, err, status = run(lesson_dir, meta, variant["program"], defaults)
        ok &= compare(f"{name} {variant['name']}", variant["expected_output"], out, status,
                      variant.get("expected_exit_status", 0), err)
    for scenario in meta.get("scenarios") or []:
        for variant_name, expected in (scenario.get("expected_output") or {}).items():
            values = dict(defaults, **scenario["values"])
            out, err, status = run(lesson_dir, meta, variants[variant_name]["program"], values)
            ok &= compare(f"{name} {variant_name} in scenario {scenario['name']}", expected, out,
                          status, variants[variant_name].get("expected_exit_status", 0), err)
    return ok


def main():
    dirs = sys.argv[1:] or sorted(
        os.path.join(HERE, d) for d in os.listdir(HERE)
        if os.path.exists(os.path.join(HERE, d, "lesson.yaml")))
    results = [verify(d) for d in dirs]
    print(f"{sum(results)} of {len(results)} lessons match CPython")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
