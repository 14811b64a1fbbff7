// Tokens -> AST: a hand-written recursive-descent parser for Python 3.11's grammar.
//
// CPython's PEG parser reports errors in two steps: a failed parse, then a second pass with
// "invalid_*" rules that recognise common mistakes. Here the same diagnoses are made inline at the
// point where the parse would fail, with the same wording and the same token ranges, so that
// the student sees exactly what python3 shows.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>

#include "lexer.h"
#include "parser.h"

namespace ls {
namespace {

using namespace ast;
using namespace lex;

// Deeper ASTs than this make CPython's compiler give up too; it protects our compiler's recursion.
constexpr int kMaxNesting = 2900;

constexpr const char* kKeywords[] = {
    "False", "None",   "True",    "and",      "as",   "assert", "async",  "await",
    "break", "class",  "continue", "def",     "del",  "elif",   "else",   "except",
    "finally", "for",  "from",    "global",   "if",   "import", "in",     "is",
    "lambda", "nonlocal", "not",  "or",       "pass", "raise",  "return", "try",
    "while", "with",   "yield",
};

bool is_keyword(std::string_view s) {
    for (const char* k : kKeywords)
        if (s == k) return true;
    return false;
}

// CPython's _PyPegen_get_expr_name: how an expression is named in "cannot assign to ..." errors.
const char* expr_name(const Expr& e) {
    switch (e.kind) {
        case ExprKind::Attribute: return "attribute";
        case ExprKind::Subscript: return "subscript";
        case ExprKind::Starred: return "starred";
        case ExprKind::Name: return "name";
        case ExprKind::List: return "list";
        case ExprKind::Tuple: return "tuple";
        case ExprKind::Lambda: return "lambda";
        case ExprKind::Call: return "function call";
        case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
        case ExprKind::GeneratorExp: return "generator expression";
        case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
        case ExprKind::Await: return "await expression";
        case ExprKind::ListComp: return "list comprehension";
        case ExprKind::SetComp: return "set comprehension";
        case ExprKind::DictComp: return "dict comprehension";
        case ExprKind::Dict: return "dict literal";
        case ExprKind::Set: return "set display";
        case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
        case ExprKind::Constant: {
            auto& c = static_cast<const Constant&>(e);
            if (c.ckind == ConstKind::None) return "None";
            if (c.ckind == ConstKind::True) return "True";
            if (c.ckind == ConstKind::False) return "False";
            if (c.ckind == ConstKind::Ellipsis) return "ellipsis";
            return "literal";
        }
        case ExprKind::Compare: return "comparison";
        case ExprKind::IfExp: return "conditional expression";
        case ExprKind::NamedExpr: return "named expression";
        case ExprKind::Slice: return "slice";
    }
    return "expression";
}

enum class TargetsKind { Star, Del, For };

// CPython's _PyPegen_get_invalid_target: the sub-expression that cannot be assigned to.
const Expr* invalid_target(const Expr* e, TargetsKind kind) {
    if (!e) return nullptr;
    switch (e->kind) {
        case ExprKind::List:
            for (auto& x : static_cast<const List*>(e)->elts)
                if (auto bad = invalid_target(x.get(), kind)) return bad;
            return nullptr;
        case ExprKind::Tuple:
            for (auto& x : static_cast<const Tuple*>(e)->elts)
                if (auto bad = invalid_target(x.get(), kind)) return bad;
            return nullptr;
        case ExprKind::Starred:
            if (kind == TargetsKind::Del) return e;
            return invalid_target(static_cast<const Starred*>(e)->value.get(), kind);
        case ExprKind::Compare:
            if (kind == TargetsKind::For) {
                auto c = static_cast<const Compare*>(e);
                if (c->ops[0] == CmpOpKind::In) return invalid_target(c->left.get(), kind);
                return nullptr;
            }
            return e;
        case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute:
            return nullptr;
        default:
            return e;
    }
}

void set_context(Expr* e, Ctx ctx) {
    switch (e->kind) {
        case ExprKind::Name: static_cast<Name*>(e)->ctx = ctx; break;
        case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; break;
        case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; break;
        case ExprKind::Starred:
            static_cast<Starred*>(e)->ctx = ctx;
            set_context(static_cast<Starred*>(e)->value.get(), ctx);
            break;
        case ExprKind::Tuple:
            static_cast<Tuple*>(e)->ctx = ctx;
            for (auto& x : static_cast<Tuple*>(e)->elts) set_context(x.get(), ctx);
            break;
        case ExprKind::List:
            static_cast<List*>(e)->ctx = ctx;
            for (auto& x : static_cast<List*>(e)->elts) set_context(x.get(), ctx);
            break;
        default: break;
    }
}

// Expressions that CPython's `bitwise_or` rule produces (used by its "Maybe you meant '=='" rules).
bool is_bitwise_or_level(const Expr& e) {
    switch (e.kind) {
        case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp: case ExprKind::Lambda:
        case ExprKind::NamedExpr: case ExprKind::Starred: case ExprKind::Yield: case ExprKind::YieldFrom:
            return false;
        case ExprKind::UnaryOp:
            return static_cast<const UnaryOp&>(e).op != UnaryOpKind::Not;
        default:
            return true;
    }
}

bool is_const(const Expr& e, ConstKind k) {
    return e.kind == ExprKind::Constant && static_cast<const Constant&>(e).ckind == k;
}

struct Mark {
    int line = 0, col = 0;
};

class Parser {
public:
    Parser(std::string_view source, SourceOrigin origin, int fstring_depth)
        : source_(source), lexer_(source, origin), fstring_depth_(fstring_depth) {}

    std::unique_ptr<Module> parse_file();
    ExprPtr parse_fstring_field();
    void recheck_rest(SyntaxErrorException& e);

private:
    // ---- tokens -----------------------------------------------------------------------------
    const Token& tok(std::size_t ahead = 0) {
        while (pos_ + ahead >= tokens_.size()) {
            tokens_.push_back(lexer_.next());
            // Like CPython, reaching the end of the file inside brackets ends the parse at once.
            if (tokens_.back().kind == TokenKind::EofInBrackets) throw never_closed();
        }
        return tokens_[pos_ + ahead];
    }
    SyntaxErrorException never_closed() {
        SyntaxErrorException e;
        e.info.message = std::string("'") + lexer_.innermost_bracket() + "' was never closed";
        e.info.line = lexer_.innermost_bracket_line();
        e.info.col = lexer_.innermost_bracket_col() + 1;
        e.info.end_col = 0;
        e.from_tokenizer = true;
        return e;
    }
    Token advance() {
        Token t = tok();
        ++pos_;
        // Node ends are the end of the last real token, never a NEWLINE or DEDENT.
        if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent && t.kind != TokenKind::Dedent &&
            t.kind != TokenKind::EndMarker) {
            prev_end_line_ = t.end_line;
            prev_end_col_ = t.end_col;
        }
        prev_level_ = t.level;
        if (hint_speculations_ > 0) ++hint_tokens_;
        // Forget consumed tokens now and then so a huge file does not keep them all.
        if (pos_ > 8192 && speculation_ == 0) {
            tokens_.erase(tokens_.begin(), tokens_.begin() + static_cast<std::ptrdiff_t>(pos_));
            pos_ = 0;
        }
        return t;
    }
    bool at_op(std::string_view s) { return tok().is_op(s); }
    bool at_kw(std::string_view s) { return tok().is_name(s); }
    bool accept_op(std::string_view s) {
        if (!at_op(s)) return false;
        advance();
        return true;
    }
    bool accept_kw(std::string_view s) {
        if (!at_kw(s)) return false;
        advance();
        return true;
    }
    bool at_name() { return tok().kind == TokenKind::Name && !is_keyword(tok().text); }
    Mark mark() { return {tok().line, tok().col}; }

    template <class T>
    std::unique_ptr<T> finish(std::unique_ptr<T> n, Mark m) {
        n->pos.line = m.line;
        n->pos.col = m.col;
        n->pos.end_line = prev_end_line_;
        n->pos.end_col = prev_end_col_;
        return n;
    }
    static Mark start_of(const Expr& e) { return {e.pos.line, e.pos.col}; }

    // Speculative parsing: remember the token position, try, and go back.
    struct Snapshot { std::size_t pos; int line, col, level; };
    Snapshot snapshot() {
        ++speculation_;
        return {pos_, prev_end_line_, prev_end_col_, prev_level_};
    }
    void restore(const Snapshot& s) {
        pos_ = s.pos;
        prev_end_line_ = s.line;
        prev_end_col_ = s.col;
        prev_level_ = s.level;
    }
    void release() { --speculation_; }

    // ---- errors -----------------------------------------------------------------------------
    [[noreturn]] void error_range(const std::string& msg, int line, int col, int end_line, int end_col,
                                  const char* type = "SyntaxError") {
        SyntaxErrorException e;
        e.info.type = type;
        e.info.message = msg;
        e.info.line = line;
        e.info.col = col + 1;
        // A range over several lines is shown up to the end of the first line.
        if (end_line != line && end_line != 0) {
            e.info.end_col = utf8_length_in_code_points(source_line_text(source_, line)) + 1;
        } else {
            e.info.end_col = end_col + 1;
        }
        throw e;
    }
    [[noreturn]] void error_at_token(const std::string& msg, const Token& t, const char* type = "SyntaxError") {
        error_range(msg, t.line, t.col, t.end_line, t.end_col, type);
    }
    [[noreturn]] void error_at_node(const std::string& msg, const Expr& e) {
        error_range(msg, e.pos.line, e.pos.col, e.pos.end_line, e.pos.end_col);
    }
    [[noreturn]] void error_between(const std::string& msg, const Expr& a, const Expr& b) {
        error_range(msg, a.pos.line, a.pos.col, b.pos.end_line, b.pos.end_col);
    }
    // The generic "invalid syntax" (or what CPython says instead for the token it stopped at).
    [[noreturn]] void fail();
    // CPython locates errors at a DEDENT by its tokenizer's cursor: after the line's indentation.
    int indentation_of(int line) {
        std::string text = source_line_text(source_, line);
        return static_cast<int>(text.find_first_not_of(" \t\f") == std::string::npos ? text.size()
                                                                                        : text.find_first_not_of(" \t\f"));
    }
    [[noreturn]] void too_deep() {
        SyntaxErrorException e;
        e.info.type = "RecursionError";
        e.info.message = "maximum recursion depth exceeded during compilation";
        e.info.line = 0;  // python3 prints just "RecursionError: ..." for this, no file and line
        throw e;
    }
    struct DepthGuard {
        Parser& p;
        explicit DepthGuard(Parser& parser, int cost = 1) : p(parser), cost_(cost) {
            p.nesting_ += cost_;
            if (p.nesting_ > kMaxNesting) p.too_deep();
        }
        ~DepthGuard() { p.nesting_ -= cost_; }
        int cost_;
    };

