# An Event wakes every task waiting for it at once.
import asyncio


async def runner(name, start_signal):
    print(name, "is ready")
    await start_signal.wait()
    print(name, "runs")


async def main():
    start_signal = asyncio.Event()
    runners = [asyncio.create_task(runner(name, start_signal)) for name in ["ann", "bob", "cy"]]
    await asyncio.sleep(1)
    print("ready, set, go!")
    start_signal.set()
    await asyncio.gather(*runners)


asyncio.run(main())
