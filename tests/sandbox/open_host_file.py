# open() sees only the simulated world: a real file of the host is not there.
open('/etc/passwd').read()  # expect runtime error: FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
