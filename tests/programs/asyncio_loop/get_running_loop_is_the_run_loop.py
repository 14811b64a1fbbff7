# Inside asyncio.run, get_running_loop() and get_event_loop() return the same running loop.
import asyncio

async def main():
    a = asyncio.get_running_loop()
    b = asyncio.get_event_loop()
    print(a is b, a.is_running())
    return a

loop = asyncio.run(main())
print(loop.is_running(), loop.is_closed())
# expect: True True
# expect: False True
