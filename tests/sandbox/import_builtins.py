# The builtins module (and its hidden exec/open) is not importable.
import builtins  # expect runtime error: ModuleNotFoundError: No module named 'builtins' (Loopscope runs programs in a sandbox, without the computer's files, processes, network or native code; open(), aiofiles and aiohttp work on the lesson's simulated world)
