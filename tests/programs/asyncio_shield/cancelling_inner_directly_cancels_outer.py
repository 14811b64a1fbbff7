# Cancelling the inner task itself is not blocked by shield: the awaiter gets CancelledError.
import asyncio

async def main():
    inner = asyncio.create_task(asyncio.sleep(10))
    asyncio.get_running_loop().call_later(0.1, inner.cancel)
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("CancelledError through the shield")
    print(inner.cancelled(), asyncio.current_task().cancelling())

asyncio.run(main())
# expect: CancelledError through the shield
# expect: True 0
