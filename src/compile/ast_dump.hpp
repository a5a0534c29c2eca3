// The AST as text in the format of CPython 3.13's ast.dump() (no positions), so that tests and
// debugging can compare Weft's parse with `python3 -c "import ast; print(ast.dump(ast.parse(s)))"`.
#pragma once

#include <string>

#include "compile/ast.hpp"
#include "compile/parser.hpp"

namespace weft {

std::string ast_dump(const ast::Module& module, ParseMode mode);
std::string ast_dump(const ast::Expr* e);

}  // namespace weft
