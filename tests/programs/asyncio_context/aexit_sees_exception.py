# __aexit__ receives the exception; returning False lets it propagate.
import asyncio

class Watch:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("aexit got", exc_type.__name__, exc)
        return False

async def main():
    try:
        async with Watch():
            raise KeyError("inside")
    except KeyError as e:
        print("propagated", repr(e))

asyncio.run(main())
# expect: aexit got KeyError 'inside'
# expect: propagated KeyError('inside')
