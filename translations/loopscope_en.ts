<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DiagnosticText</name>
    <message>
        <source>A task ran for a very long time without reaching an await (line %1). While one task runs, the event loop cannot switch to any other task: the loop is blocked. Add an await (for example await asyncio.sleep(0)) or move the work to a thread.</source>
        <translation>A task ran for a very long time without reaching an await (line %1). While one task runs, the event loop cannot switch to any other task: the loop is blocked. Add an await (for example await asyncio.sleep(0)) or move the work to a thread.</translation>
    </message>
    <message>
        <source>The program ran too many steps without finishing (it was at line %1). Is there a loop that never ends?</source>
        <translation>The program ran too many steps without finishing (it was at line %1). Is there a loop that never ends?</translation>
    </message>
    <message>
        <source>The program used more memory than a lesson may use (at line %1).</source>
        <translation>The program used more memory than a lesson may use (at line %1).</translation>
    </message>
    <message>
        <source>Every task is waiting for something that nothing will ever complete: the program can never finish (deadlock). The console lists what each task waits for.</source>
        <translation>Every task is waiting for something that nothing will ever complete: the program can never finish (deadlock). The console lists what each task waits for.</translation>
    </message>
    <message>
        <source>The event loop has nothing left to do and nothing will ever wake it: run_forever() would wait forever. Call loop.stop() when the work is done.</source>
        <translation>The event loop has nothing left to do and nothing will ever wake it: run_forever() would wait forever. Call loop.stop() when the work is done.</translation>
    </message>
    <message>
        <source>The program would wait far into the future of the virtual clock; Loopscope stopped it at line %1.</source>
        <translation>The program would wait far into the future of the virtual clock; Loopscope stopped it at line %1.</translation>
    </message>
    <message>
        <source>You cancelled the run (it was at line %1).</source>
        <translation>You cancelled the run (it was at line %1).</translation>
    </message>
    <message>
        <source>Loopscope stopped the program: %1</source>
        <translation>Loopscope stopped the program: %1</translation>
    </message>
    <message>
        <source>“coroutine … was never awaited”: calling an async function only creates a coroutine object; none of its code runs until you await it (await f()) or wrap it in a task (asyncio.create_task(f())).</source>
        <translation>“coroutine … was never awaited”: calling an async function only creates a coroutine object; none of its code runs until you await it (await f()) or wrap it in a task (asyncio.create_task(f())).</translation>
    </message>
    <message>
        <source>“Task exception was never retrieved”: a task raised an exception, but nobody awaited the task or asked for its result, so the error went unnoticed until the task was destroyed. Await the task (or gather it) to handle its exception.</source>
        <translation>“Task exception was never retrieved”: a task raised an exception, but nobody awaited the task or asked for its result, so the error went unnoticed until the task was destroyed. Await the task (or gather it) to handle its exception.</translation>
    </message>
    <message>
        <source>“Task was destroyed but it is pending”: the program ended while a task was still waiting. Await every task you create before the event loop closes.</source>
        <translation>“Task was destroyed but it is pending”: the program ended while a task was still waiting. Await every task you create before the event loop closes.</translation>
    </message>
    <message>
        <source>asyncio.run() starts a new event loop, and one is already running here. Inside a coroutine, await the other coroutine instead.</source>
        <translation>asyncio.run() starts a new event loop, and one is already running here. Inside a coroutine, await the other coroutine instead.</translation>
    </message>
    <message>
        <source>A future belongs to the event loop that created it; it cannot be awaited from another loop.</source>
        <translation>A future belongs to the event loop that created it; it cannot be awaited from another loop.</translation>
    </message>
    <message>
        <source>Task %1 (%2) ran %3 steps without reaching an await (it was at line %4). While one task runs, the event loop cannot switch to any other task: the loop is blocked. Add an await (for example await asyncio.sleep(0)) or move the work to a thread.</source>
        <extracomment>%1 a task&apos;s name, %2 its coroutine, %3 a number of steps, %4 a line number</extracomment>
        <translation>Task %1 (%2) ran %3 steps without reaching an await (it was at line %4). While one task runs, the event loop cannot switch to any other task: the loop is blocked. Add an await (for example await asyncio.sleep(0)) or move the work to a thread.</translation>
    </message>
    <message>
        <source>The program ran %1 steps without finishing (it was at line %2). Is there a loop that never ends?</source>
        <translation>The program ran %1 steps without finishing (it was at line %2). Is there a loop that never ends?</translation>
    </message>
    <message>
        <source>%1() ran %2 steps without finishing (it was at line %3). Is there a loop that never ends?</source>
        <extracomment>%1 a function&apos;s name, %2 a number of steps, %3 a line number</extracomment>
        <translation>%1() ran %2 steps without finishing (it was at line %3). Is there a loop that never ends?</translation>
    </message>
    <message>
        <source>The program would wait until %1 of virtual time, past Loopscope&apos;s limit of %2; it was stopped at line %3.</source>
        <extracomment>%1 and %2 are times with their unit, %3 a line number</extracomment>
        <translation>The program would wait until %1 of virtual time, past Loopscope&apos;s limit of %2; it was stopped at line %3.</translation>
    </message>
    <message>
        <source>The simulated world of this lesson is not valid (line %1): %2</source>
        <translation>The simulated world of this lesson is not valid (line %1): %2</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 is ready</translation>
    </message>
    <message>
        <source>%1 waits for %2 at line %3</source>
        <extracomment>%1 a task, %2 what it awaits, %3 a line number</extracomment>
        <translation>%1 waits for %2 at line %3</translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation>%1 waits for %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>%1 a thread, %2 what it is doing (&quot;waiting for a lock&quot;)</extracomment>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list in a sentence</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Every thread is waiting for something that no other thread will ever do: the program can never finish (deadlock). %1.</source>
        <extracomment>%1 the list of threads and what each waits for</extracomment>
        <translation>Every thread is waiting for something that no other thread will ever do: the program can never finish (deadlock). %1.</translation>
    </message>
    <message>
        <source>Every task is waiting for something that nothing will ever complete: the program can never finish (deadlock). %1.</source>
        <extracomment>%1 the list of tasks and what each waits for</extracomment>
        <translation>Every task is waiting for something that nothing will ever complete: the program can never finish (deadlock). %1.</translation>
    </message>
    <message>
        <source>The program used more than %1 MB of memory (it was at line %2). Does something grow without end, such as a list appended to in a loop that never stops, or tasks created faster than they finish?</source>
        <extracomment>%1 a number of megabytes, %2 a line number</extracomment>
        <translation>The program used more than %1 MB of memory (it was at line %2). Does something grow without end, such as a list appended to in a loop that never stops, or tasks created faster than they finish?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) was cancelled %n time(s) and is still running</source>
        <extracomment>%1 a task&apos;s name, %2 its coroutine, %n how many times it was cancelled</extracomment>
        <translation>
            <numerusform>%1 (%2) was cancelled once and is still running</numerusform>
            <numerusform>%1 (%2) was cancelled %n times and is still running</numerusform>
        </translation>
    </message>
    <message>
        <source>The program can never end because a task ignores cancellation: it catches CancelledError and carries on. Re-raise the CancelledError (or do not catch it). %1.</source>
        <extracomment>%1 the list of tasks</extracomment>
        <translation>The program can never end because a task ignores cancellation: it catches CancelledError and carries on. Re-raise the CancelledError (or do not catch it). %1.</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Loopscope: watch what Python&apos;s asyncio event loop does.</source>
        <translation>Loopscope: watch what Python&apos;s asyncio event loop does.</translation>
    </message>
    <message>
        <source>Open a lesson: a .py file, or a folder (its first .py file).</source>
        <translation>Open a lesson: a .py file, or a folder (its first .py file).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>User interface language: %1.</source>
        <translation>User interface language: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos; (available: %2)</source>
        <translation>Unknown language &apos;%1&apos; (available: %2)</translation>
    </message>
    <message>
        <source>Run the lesson, save the main window as a PNG file (the run at its end, or at --at), and exit.</source>
        <translation>Run the lesson, save the main window as a PNG file (the run at its end, or at --at), and exit.</translation>
    </message>
    <message>
        <source>The lesson variant to open (default: the lesson&apos;s first).</source>
        <translation>The lesson variant to open (default: the lesson&apos;s first).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>With --screenshot: show the run at this virtual time instead of its end.</source>
        <translation>With --screenshot: show the run at this virtual time instead of its end.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>--at needs a number of seconds (0 or more), not &apos;%1&apos;</source>
        <translation>--at needs a number of seconds (0 or more), not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Instructions a core runs per unit of virtual time, so that computing takes time (0: instructions take no time). Replaces the lesson&apos;s value.</source>
        <translation>Instructions a core runs per unit of virtual time, so that computing takes time (0: instructions take no time). Replaces the lesson&apos;s value.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Stop a run after this many bytecode instructions (default 200000000).</source>
        <translation>Stop a run after this many bytecode instructions (default 200000000).</translation>
    </message>
    <message>
        <source>--ips needs a number of instructions (0 or more), not &apos;%1&apos;</source>
        <translation>--ips needs a number of instructions (0 or more), not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-steps needs a whole number of steps (1 or more), not &apos;%1&apos;</source>
        <translation>--max-steps needs a whole number of steps (1 or more), not &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>LessonLocator</name>
    <message>
        <source>No such file or folder: %1</source>
        <translation>No such file or folder: %1</translation>
    </message>
    <message>
        <source>No .py file in folder %1</source>
        <translation>No .py file in folder %1</translation>
    </message>
