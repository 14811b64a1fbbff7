# upper, lower, title, capitalize, swapcase.
s = "hello wORLD, it's 2024"
print(s.upper())  # expect: HELLO WORLD, IT'S 2024
print(s.lower())  # expect: hello world, it's 2024
print(s.title())  # expect: Hello World, It'S 2024
print(s.capitalize())  # expect: Hello world, it's 2024
print(s.swapcase())  # expect: HELLO World, IT'S 2024
print("ß".upper())  # expect: SS
