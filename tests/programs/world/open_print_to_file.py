# world: files.json
# print(..., file=f) writes through the file's write().
with open('out/report.txt', 'w') as f:
    print('total', 3, sep=': ', file=f)
    print('done', file=f)
print(open('out/report.txt').read(), end='')
# expect: total: 3
# expect: done
