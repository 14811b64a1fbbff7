# A submodule of a host module fails at its top name.
import os.path  # expect runtime error: ModuleNotFoundError: No module named 'os' (Loopscope runs programs in a sandbox, without the computer's files, processes, network or native code; open(), aiofiles and aiohttp work on the lesson's simulated world)
