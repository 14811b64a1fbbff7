# async for is only allowed inside async def.
def f(xs):
    async for x in xs:  # expect error: SyntaxError: 'async for' outside async function
        print(x)
