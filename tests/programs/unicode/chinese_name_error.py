# A NameError for a Chinese identifier.
try:
    print(未定义)
except NameError as e:
    print(e)  # expect: name '未定义' is not defined
