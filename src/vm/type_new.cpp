// type.__new__: creating a class. The steps follow CPython's type_new: the most derived
// metaclass, the bases and the base whose instance layout the class extends, a copy of the
// namespace (with __qualname__, __classcell__ and __slots__ handled), the layout, the MRO and the
// slots, then __set_name__ on the attributes and __init_subclass__ on the parent.
#include "vm/classes.hpp"

#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/protocol.hpp"
#include "object/slot_defs.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"

namespace weft {

namespace {

bool is_type(ThreadState& ts, Value v) {
  return v.is_obj() && (type_of(ts, v)->tflags & TF_TYPE_SUBCLASS);
}
Type* as_type(Value v) { return static_cast<Type*>(v.as_obj()); }

// ---- the layout base ----------------------------------------------------------------------------

// Does t add fields to b's layout (other than a dict)? CPython's extra_ivars.
bool extra_ivars(const Type* t, const Type* b) {
  uint32_t size = t->basic_size;
  if ((t->tflags & TF_HAS_DICT) && !(b->tflags & TF_HAS_DICT) && (t->tflags & TF_HEAPTYPE)) {
    size -= uint32_t((t->tflags & TF_DICT_AFTER_ITEMS ? 2 : 1) * sizeof(void*));
  }
  return size != b->basic_size;
}

Type* solid_base(ThreadState& ts, Type* t) {
  Type* b = t->base ? solid_base(ts, t->base) : ts.vm->types.object;
  return extra_ivars(t, b) ? t : b;
}

// The base whose layout the new class extends (CPython's best_base).
Type* best_base(ThreadState& ts, Tuple* bases) {
  Type* base = nullptr;
  Type* winner = nullptr;
  for (size_t i = 0; i < bases->size; i++) {
    Value b = bases->items[i];
    if (!is_type(ts, b)) {
      raise(ts, ts.vm->types.TypeError, "bases must be types");
      return nullptr;
    }
    Type* bt = as_type(b);
    if (!(bt->tflags & TF_BASETYPE)) {
      raise(ts, ts.vm->types.TypeError, "type '%s' is not an acceptable base type", type_cname(bt));
      return nullptr;
    }
    Type* candidate = solid_base(ts, bt);
    if (!winner || type_is_subtype(candidate, winner)) {
      if (!winner || candidate != winner) base = bt;
      winner = candidate;
    } else if (!type_is_subtype(winner, candidate)) {
      raise(ts, ts.vm->types.TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

// A base standing for others (PEP 560) is resolved by __build_class__, never by type().
bool check_mro_entries(ThreadState& ts, Tuple* bases) {
  for (size_t i = 0; i < bases->size; i++) {
    Value b = bases->items[i];
    if (is_type(ts, b)) continue;
    Value entries = obj_getattr_opt(ts, b, ts.vm->names.__mro_entries__);
    if (!entries.is_error()) {
      raise(ts, ts.vm->types.TypeError,
            "type() doesn't support MRO entry resolution; use types.new_class()");
    }
    if (ts.has_pending()) return false;
  }
  return true;
}

bool check_bases(ThreadState& ts, Tuple* bases) {
  for (size_t i = 0; i < bases->size; i++) {
    Value b = bases->items[i];
    if (!is_type(ts, b)) {
      raise(ts, ts.vm->types.TypeError, "bases must be types");
      return false;
    }
    for (size_t j = 0; j < i; j++) {
      if (bases->items[j] == b) {
        raise(ts, ts.vm->types.TypeError, "duplicate base class %s", type_cname(as_type(b)));
        return false;
      }
    }
  }
  return true;
}

// ---- the namespace ------------------------------------------------------------------------------

// `__module__` defaults to the __name__ of the globals of the code creating the class.
bool set_module(ThreadState& ts, Dict* ns) {
  Names& n = ts.vm->names;
  if (!dict_get_str(ns, n.__module__).is_error() || !ts.frame) return true;
  Value name = dict_get_str(ts.frame->globals, n.__name__);
  return name.is_error() || dict_set_str(ts, ns, n.__module__, name);
}

// __new__ is implicitly a staticmethod, __init_subclass__ and __class_getitem__ classmethods.
bool wrap_implicit(ThreadState& ts, Dict* ns, Str* name, bool as_static) {
  Value v = dict_get_str(ns, name);
  if (!v.is_obj() || v.as_obj()->type != ts.vm->types.function) return true;
  WEFT_TRY_BOOL(w, as_static ? staticmethod_wrap(ts, v) : classmethod_wrap(ts, v));
  return dict_set_str(ts, ns, name, w);
}

bool take_qualname(ThreadState& ts, Type* t, Dict* ns) {
  Value q = dict_pop(ts, ns, Value::from_obj(ts.vm->names.__qualname__));
  if (q.is_error()) {
    t->qualname = t->name;
    return !ts.has_pending();
  }
  if (!is_str(ts, q)) {
    raise(ts, ts.vm->types.TypeError, "type __qualname__ must be a str, not %s", type_name(ts, q));
    return false;
  }
  t->qualname = as_str(q);
  return true;
}

// Returns the __class__ cell to fill (nullptr when there is none).
bool take_classcell(ThreadState& ts, Dict* ns, Cell** out) {
  *out = nullptr;
  Value c = dict_pop(ts, ns, Value::from_obj(ts.vm->names.__classcell__));
  if (c.is_error()) return !ts.has_pending();
  if (type_of(ts, c) != ts.vm->types.cell) {
    raise(ts, ts.vm->types.TypeError, "__classcell__ must be a nonlocal cell, not %R",
          Value::from_obj(type_of(ts, c)));
    return false;
  }
  *out = static_cast<Cell*>(c.as_obj());
  return true;
}

bool prepare_namespace(ThreadState& ts, Type* t, Dict* ns, Cell** cell) {
  Names& n = ts.vm->names;
  return set_module(ts, ns) && take_qualname(ts, t, ns) && take_classcell(ts, ns, cell) &&
         wrap_implicit(ts, ns, n.__new__, true) &&
         wrap_implicit(ts, ns, n.__init_subclass__, false) &&
         wrap_implicit(ts, ns, n.__class_getitem__, false);
}

// After the layout added its descriptors: __doc__ defaults to None, and a class that defines
// __eq__ without __hash__ is unhashable.
bool finish_namespace(ThreadState& ts, Dict* ns) {
  Names& n = ts.vm->names;
  if (dict_get_str(ns, n.__doc__).is_error() && !dict_set_str(ts, ns, n.__doc__, ts.vm->none)) {
    return false;
  }
  if (!dict_get_str(ns, n.__eq__).is_error() && dict_get_str(ns, n.__hash__).is_error()) {
    return dict_set_str(ts, ns, n.__hash__, ts.vm->none);
  }
  return true;
}

// ---- after creation -----------------------------------------------------------------------------

// CPython 3.12+ lets the exception through with a note saying where it came from.
void note_set_name_error(ThreadState& ts, Type* t, Value key, Value value) {
  Value exc = take_pending(ts);
  Str* add_note = intern_cstr(ts, "add_note");
  Value note = add_note ? str_format_c(ts, "Error calling __set_name__ on '%s' instance %R in '%s'",
                                       type_name(ts, value), key, type_cname(t))
                        : Value();
  if (!note.is_error() && call_method(ts, exc, add_note, &note, 1).is_error()) take_pending(ts);
  if (!ts.has_pending()) ts.pending = exc;
}

bool call_set_names(ThreadState& ts, Type* t) {
  Dict* snapshot = dict_copy(ts, t->dict);
  if (!snapshot) return false;
  size_t pos = 0;
  Value key, value;
  while (dict_next(snapshot, &pos, &key, &value)) {
    Value args[2] = {Value::from_obj(t), key};
    Value r = call_special(ts, value, ts.vm->names.__set_name__, args, 2);
    if (r.is_error() && ts.has_pending()) {
      note_set_name_error(ts, t, key, value);
      return false;
    }
  }
  return true;
}

// super(t, t).__init_subclass__(**kwargs)
bool call_init_subclass(ThreadState& ts, Type* t, const Value* kwvalues, Tuple* kwnames) {
  Value cls = Value::from_obj(t);
  Value hook = super_lookup(ts, t, cls, t, ts.vm->names.__init_subclass__);
  if (hook.is_error()) return !ts.has_pending();
  return !call(ts, hook, kwvalues, 0, kwnames).is_error();
}

struct NewArgs {
  Str* name;
  Tuple* bases;
  Dict* ns;
};

bool parse_args(ThreadState& ts, const Value* args, size_t nargs, NewArgs* out) {
  Type* type_error = ts.vm->types.TypeError;
  if (nargs != 3) {
    raise(ts, type_error, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
    return false;
  }
  const char* wanted = !is_str(ts, args[0])     ? "1 must be str"
                       : !is_tuple(ts, args[1]) ? "2 must be tuple"
                       : !is_dict(ts, args[2])  ? "3 must be dict"
                                                : nullptr;
  if (wanted) {
    Value bad = !is_str(ts, args[0]) ? args[0] : !is_tuple(ts, args[1]) ? args[1] : args[2];
    raise(ts, type_error, "type.__new__() argument %s, not %s", wanted, type_name(ts, bad));
    return false;
  }
  out->name = str_intern(ts, as_str(args[0]));
  out->bases = as_tuple(args[1]);
  out->ns = as_dict(args[2]);
  return out->name != nullptr;
}

Type* allocate_class(ThreadState& ts, Type* meta, Type* base, NewArgs& a) {
  size_t size = meta->basic_size > sizeof(Type) ? meta->basic_size : sizeof(Type);
  auto t = static_cast<Type*>(gc_alloc(ts, meta, size));
  if (!t) return nullptr;
  t->kind = base->kind;
  t->tflags = TF_HEAPTYPE | TF_BASETYPE;
  t->name = a.name;
  t->cname = a.name->data;
  t->base = base;
  t->bases = a.bases;
  t->dict = dict_copy(ts, a.ns);
  return t->dict ? t : nullptr;
}

// Everything from the namespace to a ready class with its slots; returns the __class__ cell.
Type* build_class(ThreadState& ts, Type* meta, Type* base, NewArgs& a, Cell** cell) {
  Type* t = allocate_class(ts, meta, base, a);
  SlotsSpec spec;
  if (!t || !prepare_namespace(ts, t, t->dict, cell) ||
      !slots_parse(ts, t->dict, base, t->name, &spec) || !class_layout(ts, t, spec) ||
      !finish_namespace(ts, t->dict) || !type_ready(ts, t) || !mro_add_slot_wrappers(ts, t)) {
    return nullptr;
  }
  return class_register(ts, t) ? t : nullptr;
}

}  // namespace

Type* calculate_metaclass(ThreadState& ts, Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (size_t i = 0; i < bases->size; i++) {
    Type* tmp = type_of(ts, bases->items[i]);
    if (type_is_subtype(winner, tmp)) continue;
    if (type_is_subtype(tmp, winner)) {
      winner = tmp;
      continue;
    }
    raise(ts, ts.vm->types.TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
          "of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

Value type_new(ThreadState& ts, Type* meta, const Value* args, size_t nargs, Tuple* kwnames) {
  NewArgs a;
  if (!parse_args(ts, args, nargs, &a) || !check_mro_entries(ts, a.bases)) return Value::error();
  Type* winner = calculate_metaclass(ts, meta, a.bases);
  if (!winner) return Value::error();
  if (winner != meta && winner->new_ != type_new) {
    return winner->new_(ts, winner, args, nargs, kwnames);
  }
  if (a.bases->size == 0) {
    Value object = Value::from_obj(ts.vm->types.object);
    WEFT_TRY(bases, tuple_new(ts, &object, 1));
    a.bases = as_tuple(bases);
  }
  if (!check_bases(ts, a.bases)) return Value::error();
  Type* base = best_base(ts, a.bases);
  Cell* cell = nullptr;
  Type* t = base ? build_class(ts, winner, base, a, &cell) : nullptr;
  if (!t) return Value::error();
  Value cls = Value::from_obj(t);
  if (cell) cell->ref = cls;
  if (!call_set_names(ts, t) || !call_init_subclass(ts, t, args + nargs, kwnames)) {
    return Value::error();
  }
  return cls;
}

bool type_init(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (nargs == 1 && kwnames && kwnames->size) {
    raise(ts, ts.vm->types.TypeError, "type.__init__() takes no keyword arguments");
    return false;
  }
  if (nargs != 1 && nargs != 3) {
    raise(ts, ts.vm->types.TypeError, "type.__init__() takes 1 or 3 arguments");
    return false;
  }
  return true;
}

}  // namespace weft
