# asyncio's subprocess support is left out too.
import asyncio.subprocess  # expect runtime error: ModuleNotFoundError: No module named 'asyncio.subprocess' (Loopscope runs programs in a sandbox, without the computer's files, processes, network or native code; open(), aiofiles and aiohttp work on the lesson's simulated world)
