# __lt__ makes objects sortable.
class Card:
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return f"Card({self.rank})"
print(sorted([Card(3), Card(1), Card(2)]))  # expect: [Card(1), Card(2), Card(3)]
print(max([Card(5), Card(9)]), Card(1) > Card(0))  # expect: Card(9) True
