<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DiagnosticText</name>
    <message>
        <source>A task ran for a very long time without reaching an await (line %1). While one task runs, the event loop cannot switch to any other task: the loop is blocked. Add an await (for example await asyncio.sleep(0)) or move the work to a thread.</source>
        <translation>有一个任务运行了非常久都没有遇到 await（第 %1 行）。一个任务在运行时，事件循环无法切换到其他任何任务：事件循环被阻塞了。请加上一个 await（例如 await asyncio.sleep(0)），或者把这项工作交给线程。</translation>
    </message>
    <message>
        <source>The program ran too many steps without finishing (it was at line %1). Is there a loop that never ends?</source>
        <translation>程序执行了太多步仍未结束（当时在第 %1 行）。是不是有一个永远不会结束的循环？</translation>
    </message>
    <message>
        <source>The program used more memory than a lesson may use (at line %1).</source>
        <translation>程序使用的内存超过了一节课允许的上限（在第 %1 行）。</translation>
    </message>
    <message>
        <source>Every task is waiting for something that nothing will ever complete: the program can never finish (deadlock). The console lists what each task waits for.</source>
        <translation>每个任务都在等待一件永远不会完成的事：程序永远无法结束（死锁）。控制台列出了每个任务在等什么。</translation>
    </message>
    <message>
        <source>The event loop has nothing left to do and nothing will ever wake it: run_forever() would wait forever. Call loop.stop() when the work is done.</source>
        <translation>事件循环已经无事可做，也不会有任何东西唤醒它：run_forever() 将永远等下去。工作完成后请调用 loop.stop()。</translation>
    </message>
    <message>
        <source>The program would wait far into the future of the virtual clock; Loopscope stopped it at line %1.</source>
        <translation>程序要在虚拟时钟上等待到非常遥远的将来；Loopscope 在第 %1 行中止了它。</translation>
    </message>
    <message>
        <source>You cancelled the run (it was at line %1).</source>
        <translation>你取消了这次运行（当时在第 %1 行）。</translation>
    </message>
    <message>
        <source>Loopscope stopped the program: %1</source>
        <translation>Loopscope 中止了程序：%1</translation>
    </message>
    <message>
        <source>“coroutine … was never awaited”: calling an async function only creates a coroutine object; none of its code runs until you await it (await f()) or wrap it in a task (asyncio.create_task(f())).</source>
        <translation>“coroutine … was never awaited”（协程从未被 await）：调用一个 async 函数只会创建一个协程对象；在你 await 它（await f()）或把它包装成任务（asyncio.create_task(f())）之前，它的代码一行都不会运行。</translation>
    </message>
    <message>
        <source>“Task exception was never retrieved”: a task raised an exception, but nobody awaited the task or asked for its result, so the error went unnoticed until the task was destroyed. Await the task (or gather it) to handle its exception.</source>
        <translation>“Task exception was never retrieved”（任务的异常从未被获取）：某个任务抛出了异常，但没有人 await 这个任务或取它的结果，所以直到任务被销毁时这个错误都没人注意到。请 await 这个任务（或用 gather 收集它）来处理它的异常。</translation>
    </message>
    <message>
        <source>“Task was destroyed but it is pending”: the program ended while a task was still waiting. Await every task you create before the event loop closes.</source>
        <translation>“Task was destroyed but it is pending”（任务仍在等待时就被销毁了）：程序结束时还有任务在等待。请在事件循环关闭之前 await 你创建的每一个任务。</translation>
    </message>
    <message>
        <source>asyncio.run() starts a new event loop, and one is already running here. Inside a coroutine, await the other coroutine instead.</source>
        <translation>asyncio.run() 会启动一个新的事件循环，而这里已经有一个在运行了。在协程内部，请直接 await 另一个协程。</translation>
    </message>
    <message>
        <source>A future belongs to the event loop that created it; it cannot be awaited from another loop.</source>
        <translation>Future 属于创建它的那个事件循环，不能在另一个事件循环里 await 它。</translation>
    </message>
    <message>
        <source>Task %1 (%2) ran %3 steps without reaching an await (it was at line %4). While one task runs, the event loop cannot switch to any other task: the loop is blocked. Add an await (for example await asyncio.sleep(0)) or move the work to a thread.</source>
        <extracomment>%1 a task&apos;s name, %2 its coroutine, %3 a number of steps, %4 a line number</extracomment>
        <translation>任务 %1（%2）运行了 %3 步都没有遇到 await（当时在第 %4 行）。一个任务在运行时，事件循环无法切换到其他任何任务：事件循环被阻塞了。请加上一个 await（例如 await asyncio.sleep(0)），或者把这项工作放到线程里。</translation>
    </message>
    <message>
        <source>The program ran %1 steps without finishing (it was at line %2). Is there a loop that never ends?</source>
        <translation>程序执行了 %1 步仍未结束（当时在第 %2 行）。是不是有一个永远不会结束的循环？</translation>
    </message>
    <message>
        <source>%1() ran %2 steps without finishing (it was at line %3). Is there a loop that never ends?</source>
        <extracomment>%1 a function&apos;s name, %2 a number of steps, %3 a line number</extracomment>
        <translation>%1() 执行了 %2 步仍未结束（当时在第 %3 行）。是不是有一个永远不会结束的循环？</translation>
    </message>
    <message>
        <source>The program would wait until %1 of virtual time, past Loopscope&apos;s limit of %2; it was stopped at line %3.</source>
        <extracomment>%1 and %2 are times with their unit, %3 a line number</extracomment>
        <translation>程序要在虚拟时钟上一直等到 %1，超过了 Loopscope 的上限 %2；它在第 %3 行被中止。</translation>
    </message>
    <message>
        <source>The simulated world of this lesson is not valid (line %1): %2</source>
        <translation>这节课的模拟世界无效（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 已就绪</translation>
    </message>
    <message>
        <source>%1 waits for %2 at line %3</source>
        <extracomment>%1 a task, %2 what it awaits, %3 a line number</extracomment>
        <translation>%1 在第 %3 行等待%2</translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation>%1 等待%2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>%1 a thread, %2 what it is doing (&quot;waiting for a lock&quot;)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list in a sentence</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Every thread is waiting for something that no other thread will ever do: the program can never finish (deadlock). %1.</source>
        <extracomment>%1 the list of threads and what each waits for</extracomment>
        <translation>每个线程都在等待一件其他线程永远不会去做的事：程序永远无法结束（死锁）。%1。</translation>
    </message>
    <message>
        <source>Every task is waiting for something that nothing will ever complete: the program can never finish (deadlock). %1.</source>
        <extracomment>%1 the list of tasks and what each waits for</extracomment>
        <translation>每个任务都在等待一件永远不会完成的事：程序永远无法结束（死锁）。%1。</translation>
    </message>
    <message>
        <source>The program used more than %1 MB of memory (it was at line %2). Does something grow without end, such as a list appended to in a loop that never stops, or tasks created faster than they finish?</source>
        <extracomment>%1 a number of megabytes, %2 a line number</extracomment>
        <translation>程序占用的内存超过了 %1 MB（当时在第 %2 行）。是不是有什么东西在无止境地增长？比如在永不停止的循环里不断往列表追加，或者创建任务的速度比任务完成的速度还快。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) was cancelled %n time(s) and is still running</source>
        <extracomment>%1 a task&apos;s name, %2 its coroutine, %n how many times it was cancelled</extracomment>
        <translation>
            <numerusform>%1（%2）已被取消 %n 次，却仍在运行</numerusform>
        </translation>
    </message>
    <message>
        <source>The program can never end because a task ignores cancellation: it catches CancelledError and carries on. Re-raise the CancelledError (or do not catch it). %1.</source>
        <extracomment>%1 the list of tasks</extracomment>
        <translation>程序永远无法结束，因为有任务无视取消：它捕获了 CancelledError 之后继续运行。请重新抛出 CancelledError（或者不要捕获它）。%1。</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Loopscope: watch what Python&apos;s asyncio event loop does.</source>
        <translation>Loopscope（事件循环显微镜）：看 Python asyncio 的事件循环在做什么。</translation>
    </message>
    <message>
        <source>Open a lesson: a .py file, or a folder (its first .py file).</source>
        <translation>打开一课：一个 .py 文件，或一个文件夹（打开其中第一个 .py 文件）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>User interface language: %1.</source>
        <translation>界面语言：%1。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos; (available: %2)</source>
        <translation>未知的语言“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>Run the lesson, save the main window as a PNG file (the run at its end, or at --at), and exit.</source>
        <translation>运行这一课，把主窗口保存为 PNG 文件（显示运行结束时的样子，或 --at 指定的时刻），然后退出。</translation>
    </message>
    <message>
        <source>The lesson variant to open (default: the lesson&apos;s first).</source>
        <translation>要打开的课程版本（默认：这一课的第一个）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>With --screenshot: show the run at this virtual time instead of its end.</source>
        <translation>与 --screenshot 一起使用：显示运行在这个虚拟时刻的样子，而不是结束时。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>--at needs a number of seconds (0 or more), not &apos;%1&apos;</source>
        <translation>--at 需要一个秒数（0 或更大），而不是“%1”</translation>
    </message>
    <message>
        <source>Instructions a core runs per unit of virtual time, so that computing takes time (0: instructions take no time). Replaces the lesson&apos;s value.</source>
        <translation>每个核心在一个虚拟时间单位内执行的指令数，让计算也花费时间（0：指令不花时间）。会替换课程里的设置。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Stop a run after this many bytecode instructions (default 200000000).</source>
        <translation>运行执行这么多条字节码指令后停止（默认 200000000）。</translation>
    </message>
    <message>
        <source>--ips needs a number of instructions (0 or more), not &apos;%1&apos;</source>
        <translation>--ips 需要一个指令数（0 或更大），而不是“%1”</translation>
    </message>
    <message>
        <source>--max-steps needs a whole number of steps (1 or more), not &apos;%1&apos;</source>
        <translation>--max-steps 需要一个整数步数（1 或更大），而不是“%1”</translation>
    </message>
