# asyncio is safe only *between* awaits: put an await between the check and the append and the
# race is back -- but now you can see exactly where it is.
import asyncio

MAX_SIZE = 1
items = []


async def queue_push_back(x):
    if len(items) < MAX_SIZE:
        await asyncio.sleep(0.1)  # a switch point: the other task runs its check here
        items.append(x)


async def main():
    await asyncio.gather(queue_push_back(0), queue_push_back(1))
    print("size", len(items), "max_size", MAX_SIZE)


asyncio.run(main())
