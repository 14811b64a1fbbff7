# release() hands the unit to the first waiter; a newcomer that runs before the waiter
# resumes still has to queue behind it.
import asyncio

async def user(name, sem):
    async with sem:
        print(name, "acquired")

async def main():
    sem = asyncio.Semaphore(0)
    w = asyncio.create_task(user("waiter", sem))
    await asyncio.sleep(0)
    n = asyncio.create_task(user("newcomer", sem))
    sem.release()
    print("locked() after release:", sem.locked())
    await asyncio.gather(w, n)

asyncio.run(main())
# expect: locked() after release: True
# expect: waiter acquired
# expect: newcomer acquired
