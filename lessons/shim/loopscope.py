"""CPython stand-in for Loopscope's built-in `loopscope` module.

Lesson programs call ``loopscope.busy(duration)`` for work that keeps a CPU busy: chopping
vegetables, writing a chapter, computing. Inside Loopscope this takes ``duration`` units of
virtual time on the current thread and holds the GIL, like pure-Python work. Here it spins on
``time.perf_counter()`` for ``duration`` seconds, which holds the GIL the same way, so every
lesson program also runs under CPython:

    PYTHONPATH=lessons/shim python3 lessons/01-concurrency-vs-parallelism/concurrent.py
"""

import time


def busy(duration):
    """Keep this thread's CPU busy for ``duration`` seconds (no sleeping, no awaiting)."""
    end = time.perf_counter() + duration
    while time.perf_counter() < end:
        pass
