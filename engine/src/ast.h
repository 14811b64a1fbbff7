// The abstract syntax tree produced by the parser and consumed by the compiler.
//
// Shape follows CPython's `ast` module (same node names, same fields where it matters), so that
// a reader can check a construct against Python's grammar documentation. Every node carries
// line/column (1-based line, 0-based column in code points, as CPython reports them) and the
// end position.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace ls::ast {

struct Pos {
    int line = 0, col = 0, end_line = 0, end_col = 0;
};

// ---- expressions ---------------------------------------------------------------------------
enum class ExprKind {
    Name, Constant, JoinedStr, FormattedValue, Tuple, List, Dict, Set,
    BinOp, UnaryOp, BoolOp, Compare, Call, Attribute, Subscript, Slice, Starred,
    Lambda, IfExp, ListComp, SetComp, DictComp, GeneratorExp, Await, Yield, YieldFrom, NamedExpr,
};

enum class Ctx { Load, Store, Del };

enum class BinOpKind { Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd };
enum class UnaryOpKind { Not, USub, UAdd, Invert };
enum class BoolOpKind { And, Or };
enum class CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr {
    ExprKind kind;
    Pos pos;
    explicit Expr(ExprKind k) : kind(k) {}
    virtual ~Expr() = default;
};
using ExprPtr = std::unique_ptr<Expr>;

struct Name : Expr { std::string id; Ctx ctx = Ctx::Load; Name() : Expr(ExprKind::Name) {} };

// A literal. `text` holds the literal's decoded value for str/bytes and the source spelling for
// numbers (the compiler turns it into an int, big int or float).
enum class ConstKind { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes };
struct Constant : Expr {
    ConstKind ckind = ConstKind::None;
    std::string text;  // str: UTF-8 value; bytes: raw bytes; numbers: source digits ("0x1f", "1_000", "1e3")
    Constant() : Expr(ExprKind::Constant) {}
};

// f"...": values are Constant(Str) and FormattedValue parts, in order.
struct JoinedStr : Expr { std::vector<ExprPtr> values; JoinedStr() : Expr(ExprKind::JoinedStr) {} };
struct FormattedValue : Expr {
    ExprPtr value;
    char conversion = 0;           // 0, 's', 'r' or 'a'
    ExprPtr format_spec;           // a JoinedStr or null
    std::string debug_text;        // for f"{x=}": the text "x=" that is printed before the value
    FormattedValue() : Expr(ExprKind::FormattedValue) {}
};

struct Tuple : Expr { std::vector<ExprPtr> elts; Ctx ctx = Ctx::Load; Tuple() : Expr(ExprKind::Tuple) {} };
struct List : Expr { std::vector<ExprPtr> elts; Ctx ctx = Ctx::Load; List() : Expr(ExprKind::List) {} };
// A null key means `**value` unpacking.
struct Dict : Expr { std::vector<ExprPtr> keys, values; Dict() : Expr(ExprKind::Dict) {} };
struct Set : Expr { std::vector<ExprPtr> elts; Set() : Expr(ExprKind::Set) {} };

struct BinOp : Expr { ExprPtr left, right; BinOpKind op; BinOp() : Expr(ExprKind::BinOp) {} };
struct UnaryOp : Expr { ExprPtr operand; UnaryOpKind op; UnaryOp() : Expr(ExprKind::UnaryOp) {} };
struct BoolOp : Expr { BoolOpKind op; std::vector<ExprPtr> values; BoolOp() : Expr(ExprKind::BoolOp) {} };
struct Compare : Expr {
    ExprPtr left;
    std::vector<CmpOpKind> ops;
    std::vector<ExprPtr> comparators;
    Compare() : Expr(ExprKind::Compare) {}
};

struct Keyword {
    std::string arg;  // empty for **kwargs
    ExprPtr value;
    Pos pos;
};
struct Call : Expr {
    ExprPtr func;
    std::vector<ExprPtr> args;  // may contain Starred
    std::vector<Keyword> keywords;
    Call() : Expr(ExprKind::Call) {}
};
struct Attribute : Expr { ExprPtr value; std::string attr; Ctx ctx = Ctx::Load; Attribute() : Expr(ExprKind::Attribute) {} };
struct Subscript : Expr { ExprPtr value, slice; Ctx ctx = Ctx::Load; Subscript() : Expr(ExprKind::Subscript) {} };
struct Slice : Expr { ExprPtr lower, upper, step; Slice() : Expr(ExprKind::Slice) {} };  // any may be null
struct Starred : Expr { ExprPtr value; Ctx ctx = Ctx::Load; Starred() : Expr(ExprKind::Starred) {} };

struct Arg {
    std::string name;
    Pos pos;
    ExprPtr annotation;  // parsed and ignored
};
struct Arguments {
    std::vector<Arg> posonlyargs, args;  // args: positional-or-keyword
    std::unique_ptr<Arg> vararg;         // *args
    std::vector<Arg> kwonlyargs;
    std::vector<ExprPtr> kw_defaults;    // aligned with kwonlyargs; null = no default
    std::unique_ptr<Arg> kwarg;          // **kwargs
    std::vector<ExprPtr> defaults;       // for the last len(defaults) of posonlyargs+args
};

