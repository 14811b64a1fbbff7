# Big powers are exact, and pow with a modulus stays fast.
n = 3 ** 5000
print(n % 1_000_000_007)  # expect: 22443616
print(pow(3, 10 ** 18, 1_000_000_007))  # expect: 246336683
print(len(str(7 ** 1000)))  # expect: 846