    void expect_op(std::string_view s) {
        if (!accept_op(s)) fail();
    }
    std::string expect_name() {
        if (!at_name()) fail();
        return std::string(advance().text);
    }
    // "expected ':'" as CPython reports it: some statements insist on the colon at whatever token
    // follows (`def f() x:`), the others only when the line ends there.
    void expect_colon(bool forced) {
        if (accept_op(":")) return;
        if (forced || tok().kind == TokenKind::Newline) error_at_token("expected ':'", tok());
        fail();
    }

    // ---- statements -------------------------------------------------------------------------
    void statement(Body& out);
    void simple_statements(Body& out);
    StmtPtr simple_statement();
    StmtPtr expression_statement();
    void check_assignment_targets(const std::vector<ExprPtr>& targets, bool can_reread,
                                  const Snapshot& after_first_eq);
    Body block(const std::string& after, int line);
    StmtPtr compound_statement();
    StmtPtr function_def(std::vector<ExprPtr> decorators, Mark m, bool is_async);
    StmtPtr class_def(std::vector<ExprPtr> decorators, Mark m);
    StmtPtr if_statement(bool is_elif);
    StmtPtr for_statement(Mark m, bool is_async);
    StmtPtr while_statement();
    StmtPtr with_statement(Mark m, bool is_async);
    StmtPtr try_statement();
    StmtPtr import_statement();
    StmtPtr from_import_statement();
    std::string dotted_name();
    void parameters(Arguments& args, bool is_lambda);
    ExprPtr target_list(TargetsKind kind, bool stop_at_in);
    ExprPtr for_target();
    void check_target(Expr& e, TargetsKind kind);

    // ---- expressions ------------------------------------------------------------------------
    bool starts_expression(const Token& t);
    ExprPtr star_expressions();
    ExprPtr star_expression();
    ExprPtr star_named_expression();
    ExprPtr named_expression();
    // check_invalid: look for CPython's "Perhaps you forgot a comma?" and "Missing parentheses"
    // mistakes after the expression; legacy_only: only for the latter.
    ExprPtr expression(bool check_invalid = true, bool legacy_only = false);
    ExprPtr lambda();
    ExprPtr disjunction();
    ExprPtr conjunction();
    ExprPtr inversion();
    ExprPtr comparison();
    ExprPtr bitwise_or();
    ExprPtr bitwise_xor();
    ExprPtr bitwise_and();
    ExprPtr shift_expr();
    ExprPtr sum();
    ExprPtr term();
    ExprPtr factor();
    ExprPtr power();
    ExprPtr await_primary();
    ExprPtr primary();
    ExprPtr atom();
    ExprPtr yield_expr();
    ExprPtr slices();
    ExprPtr slice();
    ExprPtr paren_atom();
    ExprPtr list_atom();
    ExprPtr brace_atom();
    std::vector<Comprehension> comprehension_clauses();
    void call_arguments(std::vector<ExprPtr>& args, std::vector<Keyword>& keywords, const char* closer,
                        bool allow_generator = true);
    ExprPtr strings();
    ExprPtr string_error_location_and_fail(const std::string& msg);
    void parse_fstring_body(std::string_view body, bool raw, int line, int col, int depth,
                            std::vector<ExprPtr>& values, std::string& literal, const Pos& whole,
                            const Token& string_token);
    ExprPtr fstring_field_expression(std::string_view expr_text, int line, int col, const Token& string_token);

    template <class T>
    ExprPtr binary_chain(ExprPtr (Parser::*operand)(),
                         std::initializer_list<std::pair<const char*, BinOpKind>> ops);

    std::string_view source_;
    Lexer lexer_;
    std::vector<Token> tokens_;
    std::size_t pos_ = 0;
    int prev_end_line_ = 1, prev_end_col_ = 0, prev_level_ = 0;
    int speculation_ = 0;
    // Looking ahead for a hint ("Perhaps you forgot a comma?") re-reads what follows, and the
    // look-ahead may look ahead again at every bracket level: exponential in the nesting. Past
    // this many tokens read that way, no new hint is looked for (the error stays plain).
    static constexpr std::size_t kHintTokenBudget = 20'000;
    int hint_speculations_ = 0;
    std::size_t hint_tokens_ = 0;
    struct HintSpeculation {
        Parser& p;
        explicit HintSpeculation(Parser& parser) : p(parser) { ++p.hint_speculations_; }
        ~HintSpeculation() { --p.hint_speculations_; }
    };
    bool hint_budget_left() const { return hint_tokens_ < kHintTokenBudget; }
    int nesting_ = 0;
    int fstring_depth_ = 0;
    // Set while parsing the token after a string run, where f-string errors are reported.
    std::optional<Token> string_error_token_;
    const Expr* bare_genexp_ = nullptr;  // a generator expression written as the only call argument
    int peg_trailers_ = 0;  // > 0 while a failing trailer should end a primary instead of the parse
};

// ---- generic failure ------------------------------------------------------------------------

void Parser::fail() {
    Token t = tok();
    if (t.kind == TokenKind::Indent) {
        SyntaxErrorException e;
        e.info.type = "IndentationError";
        e.info.message = "unexpected indent";
        e.info.line = t.line;
        e.info.col = t.end_col;
        e.info.end_col = 0;
        e.from_tokenizer = true;  // CPython does not look at the rest of the file for this one
        throw e;
    }
    if (t.kind == TokenKind::Dedent) {
        SyntaxErrorException e;
        e.info.type = "IndentationError";
        e.info.message = "unexpected unindent";
        e.info.line = t.line;
        e.info.col = indentation_of(t.line);
        e.from_tokenizer = true;
        throw e;
    }
    if (t.kind == TokenKind::EndMarker && fstring_depth_ > 0) {
        // The end of an f-string field is the ')' CPython wraps it in.
        error_range("invalid syntax", t.line, t.col, t.line, t.col + 1);
    }
    // CPython reports where its parser had read up to; after a stray `not` it has looked one
    // token further for `not in`.
    if (t.is_name("not") && pos_ + 1 < tokens_.size()) error_at_token("invalid syntax", tokens_[pos_ + 1]);
    error_at_token("invalid syntax", t);
}

// ---- module ---------------------------------------------------------------------------------

std::unique_ptr<Module> Parser::parse_file() {
    auto module = std::make_unique<Module>();
    while (tok().kind != TokenKind::EndMarker) {
        if (tok().kind == TokenKind::Newline) {
            advance();
            continue;
        }
        statement(module->body);
    }
    return module;
}

void Parser::statement(Body& out) {
    if (StmtPtr s = compound_statement()) {
        out.push_back(std::move(s));
        return;
    }
    simple_statements(out);
}

void Parser::simple_statements(Body& out) {
    for (;;) {
        out.push_back(simple_statement());
        if (accept_op(";")) {
            if (tok().kind == TokenKind::Newline) break;
            continue;
        }
        break;
    }
    if (tok().kind != TokenKind::Newline) fail();
    advance();
}

StmtPtr Parser::simple_statement() {
    Mark m = mark();
    Token t = tok();
    if (t.kind == TokenKind::Name) {
        std::string_view w = t.text;
        if (w == "pass") { advance(); return finish(std::make_unique<Pass>(), m); }
        if (w == "break") { advance(); return finish(std::make_unique<Break>(), m); }
        if (w == "continue") { advance(); return finish(std::make_unique<Continue>(), m); }
        if (w == "return") {
            advance();
            auto r = std::make_unique<Return>();
            if (starts_expression(tok()) || at_op("*")) r->value = star_expressions();
            return finish(std::move(r), m);
        }
        if (w == "import") return import_statement();
        if (w == "from") return from_import_statement();
        if (w == "raise") {
            advance();
            auto r = std::make_unique<Raise>();
            if (starts_expression(tok())) {
                r->exc = expression();
                if (accept_kw("from")) r->cause = expression();
            }
            return finish(std::move(r), m);
        }
        if (w == "global" || w == "nonlocal") {
            advance();
            std::vector<std::string> names;
            do names.push_back(expect_name());
            while (accept_op(","));
            if (w == "global") {
                auto g = std::make_unique<Global>();
                g->names = std::move(names);
                return finish(std::move(g), m);
            }
            auto n = std::make_unique<Nonlocal>();
            n->names = std::move(names);
            return finish(std::move(n), m);
        }
        if (w == "del") {
            advance();
            auto d = std::make_unique<Delete>();
            for (;;) {
                ExprPtr target = at_op("*") ? star_expression() : expression();
                check_target(*target, TargetsKind::Del);
                d->targets.push_back(std::move(target));
                if (!accept_op(",")) break;
                if (!starts_expression(tok()) && !at_op("*")) break;
            }
            return finish(std::move(d), m);
        }
        if (w == "assert") {
            advance();
            auto a = std::make_unique<Assert>();
            a->test = expression();
            if (accept_op(",")) a->msg = expression();
            return finish(std::move(a), m);
        }
    }
    return expression_statement();
}


// ---- assignment and expression statements ---------------------------------------------------

StmtPtr Parser::expression_statement() {
    Mark m = mark();
    bool first_is_yield = at_kw("yield");
    ExprPtr first = first_is_yield ? yield_expr() : star_expressions();

    if (at_op("=")) {
        std::vector<ExprPtr> targets;
        // Diagnosing a bad first target may need to re-read what follows the '='. Only then keep
        // the tokens (a valid target is the common case, and a huge right-hand side is possible).
        bool first_invalid = invalid_target(first.get(), TargetsKind::Star) || first_is_yield;
        targets.push_back(std::move(first));
        advance();
        Snapshot after_first_eq{pos_, prev_end_line_, prev_end_col_, prev_level_};
        if (first_invalid) ++speculation_;
        ExprPtr value;
        bool value_is_yield = false;
        for (;;) {
            value_is_yield = at_kw("yield");
            ExprPtr v;
            try {
                v = value_is_yield ? yield_expr() : star_expressions();
            } catch (const SyntaxErrorException& e) {
                // `f() =` with nothing after it still gets "cannot assign to function call".
                if (e.from_tokenizer) throw;
                for (auto& t : targets)
                    if (invalid_target(t.get(), TargetsKind::Star) || t->kind == ExprKind::Yield ||
                        t->kind == ExprKind::YieldFrom)
                        check_assignment_targets(targets, false, after_first_eq);
                throw;
            }
            if (at_op("=")) {
                targets.push_back(std::move(v));
                advance();
                continue;
            }
            value = std::move(v);
            break;
        }
        bool all_valid = true;
        for (auto& t : targets)
            if (invalid_target(t.get(), TargetsKind::Star) || t->kind == ExprKind::Yield ||
                t->kind == ExprKind::YieldFrom)
                all_valid = false;
        if (!all_valid) check_assignment_targets(targets, first_invalid, after_first_eq);
        if (first_invalid) release();
        if (tok().kind != TokenKind::Newline && !at_op(";")) fail();
        auto a = std::make_unique<Assign>();
        for (auto& t : targets) set_context(t.get(), Ctx::Store);
        a->targets = std::move(targets);
        a->value = std::move(value);
        return finish(std::move(a), m);
    }

    static const std::pair<const char*, BinOpKind> kAugOps[] = {
        {"+=", BinOpKind::Add},       {"-=", BinOpKind::Sub},    {"*=", BinOpKind::Mult},
        {"@=", BinOpKind::MatMult},   {"/=", BinOpKind::Div},    {"//=", BinOpKind::FloorDiv},
        {"%=", BinOpKind::Mod},       {"**=", BinOpKind::Pow},   {"<<=", BinOpKind::LShift},
        {">>=", BinOpKind::RShift},   {"|=", BinOpKind::BitOr},  {"^=", BinOpKind::BitXor},
        {"&=", BinOpKind::BitAnd},
    };
    for (auto& [text, op] : kAugOps) {
        if (!at_op(text)) continue;
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
            first->kind != ExprKind::Subscript)
            error_at_node(std::string("'") + expr_name(*first) + "' is an illegal expression for augmented assignment",
                          *first);
        advance();
        auto a = std::make_unique<AugAssign>();
        set_context(first.get(), Ctx::Store);
        a->target = std::move(first);
        a->op = op;
        a->value = at_kw("yield") ? yield_expr() : star_expressions();
        return finish(std::move(a), m);
    }

