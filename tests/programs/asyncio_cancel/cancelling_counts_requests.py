# cancelling() counts cancel() requests; uncancel() decrements it.
import asyncio

async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelling() =", me.cancelling())
        print("uncancel() ->", me.uncancel())
        print("uncancel() ->", me.uncancel())
    return "ok"

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel())
    print(await t)

asyncio.run(main())
# expect: True True
# expect: cancelling() = 2
# expect: uncancel() -> 1
# expect: uncancel() -> 0
# expect: ok
