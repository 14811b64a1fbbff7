# A cancelled future cannot receive a result.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    f.cancel()
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
# expect: InvalidStateError: invalid state
