# Seed 001 without coroutines: fetch a URL, then read a file; each waits 1 s, one after the other.
from time import perf_counter, sleep

DELAY = 1  # seconds each job waits


def fetch_url(url):
    print(f"Fetching {url}")
    sleep(DELAY)  # waiting for the network
    print(f"Finished {url}")
    return "url_content"


def read_file(file_path):
    print(f"Reading {file_path}")
    sleep(DELAY)  # waiting for the disk
    print(f"Finished {file_path}")
    return "file_content"


def main():
    fetch_result = fetch_url("example.com")
    read_result = read_file("example.txt")
    print(fetch_result, read_result)


if __name__ == "__main__":
    start = perf_counter()
    main()
    print(f"Time taken: {round(perf_counter() - start, 1)}")
