# A negative initial value is rejected.
import asyncio

try:
    asyncio.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: Semaphore initial value must be >= 0