</context>
<context>
    <name>LessonLocator</name>
    <message>
        <source>No such file or folder: %1</source>
        <translation>没有这个文件或文件夹：%1</translation>
    </message>
    <message>
        <source>No .py file in folder %1</source>
        <translation>文件夹 %1 中没有 .py 文件</translation>
    </message>
</context>
<context>
    <name>LessonSession</name>
    <message>
        <source>No lesson in %1</source>
        <translation>%1 中没有课程</translation>
    </message>
    <message>
        <source>The lesson has no variant &apos;%1&apos;</source>
        <translation>这一课没有名为“%1”的版本</translation>
    </message>
</context>
<context>
    <name>SettingsRepair</name>
    <message>
        <source>The settings file %1 was damaged and has been removed; Loopscope started with the default settings.</source>
        <translation>设置文件 %1 已损坏并已删除；事件循环显微镜已使用默认设置启动。</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged; Loopscope started with the default settings. The damaged file was kept as %2.</source>
        <translation>设置文件 %1 已损坏；事件循环显微镜已使用默认设置启动。损坏的文件已保留为 %2。</translation>
    </message>
    <message>
        <source>Some settings in %1 had values Loopscope cannot use and were reset to their defaults: %2.</source>
        <translation>%1 中有些设置的值无法使用，已恢复为默认值：%2。</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Recover unsaved edits</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>Loopscope found edits to %1 that were not saved when it last closed. Restore them?</source>
        <translation>Loopscope 发现上次关闭时 %1 有未保存的修改。要恢复它们吗？</translation>
    </message>
