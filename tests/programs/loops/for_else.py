# for-else: else runs only if the loop wasn't broken.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([4, 5, 6], 5)  # expect: found at 1
find([4, 5, 6], 9)  # expect: not found
find([], 1)  # expect: not found
