# wait_for(predicate) re-checks the predicate after each notification.
import asyncio

async def main():
    cond = asyncio.Condition()
    state = {"n": 0}

    async def waiter():
        async with cond:
            await cond.wait_for(lambda: state["n"] >= 3)
            print("predicate true at", state["n"])

    t = asyncio.create_task(waiter())
    for i in range(1, 5):
        await asyncio.sleep(0.1)
        async with cond:
            state["n"] = i
            print("n =", i)
            cond.notify_all()
    await t

asyncio.run(main())
# expect: n = 1
# expect: n = 2
# expect: n = 3
# expect: predicate true at 3
# expect: n = 4
