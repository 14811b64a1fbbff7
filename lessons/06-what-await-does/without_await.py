# Two tasks that never await: each one runs from start to end without letting the other in.
import asyncio

N = 10  # numbers each task prints


async def print_numbers(n, prefix):
    for i in range(n):
        print(prefix, i)


loop = asyncio.new_event_loop()
first = loop.create_task(print_numbers(N, "A"))
second = loop.create_task(print_numbers(N, "B"))
loop.run_until_complete(asyncio.wait([first, second]))
loop.close()
