# set_name renames a task; the name can be anything convertible to str.
import asyncio

async def main():
    me = asyncio.current_task()
    me.set_name("main-task")
    print(me.get_name())
    me.set_name(42)
    print(repr(me.get_name()))

asyncio.run(main())
# expect: main-task
# expect: '42'
