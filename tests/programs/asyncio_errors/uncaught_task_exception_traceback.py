# An exception escaping main through an awaited task shows the traceback of the task's
# code and ends the program with exit status 1.
import asyncio

async def worker():
    await asyncio.sleep(0)
    raise LookupError("no such item")

async def main():
    await asyncio.create_task(worker())

asyncio.run(main())
# expect stderr:   File "prog.py", line 10, in main
# expect stderr:   File "prog.py", line 7, in worker
# expect runtime error: LookupError: no such item
