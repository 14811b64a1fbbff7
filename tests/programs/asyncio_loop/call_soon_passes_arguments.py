# call_soon / call_later pass positional arguments to the callback and return a handle.
import asyncio

def show(*args):
    print("show", args)

loop = asyncio.new_event_loop()
h = loop.call_soon(show, 1, "two", [3])
print(type(h).__name__)
t = loop.call_later(0.1, show, "late")
print(type(t).__name__)
loop.call_later(0.2, loop.stop)
loop.run_forever()
loop.close()
# expect: Handle
# expect: TimerHandle
# expect: show (1, 'two', [3])
# expect: show ('late',)
