// The builtin iterators: the sequence iterator (vm.t.seq_iter) and enumerate, zip, map, filter,
// reversed and the callable iterator of iter(f, sentinel). Each is a native iterator
// (VM::add_iternext), so `for` loops advance them without a Python-level call.
//
// SeqIterObject fields, per `mode` (SeqIterMode in seq_util.h). Their types derive from
// vm.t.seq_iter (list_iterator, range_iterator, ...: test with base_layout or isinstance, not ==).
// The interpreter's FOR_ITER may read the fields directly for lists, tuples and ranges:
//   kIterList (0), kIterTuple (1): `seq` is the ListObject/TupleObject; `index` is the position of
//       the next item. Exhausted when index >= items.size(); once exhausted, index is set to
//       INT64_MAX so that items appended later are not produced (CPython forgets the list).
//   kIterRange (2): `seq` is a RangeObject; `index` counts the items produced so far; `extra` is
//       the range's length. The next item is start + index * step (never overflows int64);
//       exhausted when index >= extra. reversed(range) is a kIterRange over a mirrored range.
//   kIterStr (3): `seq` is a StrObject; `index` is the byte offset of the next code point.
//   kIterListReversed (4), kIterTupleReversed (5): `index` is the position of the next item,
//       counting down; exhausted when index < 0 or index >= items.size() (then set to -1).
#include <limits>

#include "seq_util.h"
#include "str_util.h"
#include "types.h"

