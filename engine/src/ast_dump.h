// A compact, deterministic one-line text form of an AST, for tests and debugging, e.g.
//   Module(Assign(targets=[Name('x', Store)], value=Constant(Int, '1')))
// Load context is left out; optional fields appear only when set. With positions, every node is
// followed by @line:col-end_line:end_col.
#pragma once

#include <string>

#include "ast.h"

namespace ls::ast {

std::string dump(const Module& module, bool with_positions = false);
std::string dump(const Expr& expr, bool with_positions = false);
std::string dump(const Stmt& stmt, bool with_positions = false);

}  // namespace ls::ast
