# Several managers in one async with exit in reverse order.
import asyncio

class Named:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self.name

    async def __aexit__(self, *exc):
        print("exit", self.name)

async def main():
    async with Named("a") as a, Named("b") as b:
        print("body", a, b)

asyncio.run(main())
# expect: enter a
# expect: enter b
# expect: body a b
# expect: exit b
# expect: exit a
