# A bare Future is only a placeholder: whoever holds it sets its result (or exception) later,
# and every coroutine awaiting it wakes up then.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(1, future.set_result, "the answer")
    print("future done?", future.done())
    value = await future
    print("awaited future gave:", value)

    failing = loop.create_future()
    loop.call_later(1, failing.set_exception, ValueError("no answer"))
    try:
        await failing
    except ValueError as error:
        print("awaited future raised:", repr(error))
    print("exception():", repr(failing.exception()))
    print("cancelled?", failing.cancelled())


asyncio.run(main())
