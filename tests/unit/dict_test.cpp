// dict: the low-level table (dict.h) driven directly, and the dict type through Python programs
// whose expected output was produced by python3 (CPython 3.11) running the same source.
#include <gtest/gtest.h>

#include <loopscope/engine.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dict.h"
#include "seq_util.h"

namespace {

class NullHost : public ls::Host {
public:
    void write(ls::Stream, std::string_view text) override { written += text; }
    std::string written;
};

class DictTable : public ::testing::Test {
protected:
    NullHost host;
    ls::RunLimits limits;
    ls::VM vm{host, limits};

    std::vector<int64_t> int_keys(ls::DictObject* d) {
        std::vector<int64_t> keys;
        for (auto& e : d->entries)
            if (e.used) keys.push_back(e.key.as_int());
        return keys;
    }
};

TEST_F(DictTable, IntHashesMatchCPython) {
    // hash(x) in python3 for each x.
    const std::pair<int64_t, int64_t> cases[] = {
        {-1, -2}, {int64_t(1) << 61, 1}, {INT64_MIN, -4}, {int64_t(1) << 62, 2}, {INT64_MAX, 3},
        {12345, 12345}, {-12345, -12345}, {(int64_t(1) << 61) - 1, 0}, {(int64_t(1) << 61) - 2, 2305843009213693950},
    };
    for (auto [x, h] : cases) {
        EXPECT_EQ(ls::int_hash(x), h) << x;
        EXPECT_EQ(ls::key_hash(vm, ls::Value::integer(x)), h) << x;
    }
}

TEST_F(DictTable, StrHashIsDeterministicCachedAndNeverMinusOne) {
    ls::Value a = vm.str("hello"), b = vm.str("hello"), c = vm.str("hellp"), empty = vm.str("");
    EXPECT_EQ(ls::str_hash(ls::as_str(a)), ls::str_hash(ls::as_str(b)));
    EXPECT_NE(ls::str_hash(ls::as_str(a)), ls::str_hash(ls::as_str(c)));
    EXPECT_EQ(ls::as_str(a)->hash_cache, ls::str_hash(ls::as_str(a)));
    EXPECT_EQ(ls::str_hash(ls::as_str(empty)), 0);  // as in CPython
    EXPECT_NE(ls::str_hash(ls::as_str(c)), -1);
}

TEST_F(DictTable, SetFindDeleteKeepInsertionOrder) {
    auto d = vm.new_dict();
    for (int64_t i = 0; i < 10; ++i) ls::dict_set(vm, d.get(), ls::Value::integer(i * 7), ls::Value::integer(i));
    EXPECT_EQ(ls::dict_len(d.get()), 10u);
    ASSERT_NE(ls::dict_find(vm, d.get(), ls::Value::integer(21)), nullptr);
    EXPECT_EQ(ls::dict_find(vm, d.get(), ls::Value::integer(21))->as_int(), 3);
    EXPECT_EQ(ls::dict_find(vm, d.get(), ls::Value::integer(22)), nullptr);
    EXPECT_TRUE(ls::dict_del(vm, d.get(), ls::Value::integer(0)));
    EXPECT_FALSE(ls::dict_del(vm, d.get(), ls::Value::integer(0)));
    ls::dict_set(vm, d.get(), ls::Value::integer(0), ls::Value::integer(99));  // re-added: goes last
    ls::dict_set(vm, d.get(), ls::Value::integer(14), ls::Value::integer(-1));  // overwrite: stays
    std::vector<int64_t> expected = {7, 14, 21, 28, 35, 42, 49, 56, 63, 0};
    EXPECT_EQ(int_keys(d.get()), expected);
    EXPECT_EQ(ls::dict_get(vm, d.get(), ls::Value::integer(14))->as_int(), -1);
}

TEST_F(DictTable, VersionChangesOnInsertAndDeleteOnly) {
    auto d = vm.new_dict();
    ls::dict_set(vm, d.get(), ls::Value::integer(1), ls::Value::integer(1));
    uint64_t v = d->version;
    ls::dict_set(vm, d.get(), ls::Value::integer(1), ls::Value::integer(2));
    EXPECT_EQ(d->version, v);
    ls::dict_set(vm, d.get(), ls::Value::integer(2), ls::Value::integer(2));
    EXPECT_NE(d->version, v);
    v = d->version;
    ls::dict_del(vm, d.get(), ls::Value::integer(2));
    EXPECT_NE(d->version, v);
}

TEST_F(DictTable, ChurnMatchesAReferenceModel) {
    auto d = vm.new_dict();
    std::vector<int64_t> model;
    uint32_t seed = 12345;
    for (int step = 0; step < 20000; ++step) {
        seed = seed * 1103515245u + 12345u;
        int64_t key = (seed >> 8) % 500;
        bool present = std::find(model.begin(), model.end(), key) != model.end();
        if ((seed >> 4) % 3 == 0) {
            EXPECT_EQ(ls::dict_del(vm, d.get(), ls::Value::integer(key)), present);
            if (present) model.erase(std::find(model.begin(), model.end(), key));
        } else {
            ls::dict_set(vm, d.get(), ls::Value::integer(key), ls::Value::integer(step));
            if (!present) model.push_back(key);
        }
    }
    EXPECT_EQ(int_keys(d.get()), model);
    EXPECT_EQ(ls::dict_len(d.get()), model.size());
    // The index never grows without bound under churn: holes are compacted on resize.
    EXPECT_LE(d->entries.size(), d->index.size());
}

// Deleting the newest entry again and again must not fill the index with deleted markers (a
// full index would make the next probe loop forever).
TEST_F(DictTable, InsertThenDeleteNewestNeverFillsTheIndex) {
    auto d = vm.new_dict();
    ls::dict_set(vm, d.get(), ls::Value::integer(-1), ls::Value::integer(0));
    for (int64_t i = 0; i < 100000; ++i) {
        ls::dict_set(vm, d.get(), ls::Value::integer(i), ls::Value::integer(i));
        ASSERT_TRUE(ls::dict_del(vm, d.get(), ls::Value::integer(i)));
    }
    EXPECT_EQ(ls::dict_len(d.get()), 1u);
    EXPECT_EQ(ls::dict_find(vm, d.get(), ls::Value::integer(5)), nullptr);
    EXPECT_NE(ls::dict_find(vm, d.get(), ls::Value::integer(-1)), nullptr);
}

TEST_F(DictTable, StrKeysByContent) {
    auto d = vm.new_dict();
    ls::dict_set_str(vm, d.get(), vm.intern("alpha"), ls::Value::integer(1));
    ls::Value other = vm.str("alpha");  // same text, different object
    ls::Value* found = ls::dict_find_str(d.get(), ls::as_str(other));
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->as_int(), 1);
    ASSERT_NE(ls::dict_find(vm, d.get(), other), nullptr);
    ls::dict_set(vm, d.get(), other, ls::Value::integer(2));
    EXPECT_EQ(ls::dict_len(d.get()), 1u);
    EXPECT_EQ(ls::dict_find_str(d.get(), ls::as_str(other))->as_int(), 2);
    EXPECT_TRUE(ls::dict_del_str(d.get(), ls::as_str(other)));
    EXPECT_EQ(ls::dict_find_str(d.get(), ls::as_str(other)), nullptr);
    EXPECT_FALSE(ls::dict_del_str(d.get(), ls::as_str(other)));
}

