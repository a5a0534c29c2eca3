// Built-ins about classes: __build_class__ (what a class statement calls: metaclass, __prepare__,
// the body, the __class__ cell) and isinstance/issubclass with __instancecheck__ and
// __subclasscheck__, following CPython's bltinmodule.c and abstract.c.
#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/generic_alias.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "vm/classes.hpp"
#include "vm/function.hpp"

namespace weft {

namespace {

bool is_type(ThreadState& ts, Value v) {
  return v.is_obj() && (type_of(ts, v)->tflags & TF_TYPE_SUBCLASS);
}
Type* as_type(Value v) { return static_cast<Type*>(v.as_obj()); }

// ---- __build_class__ ----------------------------------------------------------------------------

// PEP 560: a base that is not a class may stand for others through __mro_entries__.
Value resolve_bases(ThreadState& ts, Tuple* orig) {
  List* out = nullptr;
  for (size_t i = 0; i < orig->size; i++) {
    Value b = orig->items[i];
    Value entries = is_type(ts, b) ? Value() : obj_getattr_opt(ts, b, ts.vm->names.__mro_entries__);
    if (entries.is_error() && ts.has_pending()) return entries;
    if (!out) {
      if (entries.is_error()) continue;
      out = list_new(ts, 0);
      if (!out) return Value::error();
      for (size_t j = 0; j < i; j++) {
        if (!list_append(ts, out, orig->items[j])) return Value::error();
      }
    }
    if (entries.is_error()) {
      if (!list_append(ts, out, b)) return Value::error();
      continue;
    }
    Value arg = Value::from_obj(orig);
    WEFT_TRY(more, call(ts, entries, &arg, 1));
    if (!is_tuple(ts, more)) return raise(ts, ts.vm->types.TypeError, "__mro_entries__ must return a tuple");
    if (!list_extend(ts, out, more)) return Value::error();
  }
  if (!out) return Value::from_obj(orig);
  return tuple_from_iterable(ts, Value::from_obj(out));
}

struct ClassKeywords {
  Value metaclass;     // error() when not given
  Tuple* names;        // the other keywords (nullptr: none)
  Value values[16];    // their values (a class statement rarely has more than a couple)
};

bool split_keywords(ThreadState& ts, const Value* kwvalues, Tuple* kwnames, ClassKeywords* out) {
  out->metaclass = Value();
  out->names = nullptr;
  size_t n = kwnames ? kwnames->size : 0;
  size_t others = 0;
  for (size_t i = 0; i < n; i++) {
    if (str_equal_cstr(as_str(kwnames->items[i]), "metaclass")) {
      out->metaclass = kwvalues[i];
    } else {
      others++;
    }
  }
  if (others == 0) return true;
  if (others > sizeof out->values / sizeof out->values[0]) {
    raise(ts, ts.vm->types.TypeError, "__build_class__: too many keyword arguments");
    return false;
  }
  out->names = tuple_alloc(ts, others);
  if (!out->names) return false;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (str_equal_cstr(as_str(kwnames->items[i]), "metaclass")) continue;
    out->names->items[k] = kwnames->items[i];
    out->values[k++] = kwvalues[i];
  }
  return true;
}

// meta.__prepare__(name, bases, **kwds), which must give a dict (the class body's namespace).
Value prepare_namespace(ThreadState& ts, Value meta, bool is_class, Value name, Value bases,
                        ClassKeywords& kw) {
  Value prepare = obj_getattr_opt(ts, meta, ts.vm->names.__prepare__);
  if (prepare.is_error()) {
    if (ts.has_pending()) return prepare;
    Dict* d = dict_new(ts);
    return d ? Value::from_obj(d) : Value::error();
  }
  size_t nkw = kw.names ? kw.names->size : 0;
  Value args[2 + sizeof kw.values / sizeof kw.values[0]] = {name, bases};
  for (size_t i = 0; i < nkw; i++) args[2 + i] = kw.values[i];
  WEFT_TRY(ns, call(ts, prepare, args, 2, kw.names));
  if (is_dict(ts, ns)) return ns;
  if (is_class) {
    return raise(ts, ts.vm->types.TypeError, "%s.__prepare__() must return a mapping, not %s",
                 type_cname(as_type(meta)), type_name(ts, ns));
  }
  return raise(ts, ts.vm->types.TypeError,
               "<metaclass>.__prepare__() must return a mapping, not %s", type_name(ts, ns));
}

// The class must be the one the body's __class__ cell was filled with (CPython's check).
Value check_class_cell(ThreadState& ts, Value cell, Value cls, Value name) {
  if (!cell.is_obj() || cell.as_obj()->type != ts.vm->types.cell || !is_type(ts, cls)) return cls;
  Value in_cell = static_cast<Cell*>(cell.as_obj())->ref;
  if (in_cell == cls) return cls;
  if (in_cell.is_error()) {
    return raise(ts, ts.vm->types.RuntimeError,
                 "__class__ not set defining %R as %R. Was __classcell__ propagated to "
                 "type.__new__?",
                 name, cls);
  }
  return raise(ts, ts.vm->types.TypeError, "__class__ set to %R defining %R as %R", in_cell, name,
               cls);
}

Value b_build_class(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Vm& vm = *ts.vm;
  if (nargs < 2) return raise(ts, vm.types.TypeError, "__build_class__: not enough arguments");
  if (!args[0].is_obj() || args[0].as_obj()->type != vm.types.function) {
    return raise(ts, vm.types.TypeError, "__build_class__: func must be a function");
  }
  if (!is_str(ts, args[1])) return raise(ts, vm.types.TypeError, "__build_class__: name is not a string");
  WEFT_TRY(orig, tuple_new(ts, args + 2, nargs - 2));
  WEFT_TRY(bases, resolve_bases(ts, as_tuple(orig)));
  ClassKeywords kw;
  if (!split_keywords(ts, args + nargs, kwnames, &kw)) return Value::error();
  Tuple* base_tuple = as_tuple(bases);
  Value meta = kw.metaclass;
  if (meta.is_error()) {
    meta = Value::from_obj(base_tuple->size ? type_of(ts, base_tuple->items[0]) : vm.types.type);
  }
  bool is_class = is_type(ts, meta);
  if (is_class) {
    Type* winner = calculate_metaclass(ts, as_type(meta), base_tuple);
    if (!winner) return Value::error();
    meta = Value::from_obj(winner);
  }
  WEFT_TRY(ns, prepare_namespace(ts, meta, is_class, args[1], bases, kw));
  WEFT_TRY(cell, function_run_with_locals(ts, as_function(args[0]), as_dict(ns)));
  if (bases != orig && !dict_set_str(ts, as_dict(ns), vm.names.__orig_bases__, orig)) {
    return Value::error();
  }
  size_t nkw = kw.names ? kw.names->size : 0;
  Value call_args[3 + sizeof kw.values / sizeof kw.values[0]] = {args[1], bases, ns};
  for (size_t i = 0; i < nkw; i++) call_args[3 + i] = kw.values[i];
  WEFT_TRY(cls, call(ts, meta, call_args, 3, kw.names));
  return check_class_cell(ts, cell, cls, args[1]);
}

// ---- isinstance and issubclass ------------------------------------------------------------------

// A "class" for the abstract protocol: anything with a tuple __bases__.
int bases_of(ThreadState& ts, Value cls, Value* out) {
  *out = obj_getattr_opt(ts, cls, ts.vm->names.__bases__);
  if (out->is_error()) return ts.has_pending() ? -1 : 0;
  return is_tuple(ts, *out) ? 1 : 0;
}

// derived is cls, or one of its __bases__ (recursively) is.
int abstract_issubclass(ThreadState& ts, Value derived, Value cls) {
  for (;;) {
    if (derived == cls) return 1;
    if (!stack_check(ts)) return -1;
    Value bases;
    int r = bases_of(ts, derived, &bases);
    if (r <= 0) return r;
    Tuple* b = as_tuple(bases);
    if (b->size == 0) return 0;
    for (size_t i = 0; i + 1 < b->size; i++) {
      r = abstract_issubclass(ts, b->items[i], cls);
      if (r != 0) return r;
    }
    derived = b->items[b->size - 1];
  }
}

int recursive_isinstance(ThreadState& ts, Value inst, Value cls) {
  if (is_type(ts, cls)) return type_instance_check(ts, inst, as_type(cls));
  Value bases;
  int r = bases_of(ts, cls, &bases);
  if (r < 0) return -1;
  if (r == 0) {
    raise(ts, ts.vm->types.TypeError,
          "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  Value icls = obj_getattr_opt(ts, inst, ts.vm->names.__class__);
  if (icls.is_error()) return ts.has_pending() ? -1 : 0;
  return abstract_issubclass(ts, icls, cls);
}

int recursive_issubclass(ThreadState& ts, Value derived, Value cls) {
  if (is_type(ts, cls) && is_type(ts, derived)) {
    return type_is_subtype(as_type(derived), as_type(cls));
  }
  Value bases;
  int r = bases_of(ts, derived, &bases);
  if (r <= 0) {
    if (r == 0) raise(ts, ts.vm->types.TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (!is_type(ts, cls)) {
    r = bases_of(ts, cls, &bases);
    if (r <= 0) {
      if (r == 0) {
        raise(ts, ts.vm->types.TypeError,
              "issubclass() arg 2 must be a class, a tuple of classes, or a union");
      }
      return -1;
    }
  }
  return abstract_issubclass(ts, derived, cls);
}

// The metaclass's __instancecheck__/__subclasscheck__ decides; type's own is the plain check.
int ask_checker(ThreadState& ts, Value cls, Str* name, Value arg, int (*fallback)(ThreadState&, Value, Value)) {
  Value r = call_special(ts, cls, name, &arg, 1);
  if (r.is_error()) return ts.has_pending() ? -1 : fallback(ts, arg, cls);
  return obj_truth(ts, r);
}

// A union (int | str) counts as the tuple of its members.
Tuple* options_of(ThreadState& ts, Value cls) {
  if (Tuple* members = union_args(ts, cls)) return members;
  return is_tuple(ts, cls) ? as_tuple(cls) : nullptr;
}

int object_isinstance(ThreadState& ts, Value inst, Value cls) {
  if (type_of(ts, inst) == cls.as_obj()) return 1;
  if (type_of(ts, cls) == ts.vm->types.type) return recursive_isinstance(ts, inst, cls);
  if (Tuple* options = options_of(ts, cls)) {
    if (!stack_check(ts)) return -1;
    for (size_t i = 0; i < options->size; i++) {
      int r = object_isinstance(ts, inst, options->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  return ask_checker(ts, cls, ts.vm->names.__instancecheck__, inst, recursive_isinstance);
}

int object_issubclass(ThreadState& ts, Value derived, Value cls) {
  if (type_of(ts, cls) == ts.vm->types.type) {
    if (derived == cls) return 1;
    return recursive_issubclass(ts, derived, cls);
  }
  if (Tuple* options = options_of(ts, cls)) {
    if (!stack_check(ts)) return -1;
    for (size_t i = 0; i < options->size; i++) {
      int r = object_issubclass(ts, derived, options->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  return ask_checker(ts, cls, ts.vm->names.__subclasscheck__, derived, recursive_issubclass);
}

Value b_isinstance(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "isinstance", nargs, kw, 2, 2)) return Value::error();
  int r = object_isinstance(ts, args[0], args[1]);
  return r < 0 ? Value::error() : boolean(ts, r);
}

Value b_issubclass(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "issubclass", nargs, kw, 2, 2)) return Value::error();
  int r = object_issubclass(ts, args[0], args[1]);
  return r < 0 ? Value::error() : boolean(ts, r);
}

}  // namespace

const MethodDef BUILTINS_CLASS_FUNCTIONS[] = {
    {"__build_class__", b_build_class, 0,
     "Internal helper function used by the class statement."},
    {"isinstance", b_isinstance, 0, "Return whether an object is an instance of a class."},
    {"issubclass", b_issubclass, 0, "Return whether 'cls' is derived from another class."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
