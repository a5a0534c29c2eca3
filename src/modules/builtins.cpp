// The builtins module: assembled from the function tables of the builtins_*.cpp files, the
// built-in types and exceptions, and the constants. Also the small functions that fit no group:
// len, repr, ascii, hash, id, callable, iter, next.
#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/int.hpp"
#include "object/iterators.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "vm/generator.hpp"

namespace weft {

namespace {

Value b_len(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "len", nargs, kw, 1, 1)) return Value::error();
  size_t n;
  if (!obj_len(ts, args[0], &n)) return Value::error();
  return int_from_u64(ts, n);
}

Value b_repr(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "repr", nargs, kw, 1, 1)) return Value::error();
  return obj_repr(ts, args[0]);
}

Value b_ascii(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "ascii", nargs, kw, 1, 1)) return Value::error();
  return obj_ascii(ts, args[0]);
}

Value b_hash(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "hash", nargs, kw, 1, 1)) return Value::error();
  intptr_t h;
  if (!obj_hash(ts, args[0], &h)) return Value::error();
  return int_from_i64(ts, h);
}

// The address of the object; a small int (which has none) gives its tagged word, which is odd
// and so never equal to an object's id.
Value b_id(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "id", nargs, kw, 1, 1)) return Value::error();
  return int_from_u64(ts, args[0].bits());
}

Value b_callable(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "callable", nargs, kw, 1, 1)) return Value::error();
  return boolean(ts, is_callable(ts, args[0]));
}

Value b_iter(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "iter", nargs, kw, 1, 2)) return Value::error();
  if (nargs == 1) return obj_iter(ts, args[0]);
  if (!is_callable(ts, args[0])) {
    return raise(ts, ts.vm->types.TypeError, "iter(v, w): v must be callable");
  }
  return callable_iter_new(ts, args[0], args[1]);
}

// next(gen) on a generator that returns a value raises StopIteration(value); the generic
// iternext path drops the value, so generators are resumed directly.
Value next_generator(ThreadState& ts, Generator* gen, const Value* dflt) {
  Value out;
  switch (generator_send(ts, gen, ts.vm->none, false, &out)) {
    case SendResult::Yielded: return out;
    case SendResult::Error: return Value::error();
    case SendResult::Returned: break;
  }
  if (dflt) return *dflt;
  if (out == ts.vm->none) return raise_value(ts, Value::from_obj(ts.vm->types.StopIteration));
  return raise_with_arg(ts, ts.vm->types.StopIteration, out);
}

Value b_next(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "next", nargs, kw, 1, 2)) return Value::error();
  if (is_generator(ts, args[0])) {
    auto gen = static_cast<Generator*>(args[0].as_obj());
    return next_generator(ts, gen, nargs == 2 ? &args[1] : nullptr);
  }
  // iternext directly: obj_next would drop the value of a StopIteration(value).
  UnaryFn iternext = type_of(ts, args[0])->iternext;
  Value r = iternext ? iternext(ts, args[0]) : obj_next(ts, args[0]);
  if (!r.is_error()) return r;
  if (ts.has_pending()) {
    if (nargs < 2 || !pending_matches(ts, ts.vm->types.StopIteration)) return r;
    take_pending(ts);
  }
  if (nargs == 2) return args[1];
  return raise_value(ts, Value::from_obj(ts.vm->types.StopIteration));
}

struct NamedType {
  const char* name;
  Type* Types::*field;
};

constexpr NamedType BUILTIN_TYPES[] = {
    {"bool", &Types::bool_},          {"bytearray", &Types::bytearray},
    {"bytes", &Types::bytes},         {"classmethod", &Types::classmethod},
    {"complex", &Types::complex_},    {"dict", &Types::dict},
    {"enumerate", &Types::enumerate}, {"filter", &Types::filter},
    {"float", &Types::float_},        {"frozenset", &Types::frozenset},
    {"property", &Types::property},   {"int", &Types::int_},
    {"list", &Types::list},           {"map", &Types::map},
    {"object", &Types::object},       {"range", &Types::range},
    {"reversed", &Types::reversed},   {"set", &Types::set},
    {"slice", &Types::slice},         {"staticmethod", &Types::staticmethod},
    {"str", &Types::str},             {"super", &Types::super_},
    {"tuple", &Types::tuple},
    {"type", &Types::type},           {"zip", &Types::zip},
};

bool add_constants(ThreadState& ts, Module* m) {
  Vm& vm = *ts.vm;
  return module_set(ts, m, "None", vm.none) && module_set(ts, m, "True", vm.true_) &&
         module_set(ts, m, "False", vm.false_) && module_set(ts, m, "Ellipsis", vm.ellipsis) &&
         module_set(ts, m, "NotImplemented", vm.not_implemented) &&
         module_set(ts, m, "__debug__", vm.true_);
}

constexpr const char* BUILTINS_DOC =
    "Built-in functions, types, exceptions, and other objects.";

}  // namespace

const MethodDef BUILTINS_CORE_FUNCTIONS[] = {
    {"len", b_len, 0, "Return the number of items in a container."},
    {"repr", b_repr, 0, "Return the canonical string representation of the object."},
    {"ascii", b_ascii, 0, "Return an ASCII-only representation of an object."},
    {"hash", b_hash, 0, "Return the hash value for the given object."},
    {"id", b_id, 0, "Return the identity of an object."},
    {"callable", b_callable, 0, "Return whether the object is callable."},
    {"iter", b_iter, 0, "Get an iterator from an object."},
    {"next", b_next, 0, "Return the next item from the iterator."},
    {nullptr, nullptr, 0, nullptr},
};

Module* builtins_module_create(ThreadState& ts) {
  Module* m = module_new(ts, ts.vm->names.builtins);
  if (!m) return nullptr;
  Value doc = str_from_cstr(ts, BUILTINS_DOC);
  if (doc.is_error() || !module_set(ts, m, "__doc__", doc)) return nullptr;
  for (const MethodDef* table :
       {BUILTINS_CORE_FUNCTIONS, BUILTINS_IO_FUNCTIONS, BUILTINS_SEQ_FUNCTIONS,
        BUILTINS_NUM_FUNCTIONS, BUILTINS_ATTR_FUNCTIONS, BUILTINS_EXEC_FUNCTIONS,
        BUILTINS_CLASS_FUNCTIONS}) {
    if (!module_add_functions(ts, m, table)) return nullptr;
  }
  for (const NamedType& t : BUILTIN_TYPES) {
    if (!module_set(ts, m, t.name, Value::from_obj(ts.vm->types.*t.field))) return nullptr;
  }
  if (!exception_bind_names(ts, m->dict) || !add_constants(ts, m)) return nullptr;
  return m;
}

}  // namespace weft