TEST_F(DictTable, ClearEmptiesAndStaysUsable) {
    auto d = vm.new_dict();
    for (int64_t i = 0; i < 100; ++i) ls::dict_set(vm, d.get(), ls::Value::integer(i), ls::Value::integer(i));
    ls::dict_clear(d.get());
    EXPECT_EQ(ls::dict_len(d.get()), 0u);
    EXPECT_EQ(ls::dict_find(vm, d.get(), ls::Value::integer(5)), nullptr);
    ls::dict_set(vm, d.get(), ls::Value::integer(5), ls::Value::integer(6));
    EXPECT_EQ(ls::dict_find(vm, d.get(), ls::Value::integer(5))->as_int(), 6);
}

// ---- the dict type, against python3 ----------------------------------------------------------

struct DictCase {
    const char* name;
    const char* source;
    const char* expected;
};

const DictCase kDictCases[] = {
    {"popitem_churn",
     "d = {'keep': 1}\nfor i in range(20000):\n    d[i] = i\n    d.popitem()\nprint(d, len(d))\nfor i in range(5):\n    d[i] = i\ndel d[4]\nprint(d.popitem(), d.popitem(), d)",
     "{'keep': 1} 1\n(3, 3) (2, 2) {'keep': 1, 0: 0, 1: 1}\n"},
    {"insertion_order",
     "d = {}\nfor k in ('b', 'a', 3, 1.5, (1, 2)):\n    d[k] = len(d)\nprint(d)",
     "{'b': 0, 'a': 1, 3: 2, 1.5: 3, (1, 2): 4}\n"},
    {"overwrite_keeps_position",
     "d = {'a': 1, 'b': 2}\nd['a'] = 9\nprint(d)",
     "{'a': 9, 'b': 2}\n"},
    {"delete_then_reinsert_goes_last",
     "d = {'a': 1, 'b': 2, 'c': 3}\ndel d['a']\nd['a'] = 4\nprint(d, len(d))",
     "{'b': 2, 'c': 3, 'a': 4} 3\n"},
    {"equal_keys_merge",
     "print({1: 'int', 1.0: 'float', True: 'bool'})",
     "{1: 'bool'}\n"},
    {"many_inserts_and_deletes",
     "d = {}\nfor i in range(1000):\n    d[i] = i\nfor i in range(0, 1000, 2):\n    del d[i]\nprint(len(d), list(d)[:5], sum(d.values()))\nfor i in range(5):\n    d[-i] = i\nprint(list(d.items())[-5:])",
     "500 [1, 3, 5, 7, 9] 250000\n[(0, 0), (-1, 1), (-2, 2), (-3, 3), (-4, 4)]\n"},
    {"repr_nested_and_recursive",
     "d = {'x': [1, {'y': (2,)}], 'z': None}\nd['self'] = d\nprint(d)",
     "{'x': [1, {'y': (2,)}], 'z': None, 'self': {...}}\n"},
    {"get_setdefault_pop",
     "d = {'a': 1}\nprint(d.get('a'), d.get('b'), d.get('b', 0), d.setdefault('c', []), d.pop('a'), d.pop('zz', 'dflt'), d)",
     "1 None 0 [] 1 dflt {'c': []}\n"},
    {"popitem_lifo",
     "d = dict(a=1, b=2, c=3)\nprint(d.popitem(), d.popitem(), d)",
     "('c', 3) ('b', 2) {'a': 1}\n"},
    {"popitem_empty",
     "try:\n    {}.popitem()\nexcept KeyError as e:\n    print(repr(e))",
     "KeyError('popitem(): dictionary is empty')\n"},
    {"missing_key_error",
     "d = {'a': 1}\ntry:\n    d['b']\nexcept KeyError as e:\n    print(repr(e), e)\ntry:\n    del d[(1, 2)]\nexcept KeyError as e:\n    print(repr(e))",
     "KeyError('b') 'b'\nKeyError((1, 2))\n"},
    {"constructor_forms",
     "print(dict(), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2), dict(zip('ab', range(2))), dict(a=1))",
     "{} {'a': 1, 'b': 2} {'x': 1, 'y': 2} {'a': 0, 'b': 1} {'a': 1}\n"},
    {"constructor_errors",
     "for args in ([1], [(1, 2, 3)], 5):\n    try:\n        dict(args)\n    except (TypeError, ValueError) as e:\n        print(type(e).__name__, e)",
     "TypeError cannot convert dictionary update sequence element #0 to a sequence\nValueError dictionary update sequence element #0 has length 3; 2 is required\nTypeError 'int' object is not iterable\n"},
    {"update_and_merge_operators",
     "d = {'a': 1}\nd.update({'b': 2}, c=3)\nd.update([('d', 4)])\nprint(d | {'a': 0, 'z': 26})\nd |= {'e': 5}\nprint(d)",
     "{'a': 0, 'b': 2, 'c': 3, 'd': 4, 'z': 26}\n{'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}\n"},
    {"views",
     "d = {'a': 1, 'b': 2}\nk, v, i = d.keys(), d.values(), d.items()\nd['c'] = 3\nprint(k, v, i, len(k), 'a' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)",
     "dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)]) 3 True True True False\n"},
    {"view_set_operations",
     "d = {'a': 1, 'b': 2, 'c': 3}\nprint(sorted(d.keys() & {'a', 'c', 'x'}), sorted(d.keys() - {'a'}), d.keys() == {'a', 'b', 'c'})",
     "['a', 'c'] ['b', 'c'] True\n"},
    {"reversed_dict",
     "d = {1: 'a', 2: 'b', 3: 'c'}\nprint(list(reversed(d)), list(reversed(d.items())))",
     "[3, 2, 1] [(3, 'c'), (2, 'b'), (1, 'a')]\n"},
    {"changed_size_during_iteration",
     "d = {1: 1}\ntry:\n    for k in d:\n        d[k + 1] = 1\nexcept RuntimeError as e:\n    print(e)",
     "dictionary changed size during iteration\n"},
    {"value_change_during_iteration_is_fine",
     "d = {1: 1, 2: 2}\nfor k in d:\n    d[k] = k * 10\nprint(d)",
     "{1: 10, 2: 20}\n"},
    {"fromkeys_copy_clear",
     "d = dict.fromkeys('abc', 0)\ne = d.copy()\nd.clear()\nprint(d, e, dict.fromkeys([1, 2]))",
     "{} {'a': 0, 'b': 0, 'c': 0} {1: None, 2: None}\n"},
    {"equality",
     "print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {} == {}, {1: 2} != {1: 2}, {1: 1} == [1])",
     "True False True False False\n"},
    {"unhashable_key",
     "try:\n    {}[[1]] = 2\nexcept TypeError as e:\n    print(e)\ntry:\n    hash({})\nexcept TypeError as e:\n    print(e)",
     "unhashable type: 'list'\nunhashable type: 'dict'\n"},
    {"user_hash_and_eq",
     "class K:\n    def __init__(self, v):\n        self.v = v\n    def __hash__(self):\n        return self.v % 3\n    def __eq__(self, other):\n        return isinstance(other, K) and self.v == other.v\n    def __repr__(self):\n        return f'K({self.v})'\nd = {K(i): i for i in range(6)}\nprint(d[K(4)], K(7) in d, d)",
     "4 False {K(0): 0, K(1): 1, K(2): 2, K(3): 3, K(4): 4, K(5): 5}\n"},
    {"tuple_and_frozenset_keys",
     "d = {(1, 2): 'a', frozenset({1}): 'b'}\nprint(d[(1, 2)], d[frozenset([1])], (1, 2) in d)",
     "a b True\n"},
    {"subclass_missing",
     "class D(dict):\n    def __missing__(self, key):\n        return key * 2\nd = D(a=1)\nprint(d['a'], d['zz'], d)",
     "1 zzzz {'a': 1}\n"},
    {"len_bool_in",
     "d = {'k': 0}\nprint(len(d), bool(d), bool({}), 'k' in d, 'v' in d)",
     "1 True False True False\n"},
    {"dict_comprehension_order",
     "print({x % 7: x for x in range(20)})",
     "{0: 14, 1: 15, 2: 16, 3: 17, 4: 18, 5: 19, 6: 13}\n"},
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const DictCase& c, std::ostream* os) { *os << c.name; }

class DictProgram : public ::testing::TestWithParam<DictCase> {};

TEST_P(DictProgram, MatchesCPython) {
    const DictCase& c = GetParam();
    ls::RunOptions options;
    ls::CapturedRun run = ls::run_captured(c.source, options);
    EXPECT_EQ(run.out, c.expected) << c.source << "\nstderr:\n" << run.err;
    EXPECT_EQ(run.result.exit_code, 0) << run.err;
}

INSTANTIATE_TEST_SUITE_P(Cpython311, DictProgram, ::testing::ValuesIn(kDictCases),
                         [](const ::testing::TestParamInfo<DictCase>& info) { return std::string(info.param.name); });

}  // namespace
