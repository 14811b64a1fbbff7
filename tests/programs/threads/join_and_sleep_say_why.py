# A blocked thread says why: the main thread waits in join(), the worker in time.sleep().
import threading
import time

def work():
    time.sleep(1)
    print("worker done")

t = threading.Thread(target=work)
t.start()
t.join()
print("joined")
# expect: worker done
# expect: joined
