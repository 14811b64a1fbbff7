# A string with embedded newlines prints as several lines.
print("one\ntwo\n\nfour")
# expect: one
# expect: two
# expect:
# expect: four
