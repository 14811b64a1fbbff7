# while-else, break and continue.
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
else:
    print("no break")
print("n =", n)
# expect: even 2
# expect: even 4
# expect: even 6
# expect: n = 8
k = 3
while k:
    k -= 1
else:
    print("else ran, k =", k)  # expect: else ran, k = 0