    if (at_op(":")) {
        bool target_ok = first->kind == ExprKind::Name || first->kind == ExprKind::Attribute ||
                         first->kind == ExprKind::Subscript;
        // CPython names a bad annotation target only when an annotation follows (`i == 2:` is
        // just invalid syntax at the colon).
        if (!target_ok && !starts_expression(tok(1))) fail();
        if (first->kind == ExprKind::Tuple) {
            auto& t = static_cast<Tuple&>(*first);
            bool bare = !t.elts.empty() && t.elts[0]->pos.line == t.pos.line && t.elts[0]->pos.col == t.pos.col;
            if (bare) error_at_node("only single target (not tuple) can be annotated", *t.elts[0]);
            error_at_node("only single target (not tuple) can be annotated", *first);
        }
        if (first->kind == ExprKind::List) error_at_node("only single target (not list) can be annotated", *first);
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
            first->kind != ExprKind::Subscript)
            error_at_node("illegal target for annotation", *first);
        advance();
        auto a = std::make_unique<AnnAssign>();
        a->annotation = expression();
        if (accept_op("=")) a->value = at_kw("yield") ? yield_expr() : star_expressions();
        set_context(first.get(), Ctx::Store);
        a->target = std::move(first);
        return finish(std::move(a), m);
    }

    if (at_op(":=") && first->kind != ExprKind::Name && first->kind != ExprKind::Tuple && starts_expression(tok(1)))
        error_at_node(std::string("cannot use assignment expressions with ") + expr_name(*first), *first);

    auto s = std::make_unique<ExprStmt>();
    s->value = std::move(first);
    return finish(std::move(s), m);
}

namespace {
// The atom an expression starts with (`[1]` in `[1][0] + 1`), for CPython's lookahead checks.
const Expr* leftmost(const Expr* e) {
    for (;;) {
        switch (e->kind) {
            case ExprKind::BinOp: e = static_cast<const BinOp*>(e)->left.get(); break;
            case ExprKind::Attribute: e = static_cast<const Attribute*>(e)->value.get(); break;
            case ExprKind::Subscript: e = static_cast<const Subscript*>(e)->value.get(); break;
            case ExprKind::Call: e = static_cast<const Call*>(e)->func.get(); break;
            default: return e;
        }
    }
}
bool starts_at_same_place(const Expr& a, const Expr& b) {
    return a.pos.line == b.pos.line && a.pos.col == b.pos.col;
}
}  // namespace

// Chooses among CPython's messages for a bad assignment target, in the order its grammar tries
// them: "... here. Maybe you meant '==' ...", then the first invalid target, then yield.
void Parser::check_assignment_targets(const std::vector<ExprPtr>& targets, bool can_reread,
                                      const Snapshot& after_first_eq) {
    const Expr& first = *targets[0];
    const Expr* last_element = &first;
    if (first.kind == ExprKind::Tuple) {
        auto& t = static_cast<const Tuple&>(first);
        bool bare = !t.elts.empty() && starts_at_same_place(*t.elts[0], t);
        if (bare) last_element = t.elts.back().get();
    }
    if (can_reread && last_element->kind != ExprKind::Starred && is_bitwise_or_level(*last_element)) {
        // Does `= bitwise_or` follow, not followed by another '=' or ':='?
        Snapshot here = snapshot();
        restore(after_first_eq);
        bool ok = false;
        int end_line = 0, end_col = 0;
        try {
            ExprPtr b = bitwise_or();
            ok = !at_op("=") && !at_op(":=");
            end_line = b->pos.end_line;
            end_col = b->pos.end_col;
        } catch (const SyntaxErrorException& e) {
            if (e.from_tokenizer) throw;
        }
        restore(here);
        release();
        if (ok) {
            if (last_element->kind == ExprKind::Name)
                error_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last_element->pos.line,
                            last_element->pos.col, end_line, end_col);
            const Expr* start = leftmost(last_element);
            bool excluded = starts_at_same_place(*start, *last_element) &&
                            (start->kind == ExprKind::List || start->kind == ExprKind::GeneratorExp ||
                             (start->kind == ExprKind::Tuple && !static_cast<const Tuple*>(start)->elts.empty() &&
                              !starts_at_same_place(*static_cast<const Tuple*>(start)->elts[0], *start)) ||
                             (start->kind == ExprKind::Tuple && static_cast<const Tuple*>(start)->elts.empty()) ||
                             is_const(*start, ConstKind::True) || is_const(*start, ConstKind::False) ||
                             is_const(*start, ConstKind::None));
            if (!excluded)
                error_at_node(std::string("cannot assign to ") + expr_name(*last_element) +
                                  " here. Maybe you meant '==' instead of '='?",
                              *last_element);
        }
    }
    for (auto& t : targets) {
        if (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom)
            error_at_node("assignment to yield expression not possible", *t);
        if (const Expr* bad = invalid_target(t.get(), TargetsKind::Star))
            error_at_node(std::string("cannot assign to ") + expr_name(*bad), *bad);
    }
}

void Parser::check_target(Expr& e, TargetsKind kind) {
    if (const Expr* bad = invalid_target(&e, kind)) {
        if (kind == TargetsKind::Del) error_at_node(std::string("cannot delete ") + expr_name(*bad), *bad);
        error_at_node(std::string("cannot assign to ") + expr_name(*bad), *bad);
    }
    set_context(&e, kind == TargetsKind::Del ? Ctx::Del : Ctx::Store);
}

// Targets of `for`/comprehensions (stop before `in`) and `with ... as`.
ExprPtr Parser::target_list(TargetsKind kind, bool allow_tuple) {
    Mark m = mark();
    auto one = [&]() -> ExprPtr {
        if (at_op("*")) {
            Mark sm = mark();
            advance();
            auto s = std::make_unique<Starred>();
            s->value = bitwise_or();
            return finish(std::move(s), sm);
        }
        return bitwise_or();
    };
    ExprPtr first = one();
    if (allow_tuple && at_op(",")) {
        auto t = std::make_unique<Tuple>();
        t->elts.push_back(std::move(first));
        while (accept_op(",")) {
            if (!at_op("*") && !starts_expression(tok())) break;
            t->elts.push_back(one());
        }
        first = finish(std::move(t), m);
    }
    check_target(*first, kind);
    return first;
}

// `for TARGET in`, consuming the `in`. When that fails, CPython re-reads the target as an
// expression, which finds "Perhaps you forgot a comma?" in `[v for row n matrix]`.
ExprPtr Parser::for_target() {
    Snapshot start = snapshot();
    int spec = speculation_;
    try {
        ExprPtr target = target_list(TargetsKind::For, true);
        if (accept_kw("in")) {
            release();
            return target;
        }
    } catch (const SyntaxErrorException& e) {
        if (e.from_tokenizer || e.info.message.rfind("cannot assign to", 0) == 0) throw;
        speculation_ = spec;
    }
    Token failed_at = tok();
    restore(start);
    release();
    try {
        star_expressions();
    } catch (const SyntaxErrorException& e) {
        if (e.from_tokenizer || e.info.message != "invalid syntax") throw;
    }
    error_at_token("invalid syntax", failed_at);
}

// ---- blocks and compound statements ---------------------------------------------------------

Body Parser::block(const std::string& after, int line) {
    Body body;
    if (tok().kind == TokenKind::Newline) {
        Token newline = advance();
        Token t = tok();
        if (t.kind != TokenKind::Indent) {
            std::string msg = "expected an indented block after " + after + " on line " + std::to_string(line);
            if (t.kind == TokenKind::EndMarker)
                error_range(msg, newline.line, newline.col, newline.line, -1, "IndentationError");
            if (t.kind == TokenKind::Dedent) {
                // At the end of the file CPython points after the header line instead.
                std::size_t k = 0;
                while (tok(k).kind == TokenKind::Dedent) ++k;
                if (tok(k).kind == TokenKind::EndMarker)
                    error_range(msg, newline.line, newline.col, newline.line, -1, "IndentationError");
                error_range(msg, t.line, indentation_of(t.line) - 1, t.line, -1, "IndentationError");
            }
            error_at_token(msg, t, "IndentationError");
        }
        advance();
        while (tok().kind != TokenKind::Dedent) {
            if (tok().kind == TokenKind::EndMarker || tok().kind == TokenKind::EofInBrackets) fail();
            statement(body);
        }
        advance();
        return body;
    }
    simple_statements(body);
    return body;
}

