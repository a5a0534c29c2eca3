// BaseExceptionGroup / ExceptionGroup (see exception_group.hpp), following CPython's
// Objects/exceptions.c: the same argument checks and messages, split() recursing through nested
// groups, and parts that keep the original's traceback, cause, context and notes.
#include "object/exception_group.hpp"

#include <vector>

#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception_internal.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

BaseExceptionGroup* as_group(Value v) { return static_cast<BaseExceptionGroup*>(v.as_obj()); }

// PySequence_Check: indexable and not a mapping.
bool is_sequence(ThreadState& ts, Value v) {
  Type* t = type_of(ts, v);
  return t->getitem && !(t->tflags & TF_DICT_SUBCLASS);
}

// Which type the constructor really makes; error() with TypeError for a BaseException nested in
// an Exception group.
Type* group_type(ThreadState& ts, Type* type, bool nests_base) {
  Types& types = ts.vm->types;
  if (type == types.BaseExceptionGroup) return nests_base ? type : types.ExceptionGroup;
  if (!nests_base) return type;
  if (type == types.ExceptionGroup) {
    raise(ts, types.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    return nullptr;
  }
  if (type_is_subtype(type, types.Exception)) {
    raise(ts, types.TypeError, "Cannot nest BaseExceptions in '%U'", type->name);
    return nullptr;
  }
  return type;
}

Value group_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Types& types = ts.vm->types;
  if (nargs != 2)
    return raise(ts, types.TypeError,
                 "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
  if (!is_str(ts, args[0]))
    return raise(ts, types.TypeError,
                 "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                 type_name(ts, args[0]));
  if (!is_sequence(ts, args[1]))
    return raise(ts, types.TypeError, "second argument (exceptions) must be a sequence");
  WEFT_TRY(excs, tuple_from_iterable(ts, args[1]));
  Tuple* items = as_tuple(excs);
  if (items->size == 0)
    return raise(ts, types.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool nests_base = false;
  for (size_t i = 0; i < items->size; i++) {
    if (!is_exception_instance(ts, items->items[i]))
      return raise(ts, types.ValueError,
                   "Item %zu of second argument (exceptions) is not an exception", i);
    nests_base |= !type_is_subtype(type_of(ts, items->items[i]), types.Exception);
  }
  type = group_type(ts, type, nests_base);
  if (!type) return Value::error();
  WEFT_TRY(self, base_exception_new(ts, type, args, nargs, kwnames));
  as_group(self)->message = args[0];
  as_group(self)->exceptions = excs;
  return self;
}

Value group_str(ThreadState& ts, Value self) {
  size_t n = as_tuple(as_group(self)->exceptions)->size;
  return str_format_c(ts, "%S (%zu sub-exception%s)", as_group(self)->message, n,
                      n == 1 ? "" : "s");
}

void group_trace(Object* o, Tracer& t) {
  base_exception_trace(o, t);
  auto g = static_cast<BaseExceptionGroup*>(o);
  t.visit(g->message);
  t.visit(g->exceptions);
}

Value get_message(ThreadState&, Value self) { return as_group(self)->message; }
Value get_exceptions(ThreadState&, Value self) { return as_group(self)->exceptions; }
// CPython's read-only members refuse with this message (not a getset's "is not writable").
bool set_readonly(ThreadState& ts, Value, Value) {
  raise(ts, ts.vm->types.AttributeError, "readonly attribute");
  return false;
}

// ---- split -------------------------------------------------------------------------------------

// What split() tests each exception with: a type or tuple of types, a predicate, or (for
// except*) membership in a set of leaf exceptions.
struct Matcher {
  enum Kind { ByType, Predicate, Leaves } kind;
  Value value;
  const std::vector<Object*>* leaves;
};

bool matcher_for(ThreadState& ts, Value v, Matcher* m) {
  m->value = v;
  m->leaves = nullptr;
  if (is_callable(ts, v) && !(type_of(ts, v)->tflags & TF_TYPE_SUBCLASS)) {
    m->kind = Matcher::Predicate;
    return true;
  }
  m->kind = Matcher::ByType;
  if (is_exception_type(ts, v)) return true;
  if (type_of(ts, v) == ts.vm->types.tuple) {
    bool all = true;
    Tuple* types = as_tuple(v);
    for (size_t i = 0; i < types->size; i++) all &= is_exception_type(ts, types->items[i]);
    if (all) return true;
  }
  raise(ts, ts.vm->types.TypeError,
        "expected an exception type, a tuple of exception types, or a callable (other than a "
        "class)");
  return false;
}

int matches(ThreadState& ts, Value exc, const Matcher& m) {
  switch (m.kind) {
    case Matcher::ByType: {
      Type* t = type_of(ts, exc);
      if (type_of(ts, m.value) != ts.vm->types.tuple)
        return type_is_subtype(t, static_cast<Type*>(m.value.as_obj()));
      Tuple* types = as_tuple(m.value);
      for (size_t i = 0; i < types->size; i++)
        if (type_is_subtype(t, static_cast<Type*>(types->items[i].as_obj()))) return 1;
      return 0;
    }
    case Matcher::Predicate: {
      Value r = call1(ts, m.value, exc);
      return r.is_error() ? -1 : obj_truth(ts, r);
    }
    case Matcher::Leaves:
      for (Object* leaf : *m.leaves)
        if (leaf == exc.as_obj()) return 1;
      return 0;
  }
  return 0;
}

// The part of `orig` holding `excs` (a list): orig.derive(excs) with orig's traceback, cause,
// context and a copy of its notes. None when excs is empty.
Value subset(ThreadState& ts, Value orig, List* excs) {
  if (list_size(excs) == 0) return ts.vm->none;
  Str* derive = intern_cstr(ts, "derive");
  if (!derive) return Value::error();
  Value arg = Value::from_obj(excs);
  WEFT_TRY(eg, call_method(ts, orig, derive, &arg, 1));
  if (!is_exception_group(ts, eg))
    return raise(ts, ts.vm->types.TypeError,
                 "derive must return an instance of BaseExceptionGroup");
  BaseException* from = as_exception(orig);
  BaseException* to = as_exception(eg);
  to->traceback = from->traceback;
  to->context = from->context;
  to->cause = from->cause;
  to->suppress_context = true;  // as PyException_SetCause
  Value notes = obj_getattr_opt(ts, orig, ts.vm->names.__notes__);
  if (notes.is_error()) return ts.has_pending() ? notes : eg;
  if (is_sequence(ts, notes)) {
    WEFT_TRY(copy, list_from_iterable(ts, notes));
    if (!obj_setattr(ts, eg, ts.vm->names.__notes__, copy)) return Value::error();
  }
  return eg;
}

// match/rest are error() for "nothing"; rest is built only with want_rest.
bool split_recursive(ThreadState& ts, Value exc, const Matcher& m, bool want_rest, Value* match,
                     Value* rest) {
  *match = *rest = Value::error();
  if (!stack_check(ts)) return false;
  int is = matches(ts, exc, m);
  if (is < 0) return false;
  if (is) {
    *match = exc;
    return true;
  }
  if (!is_exception_group(ts, exc)) {
    if (want_rest) *rest = exc;
    return true;
  }
  List* match_list = list_new(ts, 0);
  List* rest_list = want_rest ? list_new(ts, 0) : nullptr;
  if (!match_list || (want_rest && !rest_list)) return false;
  Tuple* items = as_tuple(as_group(exc)->exceptions);
  for (size_t i = 0; i < items->size; i++) {
    Value sub_match, sub_rest;
    if (!split_recursive(ts, items->items[i], m, want_rest, &sub_match, &sub_rest)) return false;
    if (!sub_match.is_error() && !list_append(ts, match_list, sub_match)) return false;
    if (!sub_rest.is_error() && !list_append(ts, rest_list, sub_rest)) return false;
  }
  Value none = ts.vm->none;
  Value part = subset(ts, exc, match_list);
  if (part.is_error()) return false;
  if (part != none) *match = part;
  if (!want_rest) return true;
  part = subset(ts, exc, rest_list);
  if (part.is_error()) return false;
  if (part != none) *rest = part;
  return true;
}

Value or_none(ThreadState& ts, Value v) { return v.is_error() ? ts.vm->none : v; }

Value group_split(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "split", nargs, kw, 1, 1)) return Value::error();
  Matcher m;
  Value match, rest;
  if (!matcher_for(ts, args[0], &m) || !split_recursive(ts, self, m, true, &match, &rest))
    return Value::error();
  return tuple_pack(ts, or_none(ts, match), or_none(ts, rest));
}

Value group_subgroup(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "subgroup", nargs, kw, 1, 1)) return Value::error();
  Matcher m;
  Value match, rest;
  if (!matcher_for(ts, args[0], &m) || !split_recursive(ts, self, m, false, &match, &rest))
    return Value::error();
  return or_none(ts, match);
}

