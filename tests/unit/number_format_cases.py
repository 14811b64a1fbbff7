# Regenerates the expectation tables in tests/unit/format_test.cpp and float_repr_test.cpp from
# CPython (python3 tests/unit/number_format_cases.py prints them to /tmp/nums/*.inc).
import math
def cstr(s):
    out = '"'
    for b in s.encode('utf-8'):
        c = chr(b)
        if c in '"\\': out += '\\' + c
        elif 32 <= b < 127: out += c
        else: out += '\\x%02x""' % b
    return out + '"'
def cdouble(x):
    if math.isnan(x): return ('-' if math.copysign(1,x)<0 else '') + 'std::nan("")'
    if math.isinf(x): return ('-' if x<0 else '') + 'INFINITY'
    return float.hex(x).replace('inf','INFINITY')
reprs = [0.0,-0.0,1.0,-1.0,0.1,0.2,0.1+0.2,1/3,2/3,1e16,1e15,123456789012345678.0,1e-4,1e-5,1.5e-5,1e22,1e23,5e-324,1.7976931348623157e308,2.5,100.0,1234.5678,float('inf'),float('-inf'),float('nan'),2**53+0.0,9007199254740993.0,0.30000000000000004,1e300*10, 123e-20, 3.141592653589793, 2.718281828459045, 1e100, 12345678901234567890.0, 0.000123]
with open('/tmp/nums/float_repr_cases.inc','w') as f:
    for x in reprs:
        f.write('    {%s, %s},  // %s\n' % (cdouble(x), cstr(repr(x)), repr(x)))
fmt = []
import itertools
int_vals = [0, 1, -1, 42, -42, 255, -255, 1234, 1234567, -1234567, 2**70, -2**70, 12345678]
int_specs = ['', 'd', '5', '<5', '^7', '>7', '*^8', '=8', '+', ' ', '-', '05', '010,', '09,', '08,', ',', '_', 'x', 'X', '#x', '#X', '#o', 'o', 'b', '#b', '#010x', '#012_b', '_x', '#_x', 'e', '.2e', 'f', '.1f', 'g', '%', '.0%', 'n', '+010', ' 8', '0<10,', '中^9', 'c']
float_vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1.5, 2.5, 12.5, 100.0, 1000.0, 123.456, 1234567.891, 1e16, 1e15, 1e-5, 0.0001, 1e100, 1.23456789e-10, 9.99, 0.05, float('inf'), float('-inf'), float('nan'), 5e-324, 1e22]
float_specs = ['', '.3', '.2', '.0', '.17', 'f', '.2f', '.0f', '#.0f', 'e', '.3e', '#.0e', 'E', 'g', '.3g', '#g', 'G', '%', '.1%', ',', ',.2f', '_', '010', '+', '^+012', 'z.1f', 'z', '010.3f', '>12', '<12.2e', '*^15,.1f', 'n', 'F', '#']
str_vals = ['', 'a', 'abc', '中文', 'héllo']
str_specs = ['', 's', '5', '<5', '>5', '^5', '*^6', '05', '.2', '^7.2', '>6', 'x>4s']
errors = [(1,'x,'),(1,',x'),(1,'_,'),(1,',_'),(1.5,'d'),('a','d'),(1,'s'),('a','+'),('a','='),('a','#'),(1,'.2d'),(1,'.2'),(-1,'c'),(1,'+c'),(1,'#c'),(1,',c'),(1.5,'x'),(1,'z'),(1,'<<<'),(1,'abc'),(1,'.'),(1,'_n'),(1.5,'_n'),('a','z'),(10**400,'e'),(1,'10000000000000000000')]
def emit(f, v, s):
    kind = 'Int' if isinstance(v, int) else 'Float' if isinstance(v, float) else 'Str'
    if kind == 'Int': val = '"%d"' % v
    elif kind == 'Float': val = cdouble(v)
    else: val = cstr(v)
    try:
        r = format(v, s); f.write('    {Kind::%s, %s, %s, %s, nullptr},\n' % (kind, val if kind!='Float' else '"' + float.hex(v) + '"', cstr(s), cstr(r)))
    except Exception as e:
        f.write('    {Kind::%s, %s, %s, nullptr, %s},\n' % (kind, val if kind!='Float' else '"' + float.hex(v) + '"', cstr(s), cstr(str(e))))
with open('/tmp/nums/format_cases.inc','w') as f:
    for v in int_vals:
        for s in int_specs:
            if s == 'c' and not (0 < v < 0x110000): continue
            emit(f, v, s)
    for v in float_vals:
        for s in float_specs: emit(f, v, s)
    for v in str_vals:
        for s in str_specs: emit(f, v, s)
    for v, s in errors: emit(f, v, s)
