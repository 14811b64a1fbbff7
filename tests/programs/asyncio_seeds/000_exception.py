# seed 000, "异常处理" (exception handling): an exception inside a task is stored in its future;
# never retrieving it makes asyncio log "Task exception was never retrieved".
import asyncio

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError('boom')

async def main():
    handled = asyncio.create_task(fails())
    ignored = asyncio.create_task(fails())
    await asyncio.sleep(0.5)
    try:
        # this will raise the exception raised during the coroutine execution
        handled.result()
    except Exception as e:
        print('caught:', repr(e))
    # this will return the exception raised during the coroutine execution
    print('exception():', repr(handled.exception()))
    del ignored

asyncio.run(main())
# expect: caught: ValueError('boom')
# expect: exception(): ValueError('boom')
# expect stderr: Task exception was never retrieved
# expect stderr: future: <Task finished name='Task-3' coro=<fails() done, defined at prog.py:5> exception=ValueError('boom')>
# expect stderr:   File "prog.py", line 7, in fails
# expect stderr: ValueError: boom
