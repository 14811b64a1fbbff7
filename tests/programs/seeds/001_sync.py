# seed 001, "不添加协程的代码" (code without coroutines): two blocking 1 s waits take 2 s.
from time import sleep, perf_counter

def fetch_url(url):
    print(f"Fetching {url}")
    sleep(1)
    print(f"Finished {url}")
    return 'url_content'

def read_file(file_path):
    print(f"Reading {file_path}")
    sleep(1)
    print(f"Finished {file_path}")

def main():
    url = 'example.com'
    file_path = 'example.txt'
    fetch_result = fetch_url(url)
    read_result = read_file(file_path)

if __name__ == '__main__':
    start = perf_counter()
    main()
    end = perf_counter()
    print(f"Time taken: {round(end - start, 1)}")
# expect: Fetching example.com
# expect: Finished example.com
# expect: Reading example.txt
# expect: Finished example.txt
# expect: Time taken: 2.0
