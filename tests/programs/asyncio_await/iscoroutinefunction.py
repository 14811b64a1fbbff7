# iscoroutinefunction tells async def functions apart; iscoroutine tells coroutine objects apart.
import asyncio

async def a():
    pass

def b():
    pass

print(asyncio.iscoroutinefunction(a), asyncio.iscoroutinefunction(b))
c = a()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(a), asyncio.iscoroutine(b()))
c.close()
# expect: True False
# expect: True False False
