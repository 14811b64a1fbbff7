// Constructors and cycle-breaking for the object kinds declared in objects.h.
#include "objects.h"

#include "code.h"
#include "frame.h"
#include "interpreter.h"
#include "str_util.h"

namespace ls {

StrObject::StrObject(TypeObject* t, std::string v) : Object(t), s(std::move(v)), ascii(is_ascii(s)) {
    if (ascii) length_cache = static_cast<int64_t>(s.size());
}

FunctionObject::FunctionObject(TypeObject* t, Ref<CodeObject> c, Ref<DictObject> g)
    : Object(t), code(std::move(c)), globals(std::move(g)) {}

void FunctionObject::clear_refs() {
    code = nullptr;
    globals = nullptr;
    defaults.clear();
    kwdefaults = nullptr;
    closure.clear();
    name = qualname = nullptr;
    module_name = Value();
    attrs = nullptr;
}

TypeObject::TypeObject(TypeObject* meta, std::string n) : Object(meta), name(std::move(n)) {}

void TypeObject::clear_refs() {
    bases.clear();
    mro.clear();
    dict = nullptr;
}

InstanceObject::InstanceObject(TypeObject* t) : Object(t) {}

void InstanceObject::clear_refs() { attrs = nullptr; }

ExceptionObject::ExceptionObject(TypeObject* t, Ref<TupleObject> a) : InstanceObject(t), args(std::move(a)) {}

void ExceptionObject::clear_refs() {
    InstanceObject::clear_refs();
    args = nullptr;
    traceback.clear();
    cause = context = held = Value();
}

void ModuleObject::clear_refs() { dict = nullptr; }

GeneratorObject::GeneratorObject(TypeObject* t, GenKind k, Frame* f) : Object(t), kind(k), frame(f) {
    if (frame) frame->gen = this;
}

GeneratorObject::~GeneratorObject() {
    if (frame) free_frame(frame);
}

void GeneratorObject::clear_refs() {
    if (frame) free_frame(frame);
    frame = nullptr;
    state = GenState::Closed;
    created_in = nullptr;
    code = nullptr;
}

}  // namespace ls
