# Any object with __await__ returning an iterator can be awaited; a bare yield from it
# gives control back to the loop for one iteration.
import asyncio

class Twice:
    def __await__(self):
        print("first half")
        yield
        print("second half")
        return "awaitable result"

async def other():
    print("other task runs in between")

async def main():
    asyncio.create_task(other())
    print(await Twice())

asyncio.run(main())
# expect: first half
# expect: other task runs in between
# expect: second half
# expect: awaitable result
