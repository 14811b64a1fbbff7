# world: seed_000.json
# seed 000, "现实世界的例子" (a real-world example): download three pages concurrently and print
# a 3-line preview of each. Needs the simulated web (aiohttp) with these three URLs.
import aiohttp
import asyncio

async def print_preview(url):
    # connect to the server
    async with aiohttp.ClientSession() as session:
        # create get request
        async with session.get(url) as response:
            # wait for response
            response = await response.text()

            # print first 3 not empty lines
            count = 0
            lines = list(filter(lambda x: len(x) > 0, response.split('\n')))
            print('-'*80)
            for line in lines[:3]:
                print(line)
            print()

def print_all_pages():
    pages = [
        'http://textfiles.com/adventure/amforever.txt',
        'http://textfiles.com/adventure/ballyhoo.txt',
        'http://textfiles.com/adventure/bardstale.txt',
    ]

    tasks =  []
    loop = asyncio.new_event_loop()
    for page in pages:
        tasks.append(loop.create_task(print_preview(page)))

    loop.run_until_complete(asyncio.wait(tasks))
    loop.close()

print_all_pages()
# The pages arrive in latency order (0.1, 0.2, 0.3 s); each task prints its preview at once.
# expect: --------------------------------------------------------------------------------
# expect: Ballyhoo
# expect: by Infocom, 1986
# expect: A circus mystery.
# expect:
# expect: --------------------------------------------------------------------------------
# expect: THE BARD'S TALE
# expect: Tales of the Unknown
# expect: Volume I
# expect:
# expect: --------------------------------------------------------------------------------
# expect:                     AMERICA FOREVER
# expect: A text adventure walkthrough.
# expect: Part one: the beginning.
# expect:
