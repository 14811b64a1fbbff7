# await is only allowed inside async def.
import asyncio

def f():
    await asyncio.sleep(1)  # expect error: SyntaxError: 'await' outside async function