StmtPtr Parser::compound_statement() {
    Token t = tok();
    if (t.is_op("@")) {
        std::vector<ExprPtr> decorators;
        while (accept_op("@")) {
            decorators.push_back(named_expression());
            if (tok().kind != TokenKind::Newline) fail();
            advance();
        }
        Mark m = mark();
        if (at_kw("def")) return function_def(std::move(decorators), m, false);
        if (at_kw("class")) return class_def(std::move(decorators), m);
        if (at_kw("async") && tok(1).is_name("def")) {
            advance();
            return function_def(std::move(decorators), m, true);
        }
        fail();
    }
    if (t.kind != TokenKind::Name) return nullptr;
    Mark m = mark();
    std::string_view w = t.text;
    if (w == "if") return if_statement(false);
    if (w == "while") return while_statement();
    if (w == "for") return for_statement(m, false);
    if (w == "try") return try_statement();
    if (w == "with") return with_statement(m, false);
    if (w == "def") return function_def({}, m, false);
    if (w == "class") return class_def({}, m);
    if (w == "async") {
        advance();
        if (at_kw("def")) return function_def({}, m, true);
        if (at_kw("for")) return for_statement(m, true);
        if (at_kw("with")) return with_statement(m, true);
        fail();
    }
    return nullptr;
}

StmtPtr Parser::if_statement(bool is_elif) {
    Mark m = mark();
    int line = advance().line;
    auto s = std::make_unique<If>();
    s->test = named_expression();
    expect_colon(false);
    s->body = block(is_elif ? "'elif' statement" : "'if' statement", line);
    if (at_kw("elif")) {
        s->orelse.push_back(if_statement(true));
    } else if (at_kw("else")) {
        int else_line = advance().line;
        expect_colon(true);
        s->orelse = block("'else' statement", else_line);
    }
    return finish(std::move(s), m);
}

StmtPtr Parser::while_statement() {
    Mark m = mark();
    int line = advance().line;
    auto s = std::make_unique<While>();
    s->test = named_expression();
    expect_colon(false);
    s->body = block("'while' statement", line);
    if (at_kw("else")) {
        int else_line = advance().line;
        expect_colon(true);
        s->orelse = block("'else' statement", else_line);
    }
    return finish(std::move(s), m);
}

StmtPtr Parser::for_statement(Mark m, bool is_async) {
    int line = advance().line;
    auto s = std::make_unique<For>();
    s->is_async = is_async;
    s->target = for_target();
    s->iter = star_expressions();
    expect_colon(false);
    s->body = block("'for' statement", line);
    if (at_kw("else")) {
        int else_line = advance().line;
        expect_colon(true);
        s->orelse = block("'else' statement", else_line);
    }
    return finish(std::move(s), m);
}

StmtPtr Parser::with_statement(Mark m, bool is_async) {
    int line = advance().line;
    auto s = std::make_unique<With>();
    s->is_async = is_async;
    auto item = [&]() {
        WithItem wi;
        wi.context_expr = expression();
        if (accept_kw("as")) wi.optional_vars = target_list(TargetsKind::Star, false);
        return wi;
    };
    bool parsed = false;
    if (at_op("(")) {
        // `with (a as b, c as d):` -- only if the parenthesis closes right before the colon.
        Snapshot snap = snapshot();
        try {
            advance();
            std::vector<WithItem> items;
            for (;;) {
                items.push_back(item());
                if (!accept_op(",")) break;
                if (at_op(")")) break;
            }
            if (accept_op(")") && at_op(":")) {
                s->items = std::move(items);
                parsed = true;
            }
        } catch (const SyntaxErrorException& e) {
            if (e.from_tokenizer) throw;
        }
        if (!parsed) restore(snap);
        release();
    }
    if (!parsed) {
        do s->items.push_back(item());
        while (accept_op(","));
    }
    expect_colon(false);
    s->body = block("'with' statement", line);
    return finish(std::move(s), m);
}

StmtPtr Parser::try_statement() {
    Mark m = mark();
    int line = advance().line;
    auto s = std::make_unique<Try>();
    expect_colon(true);
    s->body = block("'try' statement", line);
    bool seen_plain = false, seen_star = false;
    while (at_kw("except")) {
        Mark hm = mark();
        Token except_tok = advance();
        ExceptHandler h;
        bool star = false;
        if (at_op("*")) {
            star = true;
            advance();
            if (at_op(":")) error_at_token("expected one or more exception types", tok());
        }
        if ((star && seen_plain) || (!star && seen_star))
            error_at_token("cannot have both 'except' and 'except*' on the same 'try'", except_tok);
        (star ? seen_star : seen_plain) = true;
        if (!at_op(":") && tok().kind != TokenKind::Newline) {
            h.type = expression();
            if (at_op(",")) {
                ExprPtr last;
                while (accept_op(",")) {
                    if (!starts_expression(tok())) break;
                    last = expression();
                }
                if (!last) fail();
                int end_line = last->pos.end_line, end_col = last->pos.end_col;
                if (at_kw("as") && tok(1).kind == TokenKind::Name) {
                    end_line = tok(1).end_line;
                    end_col = tok(1).end_col;
                }
                error_range("multiple exception types must be parenthesized", h.type->pos.line, h.type->pos.col,
                            end_line, end_col);
            }
            if (accept_kw("as")) h.name = expect_name();
        }
        expect_colon(false);
        h.body = block(star ? "'except*' statement" : "'except' statement", except_tok.line);
        h.pos.line = hm.line;
        h.pos.col = hm.col;
        h.pos.end_line = prev_end_line_;
        h.pos.end_col = prev_end_col_;
        s->handlers.push_back(std::move(h));
    }
    s->is_star = seen_star;
    if (at_kw("else")) {
        if (s->handlers.empty()) fail();
        int else_line = advance().line;
        expect_colon(true);
        s->orelse = block("'else' statement", else_line);
    }
    if (at_kw("finally")) {
        int finally_line = advance().line;
        expect_colon(true);
        s->finalbody = block("'finally' statement", finally_line);
    }
    if (s->handlers.empty() && s->finalbody.empty()) error_at_token("expected 'except' or 'finally' block", tok());
    return finish(std::move(s), m);
}

StmtPtr Parser::function_def(std::vector<ExprPtr> decorators, Mark m, bool is_async) {
    int line = advance().line;  // 'def'
    auto f = std::make_unique<FunctionDef>();
    f->is_async = is_async;
    f->decorator_list = std::move(decorators);
    f->name = expect_name();
    if (!accept_op("(")) error_at_token("expected '('", tok());
    parameters(f->args, false);
    expect_op(")");
    if (at_op("->")) {
        // `def f()->:` -- CPython then insists on the colon at the arrow.
        if (!starts_expression(tok(1))) error_at_token("expected ':'", tok());
        advance();
        f->returns = expression();
    }
    expect_colon(true);
    f->body = block("function definition", line);
    return finish(std::move(f), m);
}

StmtPtr Parser::class_def(std::vector<ExprPtr> decorators, Mark m) {
    int line = advance().line;  // 'class'
    auto c = std::make_unique<ClassDef>();
    c->decorator_list = std::move(decorators);
    c->name = expect_name();
    if (accept_op("(")) {
        call_arguments(c->bases, c->keywords, ")", /*allow_generator=*/false);
        expect_op(")");
    }
    expect_colon(false);
    c->body = block("class definition", line);
    return finish(std::move(c), m);
}

void Parser::parameters(Arguments& args, bool is_lambda) {
    const char* closer = is_lambda ? ":" : ")";
    bool seen_default = false, seen_star = false, seen_slash = false;
    auto param = [&]() {
        Token name = tok();
        Arg a;
        a.name = expect_name();
        a.pos = {name.line, name.col, name.end_line, name.end_col};
        if (!is_lambda && accept_op(":")) {
            a.annotation = expression();
            a.pos.end_line = prev_end_line_;
            a.pos.end_col = prev_end_col_;
        }
        return a;
    };
    while (!at_op(closer)) {
        if (args.kwarg) error_at_token("arguments cannot follow var-keyword argument", tok());
        if (at_op("(")) {
            // Python 2's tuple parameters: `def f((x, y))` / `lambda (x, y): ...`.
            std::size_t k = 1;
            bool names = tok(k).kind == TokenKind::Name;
            if (names) ++k;
            while (names && tok(k).is_op(",") && tok(k + 1).kind == TokenKind::Name) k += 2;
            if (names && tok(k).is_op(",")) ++k;
            if (names && tok(k).is_op(")")) {
                Token open = tok(), close = tok(k);
                error_range(is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                      : "Function parameters cannot be parenthesized",
                            open.line, open.col, close.end_line, close.end_col);
            }
            fail();
        }
        if (at_op("/")) {
            Token slash = tok();
            if (seen_slash) error_at_token("/ may appear only once", slash);
            if (seen_star) error_at_token("/ must be ahead of *", slash);
            if (args.args.empty()) fail();
            advance();
            seen_slash = true;
            for (auto& a : args.args) args.posonlyargs.push_back(std::move(a));
            args.args.clear();
        } else if (at_op("**")) {
            advance();
            args.kwarg = std::make_unique<Arg>(param());
        } else if (at_op("*")) {
            Token star = advance();
            if (seen_star) error_at_token("* argument may appear only once", star);
            seen_star = true;
            if (at_op(",") || at_op(closer)) {
                if (at_op(closer) || tok(1).is_op("**"))
                    error_at_token("named arguments must follow bare *", star);
            } else {
                args.vararg = std::make_unique<Arg>(param());
            }
        } else {
            Token name_tok = tok();
            Arg a = param();
            ExprPtr def;
            if (accept_op("=")) def = expression();
            if (seen_star) {
                args.kwonlyargs.push_back(std::move(a));
                args.kw_defaults.push_back(std::move(def));
            } else {
                if (def) {
                    seen_default = true;
                    args.defaults.push_back(std::move(def));
                } else if (seen_default) {
                    error_at_token("non-default argument follows default argument", name_tok);
                }
                args.args.push_back(std::move(a));
            }
        }
        if (!accept_op(",")) break;
    }
}

StmtPtr Parser::import_statement() {
    Mark m = mark();
    advance();
    auto s = std::make_unique<Import>();
    do {
        Mark am = mark();
        Alias a;
        a.name = dotted_name();
        if (accept_kw("as")) a.asname = expect_name();
        a.pos = {am.line, am.col, prev_end_line_, prev_end_col_};
        s->names.push_back(std::move(a));
    } while (accept_op(","));
    return finish(std::move(s), m);
}

std::string Parser::dotted_name() {
    std::string name = expect_name();
    while (at_op(".")) {
        advance();
        name += '.';
        name += expect_name();
    }
    return name;
}

