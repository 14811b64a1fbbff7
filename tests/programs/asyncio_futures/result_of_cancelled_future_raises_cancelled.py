# result() and exception() of a cancelled future raise CancelledError, with the message.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    print(f.cancel("stop it"))
    print(f.cancel())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result():", repr(e))
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception():", repr(e))

asyncio.run(main())
# expect: True
# expect: False
# expect: result(): CancelledError('stop it')
# expect: exception(): CancelledError('stop it')
