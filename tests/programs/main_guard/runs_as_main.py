# The main guard runs when the file is the program.
def main():
    print("main ran")
print(__name__)  # expect: __main__
if __name__ == '__main__':
    main()  # expect: main ran
