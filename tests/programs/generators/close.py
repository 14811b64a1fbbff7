# close() raises GeneratorExit inside the generator.
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("cleanup")
        raise
    finally:
        print("finally")
it = g()
print(next(it))  # expect: 1
it.close()
# expect: cleanup
# expect: finally
print(list(it))  # expect: []
