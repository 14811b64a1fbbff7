# No file operations on the host.
import shutil  # expect runtime error: ModuleNotFoundError: No module named 'shutil' (Loopscope runs programs in a sandbox, without the computer's files, processes, network or native code; open(), aiofiles and aiohttp work on the lesson's simulated world)
