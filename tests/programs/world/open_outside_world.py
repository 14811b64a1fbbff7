# nodiff: python3 would read the real /etc/passwd; the engine never touches the host's files
# The host's files do not exist for a program, only the world's: /etc/passwd is missing and
# writing there creates nothing outside the run (the world has no /etc directory).
try:
    print(open('/etc/passwd').read())
except FileNotFoundError as e:
    print(e)  # expect: [Errno 2] No such file or directory: '/etc/passwd'
try:
    open('/tmp/loopscope-should-not-exist.txt', 'w')
except FileNotFoundError as e:
    print(e)  # expect: [Errno 2] No such file or directory: '/tmp/loopscope-should-not-exist.txt'
with open('../../escape.txt', 'w') as f:
    f.write('stays in the world')
print(open('/escape.txt').read())  # expect: stays in the world
