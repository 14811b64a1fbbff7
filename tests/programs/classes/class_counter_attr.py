# Counting instances via a class attribute.
class Widget:
    created = 0
    def __init__(self):
        Widget.created += 1
        self.id = Widget.created
ws = [Widget() for _ in range(3)]
print(Widget.created, [w.id for w in ws])  # expect: 3 [1, 2, 3]
