# A typo in a gather call: the NameError unwinds main() while the coroutine made just before
# is still on its stack. Dropping it warns "never awaited" at the line being unwound (found by
# run_fuzz: the engine crashed here, reading the line of a frame already freed).
import asyncio

async def cook():
    pass

async def main():
    await asyncio.gather(cook(), waiter())

asyncio.run(main())
# expect stderr: prog.py:10: RuntimeWarning: coroutine 'cook' was never awaited
# expect stderr:   await asyncio.gather(cook(), waiter())
# expect runtime error: NameError: name 'waiter' is not defined. Did you mean: 'aiter'?