</context>
<context>
    <name>ls::gui::CodeEditor</name>
    <message>
        <source>Line %1 has %L2 characters, too long to edit here. Lines that long are shown shortened and the program is read-only; Run and Save use the whole program, unchanged. To change it, edit the file in another editor and open it again.</source>
        <translation>第 %1 行有 %L2 个字符，太长了，无法在这里编辑。这么长的行只显示开头一段，程序为只读；“运行”和“保存”使用完整、未改动的程序。要修改它，请在其他编辑器中编辑该文件，然后重新打开。</translation>
    </message>
</context>
<context>
    <name>ls::gui::CompareView</name>
    <message>
        <source>%1 — %2 in total</source>
        <translation>%1 — 共 %2</translation>
    </message>
    <message>
        <source>%1 — %2 in total (no speedup: a run took no virtual time)</source>
        <translation>%1 — 共 %2（无法计算加速比：有一次运行没有用掉虚拟时间）</translation>
    </message>
    <message>
        <source>%1 — %2 in total, %3× the speed of %4</source>
        <translation>%1 — 共 %2，速度是“%4”的 %3 倍</translation>
    </message>
    <message>
        <source>virtual time (%1)</source>
        <translation>虚拟时间（%1）</translation>
    </message>
</context>
<context>
    <name>ls::gui::ConsoleView</name>
    <message>
        <source>[… this line is too long to show in full]</source>
        <translation>[… 这一行太长，无法完整显示]</translation>
    </message>
</context>
<context>
    <name>ls::gui::LessonBrowser</name>
    <message>
        <source>Lessons with errors</source>
        <translation>有错误的课程</translation>
    </message>
</context>
<context>
    <name>ls::gui::LessonPage</name>
    <message>
        <source>Variant:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Which version of the program to run</source>
        <translation>运行程序的哪个版本</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Run the variants side by side on one time axis</source>
        <translation>在同一条时间轴上并排运行各个版本</translation>
    </message>
