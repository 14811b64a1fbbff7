// threading, queue, concurrent.futures and multiprocessing, as Python code compiled into the
// engine (library code: hidden from tracebacks), on top of `_lsthread` (module_threads.cpp).
// They follow CPython 3.11's Lib/ modules in what a program can observe: names (Thread-1 (f),
// ThreadPoolExecutor-0_0, Process-1, ForkPoolWorker-1), errors and messages, result order.
// Processes are simulated threads with their own GIL: arguments and results are copied
// between them (as pickling would), and they run in parallel on the simulated cores.

namespace ls {

extern const char* const kThreadingModule = R"PY(
import _lsthread

_counter = 0
_threads = {}


def _newname(template):
    global _counter
    _counter += 1
    return template % _counter


def get_ident():
    return _lsthread.get_ident()


get_native_id = get_ident
Lock = _lsthread.allocate_lock
_allocate_lock = _lsthread.allocate_lock


def setswitchinterval(interval):
    _lsthread.setswitchinterval(interval)


class RLock:
    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def _release_save(self):
        if isinstance(self._lock, RLock):
            state = (self._lock._count, self._lock._owner)
            self._lock._count = 0
            self._lock._owner = None
            self._lock._block.release()
            return state
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if isinstance(self._lock, RLock):
            self._lock._block.acquire()
            self._lock._count, self._lock._owner = state
        else:
            self._lock.acquire()

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            self.wait(timeout)
            result = predicate()
            if timeout is not None:
                break
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters[:n]
        for waiter in waiters:
            waiter.release()
            try:
                self._waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if not self._cond.wait(timeout) and timeout is not None:
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._started = False
        self._tid = None

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._tid = _lsthread.start(self._bootstrap, self._name, self._daemonic)
        _threads[self._tid] = self

    def _bootstrap(self):
        # The new thread may run before start() returns: it registers itself.
        self._tid = _lsthread.get_ident()
        _threads[self._tid] = self
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            _lsthread.report(f"Exception in thread {self._name}:\n", exc)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        _lsthread.join(self._tid, timeout)

    def is_alive(self):
        return self._started and _lsthread.is_alive(self._tid)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)
        if self._tid is not None:
            _lsthread.set_name(self._tid, self._name)

    @property
    def ident(self):
        return self._tid

    native_id = ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def getName(self):
        return self._name

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started" if self.is_alive() else "stopped"
        if self._daemonic:
            status += " daemon"
        if self._tid is not None and self.is_alive():
            status += " %s" % self._tid
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._args = ()
        self._kwargs = {}
        self._daemonic = False
        self._started = True
        self._tid = _lsthread.get_ident()


class _DummyThread(Thread):
    def __init__(self, tid):
        self._target = None
        self._name = "Dummy-%d" % tid
        self._daemonic = True
        self._started = True
        self._tid = tid


_main_thread = _MainThread()
_threads[_main_thread._tid] = _main_thread


def current_thread():
    tid = _lsthread.get_ident()
    t = _threads.get(tid)
    if t is None:
        t = _DummyThread(tid)
        _threads[tid] = t
    return t


currentThread = current_thread


def main_thread():
    return _main_thread


def enumerate():
    return [t for t in _threads.values() if t.is_alive()]


def active_count():
    return len(enumerate())


activeCount = active_count


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _shutdown():
    # The interpreter waits for every non-daemon thread before it exits.
    for t in list(_threads.values()):
        if t is not _main_thread and not t.daemon and t._started and t.is_alive():
            t.join()
)PY";

extern const char* const kQueueModule = R"PY(
import threading


class Empty(Exception):
    pass


class Full(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    if not self.not_full.wait_for(lambda: self._qsize() < self.maxsize, timeout):
                        raise Full
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                if not self.not_empty.wait_for(self._qsize, timeout):
                    raise Empty
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)


class LifoQueue(Queue):
    def _get(self):
        return self.queue.pop()


SimpleQueue = Queue
)PY";

