// Scope analysis: decides, for every name in every scope, whether it is a fast local, a cell
// (captured by an inner function), a free variable, a global, or a namespace-dict name.
// Runs over the whole AST before compilation, like CPython's symtable.c.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "ast.h"
#include "parser.h"

namespace ls {

enum class ScopeKind { Module, Function, Class, Comprehension };

enum class NameKind { Local, Cell, Free, GlobalExplicit, GlobalImplicit, Namespace };

struct Scope {
    ScopeKind kind = ScopeKind::Module;
    std::string name;
    const void* node = nullptr;  // the AST node that opens the scope
    Scope* parent = nullptr;
    std::vector<std::unique_ptr<Scope>> children;

    std::vector<std::string> params;     // in order
    std::set<std::string> assigned;      // bound here (assignment, def, import, for target, ...)
    std::set<std::string> used;          // read here
    std::set<std::string> globals;       // declared global
    std::set<std::string> nonlocals;     // declared nonlocal
    std::set<std::string> free;          // resolved: free variables of this scope
    std::set<std::string> cells;         // resolved: locals captured by children
    bool is_generator = false, is_coroutine = false;
    bool needs_class_cell = false;       // a class whose methods use super() / __class__
    int line = 0;

    NameKind resolve(const std::string& name) const;
};

struct SymbolTable {
    std::unique_ptr<Scope> root;
    std::unordered_map<const void*, Scope*> by_node;
    Scope* scope_of(const void* node) const {
        auto it = by_node.find(node);
        return it == by_node.end() ? nullptr : it->second;
    }
};

// Returns false and fills `err` for scope errors CPython reports at compile time
// ("name 'x' is parameter and global", "no binding for nonlocal 'x' found", ...).
bool build_symtable(const ast::Module& module, SymbolTable& out, SyntaxErrorInfo& err);

}  // namespace ls
