# The same function as a coroutine: without an await between the check and the append, no other
# task can run in between, so the check stays true.
import asyncio

import loopscope

MAX_SIZE = 1
items = []


async def queue_push_back(x):
    if len(items) < MAX_SIZE:
        loopscope.busy(0.1)  # the same work, but the loop cannot switch in the middle of it
        items.append(x)


async def main():
    await asyncio.gather(queue_push_back(0), queue_push_back(1))
    print("size", len(items), "max_size", MAX_SIZE)


asyncio.run(main())
