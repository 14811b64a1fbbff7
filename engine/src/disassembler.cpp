#include "disassembler.h"

#include <cstdio>

#include "vm.h"

namespace ls {

const char* op_name(Op op) {
    switch (op) {
#define LS_OP_NAME(name) case Op::name: return #name;
        LS_OPCODES(LS_OP_NAME)
#undef LS_OP_NAME
    }
    return "?";
}

namespace {

std::string describe_arg(VM& vm, const CodeObject& code, Op op, uint32_t arg) {
    switch (op) {
        case Op::LOAD_CONST: {
            const Value& v = code.consts[arg];
            if (v.is_obj() && v.obj()->type == vm.t.code) return "<code " + v.as<CodeObject>()->qualname + ">";
            return vm.repr(v);
        }
        case Op::LOAD_FAST: case Op::STORE_FAST: case Op::DELETE_FAST:
            return code.varnames[arg]->s;
        case Op::LOAD_DEREF: case Op::STORE_DEREF: case Op::DELETE_DEREF: case Op::LOAD_CLOSURE: case Op::LOAD_CLASSDEREF:
            return arg < code.cellvars.size() ? code.cellvars[arg]->s : code.freevars[arg - code.cellvars.size()]->s;
        case Op::LOAD_GLOBAL: case Op::STORE_GLOBAL: case Op::DELETE_GLOBAL: case Op::LOAD_NAME: case Op::STORE_NAME:
        case Op::DELETE_NAME: case Op::LOAD_ATTR: case Op::STORE_ATTR: case Op::DELETE_ATTR: case Op::LOAD_METHOD:
        case Op::IMPORT_FROM:
            return code.names[arg]->s;
        case Op::IMPORT_NAME:
            return code.names[arg / 2]->s;
        case Op::JUMP: case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: case Op::JUMP_IF_FALSE_OR_POP:
        case Op::JUMP_IF_TRUE_OR_POP: case Op::FOR_ITER: case Op::SEND: case Op::SETUP_FINALLY: case Op::PUSH_EXC_INFO:
            return "to " + std::to_string(arg);
        default:
            return "";
    }
}

}  // namespace

std::string disassemble(VM& vm, const CodeObject& code) {
    std::string out = "Disassembly of " + code.qualname + " (" + code.filename + ", line " + std::to_string(code.firstlineno) + "):\n";
    int last_line = -1;
    for (size_t pc = 0; pc < code.code.size(); ++pc) {
        uint32_t w = code.code[pc];
        Op op = op_of(w);
        int line = code.positions[pc].line;
        char buf[64];
        if (line != last_line) snprintf(buf, sizeof buf, "%4d ", line);
        else snprintf(buf, sizeof buf, "   | ");
        last_line = line;
        out += buf;
        snprintf(buf, sizeof buf, "%5zu %-22s %6u", pc, op_name(op), arg_of(w));
        out += buf;
        std::string d = describe_arg(vm, code, op, arg_of(w));
        if (!d.empty()) out += " (" + d + ")";
        out += "\n";
    }
    for (auto& c : code.consts)
        if (c.is_obj() && c.obj()->type == vm.t.code) out += "\n" + disassemble(vm, *c.as<CodeObject>());
    return out;
}

}  // namespace ls
