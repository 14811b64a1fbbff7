# global lets a function rebind a module-level name.
count = 0
def bump():
    global count
    count += 1
bump()
bump()
print(count)  # expect: 2
def create():
    global created
    created = "yes"
create()
print(created)  # expect: yes
