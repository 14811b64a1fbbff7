# Regenerates tests/unit/numbers_strings_test.cpp's table: every expression's line is what
# CPython 3.11 prints for   print(EXPR, '->', repr(EXPR))   (or the exception's type and text).
# usage: python3 -W ignore tests/unit/number_str_cases.py tests/unit/number_str_expressions.txt > /tmp/cases.inc
import sys

def cstr(s):
    out = '"'
    for b in s.encode('utf-8'):
        c = chr(b)
        if c in '"\\': out += '\\' + c
        elif 32 <= b < 127: out += c
        else: out += '\\x%02x""' % b
    return out + '"'

import math, random  # the expressions may use them
for line in open(sys.argv[1]):
    expr = line.rstrip('\n')
    if not expr.strip() or expr.startswith('#'):
        continue
    try:
        result = '%s -> %r' % (expr, eval(expr))
    except Exception as ex:
        result = '%s -> %s %s' % (expr, type(ex).__name__, ex)
    print('    {%s, %s},' % (cstr(expr), cstr(result)))
