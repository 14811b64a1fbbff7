# time.time, time.monotonic and time.perf_counter return floats that don't go backwards.
import time
t1 = time.monotonic()
t2 = time.monotonic()
print(type(time.time()).__name__, type(t1).__name__)  # expect: float float
print(t2 >= t1, time.perf_counter() >= 0)  # expect: True True
