// bool: the int subclass whose only instances are the static True and False (one-limb BigInts in
// the Vm). It inherits int's slots except repr, bool(x) and & | ^, which keep bools bools.
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/int_impl.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace weft {

namespace {

inline bool is_bool(ThreadState& ts, Value v) { return v == ts.vm->true_ || v == ts.vm->false_; }

Value bool_repr(ThreadState& ts, Value v) {
  return str_from_cstr(ts, v == ts.vm->true_ ? "True" : "False");
}

template <char OP>
Value bool_bitwise(ThreadState& ts, Value a, Value b) {
  if (is_bool(ts, a) && is_bool(ts, b)) {
    bool x = a == ts.vm->true_, y = b == ts.vm->true_;
    return boolean(ts, OP == '&' ? (x && y) : OP == '|' ? (x || y) : (x != y));
  }
  if (!is_int_like(ts, a) || !is_int_like(ts, b)) return ts.vm->not_implemented;
  return OP == '&' ? int_and(ts, a, b) : OP == '|' ? int_or(ts, a, b) : int_xor(ts, a, b);
}

Value bool_new(ThreadState& ts, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_no_kwargs(ts, "bool", kwnames) || !args_check(ts, "bool", nargs, nullptr, 0, 1)) {
    return Value::error();
  }
  if (nargs == 0) return ts.vm->false_;
  int t = obj_truth(ts, args[0]);
  if (t < 0) return Value::error();
  return boolean(ts, t != 0);
}

void init_static_bool(Vm& vm, Vm::StaticBool& b, bool value) {
  if (!b.header.type) b.header.type = vm.types.bool_;
  b.header.flags |= OBJ_STATIC;
  b.size = value ? 1 : 0;
  b.digit = value ? 1 : 0;
}

}  // namespace

void bool_init_type(ThreadState& ts) {
  Vm& vm = *ts.vm;
  Type* t = vm.types.bool_;
  const Type* base = vm.types.int_;
  // Inherit explicitly: this may run after type_ready copied the (then empty) int slots.
  t->hash = base->hash;
  t->richcompare = base->richcompare;
  for (int i = 0; i < BIN_COUNT; i++) t->binary[i] = base->binary[i];
  t->neg = base->neg;
  t->pos = base->pos;
  t->invert = base->invert;
  t->abs_ = base->abs_;
  t->bool_ = base->bool_;
  t->to_int = base->to_int;
  t->to_float = base->to_float;
  t->index = base->index;
  t->repr = bool_repr;
  t->new_ = bool_new;
  t->binary[BIN_AND] = bool_bitwise<'&'>;
  t->binary[BIN_OR] = bool_bitwise<'|'>;
  t->binary[BIN_XOR] = bool_bitwise<'^'>;
  t->tflags = (t->tflags & ~TF_BASETYPE) | TF_IMMUTABLE | TF_INT_SUBCLASS;
  init_static_bool(vm, vm.true_obj, true);
  init_static_bool(vm, vm.false_obj, false);
  if (vm.true_.is_error()) vm.true_ = Value::from_obj(&vm.true_obj.header);
  if (vm.false_.is_error()) vm.false_ = Value::from_obj(&vm.false_obj.header);
}

}  // namespace weft
