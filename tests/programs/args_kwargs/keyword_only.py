# Parameters after * are keyword-only.
def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"
print(connect("a", secure=True))  # expect: a:80 secure=True
print(connect("b", port=8080, secure=False))  # expect: b:8080 secure=False
try:
    connect("c", 81, True)
except TypeError as e:
    print(e)  # expect: connect() takes 1 positional argument but 3 were given
try:
    connect("d")
except TypeError as e:
    print(e)  # expect: connect() missing 1 required keyword-only argument: 'secure'