</context>
<context>
    <name>LessonSession</name>
    <message>
        <source>No lesson in %1</source>
        <translation>No lesson in %1</translation>
    </message>
    <message>
        <source>The lesson has no variant &apos;%1&apos;</source>
        <translation>The lesson has no variant &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>SettingsRepair</name>
    <message>
        <source>The settings file %1 was damaged and has been removed; Loopscope started with the default settings.</source>
        <translation>The settings file %1 was damaged and has been removed; Loopscope started with the default settings.</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged; Loopscope started with the default settings. The damaged file was kept as %2.</source>
        <translation>The settings file %1 was damaged; Loopscope started with the default settings. The damaged file was kept as %2.</translation>
    </message>
    <message>
        <source>Some settings in %1 had values Loopscope cannot use and were reset to their defaults: %2.</source>
        <translation>Some settings in %1 had values Loopscope cannot use and were reset to their defaults: %2.</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Recover unsaved edits</source>
        <translation>Recover unsaved edits</translation>
    </message>
    <message>
        <source>Loopscope found edits to %1 that were not saved when it last closed. Restore them?</source>
        <translation>Loopscope found edits to %1 that were not saved when it last closed. Restore them?</translation>
    </message>
</context>
<context>
    <name>ls::gui::CodeEditor</name>
    <message>
        <source>Line %1 has %L2 characters, too long to edit here. Lines that long are shown shortened and the program is read-only; Run and Save use the whole program, unchanged. To change it, edit the file in another editor and open it again.</source>
        <translation>Line %1 has %L2 characters, too long to edit here. Lines that long are shown shortened and the program is read-only; Run and Save use the whole program, unchanged. To change it, edit the file in another editor and open it again.</translation>
    </message>
