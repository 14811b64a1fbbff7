# set_event_loop makes a loop the current one for get_event_loop().
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
other = asyncio.new_event_loop()
print(asyncio.get_event_loop() is other)
loop.close()
other.close()
asyncio.set_event_loop(None)
# expect: True
# expect: False