namespace ls {

namespace {

constexpr int64_t kExhausted = std::numeric_limits<int64_t>::max();

bool seq_iter_next(VM& vm, Object* self, Value& out) {
    auto* it = static_cast<SeqIterObject*>(self);
    if (!it->seq.is_obj()) return false;
    switch (it->mode) {
        case kIterList:
        case kIterTuple: {
            const std::vector<Value>& items = it->mode == kIterList ? it->seq.as<ListObject>()->items
                                                                    : it->seq.as<TupleObject>()->items;
            if (it->index >= 0 && it->index < int64_t(items.size())) {
                out = items[size_t(it->index++)];
                return true;
            }
            it->index = kExhausted;
            return false;
        }
        case kIterRange: {
            if (it->index >= it->extra) return false;
            auto* r = it->seq.as<RangeObject>();
            out = Value::integer(int64_t(__int128(r->start) + __int128(it->index) * r->step));
            ++it->index;
            return true;
        }
        case kIterStr: {
            const std::string& s = it->seq.as<StrObject>()->s;
            if (it->index < 0 || it->index >= int64_t(s.size())) return false;
            size_t begin = size_t(it->index), end = begin;
            utf8_decode(s, end);
            it->index = int64_t(end);
            out = vm.str(s.substr(begin, end - begin));
            return true;
        }
        case kIterListReversed:
        case kIterTupleReversed: {
            const std::vector<Value>& items = it->mode == kIterListReversed ? it->seq.as<ListObject>()->items
                                                                            : it->seq.as<TupleObject>()->items;
            if (it->index >= 0 && it->index < int64_t(items.size())) {
                out = items[size_t(it->index--)];
                return true;
            }
            it->index = -1;
            return false;
        }
    }
    return false;
}

Value seq_iter_length_hint(VM& vm, Args args) {
    if (args.size() == 0 || !args[0].is_obj() || !vm.isinstance(args[0], vm.t.seq_iter))
        vm.type_error("__length_hint__ requires an iterator");
    auto* it = args[0].as<SeqIterObject>();
    if (!it->seq.is_obj()) return Value::integer(0);
    switch (it->mode) {
        case kIterList: return Value::integer(std::max<int64_t>(0, int64_t(it->seq.as<ListObject>()->items.size()) - it->index));
        case kIterTuple: return Value::integer(std::max<int64_t>(0, int64_t(it->seq.as<TupleObject>()->items.size()) - it->index));
        case kIterRange: return Value::integer(std::max<int64_t>(0, it->extra - it->index));
        case kIterListReversed:
        case kIterTupleReversed: return Value::integer(it->index + 1);
        default: return Value::integer(0);
    }
}

// The class a __new__ was called for (args[0]), which must derive from the builtin type. A user
// subclass inherits the native iternext slot here (class creation does not copy it).
TypeObject* new_class(VM& vm, Args args, AuxType which) {
    TypeObject* base = aux_type(vm, which);
    TypeObject* cls = subtype_arg(vm, args, base);
    if (!cls->iternext) cls->iternext = base->iternext;
    return cls;
}

// ---- enumerate ---------------------------------------------------------------------------------

struct EnumerateObject : NativeObject {
    Value iterator, count;
    EnumerateObject(TypeObject* t, Value it, Value start) : NativeObject(t), iterator(std::move(it)), count(std::move(start)) {}
    void clear_refs() override { iterator = count = Value(); }
};

Value enumerate_new(VM& vm, Args args) {
    TypeObject* cls = new_class(vm, args, AuxType::Enumerate);
    arg_kw_only(vm, args, "enumerate", {"iterable", "start"});
    size_t given = args.size() - 1 + (args.has_kw() ? args.kw->size() : 0);
    if (given > 2) vm.type_error("enumerate() takes at most 2 arguments (" + std::to_string(given) + " given)");
    const Value* iterable = args.size() > 1 ? &args[1] : vm.kwarg(args, "iterable");
    const Value* start = args.size() > 2 ? &args[2] : vm.kwarg(args, "start");
    if (!iterable) vm.type_error("enumerate() missing required argument 'iterable'");
    Value count = Value::integer(0);
    if (start) {
        if (!vm.is_integer(*start) && !vm.lookup_type(vm.type_of(*start), "__index__"))
            vm.type_error("'" + vm.type_name(*start) + "' object cannot be interpreted as an integer");
        count = start->is_bool() ? Value::integer(start->as_bool() ? 1 : 0) : *start;
        if (!vm.is_integer(count)) count = vm.call_method(*start, "__index__", {});
    }
    return Value(make<EnumerateObject>(cls, vm.iter(*iterable), count));
}

bool enumerate_next(VM& vm, Object* self, Value& out) {
    auto* e = static_cast<EnumerateObject*>(self);
    if (!e->iterator.is_obj()) return false;
    Value item;
    if (!vm.next(e->iterator, item)) return false;
    Value index = e->count;
    if (index.is_int() && index.as_int() < std::numeric_limits<int64_t>::max())
        e->count = Value::integer(index.as_int() + 1);
    else
        e->count = vm.binary_op(ast::BinOpKind::Add, index, Value::integer(1));
    out = vm.tuple({std::move(index), std::move(item)});
    return true;
}

// ---- zip ---------------------------------------------------------------------------------------

struct ZipObject : NativeObject {
    std::vector<Value> iterators;
    bool strict = false;
    bool done = false;
    ZipObject(TypeObject* t) : NativeObject(t) {}
    void clear_refs() override { iterators.clear(); }
};

Value zip_new(VM& vm, Args args) {
    TypeObject* cls = new_class(vm, args, AuxType::Zip);
    arg_kw_only(vm, args, "zip", {"strict"});
    auto z = make<ZipObject>(cls);
    if (const Value* strict = vm.kwarg(args, "strict")) z->strict = vm.truthy(*strict);
    for (size_t i = 1; i < args.size(); ++i) z->iterators.push_back(vm.iter(args[i]));
    return Value(z);
}

std::string argument_range(size_t n) {  // "argument 1" / "arguments 1-2"
    return n == 1 ? "argument 1" : "arguments 1-" + std::to_string(n);
}

bool zip_next(VM& vm, Object* self, Value& out) {
    auto* z = static_cast<ZipObject*>(self);
    if (z->done || z->iterators.empty()) return false;
    std::vector<Value> items;
    items.reserve(z->iterators.size());
    for (size_t i = 0; i < z->iterators.size(); ++i) {
        Value item;
        if (vm.next(z->iterators[i], item)) {
            items.push_back(std::move(item));
            continue;
        }
        z->done = true;
        if (!z->strict) return false;
        if (i > 0)
            vm.value_error("zip() argument " + std::to_string(i + 1) + " is shorter than " + argument_range(i));
        // The first iterator ended: every other one must end now too.
        for (size_t j = 1; j < z->iterators.size(); ++j) {
            Value extra;
            if (vm.next(z->iterators[j], extra))
                vm.value_error("zip() argument " + std::to_string(j + 1) + " is longer than " + argument_range(j));
        }
        return false;
    }
    out = vm.tuple(std::move(items));
    return true;
}

// ---- map and filter ------------------------------------------------------------------------------

struct MapObject : NativeObject {
    Value func;
    std::vector<Value> iterators;
    MapObject(TypeObject* t, Value f) : NativeObject(t), func(std::move(f)) {}
    void clear_refs() override { func = Value(); iterators.clear(); }
};

Value map_new(VM& vm, Args args) {
    TypeObject* cls = new_class(vm, args, AuxType::Map);
    if (args.has_kw()) vm.type_error("map() takes no keyword arguments");
    if (args.size() < 3) vm.type_error("map() must have at least two arguments.");
    auto m = make<MapObject>(cls, args[1]);
    for (size_t i = 2; i < args.size(); ++i) m->iterators.push_back(vm.iter(args[i]));
    return Value(m);
}

bool map_next(VM& vm, Object* self, Value& out) {
    auto* m = static_cast<MapObject*>(self);
    if (m->iterators.empty()) return false;
    std::vector<Value> call_args;
    call_args.reserve(m->iterators.size());
    for (Value& it : m->iterators) {
        Value item;
        if (!vm.next(it, item)) return false;
        call_args.push_back(std::move(item));
    }
    Value func = m->func;
    out = vm.call(func, Args{call_args.data(), call_args.size(), nullptr});
    return true;
}

struct FilterObject : NativeObject {
    Value func, iterator;
    FilterObject(TypeObject* t, Value f, Value it) : NativeObject(t), func(std::move(f)), iterator(std::move(it)) {}
    void clear_refs() override { func = iterator = Value(); }
};

Value filter_new(VM& vm, Args args) {
    TypeObject* cls = new_class(vm, args, AuxType::Filter);
    if (args.has_kw()) vm.type_error("filter() takes no keyword arguments");
    arg_count(vm, args, "filter", 2, 2);
    return Value(make<FilterObject>(cls, args[1], vm.iter(args[2])));
}

bool filter_next(VM& vm, Object* self, Value& out) {
    auto* f = static_cast<FilterObject*>(self);
    if (!f->iterator.is_obj()) return false;
    Value func = f->func, item;
    while (vm.next(f->iterator, item)) {
        bool keep = func.is_none() ? vm.truthy(item) : vm.truthy(vm.call(func, {item}));
        if (keep) {
            out = std::move(item);
            return true;
        }
    }
    return false;
}

// ---- reversed ------------------------------------------------------------------------------------

// reversed() over the sequence protocol (__len__ and __getitem__).
struct ReversedObject : NativeObject {
    Value seq;
    int64_t index;
    ReversedObject(TypeObject* t, Value s, int64_t i) : NativeObject(t), seq(std::move(s)), index(i) {}
    void clear_refs() override { seq = Value(); }
};

Value reversed_new(VM& vm, Args args) {
    TypeObject* cls = new_class(vm, args, AuxType::ReversedIter);
    if (args.has_kw()) vm.type_error("reversed() takes no keyword arguments");
    arg_count(vm, args, "reversed", 1, 1);
    const Value& seq = args[1];
    TypeObject* type = vm.type_of(seq);
    if (auto method = vm.lookup_type(type, "__reversed__")) {
        if (method->is_none()) vm.type_error("'" + type->name + "' object is not reversible");
        return vm.call_method(seq, "__reversed__", {});
    }
    if (type == vm.t.tuple) {
        Value it = new_seq_iter(vm, seq, kIterTupleReversed);
        it.as<SeqIterObject>()->index = int64_t(seq.as<TupleObject>()->items.size()) - 1;
        return it;
    }
    bool is_mapping = vm.isinstance(seq, vm.t.dict);
    if (is_mapping || !vm.lookup_type(type, "__len__") || !vm.lookup_type(type, "__getitem__"))
        vm.type_error("'" + type->name + "' object is not reversible");
    return Value(make<ReversedObject>(cls, seq, vm.len(seq) - 1));
}

bool reversed_next(VM& vm, Object* self, Value& out) {
    auto* r = static_cast<ReversedObject*>(self);
    if (r->index < 0 || !r->seq.is_obj()) return false;
    try {
        out = vm.getitem(r->seq, Value::integer(r->index--));
    } catch (PyError& err) {
        if (!vm.isinstance(err.exc, vm.e.IndexError) && !vm.isinstance(err.exc, vm.e.StopIteration)) throw;
        r->index = -1;
        r->seq = Value();
        return false;
    }
    return true;
}

Value reversed_length_hint(VM& vm, Args args) {
    if (args.size() == 0 || !args[0].is_obj() || args[0].obj()->type != aux_type(vm, AuxType::ReversedIter))
        vm.type_error("__length_hint__ requires a reversed object");
    return Value::integer(args[0].as<ReversedObject>()->index + 1);
}

// ---- iter(callable, sentinel) ----------------------------------------------------------------------

struct CallableIterObject : NativeObject {
    Value func, sentinel;
    CallableIterObject(TypeObject* t, Value f, Value s) : NativeObject(t), func(std::move(f)), sentinel(std::move(s)) {}
    void clear_refs() override { func = sentinel = Value(); }
};

bool callable_iter_next(VM& vm, Object* self, Value& out) {
    auto* c = static_cast<CallableIterObject*>(self);
    if (!c->func.is_obj()) return false;
    Value func = c->func;
    Value v;
    try {
        v = vm.call(func, Args{});
    } catch (PyError& err) {
        if (!vm.isinstance(err.exc, vm.e.StopIteration)) throw;
        c->func = Value();
        return false;
    }
    if (vm.eq(v, c->sentinel)) {
        c->func = Value();
        return false;
    }
    out = std::move(v);
    return true;
}

}  // namespace

Value make_callable_iterator(VM& vm, Value callable, Value sentinel) {
    TypeObject* t = aux_type(vm, AuxType::CallableIter);
    return Value(make<CallableIterObject>(t, std::move(callable), std::move(sentinel)));
}

void init_iterators(VM& vm) {
    vm.add_iternext(vm.t.seq_iter, seq_iter_next);
    vm.add_method(vm.t.seq_iter, "__length_hint__", seq_iter_length_hint);
    // One SeqIterObject layout, several names (as CPython shows them in reprs and errors).
    const std::pair<AuxType, const char*> kinds[] = {
        {AuxType::ListIter, "list_iterator"},       {AuxType::TupleIter, "tuple_iterator"},
        {AuxType::RangeIter, "range_iterator"},     {AuxType::StrAsciiIter, "str_ascii_iterator"},
        {AuxType::StrIter, "str_iterator"},         {AuxType::ListReverseIter, "list_reverseiterator"},
        {AuxType::TupleReverseIter, "reversed"},
    };
    for (auto [kind, name] : kinds) {
        TypeObject* type = vm.new_builtin_type(name, vm.t.seq_iter);
        vm.add_iternext(type, seq_iter_next);
        aux_type(vm, kind) = type;
    }

    TypeObject* enumerate = vm.new_builtin_type("enumerate", nullptr);
    vm.add_static(enumerate, "__new__", enumerate_new);
    vm.add_iternext(enumerate, enumerate_next);
    vm.add_builtin_value("enumerate", Value(enumerate));
    aux_type(vm, AuxType::Enumerate) = enumerate;

    TypeObject* zip = vm.new_builtin_type("zip", nullptr);
    vm.add_static(zip, "__new__", zip_new);
    vm.add_iternext(zip, zip_next);
    vm.add_builtin_value("zip", Value(zip));
    aux_type(vm, AuxType::Zip) = zip;

    TypeObject* map = vm.new_builtin_type("map", nullptr);
    vm.add_static(map, "__new__", map_new);
    vm.add_iternext(map, map_next);
    vm.add_builtin_value("map", Value(map));
    aux_type(vm, AuxType::Map) = map;

    TypeObject* filter = vm.new_builtin_type("filter", nullptr);
    vm.add_static(filter, "__new__", filter_new);
    vm.add_iternext(filter, filter_next);
    vm.add_builtin_value("filter", Value(filter));
    aux_type(vm, AuxType::Filter) = filter;

    TypeObject* reversed = vm.new_builtin_type("reversed", nullptr);
    vm.add_static(reversed, "__new__", reversed_new);
    vm.add_iternext(reversed, reversed_next);
    vm.add_method(reversed, "__length_hint__", reversed_length_hint);
    vm.add_builtin_value("reversed", Value(reversed));
    aux_type(vm, AuxType::ReversedIter) = reversed;

    TypeObject* callable_iterator = vm.new_builtin_type("callable_iterator", nullptr);
    vm.add_iternext(callable_iterator, callable_iter_next);
    aux_type(vm, AuxType::CallableIter) = callable_iterator;
}

}  // namespace ls
