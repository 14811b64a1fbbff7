# Calling a coroutine function without awaiting it: the body never runs and a
# RuntimeWarning names the coroutine.
import asyncio

async def side_effect(tag):
    print("never printed", tag)

async def main():
    side_effect("A")
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
# expect: main done
# expect stderr: prog.py:9: RuntimeWarning: coroutine 'side_effect' was never awaited
# expect stderr:   side_effect("A")
