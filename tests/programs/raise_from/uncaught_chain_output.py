# An uncaught chained exception prints the cause first.
def load():
    try:
        {}["port"]
    except KeyError as e:
        raise ValueError("missing setting") from e  # expect runtime error: ValueError: missing setting
load()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "prog.py", line 4, in load
# expect stderr: KeyError: 'port'
# expect stderr: The above exception was the direct cause of the following exception:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "prog.py", line 7, in <module>
# expect stderr:   File "prog.py", line 6, in load
