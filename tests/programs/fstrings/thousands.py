# Thousands separators.
n = 1234567
print(f"{n:,}")  # expect: 1,234,567
print(f"{n:_}")  # expect: 1_234_567
print(f"{1234567.891:,.2f}")  # expect: 1,234,567.89
print(f"{-1000:,}")  # expect: -1,000
print(f"{n:>12,}")  # expect:    1,234,567
