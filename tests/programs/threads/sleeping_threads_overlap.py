# time.sleep blocks only its own thread: three sleepers finish in the longest one's time.
import threading
import time

start = time.perf_counter()

def nap(n):
    time.sleep(n / 10)
    print("woke", n)

threads = [threading.Thread(target=nap, args=(n,)) for n in (3, 1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", round(time.perf_counter() - start, 1))
# expect: woke 1
# expect: woke 2
# expect: woke 3
# expect: total 0.3
