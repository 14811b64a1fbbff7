// AST -> CodeObject. Scope errors and the compile-time checks CPython makes after parsing
// ('return' outside function, 'await' outside async function, ...) come back as SyntaxErrorInfo.
#pragma once

#include <string>

#include "ast.h"
#include "code.h"
#include "parser.h"

namespace ls {

class VM;

// Compiles a parsed module. Returns null and fills `err` on a compile-time error.
Ref<CodeObject> compile_module(VM& vm, const ast::Module& module, const std::string& filename,
                               SyntaxErrorInfo& err);

// Parses and compiles source text in one step.
Ref<CodeObject> compile_source(VM& vm, const std::string& source, const std::string& filename,
                               SyntaxErrorInfo& err);

}  // namespace ls
