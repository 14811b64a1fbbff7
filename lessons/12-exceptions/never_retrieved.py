# Seed 000: an exception inside a task is stored in the task. Ask for it with result() or
# exception(); a task whose exception nobody asked for is reported when it is destroyed.
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def main():
    handled = asyncio.create_task(fails())
    ignored = asyncio.create_task(fails())
    await asyncio.sleep(0.5)
    print("main is still running: the exceptions did not stop it")
    try:
        handled.result()  # raises the exception stored in the task
    except ValueError as error:
        print("caught:", repr(error))
    print("exception():", repr(handled.exception()))
    del ignored  # never looked at: asyncio logs "Task exception was never retrieved"


asyncio.run(main())
