# Processes get copies of their arguments; results come back through a Pool.
import multiprocessing

def grow(items):
    items.append("child")

def square(n):
    return n * n

if __name__ == "__main__":
    items = ["parent"]
    p = multiprocessing.Process(target=grow, args=(items,))
    p.start()
    p.join()
    print(items, p.exitcode, p.is_alive())
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(6)))
        print(pool.apply(square, (7,)))
# expect: ['parent'] 0 False
# expect: [0, 1, 4, 9, 16, 25]
# expect: 49
