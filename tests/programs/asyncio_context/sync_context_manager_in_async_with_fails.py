# async with needs __aenter__/__aexit__; a plain context manager is rejected.
import asyncio

class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

async def main():
    try:
        async with Plain():
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
# expect: TypeError: 'Plain' object does not support the asynchronous context manager protocol
