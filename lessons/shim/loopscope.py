"""CPython stand-in for Loopscope's built-in `loopscope` module.

Lesson programs call ``loopscope.busy(duration)`` for work that keeps a CPU busy: chopping
vegetables, writing a chapter, computing. Inside Loopscope this takes ``duration`` units of
virtual time on the current thread and holds the GIL, like pure-Python work. Here it spins in
pure Python on ``time.perf_counter()``, which holds the GIL the same way, so every lesson
program also runs under CPython:

    PYTHONPATH=lessons/shim python3 lessons/01-concurrency-vs-parallelism/one_loop.py

Only the time during which *this* thread ran counts: when another Python thread of the process
got the GIL between two turns of the loop, that gap is left out. Four threads that each call
busy(1) therefore take about 4 s together, because the GIL lets one of them compute at a time --
which is what Loopscope simulates. (Plain wall time would let all four finish after 1 s, as if
there were no GIL; CPU time, ``time.thread_time()``, would stretch whenever other programs load
the machine.) Separate processes each count their own time, so they run in parallel.
"""

import threading
import time

_last_runner = [None]  # the thread that last took a turn in busy()


def busy(duration):
    """Compute for ``duration`` seconds of this thread's turns (no sleeping, no awaiting)."""
    me = threading.get_ident()
    done = 0.0
    _last_runner[0] = me
    before = time.perf_counter()
    while done < duration:
        now = time.perf_counter()
        if _last_runner[0] == me:
            done += now - before
            before = now
        else:  # another thread ran since our last turn: that time was not ours
            _last_runner[0] = me
            before = time.perf_counter()