</context>
<context>
    <name>ls::gui::CompareView</name>
    <message>
        <source>%1 — %2 in total</source>
        <translation>%1 — %2 in total</translation>
    </message>
    <message>
        <source>%1 — %2 in total (no speedup: a run took no virtual time)</source>
        <translation>%1 — %2 in total (no speedup: a run took no virtual time)</translation>
    </message>
    <message>
        <source>%1 — %2 in total, %3× the speed of %4</source>
        <translation>%1 — %2 in total, %3× the speed of %4</translation>
    </message>
    <message>
        <source>virtual time (%1)</source>
        <translation>virtual time (%1)</translation>
    </message>
</context>
<context>
    <name>ls::gui::ConsoleView</name>
    <message>
        <source>[… this line is too long to show in full]</source>
        <translation>[… this line is too long to show in full]</translation>
    </message>
</context>
<context>
    <name>ls::gui::LessonBrowser</name>
    <message>
        <source>Lessons with errors</source>
        <translation>Lessons with errors</translation>
    </message>
</context>
<context>
    <name>ls::gui::LessonPage</name>
    <message>
        <source>Variant:</source>
        <translation>Variant:</translation>
    </message>
    <message>
        <source>Which version of the program to run</source>
        <translation>Which version of the program to run</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Run the variants side by side on one time axis</source>
        <translation>Run the variants side by side on one time axis</translation>
    </message>
