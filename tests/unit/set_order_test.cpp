// Set iteration order against CPython 3.11. Every expected output below was produced by
// python3 running the same source (generator script: the `cases` list, run with exec and
// stdout captured); set.cpp mirrors CPython's table so that ints (and tuples of ints) come out
// in the same order. Str hashes differ from CPython's (randomised there), so strings are only
// checked for membership.
#include <gtest/gtest.h>

#include <loopscope/engine.h>

#include "set.h"
#include "vm.h"

namespace {

struct SetCase {
    const char* name;
    const char* source;
    const char* expected;
};

const SetCase kSetCases[] = {
    {"literal_small_ints",
     "print({5, 1, 33, 2})",
     "{1, 2, 5, 33}\n"},
    {"range_descending",
     "print(set(range(20, 0, -3)))",
     "{2, 5, 8, 11, 14, 17, 20}\n"},
    {"literal_collisions",
     "print({100, 7, 64, 9, 1000, 8})",
     "{64, 100, 7, 1000, 9, 8}\n"},
    {"negative_ints",
     "print({-1, -2, 3, -8, 16, 0})",
     "{0, 16, 3, -2, -8, -1}\n"},
    {"big_ints_wrap_modulus",
     "print({2**61 - 1, 2**61, 2**62, 1, 2**64 + 3})",
     "{2305843009213693951, 2305843009213693952, 4611686018427387904, 1, 18446744073709551619}\n"},
    {"growth_to_32",
     "s = set()\nfor i in (31, 1, 63, 95, 2, 40, 8, 127):\n    s.add(i)\nprint(s)",
     "{1, 2, 40, 8, 127, 31, 95, 63}\n"},
    {"growth_large",
     "print(set(i * 37 % 101 for i in range(60)))",
     "{0, 2, 3, 5, 6, 9, 10, 12, 13, 15, 16, 19, 20, 22, 23, 25, 26, 29, 30, 32, 33, 36, 37, 39, 40, 42, 43, 46, 47, 49, 50, 52, 53, 56, 57, 59, 60, 62, 63, 66, 67, 69, 70, 73, 74, 76, 77, 79, 80, 83, 84, 86, 87, 89, 90, 93, 94, 96, 97, 100}\n"},
    {"remove_then_add_reuses_dummy",
     "s = {1, 2, 3, 4}\ns.remove(2)\ns.add(10)\nprint(s)",
     "{1, 10, 3, 4}\n"},
    {"pop_uses_finger",
     "s = set(range(10))\nprint(s.pop(), s.pop())\ns.add(0)\nprint(s.pop(), s)",
     "0 1\n2 {0, 3, 4, 5, 6, 7, 8, 9}\n"},
    {"pop_all",
     "s = {9, 17, 25, 3}\nprint([s.pop() for _ in range(4)])",
     "[9, 3, 17, 25]\n"},
    {"discard_many_then_add",
     "s = set(range(40))\nfor i in range(0, 40, 3):\n    s.discard(i)\ns.update([100, 200, 3])\nprint(s)",
     "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 3, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38, 200, 100}\n"},
    {"update_from_dict",
     "s = {50}\ns.update({9: 'a', 1: 'b', 17: 'c'})\nprint(s)",
     "{9, 50, 1, 17}\n"},
    {"union_operator",
     "print({1, 9, 17} | {33, 2, 65})",
     "{1, 17, 65, 2, 33, 9}\n"},
    {"union_method_many",
     "print({1}.union([64, 8], (16, 32), {128}))",
     "{64, 1, 32, 128, 8, 16}\n"},
    {"intersection_walks_smaller",
     "a = set(range(0, 64, 3))\nb = {63, 9, 30, 3, 100}\nprint(a & b, b & a)",
     "{9, 3, 30, 63} {9, 3, 30, 63}\n"},
    {"intersection_iterable",
     "print({1, 2, 3, 40, 72}.intersection([72, 40, 1, 99]))",
     "{72, 1, 40}\n"},
    {"difference_small_other",
     "print(set(range(30)) - {5, 6, 7})",
     "{0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29}\n"},
    {"difference_large_other",
     "print({3, 19, 35, 51} - set(range(20)))",
     "{51, 35}\n"},
    {"difference_iterable",
     "print({8, 16, 24, 32}.difference([16]))",
     "{8, 32, 24}\n"},
    {"symmetric_difference",
     "print({1, 2, 3, 17} ^ {3, 4, 33, 2})",
     "{33, 4, 1, 17}\n"},
    {"symmetric_difference_update",
     "s = {8, 9, 10}\ns ^= {10, 24, 40}\nprint(s)",
     "{8, 9, 40, 24}\n"},
    {"intersection_update",
     "s = set(range(16))\ns &= {15, 3, 7, 100}\nprint(s)",
     "{3, 7, 15}\n"},
    {"difference_update_resizes",
     "s = set(range(64))\ns -= set(range(0, 60))\nprint(s)\ns.add(200)\nprint(s)",
     "{60, 61, 62, 63}\n{200, 60, 61, 62, 63}\n"},
    {"copy_of_sparse_set",
     "s = set(range(100))\nfor i in range(90):\n    s.discard(i)\nprint(s.copy(), set(s), frozenset(s))",
     "{96, 97, 98, 99, 90, 91, 92, 93, 94, 95} {96, 97, 98, 99, 90, 91, 92, 93, 94, 95} frozenset({96, 97, 98, 99, 90, 91, 92, 93, 94, 95})\n"},
    {"comprehension",
     "print({x * x % 50 for x in range(20)})",
     "{0, 1, 4, 36, 6, 39, 9, 11, 44, 14, 46, 16, 49, 19, 21, 24, 25, 31}\n"},
    {"tuples",
     "print({(1, 2), (2, 1), (0, 0), (3,)})",
     "{(1, 2), (3,), (2, 1), (0, 0)}\n"},
    {"strings_membership_not_order",
     "s = {'a', 'b'}\nprint(sorted(s), 'a' in s, 'c' in s)",
     "['a', 'b'] True False\n"},
    {"frozenset_repr",
     "print(frozenset({3, 1, 2}), frozenset(), set(), frozenset([frozenset([1])]))",
     "frozenset({1, 2, 3}) frozenset() set() frozenset({frozenset({1})})\n"},
    {"frozenset_hash",
     "print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({-1, 7})))",
     "-272375401224217160 133146708735736 953167952516505293\n"},
    {"nested_frozenset_in_set",
     "print({frozenset({1, 2}), frozenset({2})} , {1} in {frozenset({1})})",
     "{frozenset({2}), frozenset({1, 2})} True\n"},
    {"bool_and_int_merge",
     "print({1, True, 0, False, 2})",
     "{0, 1, 2}\n"},
    {"comparisons",
     "print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {3} > set(), {1, 2} == frozenset({2, 1}), {1} != {1})",
     "True True True True False\n"},
    {"subset_methods",
     "print({1}.issubset([1, 2]), {1, 2}.issuperset((2,)), {1}.isdisjoint({2}), {1}.isdisjoint([1]))",
     "True True True False\n"},
    {"set_errors",
     "s = set()\ntry:\n    s.pop()\nexcept KeyError as e:\n    print(repr(e))\ntry:\n    s.remove(5)\nexcept KeyError as e:\n    print(repr(e))\ntry:\n    {[1]}\nexcept TypeError as e:\n    print(e)",
     "KeyError('pop from an empty set')\nKeyError(5)\nunhashable type: 'list'\n"},
    {"changed_during_iteration",
     "s = {1, 2}\ntry:\n    for x in s:\n        s.add(x + 10)\nexcept RuntimeError as e:\n    print(e)",
     "Set changed size during iteration\n"},
    {"subclass_repr",
     "class S(set):\n    pass\nprint(S([3, 1]), S(), type(S([1]) | {2}).__name__)",
     "S({1, 3}) S() set\n"},
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const SetCase& c, std::ostream* os) { *os << c.name; }

class SetOrder : public ::testing::TestWithParam<SetCase> {};

TEST_P(SetOrder, MatchesCPython) {
    const SetCase& c = GetParam();
    ls::RunOptions options;
    ls::CapturedRun run = ls::run_captured(c.source, options);
    EXPECT_EQ(run.out, c.expected) << c.source << "\nstderr:\n" << run.err;
    EXPECT_EQ(run.result.exit_code, 0) << run.err;
}

INSTANTIATE_TEST_SUITE_P(Cpython311, SetOrder, ::testing::ValuesIn(kSetCases),
                         [](const ::testing::TestParamInfo<SetCase>& info) { return std::string(info.param.name); });

// CPython compiles a display of >= 3 constants to BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE,
// and its frozenset constant is rebuilt from its own iteration order. frozenset_constant() does
// the same; expected outputs from python3 (the same displays as the program cases above).
class NullHost : public ls::Host {
public:
    void write(ls::Stream, std::string_view) override {}
};

std::string repr_of_display(ls::VM& vm, std::initializer_list<int64_t> items) {
    std::vector<ls::Value> values;
    for (int64_t i : items) values.push_back(ls::Value::integer(i));
    ls::Value constant = ls::frozenset_constant(vm, values);
    ls::Ref<ls::SetObject> display = vm.new_set();
    ls::set_update(vm, display.get(), constant);
    return vm.repr(ls::Value(display));
}

TEST(SetConstant, DisplayOfConstantsMatchesCPython) {
    NullHost host;
    ls::RunLimits limits;
    ls::VM vm(host, limits);
    EXPECT_EQ(repr_of_display(vm, {-1, -2, 3, -8, 16, 0}), "{0, 16, 3, -2, -8, -1}");
    EXPECT_EQ(repr_of_display(vm, {15, 3, 7, 100}), "{3, 100, 15, 7}");
    EXPECT_EQ(repr_of_display(vm, {5, 1, 33, 2}), "{1, 2, 5, 33}");
    EXPECT_EQ(repr_of_display(vm, {33, 2, 65}), "{65, 2, 33}");
}

}  // namespace
