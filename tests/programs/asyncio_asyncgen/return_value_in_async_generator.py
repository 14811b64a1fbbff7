# An async generator cannot return a value.
async def agen():
    yield 1
    return 2  # expect error: SyntaxError: 'return' with value in async generator
