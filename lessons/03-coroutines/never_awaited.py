# Calling an async function runs none of its code: it only makes a coroutine object.
async def greet(name):
    print("hello,", name)


coro = greet("Ada")
print("greet('Ada') returned a", type(coro).__name__)
print("nothing inside greet has run yet")
