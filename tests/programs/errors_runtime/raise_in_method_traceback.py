# A traceback through a method and a nested function.
class Parser:
    def parse(self, text):
        return self._number(text)
    def _number(self, text):
        return int(text)  # expect runtime error: ValueError: invalid literal for int() with base 10: 'x1'
p = Parser()
print(p.parse("12"))  # expect: 12
p.parse("x1")
# expect stderr:   File "prog.py", line 9, in <module>
# expect stderr:   File "prog.py", line 4, in parse
# expect stderr:   File "prog.py", line 6, in _number
