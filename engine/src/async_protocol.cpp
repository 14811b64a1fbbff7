// The await / async-iteration protocols the interpreter's GET_AWAITABLE, GET_AITER, GET_ANEXT
// and SEND use for objects that are not generators or coroutines.
#include "code.h"
#include "vm.h"

namespace ls {

Value VM::get_awaitable(const Value& v, uint32_t where) {
    TypeObject* type = type_of(v);
    if (type == t.generator && v.as<GeneratorObject>()->code && v.as<GeneratorObject>()->code->is(kCodeIterableCoroutine)) return v;
    if (type == t.coroutine) {
        auto* g = v.as<GeneratorObject>();
        if (g->state == GenState::Closed || g->awaited) raise(e.RuntimeError, "cannot reuse already awaited coroutine");
        return v;
    }
    if (type->await_returns_self) return v;
    auto aw = lookup_type(type, "__await__");
    if (!aw) {
        if (where == 1) type_error("'async with' received an object from __aenter__ that does not implement __await__: " + type->name);
        if (where == 2) type_error("'async with' received an object from __aexit__ that does not implement __await__: " + type->name);
        type_error("object " + type->name + " can't be used in 'await' expression");
    }
    Value it = call(*aw, {v});
    TypeObject* it_type = type_of(it);
    if (it_type == t.coroutine) type_error("__await__() returned a coroutine");
    if (it_type != t.generator && !it_type->iternext && !it_type->await_send && !lookup_type(it_type, "__next__"))
        type_error("__await__() returned non-iterator of type '" + it_type->name + "'");
    return it;
}

Value VM::get_aiter(const Value& v) {
    auto ai = lookup_type(type_of(v), "__aiter__");
    if (!ai) type_error("'async for' requires an object with __aiter__ method, got " + type_name(v));
    Value it = call(*ai, {v});
    if (!lookup_type(type_of(it), "__anext__"))
        type_error("'async for' received an object from __aiter__ that does not implement __anext__: " + type_name(it));
    return it;
}

Value VM::get_anext(const Value& aiter) {
    auto an = lookup_type(type_of(aiter), "__anext__");
    if (!an) type_error("'async for' requires an iterator with __anext__ method, got " + type_name(aiter));
    Value awaitable = call(*an, {aiter});
    return get_awaitable(awaitable, 0);
}

bool VM::send_native(const Value& it, Value v, Value& out) {
    if (auto slot = type_of(it)->await_send) {
        Value self = it;
        return slot(*this, self, v, out);
    }
    try {
        if (v.is_none()) {
            if (next(it, out)) return true;
            out = Value();
            return false;
        }
        out = call_method(it, "send", {v});
        return true;
    } catch (PyError& err) {
        if (!isinstance(err.exc, e.StopIteration)) throw;
        auto* se = err.exc.as<ExceptionObject>();
        out = se->args->items.empty() ? Value() : se->args->items[0];
        return false;
    }
}

}  // namespace ls
