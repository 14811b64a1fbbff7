// The trace records what happened when it happened (engine/TRACE.md, version 2): wake-ups when
// they are queued, every timer's life, what each await waits for, why a thread is blocked, and
// stderr at the instant and in the task that wrote it.
#include <gtest/gtest.h>

#include <algorithm>

#include "loopscope/engine.h"

namespace ls {
namespace {

Trace trace_of(const std::string& src) {
    RunOptions o;
    o.filename = "prog.py";
    o.record_trace = true;
    CapturedRun r = run_captured(src, o);
    EXPECT_EQ(r.result.exit_code, 0) << r.err;
    return std::move(r.result.trace);
}

// Index of the first event after `from` matching `pred`, or -1.
template <class Pred>
int find_event(const Trace& t, Pred pred, int from = 0) {
    for (size_t i = static_cast<size_t>(std::max(from, 0)); i < t.events.size(); ++i)
        if (pred(t.events[i])) return static_cast<int>(i);
    return -1;
}

auto kind_task(TraceKind k, int task) {
    return [=](const TraceEvent& e) { return e.kind == k && e.task == task; };
}

TEST(TraceFidelity, AWakeUpIsRecordedWhenItIsQueuedNotWhenItRuns) {
    // b's wake-up is queued when a finishes; b runs only after c, which was queued first.
    Trace t = trace_of(
        "import asyncio\n"
        "async def a():\n"
        "    await asyncio.sleep(0)\n"
        "async def c():\n"
        "    await asyncio.sleep(0)\n"
        "    await asyncio.sleep(0)\n"
        "async def b(ta):\n"
        "    await ta\n"
        "async def main():\n"
        "    ta = asyncio.create_task(a())\n"
        "    asyncio.create_task(c())\n"
        "    await b(ta)\n"
        "asyncio.run(main())\n");
    // Tasks: 0 main, 1 a, 2 c. main awaits ta directly (b is a coroutine, not a task).
    const int a_ends = find_event(t, kind_task(TraceKind::TaskFinished, 1));
    ASSERT_GE(a_ends, 0);
    const TraceEvent& woken = t.events[static_cast<size_t>(a_ends + 1)];
    EXPECT_EQ(woken.kind, TraceKind::TaskWoken);
    EXPECT_EQ(woken.task, 0);
    EXPECT_EQ(woken.cause_kind, WakeCause::Task);
    EXPECT_EQ(woken.cause, 1);
    // c's step runs between main's wake-up and main's resumption.
    const int main_resumes = find_event(t, kind_task(TraceKind::TaskResumed, 0), a_ends);
    const int c_runs = find_event(t, kind_task(TraceKind::TaskResumed, 2), a_ends);
    ASSERT_GE(c_runs, 0);
    EXPECT_LT(c_runs, main_resumes);
}

TEST(TraceFidelity, ATimerWakeUpIsQueuedWhenTheTimerFires) {
    Trace t = trace_of(
        "import asyncio\n"
        "async def main():\n"
        "    await asyncio.sleep(2)\n"
        "asyncio.run(main())\n");
    const int scheduled = find_event(t, [](const TraceEvent& e) { return e.kind == TraceKind::TimerScheduled; });
    ASSERT_GE(scheduled, 0);
    const TraceEvent& s = t.events[static_cast<size_t>(scheduled)];
    EXPECT_EQ(s.task, 0);
    EXPECT_EQ(s.value, 2.0);
    EXPECT_EQ(s.detail, "sleep(2)");
    EXPECT_EQ(s.line, 3);  // the program's line, not the library's
    const int fired = find_event(t, [&](const TraceEvent& e) { return e.kind == TraceKind::TimerFired && e.cause == s.cause; });
    ASSERT_GT(fired, scheduled);
    EXPECT_EQ(t.events[static_cast<size_t>(fired)].time, 2.0);
    const int woken = find_event(t, kind_task(TraceKind::TaskWoken, 0), fired);
    const int iteration = find_event(t, [](const TraceEvent& e) { return e.kind == TraceKind::LoopIteration; }, fired);
    const int resumed = find_event(t, kind_task(TraceKind::TaskResumed, 0), fired);
    // fired -> the loop iteration that runs the timer's callback -> woken -> the next iteration -> resumed.
    EXPECT_LT(iteration, woken);
    EXPECT_LT(woken, resumed);
    EXPECT_EQ(t.events[static_cast<size_t>(woken)].cause_kind, WakeCause::Timer);
    EXPECT_EQ(t.events[static_cast<size_t>(woken)].cause, s.cause);
    EXPECT_GE(find_event(t, [](const TraceEvent& e) { return e.kind == TraceKind::LoopIteration; }, woken), 0);
}

TEST(TraceFidelity, ACancelledTimerIsRecordedOnceAndNeverFires) {
    Trace t = trace_of(
        "import asyncio\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    h = loop.call_later(5, print, 'never')\n"
        "    h.cancel()\n"
        "    h.cancel()\n"
        "    await asyncio.sleep(1)\n"
        "asyncio.run(main())\n");
    const int scheduled = find_event(t, [](const TraceEvent& e) { return e.kind == TraceKind::TimerScheduled; });
    ASSERT_GE(scheduled, 0);
    const int timer = t.events[static_cast<size_t>(scheduled)].cause;
    EXPECT_EQ(t.events[static_cast<size_t>(scheduled)].detail, "print()");
    EXPECT_EQ(t.events[static_cast<size_t>(scheduled)].line, 4);
    auto count = [&](TraceKind k) {
        return std::count_if(t.events.begin(), t.events.end(), [&](const TraceEvent& e) { return e.kind == k && e.cause == timer; });
    };
    EXPECT_EQ(count(TraceKind::TimerCancelled), 1);
    EXPECT_EQ(count(TraceKind::TimerFired), 0);
    // sleep(1)'s own timer fires, and its handle's cancel() after firing is not a cancellation.
    const int sleep_timer = t.events[static_cast<size_t>(find_event(
        t, [](const TraceEvent& e) { return e.kind == TraceKind::TimerScheduled && e.detail == "sleep(1)"; }))].cause;
    EXPECT_EQ(std::count_if(t.events.begin(), t.events.end(),
                            [&](const TraceEvent& e) { return e.kind == TraceKind::TimerFired && e.cause == sleep_timer; }),
              1);
    EXPECT_EQ(std::count_if(t.events.begin(), t.events.end(),
                            [&](const TraceEvent& e) { return e.kind == TraceKind::TimerCancelled && e.cause == sleep_timer; }),
              0);
}

TEST(TraceFidelity, AwaitsNameWhatTheyWaitFor) {
    Trace t = trace_of(
        "import asyncio\n"
        "async def main():\n"
        "    lock, ev, q = asyncio.Lock(), asyncio.Event(), asyncio.Queue()\n"
        "    sem, cond = asyncio.Semaphore(0), asyncio.Condition()\n"
        "    async def user():\n"
        "        async with lock:\n"
        "            pass\n"
        "        await ev.wait()\n"
        "        await q.get()\n"
        "        await sem.acquire()\n"
        "        async with cond:\n"
        "            await cond.wait()\n"
        "    await lock.acquire()\n"
        "    task = asyncio.create_task(user())\n"
        "    for step in (lock.release, ev.set, lambda: q.put_nowait(1), sem.release):\n"
        "        await asyncio.sleep(0.5)\n"
        "        step()\n"
        "    await asyncio.sleep(0.5)\n"
        "    async with cond:\n"
        "        cond.notify()\n"
        "    await asyncio.gather(task, asyncio.wait_for(asyncio.sleep(0), 1))\n"
        "asyncio.run(main())\n");
    std::vector<std::string> user, main;
    for (const TraceEvent& e : t.events) {
        if (e.kind != TraceKind::TaskSuspended) continue;
        if (e.task == 0) main.push_back(e.detail);
        if (e.task == 1) user.push_back(e.detail);
    }
    const std::vector<std::string> user_expected = {"Lock.acquire()", "Event.wait()", "Queue.get()", "Semaphore.acquire()", "Condition.wait()"};
    EXPECT_EQ(user, user_expected);
    ASSERT_FALSE(main.empty());
    EXPECT_EQ(main.front(), "sleep(0.5)");
    EXPECT_EQ(main.back(), "gather()");
}

TEST(TraceFidelity, AProgramsOwnFutureIsAFutureAndATaskIsNamed) {
    Trace t = trace_of(
        "import asyncio\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    f = loop.create_future()\n"
        "    loop.call_later(1, f.set_result, 1)\n"
        "    await f\n"
        "    await asyncio.create_task(asyncio.sleep(0))\n"
        "asyncio.run(main())\n");
    std::vector<std::string> awaited;
    for (const TraceEvent& e : t.events)
        if (e.kind == TraceKind::TaskSuspended && e.task == 0) awaited.push_back(e.detail);
    const std::vector<std::string> expected = {"a future", "task Task-2"};
    EXPECT_EQ(awaited, expected);
}

TEST(TraceFidelity, BlockedThreadsSayWhy) {
    Trace t = trace_of(
        "import threading, time, queue\n"
        "q = queue.Queue()\n"
        "def work():\n"
        "    q.get()\n"
        "    time.sleep(1)\n"
        "t = threading.Thread(target=work)\n"
        "t.start()\n"
        "time.sleep(0.5)\n"
        "q.put(1)\n"
        "t.join()\n");
    // Per thread, its waits in order (a queue wait may block twice: the condition, then the mutex).
    std::vector<BlockReason> main_waits, worker_waits;
    for (const TraceEvent& e : t.events) {
        if (e.kind != TraceKind::ThreadBlocked) continue;
        auto& waits = e.thread == 0 ? main_waits : worker_waits;
        if (waits.empty() || waits.back() != e.reason) waits.push_back(e.reason);
    }
    EXPECT_EQ(main_waits, (std::vector<BlockReason>{BlockReason::Sleep, BlockReason::Join}));
    EXPECT_EQ(worker_waits, (std::vector<BlockReason>{BlockReason::Queue, BlockReason::Sleep}));
    const int join = find_event(t, [](const TraceEvent& e) { return e.kind == TraceKind::ThreadBlocked && e.reason == BlockReason::Join; });
    EXPECT_EQ(t.events[static_cast<size_t>(join)].detail, "join(Thread-1 (work))");
    EXPECT_NE(trace_to_json(t).find("\"reason\": \"join\""), std::string::npos);
}

TEST(TraceFidelity, StderrIsAnEventAtTheInstantAndInTheTaskThatWroteIt) {
    RunOptions o;
    o.filename = "prog.py";
    o.record_trace = true;
    CapturedRun r = run_captured(
        "import asyncio\n"
        "async def boom():\n"
        "    raise ValueError('boom')\n"
        "async def main():\n"
        "    t = asyncio.create_task(boom())\n"
        "    await asyncio.sleep(1)\n"
        "    del t\n"
        "    await asyncio.sleep(1)\n"
        "asyncio.run(main())\n",
        o);
    std::string traced;
    const TraceEvent* first = nullptr;
    for (const TraceEvent& e : r.result.trace.events)
        if (e.kind == TraceKind::Stderr) {
            if (!first) first = &e;
            traced += e.detail;
        }
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(traced, r.err);  // every byte of stderr, once
    EXPECT_EQ(first->time, 1.0);
    EXPECT_EQ(first->task, 0);
    EXPECT_EQ(first->line, 7);
    EXPECT_EQ(first->detail.rfind("Task exception was never retrieved\n", 0), 0u) << first->detail;
}

TEST(TraceFidelity, LoopscopesOwnStopMessageIsNotAStderrEvent) {
    RunOptions o;
    o.record_trace = true;
    CapturedRun r = run_captured(
        "import asyncio\n"
        "async def main():\n"
        "    await asyncio.Event().wait()\n"
        "asyncio.run(main())\n",
        o);
    EXPECT_NE(r.err.find("Loopscope stopped the program"), std::string::npos);
    EXPECT_EQ(std::count_if(r.result.trace.events.begin(), r.result.trace.events.end(),
                            [](const TraceEvent& e) { return e.kind == TraceKind::Stderr; }),
              0);
}

TEST(TraceFidelity, TheJsonSaysAwaitingForSuspensions) {
    Trace t = trace_of(
        "import asyncio\n"
        "asyncio.run(asyncio.sleep(0.25))\n");
    const std::string json = trace_to_json(t);
    EXPECT_NE(json.find("\"version\": 2"), std::string::npos);
    EXPECT_NE(json.find("\"kind\": \"task_suspended\", \"task\": 0, \"awaiting\": \"sleep(0.25)\""), std::string::npos) << json;
    EXPECT_NE(json.find("\"kind\": \"timer_fired\""), std::string::npos);
}

}  // namespace
}  // namespace ls
