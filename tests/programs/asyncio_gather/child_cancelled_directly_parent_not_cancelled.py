# If one child is cancelled directly, the awaiter gets CancelledError but the awaiting
# task is not itself cancelled and can carry on.
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(10))
    other = asyncio.create_task(asyncio.sleep(0.2, "other"))
    asyncio.get_running_loop().call_later(0.1, t.cancel)
    try:
        await asyncio.gather(t, other)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    me = asyncio.current_task()
    print("main cancelling() =", me.cancelling())
    print(await other)

asyncio.run(main())
# expect: gather raised CancelledError
# expect: main cancelling() = 0
# expect: other
