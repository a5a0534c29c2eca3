// BaseException: construction, args, str/repr, the chaining attributes (__cause__, __context__,
// __suppress_context__, __traceback__), with_traceback and add_note; and traceback objects.
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

bool is_exception_instance(ThreadState& ts, Value v) {
  return v.is_obj() && (type_of(ts, v)->tflags & TF_EXC_SUBCLASS);
}

bool is_exception_type(ThreadState& ts, Value v) {
  return v.is_obj() && (type_of(ts, v)->tflags & TF_TYPE_SUBCLASS) &&
         (static_cast<Type*>(v.as_obj())->tflags & TF_EXC_SUBCLASS);
}

Value exception_new(ThreadState& ts, Type* type, const Value* args, size_t n) {
  WEFT_TRY(exc, call(ts, Value::from_obj(type), args, n));
  if (!is_exception_instance(ts, exc)) {
    return raise(ts, ts.vm->types.TypeError,
                 "calling %R should have returned an instance of BaseException, not %s",
                 Value::from_obj(type), type_name(ts, exc));
  }
  return exc;
}

Value exception_str(ThreadState& ts, Value exc) { return obj_str(ts, exc); }

Value exception_get_attr(ThreadState& ts, Value exc, Str* name) {
  Dict* d = as_exception(exc)->dict;
  Value v = d ? dict_get_str(d, name) : Value::error();
  return v.is_error() ? ts.vm->none : v;
}

bool exception_set_attr(ThreadState& ts, Value exc, Str* name, Value v) {
  Dict* d = instance_dict_or_create(ts, exc);
  return d && dict_set_str(ts, d, name, v);
}

Value raise_import_error(ThreadState& ts, Type* type, Value name, Value path, const char* fmt,
                         ...) {
  va_list ap;
  va_start(ap, fmt);
  vraise(ts, type, fmt, ap);
  va_end(ap);
  Value exc = ts.pending;
  ts.pending = Value::error();
  Names& n = ts.vm->names;
  if ((!name.is_error() && !exception_set_attr(ts, exc, n.name, name)) ||
      (!path.is_error() && !exception_set_attr(ts, exc, n.path, path))) {
    return Value::error();
  }
  ts.pending = exc;
  return Value::error();
}

bool exception_add_traceback(ThreadState& ts, Value exc, Value code, int lineno) {
  Traceback* tb = gc_new<Traceback>(ts, ts.vm->types.traceback);
  if (!tb) return false;
  BaseException* e = as_exception(exc);
  tb->next = e->traceback.is_error() ? ts.vm->none : e->traceback;
  tb->frame = ts.vm->none;
  tb->code = code;
  tb->lineno = lineno;
  e->traceback = Value::from_obj(tb);
  return true;
}

void base_exception_trace(Object* o, Tracer& t) {
  auto e = static_cast<BaseException*>(o);
  t.visit(e->args);
  t.visit(e->traceback);
  t.visit(e->cause);
  t.visit(e->context);
  t.visit(e->dict);
}

// ---- construction -------------------------------------------------------------------------------

Value base_exception_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple*) {
  auto e = static_cast<BaseException*>(gc_alloc(ts, type, type->basic_size));
  if (!e) return Value::error();
  Value none = ts.vm->none;
  e->traceback = e->cause = e->context = none;
  WEFT_TRY(t, tuple_new(ts, args, nargs));
  e->args = as_tuple(t);
  return Value::from_obj(e);
}

bool exception_set_args(ThreadState& ts, Value self, const Value* args, size_t nargs) {
  BaseException* e = as_exception(self);
  if (Tuple* old = e->args; old && old->size == nargs) {
    bool same = true;
    for (size_t i = 0; i < nargs && same; i++) same = old->items[i] == args[i];
    if (same) return true;
  }
  WEFT_TRY_BOOL(t, tuple_new(ts, args, nargs));
  e->args = as_tuple(t);
  return true;
}

bool base_exception_init(ThreadState& ts, Value self, const Value* args, size_t nargs,
                         Tuple* kwnames) {
  if (!args_no_kwargs(ts, type_name(ts, self), kwnames)) return false;
  return exception_set_args(ts, self, args, nargs);
}

