// Calling: the vectorcall entry point, *args/**kwargs calls, method calls that avoid creating a
// bound method, special-method lookup on the type, and format().
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

Value call(ThreadState& ts, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = type_of(ts, callable);
  if (!t->call) {
    return raise(ts, ts.vm->types.TypeError, "'%s' object is not callable", type_cname(t));
  }
  if (!stack_check(ts)) return Value::error();
  return t->call(ts, callable, args, nargs, kwnames);
}

Value call0(ThreadState& ts, Value callable) { return call(ts, callable, nullptr, 0); }
Value call1(ThreadState& ts, Value callable, Value a) { return call(ts, callable, &a, 1); }
Value call2(ThreadState& ts, Value callable, Value a, Value b) {
  Value args[2] = {a, b};
  return call(ts, callable, args, 2);
}

Value call_tuple_dict(ThreadState& ts, Value callable, Tuple* args, Dict* kwargs) {
  size_t nkw = kwargs ? dict_size(kwargs) : 0;
  if (nkw == 0) return call(ts, callable, args->items, args->size);
  // The flattened arguments live in a tuple so that the collector sees them.
  Tuple* flat = tuple_alloc(ts, args->size + nkw);
  Tuple* names = flat ? tuple_alloc(ts, nkw) : nullptr;
  if (!names) return Value::error();
  for (size_t i = 0; i < args->size; i++) flat->items[i] = args->items[i];
  size_t pos = 0, k = 0;
  Value key, value;
  while (k < nkw && dict_next(kwargs, &pos, &key, &value)) {
    if (!is_str(ts, key)) return raise(ts, ts.vm->types.TypeError, "keywords must be strings");
    names->items[k] = key;
    flat->items[args->size + k] = value;
    k++;
  }
  if (k != nkw) {
    return raise(ts, ts.vm->types.RuntimeError, "dictionary changed size during iteration");
  }
  return call(ts, callable, flat->items, args->size, names);
}

namespace {

bool is_plain_method(ThreadState& ts, Value d) {
  if (!d.is_obj()) return false;
  Type* dt = d.as_obj()->type;
  if (dt == ts.vm->types.function) return true;
  return dt == ts.vm->types.method_descriptor;
}

}  // namespace

// A method descriptor runs its C++ function directly; anything else gets obj prepended in a
// buffer (GC-visible when long).
Value call_with_self(ThreadState& ts, Value d, Value obj, const Value* args, size_t nargs,
                     Tuple* kwnames) {
  if (d.is_obj() && d.as_obj()->type == ts.vm->types.method_descriptor) {
    const MethodDef* def = static_cast<MethodDescriptor*>(d.as_obj())->def;
    if (!stack_check(ts)) return Value::error();
    return def->fn(ts, obj, args, nargs, kwnames);
  }
  size_t total = nargs + (kwnames ? kwnames->size : 0);
  constexpr size_t SMALL = 8;
  Value small[SMALL];
  Value* buf = small;
  if (total + 1 > SMALL) {
    Tuple* t = tuple_alloc(ts, total + 1);
    if (!t) return Value::error();
    buf = t->items;
  }
  buf[0] = obj;
  for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
  return call(ts, d, buf, nargs + 1, kwnames);
}

Value call_method(ThreadState& ts, Value obj, Str* name, const Value* args, size_t nargs) {
  Type* t = type_of(ts, obj);
  if (t->getattr == generic_getattr) {
    Value d = type_lookup(ts, t, name);
    if (is_plain_method(ts, d)) {
      Dict* idict = instance_dict(ts, obj);
      if (!idict || dict_get_str(idict, name).is_error()) {
        return call_with_self(ts, d, obj, args, nargs);
      }
    }
  }
  WEFT_TRY(attr, obj_getattr(ts, obj, name));
  return call(ts, attr, args, nargs);
}

Value call_special(ThreadState& ts, Value obj, Str* name, const Value* args, size_t nargs) {
  Value d = type_lookup(ts, type_of(ts, obj), name);
  if (d.is_error()) return d;
  if (is_plain_method(ts, d)) return call_with_self(ts, d, obj, args, nargs);
  WEFT_TRY(bound, descr_bind(ts, d, obj));
  return call(ts, bound, args, nargs);
}

Value obj_format(ThreadState& ts, Value v, Value spec) {
  Vm& vm = *ts.vm;
  Type* t = type_of(ts, v);
  bool empty_spec = as_str(spec)->nbytes == 0;
  if (empty_spec && (t == vm.types.str || v.is_int() || t == vm.types.int_)) return obj_str(ts, v);
  Value r = call_special(ts, v, vm.names.__format__, &spec, 1);
  if (r.is_error()) {
    if (ts.has_pending()) return r;
    return raise(ts, vm.types.TypeError, "Type %s doesn't define __format__", type_cname(t));
  }
  if (!is_str(ts, r)) {
    return raise(ts, vm.types.TypeError, "__format__ must return a str, not %s",
                 type_name(ts, r));
  }
  return r;
}

}  // namespace weft
