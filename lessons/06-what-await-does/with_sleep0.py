# The same two tasks, but every EVERY numbers they `await asyncio.sleep(0)`: "I can pause here".
import asyncio

N = 10     # numbers each task prints
EVERY = 5  # how often a task offers the loop a switch


async def print_numbers(n, prefix):
    for i in range(n):
        print(prefix, i)
        if i % EVERY == 0:
            await asyncio.sleep(0)  # suspend; the loop runs whatever else is ready


loop = asyncio.new_event_loop()
first = loop.create_task(print_numbers(N, "A"))
second = loop.create_task(print_numbers(N, "B"))
loop.run_until_complete(asyncio.wait([first, second]))
loop.close()
