print("other"
