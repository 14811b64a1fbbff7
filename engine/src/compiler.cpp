#include "compiler.h"

#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "number_util.h"
#include "set.h"
#include "symtable.h"
#include "vm.h"

namespace ls {

using namespace ast;

namespace {

struct CompileError {
    SyntaxErrorInfo info;
};

// What a `break`, `continue` or `return` must undo on its way out (CPython's "fblock").
enum class FBlockKind { WhileLoop, ForLoop, AsyncForLoop, TryExcept, FinallyTry, FinallyEnd, HandlerCleanup, With, AsyncWith };

struct FBlock {
    FBlock(FBlockKind k, int cont = -1, int brk = -1) : kind(k), continue_label(cont), break_label(brk) {}
    FBlockKind kind;
    int continue_label = -1;
    int break_label = -1;
    const Body* finalbody = nullptr;  // FinallyTry
    std::string handler_name;         // HandlerCleanup: the `as` name to clear
};

// One code object under construction.
struct Unit {
    Ref<CodeObject> code;
    Scope* scope = nullptr;
    std::vector<int> label_pc;  // label id -> instruction index (-1 while unplaced)
    std::vector<FBlock> fblocks;
    std::unordered_map<std::string, int> varname_index, name_index, cell_index;
};

bool is_jump(Op op) {
    switch (op) {
        case Op::JUMP: case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE:
        case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: case Op::FOR_ITER:
        case Op::SEND: case Op::SETUP_FINALLY: case Op::PUSH_EXC_INFO:
            return true;
        default:
            return false;
    }
}

class Compiler {
public:
    Compiler(VM& vm, const SymbolTable& st, std::string filename)
        : vm_(vm), st_(st), filename_(std::move(filename)) {}

    Ref<CodeObject> module(const Module& m) {
        Scope* s = st_.scope_of(&m);
        push_unit(s, "<module>", "<module>", 1, kCodeNamespace);
        if (Value doc = docstring(m.body); !doc.is_none()) {
            emit_const(doc, Pos{});
            name_op("__doc__", Access::Store, Pos{});
        }
        for (auto& stmt : m.body) statement(*stmt);
        emit_const(Value::none(), last_pos_);
        emit(Op::RETURN_VALUE, 0, last_pos_);
        return pop_unit();
    }

private:
    VM& vm_;
    const SymbolTable& st_;
    std::string filename_;
    std::vector<Unit> units_;
    Pos last_pos_{};

    Unit& u() { return units_.back(); }

    [[noreturn]] void fail(const Pos& p, std::string msg) {
        CompileError e;
        e.info.message = std::move(msg);
        e.info.line = p.line;
        e.info.col = p.col + 1;
        e.info.end_col = p.end_line == p.line ? p.end_col + 1 : 0;
        throw e;
    }

    // ---- units ------------------------------------------------------------------------------
    void push_unit(Scope* scope, const std::string& name, const std::string& qualname, int line, uint32_t flags) {
        Unit unit;
        unit.scope = scope;
        unit.code = make<CodeObject>(vm_.t.code);
        unit.code->name = name;
        unit.code->qualname = qualname;
        unit.code->filename = filename_;
        unit.code->firstlineno = line;
        unit.code->flags = flags;
        if (scope) {
            for (auto& p : scope->params) add_varname(unit, p);
            // Cells and free variables in a stable (sorted) order.
            for (auto& c : scope->cells) {
                unit.cell_index[c] = static_cast<int>(unit.code->cellvars.size());
                unit.code->cellvars.push_back(vm_.intern(c));
                int arg = -1;
                for (size_t i = 0; i < scope->params.size(); ++i)
                    if (scope->params[i] == c) arg = static_cast<int>(i);
                unit.code->cell_args.push_back(arg);
            }
        }
        units_.push_back(std::move(unit));
        if (scope) {
            for (auto& f : scope->free) {
                u().cell_index[f] = static_cast<int>(u().code->cellvars.size() + u().code->freevars.size());
                u().code->freevars.push_back(vm_.intern(f));
            }
        }
    }

    static void add_varname(Unit& unit, const std::string& n) {
        if (unit.varname_index.count(n)) return;
        unit.varname_index[n] = static_cast<int>(unit.code->varnames.size());
        unit.code->varnames.push_back(nullptr);  // filled lazily below (needs the VM)
    }

    Ref<CodeObject> pop_unit() {
        Unit& unit = u();
        // Resolve labels.
        auto& code = unit.code->code;
        for (auto& w : code) {
            Op op = op_of(w);
            if (is_jump(op)) w = encode(op, static_cast<uint32_t>(unit.label_pc[arg_of(w)]));
        }
        // Fill varnames that were added before the VM interned them.
        for (auto& [n, i] : unit.varname_index)
            if (!unit.code->varnames[i]) unit.code->varnames[i] = vm_.intern(n);
        Ref<CodeObject> result = unit.code;
        units_.pop_back();
        return result;
    }

    int new_label() {
        u().label_pc.push_back(-1);
        return static_cast<int>(u().label_pc.size() - 1);
    }
    void place(int label) { u().label_pc[label] = static_cast<int>(u().code->code.size()); }

    void emit(Op op, uint32_t arg, const Pos& p) {
        if (arg >= (1u << 24)) fail(p, "too many constants or names in one code object");
        u().code->code.push_back(encode(op, arg));
        u().code->positions.push_back(SourcePos{p.line, p.col});
    }
    void emit_jump(Op op, int label, const Pos& p) { emit(op, static_cast<uint32_t>(label), p); }

    uint32_t add_const(Value v) {
        auto& consts = u().code->consts;
        // Reuse identical simple constants (small code objects stay small).
        for (size_t i = 0; i < consts.size(); ++i) {
            const Value& c = consts[i];
            if (c.tag() != v.tag()) continue;
            if (v.is_none() || ((v.is_int() || v.is_bool()) && c.as_int() == v.as_int())) return static_cast<uint32_t>(i);
            if (v.is_obj() && c.obj() == v.obj()) return static_cast<uint32_t>(i);
        }
        consts.push_back(std::move(v));
        return static_cast<uint32_t>(consts.size() - 1);
    }
    void emit_const(Value v, const Pos& p) { emit(Op::LOAD_CONST, add_const(std::move(v)), p); }

    uint32_t name_idx(const std::string& n) {
        auto it = u().name_index.find(n);
        if (it != u().name_index.end()) return static_cast<uint32_t>(it->second);
        int i = static_cast<int>(u().code->names.size());
        u().code->names.push_back(vm_.intern(n));
        u().name_index[n] = i;
        return static_cast<uint32_t>(i);
    }
    uint32_t varname_idx(const std::string& n) {
        add_varname(u(), n);
        return static_cast<uint32_t>(u().varname_index[n]);
    }

    // ---- names ------------------------------------------------------------------------------
    enum class Access { Load, Store, Del };

    void name_op(const std::string& n, Access a, const Pos& p) {
        Scope* s = u().scope;
        NameKind k = s ? s->resolve(n) : NameKind::Namespace;
        bool ns = u().code->is(kCodeNamespace);
        if (ns && k == NameKind::Local) k = NameKind::Namespace;
        switch (k) {
            case NameKind::Local: {
                uint32_t i = varname_idx(n);
                emit(a == Access::Load ? Op::LOAD_FAST : a == Access::Store ? Op::STORE_FAST : Op::DELETE_FAST, i, p);
                return;
            }
            case NameKind::Cell:
            case NameKind::Free: {
                uint32_t i = static_cast<uint32_t>(u().cell_index.at(n));
                if (a == Access::Load && u().code->is(kCodeClassBody)) emit(Op::LOAD_CLASSDEREF, i, p);
                else if (a == Access::Store && u().code->is(kCodeClassBody) && k == NameKind::Free) emit(Op::STORE_NAME, name_idx(n), p);
                else emit(a == Access::Load ? Op::LOAD_DEREF : a == Access::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, i, p);
                return;
            }
            case NameKind::GlobalExplicit:
                emit(a == Access::Load ? Op::LOAD_GLOBAL : a == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, name_idx(n), p);
                return;
            case NameKind::GlobalImplicit:
                if (ns) emit(a == Access::Load ? Op::LOAD_NAME : a == Access::Store ? Op::STORE_NAME : Op::DELETE_NAME, name_idx(n), p);
                else emit(a == Access::Load ? Op::LOAD_GLOBAL : a == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, name_idx(n), p);
                return;
            case NameKind::Namespace:
                emit(a == Access::Load ? Op::LOAD_NAME : a == Access::Store ? Op::STORE_NAME : Op::DELETE_NAME, name_idx(n), p);
                return;
        }
    }

    // ---- statements -------------------------------------------------------------------------
    // A leading string literal of a function, class or module body.
    Value docstring(const Body& b) {
        if (b.empty() || b[0]->kind != StmtKind::ExprStmt) return Value();
        auto& e = *static_cast<const ExprStmt&>(*b[0]).value;
        if (e.kind != ExprKind::Constant || static_cast<const Constant&>(e).ckind != ConstKind::Str) return Value();
        return vm_.str(static_cast<const Constant&>(e).text);
    }

    void body(const Body& b) {
        for (auto& s : b) statement(*s);
    }

    void statement(const Stmt& s) {
        last_pos_ = s.pos;
        const Pos& p = s.pos;
        switch (s.kind) {
            case StmtKind::FunctionDef: function_def(static_cast<const FunctionDef&>(s)); break;
            case StmtKind::ClassDef: class_def(static_cast<const ClassDef&>(s)); break;
            case StmtKind::Return: {
                auto& r = static_cast<const Return&>(s);
                if (!u().scope || u().scope->kind != ScopeKind::Function) fail(p, "'return' outside function");
                if (r.value && u().code->is(kCodeAsyncGenerator))
                    fail(p, "'return' with value in async generator");
                if (r.value) expr(*r.value); else emit_const(Value::none(), p);
                unwind_all(true, p);
                emit(Op::RETURN_VALUE, 0, p);
                break;
            }
            case StmtKind::Delete:
                for (auto& t : static_cast<const Delete&>(s).targets) del_target(*t);
                break;
            case StmtKind::Assign: {
                auto& a = static_cast<const Assign&>(s);
                expr(*a.value);
                for (size_t i = 0; i < a.targets.size(); ++i) {
                    if (i + 1 < a.targets.size()) emit(Op::COPY, 1, p);
                    store_target(*a.targets[i]);
                }
                break;
            }
            case StmtKind::AugAssign: aug_assign(static_cast<const AugAssign&>(s)); break;
            case StmtKind::AnnAssign: {
                auto& a = static_cast<const AnnAssign&>(s);
                if (a.value) {
                    expr(*a.value);
                    store_target(*a.target);
                }
                break;
            }
            case StmtKind::For: for_stmt(static_cast<const For&>(s)); break;
            case StmtKind::While: while_stmt(static_cast<const While&>(s)); break;
            case StmtKind::If: {
                auto& i = static_cast<const If&>(s);
                int else_l = new_label(), end = new_label();
                expr(*i.test);
                emit_jump(Op::POP_JUMP_IF_FALSE, else_l, i.test->pos);
                body(i.body);
                if (!i.orelse.empty()) emit_jump(Op::JUMP, end, p);
                place(else_l);
                body(i.orelse);
                place(end);
                break;
            }
            case StmtKind::With: with_stmt(static_cast<const With&>(s), 0); break;
            case StmtKind::Raise: {
                auto& r = static_cast<const Raise&>(s);
                uint32_t n = 0;
                if (r.exc) { expr(*r.exc); n = 1; }
                if (r.cause) { expr(*r.cause); n = 2; }
                emit(Op::RAISE_VARARGS, n, p);
                break;
            }
            case StmtKind::Try: {
                auto& t = static_cast<const Try&>(s);
                if (!t.finalbody.empty()) try_finally(t); else try_except(t);
                break;
            }
            case StmtKind::Assert: {
                auto& a = static_cast<const Assert&>(s);
                int end = new_label();
                expr(*a.test);
                emit_jump(Op::POP_JUMP_IF_TRUE, end, p);
                emit(Op::LOAD_ASSERTION_ERROR, 0, p);
                if (a.msg) {
                    expr(*a.msg);
                    emit(Op::CALL, 1, p);
                }
                emit(Op::RAISE_VARARGS, 1, p);
                place(end);
                break;
            }
            case StmtKind::Import:
                for (auto& a : static_cast<const Import&>(s).names) {
                    bool leaf = !a.asname.empty();
                    emit(Op::IMPORT_NAME, name_idx(a.name) * 2 + (leaf ? 1 : 0), a.pos);
                    name_op(leaf ? a.asname : a.name.substr(0, a.name.find('.')), Access::Store, a.pos);
                }
                break;
            case StmtKind::ImportFrom: {
                auto& f = static_cast<const ImportFrom&>(s);
                if (f.level > 0) fail(p, "attempted relative import with no known parent package");
                emit(Op::IMPORT_NAME, name_idx(f.module) * 2 + 1, p);
                for (auto& a : f.names) {
                    if (a.name == "*") {
                        emit(Op::IMPORT_STAR, 0, p);
                        return;
                    }
                    emit(Op::IMPORT_FROM, name_idx(a.name), a.pos);
                    name_op(a.asname.empty() ? a.name : a.asname, Access::Store, a.pos);
                }
                emit(Op::POP_TOP, 0, p);
                break;
            }
            case StmtKind::Global:
            case StmtKind::Nonlocal:
            case StmtKind::Pass:
                break;
            case StmtKind::ExprStmt: {
                auto& e = static_cast<const ExprStmt&>(s);
                if (e.value->kind == ExprKind::Constant) break;  // docstrings and bare literals
                expr(*e.value);
                emit(Op::POP_TOP, 0, p);
                break;
            }
            case StmtKind::Break: loop_exit(true, p); break;
            case StmtKind::Continue: loop_exit(false, p); break;
        }
    }

    // `except E as name:` unbinds the name when the handler ends (`name = None; del name`).
    void clear_handler_name(const std::string& name, const Pos& p) {
        if (name.empty()) return;
        emit_const(Value::none(), p);
        name_op(name, Access::Store, p);
        name_op(name, Access::Del, p);
    }

    // ---- unwinding for break / continue / return ---------------------------------------------
    void unwind_block(const FBlock& fb, bool preserve_tos, const Pos& p) {
        switch (fb.kind) {
            case FBlockKind::WhileLoop:
                break;
            case FBlockKind::ForLoop:
            case FBlockKind::AsyncForLoop:
                if (preserve_tos) emit(Op::SWAP, 2, p);
                emit(Op::POP_TOP, 0, p);
                break;
            case FBlockKind::TryExcept:
                emit(Op::POP_BLOCK, 0, p);
                break;
            case FBlockKind::FinallyTry: {
                // Run the finally body inline; callers have already popped this fblock, so a
                // `return` inside the finally body does not run it again.
                emit(Op::POP_BLOCK, 0, p);
                body(*fb.finalbody);
                break;
            }
            case FBlockKind::FinallyEnd:
                // stack: prev exc [tos]
                emit(Op::POP_BLOCK, 0, p);
                if (preserve_tos) emit(Op::SWAP, 2, p);
                emit(Op::POP_TOP, 0, p);
                if (preserve_tos) emit(Op::SWAP, 2, p);
                emit(Op::POP_EXCEPT, 0, p);
                break;
            case FBlockKind::HandlerCleanup:
                emit(Op::POP_BLOCK, 0, p);
                if (preserve_tos) emit(Op::SWAP, 2, p);
                emit(Op::POP_EXCEPT, 0, p);
                clear_handler_name(fb.handler_name, p);
                break;
            case FBlockKind::With:
            case FBlockKind::AsyncWith:
                emit(Op::POP_BLOCK, 0, p);
                if (preserve_tos) emit(Op::SWAP, 2, p);
                emit_const(Value::none(), p);
                emit_const(Value::none(), p);
                emit_const(Value::none(), p);
                emit(Op::CALL, 3, p);
                if (fb.kind == FBlockKind::AsyncWith) emit_await(p);
                emit(Op::POP_TOP, 0, p);
                break;
        }
    }

    void unwind_all(bool preserve_tos, const Pos& p) {
        auto blocks = u().fblocks;  // copy: unwinding a finally compiles code that may push blocks
        for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
            u().fblocks.pop_back();
            unwind_block(*it, preserve_tos, p);
        }
        u().fblocks = blocks;
    }

    void loop_exit(bool is_break, const Pos& p) {
        auto blocks = u().fblocks;
        int i = static_cast<int>(blocks.size()) - 1;
        for (; i >= 0; --i) {
            auto k = blocks[i].kind;
            if (k == FBlockKind::WhileLoop || k == FBlockKind::ForLoop || k == FBlockKind::AsyncForLoop) break;
        }
        if (i < 0) fail(p, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        for (int j = static_cast<int>(blocks.size()) - 1; j > i; --j) {
            u().fblocks.pop_back();
            unwind_block(blocks[j], false, p);
        }
        if (is_break) {
            unwind_block(blocks[i], false, p);
            emit_jump(Op::JUMP, blocks[i].break_label, p);
        } else {
            emit_jump(Op::JUMP, blocks[i].continue_label, p);
        }
        u().fblocks = blocks;
    }

    // ---- loops --------------------------------------------------------------------------------
    void for_stmt(const For& f) {
        const Pos& p = f.pos;
        int top = new_label(), else_l = new_label(), end = new_label();
        expr(*f.iter);
        if (f.is_async) {
            check_async(p, "'async for' outside async function");
            async_for_loop(f, top, else_l, end);
            return;
        }
        emit(Op::GET_ITER, 0, p);
        place(top);
        emit_jump(Op::FOR_ITER, else_l, p);
        store_target(*f.target);
        u().fblocks.push_back({FBlockKind::ForLoop, top, end});
        body(f.body);
        u().fblocks.pop_back();
        emit_jump(Op::JUMP, top, p);
        place(else_l);
        body(f.orelse);
        place(end);
    }

    void async_for_loop(const For& f, int top, int else_l, int end) {
        const Pos& p = f.pos;
        emit(Op::GET_AITER, 0, p);
        place(top);
        int handler = new_label();
        emit_jump(Op::SETUP_FINALLY, handler, p);
        emit(Op::GET_ANEXT, 0, p);
        emit_const(Value::none(), p);
        emit_send_loop(p);
        emit(Op::POP_BLOCK, 0, p);
        store_target(*f.target);
        u().fblocks.push_back({FBlockKind::AsyncForLoop, top, end});
        body(f.body);
        u().fblocks.pop_back();
        emit_jump(Op::JUMP, top, p);
        place(handler);
        emit(Op::END_ASYNC_FOR, 0, p);  // pops ait and exc; re-raises unless StopAsyncIteration
        place(else_l);
        body(f.orelse);
        place(end);
    }

    void while_stmt(const While& w) {
        const Pos& p = w.pos;
        int top = new_label(), else_l = new_label(), end = new_label();
        place(top);
        bool always = w.test->kind == ExprKind::Constant && static_cast<const Constant&>(*w.test).ckind == ConstKind::True;
        if (!always) {
            expr(*w.test);
            emit_jump(Op::POP_JUMP_IF_FALSE, else_l, w.test->pos);
        }
        u().fblocks.push_back({FBlockKind::WhileLoop, top, end});
        body(w.body);
        u().fblocks.pop_back();
        emit_jump(Op::JUMP, top, p);
        place(else_l);
        body(w.orelse);
        place(end);
    }

    // ---- try ----------------------------------------------------------------------------------
    void try_except(const Try& t) {
        if (t.is_star) compile_try_star(t.body, t.handlers, t.orelse, t.pos);
        else compile_try_except(t.body, t.handlers, t.orelse, t.pos);
    }

    // try / except*: every matching clause runs with its part of the group; what the clauses
    // raise and what none of them matched is re-raised together (PREP_RERAISE_STAR).
    void compile_try_star(const Body& tbody, const std::vector<ExceptHandler>& handlers, const Body& orelse, const Pos& p) {
        int handler = new_label(), cleanup = new_label(), end = new_label(), else_l = new_label(), reraise = new_label();
        emit_jump(Op::SETUP_FINALLY, handler, p);
        u().fblocks.push_back({FBlockKind::TryExcept});
        body(tbody);
        u().fblocks.pop_back();
        emit(Op::POP_BLOCK, 0, p);
        emit_jump(Op::JUMP, else_l, p);
        place(handler);                            // exc
        emit_jump(Op::PUSH_EXC_INFO, cleanup, p);  // prev exc
        emit(Op::COPY, 1, p);                      // prev orig exc
        emit(Op::BUILD_LIST, 0, p);                // prev orig exc list
        emit(Op::SWAP, 2, p);                      // prev orig list rest
        for (const ExceptHandler& h : handlers) {
            if (!h.type) fail(h.pos, "expected one or more exception types");
            int no_match = new_label(), next = new_label(), raised = new_label();
            expr(*h.type);
            emit(Op::CHECK_EG_MATCH, 0, h.pos);    // prev orig list rest match
            emit(Op::COPY, 1, h.pos);
            emit_const(Value::none(), h.pos);
            emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOpKind::Is), h.pos);
            emit_jump(Op::POP_JUMP_IF_TRUE, no_match, h.pos);
            if (!h.name.empty()) name_op(h.name, Access::Store, h.pos);
            else emit(Op::POP_TOP, 0, h.pos);      // prev orig list rest
            emit_jump(Op::SETUP_FINALLY, raised, h.pos);
            FBlock fb{FBlockKind::TryExcept};
            u().fblocks.push_back(fb);
            body(h.body);
            u().fblocks.pop_back();
            emit(Op::POP_BLOCK, 0, h.pos);
            emit_jump(Op::JUMP, next, h.pos);
            place(raised);                         // prev orig list rest raised
            emit(Op::LIST_APPEND, 2, h.pos);
            emit_jump(Op::JUMP, next, h.pos);
            place(no_match);                       // prev orig list rest None
            emit(Op::POP_TOP, 0, h.pos);
            place(next);
            clear_handler_name(h.name, h.pos);
        }
        emit(Op::LIST_APPEND, 1, p);               // prev orig list
        emit(Op::PREP_RERAISE_STAR, 0, p);         // prev result
        emit(Op::COPY, 1, p);
        emit_const(Value::none(), p);
        emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOpKind::IsNot), p);
        emit_jump(Op::POP_JUMP_IF_TRUE, reraise, p);
        emit(Op::POP_TOP, 0, p);                   // prev
        emit(Op::POP_BLOCK, 0, p);
        emit(Op::POP_EXCEPT, 0, p);
        emit_jump(Op::JUMP, end, p);
        place(reraise);                            // prev result
        emit(Op::RERAISE, 0, p);
        place(cleanup);
        emit(Op::POP_EXCEPT_AND_RERAISE, 0, p);
        place(else_l);
        body(orelse);
        place(end);
    }

    void try_finally(const Try& t) {
        const Pos& p = t.pos;
        int handler = new_label(), cleanup = new_label(), end = new_label();
        emit_jump(Op::SETUP_FINALLY, handler, p);
        FBlock fb{FBlockKind::FinallyTry};
        fb.finalbody = &t.finalbody;
        u().fblocks.push_back(fb);
        if (!t.handlers.empty()) compile_try_except(t.body, t.handlers, t.orelse, t.pos);
        else body(t.body);
        u().fblocks.pop_back();
        emit(Op::POP_BLOCK, 0, p);
        body(t.finalbody);
        emit_jump(Op::JUMP, end, p);

        place(handler);  // stack: exc
        emit_jump(Op::PUSH_EXC_INFO, cleanup, p);
        u().fblocks.push_back({FBlockKind::FinallyEnd});
        body(t.finalbody);
        u().fblocks.pop_back();
        emit(Op::RERAISE, 0, p);
        place(cleanup);
        emit(Op::POP_EXCEPT_AND_RERAISE, 0, p);
        place(end);
    }

    void compile_try_except(const Body& tbody, const std::vector<ExceptHandler>& handlers, const Body& orelse, const Pos& p) {
        int handler = new_label(), cleanup = new_label(), end = new_label(), else_l = new_label();
        emit_jump(Op::SETUP_FINALLY, handler, p);
        u().fblocks.push_back({FBlockKind::TryExcept});
        body(tbody);
        u().fblocks.pop_back();
        emit(Op::POP_BLOCK, 0, p);
        emit_jump(Op::JUMP, else_l, p);
        place(handler);
        emit_jump(Op::PUSH_EXC_INFO, cleanup, p);
        for (size_t i = 0; i < handlers.size(); ++i) {
            const ExceptHandler& h = handlers[i];
            if (!h.type && i + 1 < handlers.size()) fail(h.pos, "default 'except:' must be last");
            int next = new_label();
            if (h.type) {
                expr(*h.type);
                emit(Op::CHECK_EXC_MATCH, 0, h.pos);
                emit_jump(Op::POP_JUMP_IF_FALSE, next, h.pos);
            }
            if (!h.name.empty()) name_op(h.name, Access::Store, h.pos);
            else emit(Op::POP_TOP, 0, h.pos);
            FBlock fb{FBlockKind::HandlerCleanup};
            fb.handler_name = h.name;
            u().fblocks.push_back(fb);
            body(h.body);
            u().fblocks.pop_back();
            // The handler's exit carries the line of its last statement, as in CPython.
            const Pos end_pos = last_pos_;
            emit(Op::POP_BLOCK, 0, end_pos);
            emit(Op::POP_EXCEPT, 0, end_pos);
            clear_handler_name(h.name, end_pos);
            emit_jump(Op::JUMP, end, end_pos);
            place(next);
        }
        emit(Op::RERAISE, 0, p);
        place(cleanup);
        emit(Op::POP_EXCEPT_AND_RERAISE, 0, p);
        place(else_l);
        body(orelse);
        place(end);
    }

    // ---- with -----------------------------------------------------------------------------------
    void with_stmt(const With& w, size_t item) {
        const Pos& p = w.pos;
        if (item == w.items.size()) {
            body(w.body);
            return;
        }
        const WithItem& it = w.items[item];
        bool async = w.is_async;
        if (async) check_async(p, "'async with' outside async function");
        int handler = new_label(), cleanup = new_label(), end = new_label(), suppress = new_label();
        expr(*it.context_expr);
        if (async) {
            emit(Op::BEFORE_ASYNC_WITH, 0, p);  // aexit aenter_awaitable
            emit(Op::GET_AWAITABLE, 1, p);
            emit_const(Value::none(), p);
            emit_send_loop(p);
        } else {
            emit(Op::BEFORE_WITH, 0, p);        // exit enter_result
        }
        // The handler block sits above __exit__ only (the entered value is consumed first).
        if (it.optional_vars) store_target(*it.optional_vars); else emit(Op::POP_TOP, 0, p);
        emit_jump(Op::SETUP_FINALLY, handler, p);
        u().fblocks.push_back({async ? FBlockKind::AsyncWith : FBlockKind::With});
        with_stmt(w, item + 1);
        u().fblocks.pop_back();
        emit(Op::POP_BLOCK, 0, p);
        emit_const(Value::none(), p);
        emit_const(Value::none(), p);
        emit_const(Value::none(), p);
        emit(Op::CALL, 3, p);
        if (async) emit_await(p);
        emit(Op::POP_TOP, 0, p);
        emit_jump(Op::JUMP, end, p);

        place(handler);  // stack: exit exc
        emit_jump(Op::PUSH_EXC_INFO, cleanup, p);  // exit prev exc
        emit(Op::WITH_EXCEPT_START, 0, p);         // exit prev exc result
        if (async) emit_await(p);
        emit_jump(Op::POP_JUMP_IF_TRUE, suppress, p);
        emit(Op::RERAISE, 0, p);
        place(suppress);                           // exit prev exc
        emit(Op::POP_TOP, 0, p);
        emit(Op::POP_BLOCK, 0, p);
        emit(Op::POP_EXCEPT, 0, p);
        emit(Op::POP_TOP, 0, p);
        emit_jump(Op::JUMP, end, p);
        place(cleanup);
        emit(Op::POP_EXCEPT_AND_RERAISE, 0, p);
        place(end);
    }

    // ---- await / yield from ------------------------------------------------------------------
    void check_async(const Pos& p, const char* msg) {
        Scope* s = u().scope;
        bool ok = s && s->is_coroutine;
        if (!ok) fail(p, msg);
    }

    // stack: it v  ->  result
    void emit_send_loop(const Pos& p) {
        int loop = new_label(), done = new_label();
        place(loop);
        emit_jump(Op::SEND, done, p);
        emit(Op::YIELD_VALUE, 1, p);
        emit_jump(Op::JUMP, loop, p);
        place(done);
    }
    void emit_await(const Pos& p) {
        emit(Op::GET_AWAITABLE, 0, p);
        emit_const(Value::none(), p);
        emit_send_loop(p);
    }

    // ---- definitions ----------------------------------------------------------------------------
    std::string child_qualname(const std::string& name) {
        const Unit& parent = u();
        if (!parent.scope || parent.scope->kind == ScopeKind::Module) return name;
        if (parent.scope->kind == ScopeKind::Class) return parent.code->qualname + "." + name;
        return parent.code->qualname + ".<locals>." + name;
    }

    // Emits closure + code + MAKE_FUNCTION for a compiled child code object.
    void make_function(const Ref<CodeObject>& code, uint32_t flags, const Pos& p) {
        if (!code->freevars.empty()) {
            for (auto& fv : code->freevars) {
                auto it = u().cell_index.find(fv->s);
                if (it == u().cell_index.end()) fail(p, "internal error: no cell for free variable '" + fv->s + "'");
                emit(Op::LOAD_CLOSURE, static_cast<uint32_t>(it->second), p);
            }
            emit(Op::BUILD_TUPLE, static_cast<uint32_t>(code->freevars.size()), p);
            flags |= kFnClosure;
        }
        emit_const(Value(code), p);
        emit(Op::MAKE_FUNCTION, flags, p);
    }

    uint32_t emit_defaults(const Arguments& a, const Pos& p) {
        uint32_t flags = 0;
        if (!a.defaults.empty()) {
            for (auto& d : a.defaults) expr(*d);
            emit(Op::BUILD_TUPLE, static_cast<uint32_t>(a.defaults.size()), p);
            flags |= kFnDefaults;
        }
        size_t nkw = 0;
        for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
            if (i < a.kw_defaults.size() && a.kw_defaults[i]) {
                emit_const(vm_.str(a.kwonlyargs[i].name), p);
                expr(*a.kw_defaults[i]);
                ++nkw;
            }
        }
        if (nkw) {
            emit(Op::BUILD_MAP, static_cast<uint32_t>(nkw), p);
            flags |= kFnKwDefaults;
        }
        return flags;
    }

    Ref<CodeObject> function_body(const void* node, const std::string& name, const Arguments& args,
                                  const Body* b, const Expr* lambda_body, bool is_async, int line) {
        Scope* s = st_.scope_of(node);
        uint32_t flags = 0;
        if (args.vararg) flags |= kCodeVarargs;
        if (args.kwarg) flags |= kCodeVarkw;
        if (s->is_generator) flags |= is_async ? kCodeAsyncGenerator : kCodeGenerator;
        else if (is_async) flags |= kCodeCoroutine;
        push_unit(s, name, child_qualname(name), line, flags);
        u().code->argcount = static_cast<int>(args.posonlyargs.size() + args.args.size());
        u().code->posonlyargcount = static_cast<int>(args.posonlyargs.size());
        u().code->kwonlyargcount = static_cast<int>(args.kwonlyargs.size());
        // Parameter order in varnames: positional, keyword-only, *args, **kwargs (as CPython).
        u().varname_index.clear();
        u().code->varnames.clear();
        for (auto& a : args.posonlyargs) varname_idx(a.name);
        for (auto& a : args.args) varname_idx(a.name);
        for (auto& a : args.kwonlyargs) varname_idx(a.name);
        if (args.vararg) varname_idx(args.vararg->name);
        if (args.kwarg) varname_idx(args.kwarg->name);
        // Recompute cell_args against the final parameter order.
        for (size_t i = 0; i < u().code->cellvars.size(); ++i) {
            auto it = u().varname_index.find(u().code->cellvars[i]->s);
            u().code->cell_args[i] = it == u().varname_index.end() ? -1 : it->second;
        }
        if (b) {
            u().code->doc = docstring(*b);
            for (auto& st : *b) statement(*st);
            emit_const(Value::none(), last_pos_);
            emit(Op::RETURN_VALUE, 0, last_pos_);
        } else {
            expr(*lambda_body);
            emit(Op::RETURN_VALUE, 0, lambda_body->pos);
        }
        return pop_unit();
    }

    void function_def(const FunctionDef& f) {
        const Pos& p = f.pos;
        for (auto& d : f.decorator_list) expr(*d);
        uint32_t flags = emit_defaults(f.args, p);
        Pos saved = last_pos_;
        Ref<CodeObject> code = function_body(&f, f.name, f.args, &f.body, nullptr, f.is_async, f.pos.line);
        last_pos_ = saved;
        make_function(code, flags, p);
        for (size_t i = 0; i < f.decorator_list.size(); ++i) emit(Op::CALL, 1, p);
        name_op(f.name, Access::Store, p);
    }

    void class_def(const ClassDef& c) {
        const Pos& p = c.pos;
        for (auto& d : c.decorator_list) expr(*d);
        emit(Op::LOAD_BUILD_CLASS, 0, p);
        Scope* s = st_.scope_of(&c);
        push_unit(s, c.name, child_qualname(c.name), c.pos.line, kCodeNamespace | kCodeClassBody);
        name_op("__name__", Access::Load, p);
        name_op("__module__", Access::Store, p);
        emit_const(vm_.str(u().code->qualname), p);
        name_op("__qualname__", Access::Store, p);
        if (Value doc = docstring(c.body); !doc.is_none()) {
            emit_const(doc, p);
            name_op("__doc__", Access::Store, p);
        }
        for (auto& st : c.body) statement(*st);
        if (s->needs_class_cell) {
            emit(Op::LOAD_CLOSURE, static_cast<uint32_t>(u().cell_index.at("__class__")), p);
            name_op("__classcell__", Access::Store, p);
        }
        emit_const(Value::none(), p);
        emit(Op::RETURN_VALUE, 0, p);
        Ref<CodeObject> code = pop_unit();
        last_pos_ = p;
        make_function(code, 0, p);
        emit_const(vm_.str(c.name), p);
        call_args(c.bases, c.keywords, 2, p);
        for (size_t i = 0; i < c.decorator_list.size(); ++i) emit(Op::CALL, 1, p);
        name_op(c.name, Access::Store, p);
    }

    // ---- assignment targets ---------------------------------------------------------------------
    void store_target(const Expr& t) {
        const Pos& p = t.pos;
        switch (t.kind) {
            case ExprKind::Name: name_op(static_cast<const Name&>(t).id, Access::Store, p); break;
            case ExprKind::Attribute: {
                auto& a = static_cast<const Attribute&>(t);
                expr(*a.value);
                emit(Op::STORE_ATTR, name_idx(a.attr), p);
                break;
            }
            case ExprKind::Subscript: {
                auto& s = static_cast<const Subscript&>(t);
                expr(*s.value);
                expr(*s.slice);
                emit(Op::STORE_SUBSCR, 0, p);
                break;
            }
            case ExprKind::Tuple: unpack(static_cast<const Tuple&>(t).elts, p); break;
            case ExprKind::List: unpack(static_cast<const List&>(t).elts, p); break;
            case ExprKind::Starred: fail(p, "starred assignment target must be in a list or tuple");
            default: fail(p, "cannot assign to expression");
        }
    }

    void unpack(const std::vector<ExprPtr>& elts, const Pos& p) {
        int star = -1;
        for (size_t i = 0; i < elts.size(); ++i) {
            if (elts[i]->kind == ExprKind::Starred) {
                if (star >= 0) fail(elts[i]->pos, "multiple starred expressions in assignment");
                star = static_cast<int>(i);
            }
        }
        if (star < 0) {
            emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(elts.size()), p);
        } else {
            uint32_t before = static_cast<uint32_t>(star);
            uint32_t after = static_cast<uint32_t>(elts.size() - star - 1);
            emit(Op::UNPACK_EX, before | (after << 8), p);
        }
        for (auto& e : elts) {
            if (e->kind == ExprKind::Starred) store_target(*static_cast<const Starred&>(*e).value);
            else store_target(*e);
        }
    }

    void del_target(const Expr& t) {
        const Pos& p = t.pos;
        switch (t.kind) {
            case ExprKind::Name: name_op(static_cast<const Name&>(t).id, Access::Del, p); break;
            case ExprKind::Attribute: {
                auto& a = static_cast<const Attribute&>(t);
                expr(*a.value);
                emit(Op::DELETE_ATTR, name_idx(a.attr), p);
                break;
            }
            case ExprKind::Subscript: {
                auto& s = static_cast<const Subscript&>(t);
                expr(*s.value);
                expr(*s.slice);
                emit(Op::DELETE_SUBSCR, 0, p);
                break;
            }
            case ExprKind::Tuple: for (auto& e : static_cast<const Tuple&>(t).elts) del_target(*e); break;
            case ExprKind::List: for (auto& e : static_cast<const List&>(t).elts) del_target(*e); break;
            default: fail(p, "cannot delete expression");
        }
    }

    void aug_assign(const AugAssign& a) {
        const Pos& p = a.pos;
        uint32_t op = static_cast<uint32_t>(a.op) | 0x100;
        switch (a.target->kind) {
            case ExprKind::Name: {
                auto& n = static_cast<const Name&>(*a.target);
                name_op(n.id, Access::Load, p);
                expr(*a.value);
                emit(Op::BINARY_OP, op, p);
                name_op(n.id, Access::Store, p);
                break;
            }
            case ExprKind::Attribute: {
                auto& at = static_cast<const Attribute&>(*a.target);
                expr(*at.value);
                emit(Op::COPY, 1, p);
                emit(Op::LOAD_ATTR, name_idx(at.attr), p);
                expr(*a.value);
                emit(Op::BINARY_OP, op, p);
                emit(Op::SWAP, 2, p);
                emit(Op::STORE_ATTR, name_idx(at.attr), p);
                break;
            }
            case ExprKind::Subscript: {
                auto& s = static_cast<const Subscript&>(*a.target);
                expr(*s.value);
                expr(*s.slice);
                emit(Op::COPY, 2, p);
                emit(Op::COPY, 2, p);
                emit(Op::BINARY_SUBSCR, 0, p);
                expr(*a.value);
                emit(Op::BINARY_OP, op, p);
                emit(Op::SWAP, 3, p);
                emit(Op::SWAP, 2, p);
                emit(Op::STORE_SUBSCR, 0, p);
                break;
            }
            default: fail(p, "'" + std::string("expression") + "' is an illegal expression for augmented assignment");
        }
    }

    // ---- expressions ----------------------------------------------------------------------------
    Value constant_value(const Constant& c) {
        switch (c.ckind) {
            case ConstKind::None: return Value::none();
            case ConstKind::True: return Value::boolean(true);
            case ConstKind::False: return Value::boolean(false);
            case ConstKind::Ellipsis: return vm_.Ellipsis;
            case ConstKind::Str: return vm_.str(c.text);
            case ConstKind::Bytes: return Value(make<BytesObject>(vm_.t.bytes, c.text));
            case ConstKind::Int: return int_literal(c);
            case ConstKind::Float: {
                double d = 0;
                if (!float_from_text(c.text, d)) fail(c.pos, "invalid float literal");  // locale-independent
                return Value::floating(d);
            }
            case ConstKind::Imaginary: fail(c.pos, "complex numbers are not supported by Loopscope");
        }
        return Value::none();
    }

    // A literal, or a negated number literal (CPython's AST optimiser folds those first).
    bool folded_constant(const Expr& e, Value& out) {
        if (e.kind == ExprKind::Constant) {
            auto& c = static_cast<const Constant&>(e);
            if (c.ckind == ConstKind::Imaginary) return false;
            out = constant_value(c);
            return true;
        }
        if (e.kind == ExprKind::UnaryOp) {
            auto& u = static_cast<const UnaryOp&>(e);
            Value inner;
            if (u.op != UnaryOpKind::USub || u.operand->kind != ExprKind::Constant || !folded_constant(*u.operand, inner)) return false;
            if (inner.is_int() && inner.as_int() != INT64_MIN) { out = Value::integer(-inner.as_int()); return true; }
            if (inner.is_float()) { out = Value::floating(-inner.as_float()); return true; }
            if (vm_.is_integer(inner)) { out = vm_.integer(-vm_.to_mpz(inner)); return true; }
        }
        return false;
    }

    Value int_literal(const Constant& c) {
        std::string digits;
        for (char ch : c.text) if (ch != '_') digits += ch;
        int base = 10;
        if (digits.size() > 2 && digits[0] == '0') {
            char b = static_cast<char>(digits[1] | 0x20);
            if (b == 'x') base = 16; else if (b == 'o') base = 8; else if (b == 'b') base = 2;
            if (base != 10) digits = digits.substr(2);
        }
        mpz_class v;
        if (v.set_str(digits, base) != 0) fail(c.pos, "invalid integer literal");
        return vm_.integer(v);
    }

    void expr(const Expr& e) {
        const Pos& p = e.pos;
        switch (e.kind) {
            case ExprKind::Name: name_op(static_cast<const Name&>(e).id, Access::Load, p); break;
            case ExprKind::Constant: emit_const(constant_value(static_cast<const Constant&>(e)), p); break;
            case ExprKind::JoinedStr: {
                auto& j = static_cast<const JoinedStr&>(e);
                if (j.values.empty()) { emit_const(vm_.str(""), p); break; }
                for (auto& v : j.values) expr(*v);
                // A lone part is already a str; several are joined.
                if (j.values.size() > 1) emit(Op::BUILD_STRING, static_cast<uint32_t>(j.values.size()), p);
                break;
            }
            case ExprKind::FormattedValue: {
                auto& f = static_cast<const FormattedValue&>(e);
                if (!f.debug_text.empty()) {
                    emit_const(vm_.str(f.debug_text), p);
                }
                expr(*f.value);
                uint32_t flags = f.conversion == 's' ? 1 : f.conversion == 'r' ? 2 : f.conversion == 'a' ? 3 : 0;
                if (f.format_spec) {
                    expr(*f.format_spec);
                    flags |= 4;
                }
                emit(Op::FORMAT_VALUE, flags, p);
                if (!f.debug_text.empty()) emit(Op::BUILD_STRING, 2, p);
                break;
            }
            case ExprKind::Tuple: {
                auto& t = static_cast<const Tuple&>(e);
                if (sequence_items(t.elts, p)) emit(Op::LIST_TO_TUPLE, 0, p);
                else emit(Op::BUILD_TUPLE, static_cast<uint32_t>(t.elts.size()), p);
                break;
            }
            case ExprKind::List: {
                auto& l = static_cast<const List&>(e);
                if (!sequence_items(l.elts, p)) emit(Op::BUILD_LIST, static_cast<uint32_t>(l.elts.size()), p);
                break;
            }
            case ExprKind::Set: {
                auto& s = static_cast<const Set&>(e);
                bool starred = false, all_const = s.elts.size() >= 3;
                std::vector<Value> items;
                for (auto& x : s.elts) {
                    starred |= x->kind == ExprKind::Starred;
                    Value v;
                    if (all_const && folded_constant(*x, v)) items.push_back(v);
                    else all_const = false;
                }
                if (all_const) {
                    // CPython folds such a display into a frozenset constant plus SET_UPDATE,
                    // which decides the printed order.
                    emit(Op::BUILD_SET, 0, p);
                    emit_const(frozenset_constant(vm_, items), p);
                    emit(Op::SET_UPDATE, 1, p);
                } else if (!starred) {
                    for (auto& x : s.elts) expr(*x);
                    emit(Op::BUILD_SET, static_cast<uint32_t>(s.elts.size()), p);
                } else {
                    emit(Op::BUILD_SET, 0, p);
                    for (auto& x : s.elts) {
                        if (x->kind == ExprKind::Starred) {
                            expr(*static_cast<const Starred&>(*x).value);
                            emit(Op::SET_UPDATE, 1, p);
                        } else {
                            expr(*x);
                            emit(Op::SET_ADD, 1, p);
                        }
                    }
                }
                break;
            }
            case ExprKind::Dict: {
                auto& d = static_cast<const Dict&>(e);
                bool unpacking = false;
                for (auto& k : d.keys) unpacking |= !k;
                if (!unpacking) {
                    for (size_t i = 0; i < d.keys.size(); ++i) {
                        expr(*d.keys[i]);
                        expr(*d.values[i]);
                    }
                    emit(Op::BUILD_MAP, static_cast<uint32_t>(d.keys.size()), p);
                } else {
                    emit(Op::BUILD_MAP, 0, p);
                    for (size_t i = 0; i < d.keys.size(); ++i) {
                        if (d.keys[i]) {
                            expr(*d.keys[i]);
                            expr(*d.values[i]);
                            emit(Op::MAP_ADD, 1, p);
                        } else {
                            expr(*d.values[i]);
                            emit(Op::DICT_UPDATE, 1, p);
                        }
                    }
                }
                break;
            }
            case ExprKind::BinOp: {
                auto& b = static_cast<const BinOp&>(e);
                expr(*b.left);
                expr(*b.right);
                emit(Op::BINARY_OP, static_cast<uint32_t>(b.op), p);
                break;
            }
            case ExprKind::UnaryOp: {
                auto& un = static_cast<const UnaryOp&>(e);
                // Fold -<number literal> so that big negative literals are constants.
                if (un.op == UnaryOpKind::USub && un.operand->kind == ExprKind::Constant) {
                    auto& c = static_cast<const Constant&>(*un.operand);
                    if (c.ckind == ConstKind::Int || c.ckind == ConstKind::Float) {
                        Value v = constant_value(c);
                        if (v.is_int() && v.as_int() != INT64_MIN) { emit_const(Value::integer(-v.as_int()), p); break; }
                        if (v.is_float()) { emit_const(Value::floating(-v.as_float()), p); break; }
                    }
                }
                expr(*un.operand);
                emit(Op::UNARY_OP, static_cast<uint32_t>(un.op), p);
                break;
            }
            case ExprKind::BoolOp: {
                auto& b = static_cast<const BoolOp&>(e);
                int end = new_label();
                for (size_t i = 0; i < b.values.size(); ++i) {
                    expr(*b.values[i]);
                    if (i + 1 < b.values.size())
                        emit_jump(b.op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP, end, p);
                }
                place(end);
                break;
            }
            case ExprKind::Compare: compare(static_cast<const Compare&>(e)); break;
            case ExprKind::Call: call(static_cast<const Call&>(e)); break;
            case ExprKind::Attribute: {
                auto& a = static_cast<const Attribute&>(e);
                expr(*a.value);
                emit(Op::LOAD_ATTR, name_idx(a.attr), p);
                break;
            }
            case ExprKind::Subscript: {
                auto& s = static_cast<const Subscript&>(e);
                expr(*s.value);
                expr(*s.slice);
                emit(Op::BINARY_SUBSCR, 0, p);
                break;
            }
            case ExprKind::Slice: {
                auto& s = static_cast<const Slice&>(e);
                if (s.lower) expr(*s.lower); else emit_const(Value::none(), p);
                if (s.upper) expr(*s.upper); else emit_const(Value::none(), p);
                if (s.step) { expr(*s.step); emit(Op::BUILD_SLICE, 3, p); }
                else emit(Op::BUILD_SLICE, 2, p);
                break;
            }
            case ExprKind::Starred: fail(p, "can't use starred expression here");
            case ExprKind::Lambda: {
                auto& l = static_cast<const Lambda&>(e);
                uint32_t flags = emit_defaults(l.args, p);
                Pos saved = last_pos_;
                Ref<CodeObject> code = function_body(&l, "<lambda>", l.args, nullptr, l.body.get(), false, p.line);
                last_pos_ = saved;
                make_function(code, flags, p);
                break;
            }
            case ExprKind::IfExp: {
                auto& i = static_cast<const IfExp&>(e);
                int else_l = new_label(), end = new_label();
                expr(*i.test);
                emit_jump(Op::POP_JUMP_IF_FALSE, else_l, p);
                expr(*i.body);
                emit_jump(Op::JUMP, end, p);
                place(else_l);
                expr(*i.orelse);
                place(end);
                break;
            }
            case ExprKind::ListComp: {
                auto& c = static_cast<const ListComp&>(e);
                comprehension(&c, "<listcomp>", c.generators, c.elt.get(), nullptr, 'l', p);
                break;
            }
            case ExprKind::SetComp: {
                auto& c = static_cast<const SetComp&>(e);
                comprehension(&c, "<setcomp>", c.generators, c.elt.get(), nullptr, 's', p);
                break;
            }
            case ExprKind::DictComp: {
                auto& c = static_cast<const DictComp&>(e);
                comprehension(&c, "<dictcomp>", c.generators, c.key.get(), c.value.get(), 'd', p);
                break;
            }
            case ExprKind::GeneratorExp: {
                auto& c = static_cast<const GeneratorExp&>(e);
                comprehension(&c, "<genexpr>", c.generators, c.elt.get(), nullptr, 'g', p);
                break;
            }
            case ExprKind::Await: {
                Scope* s = u().scope;
                if (!s || s->kind == ScopeKind::Module || s->kind == ScopeKind::Class)
                    fail(p, "'await' outside function");
                if (!s->is_coroutine) fail(p, "'await' outside async function");
                expr(*static_cast<const Await&>(e).value);
                emit_await(p);
                break;
            }
            case ExprKind::Yield: {
                auto& y = static_cast<const Yield&>(e);
                check_yield(p, "'yield' outside function");
                if (y.value) expr(*y.value); else emit_const(Value::none(), p);
                emit(Op::YIELD_VALUE, 0, p);
                break;
            }
            case ExprKind::YieldFrom: {
                check_yield(p, "'yield' outside function");
                if (u().scope->is_coroutine) fail(p, "'yield from' inside async function");
                expr(*static_cast<const YieldFrom&>(e).value);
                emit(Op::GET_YIELD_FROM_ITER, 0, p);
                emit_const(Value::none(), p);
                emit_send_loop(p);
                break;
            }
            case ExprKind::NamedExpr: {
                auto& n = static_cast<const NamedExpr&>(e);
                expr(*n.value);
                emit(Op::COPY, 1, p);
                store_target(*n.target);
                break;
            }
        }
    }

    void check_yield(const Pos& p, const char* msg) {
        Scope* s = u().scope;
        if (!s || s->kind == ScopeKind::Module || s->kind == ScopeKind::Class) fail(p, msg);
    }

    // Pushes the items of a list/tuple display; returns true if it built a list via extends
    // (because of starred items), false if the items are on the stack.
    bool sequence_items(const std::vector<ExprPtr>& elts, const Pos& p) {
        bool starred = false;
        for (auto& x : elts) starred |= x->kind == ExprKind::Starred;
        if (!starred) {
            for (auto& x : elts) expr(*x);
            return false;
        }
        emit(Op::BUILD_LIST, 0, p);
        for (auto& x : elts) {
            if (x->kind == ExprKind::Starred) {
                expr(*static_cast<const Starred&>(*x).value);
                emit(Op::LIST_EXTEND, 1, p);
            } else {
                expr(*x);
                emit(Op::LIST_APPEND, 1, p);
            }
        }
        return true;
    }

    void compare(const Compare& c) {
        const Pos& p = c.pos;
        expr(*c.left);
        if (c.ops.size() == 1) {
            expr(*c.comparators[0]);
            emit(Op::COMPARE_OP, static_cast<uint32_t>(c.ops[0]), p);
            return;
        }
        int cleanup = new_label(), end = new_label();
        for (size_t i = 0; i < c.ops.size(); ++i) {
            expr(*c.comparators[i]);
            if (i + 1 < c.ops.size()) {
                emit(Op::SWAP, 2, p);
                emit(Op::COPY, 2, p);
                emit(Op::COMPARE_OP, static_cast<uint32_t>(c.ops[i]), p);
                emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup, p);
            } else {
                emit(Op::COMPARE_OP, static_cast<uint32_t>(c.ops[i]), p);
            }
        }
        emit_jump(Op::JUMP, end, p);
        place(cleanup);
        emit(Op::SWAP, 2, p);
        emit(Op::POP_TOP, 0, p);
        place(end);
    }

    void call(const Call& c) {
        const Pos& p = c.pos;
        bool simple = true;
        for (auto& a : c.args) simple &= a->kind != ExprKind::Starred;
        for (auto& k : c.keywords) simple &= !k.arg.empty();
        if (simple && c.keywords.empty() && c.func->kind == ExprKind::Attribute) {
            auto& a = static_cast<const Attribute&>(*c.func);
            expr(*a.value);
            emit(Op::LOAD_METHOD, name_idx(a.attr), a.pos);
            for (auto& arg : c.args) expr(*arg);
            emit(Op::CALL_METHOD, static_cast<uint32_t>(c.args.size()), p);
            return;
        }
        expr(*c.func);
        call_args(c.args, c.keywords, 0, p);
    }

    // Stack: f [n_already extra positional args]  ->  f(...)
    void call_args(const std::vector<ExprPtr>& args, const std::vector<Keyword>& keywords, uint32_t already, const Pos& p) {
        bool simple = true;
        for (auto& a : args) simple &= a->kind != ExprKind::Starred;
        for (auto& k : keywords) simple &= !k.arg.empty();
        if (simple) {
            for (auto& a : args) expr(*a);
            uint32_t n = already + static_cast<uint32_t>(args.size());
            if (keywords.empty()) {
                emit(Op::CALL, n, p);
                return;
            }
            std::vector<Value> names;
            for (size_t i = 0; i < keywords.size(); ++i) {
                for (size_t j = 0; j < i; ++j)
                    if (keywords[j].arg == keywords[i].arg) fail(keywords[i].pos, "keyword argument repeated: " + keywords[i].arg);
                expr(*keywords[i].value);
                names.push_back(vm_.str(keywords[i].arg));
            }
            emit_const(vm_.tuple(std::move(names)), p);
            emit(Op::CALL_KW, n + static_cast<uint32_t>(keywords.size()), p);
            return;
        }
        // General form: build an args tuple and a kwargs dict.
        emit(Op::BUILD_LIST, already, p);
        for (auto& a : args) {
            if (a->kind == ExprKind::Starred) {
                expr(*static_cast<const Starred&>(*a).value);
                emit(Op::LIST_EXTEND, 1, p);
            } else {
                expr(*a);
                emit(Op::LIST_APPEND, 1, p);
            }
        }
        emit(Op::LIST_TO_TUPLE, 0, p);
        if (keywords.empty()) {
            emit(Op::CALL_EX, 0, p);
            return;
        }
        emit(Op::BUILD_MAP, 0, p);
        for (auto& k : keywords) {
            if (k.arg.empty()) {
                expr(*k.value);
            } else {
                emit_const(vm_.str(k.arg), k.pos);
                expr(*k.value);
                emit(Op::BUILD_MAP, 1, k.pos);
            }
            emit(Op::DICT_MERGE, 1, k.pos);
        }
        emit(Op::CALL_EX, 1, p);
    }

    // kind: 'l' list, 's' set, 'd' dict, 'g' generator expression
    void comprehension(const void* node, const std::string& name, const std::vector<Comprehension>& gens,
                       const Expr* elt, const Expr* value, char kind, const Pos& p) {
        Scope* s = st_.scope_of(node);
        bool outer_async = u().scope && u().scope->is_coroutine;
        uint32_t flags = 0;
        bool is_async = s->is_coroutine;
        if (kind == 'g') flags |= is_async ? kCodeAsyncGenerator : kCodeGenerator;
        else if (is_async) {
            if (!outer_async) fail(p, "asynchronous comprehension outside of an asynchronous function");
            flags |= kCodeCoroutine;
        }
        Pos saved = last_pos_;
        push_unit(s, name, child_qualname(name), p.line, flags);
        u().code->argcount = 1;
        if (kind == 'l') emit(Op::BUILD_LIST, 0, p);
        else if (kind == 's') emit(Op::BUILD_SET, 0, p);
        else if (kind == 'd') emit(Op::BUILD_MAP, 0, p);
        comprehension_level(gens, 0, elt, value, kind, p);
        if (kind == 'g') emit_const(Value::none(), p);
        emit(Op::RETURN_VALUE, 0, p);
        Ref<CodeObject> code = pop_unit();
        last_pos_ = saved;
        make_function(code, 0, p);
        expr(*gens[0].iter);
        emit(gens[0].is_async ? Op::GET_AITER : Op::GET_ITER, 0, p);
        emit(Op::CALL, 1, p);
        if (is_async && kind != 'g') emit_await(p);
    }

    void comprehension_level(const std::vector<Comprehension>& gens, size_t i, const Expr* elt, const Expr* value,
                             char kind, const Pos& p) {
        const Comprehension& g = gens[i];
        int top = new_label(), end = new_label(), handler = new_label();
        if (i == 0) {
            emit(Op::LOAD_FAST, varname_idx(".0"), p);
        } else {
            expr(*g.iter);
            emit(g.is_async ? Op::GET_AITER : Op::GET_ITER, 0, p);
        }
        place(top);
        if (g.is_async) {
            emit_jump(Op::SETUP_FINALLY, handler, p);
            emit(Op::GET_ANEXT, 0, p);
            emit_const(Value::none(), p);
            emit_send_loop(p);
            emit(Op::POP_BLOCK, 0, p);
        } else {
            emit_jump(Op::FOR_ITER, end, p);
        }
        store_target(*g.target);
        for (auto& cond : g.ifs) {
            expr(*cond);
            emit_jump(Op::POP_JUMP_IF_FALSE, top, cond->pos);
        }
        if (i + 1 < gens.size()) {
            comprehension_level(gens, i + 1, elt, value, kind, p);
        } else {
            // The result container sits below one iterator per level.
            uint32_t depth = static_cast<uint32_t>(gens.size()) + 1;
            switch (kind) {
                case 'l': expr(*elt); emit(Op::LIST_APPEND, depth, p); break;
                case 's': expr(*elt); emit(Op::SET_ADD, depth, p); break;
                case 'd': expr(*elt); expr(*value); emit(Op::MAP_ADD, depth, p); break;
                case 'g': expr(*elt); emit(Op::YIELD_VALUE, 0, p); emit(Op::POP_TOP, 0, p); break;
            }
        }
        emit_jump(Op::JUMP, top, p);
        if (g.is_async) {
            place(handler);
            emit(Op::END_ASYNC_FOR, 0, p);
        }
        place(end);
    }
};

}  // namespace

Ref<CodeObject> compile_module(VM& vm, const Module& module, const std::string& filename, SyntaxErrorInfo& err) {
    SymbolTable st;
    if (!build_symtable(module, st, err)) return nullptr;
    try {
        Compiler c(vm, st, filename);
        return c.module(module);
    } catch (CompileError& e) {
        err = e.info;
        return nullptr;
    }
}

Ref<CodeObject> compile_source(VM& vm, const std::string& source, const std::string& filename, SyntaxErrorInfo& err) {
    auto module = parse_module(source, filename, err);
    if (!module) return nullptr;
    Ref<CodeObject> code = compile_module(vm, *module, filename, err);
    if (!code && err.source_line.empty() && err.line > 0) {
        // Scope/compile errors carry no source text; take it from the source.
        int line = 1;
        size_t start = 0;
        for (size_t i = 0; i < source.size() && line < err.line; ++i)
            if (source[i] == '\n') { ++line; start = i + 1; }
        size_t end = source.find('\n', start);
        err.source_line = source.substr(start, end == std::string::npos ? std::string::npos : end - start);
    }
    return code;
}

}  // namespace ls
