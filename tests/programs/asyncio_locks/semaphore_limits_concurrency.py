# Semaphore(2): at most two tasks inside at once; the others wait in FIFO order.
import asyncio

async def worker(name, sem):
    async with sem:
        print(name, "in")
        await asyncio.sleep(0.1)
        print(name, "out")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(n, sem) for n in ["a", "b", "c", "d"]))

asyncio.run(main())
# expect: a in
# expect: b in
# expect: a out
# expect: b out
# expect: c in
# expect: d in
# expect: c out
# expect: d out