StmtPtr Parser::from_import_statement() {
    Mark m = mark();
    advance();
    auto s = std::make_unique<ImportFrom>();
    for (;;) {
        if (accept_op(".")) ++s->level;
        else if (accept_op("...")) s->level += 3;
        else break;
    }
    if (!at_kw("import") || s->level == 0) s->module = dotted_name();
    if (!accept_kw("import")) fail();
    auto alias = [&]() {
        Mark am = mark();
        Alias a;
        a.name = expect_name();
        if (accept_kw("as")) a.asname = expect_name();
        a.pos = {am.line, am.col, prev_end_line_, prev_end_col_};
        return a;
    };
    if (at_op("*")) {
        Mark am = mark();
        advance();
        Alias a;
        a.name = "*";
        a.pos = {am.line, am.col, prev_end_line_, prev_end_col_};
        s->names.push_back(std::move(a));
    } else if (accept_op("(")) {
        do {
            if (at_op(")") && !s->names.empty()) break;
            s->names.push_back(alias());
        } while (accept_op(","));
        expect_op(")");
    } else {
        s->names.push_back(alias());
        while (accept_op(",")) {
            if (tok().kind == TokenKind::Newline)
                error_at_token("trailing comma not allowed without surrounding parentheses", tok());
            s->names.push_back(alias());
        }
    }
    return finish(std::move(s), m);
}

// ---- expressions ----------------------------------------------------------------------------

bool Parser::starts_expression(const Token& t) {
    switch (t.kind) {
        case TokenKind::Number: case TokenKind::String: return true;
        case TokenKind::Name:
            return !is_keyword(t.text) || t.text == "True" || t.text == "False" || t.text == "None" ||
                   t.text == "not" || t.text == "lambda" || t.text == "await";
        case TokenKind::Op:
            return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
                   t.text == "~" || t.text == "...";
        default: return false;
    }
}

ExprPtr Parser::star_expressions() {
    Mark m = mark();
    ExprPtr first = star_expression();
    if (!at_op(",")) return first;
    auto t = std::make_unique<Tuple>();
    t->elts.push_back(std::move(first));
    while (accept_op(",")) {
        if (!at_op("*") && !starts_expression(tok())) break;
        t->elts.push_back(star_expression());
    }
    return finish(std::move(t), m);
}

ExprPtr Parser::star_expression() {
    if (at_op("*")) {
        Mark m = mark();
        advance();
        auto s = std::make_unique<Starred>();
        s->value = bitwise_or();
        return finish(std::move(s), m);
    }
    return expression();
}

ExprPtr Parser::star_named_expression() {
    if (at_op("*")) {
        Mark m = mark();
        advance();
        auto s = std::make_unique<Starred>();
        s->value = bitwise_or();
        return finish(std::move(s), m);
    }
    return named_expression();
}

ExprPtr Parser::named_expression() {
    if (at_name() && tok(1).is_op(":=")) {
        Mark m = mark();
        auto target = std::make_unique<Name>();
        target->id = std::string(advance().text);
        target = finish(std::move(target), m);
        target->ctx = Ctx::Store;
        advance();
        auto n = std::make_unique<NamedExpr>();
        n->target = std::move(target);
        n->value = expression();
        return finish(std::move(n), m);
    }
    ExprPtr e = expression();
    if (at_op(":=") && starts_expression(tok(1)))
        error_at_node(std::string("cannot use assignment expressions with ") + expr_name(*e), *e);
    if (at_op("=") && is_bitwise_or_level(*e)) {
        // CPython's invalid_named_expression: `if x = 1:` and friends.
        Snapshot snap = snapshot();
        int spec = speculation_;
        advance();
        bool ok = false;
        int end_line = 0, end_col = 0;
        try {
            ExprPtr b = bitwise_or();
            ok = !at_op("=") && !at_op(":=");
            end_line = b->pos.end_line;
            end_col = b->pos.end_col;
        } catch (const SyntaxErrorException& err) {
            if (err.from_tokenizer) throw;
            speculation_ = spec;
        }
        restore(snap);
        release();
        if (ok) {
            if (e->kind == ExprKind::Name)
                error_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e->pos.line, e->pos.col,
                            end_line, end_col);
            const Expr* start = leftmost(e.get());
            bool excluded = starts_at_same_place(*start, *e) &&
                            (start->kind == ExprKind::List || start->kind == ExprKind::GeneratorExp ||
                             start->kind == ExprKind::Tuple || is_const(*start, ConstKind::True) ||
                             is_const(*start, ConstKind::False) || is_const(*start, ConstKind::None));
            if (!excluded)
                error_at_node(std::string("cannot assign to ") + expr_name(*e) +
                                  " here. Maybe you meant '==' instead of '='?",
                              *e);
        }
    }
    return e;
}

ExprPtr Parser::expression(bool check_invalid, bool legacy_only) {
    DepthGuard guard(*this);
    if (at_kw("lambda")) return lambda();
    Token first = tok();
    Mark start = mark();  // a parenthesised operand starts at its '(' as in CPython
    ExprPtr d = disjunction();
    if (at_kw("if")) {
        Snapshot before_if = snapshot();
        advance();
        ExprPtr test = disjunction();
        if (!at_kw("else")) {
            if (!check_invalid) {
                // CPython's expression_without_invalid falls back to the bare disjunction.
                restore(before_if);
                release();
                return d;
            }
            if (!at_op(":")) error_between("expected 'else' after 'if' expression", *d, *test);
            fail();
        }
        release();
        advance();
        auto e = std::make_unique<IfExp>();
        Mark m = start;
        e->body = std::move(d);
        e->test = std::move(test);
        e->orelse = expression(false, /*legacy_only=*/check_invalid);
        return finish(std::move(e), m);
    }
    if ((check_invalid || legacy_only) && starts_expression(tok())) {
        bool legacy = d->kind == ExprKind::Name && first.kind == TokenKind::Name &&
                      (first.text == "print" || first.text == "exec") && !at_op("(");
        if (legacy) {
            ExprPtr b = star_expressions();
            std::string name(first.text);
            error_between("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?", *d, *b);
        }
        if (!check_invalid) return d;
        // CPython 3.11 compares only the token's length against the soft keywords, so any
        // prefix of "match" or "case" (`m`, `c`, `ca`, ...) counts as one here.
        auto prefix_of = [&](std::string_view keyword) {
            return !first.text.empty() && keyword.substr(0, first.text.size()) == first.text;
        };
        bool soft_keyword = first.kind == TokenKind::Name && (prefix_of("match") || prefix_of("case") || prefix_of("_"));
        bool name_then_string = first.kind == TokenKind::Name && d->kind == ExprKind::Name &&
                                tok().kind == TokenKind::String;
        if (!hint_budget_left()) {
            // Too much looked ahead already (see kHintTokenBudget).
        } else if (soft_keyword && d->kind == ExprKind::Name) {
            // CPython then meets the next expression on its own; its own hint may apply there
            // (`[c r c in d]` points at `r c in d`).
            HintSpeculation hint(*this);
            Snapshot snap = snapshot();
            int spec = speculation_;
            try {
                expression(true);
            } catch (const SyntaxErrorException& err) {
                if (err.from_tokenizer || err.info.message == "invalid syntax. Perhaps you forgot a comma?") throw;
                speculation_ = spec;
            }
            restore(snap);
            release();
        } else if (!soft_keyword && !name_then_string) {
            // "Perhaps you forgot a comma?" -- only inside brackets, as CPython.
            HintSpeculation hint(*this);
            Snapshot snap = snapshot();
            int spec = speculation_;
            try {
                ++peg_trailers_;
                ExprPtr b = expression(false);
                --peg_trailers_;
                if (prev_level_ > 0) error_between("invalid syntax. Perhaps you forgot a comma?", *d, *b);
            } catch (const SyntaxErrorException& err) {
                if (err.from_tokenizer || err.info.message == "invalid syntax. Perhaps you forgot a comma?") throw;
                speculation_ = spec;
                peg_trailers_ = 0;
            }
            restore(snap);
            release();
        }
    }
    return d;
}

ExprPtr Parser::lambda() {
    Mark m = mark();
    advance();
    auto l = std::make_unique<Lambda>();
    parameters(l->args, true);
    if (!accept_op(":")) fail();
    l->body = expression();
    return finish(std::move(l), m);
}

ExprPtr Parser::disjunction() {
    Mark m = mark();
    ExprPtr first = conjunction();
    if (!at_kw("or")) return first;
    auto b = std::make_unique<BoolOp>();
    b->op = BoolOpKind::Or;
    b->values.push_back(std::move(first));
    while (accept_kw("or")) b->values.push_back(conjunction());
    return finish(std::move(b), m);
}

ExprPtr Parser::conjunction() {
    Mark m = mark();
    ExprPtr first = inversion();
    if (!at_kw("and")) return first;
    auto b = std::make_unique<BoolOp>();
    b->op = BoolOpKind::And;
    b->values.push_back(std::move(first));
    while (accept_kw("and")) b->values.push_back(inversion());
    return finish(std::move(b), m);
}

ExprPtr Parser::inversion() {
    if (at_kw("not")) {
        DepthGuard guard(*this);
        Mark m = mark();
        advance();
        auto u = std::make_unique<UnaryOp>();
        u->op = UnaryOpKind::Not;
        u->operand = inversion();
        return finish(std::move(u), m);
    }
    return comparison();
}

ExprPtr Parser::comparison() {
    Mark m = mark();
    ExprPtr left = bitwise_or();
    std::unique_ptr<Compare> cmp;
    for (;;) {
        CmpOpKind op;
        Token t = tok();
        if (t.is_op("==")) op = CmpOpKind::Eq;
        else if (t.is_op("!=")) op = CmpOpKind::NotEq;
        else if (t.is_op("<")) op = CmpOpKind::Lt;
        else if (t.is_op("<=")) op = CmpOpKind::LtE;
        else if (t.is_op(">")) op = CmpOpKind::Gt;
        else if (t.is_op(">=")) op = CmpOpKind::GtE;
        else if (t.is_name("in")) op = CmpOpKind::In;
        else if (t.is_name("not") && tok(1).is_name("in")) op = CmpOpKind::NotIn;
        else if (t.is_name("is")) op = tok(1).is_name("not") ? CmpOpKind::IsNot : CmpOpKind::Is;
        else break;
        advance();
        if (op == CmpOpKind::NotIn || op == CmpOpKind::IsNot) advance();
        if (!cmp) {
            cmp = std::make_unique<Compare>();
            cmp->left = std::move(left);
        }
        cmp->ops.push_back(op);
        cmp->comparators.push_back(bitwise_or());
    }
    if (!cmp) return left;
    return finish(std::move(cmp), m);
}

