# Setting a result on a done future raises InvalidStateError.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(f.result())

asyncio.run(main())
# expect: InvalidStateError: invalid state
# expect: InvalidStateError: invalid state
# expect: 1
