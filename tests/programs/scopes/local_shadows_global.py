# Assignment makes a name local; reading a global needs no declaration.
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)  # expect: global local global
