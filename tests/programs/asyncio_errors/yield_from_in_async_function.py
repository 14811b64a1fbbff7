# yield from is not allowed inside async def.
async def f():
    yield from [1, 2]  # expect error: SyntaxError: 'yield from' inside async function
