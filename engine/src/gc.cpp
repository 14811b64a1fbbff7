// The cycle collector behind gc.collect(). The engine frees objects by reference counting;
// cycles are otherwise reclaimed when the run ends. This is CPython's algorithm: subtract the
// references objects hold to each other; whatever still has references left is reachable from
// outside (C++ code, running frames), and so is everything it reaches; the rest is garbage.
// Object kinds without traverse() count as reachable, which can only keep garbage, never free
// something in use.
#include "gc.h"

#include <unordered_map>
#include <vector>

#include "asyncio_core.h"
#include "code.h"
#include "frame.h"

namespace ls {

namespace {

void visit(const Value& x, Object::Visitor v, void* c) {
    if (x.is_obj()) v(x.obj(), c);
}
template <class T>
void visit(const Ref<T>& r, Object::Visitor v, void* c) {
    if (r) v(r.get(), c);
}

void visit_frame(const Frame* f, Object::Visitor v, void* c) {
    if (!f) return;
    visit(f->code, v, c);
    visit(f->func, v, c);
    visit(f->globals, v, c);
    visit(f->locals, v, c);
    for (auto& x : f->fast) visit(x, v, c);
    for (auto& x : f->cells) visit(x, v, c);
    for (auto& x : f->stack) visit(x, v, c);
    visit(f->handled, v, c);
    visit(f->pending_throw, v, c);
}

}  // namespace

void ListObject::traverse(Visitor v, void* c) const { for (auto& x : items) visit(x, v, c); }
void TupleObject::traverse(Visitor v, void* c) const { for (auto& x : items) visit(x, v, c); }
void DictObject::traverse(Visitor v, void* c) const {
    for (auto& e : entries)
        if (e.used) {
            visit(e.key, v, c);
            visit(e.value, v, c);
        }
}
void SetObject::traverse(Visitor v, void* c) const {
    for (auto& s : table)
        if (s.state == 1) visit(s.key, v, c);
}
void SliceObject::traverse(Visitor v, void* c) const {
    visit(start, v, c);
    visit(stop, v, c);
    visit(step, v, c);
}
void NativeFunctionObject::traverse(Visitor v, void* c) const { visit(bound_data, v, c); }
void CellObject::traverse(Visitor v, void* c) const { visit(value, v, c); }
void FunctionObject::traverse(Visitor v, void* c) const {
    visit(code, v, c);
    visit(globals, v, c);
    for (auto& x : defaults) visit(x, v, c);
    visit(kwdefaults, v, c);
    for (auto& x : closure) visit(x, v, c);
    visit(name, v, c);
    visit(qualname, v, c);
    visit(module_name, v, c);
    visit(attrs, v, c);
}
void BoundMethodObject::traverse(Visitor v, void* c) const {
    visit(self, v, c);
    visit(func, v, c);
}
void WrapperObject::traverse(Visitor v, void* c) const {
    visit(func, v, c);
    visit(setter, v, c);
    visit(deleter, v, c);
}
void TypeObject::traverse(Visitor v, void* c) const {
    for (auto& b : bases) visit(b, v, c);
    visit(dict, v, c);
}
void InstanceObject::traverse(Visitor v, void* c) const { visit(attrs, v, c); }
void ExceptionObject::traverse(Visitor v, void* c) const {
    InstanceObject::traverse(v, c);
    visit(args, v, c);
    for (auto& t : traceback) visit(t.code, v, c);
    visit(cause, v, c);
    visit(context, v, c);
    visit(held, v, c);
}
void ModuleObject::traverse(Visitor v, void* c) const {
    visit(name, v, c);
    visit(dict, v, c);
}
void GeneratorObject::traverse(Visitor v, void* c) const {
    visit_frame(frame, v, c);
    visit(name, v, c);
    visit(qualname, v, c);
    visit(code, v, c);
    visit(created_in, v, c);
}
void SeqIterObject::traverse(Visitor v, void* c) const { visit(seq, v, c); }

void FutureObject::traverse(Visitor v, void* c) const {
    InstanceObject::traverse(v, c);
    visit(result, v, c);
    visit(exception, v, c);
    visit(cancel_message, v, c);
    visit(cancelled_exc, v, c);
    for (auto& x : callbacks) visit(x, v, c);
    visit(loop, v, c);
}
void TaskObject::traverse(Visitor v, void* c) const {
    FutureObject::traverse(v, c);
    visit(coro, v, c);
    visit(fut_waiter, v, c);
    visit(name, v, c);
}
void HandleObject::traverse(Visitor v, void* c) const {
    visit(callback, v, c);
    for (auto& x : args) visit(x, v, c);
    visit(loop, v, c);
    visit(step_task, v, c);
}

size_t collect_cycles(VM& vm) {
    // 1. Every object's references, minus those held by other heap objects.
    std::unordered_map<Object*, int64_t> gc_refs;
    for (Object* o = vm.heap.head; o; o = o->heap_next) gc_refs[o] = o->refcount;
    for (Object* o = vm.heap.head; o; o = o->heap_next)
        o->traverse([](Object* t, void* ctx) {
            auto& m = *static_cast<std::unordered_map<Object*, int64_t>*>(ctx);
            auto it = m.find(t);
            if (it != m.end()) --it->second;
        }, &gc_refs);
    // 2. Reachable: anything with references left, and everything it reaches.
    struct Mark {
        std::unordered_map<Object*, int64_t>* refs;
        std::vector<Object*> work;
    } mark{&gc_refs, {}};
    for (auto& [o, n] : gc_refs)
        if (n > 0) mark.work.push_back(o);
    std::unordered_map<Object*, bool> reachable;
    while (!mark.work.empty()) {
        Object* o = mark.work.back();
        mark.work.pop_back();
        if (reachable[o]) continue;
        reachable[o] = true;
        o->traverse([](Object* t, void* ctx) { static_cast<Mark*>(ctx)->work.push_back(t); }, &mark);
    }
    std::vector<Object*> garbage;
    for (auto& [o, n] : gc_refs)
        if (!reachable.count(o)) garbage.push_back(o);
    if (garbage.empty()) return 0;
    // Deterministic order (creation order), whatever the hash map did.
    std::sort(garbage.begin(), garbage.end(), [](Object* a, Object* b) { return a->serial < b->serial; });
    // 3. Finalize: suspended generators are closed (their finally blocks run), then a pending
    // task that only a cycle kept alive is reported (rule 40).
    for (Object* o : garbage) incref(o);
    for (Object* o : garbage) {
        if (o->type != vm.t.generator && o->type != vm.t.coroutine) continue;
        auto* g = static_cast<GeneratorObject*>(o);
        if (g->state != GenState::Suspended) continue;
        try {
            vm.call_method(Value(o), "close", {});
        } catch (PyError&) {
        }
    }
    if (vm.aio) {
        for (Object* o : garbage) {
            if (!vm.is_subtype(o->type, vm.aio->task_type)) continue;
            auto* t = static_cast<TaskObject*>(o);
            if (t->done()) continue;
            std::string text = "Task was destroyed but it is pending!\ntask: " + vm.repr(Value(o)) + "\n";
            vm.write_stderr(text);
        }
    }
    // 4. Break the cycles; the ordinary reference counting frees them.
    for (Object* o : garbage) o->clear_refs();
    size_t n = garbage.size();
    for (Object* o : garbage) decref(o);
    return n;
}

}  // namespace ls