struct Lambda : Expr { Arguments args; ExprPtr body; Lambda() : Expr(ExprKind::Lambda) {} };
struct IfExp : Expr { ExprPtr test, body, orelse; IfExp() : Expr(ExprKind::IfExp) {} };

struct Comprehension {
    ExprPtr target, iter;
    std::vector<ExprPtr> ifs;
    bool is_async = false;
};
struct ListComp : Expr { ExprPtr elt; std::vector<Comprehension> generators; ListComp() : Expr(ExprKind::ListComp) {} };
struct SetComp : Expr { ExprPtr elt; std::vector<Comprehension> generators; SetComp() : Expr(ExprKind::SetComp) {} };
struct GeneratorExp : Expr { ExprPtr elt; std::vector<Comprehension> generators; GeneratorExp() : Expr(ExprKind::GeneratorExp) {} };
struct DictComp : Expr { ExprPtr key, value; std::vector<Comprehension> generators; DictComp() : Expr(ExprKind::DictComp) {} };

struct Await : Expr { ExprPtr value; Await() : Expr(ExprKind::Await) {} };
struct Yield : Expr { ExprPtr value; Yield() : Expr(ExprKind::Yield) {} };  // value may be null
struct YieldFrom : Expr { ExprPtr value; YieldFrom() : Expr(ExprKind::YieldFrom) {} };
struct NamedExpr : Expr { ExprPtr target, value; NamedExpr() : Expr(ExprKind::NamedExpr) {} };

// ---- statements ----------------------------------------------------------------------------
enum class StmtKind {
    FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If, With,
    Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt, Pass, Break, Continue,
};

struct Stmt {
    StmtKind kind;
    Pos pos;
    explicit Stmt(StmtKind k) : kind(k) {}
    virtual ~Stmt() = default;
};
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

struct FunctionDef : Stmt {
    std::string name;
    Arguments args;
    Body body;
    std::vector<ExprPtr> decorator_list;
    ExprPtr returns;  // ignored
    bool is_async = false;
    FunctionDef() : Stmt(StmtKind::FunctionDef) {}
};
struct ClassDef : Stmt {
    std::string name;
    std::vector<ExprPtr> bases;
    std::vector<Keyword> keywords;
    Body body;
    std::vector<ExprPtr> decorator_list;
    ClassDef() : Stmt(StmtKind::ClassDef) {}
};
struct Return : Stmt { ExprPtr value; Return() : Stmt(StmtKind::Return) {} };
struct Delete : Stmt { std::vector<ExprPtr> targets; Delete() : Stmt(StmtKind::Delete) {} };
struct Assign : Stmt { std::vector<ExprPtr> targets; ExprPtr value; Assign() : Stmt(StmtKind::Assign) {} };
struct AugAssign : Stmt { ExprPtr target; BinOpKind op; ExprPtr value; AugAssign() : Stmt(StmtKind::AugAssign) {} };
struct AnnAssign : Stmt { ExprPtr target, annotation, value; AnnAssign() : Stmt(StmtKind::AnnAssign) {} };  // value may be null
struct For : Stmt { ExprPtr target, iter; Body body, orelse; bool is_async = false; For() : Stmt(StmtKind::For) {} };
struct While : Stmt { ExprPtr test; Body body, orelse; While() : Stmt(StmtKind::While) {} };
struct If : Stmt { ExprPtr test; Body body, orelse; If() : Stmt(StmtKind::If) {} };
struct WithItem { ExprPtr context_expr, optional_vars; };
struct With : Stmt { std::vector<WithItem> items; Body body; bool is_async = false; With() : Stmt(StmtKind::With) {} };
struct Raise : Stmt { ExprPtr exc, cause; Raise() : Stmt(StmtKind::Raise) {} };
struct ExceptHandler {
    ExprPtr type;      // null for bare except
    std::string name;  // empty if no `as`
    Body body;
    Pos pos;
};
struct Try : Stmt {
    Body body;
    std::vector<ExceptHandler> handlers;
    Body orelse, finalbody;
    bool is_star = false;  // except*
    Try() : Stmt(StmtKind::Try) {}
};
struct Assert : Stmt { ExprPtr test, msg; Assert() : Stmt(StmtKind::Assert) {} };
struct Alias { std::string name, asname; Pos pos; };  // name may be dotted ("a.b") or "*"
struct Import : Stmt { std::vector<Alias> names; Import() : Stmt(StmtKind::Import) {} };
struct ImportFrom : Stmt { std::string module; std::vector<Alias> names; int level = 0; ImportFrom() : Stmt(StmtKind::ImportFrom) {} };
struct Global : Stmt { std::vector<std::string> names; Global() : Stmt(StmtKind::Global) {} };
struct Nonlocal : Stmt { std::vector<std::string> names; Nonlocal() : Stmt(StmtKind::Nonlocal) {} };
struct ExprStmt : Stmt { ExprPtr value; ExprStmt() : Stmt(StmtKind::ExprStmt) {} };
struct Pass : Stmt { Pass() : Stmt(StmtKind::Pass) {} };
struct Break : Stmt { Break() : Stmt(StmtKind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(StmtKind::Continue) {} };

struct Module {
    Body body;
};

}  // namespace ls::ast
