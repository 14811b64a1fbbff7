# Seed 000's queue_push_back under threads: both threads can pass the size check before either
# appends, so the list grows past its maximum. A thread can be preempted anywhere; the busy
# check just gives the scheduler time to do it.
import threading

import loopscope

MAX_SIZE = 1
items = []


def queue_push_back(x):
    if len(items) < MAX_SIZE:
        loopscope.busy(0.1)  # some work between the check and the append (holds the GIL)
        items.append(x)


threads = [threading.Thread(target=queue_push_back, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("size", len(items), "max_size", MAX_SIZE)