bool exception_keywords(ThreadState& ts, Value self, const Value* kwvalues, Tuple* kwnames,
                        const char* const* allowed) {
  size_t n = kwnames ? kwnames->size : 0;
  for (size_t k = 0; k < n; k++) {
    Str* name = as_str(kwnames->items[k]);
    bool ok = false;
    for (const char* const* a = allowed; *a && !ok; a++) ok = str_equal_cstr(name, *a);
    if (!ok) {
      raise(ts, ts.vm->types.TypeError, "%s() got an unexpected keyword argument '%U'",
            type_name(ts, self), name);
      return false;
    }
    if (!exception_set_attr(ts, self, name, kwvalues[k])) return false;
  }
  return true;
}

// ---- str and repr -------------------------------------------------------------------------------

Value base_exception_str(ThreadState& ts, Value self) {
  Tuple* args = as_exception(self)->args;
  if (!args || args->size == 0) return ts.vm->empty_str;
  if (args->size == 1) return obj_str(ts, args->items[0]);
  return obj_str(ts, Value::from_obj(args));
}

namespace {

Value base_exception_repr(ThreadState& ts, Value self) {
  Tuple* args = as_exception(self)->args;
  const char* name = type_name(ts, self);
  if (!args || args->size == 0) return str_format_c(ts, "%s()", name);
  if (args->size == 1) return str_format_c(ts, "%s(%R)", name, args->items[0]);
  return str_format_c(ts, "%s%R", name, Value::from_obj(args));
}

// ---- attributes ---------------------------------------------------------------------------------

Value or_none(ThreadState& ts, Value v) { return v.is_error() ? ts.vm->none : v; }

bool refuse_delete(ThreadState& ts, Value v, const char* what) {
  if (!v.is_error()) return false;
  raise(ts, ts.vm->types.TypeError, "%s may not be deleted", what);
  return true;
}

Value get_args(ThreadState& ts, Value self) {
  Tuple* a = as_exception(self)->args;
  return a ? Value::from_obj(a) : ts.vm->empty_tuple;
}
bool set_args(ThreadState& ts, Value self, Value v) {
  if (refuse_delete(ts, v, "args")) return false;
  WEFT_TRY_BOOL(t, tuple_from_iterable(ts, v));
  as_exception(self)->args = as_tuple(t);
  return true;
}

bool check_traceback(ThreadState& ts, Value v) {
  if (v == ts.vm->none || type_of(ts, v) == ts.vm->types.traceback) return true;
  raise(ts, ts.vm->types.TypeError, "__traceback__ must be a traceback or None");
  return false;
}
Value get_traceback(ThreadState& ts, Value self) {
  return or_none(ts, as_exception(self)->traceback);
}
bool set_traceback(ThreadState& ts, Value self, Value v) {
  if (refuse_delete(ts, v, "__traceback__") || !check_traceback(ts, v)) return false;
  as_exception(self)->traceback = v;
  return true;
}

bool check_chain(ThreadState& ts, Value v, const char* what) {
  if (v == ts.vm->none || is_exception_instance(ts, v)) return true;
  raise(ts, ts.vm->types.TypeError, "exception %s must be None or derive from BaseException",
        what);
  return false;
}
Value get_cause(ThreadState& ts, Value self) { return or_none(ts, as_exception(self)->cause); }
bool set_cause(ThreadState& ts, Value self, Value v) {
  if (refuse_delete(ts, v, "__cause__") || !check_chain(ts, v, "cause")) return false;
  as_exception(self)->cause = v;
  as_exception(self)->suppress_context = true;
  return true;
}
Value get_context(ThreadState& ts, Value self) {
  return or_none(ts, as_exception(self)->context);
}
bool set_context(ThreadState& ts, Value self, Value v) {
  if (refuse_delete(ts, v, "__context__") || !check_chain(ts, v, "context")) return false;
  as_exception(self)->context = v;
  return true;
}
Value get_suppress(ThreadState& ts, Value self) {
  return boolean(ts, as_exception(self)->suppress_context);
}
bool set_suppress(ThreadState& ts, Value self, Value v) {
  if (refuse_delete(ts, v, "__suppress_context__")) return false;
  int t = obj_truth(ts, v);
  if (t < 0) return false;
  as_exception(self)->suppress_context = t != 0;
  return true;
}
Value get_dict(ThreadState& ts, Value self) {
  Dict* d = instance_dict_or_create(ts, self);
  return d ? Value::from_obj(d) : Value::error();
}
bool set_dict(ThreadState& ts, Value self, Value v) {
  if (refuse_delete(ts, v, "__dict__")) return false;
  if (!is_dict(ts, v)) {
    raise(ts, ts.vm->types.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
          type_name(ts, v));
    return false;
  }
  as_exception(self)->dict = as_dict(v);
  return true;
}

const GetSetDef EXCEPTION_GETSETS[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {"__dict__", get_dict, set_dict},
    {nullptr, nullptr, nullptr},
};

Value with_traceback(ThreadState& ts, Value self, const Value* args, size_t nargs,
                     Tuple* kwnames) {
  if (!args_check(ts, "with_traceback", nargs, kwnames, 1, 1)) return Value::error();
  if (!check_traceback(ts, args[0])) return Value::error();
  as_exception(self)->traceback = args[0];
  return self;
}

Value add_note(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_check(ts, "add_note", nargs, kwnames, 1, 1)) return Value::error();
  if (!is_str(ts, args[0])) {
    return raise(ts, ts.vm->types.TypeError, "note must be a str, not '%s'",
                 type_name(ts, args[0]));
  }
  Str* key = ts.vm->names.__notes__;
  Dict* d = instance_dict_or_create(ts, self);
  if (!d) return Value::error();
  Value notes = dict_get_str(d, key);
  if (notes.is_error()) {
    List* l = list_new(ts, 1);
    if (!l || !dict_set_str(ts, d, key, Value::from_obj(l))) return Value::error();
    notes = Value::from_obj(l);
  }
  if (!is_list(ts, notes)) {
    return raise(ts, ts.vm->types.TypeError, "Cannot add note: __notes__ is not a list");
  }
  if (!list_append(ts, as_list(notes), args[0])) return Value::error();
  return ts.vm->none;
}