Value group_derive(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "derive", nargs, kw, 1, 1)) return Value::error();
  return exception_group_new(ts, as_group(self)->message, args[0]);
}

const GetSetDef GROUP_GETSETS[] = {
    {"message", get_message, set_readonly},
    {"exceptions", get_exceptions, set_readonly},
    {nullptr, nullptr, nullptr},
};

const MethodDef GROUP_METHODS[] = {
    {"split", group_split, 0, nullptr},
    {"subgroup", group_subgroup, 0, nullptr},
    {"derive", group_derive, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- except* -----------------------------------------------------------------------------------

bool collect_leaves(ThreadState& ts, Value exc, std::vector<Object*>* out) {
  if (!is_exception_group(ts, exc)) {
    out->push_back(exc.as_obj());
    return true;
  }
  if (!stack_check(ts)) return false;
  Tuple* items = as_tuple(as_group(exc)->exceptions);
  for (size_t i = 0; i < items->size; i++)
    if (!collect_leaves(ts, items->items[i], out)) return false;
  return true;
}

// A re-raised part carries the caught group's own traceback, cause, context and notes.
bool same_metadata(ThreadState& ts, Value a, Value b) {
  BaseException* x = as_exception(a);
  BaseException* y = as_exception(b);
  Str* notes = ts.vm->names.__notes__;
  Value nx = x->dict ? dict_get_str(x->dict, notes) : Value::error();
  Value ny = y->dict ? dict_get_str(y->dict, notes) : Value::error();
  return nx == ny && x->traceback == y->traceback && x->cause == y->cause &&
         x->context == y->context;
}

}  // namespace

bool is_exception_group(ThreadState& ts, Value v) {
  return v.is_obj() && type_is_subtype(type_of(ts, v), ts.vm->types.BaseExceptionGroup);
}

Value exception_group_new(ThreadState& ts, Value message, Value excs) {
  Value args[2] = {message, excs};
  return call(ts, Value::from_obj(ts.vm->types.BaseExceptionGroup), args, 2);
}

Value exception_group_prep_reraise(ThreadState& ts, Value orig, Value excs) {
  List* all = as_list(excs);
  size_t n = list_size(all);
  if (n == 0) return ts.vm->none;
  // A lone exception was caught wrapped in a group: only one clause can have run.
  if (!is_exception_group(ts, orig)) return list_get(all, 0);
  List* raised = list_new(ts, 0);
  if (!raised) return Value::error();
  std::vector<Object*> leaves;
  for (size_t i = 0; i < n; i++) {
    Value e = list_get(all, i);
    if (e == ts.vm->none) continue;
    if (same_metadata(ts, e, orig)) {
      if (!collect_leaves(ts, e, &leaves)) return Value::error();
    } else if (!list_append(ts, raised, e)) {
      return Value::error();
    }
  }
  Matcher m{Matcher::Leaves, Value(), &leaves};
  Value reraised, unused;
  if (!split_recursive(ts, orig, m, false, &reraised, &unused)) return Value::error();
  if (list_size(raised) == 0) return or_none(ts, reraised);
  if (!reraised.is_error() && !list_append(ts, raised, reraised)) return Value::error();
  // A single new exception is raised as it is (CPython 3.13; 3.11 wrapped it in a group).
  if (list_size(raised) == 1) return list_get(raised, 0);
  return exception_group_new(ts, ts.vm->empty_str, Value::from_obj(raised));
}

bool exception_group_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* base = type_new_builtin(ts, "BaseExceptionGroup", types.BaseException,
                                TypeKind::BaseException, sizeof(BaseExceptionGroup), TF_BASETYPE);
  if (!base) return false;
  base->new_ = group_new;
  base->str = group_str;
  base->trace = group_trace;
  if (!type_add_getsets(ts, base, GROUP_GETSETS) || !type_add_methods(ts, base, GROUP_METHODS))
    return false;
  types.BaseExceptionGroup = base;
  // ExceptionGroup(BaseExceptionGroup, Exception): built by hand for its two bases.
  Type* t = gc_new<Type>(ts, types.type);
  if (!t) return false;
  t->kind = TypeKind::BaseException;
  t->cname = "ExceptionGroup";
  t->tflags = TF_BASETYPE;
  t->base = base;
  t->basic_size = sizeof(BaseExceptionGroup);
  WEFT_TRY_BOOL(bases, tuple_pack(ts, Value::from_obj(base), Value::from_obj(types.Exception)));
  t->bases = as_tuple(bases);
  if (!type_ready(ts, t)) return false;
  types.ExceptionGroup = t;
  return true;
}

}  // namespace weft
