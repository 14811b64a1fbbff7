# seed 003, event-loop fragments made runnable: call_later, Event, run_until_complete.
import asyncio

def on_timer(event):
    print('timer fired, setting the event')
    event.set()

async def waiter(event):
    print('waiting for the event')
    await event.wait()
    print('event is set')

loop = asyncio.new_event_loop()
event = asyncio.Event()
loop.call_later(1, on_timer, event)
loop.run_until_complete(waiter(event))
print('loop time', loop.time() >= 1)
loop.close()
# expect: waiting for the event
# expect: timer fired, setting the event
# expect: event is set
# expect: loop time True
