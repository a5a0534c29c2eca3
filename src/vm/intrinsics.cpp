// CALL_INTRINSIC_1 / CALL_INTRINSIC_2: the operations of PEP 695 syntax (see compile/opcode.hpp),
// creating the objects of object/typevar.cpp; and the loads of annotation scopes in class bodies.
#include "compile/opcode.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/typevar.hpp"
#include "vm/eval_support.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"

namespace weft {

Value call_intrinsic_1(ThreadState& ts, Frame* f, int which, Value v) {
  switch (which) {
    case INTRINSIC_TYPEVAR:
      return typeparam_new(ts, TypeParamKind::TypeVar, v);
    case INTRINSIC_PARAMSPEC:
      return typeparam_new(ts, TypeParamKind::ParamSpec, v);
    case INTRINSIC_TYPEVARTUPLE:
      return typeparam_new(ts, TypeParamKind::TypeVarTuple, v);
    case INTRINSIC_SUBSCRIPT_GENERIC:
      // Generic[*params] would be a typing._GenericAlias whose __mro_entries__ is Generic.
      return Value::from_obj(ts.vm->types.generic);
    case INTRINSIC_TYPEALIAS: {
      Tuple* t = as_tuple(v);
      Value module = dict_get_str(f->globals, ts.vm->names.__name__);
      return typealias_new(ts, t->items[0], t->items[1], t->items[2],
                           module.is_error() ? ts.vm->none : module);
    }
    default:
      return raise(ts, ts.vm->types.SystemError, "invalid intrinsic function %d", which);
  }
}

Value call_intrinsic_2(ThreadState& ts, int which, Value a, Value b) {
  switch (which) {
    case INTRINSIC2_TYPEVAR_WITH_BOUND:
      return typevar_with_bound(ts, a, b, false);
    case INTRINSIC2_TYPEVAR_WITH_CONSTRAINTS:
      return typevar_with_bound(ts, a, b, true);
    case INTRINSIC2_SET_FUNCTION_TYPE_PARAMS:
      as_function(a)->type_params = as_tuple(b);
      return a;
    case INTRINSIC2_SET_TYPEPARAM_DEFAULT:
      return typeparam_set_default(ts, a, b);
    default:
      return raise(ts, ts.vm->types.SystemError, "invalid intrinsic function %d", which);
  }
}

namespace {

// mapping[name], or error() with nothing pending when it has no such key.
Value lookup_mapping(ThreadState& ts, Value mapping, Value name) {
  if (is_dict(ts, mapping)) return dict_get(ts, as_dict(mapping), name);
  Value v = obj_getitem(ts, mapping, name);
  if (v.is_error() && pending_matches(ts, ts.vm->types.KeyError)) take_pending(ts);
  return v;
}

}  // namespace

Value load_from_dict_or_global(ThreadState& ts, Frame* f, Value mapping, Str* name) {
  Value v = lookup_mapping(ts, mapping, Value::from_obj(name));
  if (!v.is_error() || ts.has_pending()) return v;
  return load_global_slow(ts, f, name);
}

Value load_from_dict_or_deref(ThreadState& ts, Frame* f, Value mapping, int index) {
  Code* code = f->code;
  Value v = lookup_mapping(ts, mapping, code->localsplusnames->items[code->nlocals + index]);
  if (!v.is_error() || ts.has_pending()) return v;
  v = static_cast<Cell*>(f->localsplus[code->nlocals + index].as_obj())->ref;
  return v.is_error() ? raise_unbound_deref(ts, code, index) : v;
}

}  // namespace weft
