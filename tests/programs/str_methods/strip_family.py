# strip, lstrip, rstrip with and without characters.
print("[" + "  hi  ".strip() + "]")  # expect: [hi]
print("[" + "  hi  ".lstrip() + "]")  # expect: [hi  ]
print("[" + "  hi  ".rstrip() + "]")  # expect: [  hi]
print("xxhixyx".strip("xy"))  # expect: hi
print("\t\n hi \n".strip())  # expect: hi
print("prefix_name".removeprefix("prefix_"))  # expect: name
print("file.py".removesuffix(".py"))  # expect: file
