# The "never retrieved" report goes through the loop's exception handler, right after the
# unreferenced task's final step.
import asyncio

def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]))

async def boom():
    raise KeyError("lost")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("main resumed")

asyncio.run(main())
# expect: handler: Task exception was never retrieved KeyError('lost')
# expect: main resumed
