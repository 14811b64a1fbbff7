# from os import ... fails the same way.
from os import system  # expect runtime error: ModuleNotFoundError: No module named 'os' (Loopscope runs programs in a sandbox, without the computer's files, processes, network or native code; open(), aiofiles and aiohttp work on the lesson's simulated world)
