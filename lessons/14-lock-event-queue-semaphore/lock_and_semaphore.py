# A Lock lets one task at a time into a section that has an await in the middle; a Semaphore
# lets N. Waiters get in first come, first served.
import asyncio
import time

balance = 100


async def withdraw(name, amount, lock):
    global balance
    async with lock:
        if balance >= amount:
            await asyncio.sleep(1)  # talk to the bank: another task could run here
            balance -= amount
            print(f"{name} took {amount}, balance {balance}")
        else:
            print(f"{name}: not enough money")


async def download(name, gate):
    async with gate:  # at most 2 downloads at a time
        print(f"{name} starts at {round(time.perf_counter() - start)}")
        await asyncio.sleep(2)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(withdraw("ann", 80, lock), withdraw("bob", 80, lock))
    gate = asyncio.Semaphore(2)
    await asyncio.gather(*(download(name, gate) for name in ["a", "b", "c", "d", "e"]))


start = time.perf_counter()
asyncio.run(main())
