# Producer/consumer with asyncio.Queue: a bounded queue makes the producer wait when it is full.
import asyncio
import time

ITEMS = 4  # dishes the cook makes
SIZE = 2   # room on the counter (the queue's maxsize)


async def cook(queue):
    for i in range(1, ITEMS + 1):
        await asyncio.sleep(2)  # cooking takes 2 s
        await queue.put(f"dish {i}")  # waits while the counter is full
        print(f"cook: dish {i} on the counter at {round(time.perf_counter() - start)}")
    await queue.put(None)  # nothing more


async def waiter(queue):
    while (dish := await queue.get()) is not None:
        await asyncio.sleep(7)  # serving takes 7 s
        print(f"waiter: served {dish} at {round(time.perf_counter() - start)}")


async def main():
    queue = asyncio.Queue(maxsize=SIZE)
    await asyncio.gather(cook(queue), waiter(queue))


start = time.perf_counter()
asyncio.run(main())
