# An uncaught ModuleNotFoundError ends the program.
print("before")  # expect: before
import not_a_real_module  # expect runtime error: ModuleNotFoundError: No module named 'not_a_real_module'
