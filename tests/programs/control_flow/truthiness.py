# Which values are falsy.
for v in [0, 0.0, "", [], (), {}, set(), None, False, "0", [0], -1]:
    print(repr(v), "truthy" if v else "falsy")
# expect: 0 falsy
# expect: 0.0 falsy
# expect: '' falsy
# expect: [] falsy
# expect: () falsy
# expect: {} falsy
# expect: set() falsy
# expect: None falsy
# expect: False falsy
# expect: '0' truthy
# expect: [0] truthy
# expect: -1 truthy
