# locked() is True when no slot is free.
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    print(sem.locked())
    await sem.acquire()
    print(sem.locked())
    sem.release()
    sem.release()
    print(sem.locked())
    await sem.acquire()
    await sem.acquire()
    print(sem.locked())

asyncio.run(main())
# expect: False
# expect: True
# expect: False
# expect: True
