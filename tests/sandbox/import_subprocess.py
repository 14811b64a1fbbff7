# No processes of the host.
import subprocess  # expect runtime error: ModuleNotFoundError: No module named 'subprocess' (Loopscope runs programs in a sandbox, without the computer's files, processes, network or native code; open(), aiofiles and aiohttp work on the lesson's simulated world)
