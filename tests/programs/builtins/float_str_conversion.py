# float() and str() conversions, and their errors.
print(float("3.5"), float(" 2 "), float("1e-3"))  # expect: 3.5 2.0 0.001
print(float("nan") != float("nan"))  # expect: True
try:
    float("abc")
except ValueError as e:
    print(e)  # expect: could not convert string to float: 'abc'
print(str(12) + "!", str(0.5))  # expect: 12! 0.5
