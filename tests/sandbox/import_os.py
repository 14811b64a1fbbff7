# Importing os fails: no files, processes or environment of the host.
import os  # expect runtime error: ModuleNotFoundError: No module named 'os' (Loopscope runs programs in a sandbox, without the computer's files, processes, network or native code; open(), aiofiles and aiohttp work on the lesson's simulated world)
