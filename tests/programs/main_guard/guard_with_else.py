# The else branch of the guard doesn't run for the main program.
if __name__ == "__main__":
    print("script")  # expect: script
else:
    print("imported")
