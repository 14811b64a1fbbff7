# Float literal forms.
print(1.5, .5, 5., 1e3, 1E-3)  # expect: 1.5 0.5 5.0 1000.0 0.001
print(1_000.5)  # expect: 1000.5
print(2.5e-3)  # expect: 0.0025
