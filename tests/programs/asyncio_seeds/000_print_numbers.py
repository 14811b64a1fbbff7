# seed 000, "异步函数" (async functions): without an await the loop never switches;
# with `await asyncio.sleep(0)` every 5 numbers it switches. Parentheses and loop2 fixed.
import asyncio

async def print_numbers_async1(n, prefix):
    for i in range(n):
        print(prefix, i)

async def print_numbers_async2(n, prefix):
    for i in range(n):
        print(prefix, i)
        if i % 5 == 0:
            await asyncio.sleep(0)

loop1 = asyncio.new_event_loop()
count1_1 = loop1.create_task(print_numbers_async1(10, 'c1_1'))
count2_1 = loop1.create_task(print_numbers_async1(10, 'c2_1'))
loop1.run_until_complete(asyncio.wait([count1_1, count2_1]))
loop1.close()

loop2 = asyncio.new_event_loop()
count1_2 = loop2.create_task(print_numbers_async2(10, 'c1_2'))
count2_2 = loop2.create_task(print_numbers_async2(10, 'c2_2'))
loop2.run_until_complete(asyncio.wait([count1_2, count2_2]))
loop2.close()
# expect: c1_1 0
# expect: c1_1 1
# expect: c1_1 2
# expect: c1_1 3
# expect: c1_1 4
# expect: c1_1 5
# expect: c1_1 6
# expect: c1_1 7
# expect: c1_1 8
# expect: c1_1 9
# expect: c2_1 0
# expect: c2_1 1
# expect: c2_1 2
# expect: c2_1 3
# expect: c2_1 4
# expect: c2_1 5
# expect: c2_1 6
# expect: c2_1 7
# expect: c2_1 8
# expect: c2_1 9
# expect: c1_2 0
# expect: c2_2 0
# expect: c1_2 1
# expect: c1_2 2
# expect: c1_2 3
# expect: c1_2 4
# expect: c1_2 5
# expect: c2_2 1
# expect: c2_2 2
# expect: c2_2 3
# expect: c2_2 4
# expect: c2_2 5
# expect: c1_2 6
# expect: c1_2 7
# expect: c1_2 8
# expect: c1_2 9
# expect: c2_2 6
# expect: c2_2 7
# expect: c2_2 8
# expect: c2_2 9
