// _collections._tuplegetter(index, doc): the read-only field descriptors of namedtuple classes
// (p.x is p[0]; setting it raises "can't set attribute", as CPython's).
#include "modules/native_type.hpp"
#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/protocol.hpp"
#include "object/slot_defs.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

struct TupleGetter : Object {
  intptr_t index;
  Value doc;
};

Value getter_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "_tuplegetter", kw) || !args_positional(ts, "_tuplegetter", nargs, 2, 2))
    return Value::error();
  intptr_t index;
  if (!arg_ssize(ts, args[0], &index)) return Value::error();
  auto g = native_alloc<TupleGetter>(ts, type);
  if (!g) return Value::error();
  g->index = index;
  g->doc = args[1];
  return Value::from_obj(g);
}

Value getter_get(ThreadState& ts, Value self, Value obj, Value) {
  if (obj.is_error() || obj == ts.vm->none) return self;
  if (!is_tuple(ts, obj)) {
    return raise(ts, ts.vm->types.TypeError,
                 "descriptor for index '%zd' for tuple subclasses doesn't apply to '%s' object",
                 static_cast<TupleGetter*>(self.as_obj())->index, type_name(ts, obj));
  }
  intptr_t i = static_cast<TupleGetter*>(self.as_obj())->index;
  Tuple* t = as_tuple(obj);
  if (i < 0 || size_t(i) >= t->size)
    return raise(ts, ts.vm->types.IndexError, "tuple index out of range");
  return t->items[i];
}

bool getter_set(ThreadState& ts, Value, Value, Value value) {
  raise(ts, ts.vm->types.AttributeError, value.is_error() ? "can't delete attribute"
                                                          : "can't set attribute");
  return false;
}

Value get_doc(ThreadState&, Value self) { return static_cast<TupleGetter*>(self.as_obj())->doc; }

void getter_trace(Object* o, Tracer& t) { t.visit(static_cast<TupleGetter*>(o)->doc); }

const GetSetDef GETTER_GETSETS[] = {
    {"__doc__", get_doc, nullptr},
    {nullptr, nullptr, nullptr},
};

const NativeTypeSpec GETTER_SPEC = {
    "_collections._tuplegetter", sizeof(TupleGetter), 0, getter_trace, getter_new, nullptr,
    nullptr, nullptr, nullptr};

}  // namespace

Type* tuplegetter_type_new(ThreadState& ts) {
  Type* t = native_type_new(ts, GETTER_SPEC);
  if (!t) return nullptr;
  // The type's own __doc__ entry would hide the getset: instances answer with their doc.
  static_cast<void>(dict_del(ts, t->dict, Value::from_obj(ts.vm->names.__doc__)));
  if (!type_add_getsets(ts, t, GETTER_GETSETS)) return nullptr;
  t->descr_get = getter_get;
  t->descr_set = getter_set;
  return type_add_slot_wrappers(ts, t) ? t : nullptr;
}

}  // namespace weft
