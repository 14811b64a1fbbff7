# Writing a file creates it in the simulated world only (the host's folders are not there), and
# reading it back works inside the run. The unit test HostIsolation checks the host is unchanged.
with open('loopscope-sandbox-test.txt', 'w') as f:
    f.write('hello')
print(open('loopscope-sandbox-test.txt').read())  # expect: hello
open('/tmp/loopscope-sandbox-test.txt', 'w')  # expect runtime error: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/loopscope-sandbox-test.txt'
