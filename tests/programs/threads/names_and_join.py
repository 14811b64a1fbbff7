# Thread names, is_alive around join, daemon flags and current_thread inside a thread.
import threading

seen = []

def work(x):
    seen.append((x, threading.current_thread().name))

t = threading.Thread(target=work, args=(1,))
print(t.name, t.daemon, t.is_alive())
t.start()
t.join()
print(t.is_alive(), seen)
u = threading.Thread(target=work, args=(2,), name="writer", daemon=True)
u.start()
u.join()
print(u.name, u.daemon, seen[-1])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
# expect: Thread-1 (work) False False
# expect: False [(1, 'Thread-1 (work)')]
# expect: writer True (2, 'writer')
# expect: MainThread True
# expect: RuntimeError: threads can only be started once
