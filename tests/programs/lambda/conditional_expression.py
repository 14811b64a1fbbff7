# A conditional expression inside a lambda.
sign = lambda n: "pos" if n > 0 else ("zero" if n == 0 else "neg")
print(sign(5), sign(0), sign(-2))  # expect: pos zero neg
