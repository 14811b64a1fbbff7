// The value representation shared by every part of the VM.
//
// A Value is a small tagged union: None, bool, a machine int and a float live inline; everything
// else is a reference-counted heap Object. Reference counting (not a tracing GC) is deliberate:
// CPython's observable behaviour ("coroutine was never awaited" at the end of a statement, "Task
// exception was never retrieved" when the last reference goes) depends on objects dying at once.
// Cycles are reclaimed when the run ends: every Object is on its Heap's list, and Heap::teardown()
// clears and frees whatever is left.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

namespace ls {

class VM;
struct TypeObject;
struct Heap;

// Base of every heap object. Subclasses add their fields; `type` is the Python class.
struct Object {
    uint32_t refcount = 0;
    TypeObject* type = nullptr;  // borrowed: types are kept alive by the runtime's type table
    Object* heap_prev = nullptr;
    Object* heap_next = nullptr;
    uint64_t serial = 0;  // creation order in its heap: a deterministic id() and address

    explicit Object(TypeObject* t);
    virtual ~Object();
    // Objects come from a per-thread cache of small blocks (heap.cpp): a task switch creates
    // and frees several small objects, and malloc/free dominated its cost.
    static void* operator new(size_t size);
    static void operator delete(void* p, size_t size);
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;

    // Drop every reference this object holds (used to break cycles at teardown).
    virtual void clear_refs() {}
    // Reports every Object this one holds a counted reference to (for the cycle collector,
    // gc.cpp). Kinds that do not override it are treated as referenced from outside.
    using Visitor = void (*)(Object* target, void* ctx);
    virtual void traverse(Visitor, void*) const {}
    // Called when the last reference goes, before deletion. Returning true means the object
    // took a new reference to itself (CPython's finalizer resurrection): it is not deleted.
    virtual bool resurrect() { return false; }
    // Approximate bytes owned, for the memory budget.
    virtual size_t byte_size() const { return sizeof(Object); }
};

inline void incref(Object* o) { ++o->refcount; }
void destroy_object(Object* o);  // defined in heap.cpp
inline void decref(Object* o) {
    if (--o->refcount == 0) destroy_object(o);
}

// Intrusive strong pointer to an Object subclass.
template <class T>
class Ref {
public:
    Ref() = default;
    Ref(std::nullptr_t) {}
    Ref(T* p) : p_(p) { if (p_) incref(p_); }
    Ref(const Ref& r) : p_(r.p_) { if (p_) incref(p_); }
    Ref(Ref&& r) noexcept : p_(r.p_) { r.p_ = nullptr; }
    template <class U>
    Ref(const Ref<U>& r) : p_(r.get()) { if (p_) incref(p_); }
    ~Ref() { if (p_) decref(p_); }
    Ref& operator=(Ref r) noexcept { std::swap(p_, r.p_); return *this; }
    T* get() const { return p_; }
    T* operator->() const { return p_; }
    T& operator*() const { return *p_; }
    explicit operator bool() const { return p_ != nullptr; }
    bool operator==(const Ref& o) const { return p_ == o.p_; }
    T* release() { T* p = p_; p_ = nullptr; return p; }
private:
    T* p_ = nullptr;
};

template <class T, class... A>
Ref<T> make(A&&... a) { return Ref<T>(new T(std::forward<A>(a)...)); }

// Unbound marks a local variable that has no value yet (never visible to Python code).
enum class Tag : uint8_t { None, Bool, Int, Float, Obj, Unbound };

// A Python value. Ints that fit in int64 are inline; larger ones are IntObject (GMP) and are
// always normalised back to inline when they fit again (see int_ops).
class Value {
public:
    Value() : tag_(Tag::None) { u_.i = 0; }
    static Value none() { return Value(); }
    static Value boolean(bool b) { Value v; v.tag_ = Tag::Bool; v.u_.i = b ? 1 : 0; return v; }
    static Value integer(int64_t i) { Value v; v.tag_ = Tag::Int; v.u_.i = i; return v; }
    static Value floating(double d) { Value v; v.tag_ = Tag::Float; v.u_.f = d; return v; }
    static Value unbound() { Value v; v.tag_ = Tag::Unbound; return v; }
    Value(Object* o) : tag_(o ? Tag::Obj : Tag::None) { u_.o = o; if (o) incref(o); }
    template <class T>
    Value(const Ref<T>& r) : Value(static_cast<Object*>(r.get())) {}

    [[gnu::always_inline]] Value(const Value& v) : tag_(v.tag_), u_(v.u_) { if (tag_ == Tag::Obj) incref(u_.o); }
    [[gnu::always_inline]] Value(Value&& v) noexcept : tag_(v.tag_), u_(v.u_) { v.tag_ = Tag::None; }
    [[gnu::always_inline]] ~Value() { if (tag_ == Tag::Obj) decref(u_.o); }
    Value& operator=(Value v) noexcept { std::swap(tag_, v.tag_); std::swap(u_, v.u_); return *this; }

    Tag tag() const { return tag_; }
    bool is_none() const { return tag_ == Tag::None; }
    bool is_bool() const { return tag_ == Tag::Bool; }
    bool is_int() const { return tag_ == Tag::Int; }      // inline int only; see is_integer()
    bool is_float() const { return tag_ == Tag::Float; }
    bool is_obj() const { return tag_ == Tag::Obj; }
    bool is_unbound() const { return tag_ == Tag::Unbound; }

    bool as_bool() const { return u_.i != 0; }
    int64_t as_int() const { return u_.i; }
    double as_float() const { return u_.f; }
    Object* obj() const { return u_.o; }
    template <class T> T* as() const { return static_cast<T*>(u_.o); }

    // Identity (Python's `is`).
    bool is(const Value& o) const {
        if (tag_ != o.tag_) return false;
        switch (tag_) {
            case Tag::None:
            case Tag::Unbound: return true;
            case Tag::Float: return u_.f == o.u_.f;  // floats are boxed in CPython; close enough
            default: return u_.i == o.u_.i;
        }
    }

private:
    Tag tag_;
    union { int64_t i; double f; Object* o; } u_;
};

}  // namespace ls
