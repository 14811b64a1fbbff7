# from time import sleep.
from time import sleep, perf_counter
t = perf_counter()
for step in range(3):
    sleep(0.01)
    print("step", step)
print(perf_counter() - t >= 0.03)
# expect: step 0
# expect: step 1
# expect: step 2
# expect: True
