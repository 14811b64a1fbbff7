# Triple-quoted strings keep their newlines.
s = """line one
line two"""
print(s)
# expect: line one
# expect: line two
print(len(s.splitlines()))  # expect: 2
t = '''it's "fine"'''
print(t)  # expect: it's "fine"
