// Helpers shared by the container types (list, tuple, range, dict, set) and the builtins:
// CPython-worded argument checks, index normalisation, slice clamping, hashing and equality
// with fast paths for inline ints and strs, lexicographic comparison and recursion-safe reprs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vm.h"

namespace ls {

// ---- argument checks with CPython's wording ---------------------------------------------------
// `skip` is 1 for methods (args[0] is self) and 0 for plain functions. All return the number of
// arguments after `skip`.

// "list.append() takes exactly one argument (0 given)"  (CPython's METH_O functions)
size_t arg_exactly_one(VM& vm, Args args, std::string_view qualname, size_t skip = 1);
// "list.clear() takes no arguments (1 given)"  (METH_NOARGS)
size_t arg_none(VM& vm, Args args, std::string_view qualname, size_t skip = 1);
// "get expected at least 1 argument, got 0" / "pop expected at most 1 argument, got 2" /
// "insert expected 2 arguments, got 1"  (argument-clinic positional functions)
size_t arg_count(VM& vm, Args args, std::string_view name, size_t min, size_t max, size_t skip = 1);
// "list.append() takes no keyword arguments"
void arg_no_kw(VM& vm, Args args, std::string_view qualname);
// Rejects any keyword not in `allowed`: "'kee' is an invalid keyword argument for sort()".
void arg_kw_only(VM& vm, Args args, std::string_view fname, std::initializer_list<std::string_view> allowed);

// The receiver of a native method, checked: "descriptor 'get' for 'dict' objects doesn't apply
// to a 'int' object". Guards against `dict.get(5, 1)` reaching a static_cast.
template <class T>
T* self_as(VM& vm, Args args, TypeObject* type, std::string_view method) {
    if (args.size() == 0)
        vm.type_error("descriptor '" + std::string(method) + "' of '" + type->name + "' object needs an argument");
    const Value& s = args[0];
    if (!s.is_obj() || (s.obj()->type != type && !vm.isinstance(s, type))) {
        bool dunder = method.size() > 4 && method.substr(0, 2) == "__" && method.substr(method.size() - 2) == "__";
        if (dunder)  // CPython's slot wrappers word it differently from methods
            vm.type_error("descriptor '" + std::string(method) + "' requires a '" + type->name +
                          "' object but received a '" + vm.type_name(s) + "'");
        vm.type_error("descriptor '" + std::string(method) + "' for '" + type->name +
                      "' objects doesn't apply to a '" + vm.type_name(s) + "' object");
    }
    return s.as<T>();
}

// ---- indices and slices ------------------------------------------------------------------
// An integer index (int, bool, big int, __index__) as int64; big ints become IndexError
// "cannot fit 'int' into an index-sized integer". `kind` names the sequence for the TypeError
// "list indices must be integers or slices, not str".
int64_t index_value(VM& vm, const Value& idx, std::string_view kind);
// Normalises a negative index and bounds-checks it: raises IndexError(`message`), e.g.
// "list index out of range".
int64_t normalize_index(VM& vm, int64_t i, int64_t len, const char* message);
// CPython's PySlice_GetIndicesEx: clamps to [0, len], returns the slice length.
int64_t slice_indices(VM& vm, SliceObject* s, int64_t len, int64_t& start, int64_t& stop, int64_t& step);
// One slice component (None allowed) clamped to int64 as CPython's _PyEval_SliceIndex does.
bool slice_component(VM& vm, const Value& v, int64_t& out);  // false when v is None
bool is_slice(VM& vm, const Value& v);

// ---- hashing and equality ----------------------------------------------------------------
int64_t int_hash(int64_t v);                     // CPython's hash of a small int
int64_t key_hash(VM& vm, const Value& key);      // vm.hash with fast paths (int, bool, str)
bool key_eq(VM& vm, const Value& a, const Value& b);  // identity, then fast paths, then vm.eq
// Equality of two inline numbers (int, bool, float) without the VM; `handled` is false when
// either operand is something else.
bool inline_numbers_equal(const Value& a, const Value& b, bool& handled);
bool is_exact_str(VM& vm, const Value& v);

// ---- comparisons ---------------------------------------------------------------------------
// Lexicographic rich comparison of two item vectors (list vs list, tuple vs tuple). Robust to
// the vectors changing while user __eq__/__lt__ runs.
Value compare_sequences(VM& vm, CompareOp op, const std::vector<Value>& a, const std::vector<Value>& b);
// Rich comparison of two inline numbers (int, bool, float) without the VM; `handled` is false
// when either operand is something else.
bool inline_numbers_compare(CompareOp op, const Value& a, const Value& b, bool& handled);
// Maps a CompareOp on two already-ordered quantities (e.g. lengths).
bool compare_ints(CompareOp op, int64_t a, int64_t b);

// ---- repr ----------------------------------------------------------------------------------
// Marks `o` as being repr'd on this thread; `active()` is false when it already was (a cycle).
class ReprGuard {
public:
    explicit ReprGuard(const Object* o);
    ~ReprGuard();
    bool recursive() const { return recursive_; }
    ReprGuard(const ReprGuard&) = delete;
    ReprGuard& operator=(const ReprGuard&) = delete;
private:
    const Object* o_;
    bool recursive_;
};
// Raises RecursionError("maximum recursion depth exceeded" + `where`) past the recursion limit;
// nested containers recurse in C++ through repr, comparison and hashing.
void check_recursion(VM& vm, const char* where);
// "open item, item close" with each item through vm.repr; re-reads the vector each step.
std::string repr_items(VM& vm, const std::vector<Value>& items, std::string_view open, std::string_view close);

// ---- construction helpers ------------------------------------------------------------------
// A fresh sequence iterator (a SeqIterObject whose type derives from vm.t.seq_iter and carries
// CPython's name: list_iterator, range_iterator, ...; see iterators.cpp for the modes).
enum SeqIterMode : uint8_t { kIterList = 0, kIterTuple = 1, kIterRange = 2, kIterStr = 3, kIterListReversed = 4, kIterTupleReversed = 5 };
Value new_seq_iter(VM& vm, Value seq, SeqIterMode mode);
// iter(callable, sentinel) (iterators.cpp).
Value make_callable_iterator(VM& vm, Value callable, Value sentinel);
// Counts native work against the run's step budget (one step per item), so that a builtin
// draining a huge range (sum(range(10**12))) ends with the step-budget diagnostic, not a hang.
inline void charge_steps(VM& vm, uint64_t items) {
    vm.steps += items;
    if (vm.steps > vm.limits.max_steps) vm.step_budget_exhausted();
}
// The items of a range as a vector (MemoryError when too big); used by list(range(...)) & co.
std::vector<Value> range_items(VM& vm, const RangeObject* r);
// Raises MemoryError before building a sequence of `count` items when it cannot fit.
void reserve_items(VM& vm, int64_t count, size_t item_size = sizeof(Value));
// Builtin types created by the container files for C++-side construction (a dict's iterator
// types, the set iterator, ...), remembered per VM. Thread-safe: a VM may be built on one thread
// and run on another.
enum class AuxType : uint8_t {
    DictKeys, DictValues, DictItems, DictKeyIter, DictValueIter, DictItemIter,
    DictReverseKeyIter, DictReverseValueIter, DictReverseItemIter, SetIter, ReversedIter, CallableIter,
    ListIter, TupleIter, RangeIter, StrAsciiIter, StrIter, ListReverseIter, TupleReverseIter,
    Enumerate, Zip, Map, Filter, Count
};
TypeObject*& aux_type(VM& vm, AuxType which);
// The class passed to a builtin type's __new__ (args[0]), checked to derive from `base` so that
// an object is never created with a layout its type's methods do not expect:
// "zip.__new__(list): list is not a subtype of zip".
TypeObject* subtype_arg(VM& vm, Args args, TypeObject* base);
// Sets `__hash__ = None` on a builtin type so hash() reports "unhashable type: 'list'".
void mark_unhashable(VM& vm, TypeObject* type);

}  // namespace ls
