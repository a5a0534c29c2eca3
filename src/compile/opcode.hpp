// The bytecode instruction set shared by the code generator and the interpreter.
// A code unit is 16 bits: opcode in the low byte, argument in the high byte. Arguments wider than
// 8 bits are built by EXTENDED_ARG prefixes (CPython wordcode style). Jump arguments are absolute
// code-unit offsets. Some instructions are followed by CACHE units reserved for inline caches.
#pragma once

#include <cstdint>

namespace weft {

using CodeUnit = uint16_t;

inline constexpr uint8_t unit_op(CodeUnit u) { return uint8_t(u & 0xFF); }
inline constexpr uint8_t unit_arg(CodeUnit u) { return uint8_t(u >> 8); }
inline constexpr CodeUnit make_unit(uint8_t op, uint8_t arg) { return CodeUnit(op | (arg << 8)); }

// WEFT_OPCODE(name, caches, pops, pushes, kind)
//   caches: CACHE units that follow the instruction (inline caches; see docs/internals/vm.md)
//   pops/pushes: the stack effect when the jump is not taken, with -1 meaning "depends on arg"
//   kind: 0 plain, 1 conditional jump, 2 unconditional jump, 3 ends the block (return/raise)
// Stack effects that depend on the argument are computed by stack_effect() in the assembler.
#define WEFT_OPCODES(X)                                                                         \
  X(NOP, 0, 0, 0, 0)                                                                            \
  X(CACHE, 0, 0, 0, 0)                                                                          \
  X(EXTENDED_ARG, 0, 0, 0, 0)                                                                   \
  X(POP_TOP, 0, 1, 0, 0)                                                                        \
  X(PUSH_NULL, 0, 0, 1, 0)                                                                      \
  X(COPY, 0, 0, 1, 0)              /* push a copy of stack[-arg] */                             \
  X(SWAP, 0, 0, 0, 0)              /* swap TOS and stack[-arg] */                               \
  X(LOAD_CONST, 0, 0, 1, 0)                                                                     \
  X(LOAD_FAST, 0, 0, 1, 0)                                                                      \
  X(STORE_FAST, 0, 1, 0, 0)                                                                     \
  X(DELETE_FAST, 0, 0, 0, 0)                                                                    \
  X(LOAD_DEREF, 0, 0, 1, 0)        /* arg indexes the cell/free slots after the locals */       \
  X(STORE_DEREF, 0, 1, 0, 0)                                                                    \
  X(DELETE_DEREF, 0, 0, 0, 0)                                                                   \
  X(LOAD_CLOSURE, 0, 0, 1, 0)      /* push the cell itself (for MAKE_FUNCTION) */               \
  X(LOAD_CLASSDEREF, 0, 0, 1, 0)   /* class body: the namespace first, then the cell */         \
  X(LOAD_GLOBAL, 1, 0, 1, 0)                                                                    \
  X(STORE_GLOBAL, 0, 1, 0, 0)                                                                   \
  X(DELETE_GLOBAL, 0, 0, 0, 0)                                                                  \
  X(LOAD_NAME, 0, 0, 1, 0)                                                                      \
  X(STORE_NAME, 0, 1, 0, 0)                                                                     \
  X(DELETE_NAME, 0, 0, 0, 0)                                                                    \
  X(LOAD_ATTR, 1, 1, 1, 0)                                                                      \
  X(STORE_ATTR, 1, 2, 0, 0)        /* TOS.name = TOS1 */                                        \
  X(DELETE_ATTR, 0, 1, 0, 0)                                                                    \
  X(LOAD_METHOD, 1, 1, 2, 0)       /* obj -> [meth, obj] or [attr, NULL] */                     \
  X(BINARY_SUBSCR, 0, 2, 1, 0)                                                                  \
  X(STORE_SUBSCR, 0, 3, 0, 0)      /* TOS1[TOS] = TOS2 */                                       \
  X(DELETE_SUBSCR, 0, 2, 0, 0)                                                                  \
  X(BUILD_SLICE, 0, -1, 1, 0)      /* arg 2 or 3 */                                             \
  X(BINARY_OP, 0, 2, 1, 0)         /* arg: BinOp, +BIN_COUNT for the in-place form */           \
  X(UNARY_NEGATIVE, 0, 1, 1, 0)                                                                 \
  X(UNARY_POSITIVE, 0, 1, 1, 0)                                                                 \
  X(UNARY_INVERT, 0, 1, 1, 0)                                                                   \
  X(UNARY_NOT, 0, 1, 1, 0)                                                                      \
  X(COMPARE_OP, 0, 2, 1, 0)        /* arg: CmpOp */                                             \
  X(IS_OP, 0, 2, 1, 0)             /* arg 1: is not */                                          \
  X(CONTAINS_OP, 0, 2, 1, 0)       /* arg 1: not in */                                          \
  X(BUILD_TUPLE, 0, -1, 1, 0)                                                                   \
  X(BUILD_LIST, 0, -1, 1, 0)                                                                    \
  X(BUILD_SET, 0, -1, 1, 0)                                                                     \
  X(BUILD_MAP, 0, -1, 1, 0)        /* arg: number of key/value pairs */                         \
  X(BUILD_STRING, 0, -1, 1, 0)                                                                  \
  X(LIST_APPEND, 0, 1, 0, 0)       /* stack[-arg] (after popping) is the list */                \
  X(SET_ADD, 0, 1, 0, 0)                                                                        \
  X(MAP_ADD, 0, 2, 0, 0)           /* key TOS1, value TOS */                                    \
  X(LIST_EXTEND, 0, 1, 0, 0)                                                                    \
  X(SET_UPDATE, 0, 1, 0, 0)                                                                     \
  X(DICT_UPDATE, 0, 1, 0, 0)                                                                    \
  X(DICT_MERGE, 0, 1, 0, 0)        /* for f(**m): duplicate keys are an error */                \
  X(LIST_TO_TUPLE, 0, 1, 1, 0)                                                                  \
  X(UNPACK_SEQUENCE, 0, 1, -1, 0)                                                               \
  X(UNPACK_EX, 0, 1, -1, 0)        /* arg: before | after << 8 */                               \
  X(FORMAT_VALUE, 0, -1, 1, 0)     /* arg: FV_* flags */                                        \
  X(GET_ITER, 0, 1, 1, 0)                                                                       \
  X(FOR_ITER, 0, 0, 1, 1)          /* at the end pops the iterator and jumps */                 \
  X(JUMP_FORWARD, 0, 0, 0, 2)                                                                   \
  X(JUMP_BACKWARD, 0, 0, 0, 2)     /* polls the eval breaker */                                 \
  X(POP_JUMP_IF_FALSE, 0, 1, 0, 1)                                                              \
  X(POP_JUMP_IF_TRUE, 0, 1, 0, 1)                                                               \
  X(JUMP_IF_FALSE_OR_POP, 0, 1, 0, 1) /* jump keeps TOS, fall-through pops it */                \
  X(JUMP_IF_TRUE_OR_POP, 0, 1, 0, 1)                                                            \
  X(RETURN_VALUE, 0, 1, 0, 3)                                                                   \
  X(RETURN_CONST, 0, 0, 0, 3)                                                                   \
  X(MAKE_FUNCTION, 0, -1, 1, 0)    /* arg: MF_* flags; code on top */                           \
  X(CALL, 0, -1, 1, 0)             /* [callable, self|NULL, args...] */                         \
  X(CALL_KW, 0, -1, 1, 0)          /* [callable, self|NULL, args..., kwnames] */                \
  X(CALL_FUNCTION_EX, 0, -1, 1, 0) /* [callable, NULL, args tuple, kwargs dict if arg&1] */     \
  X(RAISE_VARARGS, 0, -1, 0, 3)                                                                 \
  X(RERAISE, 0, 1, 0, 3)           /* re-raise TOS: no traceback entry, no chaining */          \
  X(PUSH_EXC_INFO, 0, 1, 2, 0)     /* exc -> [previous handled, exc]; handled = exc */          \
  X(POP_EXCEPT, 0, 1, 0, 0)        /* handled = TOS */                                          \
  X(CHECK_EXC_MATCH, 0, 2, 2, 0)   /* [exc, type] -> [exc, bool] */                             \
  X(LOAD_ASSERTION_ERROR, 0, 0, 1, 0)                                                           \
  X(IMPORT_NAME, 0, 2, 1, 0)       /* [level, fromlist] -> module */                            \
  X(IMPORT_FROM, 0, 1, 2, 0)       /* module -> [module, attr] */                               \
  X(IMPORT_STAR, 0, 1, 0, 0)                                                                    \
  X(PRINT_EXPR, 0, 1, 0, 0)                                                                     \
  X(SETUP_ANNOTATIONS, 0, 0, 0, 0)                                                              \
  X(LOAD_BUILD_CLASS, 0, 0, 1, 0)                                                               \
  X(BEFORE_WITH, 0, 1, 2, 0)       /* mgr -> [bound __exit__, __enter__()] */                   \
  X(WITH_EXCEPT_START, 0, 0, 1, 0) /* [exit, prev, exc] -> [exit, prev, exc, exit(exc info)] */ \
  X(RETURN_GENERATOR, 0, 0, 0, 0)                                                               \
  X(YIELD_VALUE, 0, 1, 1, 0)                                                                    \
  X(GET_YIELD_FROM_ITER, 0, 1, 1, 0)                                                            \
  X(SEND, 0, 1, 1, 1)              /* [iter, v] -> [iter, r]; at the end -> [value], jump */ \
  X(GET_LEN, 0, 0, 1, 0)           /* [obj] -> [obj, len(obj)] */                               \
  X(MATCH_MAPPING, 0, 0, 1, 0)     /* [subject] -> [subject, is a mapping] */                   \
  X(MATCH_SEQUENCE, 0, 0, 1, 0)    /* [subject] -> [subject, is a sequence] */                  \
  X(MATCH_KEYS, 0, 0, 1, 0)        /* [subject, keys] -> [subject, keys, values or None] */     \
  X(MATCH_CLASS, 0, 3, 1, 0)       /* [subject, cls, names] -> [attributes or None]; arg npos */ \
  X(CHECK_EG_MATCH, 0, 2, 2, 0)    /* [exc, type] -> [rest or None, match or None] (except*) */ \
  X(PREP_RERAISE_STAR, 0, 2, 1, 0) /* [orig, raised list] -> [group to re-raise or None] */ \
  X(GET_AWAITABLE, 0, 1, 1, 0)     /* obj -> what `await` drives; arg: 1 aenter, 2 aexit */     \
  X(GET_AITER, 0, 1, 1, 0)         /* obj -> obj.__aiter__() */                                 \
  X(GET_ANEXT, 0, 0, 1, 0)         /* [aiter] -> [aiter, awaitable of aiter.__anext__()] */    \
  X(END_ASYNC_FOR, 0, 2, 0, 0)     /* [aiter, exc]: ends the loop on StopAsyncIteration */      \
  X(BEFORE_ASYNC_WITH, 0, 1, 2, 0) /* mgr -> [bound __aexit__, __aenter__()] */                 \
  X(ASYNC_GEN_WRAP, 0, 1, 1, 0)    /* marks a value an async generator yields */             \
  X(CALL_INTRINSIC_1, 0, 1, 1, 0)  /* arg: INTRINSIC_* of one operand */                        \
  X(CALL_INTRINSIC_2, 0, 2, 1, 0)  /* arg: INTRINSIC2_* of two operands */                      \
  X(LOAD_LOCALS, 0, 0, 1, 0)       /* the frame's LOAD_NAME mapping (a class namespace) */      \
  X(LOAD_FROM_DICT_OR_GLOBALS, 0, 1, 1, 0) /* [mapping] -> mapping[name], else global name */    \
  X(LOAD_FROM_DICT_OR_DEREF, 0, 1, 1, 0)   /* [mapping] -> mapping[cell name], else the cell */

enum Opcode : uint8_t {
#define WEFT_OP_ENUM(name, caches, pops, pushes, kind) OP_##name,
  WEFT_OPCODES(WEFT_OP_ENUM)
#undef WEFT_OP_ENUM
  OP_COUNT,
};

struct OpcodeInfo {
  const char* name;
  int8_t caches, pops, pushes, kind;
};

inline constexpr OpcodeInfo OPCODE_INFO[] = {
#define WEFT_OP_INFO(name, caches, pops, pushes, kind) {#name, caches, pops, pushes, kind},
    WEFT_OPCODES(WEFT_OP_INFO)
#undef WEFT_OP_INFO
};

enum : int { OPK_PLAIN = 0, OPK_COND_JUMP = 1, OPK_JUMP = 2, OPK_EXIT = 3 };

inline constexpr bool op_has_jump(uint8_t op) {
  return OPCODE_INFO[op].kind == OPK_COND_JUMP || OPCODE_INFO[op].kind == OPK_JUMP;
}

// FORMAT_VALUE argument bits.
enum : int {
  FV_CONV_MASK = 3, FV_CONV_NONE = 0, FV_CONV_STR = 1, FV_CONV_REPR = 2, FV_CONV_ASCII = 3,
  FV_HAS_SPEC = 4,
};

// CALL_INTRINSIC_1 and CALL_INTRINSIC_2 arguments (PEP 695 objects; vm/intrinsics.cpp).
enum : int {
  INTRINSIC_TYPEVAR, INTRINSIC_PARAMSPEC, INTRINSIC_TYPEVARTUPLE,  // name -> the parameter
  INTRINSIC_SUBSCRIPT_GENERIC,  // type params tuple -> the base a generic class gets
  INTRINSIC_TYPEALIAS,          // (name, type params or None, value function) -> TypeAliasType
};
enum : int {
  INTRINSIC2_TYPEVAR_WITH_BOUND, INTRINSIC2_TYPEVAR_WITH_CONSTRAINTS,  // (name, function)
  INTRINSIC2_SET_FUNCTION_TYPE_PARAMS,  // (function, tuple) -> function
  INTRINSIC2_SET_TYPEPARAM_DEFAULT,     // (parameter, function) -> parameter
};

// MAKE_FUNCTION argument bits; the operands are pushed in this order below the code object.
enum : int { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8 };

// Stack effect of one instruction; `jump` selects the taken branch of a jump.
inline int stack_effect(uint8_t op, int arg, bool jump) {
  switch (op) {
    case OP_BUILD_SLICE: return 1 - arg;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
      return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
    case OP_FORMAT_VALUE: return (arg & FV_HAS_SPEC) ? -1 : 0;
    case OP_MAKE_FUNCTION:
      return -((arg & MF_DEFAULTS) != 0) - ((arg & MF_KWDEFAULTS) != 0) -
             ((arg & MF_ANNOTATIONS) != 0) - ((arg & MF_CLOSURE) != 0);
    case OP_CALL: return -arg - 1;
    case OP_CALL_KW: return -arg - 2;
    case OP_CALL_FUNCTION_EX: return -2 - (arg & 1);
    case OP_RAISE_VARARGS: return -arg;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_SEND: return jump ? -1 : 0;
    default: return OPCODE_INFO[op].pushes - OPCODE_INFO[op].pops;
  }
}

}  // namespace weft
