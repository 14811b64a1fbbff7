# ThreadPoolExecutor: map keeps argument order; as_completed gives completion order.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

def slow_square(n):
    time.sleep(n / 10)
    return n * n

with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(slow_square, [3, 1, 2])))
    futures = [pool.submit(slow_square, n) for n in (3, 1, 2)]
    print([f.result() for f in as_completed(futures)])
    f = pool.submit(divmod, 7, 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
# expect: [9, 1, 4]
# expect: [1, 4, 9]
# expect: ZeroDivisionError: integer division or modulo by zero
