# async with is only allowed inside async def.
import asyncio

def f():
    async with asyncio.Lock():  # expect error: SyntaxError: 'async with' outside async function
        pass
