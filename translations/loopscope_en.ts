<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Run the lesson to its end, save the main window as a PNG file, and exit.</source>
        <translation>Run the lesson to its end, save the main window as a PNG file, and exit.</translation>
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
        <source>Run the program to its end and show its output</source>
        <translation>Run the program to its end and show its output</translation>
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
        <source>Loopscope stopped the program: %1</source>
        <translation>Loopscope stopped the program: %1</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot write screenshot %1</source>
        <translation>cannot write screenshot %1</translation>
    </message>
</context>
</TS>