const MethodDef EXCEPTION_METHODS[] = {
    {"with_traceback", with_traceback, 0,
     "Set self.__traceback__ to tb and return self."},
    {"add_note", add_note, 0, "Add a note to the exception"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- traceback objects --------------------------------------------------------------------------

Traceback* as_traceback(Value v) { return static_cast<Traceback*>(v.as_obj()); }

void traceback_trace(Object* o, Tracer& t) {
  auto tb = static_cast<Traceback*>(o);
  t.visit(tb->next);
  t.visit(tb->frame);
  t.visit(tb->code);
}

Value tb_get_next(ThreadState& ts, Value self) { return or_none(ts, as_traceback(self)->next); }
Value tb_get_frame(ThreadState& ts, Value self) { return or_none(ts, as_traceback(self)->frame); }
Value tb_get_lineno(ThreadState&, Value self) { return Value::from_int(as_traceback(self)->lineno); }

const GetSetDef TRACEBACK_GETSETS[] = {
    {"tb_next", tb_get_next, nullptr},
    {"tb_frame", tb_get_frame, nullptr},
    {"tb_lineno", tb_get_lineno, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

Type* base_exception_create(ThreadState& ts) {
  Type* t = type_new_builtin(ts, "BaseException", ts.vm->types.object,
                             TypeKind::BaseException, sizeof(BaseException),
                             TF_BASETYPE | TF_HAS_DICT | TF_EXC_SUBCLASS);
  if (!t) return nullptr;
  t->dict_offset = dict_member_offset(&BaseException::dict);
  t->new_ = base_exception_new;
  t->init = base_exception_init;
  t->str = base_exception_str;
  t->repr = base_exception_repr;
  t->trace = base_exception_trace;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;
  if (!type_add_getsets(ts, t, EXCEPTION_GETSETS) || !type_add_methods(ts, t, EXCEPTION_METHODS)) {
    return nullptr;
  }
  return t;
}

void traceback_init_type(ThreadState& ts) {
  Type* t = ts.vm->types.traceback;
  t->basic_size = sizeof(Traceback);
  t->trace = traceback_trace;
  static_cast<void>(type_add_getsets(ts, t, TRACEBACK_GETSETS));
}

}  // namespace weft
