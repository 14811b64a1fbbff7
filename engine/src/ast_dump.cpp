#include "ast_dump.h"

#include <cstdio>

namespace ls::ast {
namespace {

class Dumper {
public:
    explicit Dumper(bool positions) : positions_(positions) {}

    std::string out;

    // Bytes constants show bytes >= 0x80 as \xNN; str passes UTF-8 through.
    void quoted(const std::string& s, bool bytes = false) {
        out += '\'';
        for (unsigned char c : s) {
            if (c == '\'' || c == '\\') {
                out += '\\';
                out += static_cast<char>(c);
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\t') {
                out += "\\t";
            } else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);  // UTF-8 passes through
            }
        }
        out += '\'';
    }
    void pos(const Pos& p) {
        if (!positions_) return;
        out += '@' + std::to_string(p.line) + ':' + std::to_string(p.col) + '-' + std::to_string(p.end_line) + ':' +
               std::to_string(p.end_col);
    }
    void field(const char* name) {
        out += ", ";
        out += name;
        out += '=';
    }
    void exprs(const std::vector<ExprPtr>& v) {
        out += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            if (v[i]) expr(*v[i]);
            else out += "None";
        }
        out += ']';
    }
    void body(const Body& b) {
        out += '[';
        for (std::size_t i = 0; i < b.size(); ++i) {
            if (i) out += ", ";
            stmt(*b[i]);
        }
        out += ']';
    }
    void ctx(Ctx c) {
        if (c == Ctx::Store) out += ", Store";
        if (c == Ctx::Del) out += ", Del";
    }
    void keywords(const std::vector<Keyword>& ks) {
        out += '[';
        for (std::size_t i = 0; i < ks.size(); ++i) {
            if (i) out += ", ";
            out += "keyword(";
            if (ks[i].arg.empty()) out += "**";
            else out += ks[i].arg + '=';
            expr(*ks[i].value);
            out += ')';
            pos(ks[i].pos);
        }
        out += ']';
    }
    void arg(const Arg& a) {
        out += a.name;
        if (a.annotation) {
            out += ": ";
            expr(*a.annotation);
        }
        pos(a.pos);
    }
    void arguments(const Arguments& a) {
        out += "arguments(";
        bool first = true;
        auto sep = [&] {
            if (!first) out += ", ";
            first = false;
        };
        auto list = [&](const char* name, const std::vector<Arg>& args) {
            if (args.empty()) return;
            sep();
            out += name;
            out += "=[";
            for (std::size_t i = 0; i < args.size(); ++i) {
                if (i) out += ", ";
                arg(args[i]);
            }
            out += ']';
        };
        list("posonly", a.posonlyargs);
        list("args", a.args);
        if (a.vararg) {
            sep();
            out += "vararg=";
            arg(*a.vararg);
        }
        list("kwonly", a.kwonlyargs);
        if (!a.kw_defaults.empty()) {
            sep();
            out += "kw_defaults=";
            exprs(a.kw_defaults);
        }
        if (a.kwarg) {
            sep();
            out += "kwarg=";
            arg(*a.kwarg);
        }
        if (!a.defaults.empty()) {
            sep();
            out += "defaults=";
            exprs(a.defaults);
        }
        out += ')';
    }
    void generators(const std::vector<Comprehension>& gens) {
        out += '[';
        for (std::size_t i = 0; i < gens.size(); ++i) {
            if (i) out += ", ";
            out += gens[i].is_async ? "async comprehension(" : "comprehension(";
            expr(*gens[i].target);
            out += " in ";
            expr(*gens[i].iter);
            for (auto& cond : gens[i].ifs) {
                out += " if ";
                expr(*cond);
            }
            out += ')';
        }
        out += ']';
    }

    void expr(const Expr& e) {
        static const char* const kBin[] = {"Add", "Sub", "Mult", "MatMult", "Div", "FloorDiv", "Mod",
                                           "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd"};
        static const char* const kUnary[] = {"Not", "USub", "UAdd", "Invert"};
        static const char* const kCmp[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
        static const char* const kConst[] = {"None", "True", "False", "Ellipsis", "Int",
                                             "Float", "Imaginary", "Str", "Bytes"};
        switch (e.kind) {
            case ExprKind::Name: {
                auto& n = static_cast<const Name&>(e);
                out += "Name(";
                quoted(n.id);
                ctx(n.ctx);
                out += ')';
                break;
            }
            case ExprKind::Constant: {
                auto& c = static_cast<const Constant&>(e);
                out += "Constant(";
                out += kConst[static_cast<int>(c.ckind)];
                if (c.ckind >= ConstKind::Int) {
                    out += ", ";
                    quoted(c.text, c.ckind == ConstKind::Bytes);
                }
                out += ')';
                break;
            }
            case ExprKind::JoinedStr:
                out += "JoinedStr(";
                exprs(static_cast<const JoinedStr&>(e).values);
                out += ')';
                break;
            case ExprKind::FormattedValue: {
                auto& f = static_cast<const FormattedValue&>(e);
                out += "FormattedValue(";
                expr(*f.value);
                if (f.conversion) {
                    out += ", conversion=";
                    out += f.conversion;
                }
                if (f.format_spec) {
                    field("format_spec");
                    expr(*f.format_spec);
                }
                if (!f.debug_text.empty()) {
                    field("debug_text");
                    quoted(f.debug_text);
                }
                out += ')';
                break;
            }
            case ExprKind::Tuple: {
                auto& t = static_cast<const Tuple&>(e);
                out += "Tuple(";
                exprs(t.elts);
                ctx(t.ctx);
                out += ')';
                break;
            }
            case ExprKind::List: {
                auto& l = static_cast<const List&>(e);
                out += "List(";
                exprs(l.elts);
                ctx(l.ctx);
                out += ')';
                break;
            }
            case ExprKind::Dict: {
                auto& d = static_cast<const Dict&>(e);
                out += "Dict(keys=";
                exprs(d.keys);
                field("values");
                exprs(d.values);
                out += ')';
                break;
            }
            case ExprKind::Set:
                out += "Set(";
                exprs(static_cast<const Set&>(e).elts);
                out += ')';
                break;
            case ExprKind::BinOp: {
                auto& b = static_cast<const BinOp&>(e);
                out += "BinOp(";
                out += kBin[static_cast<int>(b.op)];
                out += ", ";
                expr(*b.left);
                out += ", ";
                expr(*b.right);
                out += ')';
                break;
            }
            case ExprKind::UnaryOp: {
                auto& u = static_cast<const UnaryOp&>(e);
                out += "UnaryOp(";
                out += kUnary[static_cast<int>(u.op)];
                out += ", ";
                expr(*u.operand);
                out += ')';
                break;
            }
            case ExprKind::BoolOp: {
                auto& b = static_cast<const BoolOp&>(e);
                out += b.op == BoolOpKind::And ? "BoolOp(And, " : "BoolOp(Or, ";
                exprs(b.values);
                out += ')';
                break;
            }
            case ExprKind::Compare: {
                auto& c = static_cast<const Compare&>(e);
                out += "Compare(";
                expr(*c.left);
                for (std::size_t i = 0; i < c.ops.size(); ++i) {
                    out += ", ";
                    out += kCmp[static_cast<int>(c.ops[i])];
                    out += ", ";
                    expr(*c.comparators[i]);
                }
                out += ')';
                break;
            }
            case ExprKind::Call: {
                auto& c = static_cast<const Call&>(e);
                out += "Call(";
                expr(*c.func);
                out += ", ";
                exprs(c.args);
                if (!c.keywords.empty()) {
                    out += ", ";
                    keywords(c.keywords);
                }
                out += ')';
                break;
            }
            case ExprKind::Attribute: {
                auto& a = static_cast<const Attribute&>(e);
                out += "Attribute(";
                expr(*a.value);
                out += ", ";
                quoted(a.attr);
                ctx(a.ctx);
                out += ')';
                break;
            }
            case ExprKind::Subscript: {
                auto& s = static_cast<const Subscript&>(e);
                out += "Subscript(";
                expr(*s.value);
                out += ", ";
                expr(*s.slice);
                ctx(s.ctx);
                out += ')';
                break;
            }
            case ExprKind::Slice: {
                auto& s = static_cast<const Slice&>(e);
                out += "Slice(";
                const Expr* parts[] = {s.lower.get(), s.upper.get(), s.step.get()};
                for (int i = 0; i < 3; ++i) {
                    if (i) out += ", ";
                    if (parts[i]) expr(*parts[i]);
                    else out += "None";
                }
                out += ')';
                break;
            }
            case ExprKind::Starred: {
                auto& s = static_cast<const Starred&>(e);
                out += "Starred(";
                expr(*s.value);
                ctx(s.ctx);
                out += ')';
                break;
            }
            case ExprKind::Lambda: {
                auto& l = static_cast<const Lambda&>(e);
                out += "Lambda(";
                arguments(l.args);
                out += ", ";
                expr(*l.body);
                out += ')';
                break;
            }
            case ExprKind::IfExp: {
                auto& i = static_cast<const IfExp&>(e);
                out += "IfExp(test=";
                expr(*i.test);
                field("body");
                expr(*i.body);
                field("orelse");
                expr(*i.orelse);
                out += ')';
                break;
            }
            case ExprKind::ListComp: {
                auto& c = static_cast<const ListComp&>(e);
                out += "ListComp(";
                expr(*c.elt);
                out += ", ";
                generators(c.generators);
                out += ')';
                break;
            }
            case ExprKind::SetComp: {
                auto& c = static_cast<const SetComp&>(e);
                out += "SetComp(";
                expr(*c.elt);
                out += ", ";
                generators(c.generators);
                out += ')';
                break;
            }
            case ExprKind::GeneratorExp: {
                auto& c = static_cast<const GeneratorExp&>(e);
                out += "GeneratorExp(";
                expr(*c.elt);
                out += ", ";
                generators(c.generators);
                out += ')';
                break;
            }
            case ExprKind::DictComp: {
                auto& c = static_cast<const DictComp&>(e);
                out += "DictComp(";
                expr(*c.key);
                out += ": ";
                expr(*c.value);
                out += ", ";
                generators(c.generators);
                out += ')';
                break;
            }
            case ExprKind::Await:
                out += "Await(";
                expr(*static_cast<const Await&>(e).value);
                out += ')';
                break;
            case ExprKind::Yield: {
                auto& y = static_cast<const Yield&>(e);
                out += "Yield(";
                if (y.value) expr(*y.value);
                out += ')';
                break;
            }
            case ExprKind::YieldFrom:
                out += "YieldFrom(";
                expr(*static_cast<const YieldFrom&>(e).value);
                out += ')';
                break;
            case ExprKind::NamedExpr: {
                auto& n = static_cast<const NamedExpr&>(e);
                out += "NamedExpr(";
                expr(*n.target);
                out += ", ";
                expr(*n.value);
                out += ')';
                break;
            }
        }
        pos(e.pos);
    }

    void stmt(const Stmt& s) {
        static const char* const kBin[] = {"Add", "Sub", "Mult", "MatMult", "Div", "FloorDiv", "Mod",
                                           "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd"};
        switch (s.kind) {
            case StmtKind::FunctionDef: {
                auto& f = static_cast<const FunctionDef&>(s);
                out += f.is_async ? "AsyncFunctionDef(" : "FunctionDef(";
                quoted(f.name);
                out += ", ";
                arguments(f.args);
                field("body");
                body(f.body);
                if (!f.decorator_list.empty()) {
                    field("decorators");
                    exprs(f.decorator_list);
                }
                if (f.returns) {
                    field("returns");
                    expr(*f.returns);
                }
                out += ')';
                break;
            }
            case StmtKind::ClassDef: {
                auto& c = static_cast<const ClassDef&>(s);
                out += "ClassDef(";
                quoted(c.name);
                if (!c.bases.empty()) {
                    field("bases");
                    exprs(c.bases);
                }
                if (!c.keywords.empty()) {
                    field("keywords");
                    keywords(c.keywords);
                }
                field("body");
                body(c.body);
                if (!c.decorator_list.empty()) {
                    field("decorators");
                    exprs(c.decorator_list);
                }
                out += ')';
                break;
            }
            case StmtKind::Return: {
                auto& r = static_cast<const Return&>(s);
                out += "Return(";
                if (r.value) expr(*r.value);
                out += ')';
                break;
            }
            case StmtKind::Delete:
                out += "Delete(";
                exprs(static_cast<const Delete&>(s).targets);
                out += ')';
                break;
            case StmtKind::Assign: {
                auto& a = static_cast<const Assign&>(s);
                out += "Assign(targets=";
                exprs(a.targets);
                field("value");
                expr(*a.value);
                out += ')';
                break;
            }
            case StmtKind::AugAssign: {
                auto& a = static_cast<const AugAssign&>(s);
                out += "AugAssign(";
                expr(*a.target);
                out += ", ";
                out += kBin[static_cast<int>(a.op)];
                out += ", ";
                expr(*a.value);
                out += ')';
                break;
            }
            case StmtKind::AnnAssign: {
                auto& a = static_cast<const AnnAssign&>(s);
                out += "AnnAssign(";
                expr(*a.target);
                field("annotation");
                expr(*a.annotation);
                if (a.value) {
                    field("value");
                    expr(*a.value);
                }
                out += ')';
                break;
            }
            case StmtKind::For: {
                auto& f = static_cast<const For&>(s);
                out += f.is_async ? "AsyncFor(" : "For(";
                expr(*f.target);
                out += ", ";
                expr(*f.iter);
                field("body");
                body(f.body);
                if (!f.orelse.empty()) {
                    field("orelse");
                    body(f.orelse);
                }
                out += ')';
                break;
            }
            case StmtKind::While: {
                auto& w = static_cast<const While&>(s);
                out += "While(";
                expr(*w.test);
                field("body");
                body(w.body);
                if (!w.orelse.empty()) {
                    field("orelse");
                    body(w.orelse);
                }
                out += ')';
                break;
            }
            case StmtKind::If: {
                auto& i = static_cast<const If&>(s);
                out += "If(";
                expr(*i.test);
                field("body");
                body(i.body);
                if (!i.orelse.empty()) {
                    field("orelse");
                    body(i.orelse);
                }
                out += ')';
                break;
            }
            case StmtKind::With: {
                auto& w = static_cast<const With&>(s);
                out += w.is_async ? "AsyncWith([" : "With([";
                for (std::size_t i = 0; i < w.items.size(); ++i) {
                    if (i) out += ", ";
                    out += "withitem(";
                    expr(*w.items[i].context_expr);
                    if (w.items[i].optional_vars) {
                        out += " as ";
                        expr(*w.items[i].optional_vars);
                    }
                    out += ')';
                }
                out += ']';
                field("body");
                body(w.body);
                out += ')';
                break;
            }
            case StmtKind::Raise: {
                auto& r = static_cast<const Raise&>(s);
                out += "Raise(";
                if (r.exc) expr(*r.exc);
                if (r.cause) {
                    field("cause");
                    expr(*r.cause);
                }
                out += ')';
                break;
            }
            case StmtKind::Try: {
                auto& t = static_cast<const Try&>(s);
                out += t.is_star ? "TryStar(" : "Try(";
                body(t.body);
                if (!t.handlers.empty()) {
                    field("handlers");
                    out += '[';
                    for (std::size_t i = 0; i < t.handlers.size(); ++i) {
                        auto& h = t.handlers[i];
                        if (i) out += ", ";
                        out += "ExceptHandler(";
                        if (h.type) expr(*h.type);
                        if (!h.name.empty()) out += " as " + h.name;
                        out += ", ";
                        body(h.body);
                        out += ')';
                        pos(h.pos);
                    }
                    out += ']';
                }
                if (!t.orelse.empty()) {
                    field("orelse");
                    body(t.orelse);
                }
                if (!t.finalbody.empty()) {
                    field("finalbody");
                    body(t.finalbody);
                }
                out += ')';
                break;
            }
            case StmtKind::Assert: {
                auto& a = static_cast<const Assert&>(s);
                out += "Assert(";
                expr(*a.test);
                if (a.msg) {
                    field("msg");
                    expr(*a.msg);
                }
                out += ')';
                break;
            }
            case StmtKind::Import:
            case StmtKind::ImportFrom: {
                const std::vector<Alias>* names;
                if (s.kind == StmtKind::Import) {
                    out += "Import([";
                    names = &static_cast<const Import&>(s).names;
                } else {
                    auto& f = static_cast<const ImportFrom&>(s);
                    out += "ImportFrom(";
                    out += std::string(static_cast<std::size_t>(f.level), '.');
                    out += f.module;
                    out += ", [";
                    names = &f.names;
                }
                for (std::size_t i = 0; i < names->size(); ++i) {
                    if (i) out += ", ";
                    out += (*names)[i].name;
                    if (!(*names)[i].asname.empty()) out += " as " + (*names)[i].asname;
                    pos((*names)[i].pos);
                }
                out += "])";
                break;
            }
            case StmtKind::Global:
            case StmtKind::Nonlocal: {
                auto& names = s.kind == StmtKind::Global ? static_cast<const Global&>(s).names
                                                         : static_cast<const Nonlocal&>(s).names;
                out += s.kind == StmtKind::Global ? "Global(" : "Nonlocal(";
                for (std::size_t i = 0; i < names.size(); ++i) {
                    if (i) out += ", ";
                    out += names[i];
                }
                out += ')';
                break;
            }
            case StmtKind::ExprStmt:
                out += "Expr(";
                expr(*static_cast<const ExprStmt&>(s).value);
                out += ')';
                break;
            case StmtKind::Pass: out += "Pass"; break;
            case StmtKind::Break: out += "Break"; break;
            case StmtKind::Continue: out += "Continue"; break;
        }
        pos(s.pos);
    }

private:
    bool positions_;
};

}  // namespace

std::string dump(const Module& module, bool with_positions) {
    Dumper d(with_positions);
    d.out = "Module(";
    for (std::size_t i = 0; i < module.body.size(); ++i) {
        if (i) d.out += ", ";
        d.stmt(*module.body[i]);
    }
    d.out += ')';
    return d.out;
}

std::string dump(const Expr& expr, bool with_positions) {
    Dumper d(with_positions);
    d.expr(expr);
    return d.out;
}

std::string dump(const Stmt& stmt, bool with_positions) {
    Dumper d(with_positions);
    d.stmt(stmt);
    return d.out;
}

}  // namespace ls::ast
