// The bytecode instruction set.
//
// An instruction is one 32-bit word: the opcode in the low 8 bits, the argument in the upper 24.
//
//   31                              8 7        0
//   +--------------------------------+----------+
//   |            argument            |  opcode  |
//   +--------------------------------+----------+
//
// Jump arguments are absolute instruction indexes. The stack effect in each comment reads
// "before -> after" with the top of the stack on the right.
#pragma once

#include <cstdint>

namespace ls {

#define LS_OPCODES(X)                                                                              \
    X(NOP)                 /* */                                                                   \
    X(POP_TOP)             /* a -> */                                                              \
    X(COPY)                /* ... a(i-th from top, 1=top) -> ... a */                               \
    X(SWAP)                /* swaps top with the i-th from top */                                  \
    X(LOAD_CONST)          /* -> consts[i] */                                                      \
    X(LOAD_FAST)           /* -> fast[i] (UnboundLocalError if unset) */                           \
    X(STORE_FAST)          /* v -> */                                                              \
    X(DELETE_FAST)         /* */                                                                   \
    X(LOAD_DEREF)          /* -> cells[i].value */                                                 \
    X(STORE_DEREF)         /* v -> */                                                              \
    X(DELETE_DEREF)        /* */                                                                   \
    X(LOAD_CLOSURE)        /* -> cells[i] (the cell itself, for MAKE_FUNCTION) */                  \
    X(LOAD_CLASSDEREF)     /* -> locals[name of cell i] or cells[i].value (class bodies) */        \
    X(LOAD_GLOBAL)         /* -> globals[names[i]] or builtins */                                  \
    X(STORE_GLOBAL)        /* v -> */                                                              \
    X(DELETE_GLOBAL)       /* */                                                                   \
    X(LOAD_NAME)           /* -> locals / globals / builtins [names[i]] */                         \
    X(STORE_NAME)          /* v -> */                                                              \
    X(DELETE_NAME)         /* */                                                                   \
    X(LOAD_ATTR)           /* o -> o.names[i] */                                                   \
    X(STORE_ATTR)          /* v o -> */                                                            \
    X(DELETE_ATTR)         /* o -> */                                                              \
    X(LOAD_METHOD)         /* o -> meth self   or   NULL boundattr (avoids a bound method) */      \
    X(CALL_METHOD)         /* meth self a1..an -> r    (i = n) */                                  \
    X(BINARY_SUBSCR)       /* o k -> o[k] */                                                       \
    X(STORE_SUBSCR)        /* v o k -> */                                                          \
    X(DELETE_SUBSCR)       /* o k -> */                                                            \
    X(BINARY_OP)           /* a b -> a op b   (i = BinOpKind, +0x100 for in-place) */              \
    X(UNARY_OP)            /* a -> op a       (i = UnaryOpKind) */                                 \
    X(COMPARE_OP)          /* a b -> a op b   (i = CmpOpKind) */                                   \
    X(JUMP)                /* pc = i */                                                            \
    X(POP_JUMP_IF_FALSE)   /* c -> */                                                              \
    X(POP_JUMP_IF_TRUE)    /* c -> */                                                              \
    X(JUMP_IF_FALSE_OR_POP)/* c -> c (jumps) | -> (falls through) */                               \
    X(JUMP_IF_TRUE_OR_POP) /* c -> c (jumps) | -> (falls through) */                               \
    X(GET_ITER)            /* o -> iter(o) */                                                      \
    X(FOR_ITER)            /* it -> it next   | on exhaustion: it -> , pc = i */                   \
    X(BUILD_TUPLE)         /* a1..an -> (a1..an) */                                                \
    X(BUILD_LIST)          /* a1..an -> [a1..an] */                                                \
    X(BUILD_SET)           /* a1..an -> {a1..an} */                                                \
    X(BUILD_MAP)           /* k1 v1 .. kn vn -> {k1: v1, ..} */                                    \
    X(BUILD_SLICE)         /* a b [c] -> slice   (i = 2 or 3) */                                   \
    X(BUILD_STRING)        /* s1..sn -> s1+..+sn */                                                \
    X(LIST_APPEND)         /* list .. (i-1 items) v -> list .. */                                  \
    X(SET_ADD)             /* like LIST_APPEND */                                                  \
    X(MAP_ADD)             /* dict .. k v -> dict .. */                                            \
    X(LIST_EXTEND)         /* list .. it -> list .. */                                             \
    X(SET_UPDATE)          /* set .. it -> set .. */                                               \
    X(DICT_UPDATE)         /* dict .. m -> dict .. */                                              \
    X(DICT_MERGE)          /* like DICT_UPDATE, but duplicate keys are a TypeError (calls) */       \
    X(LIST_TO_TUPLE)       /* list -> tuple */                                                     \
    X(UNPACK_SEQUENCE)     /* seq -> an .. a1  (i = n) */                                          \
    X(UNPACK_EX)           /* seq -> ..  (i = before | after << 8) */                              \
    X(FORMAT_VALUE)        /* v [spec] -> str  (i: bits 0-1 conversion 0/s/r/a, bit 2 has spec) */ \
    X(CALL)                /* f a1..an -> r   (i = n) */                                           \
    X(CALL_KW)             /* f a1..an kwnames(tuple) -> r   (i = n, incl. keyword values) */      \
    X(CALL_EX)             /* f args(tuple) [kwargs(dict)] -> r  (i = 1 if kwargs) */              \
    X(MAKE_FUNCTION)       /* [defaults] [kwdefaults] [closure] code -> fn  (i: flag bits 1,2,8) */ \
    X(LOAD_BUILD_CLASS)    /* -> __build_class__ */                                                \
    X(RETURN_VALUE)        /* v -> (returns) */                                                    \
    X(YIELD_VALUE)         /* v -> (suspends; on resume: -> sent)  i: 0 yield, 1 delegated */      \
    X(GET_AWAITABLE)       /* o -> awaitable iterator  (i: 0 await, 1 aenter, 2 aexit) */          \
    X(GET_YIELD_FROM_ITER) /* o -> iter */                                                         \
    X(SEND)                /* it v -> it r (yielded)  |  on return: it v -> retval, pc = i */      \
    X(GET_AITER)           /* o -> o.__aiter__() */                                                \
    X(GET_ANEXT)           /* ait -> ait awaitable */                                              \
    X(END_ASYNC_FOR)       /* ait exc -> (StopAsyncIteration ends the loop; else re-raise) */      \
    X(RAISE_VARARGS)       /* [exc [cause]] ->   (i = 0, 1 or 2) */                                \
    X(SETUP_FINALLY)       /* pushes a handler block: on exception, unwind to here, push exc, pc=i */\
    X(POP_BLOCK)           /* pops the innermost handler block */                                  \
    X(PUSH_EXC_INFO)       /* exc -> prev exc   (sets the handled exception; pushes a cleanup block to i) */ \
    X(POP_EXCEPT)          /* prev -> (restores the handled exception; pops the cleanup block) */  \
    X(CHECK_EXC_MATCH)     /* exc type -> exc bool */                                              \
    X(CHECK_EG_MATCH)      /* eg type -> rest match (except*; either may be None) */               \
    X(PREP_RERAISE_STAR)   /* orig list -> exc-or-None (what an except* statement re-raises) */    \
    X(RERAISE)             /* exc -> (raises exc again, traceback unchanged) */                    \
    X(POP_EXCEPT_AND_RERAISE) /* prev exc -> (restores prev, re-raises exc) */                     \
    X(BEFORE_WITH)         /* cm -> exit enter_result */                                           \
    X(BEFORE_ASYNC_WITH)   /* cm -> aexit aenter_awaitable */                                      \
    X(WITH_EXCEPT_START)   /* exit prev exc -> exit prev exc result */                             \
    X(LOAD_ASSERTION_ERROR)/* -> AssertionError */                                                 \
    X(IMPORT_NAME)         /* -> module names[i] (the top-level package for dotted names) */       \
    X(IMPORT_FROM)         /* module -> module module.names[i] */                                  \
    X(IMPORT_STAR)         /* module -> */                                                         \
    X(SETUP_ANNOTATIONS)   /* */                                                                   \
    X(PRINT_EXPR)          /* unused by files; kept for a future REPL */                           \
    X(LINE)                /* statement boundary: a trace line event (i = line) */

enum class Op : uint8_t {
#define LS_OP_ENUM(name) name,
    LS_OPCODES(LS_OP_ENUM)
#undef LS_OP_ENUM
};

const char* op_name(Op op);

inline uint32_t encode(Op op, uint32_t arg) { return static_cast<uint32_t>(op) | (arg << 8); }
inline Op op_of(uint32_t word) { return static_cast<Op>(word & 0xff); }
inline uint32_t arg_of(uint32_t word) { return word >> 8; }

// MAKE_FUNCTION flag bits.
constexpr uint32_t kFnDefaults = 1, kFnKwDefaults = 2, kFnClosure = 8;

}  // namespace ls