extern const char* const kConcurrentFuturesModule = R"PY(
import threading
import _lsthread

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING, _RUNNING, _CANCELLED, _FINISHED = 'PENDING', 'RUNNING', 'CANCELLED', 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (self.__class__.__name__, id(self), self._state.lower(), self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (self.__class__.__name__, id(self), self._state.lower(), self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), self._state.lower())

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _lsthread.report('exception calling callback for %r\n' % self, exc)

    def cancel(self):
        with self._condition:
            if self._state in [_RUNNING, _FINISHED]:
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in [_CANCELLED, _FINISHED]

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [_CANCELLED, _FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _lsthread.report('exception calling callback for %r\n' % self, exc)

    def result(self, timeout=None):
        with self._condition:
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state == _FINISHED:
                return self.__get_result()
            self._condition.wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state == _FINISHED:
                return self.__get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                return False
            self._state = _RUNNING
            return True

    def set_result(self, result):
        with self._condition:
            if self._state in {_CANCELLED, _FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in {_CANCELLED, _FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()


class _Waiter:
    def __init__(self, count):
        self.event = threading.Event()
        self.done = []
        self.count = count

    def add(self, f):
        self.done.append(f)
        if self.count is None or len(self.done) >= self.count:
            self.event.set()


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    finished = [f for f in fs if f.done()]
    pending = [f for f in fs if not f.done()]
    yield from finished
    waiter = _Waiter(None)
    for f in pending:
        f.add_done_callback(waiter.add)
    while pending:
        if not waiter.done:
            if not waiter.event.wait(timeout):
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
        waiter.event.clear()
        done, waiter.done = waiter.done, []
        for f in done:
            if f in pending:
                pending.remove(f)
                yield f


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    def ready():
        done = {f for f in fs if f.done()}
        if return_when == FIRST_COMPLETED and done:
            return done
        if return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() is not None for f in done):
            return done
        if len(done) == len(fs):
            return done
        return None
    done = ready()
    if done is None:
        waiter = _Waiter(1 if return_when != ALL_COMPLETED else None)
        for f in fs:
            f.add_done_callback(waiter.add)
        while True:
            if not waiter.event.wait(timeout):
                break
            waiter.event.clear()
            done = ready()
            if done is not None:
                break
        done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    yield fs.pop().result(timeout)
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _copy(value):
    # What pickling does to a value sent to another process: the receiver gets its own copy.
    if isinstance(value, (list,)):
        return [_copy(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_copy(v) for v in value)
    if isinstance(value, dict):
        return {_copy(k): _copy(v) for k, v in value.items()}
    if isinstance(value, set):
        return {_copy(v) for v in value}
    return value


class _WorkQueue:
    def __init__(self):
        self._items = []
        self._cond = threading.Condition(threading.Lock())

    def put(self, item):
        with self._cond:
            self._items.append(item)
            self._cond.notify()

    def get(self):
        with self._cond:
            while not self._items:
                self._cond.wait()
            return self._items.pop(0)


class _PoolExecutor(Executor):
    # Workers (threads or processes) take work items in order from one queue.
    _counter = 0

    def __init__(self, max_workers, thread_name_prefix, process):
        self._max_workers = max_workers
        self._prefix = thread_name_prefix
        self._process = process
        self._queue = _WorkQueue()
        self._workers = []
        self._idle = 0
        self._shutdown = False
        self._lock = threading.Lock()

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            if self._process:
                args, kwargs = _copy(args), _copy(kwargs)
            self._queue.put((f, fn, args, kwargs))
            self._adjust_worker_count()
            return f

    def _adjust_worker_count(self):
        if self._idle > 0:
            self._idle -= 1
            return
        if len(self._workers) < self._max_workers:
            name = '%s_%d' % (self._prefix, len(self._workers))
            if self._process:
                tid = _lsthread.start_process(self._work, name)
            else:
                tid = _lsthread.start(self._work, name, False)
                t = threading.Thread.__new__(threading.Thread)
                t._target = None
                t._name = name
                t._daemonic = False
                t._started = True
                t._tid = tid
                threading._threads[tid] = t
            self._workers.append(tid)

    def _work(self):
        while True:
            item = self._queue.get()
            if item is None:
                self._queue.put(None)
                return
            f, fn, args, kwargs = item
            if f.set_running_or_notify_cancel():
                try:
                    result = fn(*args, **kwargs)
                except BaseException as exc:
                    f.set_exception(exc)
                else:
                    f.set_result(_copy(result) if self._process else result)
            with self._lock:
                self._idle += 1

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            if self._shutdown:
                return
            self._shutdown = True
            if cancel_futures:
                for item in self._queue._items:
                    if item is not None:
                        item[0].cancel()
                self._queue._items.clear()
            self._queue.put(None)
        if wait:
            for tid in self._workers:
                _lsthread.join(tid)


class ThreadPoolExecutor(_PoolExecutor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _lsthread.cores() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % ThreadPoolExecutor._counter
            ThreadPoolExecutor._counter += 1
        _PoolExecutor.__init__(self, max_workers, thread_name_prefix, False)


class ProcessPoolExecutor(_PoolExecutor):
    _counter = 0

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=()):
        if max_workers is None:
            max_workers = _lsthread.cores()
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        _PoolExecutor.__init__(self, max_workers, 'ProcessPoolExecutor-%d' % ProcessPoolExecutor._counter, True)
        ProcessPoolExecutor._counter += 1
)PY";

extern const char* const kMultiprocessingModule = R"PY(
import _lsthread
import threading
from concurrent.futures import ProcessPoolExecutor as _Executor, _copy

_counter = 0


def cpu_count():
    return _lsthread.cores()


class Process:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        global _counter
        _counter += 1
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or 'Process-%d' % _counter
        self.daemon = bool(daemon)
        self._tid = None
        self.exitcode = None
        self.pid = None

    def start(self):
        if self._tid is not None:
            raise AssertionError('cannot start a process twice')
        args, kwargs = _copy(self._args), _copy(self._kwargs)
        self._tid = _lsthread.start_process(lambda: self._bootstrap(args, kwargs), self._name)
        self.pid = 1000 + self._tid

    def _bootstrap(self, args, kwargs):
        try:
            self.run_target(args, kwargs)
            self.exitcode = 0
        except SystemExit as e:
            self.exitcode = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except BaseException as exc:
            self.exitcode = 1
            _lsthread.report('Process %s:\n' % self._name, exc)

    def run_target(self, args, kwargs):
        if self._target is not None:
            self._target(*args, **kwargs)

    def run(self):
        self.run_target(self._args, self._kwargs)

    def join(self, timeout=None):
        if self._tid is None:
            raise AssertionError('can only join a started process')
        _lsthread.join(self._tid, timeout)

    def is_alive(self):
        return self._tid is not None and _lsthread.is_alive(self._tid)

    def terminate(self):
        pass

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    def __repr__(self):
        status = 'initial' if self._tid is None else ('started' if self.is_alive() else 'stopped exitcode=%s' % self.exitcode)
        return '<Process name=%r %s>' % (self._name, status)


class _MainProcess:
    name = 'MainProcess'
    pid = 1000
    daemon = False


def current_process():
    return _MainProcess()


class AsyncResult:
    def __init__(self, future, single):
        self._future = future
        self._single = single

    def get(self, timeout=None):
        r = self._future.result(timeout)
        return r

    def wait(self, timeout=None):
        try:
            self._future.exception(timeout)
        except Exception:
            pass

    def ready(self):
        return self._future.done()

    def successful(self):
        if not self.ready():
            raise ValueError("%r not ready" % self)
        return self._future.exception() is None


class Pool:
    _counter = 0

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._executor = _Executor(processes)
        self._executor._prefix = 'ForkPoolWorker'
        self._state = 'RUN'

    def _check(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check()
        f = self._executor.submit(func, *args, **kwds)
        if callback is not None or error_callback is not None:
            def done(fut):
                if fut.exception() is None:
                    if callback is not None:
                        callback(fut.result())
                elif error_callback is not None:
                    error_callback(fut.exception())
            f.add_done_callback(done)
        return AsyncResult(f, True)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check()
        fs = [self._executor.submit(func, x) for x in iterable]
        return _ListResult(fs)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable).get()

    def starmap(self, func, iterable, chunksize=None):
        self._check()
        fs = [self._executor.submit(func, *args) for args in iterable]
        return _ListResult(fs).get()

    def imap(self, func, iterable, chunksize=1):
        return iter(self.map(func, iterable))

    def close(self):
        self._state = 'CLOSE'

    def terminate(self):
        self._state = 'TERMINATE'
        self._executor.shutdown(wait=True, cancel_futures=True)

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        self._executor.shutdown(wait=True)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.terminate()


class _ListResult:
    def __init__(self, fs):
        self._fs = fs

    def get(self, timeout=None):
        return [f.result(timeout) for f in self._fs]

    def ready(self):
        return all(f.done() for f in self._fs)

    def wait(self, timeout=None):
        for f in self._fs:
            try:
                f.exception(timeout)
            except Exception:
                pass


class Queue:
    def __init__(self, maxsize=0):
        import queue
        self._q = queue.Queue(maxsize)

    def put(self, obj, block=True, timeout=None):
        self._q.put(_copy(obj), block, timeout)

    def get(self, block=True, timeout=None):
        return self._q.get(block, timeout)

    def empty(self):
        return self._q.empty()

    def qsize(self):
        return self._q.qsize()
)PY";

}  // namespace ls