// Left-associative binary operators; a long chain is a deep tree, so it counts as nesting.
template <class T>
ExprPtr Parser::binary_chain(ExprPtr (Parser::*operand)(),
                             std::initializer_list<std::pair<const char*, BinOpKind>> ops) {
    Mark m = mark();
    ExprPtr left = (this->*operand)();
    int chain = 0;
    for (;;) {
        const std::pair<const char*, BinOpKind>* found = nullptr;
        for (auto& op : ops)
            if (at_op(op.first)) found = &op;
        if (!found) break;
        if (nesting_ + ++chain > kMaxNesting) too_deep();
        advance();
        auto b = std::make_unique<T>();
        b->op = found->second;
        b->left = std::move(left);
        b->right = (this->*operand)();
        left = finish(std::move(b), m);
    }
    return left;
}

ExprPtr Parser::bitwise_or() { return binary_chain<BinOp>(&Parser::bitwise_xor, {{"|", BinOpKind::BitOr}}); }
ExprPtr Parser::bitwise_xor() { return binary_chain<BinOp>(&Parser::bitwise_and, {{"^", BinOpKind::BitXor}}); }
ExprPtr Parser::bitwise_and() { return binary_chain<BinOp>(&Parser::shift_expr, {{"&", BinOpKind::BitAnd}}); }
ExprPtr Parser::shift_expr() {
    return binary_chain<BinOp>(&Parser::sum, {{"<<", BinOpKind::LShift}, {">>", BinOpKind::RShift}});
}
ExprPtr Parser::sum() { return binary_chain<BinOp>(&Parser::term, {{"+", BinOpKind::Add}, {"-", BinOpKind::Sub}}); }
ExprPtr Parser::term() {
    return binary_chain<BinOp>(&Parser::factor, {{"*", BinOpKind::Mult},
                                                 {"/", BinOpKind::Div},
                                                 {"//", BinOpKind::FloorDiv},
                                                 {"%", BinOpKind::Mod},
                                                 {"@", BinOpKind::MatMult}});
}

ExprPtr Parser::factor() {
    UnaryOpKind op;
    if (at_op("-")) op = UnaryOpKind::USub;
    else if (at_op("+")) op = UnaryOpKind::UAdd;
    else if (at_op("~")) op = UnaryOpKind::Invert;
    else return power();
    DepthGuard guard(*this);
    Mark m = mark();
    advance();
    auto u = std::make_unique<UnaryOp>();
    u->op = op;
    u->operand = factor();
    return finish(std::move(u), m);
}

ExprPtr Parser::power() {
    Mark m = mark();
    ExprPtr base = await_primary();
    if (!at_op("**")) return base;
    DepthGuard guard(*this);
    advance();
    auto b = std::make_unique<BinOp>();
    b->op = BinOpKind::Pow;
    b->left = std::move(base);
    b->right = factor();
    return finish(std::move(b), m);
}

ExprPtr Parser::await_primary() {
    if (at_kw("await")) {
        DepthGuard guard(*this);
        Mark m = mark();
        advance();
        auto a = std::make_unique<Await>();
        a->value = primary();
        return finish(std::move(a), m);
    }
    return primary();
}

ExprPtr Parser::primary() {
    Mark m = mark();
    ExprPtr e = atom();
    int chain = 0;
    for (;;) {
        if (!at_op(".") && !at_op("(") && !at_op("[")) break;
        if (nesting_ + ++chain > kMaxNesting) too_deep();
        // While looking for "Perhaps you forgot a comma?", a trailer that does not parse is simply
        // not part of the expression, as in CPython's PEG rules (`x oelser []` ends at `oelser`).
        std::optional<Snapshot> undo;
        int spec = speculation_;
        if (peg_trailers_ > 0) undo = snapshot();
        try {
            if (accept_op(".")) {
                std::string attr = expect_name();
                auto a = std::make_unique<Attribute>();
                a->value = std::move(e);
                a->attr = std::move(attr);
                e = finish(std::move(a), m);
            } else if (at_op("(")) {
                Token open = advance();
                std::vector<ExprPtr> args;
                std::vector<Keyword> keywords;
                call_arguments(args, keywords, ")");
                expect_op(")");
                auto c = std::make_unique<Call>();
                c->func = std::move(e);
                c->args = std::move(args);
                c->keywords = std::move(keywords);
                // A generator expression that is the only argument borrows the call's parentheses.
                if (c->args.size() == 1 && c->keywords.empty() && bare_genexp_ == c->args[0].get()) {
                    c->args[0]->pos.line = open.line;
                    c->args[0]->pos.col = open.col;
                    c->args[0]->pos.end_line = prev_end_line_;
                    c->args[0]->pos.end_col = prev_end_col_;
                }
                e = finish(std::move(c), m);
            } else {
                advance();
                ExprPtr slice = slices();
                expect_op("]");
                auto s = std::make_unique<Subscript>();
                s->value = std::move(e);
                s->slice = std::move(slice);
                e = finish(std::move(s), m);
            }
        } catch (const SyntaxErrorException& err) {
            if (!undo || err.from_tokenizer) throw;
            speculation_ = spec;
            restore(*undo);
            release();
            break;
        }
        if (undo) release();
    }
    return e;
}

ExprPtr Parser::slices() {
    Mark m = mark();
    ExprPtr first = slice();
    // `a[*idx]` is a one-element tuple, as in CPython.
    if (!at_op(",") && first->kind != ExprKind::Starred) return first;
    auto t = std::make_unique<Tuple>();
    t->elts.push_back(std::move(first));
    while (accept_op(",")) {
        if (at_op("]")) break;
        t->elts.push_back(slice());
    }
    return finish(std::move(t), m);
}

ExprPtr Parser::slice() {
    Mark m = mark();
    ExprPtr lower;
    if (!at_op(":")) {
        if (at_op("*")) return star_expression();
        lower = named_expression();
        if (!at_op(":")) return lower;
    }
    advance();
    auto s = std::make_unique<Slice>();
    s->lower = std::move(lower);
    if (!at_op(":") && !at_op("]") && !at_op(",")) s->upper = expression();
    if (accept_op(":")) {
        if (!at_op("]") && !at_op(",")) s->step = expression();
    }
    return finish(std::move(s), m);
}

ExprPtr Parser::yield_expr() {
    Mark m = mark();
    advance();
    if (accept_kw("from")) {
        auto y = std::make_unique<YieldFrom>();
        y->value = expression();
        return finish(std::move(y), m);
    }
    auto y = std::make_unique<Yield>();
    if (at_op("*") || starts_expression(tok())) y->value = star_expressions();
    return finish(std::move(y), m);
}

ExprPtr Parser::atom() {
    Token t = tok();
    Mark m = mark();
    switch (t.kind) {
        case TokenKind::Name: {
            if (t.text == "True" || t.text == "False" || t.text == "None") {
                auto c = std::make_unique<Constant>();
                c->ckind = t.text == "True" ? ConstKind::True : t.text == "False" ? ConstKind::False : ConstKind::None;
                advance();
                return finish(std::move(c), m);
            }
            if (is_keyword(t.text)) fail();
            auto n = std::make_unique<Name>();
            n->id = std::string(t.text);
            advance();
            return finish(std::move(n), m);
        }
        case TokenKind::Number: {
            auto c = std::make_unique<Constant>();
            std::string_view s = t.text;
            char last = s.back();
            bool radix = s.size() > 1 && s[0] == '0' && std::strchr("xXoObB", s[1]);
            if (last == 'j' || last == 'J') c->ckind = ConstKind::Imaginary;
            else if (radix) c->ckind = ConstKind::Int;
            else if (s.find_first_of(".eE") != std::string_view::npos) c->ckind = ConstKind::Float;
            else c->ckind = ConstKind::Int;
            c->text = std::string(s);
            advance();
            return finish(std::move(c), m);
        }
        case TokenKind::String: return strings();
        case TokenKind::Op:
            if (t.text == "(") return paren_atom();
            if (t.text == "[") return list_atom();
            if (t.text == "{") return brace_atom();
            if (t.text == "...") {
                auto c = std::make_unique<Constant>();
                c->ckind = ConstKind::Ellipsis;
                advance();
                return finish(std::move(c), m);
            }
            fail();
        default: fail();
    }
}

ExprPtr Parser::paren_atom() {
    Mark m = mark();
    advance();
    if (accept_op(")")) return finish(std::make_unique<Tuple>(), m);
    if (at_kw("yield")) {
        ExprPtr y = yield_expr();
        expect_op(")");
        return y;
    }
    ExprPtr first = star_named_expression();
    if (at_kw("for") || (at_kw("async") && tok(1).is_name("for"))) {
        auto g = std::make_unique<GeneratorExp>();
        g->elt = std::move(first);
        g->generators = comprehension_clauses();
        expect_op(")");
        return finish(std::move(g), m);
    }
    if (at_op(",")) {
        auto t = std::make_unique<Tuple>();
        t->elts.push_back(std::move(first));
        while (accept_op(",")) {
            if (at_op(")")) break;
            t->elts.push_back(star_named_expression());
        }
        expect_op(")");
        return finish(std::move(t), m);
    }
    expect_op(")");
    return first;
}

ExprPtr Parser::list_atom() {
    Mark m = mark();
    advance();
    auto l = std::make_unique<List>();
    if (accept_op("]")) return finish(std::move(l), m);
    ExprPtr first = star_named_expression();
    if (at_kw("for") || (at_kw("async") && tok(1).is_name("for"))) {
        auto c = std::make_unique<ListComp>();
        c->elt = std::move(first);
        c->generators = comprehension_clauses();
        expect_op("]");
        return finish(std::move(c), m);
    }
    l->elts.push_back(std::move(first));
    while (accept_op(",")) {
        if (at_op("]")) break;
        l->elts.push_back(star_named_expression());
    }
    if (l->elts.size() > 1 && (at_kw("for") || (at_kw("async") && tok(1).is_name("for"))))
        error_between("did you forget parentheses around the comprehension target?", *l->elts.front(),
                      *l->elts.back());
    expect_op("]");
    return finish(std::move(l), m);
}

