# time.sleep blocks for at least the requested time (checked loosely: no wall-clock output).
import time
start = time.perf_counter()
time.sleep(0.2)
elapsed = time.perf_counter() - start
print(0.2 <= elapsed < 1.0)  # expect: True
print(round(elapsed, 1) >= 0.2)  # expect: True