</context>
<context>
    <name>ls::gui::LoopNarrator</name>
    <message>
        <source>main program</source>
        <translation>main program</translation>
    </message>
    <message>
        <source>thread %1</source>
        <translation>thread %1</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes of virtual time</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds of virtual time</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number, %2 the unit (&quot;s&quot; or &quot;min&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>not created yet</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>waiting for a timer</source>
        <translation>waiting for a timer</translation>
    </message>
    <message>
        <source>waiting for a future</source>
        <translation>waiting for a future</translation>
    </message>
    <message>
        <source>waiting for a task</source>
        <translation>waiting for a task</translation>
    </message>
    <message>
        <source>waiting for I/O</source>
        <translation>waiting for I/O</translation>
    </message>
    <message>
        <source>waiting for a lock</source>
        <translation>waiting for a lock</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>ready, waiting for the loop</source>
        <translation>ready, waiting for the loop</translation>
    </message>
    <message>
        <source>awaiting a timer / sleeping</source>
        <translation>awaiting a timer / sleeping</translation>
    </message>
    <message>
        <source>awaiting I/O</source>
        <translation>awaiting I/O</translation>
    </message>
    <message>
        <source>awaiting a future or task</source>
        <translation>awaiting a future or task</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>waiting for the GIL</source>
        <translation>waiting for the GIL</translation>
    </message>
    <message>
        <source>waiting for a core</source>
        <translation>waiting for a core</translation>
    </message>
    <message>
        <source>sleeping (time.sleep)</source>
        <translation>sleeping (time.sleep)</translation>
    </message>
    <message>
        <source>waiting for another thread (join)</source>
        <translation>waiting for another thread (join)</translation>
    </message>
    <message>
        <source>blocked (%1)</source>
        <translation>blocked (%1)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>a future</source>
        <translation>a future</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>task %1</translation>
    </message>
    <message>
        <source>The run recorded no events.</source>
        <translation>The run recorded no events.</translation>
    </message>
    <message>
        <source>The program has not started yet. Press Play or step forward.</source>
        <translation>The program has not started yet. Press Play or step forward.</translation>
    </message>
    <message>
        <source>The program has finished after %1 of virtual time.</source>
        <translation>The program has finished after %1 of virtual time.</translation>
    </message>
    <message>
        <source>%1 is created; its first step waits in the ready queue.</source>
        <translation>%1 is created; its first step waits in the ready queue.</translation>
    </message>
    <message>
        <source>The loop takes %1 from the ready queue and runs its first step.</source>
        <translation>The loop takes %1 from the ready queue and runs its first step.</translation>
    </message>
    <message>
        <source>The loop resumes %1 where it stopped at its await.</source>
        <translation>The loop resumes %1 where it stopped at its await.</translation>
    </message>
    <message>
        <source>%1 yields with sleep(0) on line %2 and goes to the back of the ready queue.</source>
        <translation>%1 yields with sleep(0) on line %2 and goes to the back of the ready queue.</translation>
    </message>
    <message>
        <source>%1 stops at the await on line %2 until its timer is due at %3; the loop runs something else.</source>
        <translation>%1 stops at the await on line %2 until its timer is due at %3; the loop runs something else.</translation>
    </message>
    <message>
        <source>%1 stops at the await on line %2 and waits for %3; control returns to the loop.</source>
        <translation>%1 stops at the await on line %2 and waits for %3; control returns to the loop.</translation>
    </message>
    <message>
        <source>%1 returns; the tasks awaiting it can continue.</source>
        <translation>%1 returns; the tasks awaiting it can continue.</translation>
    </message>
    <message>
        <source>%1 ends with an exception: %2.</source>
        <translation>%1 ends with an exception: %2.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 was cancelled.</translation>
    </message>
    <message>
        <source>A new pass of the event loop begins; nothing is ready yet.</source>
        <translation>A new pass of the event loop begins; nothing is ready yet.</translation>
    </message>
    <message numerus="yes">
        <source>A new pass of the event loop: %n task(s) ready, %1 runs next.</source>
        <translation>
            <numerusform>A new pass of the event loop: %n task ready, %1 runs next.</numerusform>
            <numerusform>A new pass of the event loop: %n tasks ready, %1 runs next.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ready queue is empty, so the clock jumps to %1, when the timer of %2 is due.</source>
        <translation>The ready queue is empty, so the clock jumps to %1, when the timer of %2 is due.</translation>
    </message>
    <message>
        <source>The ready queue is empty, so the clock jumps to %1, when the next timer is due.</source>
        <translation>The ready queue is empty, so the clock jumps to %1, when the next timer is due.</translation>
    </message>
    <message>
        <source>%1 sets a timer due at %2.</source>
        <translation>%1 sets a timer due at %2.</translation>
    </message>
    <message>
        <source>%1 prints on line %2.</source>
        <translation>%1 prints on line %2.</translation>
    </message>
    <message>
        <source>%1 runs line %2: %3</source>
        <translation>%1 runs line %2: %3</translation>
    </message>
    <message>
        <source>The loop runs the callback %1.</source>
        <translation>The loop runs the callback %1.</translation>
    </message>
    <message>
        <source>A new thread is created: %1.</source>
        <translation>A new thread is created: %1.</translation>
    </message>
    <message>
        <source>%1 starts.</source>
        <translation>%1 starts.</translation>
    </message>
    <message>
        <source>%1 finishes.</source>
        <translation>%1 finishes.</translation>
    </message>
    <message>
        <source>%1 stops running: %2.</source>
        <translation>%1 stops running: %2.</translation>
    </message>
    <message>
        <source>%1 may run again once it gets the GIL and a core.</source>
        <translation>%1 may run again once it gets the GIL and a core.</translation>
    </message>
    <message>
        <source>%1 takes the GIL: only it runs Python code now.</source>
        <translation>%1 takes the GIL: only it runs Python code now.</translation>
    </message>
    <message>
        <source>%1 lets go of the GIL (%2).</source>
        <translation>%1 lets go of the GIL (%2).</translation>
    </message>
    <message>
        <source>%1 starts running on core %2.</source>
        <translation>%1 starts running on core %2.</translation>
    </message>
    <message>
        <source>%1 leaves core %2.</source>
        <translation>%1 leaves core %2.</translation>
    </message>
    <message>
        <source>%1 starts I/O on %2; it completes at %3.</source>
        <translation>%1 starts I/O on %2; it completes at %3.</translation>
    </message>
    <message>
        <source>The I/O on %1 completes.</source>
        <translation>The I/O on %1 completes.</translation>
    </message>
    <message>
        <source>waiting for a lock, event or queue</source>
        <translation>waiting for a lock, event or queue</translation>
    </message>
    <message>
        <source>waiting for a thread to finish (join)</source>
        <translation>waiting for a thread to finish (join)</translation>
    </message>
    <message>
        <source>blocked on the GIL, a lock or a queue</source>
        <translation>blocked on the GIL, a lock or a queue</translation>
    </message>
    <message>
        <source>waiting for %1 to finish (join)</source>
        <translation>waiting for %1 to finish (join)</translation>
    </message>
    <message>
        <source>waiting for a queue</source>
        <translation>waiting for a queue</translation>
    </message>
    <message>
        <source>waiting for its event loop&apos;s next event</source>
        <translation>waiting for its event loop&apos;s next event</translation>
    </message>
    <message>
        <source>I/O: %1</source>
        <translation>I/O: %1</translation>
    </message>
    <message>
        <source>its sleep to end (%1)</source>
        <translation>its sleep to end (%1)</translation>
    </message>
    <message>
        <source>the lock (%1)</source>
        <translation>the lock (%1)</translation>
    </message>
    <message>
        <source>the event (%1)</source>
        <translation>the event (%1)</translation>
    </message>
    <message>
        <source>the condition (%1)</source>
        <translation>the condition (%1)</translation>
    </message>
    <message>
        <source>the semaphore (%1)</source>
        <translation>the semaphore (%1)</translation>
    </message>
    <message>
        <source>an item from the queue (%1)</source>
        <translation>an item from the queue (%1)</translation>
    </message>
    <message>
        <source>room in the queue (%1)</source>
        <translation>room in the queue (%1)</translation>
    </message>
    <message>
        <source>gather() to collect every result</source>
        <translation>gather() to collect every result</translation>
    </message>
    <message>
        <source>%1 to finish</source>
        <translation>%1 to finish</translation>
    </message>
    <message>
        <source>%1 is woken: %2, which it awaited, is done; %1 joins the ready queue.</source>
        <translation>%1 is woken: %2, which it awaited, is done; %1 joins the ready queue.</translation>
    </message>
    <message>
        <source>%1 is woken: its timer is due; it joins the ready queue.</source>
        <translation>%1 is woken: its timer is due; it joins the ready queue.</translation>
    </message>
    <message>
        <source>%1 is woken: its I/O is done; it joins the ready queue.</source>
        <translation>%1 is woken: its I/O is done; it joins the ready queue.</translation>
    </message>
    <message>
        <source>%1 is woken: what it awaited is done; it joins the ready queue.</source>
        <translation>%1 is woken: what it awaited is done; it joins the ready queue.</translation>
    </message>
    <message>
        <source>%1 sets a timer for %2, due at %3.</source>
        <extracomment>%1 a task, %2 what the timer is for (&quot;sleep(1.0)&quot;, &quot;tick()&quot;), %3 a time</extracomment>
        <translation>%1 sets a timer for %2, due at %3.</translation>
    </message>
    <message>
        <source>The timer for %1 is due: its callback joins the ready queue.</source>
        <translation>The timer for %1 is due: its callback joins the ready queue.</translation>
    </message>
    <message>
        <source>A timer is due: its callback joins the ready queue.</source>
        <translation>A timer is due: its callback joins the ready queue.</translation>
    </message>
    <message>
        <source>a timer</source>
        <translation>a timer</translation>
    </message>
    <message>
        <source>%1 cancels the timer for %2 before it is due; it will never fire.</source>
        <translation>%1 cancels the timer for %2 before it is due; it will never fire.</translation>
    </message>
    <message>
        <source>%1 writes to stderr (shown in red in the console).</source>
        <translation>%1 writes to stderr (shown in red in the console).</translation>
    </message>
    <message>
        <source>The recording ends here: the trace&apos;s event budget ran out. Later Loopscope stopped the program: %1</source>
        <extracomment>%1 why the run was stopped (a sentence or two)</extracomment>
        <translation>The recording ends here: the trace&apos;s event budget ran out. Later Loopscope stopped the program: %1</translation>
    </message>
    <message>
        <source>Loopscope stopped the program here, after %1 of virtual time: %2</source>
        <extracomment>%1 the time, %2 why the run was stopped (a sentence or two)</extracomment>
        <translation>Loopscope stopped the program here, after %1 of virtual time: %2</translation>
    </message>
</context>
<context>
    <name>ls::gui::LoopPanel</name>
    <message>
        <source>Running now</source>
        <translation>Running now</translation>
    </message>
    <message>
        <source>Ready queue (next first)</source>
        <translation>Ready queue (next first)</translation>
    </message>
    <message>
        <source>Timers (earliest first)</source>
        <translation>Timers (earliest first)</translation>
    </message>
    <message>
        <source>Waiting at an await</source>
        <translation>Waiting at an await</translation>
    </message>
    <message>
        <source>Who awaits whom</source>
        <translation>Who awaits whom</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Cores</translation>
    </message>
    <message>
        <source>Run a program to see what its event loop does.</source>
        <translation>Run a program to see what its event loop does.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>the event loop itself (no task is running)</source>
        <translation>the event loop itself (no task is running)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>due at %1 — %2</source>
        <translation>due at %1 — %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source> awaits </source>
        <translation> awaits </translation>
    </message>
    <message>
        <source>no task awaits another task</source>
        <translation>no task awaits another task</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (holds the GIL)</source>
        <translation> (holds the GIL)</translation>
    </message>
    <message>
        <source>Core %1: runs %2</source>
        <translation>Core %1: runs %2</translation>
    </message>
    <message>
        <source>Core %1: idle</source>
        <translation>Core %1: idle</translation>
    </message>
    <message>
        <source>due at %1 — %2: %3</source>
        <extracomment>%1 a time, %2 the task that set the timer, %3 what it is for (&quot;sleep(1.0)&quot;, &quot;tick()&quot;)</extracomment>
        <translation>due at %1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — waits for %2, line %3</source>
        <extracomment>%1 a task, %2 what it awaits (&quot;the lock (Lock.acquire())&quot;, &quot;task Task-3&quot;), %3 a line number</extracomment>
        <translation>%1 — waits for %2, line %3</translation>
    </message>
</context>
<context>
    <name>ls::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a Python program</source>
        <translation>Open a Python program</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Quit Loopscope</source>
        <translation>Quit Loopscope</translation>
    </message>
    <message>
        <source>&amp;Run Program</source>
        <translation>&amp;Run Program</translation>
    </message>
    <message>
        <source>&amp;About Loopscope</source>
        <translation>&amp;About Loopscope</translation>
    </message>
    <message>
        <source>Show what Loopscope is</source>
        <translation>Show what Loopscope is</translation>
    </message>
    <message>
        <source>Show the user interface in %1</source>
        <translation>Show the user interface in %1</translation>
    </message>
    <message>
        <source>Write a Python program here, or open one with File &gt; Open…, then press F5 to run it.</source>
        <translation>Write a Python program here, or open one with File &gt; Open…, then press F5 to run it.</translation>
    </message>
    <message>
        <source>The program&apos;s output appears here.</source>
        <translation>The program&apos;s output appears here.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Finished with exit code %1</source>
        <translation>Finished with exit code %1</translation>
    </message>
    <message>
        <source>%1[*] — Loopscope</source>
        <translation>%1[*] — Loopscope</translation>
    </message>
    <message>
        <source>untitled.py</source>
        <translation>untitled.py</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Open Python Program</source>
        <translation>Open Python Program</translation>
    </message>
    <message>
        <source>Python programs (*.py);;All files (*)</source>
        <translation>Python programs (*.py);;All files (*)</translation>
    </message>
    <message>
        <source>Loopscope</source>
        <translation>Loopscope</translation>
    </message>
    <message>
        <source>Program finished with exit code %1.</source>
        <translation>Program finished with exit code %1.</translation>
    </message>
    <message>
        <source>About Loopscope</source>
        <translation>About Loopscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loopscope %1&lt;/h3&gt;&lt;p&gt;Loopscope runs Python programs on a virtual clock and shows what asyncio&apos;s event loop does: which task runs, where it waits, and how long everything takes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Loopscope %1&lt;/h3&gt;&lt;p&gt;Loopscope runs Python programs on a virtual clock and shows what asyncio&apos;s event loop does: which task runs, where it waits, and how long everything takes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the program</source>
        <translation>Save the program</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Save the program under a new name</source>
        <translation>Save the program under a new name</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Undo the last edit</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>Redo the last undone edit</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Cut the selection to the clipboard</source>
        <translation>Cut the selection to the clipboard</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the selection to the clipboard</source>
        <translation>Copy the selection to the clipboard</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Paste the clipboard</source>
        <translation>Paste the clipboard</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>Select the whole program</source>
        <translation>Select the whole program</translation>
    </message>
    <message>
        <source>Run the program and show what the event loop did</source>
        <translation>Run the program and show what the event loop did</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancel Run</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the running program</source>
        <translation>Stop the running program</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Reset Layout</translation>
    </message>
    <message>
        <source>Put the panels back where they were at first start</source>
        <translation>Put the panels back where they were at first start</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Show the version of Qt that Loopscope uses</source>
        <translation>Show the version of Qt that Loopscope uses</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Run cancelled</translation>
    </message>
    <message>
        <source>Finished with exit code %1 — %2 of virtual time, computed in %3 ms</source>
        <translation>Finished with exit code %1 — %2 of virtual time, computed in %3 ms</translation>
    </message>
    <message>
        <source>Could not write a recovery copy to %1</source>
        <translation>Could not write a recovery copy to %1</translation>
    </message>
    <message>
        <source>Kept the current program: it has unsaved changes.</source>
        <translation>Kept the current program: it has unsaved changes.</translation>
    </message>
    <message>
        <source>Save Program As</source>
        <translation>Save Program As</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hint: %1</translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation>Export Trace</translation>
    </message>
    <message>
        <source>Export Chrome Trace</source>
        <translation>Export Chrome Trace</translation>
    </message>
    <message>
        <source>Open &amp;Lesson Folder…</source>
        <translation>Open &amp;Lesson Folder…</translation>
    </message>
    <message>
        <source>Add a folder of lessons (or one lesson) to the lesson browser</source>
        <translation>Add a folder of lessons (or one lesson) to the lesson browser</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Trace as &amp;JSON…</source>
        <translation>Trace as &amp;JSON…</translation>
    </message>
    <message>
        <source>Save every event of the last run as JSON (Loopscope&apos;s trace format)</source>
        <translation>Save every event of the last run as JSON (Loopscope&apos;s trace format)</translation>
    </message>
    <message>
        <source>Trace for &amp;Chrome / Perfetto…</source>
        <translation>Trace for &amp;Chrome / Perfetto…</translation>
    </message>
    <message>
        <source>Save the last run in Chrome&apos;s trace event format, to open in Perfetto</source>
        <translation>Save the last run in Chrome&apos;s trace event format, to open in Perfetto</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Open Lesson Folder</source>
        <translation>Open Lesson Folder</translation>
    </message>
    <message>
        <source>%1 is not a lesson folder</source>
        <translation>%1 is not a lesson folder</translation>
    </message>
    <message>
        <source>No lessons in %1</source>
        <translation>No lessons in %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The scenario parameters change the lesson&apos;s program; your edited program is kept as it is. Save or discard your edits to use them.</source>
        <translation>The scenario parameters change the lesson&apos;s program; your edited program is kept as it is. Save or discard your edits to use them.</translation>
    </message>
    <message>
        <source>The lesson&apos;s files have errors: %1</source>
        <translation>The lesson&apos;s files have errors: %1</translation>
    </message>
    <message>
        <source>The lesson could not be reloaded:
%1</source>
        <translation>The lesson could not be reloaded:
%1</translation>
    </message>
    <message>
        <source>Reloaded the lesson from disk</source>
        <translation>Reloaded the lesson from disk</translation>
    </message>
    <message>
        <source>Make your prediction first: the run is revealed here once you have answered.</source>
        <translation>Make your prediction first: the run is revealed here once you have answered.</translation>
    </message>
    <message>
        <source>The question is about this line</source>
        <translation>The question is about this line</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Export Timeline</translation>
    </message>
    <message>
        <source>&amp;Timeline as Image…</source>
        <translation>&amp;Timeline as Image…</translation>
    </message>
    <message>
        <source>Save the timeline (or the comparison) as a PNG, SVG or PDF file</source>
        <translation>Save the timeline (or the comparison) as a PNG, SVG or PDF file</translation>
    </message>
    <message>
        <source>&amp;Compare Variants</source>
        <translation>&amp;Compare Variants</translation>
    </message>
    <message>
        <source>Run the lesson&apos;s variants and show them on one time axis, with total time and speedup</source>
        <translation>Run the lesson&apos;s variants and show them on one time axis, with total time and speedup</translation>
    </message>
    <message>
        <source>Preparing the timeline…</source>
        <translation>Preparing the timeline…</translation>
    </message>
    <message>
        <source>Run &amp;Settings…</source>
        <translation>Run &amp;Settings…</translation>
    </message>
    <message>
        <source>Give instructions a cost in virtual time, or change the budgets that stop runaway programs</source>
        <translation>Give instructions a cost in virtual time, or change the budgets that stop runaway programs</translation>
    </message>
    <message>
        <source>The next run uses these settings (F5 runs the program)</source>
        <translation>The next run uses these settings (F5 runs the program)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other task(s)</source>
        <translation>
            <numerusform>%1 and %n other task</numerusform>
            <numerusform>%1 and %n other tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::gui::ParameterPanel</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <source>Put every parameter back to the lesson&apos;s value</source>
        <translation>Put every parameter back to the lesson&apos;s value</translation>
    </message>
    <message>
        <source>Drag to change %1; the run updates as you drag</source>
        <translation>Drag to change %1; the run updates as you drag</translation>
    </message>
</context>
<context>
    <name>ls::gui::PlaybackBar</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Play (Space)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>the playhead&apos;s virtual time / the run&apos;s total</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>To Start</source>
        <translation>To Start</translation>
    </message>
    <message>
        <source>Go to the start (Home)</source>
        <translation>Go to the start (Home)</translation>
    </message>
    <message>
        <source>Previous Task Switch</source>
        <translation>Previous Task Switch</translation>
    </message>
    <message>
        <source>Back to the previous task switch (Shift+Left)</source>
        <translation>Back to the previous task switch (Shift+Left)</translation>
    </message>
    <message>
        <source>Step Back</source>
        <translation>Step Back</translation>
    </message>
    <message>
        <source>Back one statement (Left)</source>
        <translation>Back one statement (Left)</translation>
    </message>
    <message>
        <source>Step Forward</source>
        <translation>Step Forward</translation>
    </message>
    <message>
        <source>Forward one statement (Right)</source>
        <translation>Forward one statement (Right)</translation>
    </message>
    <message>
        <source>Next Task Switch</source>
        <translation>Next Task Switch</translation>
    </message>
    <message>
        <source>Forward to the next task switch (Shift+Right)</source>
        <translation>Forward to the next task switch (Shift+Right)</translation>
    </message>
    <message>
        <source>To End</source>
        <translation>To End</translation>
    </message>
    <message>
        <source>Go to the end (End)</source>
        <translation>Go to the end (End)</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>Drag to move through the run</source>
        <translation>Drag to move through the run</translation>
    </message>
    <message>
        <source>No statement detail after %1: the trace&apos;s event budget ran short, so from there on it keeps task switches, timers and output but not each statement, and a step goes one event forward or back.</source>
        <translation>No statement detail after %1: the trace&apos;s event budget ran short, so from there on it keeps task switches, timers and output but not each statement, and a step goes one event forward or back.</translation>
    </message>
    <message>
        <source>Back one event (Left)</source>
        <translation>Back one event (Left)</translation>
    </message>
    <message>
        <source>Forward one event (Right)</source>
        <translation>Forward one event (Right)</translation>
    </message>
</context>
<context>
    <name>ls::gui::QuizPanel</name>
    <message>
        <source>✓ Right!</source>
        <translation>✓ Right!</translation>
    </message>
    <message>
        <source>✗ Not quite. The answer is: %1</source>
        <translation>✗ Not quite. The answer is: %1</translation>
    </message>
    <message>
        <source>Predict: what prints next?</source>
        <translation>Predict: what prints next?</translation>
    </message>
    <message>
        <source>Predict: how long will this take?</source>
        <translation>Predict: how long will this take?</translation>
    </message>
    <message>
        <source>Predict: which task runs next?</source>
        <translation>Predict: which task runs next?</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Check your answer, then watch the run</source>
        <translation>Check your answer, then watch the run</translation>
    </message>
    <message>
        <source>Show the run</source>
        <translation>Show the run</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Ask again</translation>
    </message>
    <message>
        <source>Forget your answer and answer once more</source>
        <translation>Forget your answer and answer once more</translation>
    </message>
</context>
<context>
    <name>ls::gui::RunProgress</name>
    <message>
        <source>Running… %1 s</source>
        <translation>Running… %1 s</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the running program (Esc)</source>
        <translation>Stop the running program (Esc)</translation>
    </message>
    <message>
        <source>Indexing the trace (step 1 of 2)… %1 s</source>
        <translation>Indexing the trace (step 1 of 2)… %1 s</translation>
    </message>
    <message>
        <source>Laying out the timeline (step 2 of 2)… %1 s</source>
        <translation>Laying out the timeline (step 2 of 2)… %1 s</translation>
    </message>
</context>
<context>
    <name>ls::gui::RunSettingsDialog</name>
    <message>
        <source>Run Settings</source>
        <translation>Run Settings</translation>
    </message>
    <message>
        <source>Ticked settings replace the program&apos;s own (a lesson&apos;s, or Loopscope&apos;s defaults) for every run from now on. Unticked ones keep them.</source>
        <translation>Ticked settings replace the program&apos;s own (a lesson&apos;s, or Loopscope&apos;s defaults) for every run from now on. Unticked ones keep them.</translation>
    </message>
    <message>
        <source>Computing takes time: instructions per second</source>
        <translation>Computing takes time: instructions per second</translation>
    </message>
    <message>
        <source>Without this, instructions take no virtual time: a CPU-bound program finishes at 0 s and its whole timeline sits at one instant.</source>
        <translation>Without this, instructions take no virtual time: a CPU-bound program finishes at 0 s and its whole timeline sits at one instant.</translation>
    </message>
    <message>
        <source>Stop after this many steps</source>
        <translation>Stop after this many steps</translation>
    </message>
    <message>
        <source>Bytecode instructions in the whole run (default %L1)</source>
        <translation>Bytecode instructions in the whole run (default %L1)</translation>
    </message>
    <message>
        <source>Stop a task that runs this many steps without an await</source>
        <translation>Stop a task that runs this many steps without an await</translation>
    </message>
    <message>
        <source>A task that never reaches an await blocks the event loop (default %L1)</source>
        <translation>A task that never reaches an await blocks the event loop (default %L1)</translation>
    </message>
    <message>
        <source>Stop at this virtual time (seconds)</source>
        <translation>Stop at this virtual time (seconds)</translation>
    </message>
    <message>
        <source>A program that sleeps forever ends here (default %L1 s)</source>
        <translation>A program that sleeps forever ends here (default %L1 s)</translation>
    </message>
    <message>
        <source>Record at most this many trace events</source>
        <translation>Record at most this many trace events</translation>
    </message>
    <message>
        <source>The timeline shows the recorded part; each million events needs roughly 100 MB (default %L1)</source>
        <translation>The timeline shows the recorded part; each million events needs roughly 100 MB (default %L1)</translation>
    </message>
</context>
<context>
    <name>ls::gui::SettingsWarning</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The settings file was damaged: default settings are in use.</source>
        <translation>The settings file was damaged: default settings are in use.</translation>
    </message>
    <message>
        <source>Some settings could not be used and were reset.</source>
        <translation>Some settings could not be used and were reset.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ls::gui::TimelineLanes</name>
    <message>
        <source>Thread: %1</source>
        <translation>Thread: %1</translation>
    </message>
    <message>
        <source>Core %1</source>
        <translation>Core %1</translation>
    </message>
</context>
<context>
    <name>ls::gui::TimelineLegend</name>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>ready, waiting for the loop</source>
        <translation>ready, waiting for the loop</translation>
    </message>
    <message>
        <source>awaiting a timer / sleeping</source>
        <translation>awaiting a timer / sleeping</translation>
    </message>
    <message>
        <source>awaiting I/O</source>
        <translation>awaiting I/O</translation>
    </message>
    <message>
        <source>awaiting a future or task</source>
        <translation>awaiting a future or task</translation>
    </message>
    <message>
        <source>await</source>
        <translation>await</translation>
    </message>
    <message>
        <source>wake-up → resume</source>
        <translation>wake-up → resume</translation>
    </message>
    <message>
        <source>waiting for a thread to finish (join)</source>
        <translation>waiting for a thread to finish (join)</translation>
    </message>
    <message>
        <source>blocked on the GIL, a lock or a queue</source>
        <translation>blocked on the GIL, a lock or a queue</translation>
    </message>
</context>
<context>
    <name>ls::gui::TimelineWidget</name>
    <message>
        <source>virtual time (%1)</source>
        <translation>virtual time (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Line %1: await — waits for %2</source>
        <translation>Line %1: await — waits for %2</translation>
    </message>
    <message>
        <source>%1: %2, %3 – %4</source>
        <translation>%1: %2, %3 – %4</translation>
    </message>
    <message>
        <source>Not recorded after %1: the trace keeps the first %2 events</source>
        <translation>Not recorded after %1: the trace keeps the first %2 events</translation>
    </message>
    <message>
        <source>Statement detail up to %1, then steps go by event</source>
        <translation>Statement detail up to %1, then steps go by event</translation>
    </message>
    <message>
        <source>%1 sleep(0) turns that resumed at once are not drawn</source>
        <extracomment>%1: how many. sleep(0) is Python code: keep it as it is</extracomment>
        <translation>%1 sleep(0) turns that resumed at once are not drawn</translation>
    </message>
    <message>
        <source>From %1: %2 sleep(0) turns that resumed at once are not drawn</source>
        <extracomment>%1: a virtual time; %2: how many. sleep(0) is Python code: keep it as it is</extracomment>
        <translation>From %1: %2 sleep(0) turns that resumed at once are not drawn</translation>
    </message>
    <message>
        <source>The trace&apos;s event budget ran short, so it gave up detail before structure: every task switch, timer, wake-up and print is drawn to the end of the run.</source>
        <translation>The trace&apos;s event budget ran short, so it gave up detail before structure: every task switch, timer, wake-up and print is drawn to the end of the run.</translation>
    </message>
    <message>
        <source>Each statement is recorded only up to %1 (the hatched strip along the time axis marks the rest); after it, stepping goes one event at a time.</source>
        <translation>Each statement is recorded only up to %1 (the hatched strip along the time axis marks the rest); after it, stepping goes one event at a time.</translation>
    </message>
    <message>
        <source>From %1 on, a task that awaited sleep(0) and was resumed at once, no other task being ready, is counted rather than drawn (%2 times): on the timeline such a turn has no width.</source>
        <translation>From %1 on, a task that awaited sleep(0) and was resumed at once, no other task being ready, is counted rather than drawn (%2 times): on the timeline such a turn has no width.</translation>
    </message>
</context>
<context>
    <name>ls::gui::TraceConsole</name>
    <message>
        <source>What the program prints appears here as the playhead reaches it.</source>
        <translation>What the program prints appears here as the playhead reaches it.</translation>
    </message>
</context>
<context>
    <name>ls::gui::TraceExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Loopscope timeline</source>
        <translation>Loopscope timeline</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Loopscope trace (*.json)</source>
        <translation>Loopscope trace (*.json)</translation>
    </message>
    <message>
        <source>Chrome trace for Perfetto (*.json)</source>
        <translation>Chrome trace for Perfetto (*.json)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot write screenshot %1</source>
        <translation>cannot write screenshot %1</translation>
    </message>
    <message>
        <source>--variant needs a lesson, and %1 is not one</source>
        <translation>--variant needs a lesson, and %1 is not one</translation>
    </message>
</context>
</TS>
