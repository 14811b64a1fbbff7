# run_forever runs until stop(); a task can call stop() on its own loop.
import asyncio

async def worker(loop):
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)
    loop.stop()
    print("stop requested")
    await asyncio.sleep(0)
    print("resumed in the next run")

loop = asyncio.new_event_loop()
task = loop.create_task(worker(loop))
loop.run_forever()
print("run_forever returned; task done:", task.done())
loop.run_until_complete(task)
print("now done:", task.done())
loop.close()
# expect: tick 0
# expect: tick 1
# expect: tick 2
# expect: stop requested
# expect: run_forever returned; task done: False
# expect: resumed in the next run
# expect: now done: True
