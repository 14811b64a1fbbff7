# No import machinery to load modules by other routes.
import importlib  # expect runtime error: ModuleNotFoundError: No module named 'importlib' (Loopscope runs programs in a sandbox, without the computer's files, processes, network or native code; open(), aiofiles and aiohttp work on the lesson's simulated world)
