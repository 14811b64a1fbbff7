# A Task is a Future that drives a coroutine. ensure_future wraps a coroutine in a task but gives
# a future (or task) back unchanged.
import asyncio


async def square(x):
    await asyncio.sleep(1)
    return x * x


async def main():
    task = asyncio.create_task(square(3))
    print("a Task is a Future:", isinstance(task, asyncio.Future))
    print("done right after create_task:", task.done())
    print("ensure_future(task) is task:", asyncio.ensure_future(task) is task)
    other = asyncio.ensure_future(square(4))
    print("ensure_future(coroutine) gave a", type(other).__name__)
    task.add_done_callback(lambda t: print("done callback: result is", t.result()))
    try:
        task.result()
    except asyncio.InvalidStateError:
        print("result() before the task is done raises InvalidStateError")
    await asyncio.sleep(2)
    print("done now:", task.done(), "results:", task.result(), other.result())


asyncio.run(main())
