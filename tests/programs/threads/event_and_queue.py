# Producer/consumer with queue.Queue, and an Event that releases waiting threads.
import queue
import threading

q = queue.Queue()
results = []

def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        results.append(item * item)
        q.task_done()

c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    q.put(i)
q.join()
q.put(None)
c.join()
print(results)

ready = threading.Event()
order = []

def waiter(name):
    ready.wait()
    order.append(name)

ws = [threading.Thread(target=waiter, args=(n,)) for n in "ab"]
for w in ws:
    w.start()
print(ready.is_set())
ready.set()
for w in ws:
    w.join()
print(sorted(order), ready.is_set())
# expect: [0, 1, 4, 9, 16]
# expect: False
# expect: ['a', 'b'] True
