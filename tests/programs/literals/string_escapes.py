# Escape sequences in string literals, and raw strings.
print("tab:\tend")  # expect: tab:	end
print("quote: \" and \'")  # expect: quote: " and '
print("back\\slash")  # expect: back\slash
print(r"raw\n")  # expect: raw\n
print(len("\n"), len(r"\n"))  # expect: 1 2
print("\x41\u00e9\N{GREEK SMALL LETTER ALPHA}")  # expect: Aéα
print("a" "b" 'c')  # expect: abc
