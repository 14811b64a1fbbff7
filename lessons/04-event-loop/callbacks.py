# The loop also runs plain callbacks: call_soon (next iteration), call_later (after a delay).
# run_forever keeps going until a callback calls loop.stop().
import asyncio


def tick(n):
    print("tick", n, "at", round(loop.time() - start, 1))
    if n < 3:
        loop.call_later(0.5, tick, n + 1)
    else:
        loop.stop()


loop = asyncio.new_event_loop()
start = loop.time()
loop.call_later(0.2, print, "call_later(0.2) fired")
loop.call_soon(tick, 1)
loop.call_soon(print, "call_soon callbacks run in the order they were added")
print("run_forever starts")
loop.run_forever()
print("run_forever returned after loop.stop()")
loop.close()
