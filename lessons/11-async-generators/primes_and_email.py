# Seed 000's async generator: primes are produced with an await per division, so a second task
# (checking e-mail every 2 s) keeps running while they are computed.
import asyncio
import random

PRIMES = 8   # how many primes to find
CHECKS = 3   # how many times to check the mailbox


async def is_prime(n):
    if n < 2:
        return False
    for i in range(2, n):
        await asyncio.sleep(0)  # let the event loop run other coroutines
        if n % i == 0:
            return False
    return True


async def prime_generator(n_prime):
    counter = 0
    n = 0
    while counter < n_prime:
        n += 1
        if await is_prime(n):
            yield n  # an async generator: `async def` with `yield`
            counter += 1


async def check_email(limit):
    for i in range(limit):
        if random.random() > 0.8:
            print("1 new email")
        else:
            print("0 new email")
        await asyncio.sleep(2)


async def print_prime(n):
    async for prime in prime_generator(n):
        print("new prime number found:", prime)


def main():
    random.seed(2)  # the same mailbox every run
    loop = asyncio.new_event_loop()
    prime = loop.create_task(print_prime(PRIMES))
    email = loop.create_task(check_email(CHECKS))
    loop.run_until_complete(asyncio.wait([prime, email]))
    loop.close()


main()
