// When the trace-event budget runs short, detail goes first and structure last (engine/TRACE.md,
// "When the budget runs short"): line events and immediate sleep(0) resumes stop at the detail
// share, every other event goes on until the budget itself. Each test compares a run under a small
// budget with the same run under an ample one: recording never changes what the program does, so
// the ample trace says what the small one must keep.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "loopscope/engine.h"
#include "trace_recorder.h"

namespace ls {
namespace {

Trace trace_of(const std::string& src, size_t max_events, bool lines, double ips = 0) {
    RunOptions o;
    o.record_trace = true;
    o.trace_lines = lines;
    o.limits.max_trace_events = max_events;
    o.machine.instructions_per_unit = ips;
    CapturedRun r = run_captured(src, o);
    EXPECT_EQ(r.result.exit_code, 0) << r.err;
    return std::move(r.result.trace);
}

constexpr size_t kAmple = 1'000'000;

size_t detail_share(size_t max_events) {
    return static_cast<size_t>(static_cast<double>(max_events) * TraceRecorder::kDetailShare);
}

// What identifies an event across two runs of one program (seq differs once events are dropped).
using EventKey = std::tuple<double, int, int, int, int, std::string>;
EventKey key(const TraceEvent& e) { return {e.time, static_cast<int>(e.kind), e.task, e.thread, e.line, e.detail}; }

std::vector<EventKey> keys(const Trace& t, bool (*keep)(const TraceEvent&)) {
    std::vector<EventKey> out;
    for (const TraceEvent& e : t.events)
        if (keep(e)) out.push_back(key(e));
    return out;
}

bool is_line(const TraceEvent& e) { return e.kind == TraceKind::Line; }
bool is_structure(const TraceEvent& e) { return e.kind != TraceKind::Line; }

// A task that computes (many statements, no sleep(0)) beside one that prints every 10 ms.
const char* kComputeAndTick =
    "import asyncio\n"
    "async def compute():\n"
    "    total = 0\n"
    "    for i in range(3000):\n"
    "        total += i\n"
    "        if i % 300 == 0:\n"
    "            await asyncio.sleep(0.001)\n"
    "    print('total', total)\n"
    "async def tick():\n"
    "    for k in range(5):\n"
    "        print('tick', k)\n"
    "        await asyncio.sleep(0.01)\n"
    "async def main():\n"
    "    await asyncio.gather(compute(), tick())\n"
    "asyncio.run(main())\n";

TEST(TraceBudget, LinesStopAtTheDetailShareAndEveryOtherEventIsKept) {
    const Trace full = trace_of(kComputeAndTick, kAmple, true, 1e6);
    const auto full_lines = keys(full, is_line);
    const auto full_structure = keys(full, is_structure);
    ASSERT_GT(full_lines.size(), 5000u);
    ASSERT_FALSE(full.lines_truncated);
    // A budget whose share kept for structure holds all of it, but that cannot hold the lines.
    const size_t budget = full_structure.size() * 6;
    ASSERT_LT(budget, full.events.size());
    const Trace small = trace_of(kComputeAndTick, budget, true, 1e6);

    EXPECT_FALSE(small.truncated);
    EXPECT_TRUE(small.lines_truncated);
    EXPECT_EQ(small.elided_yields, 0u);  // no sleep(0) here
    EXPECT_LE(small.events.size(), budget);
    // Every structural event of the run, the last prints and task ends included.
    EXPECT_EQ(keys(small, is_structure), full_structure);
    EXPECT_EQ(small.summary.virtual_time, full.summary.virtual_time);
    // The lines kept are the run's first ones, up to where the trace reached its detail share.
    const auto small_lines = keys(small, is_line);
    ASSERT_GT(small_lines.size(), 0u);
    ASSERT_LT(small_lines.size(), full_lines.size());
    EXPECT_TRUE(std::equal(small_lines.begin(), small_lines.end(), full_lines.begin()));
    size_t lines_at_cutoff = 0, events_at_cutoff = 0;
    for (const TraceEvent& e : small.events) {
        if (events_at_cutoff == detail_share(budget)) break;
        ++events_at_cutoff;
        if (e.kind == TraceKind::Line) ++lines_at_cutoff;
    }
    EXPECT_EQ(small_lines.size(), lines_at_cutoff);
    // lines_until is the time of the first statement the trace left out.
    EXPECT_EQ(small.lines_until, std::get<0>(full_lines[small_lines.size()]));
    EXPECT_GT(small.lines_until, 0.0);
    EXPECT_LT(small.lines_until, full.summary.virtual_time);
}

TEST(TraceBudget, NothingChangesWhenTheBudgetSuffices) {
    const Trace full = trace_of(kComputeAndTick, kAmple, true, 1e6);
    const Trace exact = trace_of(kComputeAndTick, static_cast<size_t>(static_cast<double>(full.events.size()) / TraceRecorder::kDetailShare) + 2, true, 1e6);
    EXPECT_FALSE(exact.lines_truncated);
    EXPECT_FALSE(exact.truncated);
    EXPECT_EQ(exact.elided_yields, 0u);
    EXPECT_EQ(keys(exact, [](const TraceEvent&) { return true; }), keys(full, [](const TraceEvent&) { return true; }));
    const std::string json = trace_to_json(exact);
    EXPECT_EQ(json.find("lines_until"), std::string::npos);
    EXPECT_EQ(json.find("elided_yields"), std::string::npos);
}

// A CPU-bound task that yields with sleep(0) while nothing else is ready (the seed's primes), and
// a mail checker that wakes every second.
const char* kYieldingWithMail =
    "import asyncio\n"
    "async def crunch():\n"
    "    for i in range(4000):\n"
    "        await asyncio.sleep(0)\n"
    "    print('crunched')\n"
    "async def mail():\n"
    "    for k in range(4):\n"
    "        print('mail', k)\n"
    "        await asyncio.sleep(1)\n"
    "async def main():\n"
    "    await asyncio.gather(crunch(), mail())\n"
    "asyncio.run(main())\n";

bool is_sleep0_turn(const TraceEvent& e) { return e.kind == TraceKind::TaskSuspended && e.detail == "sleep(0)"; }
bool is_shown(const TraceEvent& e) {
    // What the timeline and the console draw besides zero-width turns.
    switch (e.kind) {
        case TraceKind::Print:
        case TraceKind::TaskCreated:
        case TraceKind::TaskStarted:
        case TraceKind::TaskFinished:
        case TraceKind::TimerScheduled:
        case TraceKind::TimerFired:
        case TraceKind::TaskWoken: return true;
        case TraceKind::TaskSuspended: return e.detail != "sleep(0)";
        default: return false;
    }
}

TEST(TraceBudget, ImmediateSleepZeroResumesAreCountedNotRecordedPastTheDetailShare) {
    const double ips = 1e4;  // a turn takes time, so the run spans a few seconds
    const Trace full = trace_of(kYieldingWithMail, kAmple, false, ips);
    const auto full_turns = keys(full, is_sleep0_turn);
    ASSERT_EQ(full_turns.size(), 4000u);
    const size_t budget = 2000;
    const Trace small = trace_of(kYieldingWithMail, budget, false, ips);

    EXPECT_FALSE(small.truncated);
    EXPECT_FALSE(small.lines_truncated);  // lines were not requested
    EXPECT_LE(small.events.size(), budget);
    // Every turn is either in the trace or counted; the summary still counts them all.
    const auto small_turns = keys(small, is_sleep0_turn);
    EXPECT_EQ(small_turns.size() + small.elided_yields, full_turns.size());
    EXPECT_GT(small.elided_yields, 3000u);
    EXPECT_EQ(small.summary.switches, full.summary.switches);
    EXPECT_EQ(small.summary.loop_iterations, full.summary.loop_iterations);
    // Before the first one left out, where the trace reached its detail share, every turn is there.
    const auto before = [&](const std::vector<EventKey>& turns) {
        return static_cast<size_t>(std::count_if(turns.begin(), turns.end(), [&](const EventKey& k) {
            return std::get<0>(k) < small.elided_yields_from;
        }));
    };
    const size_t kept_before = before(small_turns);
    EXPECT_EQ(kept_before, before(full_turns));
    EXPECT_EQ(small.elided_yields_from, std::get<0>(full_turns[kept_before]));
    EXPECT_TRUE(std::equal(small_turns.begin(), small_turns.begin() + static_cast<long>(kept_before), full_turns.begin()));
    size_t events_before = 0;
    for (const TraceEvent& e : small.events) events_before += e.time < small.elided_yields_from;
    EXPECT_GE(events_before + 3, detail_share(budget));  // the cut-off turn's own events may be the last ones
    EXPECT_LE(events_before, detail_share(budget) + 3);
    // Everything else the timeline shows is there, to the end of the run: the mail checker's
    // wake-ups, its prints, the last print and every task's end.
    EXPECT_EQ(keys(small, is_shown), keys(full, is_shown));
    // The turns with another task ready (the mail checker woke up meanwhile) are real switches
    // and stay: each one is recorded as suspended, loop iteration with 2 handles, resumed.
    int shared_iterations = 0;
    for (const TraceEvent& e : small.events)
        if (e.kind == TraceKind::LoopIteration && e.value >= 2 && e.time > small.elided_yields_from) ++shared_iterations;
    EXPECT_GE(shared_iterations, 3);
    // The JSON says so.
    const auto json = nlohmann::json::parse(trace_to_json(small));
    EXPECT_EQ(json["elided_yields"].get<uint64_t>(), small.elided_yields);
    EXPECT_EQ(json["elided_yields_from"].get<double>(), small.elided_yields_from);
    EXPECT_FALSE(json.contains("lines_until"));
    EXPECT_EQ(json["events"].size(), small.events.size());
    for (size_t i = 0; i < small.events.size(); ++i) ASSERT_EQ(small.events[i].seq, i);
}

// Two tasks taking turns: every sleep(0) is a real switch, so the structure alone is more than
// the budget.
const char* kTakingTurns =
    "import asyncio\n"
    "async def worker(name):\n"
    "    for i in range(2000):\n"
    "        await asyncio.sleep(0)\n"
    "    print(name, 'done')\n"
    "async def main():\n"
    "    await asyncio.gather(worker('a'), worker('b'))\n"
    "asyncio.run(main())\n";

TEST(TraceBudget, TheHardCapHoldsWhenTheStructureAloneOverflows) {
    const double ips = 1e5;
    const Trace full = trace_of(kTakingTurns, kAmple, true, ips);
    const size_t budget = 3000;
    ASSERT_GT(keys(full, is_structure).size(), 3 * budget);
    const Trace small = trace_of(kTakingTurns, budget, true, ips);
    EXPECT_TRUE(small.truncated);
    EXPECT_TRUE(small.lines_truncated);
    EXPECT_EQ(small.events.size(), budget);
    EXPECT_EQ(small.elided_yields, 0u);  // two tasks ready: no turn resumes at once
    const auto full_lines = keys(full, is_line);
    const auto small_lines = keys(small, is_line);
    EXPECT_TRUE(std::equal(small_lines.begin(), small_lines.end(), full_lines.begin()));
    EXPECT_EQ(small.lines_until, std::get<0>(full_lines[small_lines.size()]));
    // Structure is kept in run order up to the cap, and lines stopped at the detail share.
    const auto full_structure = keys(full, is_structure);
    const auto small_structure = keys(small, is_structure);
    EXPECT_TRUE(std::equal(small_structure.begin(), small_structure.end(), full_structure.begin()));
    EXPECT_LT(small.events.back().time, full.summary.virtual_time);
    EXPECT_LE(small.lines_until, small.events.back().time);
    size_t lines = 0;
    for (size_t i = 0; i < detail_share(budget); ++i) lines += small.events[i].kind == TraceKind::Line;
    EXPECT_EQ(lines, small_lines.size());
}

// Threads on two cores record their slices out of time order: the statement detail must end at
// the earliest line left out, whichever thread ran it.
const char* kTwoThreads =
    "import threading\n"
    "def work(n):\n"
    "    total = 0\n"
    "    for i in range(n):\n"
    "        total += i\n"
    "    print('done', n)\n"
    "a = threading.Thread(target=work, args=(4000,))\n"
    "b = threading.Thread(target=work, args=(6000,))\n"
    "a.start(); b.start()\n"
    "a.join(); b.join()\n"
    "print('joined')\n";

TEST(TraceBudget, LinesUntilIsTheEarliestLineLeftOutAcrossThreads) {
    RunOptions o;
    o.record_trace = true;
    o.trace_lines = true;
    o.machine.instructions_per_unit = 1e6;
    o.machine.gil = false;  // both threads run at once on the two cores
    o.limits.max_trace_events = kAmple;
    const Trace full = run_captured(kTwoThreads, o).result.trace;
    o.limits.max_trace_events = keys(full, is_structure).size() + 8000;
    const Trace small = run_captured(kTwoThreads, o).result.trace;
    ASSERT_TRUE(small.lines_truncated);
    EXPECT_FALSE(small.truncated);
    // The lines the small trace lacks, as a multiset; the earliest of them is lines_until.
    std::map<EventKey, int> missing;
    for (const auto& k : keys(full, is_line)) ++missing[k];
    for (const auto& k : keys(small, is_line)) {
        auto it = missing.find(k);
        ASSERT_NE(it, missing.end()) << "a line the full run did not record";
        if (--it->second == 0) missing.erase(it);
    }
    ASSERT_FALSE(missing.empty());
    EXPECT_EQ(small.lines_until, std::get<0>(missing.begin()->first));
    EXPECT_EQ(keys(small, is_structure), keys(full, is_structure));
    // Both threads' lines reach past the point where the other's stopped being complete, so
    // "the last line recorded" would have been wrong.
    double last_line = 0;
    for (const TraceEvent& e : small.events)
        if (e.kind == TraceKind::Line) last_line = std::max(last_line, e.time);
    std::printf("two threads: lines until %g, last line recorded at %g\n", small.lines_until, last_line);
    EXPECT_LE(small.lines_until, last_line);
}

}  // namespace
}  // namespace ls
