# The awaiting task's wake-up is also a done callback, registered when it starts awaiting:
# a callback added before that runs before the awaiter resumes.
import asyncio

async def work():
    await asyncio.sleep(0.1)

async def main():
    t = asyncio.create_task(work())
    await asyncio.sleep(0)
    t.add_done_callback(lambda _: print("callback added before await"))
    await t
    print("main resumed")

asyncio.run(main())
# expect: callback added before await
# expect: main resumed
