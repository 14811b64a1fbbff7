# The return_when constants are strings.
import asyncio

print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
# expect: FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED
