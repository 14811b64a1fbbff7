#include "symtable.h"

namespace ls {

using namespace ast;

NameKind Scope::resolve(const std::string& name) const {
    if (globals.count(name)) return NameKind::GlobalExplicit;
    if (free.count(name)) return NameKind::Free;
    if (cells.count(name)) return NameKind::Cell;
    if (kind == ScopeKind::Module || kind == ScopeKind::Class) return NameKind::Namespace;
    if (assigned.count(name)) return NameKind::Local;
    return NameKind::GlobalImplicit;
}

namespace {

struct ScopeError {
    SyntaxErrorInfo info;
};

class Builder {
public:
    Builder(SymbolTable& t) : table_(t) {}

    void module(const Module& m) {
        table_.root = std::make_unique<Scope>();
        cur_ = table_.root.get();
        cur_->name = "top";
        table_.by_node[&m] = cur_;
        body(m.body);
    }

private:
    SymbolTable& table_;
    Scope* cur_ = nullptr;

    [[noreturn]] void fail(const Pos& p, std::string msg) {
        ScopeError e;
        e.info.message = std::move(msg);
        e.info.line = p.line;
        e.info.col = p.col + 1;
        e.info.end_col = p.end_line == p.line ? p.end_col + 1 : 0;
        throw e;
    }

    Scope* open(ScopeKind kind, const std::string& name, const void* node, int line) {
        auto s = std::make_unique<Scope>();
        s->kind = kind;
        s->name = name;
        s->node = node;
        s->parent = cur_;
        s->line = line;
        Scope* raw = s.get();
        cur_->children.push_back(std::move(s));
        table_.by_node[node] = raw;
        return raw;
    }

    void bind(const std::string& name, const Pos& p) {
        if (cur_->globals.count(name) == 0 && cur_->nonlocals.count(name) == 0) cur_->assigned.insert(name);
        (void)p;
    }
    void use(const std::string& name) { cur_->used.insert(name); }

    void body(const Body& b) {
        for (auto& s : b) stmt(*s);
    }

    void declare_global(const std::string& n, const Pos& p, bool is_nonlocal) {
        const char* what = is_nonlocal ? "nonlocal" : "global";
        for (auto& param : cur_->params)
            if (param == n) fail(p, "name '" + n + "' is parameter and " + what);
        if (cur_->assigned.count(n)) fail(p, "name '" + n + "' is assigned to before " + what + " declaration");
        if (cur_->used.count(n)) fail(p, "name '" + n + "' is used prior to " + what + " declaration");
        (is_nonlocal ? cur_->nonlocals : cur_->globals).insert(n);
    }

    void arguments(const Arguments& a) {
        // Defaults and annotations are evaluated in the enclosing scope.
        for (auto& d : a.defaults) expr(*d);
        for (auto& d : a.kw_defaults) if (d) expr(*d);
    }

    void params_into(Scope* s, const Arguments& a) {
        auto add = [&](const Arg& arg) {
            for (auto& p : s->params)
                if (p == arg.name) fail(arg.pos, "duplicate argument '" + arg.name + "' in function definition");
            s->params.push_back(arg.name);
            s->assigned.insert(arg.name);
        };
        for (auto& x : a.posonlyargs) add(x);
        for (auto& x : a.args) add(x);
        for (auto& x : a.kwonlyargs) add(x);
        if (a.vararg) add(*a.vararg);
        if (a.kwarg) add(*a.kwarg);
    }

    void function(const void* node, const std::string& name, const Arguments& args, const Body* b,
                  const Expr* lambda_body, bool is_async, int line) {
        arguments(args);
        Scope* saved = cur_;
        cur_ = open(ScopeKind::Function, name, node, line);
        cur_->is_coroutine = is_async;
        params_into(cur_, args);
        if (b) body(*b);
        if (lambda_body) expr(*lambda_body);
        cur_ = saved;
    }

    void stmt(const Stmt& s) {
        switch (s.kind) {
            case StmtKind::FunctionDef: {
                auto& f = static_cast<const FunctionDef&>(s);
                for (auto& d : f.decorator_list) expr(*d);
                function(&f, f.name, f.args, &f.body, nullptr, f.is_async, f.pos.line);
                bind(f.name, f.pos);
                break;
            }
            case StmtKind::ClassDef: {
                auto& c = static_cast<const ClassDef&>(s);
                for (auto& d : c.decorator_list) expr(*d);
                for (auto& b : c.bases) expr(*b);
                for (auto& k : c.keywords) expr(*k.value);
                Scope* saved = cur_;
                cur_ = open(ScopeKind::Class, c.name, &c, c.pos.line);
                body(c.body);
                cur_ = saved;
                bind(c.name, c.pos);
                break;
            }
            case StmtKind::Return: {
                auto& r = static_cast<const Return&>(s);
                if (r.value) expr(*r.value);
                break;
            }
            case StmtKind::Delete:
                for (auto& t : static_cast<const Delete&>(s).targets) target(*t);
                break;
            case StmtKind::Assign: {
                auto& a = static_cast<const Assign&>(s);
                expr(*a.value);
                for (auto& t : a.targets) target(*t);
                break;
            }
            case StmtKind::AugAssign: {
                auto& a = static_cast<const AugAssign&>(s);
                expr(*a.value);
                if (a.target->kind == ExprKind::Name) use(static_cast<const Name&>(*a.target).id);
                target(*a.target);
                break;
            }
            case StmtKind::AnnAssign: {
                auto& a = static_cast<const AnnAssign&>(s);
                if (a.value) expr(*a.value);
                if (a.value || a.target->kind != ExprKind::Name) target(*a.target);
                else bind(static_cast<const Name&>(*a.target).id, a.pos);
                break;
            }
            case StmtKind::For: {
                auto& f = static_cast<const For&>(s);
                expr(*f.iter);
                target(*f.target);
                body(f.body);
                body(f.orelse);
                break;
            }
            case StmtKind::While: {
                auto& w = static_cast<const While&>(s);
                expr(*w.test);
                body(w.body);
                body(w.orelse);
                break;
            }
            case StmtKind::If: {
                auto& i = static_cast<const If&>(s);
                expr(*i.test);
                body(i.body);
                body(i.orelse);
                break;
            }
            case StmtKind::With: {
                auto& w = static_cast<const With&>(s);
                for (auto& item : w.items) {
                    expr(*item.context_expr);
                    if (item.optional_vars) target(*item.optional_vars);
                }
                body(w.body);
                break;
            }
            case StmtKind::Raise: {
                auto& r = static_cast<const Raise&>(s);
                if (r.exc) expr(*r.exc);
                if (r.cause) expr(*r.cause);
                break;
            }
            case StmtKind::Try: {
                auto& t = static_cast<const Try&>(s);
                body(t.body);
                for (auto& h : t.handlers) {
                    if (h.type) expr(*h.type);
                    if (!h.name.empty()) bind(h.name, h.pos);
                    body(h.body);
                }
                body(t.orelse);
                body(t.finalbody);
                break;
            }
            case StmtKind::Assert: {
                auto& a = static_cast<const Assert&>(s);
                expr(*a.test);
                if (a.msg) expr(*a.msg);
                break;
            }
            case StmtKind::Import:
                for (auto& a : static_cast<const Import&>(s).names) {
                    std::string n = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
                    bind(n, a.pos);
                }
                break;
            case StmtKind::ImportFrom:
                for (auto& a : static_cast<const ImportFrom&>(s).names) {
                    if (a.name == "*") {
                        if (cur_->kind != ScopeKind::Module)
                            fail(s.pos, "import * only allowed at module level");
                        continue;
                    }
                    bind(a.asname.empty() ? a.name : a.asname, a.pos);
                }
                break;
            case StmtKind::Global:
                for (auto& n : static_cast<const Global&>(s).names) declare_global(n, s.pos, false);
                break;
            case StmtKind::Nonlocal:
                // CPython checks the declaration order before the module-level rule.
                for (auto& n : static_cast<const Nonlocal&>(s).names) declare_global(n, s.pos, true);
                if (cur_->kind == ScopeKind::Module) fail(s.pos, "nonlocal declaration not allowed at module level");
                break;
            case StmtKind::ExprStmt:
                expr(*static_cast<const ExprStmt&>(s).value);
                break;
            case StmtKind::Pass:
            case StmtKind::Break:
            case StmtKind::Continue:
                break;
        }
    }

    // An assignment target: binds names, evaluates the rest.
    void target(const Expr& e) {
        switch (e.kind) {
            case ExprKind::Name: bind(static_cast<const Name&>(e).id, e.pos); break;
            case ExprKind::Tuple: for (auto& x : static_cast<const Tuple&>(e).elts) target(*x); break;
            case ExprKind::List: for (auto& x : static_cast<const List&>(e).elts) target(*x); break;
            case ExprKind::Starred: target(*static_cast<const Starred&>(e).value); break;
            case ExprKind::Attribute: expr(*static_cast<const Attribute&>(e).value); break;
            case ExprKind::Subscript: {
                auto& s = static_cast<const Subscript&>(e);
                expr(*s.value);
                expr(*s.slice);
                break;
            }
            default: expr(e); break;
        }
    }

    void comprehension(const void* node, const std::string& name, const std::vector<Comprehension>& gens,
                       const Expr* elt, const Expr* value, bool is_generator, int line) {
        // The first iterable is evaluated in the enclosing scope and passed in as ".0".
        expr(*gens[0].iter);
        Scope* saved = cur_;
        cur_ = open(ScopeKind::Comprehension, name, node, line);
        cur_->is_generator = is_generator;
        cur_->params.push_back(".0");
        cur_->assigned.insert(".0");
        for (size_t i = 0; i < gens.size(); ++i) {
            if (i > 0) expr(*gens[i].iter);
            target(*gens[i].target);
            for (auto& c : gens[i].ifs) expr(*c);
            if (gens[i].is_async) cur_->is_coroutine = true;
        }
        if (elt) expr(*elt);
        if (value) expr(*value);
        cur_ = saved;
    }

    void expr(const Expr& e) {
        switch (e.kind) {
            case ExprKind::Name: {
                auto& n = static_cast<const Name&>(e);
                if (n.ctx == Ctx::Load) use(n.id); else bind(n.id, n.pos);
                if (n.id == "super" && n.ctx == Ctx::Load) mark_class_cell();
                break;
            }
            case ExprKind::Constant: break;
            case ExprKind::JoinedStr: for (auto& v : static_cast<const JoinedStr&>(e).values) expr(*v); break;
            case ExprKind::FormattedValue: {
                auto& f = static_cast<const FormattedValue&>(e);
                expr(*f.value);
                if (f.format_spec) expr(*f.format_spec);
                break;
            }
            case ExprKind::Tuple: for (auto& x : static_cast<const Tuple&>(e).elts) expr(*x); break;
            case ExprKind::List: for (auto& x : static_cast<const List&>(e).elts) expr(*x); break;
            case ExprKind::Set: for (auto& x : static_cast<const Set&>(e).elts) expr(*x); break;
            case ExprKind::Dict: {
                auto& d = static_cast<const Dict&>(e);
                for (size_t i = 0; i < d.values.size(); ++i) {
                    if (d.keys[i]) expr(*d.keys[i]);
                    expr(*d.values[i]);
                }
                break;
            }
            case ExprKind::BinOp: {
                auto& b = static_cast<const BinOp&>(e);
                expr(*b.left);
                expr(*b.right);
                break;
            }
            case ExprKind::UnaryOp: expr(*static_cast<const UnaryOp&>(e).operand); break;
            case ExprKind::BoolOp: for (auto& v : static_cast<const BoolOp&>(e).values) expr(*v); break;
            case ExprKind::Compare: {
                auto& c = static_cast<const Compare&>(e);
                expr(*c.left);
                for (auto& x : c.comparators) expr(*x);
                break;
            }
            case ExprKind::Call: {
                auto& c = static_cast<const Call&>(e);
                expr(*c.func);
                for (auto& a : c.args) expr(*a);
                for (auto& k : c.keywords) expr(*k.value);
                break;
            }
            case ExprKind::Attribute: expr(*static_cast<const Attribute&>(e).value); break;
            case ExprKind::Subscript: {
                auto& s = static_cast<const Subscript&>(e);
                expr(*s.value);
                expr(*s.slice);
                break;
            }
            case ExprKind::Slice: {
                auto& s = static_cast<const Slice&>(e);
                if (s.lower) expr(*s.lower);
                if (s.upper) expr(*s.upper);
                if (s.step) expr(*s.step);
                break;
            }
            case ExprKind::Starred: expr(*static_cast<const Starred&>(e).value); break;
            case ExprKind::Lambda: {
                auto& l = static_cast<const Lambda&>(e);
                function(&l, "<lambda>", l.args, nullptr, l.body.get(), false, l.pos.line);
                break;
            }
            case ExprKind::IfExp: {
                auto& i = static_cast<const IfExp&>(e);
                expr(*i.test);
                expr(*i.body);
                expr(*i.orelse);
                break;
            }
            case ExprKind::ListComp: {
                auto& c = static_cast<const ListComp&>(e);
                comprehension(&c, "<listcomp>", c.generators, c.elt.get(), nullptr, false, c.pos.line);
                break;
            }
            case ExprKind::SetComp: {
                auto& c = static_cast<const SetComp&>(e);
                comprehension(&c, "<setcomp>", c.generators, c.elt.get(), nullptr, false, c.pos.line);
                break;
            }
            case ExprKind::DictComp: {
                auto& c = static_cast<const DictComp&>(e);
                comprehension(&c, "<dictcomp>", c.generators, c.key.get(), c.value.get(), false, c.pos.line);
                break;
            }
            case ExprKind::GeneratorExp: {
                auto& c = static_cast<const GeneratorExp&>(e);
                comprehension(&c, "<genexpr>", c.generators, c.elt.get(), nullptr, true, c.pos.line);
                break;
            }
            case ExprKind::Await:
                // A comprehension that awaits is an asynchronous comprehension.
                if (cur_->kind == ScopeKind::Comprehension) cur_->is_coroutine = true;
                expr(*static_cast<const Await&>(e).value);
                break;
            case ExprKind::Yield: {
                auto& y = static_cast<const Yield&>(e);
                cur_->is_generator = true;
                if (y.value) expr(*y.value);
                break;
            }
            case ExprKind::YieldFrom:
                cur_->is_generator = true;
                expr(*static_cast<const YieldFrom&>(e).value);
                break;
            case ExprKind::NamedExpr: {
                auto& n = static_cast<const NamedExpr&>(e);
                expr(*n.value);
                // The target binds in the nearest enclosing non-comprehension scope.
                Scope* s = cur_;
                while (s->kind == ScopeKind::Comprehension) s = s->parent;
                auto& id = static_cast<const Name&>(*n.target).id;
                if (s != cur_) {
                    cur_->nonlocals.insert(id);
                    if (s->kind == ScopeKind::Function) s->assigned.insert(id);
                    else if (s->kind == ScopeKind::Module) { cur_->nonlocals.erase(id); cur_->globals.insert(id); }
                } else {
                    bind(id, n.pos);
                }
                break;
            }
        }
    }

    void mark_class_cell() {
        // super() needs the __class__ cell of the nearest enclosing class.
        if (cur_->kind != ScopeKind::Function) return;
        cur_->used.insert("__class__");
    }
};

// Second pass: turn uses into free variables and captured locals into cells.
void resolve_scope(Scope* s) {
    for (auto& c : s->children) resolve_scope(c.get());

    // A name a child needs free is either ours (a cell), or free in us too.
    auto provide = [&](const std::string& name) {
        if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Comprehension) {
            if (s->globals.count(name)) return;
            if (s->assigned.count(name) && !s->nonlocals.count(name)) { s->cells.insert(name); return; }
            s->free.insert(name);
        } else if (s->kind == ScopeKind::Class) {
            if (name == "__class__") { s->needs_class_cell = true; s->cells.insert(name); return; }
            s->free.insert(name);  // class scopes pass names through
        }
    };
    for (auto& c : s->children)
        for (auto& name : c->free) provide(name);
    for (auto& name : s->nonlocals) s->free.insert(name);
}

// Decides which used names are free (bound in an enclosing function scope).
void mark_free(Scope* s) {
    if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Comprehension) {
        auto candidates = s->used;
        for (auto& n : s->nonlocals) candidates.insert(n);
        for (auto& name : candidates) {
            if (s->globals.count(name)) continue;
            if (s->assigned.count(name) && !s->nonlocals.count(name)) continue;
            for (Scope* p = s->parent; p; p = p->parent) {
                if (p->kind == ScopeKind::Module) break;
                if (p->kind == ScopeKind::Class) {
                    if (name == "__class__") { s->free.insert(name); break; }
                    continue;  // class bodies are not enclosing scopes for their methods
                }
                if (p->globals.count(name)) break;
                if (p->assigned.count(name) || p->nonlocals.count(name)) { s->free.insert(name); break; }
            }
        }
    } else if (s->kind == ScopeKind::Class) {
        // A class body reading a name that an enclosing function binds uses LOAD_CLASSDEREF.
        for (auto& name : s->used) {
            if (s->globals.count(name)) continue;
            for (Scope* p = s->parent; p; p = p->parent) {
                if (p->kind == ScopeKind::Module) break;
                if (p->kind == ScopeKind::Class) continue;
                if (p->assigned.count(name)) { s->free.insert(name); break; }
            }
        }
    }
    for (auto& c : s->children) mark_free(c.get());
}

void check_nonlocals(Scope* s) {
    for (auto& name : s->nonlocals) {
        bool found = false;
        for (Scope* p = s->parent; p && p->kind != ScopeKind::Module; p = p->parent) {
            if (p->kind == ScopeKind::Class) continue;
            if (p->assigned.count(name) || p->nonlocals.count(name)) { found = true; break; }
        }
        if (!found) {
            ScopeError e;
            e.info.message = "no binding for nonlocal '" + name + "' found";
            throw e;
        }
    }
    for (auto& c : s->children) check_nonlocals(c.get());
}

}  // namespace

bool build_symtable(const Module& module, SymbolTable& out, SyntaxErrorInfo& err) {
    try {
        Builder b(out);
        b.module(module);
        check_nonlocals(out.root.get());
        mark_free(out.root.get());
        resolve_scope(out.root.get());
        return true;
    } catch (ScopeError& e) {
        err = e.info;
        return false;
    }
}

}  // namespace ls
