# No network: aiohttp works on the simulated web only.
import socket  # expect runtime error: ModuleNotFoundError: No module named 'socket' (Loopscope runs programs in a sandbox, without the computer's files, processes, network or native code; open(), aiofiles and aiohttp work on the lesson's simulated world)
