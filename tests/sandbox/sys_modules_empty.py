# sys has no path, no modules to reach loaded host modules.
import sys
print(sys.path)  # expect runtime error: AttributeError: module 'sys' has no attribute 'path'