ExprPtr Parser::brace_atom() {
    Mark m = mark();
    advance();
    if (accept_op("}")) return finish(std::make_unique<Dict>(), m);
    auto dict_items = [&](std::unique_ptr<Dict> d) -> ExprPtr {
        while (accept_op(",")) {
            if (at_op("}")) break;
            if (accept_op("**")) {
                d->keys.push_back(nullptr);
                d->values.push_back(bitwise_or());
                continue;
            }
            ExprPtr key = expression();
            if (!at_op(":")) {
                if (at_op(",") || at_op("}")) error_range("':' expected after dictionary key", key->pos.line,
                                                          key->pos.col, key->pos.line, -1);
                fail();
            }
            Token colon = advance();
            if (at_op("}") || at_op(",")) error_at_token("expression expected after dictionary key and ':'", colon);
            d->keys.push_back(std::move(key));
            d->values.push_back(expression());
        }
        expect_op("}");
        return finish(std::move(d), m);
    };
    if (accept_op("**")) {
        auto d = std::make_unique<Dict>();
        d->keys.push_back(nullptr);
        d->values.push_back(bitwise_or());
        return dict_items(std::move(d));
    }
    ExprPtr first = star_named_expression();
    if (at_op(":")) {
        Token colon = advance();
        if (at_op("}") || at_op(",")) error_at_token("expression expected after dictionary key and ':'", colon);
        ExprPtr value = expression();
        if (at_kw("for") || (at_kw("async") && tok(1).is_name("for"))) {
            auto c = std::make_unique<DictComp>();
            c->key = std::move(first);
            c->value = std::move(value);
            c->generators = comprehension_clauses();
            expect_op("}");
            return finish(std::move(c), m);
        }
        auto d = std::make_unique<Dict>();
        d->keys.push_back(std::move(first));
        d->values.push_back(std::move(value));
        return dict_items(std::move(d));
    }
    if (at_kw("for") || (at_kw("async") && tok(1).is_name("for"))) {
        auto c = std::make_unique<SetComp>();
        c->elt = std::move(first);
        c->generators = comprehension_clauses();
        expect_op("}");
        return finish(std::move(c), m);
    }
    auto s = std::make_unique<Set>();
    s->elts.push_back(std::move(first));
    while (accept_op(",")) {
        if (at_op("}")) break;
        s->elts.push_back(star_named_expression());
    }
    if (s->elts.size() > 1 && (at_kw("for") || (at_kw("async") && tok(1).is_name("for"))))
        error_between("did you forget parentheses around the comprehension target?", *s->elts.front(),
                      *s->elts.back());
    expect_op("}");
    return finish(std::move(s), m);
}

std::vector<Comprehension> Parser::comprehension_clauses() {
    std::vector<Comprehension> out;
    while (at_kw("for") || (at_kw("async") && tok(1).is_name("for"))) {
        Comprehension c;
        if (accept_kw("async")) c.is_async = true;
        advance();  // 'for'
        c.target = for_target();
        c.iter = disjunction();
        while (accept_kw("if")) c.ifs.push_back(disjunction());
        out.push_back(std::move(c));
    }
    return out;
}

namespace {
const Expr* last_comprehension_item(const std::vector<Comprehension>& gens) {
    const Comprehension& c = gens.back();
    return c.ifs.empty() ? c.iter.get() : c.ifs.back().get();
}
}  // namespace

void Parser::call_arguments(std::vector<ExprPtr>& args, std::vector<Keyword>& keywords, const char* closer,
                            bool allow_generator) {
    bool seen_keyword = false, seen_double_star = false;
    const char* positional_error = nullptr;
    const Expr* genexp_needing_parens = nullptr;
    while (!at_op(closer)) {
        Mark m = mark();
        if (at_op("*")) {
            Token star = advance();
            if (seen_double_star)
                error_at_token("iterable argument unpacking follows keyword argument unpacking", star);
            auto s = std::make_unique<Starred>();
            s->value = expression();
            args.push_back(finish(std::move(s), m));
        } else if (at_op("**")) {
            advance();
            Keyword k;
            k.value = expression();
            k.pos = {m.line, m.col, prev_end_line_, prev_end_col_};
            keywords.push_back(std::move(k));
            seen_double_star = true;
        } else if (at_name() && tok(1).is_op("=")) {
            Keyword k;
            k.arg = std::string(advance().text);
            advance();
            k.value = expression();
            k.pos = {m.line, m.col, prev_end_line_, prev_end_col_};
            keywords.push_back(std::move(k));
            seen_keyword = true;
        } else if (tok().kind == TokenKind::Name && (tok().text == "True" || tok().text == "False" ||
                                                     tok().text == "None") &&
                   tok(1).is_op("=")) {
            Token name = tok();
            Token eq = tok(1);
            error_range("cannot assign to " + std::string(name.text), name.line, name.col, eq.end_line, eq.end_col);
        } else {
            ExprPtr e;
            Mark gm = mark();
            if (at_name() && tok(1).is_op(":=")) e = named_expression();
            else e = expression();
            if (at_kw("for") || (at_kw("async") && tok(1).is_name("for"))) {
                if (!allow_generator) fail();
                auto g = std::make_unique<GeneratorExp>();
                g->elt = std::move(e);
                g->generators = comprehension_clauses();
                auto gen = finish(std::move(g), gm);
                const Expr* last = last_comprehension_item(gen->generators);
                if (!args.empty() || !keywords.empty() || at_op(","))
                    error_range("Generator expression must be parenthesized", gen->pos.line, gen->pos.col,
                                last->pos.end_line, last->pos.end_col);
                genexp_needing_parens = gen.get();
                bare_genexp_ = gen.get();
                e = std::move(gen);
            } else if (at_op("=")) {
                Token eq = tok();
                error_range("expression cannot contain assignment, perhaps you meant \"==\"?", e->pos.line,
                            e->pos.col, eq.end_line, eq.end_col);
            } else if (seen_double_star) {
                positional_error = positional_error ? positional_error
                                                    : "positional argument follows keyword argument unpacking";
            } else if (seen_keyword) {
                positional_error = positional_error ? positional_error : "positional argument follows keyword argument";
            }
            args.push_back(std::move(e));
        }
        if (!accept_op(",")) break;
    }
    (void)genexp_needing_parens;
    if (positional_error) error_at_token(positional_error, tok());
}

// ---- string literals and f-strings ----------------------------------------------------------

namespace {
struct LiteralPiece {
    Token token;
    StringPrefix prefix;
    std::string_view body;
};
}  // namespace

// Adjacent literals are one expression. CPython reports errors found while decoding them at the
// token that follows the run (the one it had to look at to know the run ended).
ExprPtr Parser::strings() {
    Mark m = mark();
    std::vector<LiteralPiece> pieces;
    bool any_bytes = false, any_text = false, any_f = false;
    while (tok().kind == TokenKind::String) {
        Token t = advance();
        LiteralPiece p{t, string_prefix(t.text), {}};
        std::size_t q = p.prefix.quote_length;
        p.body = t.text.substr(p.prefix.length + q, t.text.size() - p.prefix.length - 2 * q);
        (p.prefix.bytes ? any_bytes : any_text) = true;
        any_f = any_f || p.prefix.fstring;
        pieces.push_back(p);
    }
    Pos whole{m.line, m.col, prev_end_line_, prev_end_col_};
    Token after = tok();
    for (auto& p : pieces) {
        if (!p.prefix.bytes) continue;
        for (char c : p.body)
            if (static_cast<unsigned char>(c) >= 0x80)
                error_at_token("bytes can only contain ASCII literal characters", p.token);
    }
    if (any_bytes && any_text) error_at_token("cannot mix bytes and nonbytes literals", after);

    auto decode = [&](const LiteralPiece& p, std::string_view body, std::string& out) {
        if (p.prefix.raw) {
            out.append(body);
            return;
        }
        std::string message;
        std::size_t bad = 0;
        std::string decoded;
        if (!decode_escapes(body, p.prefix.bytes, decoded, message, bad)) error_at_token(message, after);
        out += decoded;
    };

    if (!any_f) {
        auto c = std::make_unique<Constant>();
        c->ckind = any_bytes ? ConstKind::Bytes : ConstKind::Str;
        for (auto& p : pieces) decode(p, p.body, c->text);
        c->pos = whole;
        return c;
    }

    auto joined = std::make_unique<JoinedStr>();
    std::string literal;
    string_error_token_ = after;
    for (auto& p : pieces) {
        if (!p.prefix.fstring) {
            decode(p, p.body, literal);
            continue;
        }
        // Where the body starts in the file, for the positions of the fields' expressions.
        int line = p.token.line;
        int col = p.token.col + static_cast<int>(p.prefix.length + p.prefix.quote_length);
        parse_fstring_body(p.body, p.prefix.raw, line, col, 0, joined->values, literal, whole, p.token);
    }
    if (!literal.empty()) {
        auto c = std::make_unique<Constant>();
        c->ckind = ConstKind::Str;
        c->text = std::move(literal);
        c->pos = whole;
        joined->values.push_back(std::move(c));
    }
    for (auto& v : joined->values) v->pos = whole;  // CPython 3.11 gives the parts the whole span
    joined->pos = whole;
    string_error_token_.reset();
    return joined;
}