</context>
<context>
    <name>ls::gui::LoopNarrator</name>
    <message>
        <source>main program</source>
        <translation>主程序</translation>
    </message>
    <message>
        <source>thread %1</source>
        <translation>线程 %1</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes of virtual time</comment>
        <translation>分钟</translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds of virtual time</comment>
        <translation>秒</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number, %2 the unit (&quot;s&quot; or &quot;min&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>waiting for a timer</source>
        <translation>等待定时器</translation>
    </message>
    <message>
        <source>waiting for a future</source>
        <translation>等待 Future</translation>
    </message>
    <message>
        <source>waiting for a task</source>
        <translation>等待另一个任务</translation>
    </message>
    <message>
        <source>waiting for I/O</source>
        <translation>等待 I/O</translation>
    </message>
    <message>
        <source>waiting for a lock</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>ready, waiting for the loop</source>
        <translation>就绪，等待事件循环</translation>
    </message>
    <message>
        <source>awaiting a timer / sleeping</source>
        <translation>等待定时器 / 睡眠</translation>
    </message>
    <message>
        <source>awaiting I/O</source>
        <translation>等待 I/O</translation>
    </message>
    <message>
        <source>awaiting a future or task</source>
        <translation>等待 Future 或任务</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>尚未启动</translation>
    </message>
    <message>
        <source>waiting for the GIL</source>
        <translation>等待 GIL</translation>
    </message>
    <message>
        <source>waiting for a core</source>
        <translation>等待空闲的核心</translation>
    </message>
    <message>
        <source>sleeping (time.sleep)</source>
        <translation>睡眠中（time.sleep）</translation>
    </message>
    <message>
        <source>waiting for another thread (join)</source>
        <translation>等待另一个线程（join）</translation>
    </message>
    <message>
        <source>blocked (%1)</source>
        <translation>阻塞（%1）</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>a future</source>
        <translation>一个 Future</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>The run recorded no events.</source>
        <translation>这次运行没有记录到任何事件。</translation>
    </message>
    <message>
        <source>The program has not started yet. Press Play or step forward.</source>
        <translation>程序还没有开始。请按“播放”或单步前进。</translation>
    </message>
    <message>
        <source>The program has finished after %1 of virtual time.</source>
        <translation>程序已结束，共用了 %1 虚拟时间。</translation>
    </message>
    <message>
        <source>%1 is created; its first step waits in the ready queue.</source>
        <translation>%1 被创建；它的第一步在就绪队列中等待。</translation>
    </message>
    <message>
        <source>The loop takes %1 from the ready queue and runs its first step.</source>
        <translation>事件循环从就绪队列取出 %1，运行它的第一步。</translation>
    </message>
    <message>
        <source>The loop resumes %1 where it stopped at its await.</source>
        <translation>事件循环让 %1 从上次停下的 await 处继续运行。</translation>
    </message>
    <message>
        <source>%1 yields with sleep(0) on line %2 and goes to the back of the ready queue.</source>
        <translation>%1 在第 %2 行通过 sleep(0) 让出控制权，排到就绪队列的末尾。</translation>
    </message>
    <message>
        <source>%1 stops at the await on line %2 until its timer is due at %3; the loop runs something else.</source>
        <translation>%1 停在第 %2 行的 await，直到它的定时器在 %3 到期；事件循环先去运行别的。</translation>
    </message>
    <message>
        <source>%1 stops at the await on line %2 and waits for %3; control returns to the loop.</source>
        <translation>%1 停在第 %2 行的 await，等待%3；控制权交还给事件循环。</translation>
    </message>
    <message>
        <source>%1 returns; the tasks awaiting it can continue.</source>
        <translation>%1 返回；等待它的任务可以继续了。</translation>
    </message>
    <message>
        <source>%1 ends with an exception: %2.</source>
        <translation>%1 因异常而结束：%2。</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 被取消了。</translation>
    </message>
    <message>
        <source>A new pass of the event loop begins; nothing is ready yet.</source>
        <translation>事件循环开始新的一轮；还没有就绪的任务。</translation>
    </message>
    <message numerus="yes">
        <source>A new pass of the event loop: %n task(s) ready, %1 runs next.</source>
        <translation>
            <numerusform>事件循环开始新的一轮：%n 个任务就绪，下一个运行 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ready queue is empty, so the clock jumps to %1, when the timer of %2 is due.</source>
        <translation>就绪队列是空的，所以时钟直接跳到 %1，那时 %2 的定时器到期。</translation>
    </message>
    <message>
        <source>The ready queue is empty, so the clock jumps to %1, when the next timer is due.</source>
        <translation>就绪队列是空的，所以时钟直接跳到 %1，那时下一个定时器到期。</translation>
    </message>
    <message>
        <source>%1 sets a timer due at %2.</source>
        <translation>%1 设置了一个在 %2 到期的定时器。</translation>
    </message>
    <message>
        <source>%1 prints on line %2.</source>
        <translation>%1 在第 %2 行输出。</translation>
    </message>
    <message>
        <source>%1 runs line %2: %3</source>
        <translation>%1 运行第 %2 行：%3</translation>
    </message>
    <message>
        <source>The loop runs the callback %1.</source>
        <translation>事件循环运行回调 %1。</translation>
    </message>
    <message>
        <source>A new thread is created: %1.</source>
        <translation>创建了一个新线程：%1。</translation>
    </message>
    <message>
        <source>%1 starts.</source>
        <translation>%1 开始运行。</translation>
    </message>
    <message>
        <source>%1 finishes.</source>
        <translation>%1 结束了。</translation>
    </message>
    <message>
        <source>%1 stops running: %2.</source>
        <translation>%1 停止运行：%2。</translation>
    </message>
    <message>
        <source>%1 may run again once it gets the GIL and a core.</source>
        <translation>%1 拿到 GIL 和一个核心后就可以再次运行。</translation>
    </message>
    <message>
        <source>%1 takes the GIL: only it runs Python code now.</source>
        <translation>%1 拿到了 GIL：现在只有它在运行 Python 代码。</translation>
    </message>
    <message>
        <source>%1 lets go of the GIL (%2).</source>
        <translation>%1 释放了 GIL（%2）。</translation>
    </message>
    <message>
        <source>%1 starts running on core %2.</source>
        <translation>%1 开始在核心 %2 上运行。</translation>
    </message>
    <message>
        <source>%1 leaves core %2.</source>
        <translation>%1 离开了核心 %2。</translation>
    </message>
    <message>
        <source>%1 starts I/O on %2; it completes at %3.</source>
        <translation>%1 开始对 %2 进行 I/O；它将在 %3 完成。</translation>
    </message>
    <message>
        <source>The I/O on %1 completes.</source>
        <translation>对 %1 的 I/O 完成了。</translation>
    </message>
    <message>
        <source>waiting for a lock, event or queue</source>
        <translation>等待锁、事件或队列</translation>
    </message>
    <message>
        <source>waiting for a thread to finish (join)</source>
        <translation>等待另一个线程结束（join）</translation>
    </message>
    <message>
        <source>blocked on the GIL, a lock or a queue</source>
        <translation>阻塞在 GIL、锁或队列上</translation>
    </message>
    <message>
        <source>waiting for %1 to finish (join)</source>
        <translation>等待 %1 结束（join）</translation>
    </message>
    <message>
        <source>waiting for a queue</source>
        <translation>等待队列</translation>
    </message>
    <message>
        <source>waiting for its event loop&apos;s next event</source>
        <translation>等待它的事件循环的下一个事件</translation>
    </message>
    <message>
        <source>I/O: %1</source>
        <translation>I/O：%1</translation>
    </message>
    <message>
        <source>its sleep to end (%1)</source>
        <translation>它的睡眠结束（%1）</translation>
    </message>
    <message>
        <source>the lock (%1)</source>
        <translation>锁（%1）</translation>
    </message>
    <message>
        <source>the event (%1)</source>
        <translation>事件（%1）</translation>
    </message>
    <message>
        <source>the condition (%1)</source>
        <translation>条件变量（%1）</translation>
    </message>
    <message>
        <source>the semaphore (%1)</source>
        <translation>信号量（%1）</translation>
    </message>
    <message>
        <source>an item from the queue (%1)</source>
        <translation>队列里的一个元素（%1）</translation>
    </message>
    <message>
        <source>room in the queue (%1)</source>
        <translation>队列腾出空位（%1）</translation>
    </message>
    <message>
        <source>gather() to collect every result</source>
        <translation>所有结果（gather()）</translation>
    </message>
    <message>
        <source>%1 to finish</source>
        <translation>其完成（%1）</translation>
    </message>
    <message>
        <source>%1 is woken: %2, which it awaited, is done; %1 joins the ready queue.</source>
        <translation>%1 被唤醒：它等待的 %2 已经完成；%1 进入就绪队列。</translation>
    </message>
    <message>
        <source>%1 is woken: its timer is due; it joins the ready queue.</source>
        <translation>%1 被唤醒：它的定时器到期了；它进入就绪队列。</translation>
    </message>
    <message>
        <source>%1 is woken: its I/O is done; it joins the ready queue.</source>
        <translation>%1 被唤醒：它的 I/O 完成了；它进入就绪队列。</translation>
    </message>
    <message>
        <source>%1 is woken: what it awaited is done; it joins the ready queue.</source>
        <translation>%1 被唤醒：它等待的东西已经完成；它进入就绪队列。</translation>
    </message>
    <message>
        <source>%1 sets a timer for %2, due at %3.</source>
        <extracomment>%1 a task, %2 what the timer is for (&quot;sleep(1.0)&quot;, &quot;tick()&quot;), %3 a time</extracomment>
        <translation>%1 为 %2 设置了一个定时器，在 %3 到期。</translation>
    </message>
    <message>
        <source>The timer for %1 is due: its callback joins the ready queue.</source>
        <translation>%1 的定时器到期了：它的回调进入就绪队列。</translation>
    </message>
    <message>
        <source>A timer is due: its callback joins the ready queue.</source>
        <translation>一个定时器到期了：它的回调进入就绪队列。</translation>
    </message>
    <message>
        <source>a timer</source>
        <translation>一个定时器</translation>
    </message>
    <message>
        <source>%1 cancels the timer for %2 before it is due; it will never fire.</source>
        <translation>%1 在 %2 的定时器到期之前取消了它；它永远不会触发。</translation>
    </message>
    <message>
        <source>%1 writes to stderr (shown in red in the console).</source>
        <translation>%1 向 stderr 写入（在控制台中以红色显示）。</translation>
    </message>
    <message>
        <source>The recording ends here: the trace&apos;s event budget ran out. Later Loopscope stopped the program: %1</source>
        <extracomment>%1 why the run was stopped (a sentence or two)</extracomment>
        <translation>记录到此为止：轨迹的事件预算已用完。之后 Loopscope 中止了程序：%1</translation>
    </message>
    <message>
        <source>Loopscope stopped the program here, after %1 of virtual time: %2</source>
        <extracomment>%1 the time, %2 why the run was stopped (a sentence or two)</extracomment>
        <translation>Loopscope 在这里中止了程序（已用 %1 虚拟时间）：%2</translation>
    </message>
</context>
<context>
    <name>ls::gui::LoopPanel</name>
    <message>
        <source>Running now</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Ready queue (next first)</source>
        <translation>就绪队列（下一个在最前）</translation>
    </message>
    <message>
        <source>Timers (earliest first)</source>
        <translation>定时器（最早到期的在最前）</translation>
    </message>
    <message>
        <source>Waiting at an await</source>
        <translation>停在 await 处等待</translation>
    </message>
    <message>
        <source>Who awaits whom</source>
        <translation>谁在等待谁</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Run a program to see what its event loop does.</source>
        <translation>运行一个程序，看看它的事件循环在做什么。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>the event loop itself (no task is running)</source>
        <translation>事件循环本身（没有任务在运行）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>due at %1 — %2</source>
        <translation>%1 到期 — %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> awaits </source>
        <translation> 等待 </translation>
    </message>
    <message>
        <source>no task awaits another task</source>
        <translation>没有任务在等待另一个任务</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (holds the GIL)</source>
        <translation>（持有 GIL）</translation>
    </message>
    <message>
        <source>Core %1: runs %2</source>
        <translation>核心 %1：运行 %2</translation>
    </message>
    <message>
        <source>Core %1: idle</source>
        <translation>核心 %1：空闲</translation>
    </message>
    <message>
        <source>due at %1 — %2: %3</source>
        <extracomment>%1 a time, %2 the task that set the timer, %3 what it is for (&quot;sleep(1.0)&quot;, &quot;tick()&quot;)</extracomment>
        <translation>%1 到期 — %2：%3</translation>
    </message>
    <message>
        <source>%1 — waits for %2, line %3</source>
        <extracomment>%1 a task, %2 what it awaits (&quot;the lock (Lock.acquire())&quot;, &quot;task Task-3&quot;), %3 a line number</extracomment>
        <translation>%1 — 等待%2，第 %3 行</translation>
    </message>
</context>
<context>
    <name>ls::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Python program</source>
        <translation>打开一个 Python 程序</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>Quit Loopscope</source>
        <translation>退出 Loopscope</translation>
    </message>
    <message>
        <source>&amp;Run Program</source>
        <translation>运行程序(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Loopscope</source>
        <translation>关于 Loopscope(&amp;A)</translation>
    </message>
    <message>
        <source>Show what Loopscope is</source>
        <translation>介绍 Loopscope</translation>
    </message>
    <message>
        <source>Show the user interface in %1</source>
        <translation>将界面语言切换为 %1</translation>
    </message>
    <message>
        <source>Write a Python program here, or open one with File &gt; Open…, then press F5 to run it.</source>
        <translation>在这里编写 Python 程序，或通过“文件 &gt; 打开…”打开一个，然后按 F5 运行。</translation>
    </message>
    <message>
        <source>The program&apos;s output appears here.</source>
        <translation>程序的输出显示在这里。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>Finished with exit code %1</source>
        <translation>已结束，退出码 %1</translation>
    </message>
    <message>
        <source>%1[*] — Loopscope</source>
        <translation>%1[*] — Loopscope 事件循环显微镜</translation>
    </message>
    <message>
        <source>untitled.py</source>
        <translation>未命名.py</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open Python Program</source>
        <translation>打开 Python 程序</translation>
    </message>
    <message>
        <source>Python programs (*.py);;All files (*)</source>
        <translation>Python 程序 (*.py);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loopscope</source>
        <translation>Loopscope</translation>
    </message>
    <message>
        <source>Program finished with exit code %1.</source>
        <translation>程序已结束，退出码为 %1。</translation>
    </message>
    <message>
        <source>About Loopscope</source>
        <translation>关于 Loopscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loopscope %1&lt;/h3&gt;&lt;p&gt;Loopscope runs Python programs on a virtual clock and shows what asyncio&apos;s event loop does: which task runs, where it waits, and how long everything takes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Loopscope（事件循环显微镜）%1&lt;/h3&gt;&lt;p&gt;Loopscope 在虚拟时钟上运行 Python 程序，并展示 asyncio 的事件循环在做什么：哪个任务在运行、它在哪里等待、每件事花了多长时间。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the program</source>
        <translation>保存程序</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the program under a new name</source>
        <translation>用新名字保存程序</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>撤销上一次编辑</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>重做上一次撤销的编辑</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Cut the selection to the clipboard</source>
        <translation>把选中内容剪切到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selection to the clipboard</source>
        <translation>把选中内容复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste the clipboard</source>
        <translation>粘贴剪贴板的内容</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select the whole program</source>
        <translation>选中整个程序</translation>
    </message>
    <message>
        <source>Run the program and show what the event loop did</source>
        <translation>运行程序，并展示事件循环做了什么</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running program</source>
        <translation>停止正在运行的程序</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put the panels back where they were at first start</source>
        <translation>把各个面板恢复到首次启动时的位置</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Show the version of Qt that Loopscope uses</source>
        <translation>显示 Loopscope 使用的 Qt 版本</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>运行已取消</translation>
    </message>
    <message>
        <source>Finished with exit code %1 — %2 of virtual time, computed in %3 ms</source>
        <translation>已结束，退出码 %1 —— 虚拟时间 %2，计算用时 %3 毫秒</translation>
    </message>
    <message>
        <source>Could not write a recovery copy to %1</source>
        <translation>无法把恢复副本写入 %1</translation>
    </message>
    <message>
        <source>Kept the current program: it has unsaved changes.</source>
        <translation>保留了当前程序：它有未保存的修改。</translation>
    </message>
    <message>
        <source>Save Program As</source>
        <translation>程序另存为</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation>导出追踪记录</translation>
    </message>
    <message>
        <source>Export Chrome Trace</source>
        <translation>导出 Chrome 追踪记录</translation>
    </message>
    <message>
        <source>Open &amp;Lesson Folder…</source>
        <translation>打开课程文件夹(&amp;L)…</translation>
    </message>
    <message>
        <source>Add a folder of lessons (or one lesson) to the lesson browser</source>
        <translation>把一个课程文件夹（或单独一课）加入课程浏览器</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Trace as &amp;JSON…</source>
        <translation>追踪记录（&amp;JSON）…</translation>
    </message>
    <message>
        <source>Save every event of the last run as JSON (Loopscope&apos;s trace format)</source>
        <translation>把上一次运行的每个事件保存为 JSON（Loopscope 的追踪格式）</translation>
    </message>
    <message>
        <source>Trace for &amp;Chrome / Perfetto…</source>
        <translation>用于 &amp;Chrome / Perfetto 的追踪记录…</translation>
    </message>
    <message>
        <source>Save the last run in Chrome&apos;s trace event format, to open in Perfetto</source>
        <translation>把上一次运行保存为 Chrome 追踪事件格式，可以在 Perfetto 中打开</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Open Lesson Folder</source>
        <translation>打开课程文件夹</translation>
    </message>
    <message>
        <source>%1 is not a lesson folder</source>
        <translation>%1 不是课程文件夹</translation>
    </message>
    <message>
        <source>No lessons in %1</source>
        <translation>%1 中没有课程</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>The scenario parameters change the lesson&apos;s program; your edited program is kept as it is. Save or discard your edits to use them.</source>
        <translation>场景参数修改的是课程自带的程序；你编辑过的程序保持不变。保存或放弃你的修改后才能使用这些参数。</translation>
    </message>
    <message>
        <source>The lesson&apos;s files have errors: %1</source>
        <translation>课程文件有错误：%1</translation>
    </message>
    <message>
        <source>The lesson could not be reloaded:
%1</source>
        <translation>无法重新加载这一课：
%1</translation>
    </message>
    <message>
        <source>Reloaded the lesson from disk</source>
        <translation>已从磁盘重新加载这一课</translation>
    </message>
    <message>
        <source>Make your prediction first: the run is revealed here once you have answered.</source>
        <translation>先做出你的预测：你回答之后，运行过程会在这里揭晓。</translation>
    </message>
    <message>
        <source>The question is about this line</source>
        <translation>问题问的就是这一行</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>&amp;Timeline as Image…</source>
        <translation>时间线图片(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the timeline (or the comparison) as a PNG, SVG or PDF file</source>
        <translation>把时间线（或对比视图）保存为 PNG、SVG 或 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Compare Variants</source>
        <translation>对比各个版本(&amp;C)</translation>
    </message>
    <message>
        <source>Run the lesson&apos;s variants and show them on one time axis, with total time and speedup</source>
        <translation>运行这一课的各个版本，把它们放在同一条时间轴上显示，并给出总用时和加速比</translation>
    </message>
    <message>
        <source>Preparing the timeline…</source>
        <translation>正在准备时间线…</translation>
    </message>
    <message>
        <source>Run &amp;Settings…</source>
        <translation>运行设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Give instructions a cost in virtual time, or change the budgets that stop runaway programs</source>
        <translation>让指令花费虚拟时间，或修改用来中止失控程序的预算</translation>
    </message>
    <message>
        <source>The next run uses these settings (F5 runs the program)</source>
        <translation>下一次运行将使用这些设置（按 F5 运行程序）</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other task(s)</source>
        <translation>
            <numerusform>%1 和另外 %n 个任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::gui::ParameterPanel</name>
    <message>
        <source>Scenario</source>
        <translation>场景参数</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Put every parameter back to the lesson&apos;s value</source>
        <translation>把每个参数恢复为课程设定的值</translation>
    </message>
    <message>
        <source>Drag to change %1; the run updates as you drag</source>
        <translation>拖动以修改“%1”；运行结果会随着拖动实时更新</translation>
    </message>
</context>
<context>
    <name>ls::gui::PlaybackBar</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>the playhead&apos;s virtual time / the run&apos;s total</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>To Start</source>
        <translation>回到开头</translation>
    </message>
    <message>
        <source>Go to the start (Home)</source>
        <translation>回到开头（Home）</translation>
    </message>
    <message>
        <source>Previous Task Switch</source>
        <translation>上一次任务切换</translation>
    </message>
    <message>
        <source>Back to the previous task switch (Shift+Left)</source>
        <translation>后退到上一次任务切换（Shift+左方向键）</translation>
    </message>
    <message>
        <source>Step Back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Back one statement (Left)</source>
        <translation>后退一条语句（左方向键）</translation>
    </message>
    <message>
        <source>Step Forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Forward one statement (Right)</source>
        <translation>前进一条语句（右方向键）</translation>
    </message>
    <message>
        <source>Next Task Switch</source>
        <translation>下一次任务切换</translation>
    </message>
    <message>
        <source>Forward to the next task switch (Shift+Right)</source>
        <translation>前进到下一次任务切换（Shift+右方向键）</translation>
    </message>
    <message>
        <source>To End</source>
        <translation>跳到结尾</translation>
    </message>
    <message>
        <source>Go to the end (End)</source>
        <translation>跳到结尾（End）</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Drag to move through the run</source>
        <translation>拖动以浏览整个运行过程</translation>
    </message>
    <message>
        <source>No statement detail after %1: the trace&apos;s event budget ran short, so from there on it keeps task switches, timers and output but not each statement, and a step goes one event forward or back.</source>
        <translation>%1 之后没有语句级细节：追踪记录的事件预算不够用了，从那里起只保留任务切换、定时器和输出，不再逐条记录语句；单步前进或后退一次走一个事件。</translation>
    </message>
    <message>
        <source>Back one event (Left)</source>
        <translation>后退一个事件（左方向键）</translation>
    </message>
    <message>
        <source>Forward one event (Right)</source>
        <translation>前进一个事件（右方向键）</translation>
    </message>
</context>
<context>
    <name>ls::gui::QuizPanel</name>
    <message>
        <source>✓ Right!</source>
        <translation>✓ 答对了！</translation>
    </message>
    <message>
        <source>✗ Not quite. The answer is: %1</source>
        <translation>✗ 不太对。正确答案是：%1</translation>
    </message>
    <message>
        <source>Predict: what prints next?</source>
        <translation>预测：接下来会打印什么？</translation>
    </message>
    <message>
        <source>Predict: how long will this take?</source>
        <translation>预测：这要花多长时间？</translation>
    </message>
    <message>
        <source>Predict: which task runs next?</source>
        <translation>预测：接下来哪个任务运行？</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Check your answer, then watch the run</source>
        <translation>核对你的答案，然后观看运行过程</translation>
    </message>
    <message>
        <source>Show the run</source>
        <translation>显示运行过程</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>重新作答</translation>
    </message>
    <message>
        <source>Forget your answer and answer once more</source>
        <translation>忘掉之前的答案，再回答一次</translation>
    </message>
</context>
<context>
    <name>ls::gui::RunProgress</name>
    <message>
        <source>Running… %1 s</source>
        <translation>运行中… %1 秒</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running program (Esc)</source>
        <translation>停止正在运行的程序（Esc）</translation>
    </message>
    <message>
        <source>Indexing the trace (step 1 of 2)… %1 s</source>
        <translation>正在为追踪记录建立索引（第 1 步，共 2 步）… %1 秒</translation>
    </message>
    <message>
        <source>Laying out the timeline (step 2 of 2)… %1 s</source>
        <translation>正在排布时间线（第 2 步，共 2 步）… %1 秒</translation>
    </message>
</context>
<context>
    <name>ls::gui::RunSettingsDialog</name>
    <message>
        <source>Run Settings</source>
        <translation>运行设置</translation>
    </message>
    <message>
        <source>Ticked settings replace the program&apos;s own (a lesson&apos;s, or Loopscope&apos;s defaults) for every run from now on. Unticked ones keep them.</source>
        <translation>勾选的设置会替换程序自己的设置（课程里的，或 Loopscope 的默认值），从现在起对每次运行都有效。没有勾选的保持原样。</translation>
    </message>
    <message>
        <source>Computing takes time: instructions per second</source>
        <translation>计算也花时间：每秒执行的指令数</translation>
    </message>
    <message>
        <source>Without this, instructions take no virtual time: a CPU-bound program finishes at 0 s and its whole timeline sits at one instant.</source>
        <translation>不设置的话，指令不花虚拟时间：CPU 密集的程序在 0 秒就结束，整条时间线都挤在同一个时刻。</translation>
    </message>
    <message>
        <source>Stop after this many steps</source>
        <translation>执行这么多步后停止</translation>
    </message>
    <message>
        <source>Bytecode instructions in the whole run (default %L1)</source>
        <translation>整次运行中的字节码指令数（默认 %L1）</translation>
    </message>
    <message>
        <source>Stop a task that runs this many steps without an await</source>
        <translation>任务连续执行这么多步都没有遇到 await 时停止</translation>
    </message>
    <message>
        <source>A task that never reaches an await blocks the event loop (default %L1)</source>
        <translation>一个永远不遇到 await 的任务会阻塞事件循环（默认 %L1）</translation>
    </message>
    <message>
        <source>Stop at this virtual time (seconds)</source>
        <translation>到这个虚拟时间时停止（秒）</translation>
    </message>
    <message>
        <source>A program that sleeps forever ends here (default %L1 s)</source>
        <translation>永远在睡眠的程序会在这里结束（默认 %L1 秒）</translation>
    </message>
    <message>
        <source>Record at most this many trace events</source>
        <translation>最多记录这么多个追踪事件</translation>
    </message>
    <message>
        <source>The timeline shows the recorded part; each million events needs roughly 100 MB (default %L1)</source>
        <translation>时间线显示记录下来的部分；每一百万个事件大约需要 100 MB 内存（默认 %L1）</translation>
    </message>
</context>
<context>
    <name>ls::gui::SettingsWarning</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The settings file was damaged: default settings are in use.</source>
        <translation>设置文件已损坏：正在使用默认设置。</translation>
    </message>
    <message>
        <source>Some settings could not be used and were reset.</source>
        <translation>有些设置无法使用，已被重置。</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>ls::gui::TimelineLanes</name>
    <message>
        <source>Thread: %1</source>
        <translation>线程：%1</translation>
    </message>
    <message>
        <source>Core %1</source>
        <translation>核心 %1</translation>
    </message>
</context>
<context>
    <name>ls::gui::TimelineLegend</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>ready, waiting for the loop</source>
        <translation>就绪，等待事件循环</translation>
    </message>
    <message>
        <source>awaiting a timer / sleeping</source>
        <translation>等待定时器 / 睡眠</translation>
    </message>
    <message>
        <source>awaiting I/O</source>
        <translation>等待 I/O</translation>
    </message>
    <message>
        <source>awaiting a future or task</source>
        <translation>等待 Future 或任务</translation>
    </message>
    <message>
        <source>await</source>
        <translation>await</translation>
    </message>
    <message>
        <source>wake-up → resume</source>
        <translation>唤醒 → 继续运行</translation>
    </message>
    <message>
        <source>waiting for a thread to finish (join)</source>
        <translation>等待另一个线程结束（join）</translation>
    </message>
    <message>
        <source>blocked on the GIL, a lock or a queue</source>
        <translation>阻塞在 GIL、锁或队列上</translation>
    </message>
</context>
<context>
    <name>ls::gui::TimelineWidget</name>
    <message>
        <source>virtual time (%1)</source>
        <translation>虚拟时间（%1）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Line %1: await — waits for %2</source>
        <translation>第 %1 行：await — 等待%2</translation>
    </message>
    <message>
        <source>%1: %2, %3 – %4</source>
        <translation>%1：%2，%3 – %4</translation>
    </message>
    <message>
        <source>Not recorded after %1: the trace keeps the first %2 events</source>
        <translation>%1 之后未记录：追踪记录只保留前 %2 个事件</translation>
    </message>
    <message>
        <source>Statement detail up to %1, then steps go by event</source>
        <translation>语句级细节只记录到 %1，之后逐个事件单步</translation>
    </message>
    <message>
        <source>%1 sleep(0) turns that resumed at once are not drawn</source>
        <extracomment>%1: how many. sleep(0) is Python code: keep it as it is</extracomment>
        <translation>另有 %1 次 sleep(0) 后立即继续运行的轮转未画出</translation>
    </message>
    <message>
        <source>From %1: %2 sleep(0) turns that resumed at once are not drawn</source>
        <extracomment>%1: a virtual time; %2: how many. sleep(0) is Python code: keep it as it is</extracomment>
        <translation>从 %1 起：%2 次 sleep(0) 后立即继续运行的轮转未画出</translation>
    </message>
    <message>
        <source>The trace&apos;s event budget ran short, so it gave up detail before structure: every task switch, timer, wake-up and print is drawn to the end of the run.</source>
        <translation>追踪记录的事件预算不够用了，于是先舍弃细节、保留结构：每一次任务切换、定时器、唤醒和输出都一直画到运行结束。</translation>
    </message>
    <message>
        <source>Each statement is recorded only up to %1 (the hatched strip along the time axis marks the rest); after it, stepping goes one event at a time.</source>
        <translation>逐条语句只记录到 %1（时间轴上方的斜线条标出其余部分）；此后单步一次走一个事件。</translation>
    </message>
    <message>
        <source>From %1 on, a task that awaited sleep(0) and was resumed at once, no other task being ready, is counted rather than drawn (%2 times): on the timeline such a turn has no width.</source>
        <translation>从 %1 起，任务 await sleep(0) 后因没有别的任务就绪而立即继续运行的情况只计数、不画出（共 %2 次）：在时间线上这样的轮转本来就没有宽度。</translation>
    </message>
</context>
<context>
    <name>ls::gui::TraceConsole</name>
    <message>
        <source>What the program prints appears here as the playhead reaches it.</source>
        <translation>播放头走到哪里，程序在那之前输出的内容就显示在这里。</translation>
    </message>
</context>
<context>
    <name>ls::gui::TraceExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Loopscope timeline</source>
        <translation>Loopscope 时间线</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Loopscope trace (*.json)</source>
        <translation>Loopscope 轨迹 (*.json)</translation>
    </message>
    <message>
        <source>Chrome trace for Perfetto (*.json)</source>
        <translation>Chrome 轨迹，可用 Perfetto 打开 (*.json)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot write screenshot %1</source>
        <translation>无法写入截图 %1</translation>
    </message>
    <message>
        <source>--variant needs a lesson, and %1 is not one</source>
        <translation>--variant 需要一个课程，而 %1 不是课程</translation>
    </message>
</context>
</TS>
