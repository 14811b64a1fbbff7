# world: web.json
# response.json() decodes an application/json body into Python values, keys in order.
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get('http://api.example.com/user/1') as r:
            print(r.content_type)  # expect: application/json
            data = await r.json()
            print(data)  # expect: {'id': 1, 'name': 'Ada', 'langs': ['python', 'c'], 'admin': False, 'score': 9.5, 'manager': None}
            print(data['name'], len(data['langs']))  # expect: Ada 2


asyncio.run(main())