// Splits an f-string body into literal text and {fields}. `depth` 1 is a format spec, which ends
// at its unmatched '}' (the caller consumes it). Returns through `values`/`literal`.
void Parser::parse_fstring_body(std::string_view body, bool raw, int line, int col, int depth,
                                std::vector<ExprPtr>& values, std::string& literal, const Pos& whole,
                                const Token& string_token) {
    const Token& err_tok = *string_error_token_;
    auto error = [&](const std::string& msg) { error_at_token(msg, err_tok); };
    std::string pending;  // raw literal text waiting for escape decoding
    auto flush_pending = [&] {
        if (pending.empty()) return;
        if (raw) {
            literal += pending;
        } else {
            std::string message, decoded;
            std::size_t bad = 0;
            if (!decode_escapes(pending, false, decoded, message, bad)) error(message);
            literal += decoded;
        }
        pending.clear();
    };
    auto flush_literal = [&] {
        flush_pending();
        if (literal.empty()) return;
        auto c = std::make_unique<Constant>();
        c->ckind = ConstKind::Str;
        c->text = std::move(literal);
        literal.clear();
        values.push_back(std::move(c));
    };
    // Track line/column of body[i] so field expressions get file positions.
    int cur_line = line, cur_col = col;
    std::size_t tracked = 0;
    auto position_of = [&](std::size_t i) {
        for (; tracked < i; ++tracked) {
            unsigned char ch = static_cast<unsigned char>(body[tracked]);
            if (ch == '\n') { ++cur_line; cur_col = 0; }
            else if ((ch & 0xC0) != 0x80) ++cur_col;
        }
        return std::pair<int, int>(cur_line, cur_col);
    };

    std::size_t i = 0;
    const std::size_t n = body.size();
    while (i < n) {
        char c = body[i];
        if (c == '\\' && !raw && i + 1 < n) {
            char e = body[i + 1];
            if (e == '{' || e == '}') {
                pending += '\\';
                ++i;
                continue;
            }
            if (e == 'N' && i + 2 < n && body[i + 2] == '{') {
                std::size_t close = body.find('}', i);
                std::size_t end = close == std::string_view::npos ? n : close + 1;
                pending.append(body.substr(i, end - i));
                i = end;
                continue;
            }
            pending.append(body.substr(i, 2));
            i += 2;
            continue;
        }
        if (c == '}') {
            if (depth > 0) break;  // end of a format spec
            if (i + 1 < n && body[i + 1] == '}') {
                pending += '}';
                i += 2;
                continue;
            }
            error("f-string: single '}' is not allowed");
        }
        if (c != '{') {
            pending += c;
            ++i;
            continue;
        }
        if (depth == 0 && i + 1 < n && body[i + 1] == '{') {
            pending += '{';
            i += 2;
            continue;
        }
        // A replacement field.
        if (depth >= 2 || fstring_depth_ + depth >= 2) error("f-string: expressions nested too deeply");
        flush_pending();
        std::size_t expr_start = ++i;
        std::string nesting;
        char quote = 0;
        bool triple = false;
        for (; i < n; ++i) {
            char ch = body[i];
            if (ch == '\\') error("f-string expression part cannot include a backslash");
            if (quote) {
                if (ch == quote) {
                    if (!triple) quote = 0;
                    else if (i + 2 < n && body[i + 1] == quote && body[i + 2] == quote) {
                        quote = 0;
                        i += 2;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                triple = i + 2 < n && body[i + 1] == ch && body[i + 2] == ch;
                if (triple) i += 2;
                continue;
            }
            if (ch == '(' || ch == '[' || ch == '{') {
                if (nesting.size() >= 200) error("f-string: too many nested parenthesis");
                nesting += ch;
                continue;
            }
            if (ch == '#') error("f-string expression part cannot include '#'");
            if (nesting.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '<' || ch == '>')) {
                char next = i + 1 < n ? body[i + 1] : '\0';
                if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                    ++i;
                    continue;
                }
                if (ch == '<' || ch == '>') continue;
                break;
            }
            if (ch == ')' || ch == ']' || ch == '}') {
                if (nesting.empty()) error(std::string("f-string: unmatched '") + ch + "'");
                char open = nesting.back();
                nesting.pop_back();
                char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (ch != expected)
                    error(std::string("f-string: closing parenthesis '") + ch +
                          "' does not match opening parenthesis '" + open + "'");
            }
        }
        if (quote) error("f-string: unterminated string");
        if (!nesting.empty()) error(std::string("f-string: unmatched '") + nesting.back() + "'");
        if (i >= n) error("f-string: expecting '}'");
        std::string_view expr_text = body.substr(expr_start, i - expr_start);
        if (expr_text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos) {
            if (body[i] == '!' || body[i] == ':' || body[i] == '=')
                error(std::string("f-string: expression required before '") + body[i] + "'");
            error("f-string: empty expression not allowed");
        }
        auto [eline, ecol] = position_of(expr_start);
        auto fv = std::make_unique<FormattedValue>();
        fv->value = fstring_field_expression(expr_text, eline, ecol, string_token);
        if (body[i] == '=') {
            ++i;
            while (i < n && std::strchr(" \t\n\r\f\v", body[i])) ++i;
            fv->debug_text = std::string(body.substr(expr_start, i - expr_start));
        }
        if (i < n && body[i] == '!') {
            ++i;
            if (i >= n) error("f-string: expecting '}'");
            char conv = body[i++];
            if (conv != 's' && conv != 'r' && conv != 'a')
                error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            fv->conversion = conv;
        }
        if (i >= n) error("f-string: expecting '}'");
        if (body[i] == ':') {
            ++i;
            auto spec = std::make_unique<JoinedStr>();
            std::string spec_literal;
            std::size_t spec_start = i;
            // The spec runs to this field's closing brace; nested fields are skipped by the
            // recursive call, which stops at the first unmatched '}'.
            std::size_t depth_braces = 0, j = i;
            for (; j < n; ++j) {
                if (body[j] == '{') ++depth_braces;
                else if (body[j] == '}') {
                    if (depth_braces == 0) break;
                    --depth_braces;
                }
            }
            auto [sline, scol] = position_of(spec_start);
            parse_fstring_body(body.substr(spec_start, j - spec_start), raw, sline, scol, depth + 1, spec->values,
                               spec_literal, whole, string_token);
            if (!spec_literal.empty()) {
                auto c = std::make_unique<Constant>();
                c->ckind = ConstKind::Str;
                c->text = std::move(spec_literal);
                spec->values.push_back(std::move(c));
            }
            // CPython 3.11's positions: the spec spans its own string token, and so does text after
            // its last field; the other parts get the whole literal's span.
            Pos token_span{string_token.line, string_token.col, string_token.end_line, string_token.end_col};
            spec->pos = token_span;
            for (std::size_t k = 0; k < spec->values.size(); ++k) {
                bool trailing_text = k + 1 == spec->values.size() && spec->values[k]->kind == ExprKind::Constant;
                spec->values[k]->pos = trailing_text ? token_span : whole;
            }
            fv->format_spec = std::move(spec);
            i = j;
        }
        if (i >= n || body[i] != '}') error("f-string: expecting '}'");
        ++i;
        if (!fv->debug_text.empty() && fv->conversion == 0 && !fv->format_spec) fv->conversion = 'r';
        flush_literal();
        values.push_back(std::move(fv));
    }
    flush_pending();
}

// Parses one replacement field's expression. CPython 3.11 parses it as "(" + text + ")" and
// reports errors in it with "f-string: " and positions in that parenthesised text.
ExprPtr Parser::fstring_field_expression(std::string_view expr_text, int line, int col, const Token& string_token) {
    SourceOrigin origin{line, col, true};
    Parser sub(expr_text, origin, fstring_depth_ + 1);
    sub.nesting_ = nesting_;
    try {
        return sub.parse_fstring_field();
    } catch (SyntaxErrorException& e) {
        if (e.info.type == "RecursionError" || e.info.message.rfind("f-string", 0) == 0) throw;
        if (!e.from_tokenizer) e.info.message = "f-string: " + e.info.message;
        int relative_line = e.info.line - line;
        if (relative_line == 0) {
            e.info.col = e.info.col - col + 1;
            if (e.info.end_col > 0) e.info.end_col = e.info.end_col - col + 1;
        }
        (void)string_token;  // e.info.line already is the line in the file
        std::string text(expr_text);
        std::size_t nl = text.find('\n');
        e.info.source_line = "(" + text.substr(0, nl) + (nl == std::string::npos ? ")" : "");
        e.from_tokenizer = true;
        throw;
    }
}

ExprPtr Parser::parse_fstring_field() {
    ExprPtr e = at_kw("yield") ? yield_expr() : star_expressions();
    if (tok().kind != TokenKind::EndMarker) fail();
    if (e->kind == ExprKind::Starred) error_at_node("cannot use starred expression here", *e);
    return e;
}

// After a parser error CPython tokenizes the rest of the file: a tokenizer error there, or a
// bracket left open on a line before the error, is reported instead.
void Parser::recheck_rest(SyntaxErrorException& e) {
    // CPython compares with the line of the last token it had fetched, not the error's line.
    int last_fetched_line = tokens_.empty() ? e.info.line : tokens_.back().line;
    try {
        for (;;) {
            Token t = lexer_.next();
            if (t.kind == TokenKind::EndMarker) return;
            if (t.kind == TokenKind::EofInBrackets) {
                if (last_fetched_line > lexer_.innermost_bracket_line()) {
                    SyntaxErrorInfo info;
                    info.message = std::string("'") + lexer_.innermost_bracket() + "' was never closed";
                    info.line = lexer_.innermost_bracket_line();
                    info.col = lexer_.innermost_bracket_col() + 1;
                    e.info = info;
                }
                return;
            }
        }
    } catch (SyntaxErrorException& tokenizer_error) {
        if (tokenizer_error.replaces_parser_errors) e.info = tokenizer_error.info;
    }
}

}  // namespace

std::unique_ptr<ast::Module> parse_module(std::string_view source, std::string_view filename, SyntaxErrorInfo& err) {
    // Invalid UTF-8: what `python3 file.py` says (no source line is shown for it).
    for (std::size_t i = 0, line = 1; i < source.size();) {
        unsigned char b = static_cast<unsigned char>(source[i]);
        if (b == '\n') ++line;
        if (b == 0) {
            // What `python3 file.py` says; it shows the line up to the NUL and no caret.
            err = SyntaxErrorInfo{};
            err.message = "source code cannot contain null bytes";
            err.line = static_cast<int>(line);
            std::string text = source_line_text(source, err.line);
            err.source_line = text.substr(0, text.find('\0'));
            return nullptr;
        }
        if (b < 0x80) {
            ++i;
            continue;
        }
        int extra = (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : -1;
        bool ok = extra > 0 && i + static_cast<std::size_t>(extra) < source.size();
        char32_t cp = b & (0x3F >> (extra > 0 ? extra : 0));
        for (int k = 1; ok && k <= extra; ++k) {
            unsigned char c = static_cast<unsigned char>(source[i + static_cast<std::size_t>(k)]);
            if ((c & 0xC0) != 0x80) ok = false;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (ok) {
            // Overlong forms, surrogates and values past U+10FFFF are invalid too.
            static const char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
            if (cp < kMin[extra] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) ok = false;
        }
        if (!ok) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", b);
            err = SyntaxErrorInfo{};
            err.message = std::string("Non-UTF-8 code starting with '") + hex + "' in file " + std::string(filename) +
                          " on line " + std::to_string(line) +
                          ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
            err.line = 0;
            return nullptr;
        }
        i += static_cast<std::size_t>(extra) + 1;
    }

    Parser parser(source, SourceOrigin{}, 0);
    try {
        return parser.parse_file();
    } catch (SyntaxErrorException& e) {
        if (!e.from_tokenizer && e.info.type != "RecursionError") parser.recheck_rest(e);
        err = e.info;
        if (err.source_line.empty() && err.line > 0) err.source_line = source_line_text(source, err.line);
        return nullptr;
    }
}

}  // namespace ls
