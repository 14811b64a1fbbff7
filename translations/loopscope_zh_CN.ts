<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Run the lesson to its end, save the main window as a PNG file, and exit.</source>
        <translation>把这一课运行到结束，将主窗口保存为 PNG 文件，然后退出。</translation>
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
        <source>Run the program to its end and show its output</source>
        <translation>把程序运行到结束，并显示它的输出</translation>
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
        <source>Loopscope stopped the program: %1</source>
        <translation>Loopscope 中止了程序：%1</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot write screenshot %1</source>
        <translation>无法写入截图 %1</translation>
    </message>
</context>
</TS>
