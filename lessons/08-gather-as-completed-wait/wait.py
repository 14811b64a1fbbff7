# wait: sets of done and pending tasks; return_when says when to stop waiting.
import asyncio
import time


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(job("slow", 3), name="slow"),
             asyncio.create_task(job("quick", 1), name="quick"),
             asyncio.create_task(job("medium", 2), name="medium")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [t.result() for t in done], "at", round(time.perf_counter() - start))
    print("still pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=1.5)
    print("within 1.5 s more:", [t.result() for t in done], "pending:", len(pending))
    done, pending = await asyncio.wait(pending)
    print("all done at", round(time.perf_counter() - start))


asyncio.run(main())
