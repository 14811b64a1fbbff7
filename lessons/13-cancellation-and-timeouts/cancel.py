# task.cancel() throws CancelledError into the task at its current await.
import asyncio


async def download(name):
    print(name, "started")
    try:
        await asyncio.sleep(10)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled; cleaning up")
        raise  # let the cancellation finish the task
    finally:
        print(name, "closes its connection")


async def main():
    task = asyncio.create_task(download("big file"))
    await asyncio.sleep(1)
    task.cancel()
    print("cancel() requested; done yet?", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("main: the task was cancelled:", task.cancelled())


asyncio.run(main())
