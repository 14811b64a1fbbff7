# The body runs until its first await; children start after that.
import asyncio

async def child(n):
    print("child", n, "starts")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
        tg.create_task(child(2))
        print("body before await")
        await asyncio.sleep(0)
        print("body after await")

asyncio.run(main())
# expect: body before await
# expect: child 1 starts
# expect: child 2 starts
# expect: body after await
