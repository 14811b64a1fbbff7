# Done callbacks receive the task and run in the order they were added.
import asyncio

async def work():
    await asyncio.sleep(0.1)
    return 7

def cb(label):
    def inner(task):
        print(label, task.result())
    return inner

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(cb("first"))
    t.add_done_callback(cb("second"))
    t.add_done_callback(cb("third"))
    await t
    print("main resumed")

asyncio.run(main())
# expect: first 7
# expect: second 7
# expect: third 7
# expect: main resumed
