# super() in an ordinary method.
class Logger:
    def log(self, msg):
        return f"[log] {msg}"
class TimestampLogger(Logger):
    def log(self, msg):
        return super().log(f"t=0 {msg}")
print(TimestampLogger().log("hi"))  # expect: [log] t=0 hi
