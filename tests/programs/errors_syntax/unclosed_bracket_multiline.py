# A list that is never closed is reported where it opens.
values = [1, 2,  # expect error: SyntaxError: '[' was never closed
          3, 4
