// CodeObject -> text: one instruction per line with its index, source line ('|' when repeated),
// opcode name and argument (with the constant, name or jump target it refers to). Nested code
// objects follow their parent.
#pragma once

#include <string>

#include "code.h"

namespace ls {

class VM;
std::string disassemble(VM& vm, const CodeObject& code);

}  // namespace ls
