# A task created in the extra iteration (by the task main created last) never starts:
# shutdown cancels it before its first step, so its body never runs.
import asyncio

async def grandchild():
    print("never runs")

async def child():
    global gc_task
    print("child runs in the extra iteration")
    gc_task = asyncio.create_task(grandchild())

async def main():
    asyncio.create_task(child())

asyncio.run(main())
print("grandchild cancelled:", gc_task.cancelled())
# expect: child runs in the extra iteration
# expect: grandchild cancelled: True
