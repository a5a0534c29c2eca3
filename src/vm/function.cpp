// Function, cell and bound-method objects and their types.
#include "vm/function.hpp"

#include <cstddef>

#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "object/value_slot.hpp"
#include "vm/eval.hpp"
#include "vm/frame.hpp"
#include "vm/generator.hpp"

namespace weft {

Dict* builtins_of(ThreadState& ts, Dict* globals) {
  Value b = globals ? dict_get_str(globals, ts.vm->names.__builtins__) : Value();
  if (b.is_obj()) {
    TypeKind k = b.as_obj()->type->kind;
    if (k == TypeKind::Module) return static_cast<Module*>(b.as_obj())->dict;
    if (k == TypeKind::Dict) return as_dict(b);
  }
  return ts.vm->builtins->dict;
}

Function* function_new(ThreadState& ts, Code* code, Dict* globals) {
  Function* fn = gc_new<Function>(ts, ts.vm->types.function);
  if (!fn) return nullptr;
  fn->code = code;
  fn->globals = globals;
  fn->builtins = builtins_of(ts, globals);
  fn->name = code->name;
  fn->qualname = code->qualname;
  Value module = dict_get_str(globals, ts.vm->names.__name__);
  fn->module = module.is_error() ? ts.vm->none : module;
  // The compiler puts a function's docstring (or None) first among its constants.
  Value doc = code->consts->size ? code->consts->items[0] : Value();
  fn->doc = doc.is_obj() && is_str(ts, doc) ? doc : ts.vm->none;
  return fn;
}

Cell* cell_new(ThreadState& ts, Value v) {
  Cell* c = gc_new<Cell>(ts, ts.vm->types.cell);
  if (c) c->ref = v;
  return c;
}

Value bound_method_new(ThreadState& ts, Value func, Value self) {
  BoundMethod* m = gc_new<BoundMethod>(ts, ts.vm->types.bound_method);
  if (!m) return Value::error();
  m->func = func;
  m->self = self;
  return Value::from_obj(m);
}

Value run_frame(ThreadState& ts, Code* code, Function* fn, Dict* globals, Dict* builtins,
                Dict* locals, const Value* args, size_t nargs, Tuple* kwnames, bool bind) {
  if (!stack_check(ts)) return Value::error();
  if (ts.depth >= ts.vm->recursion_limit)
    return raise(ts, ts.vm->types.RecursionError, "maximum recursion depth exceeded");
  Frame* f = frame_push(ts, code, fn, globals, builtins, locals);
  if (!f) return Value::error();
  if (bind ? !bind_arguments(ts, fn, f, args, nargs, kwnames) : !frame_init_cells(ts, f)) {
    frame_pop(ts, f);
    return Value::error();
  }
  ts.depth++;
  Value r = eval_frame(ts, f);
  ts.depth--;
  frame_pop(ts, f);
  return r;
}

Value function_call(ThreadState& ts, Value callable, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  Function* fn = as_function(callable);
  if (fn->code->flags & CO_SUSPENDABLE) return generator_new(ts, fn, args, nargs, kwnames);
  return run_frame(ts, fn->code, fn, fn->globals, fn->builtins, nullptr, args, nargs, kwnames,
                   true);
}

Value function_run_with_locals(ThreadState& ts, Function* fn, Dict* locals) {
  return run_frame(ts, fn->code, fn, fn->globals, fn->builtins, locals, nullptr, 0, nullptr,
                   false);
}

Value callable_display_name(ThreadState& ts, Value callable) {
  Value qualname, module;
  if (callable.is_obj() && callable.as_obj()->type == ts.vm->types.function) {
    qualname = Value::from_obj(as_function(callable)->qualname);
    module = as_function(callable)->module;
  } else if (callable.is_obj() && callable.as_obj()->type->kind == TypeKind::NativeFunction) {
    auto nf = static_cast<NativeFunction*>(callable.as_obj());
    qualname = Value::from_obj(nf->name);
    module = nf->module;
  } else {
    qualname = obj_getattr_opt(ts, callable, ts.vm->names.__qualname__);
    if (qualname.is_error()) {
      if (ts.has_pending()) return Value::error();
      return obj_str(ts, callable);
    }
    module = obj_getattr_opt(ts, callable, ts.vm->names.__module__);
    if (module.is_error() && ts.has_pending()) return Value::error();
  }
  if (module.is_obj() && is_str(ts, module) && !str_equal_cstr(as_str(module), "builtins"))
    return str_format_c(ts, "%V.%V()", module, qualname);
  return str_format_c(ts, "%V()", qualname);
}

// ---- the function type --------------------------------------------------------------------------
namespace {

void function_trace(Object* o, Tracer& t) {
  auto f = static_cast<Function*>(o);
  t.visit(f->code);
  t.visit(f->globals);
  t.visit(f->builtins);
  t.visit(f->name);
  t.visit(f->qualname);
  t.visit(f->defaults);
  t.visit(f->kwdefaults);
  t.visit(f->closure);
  t.visit(f->module);
  t.visit(f->doc);
  t.visit(f->dict);
  t.visit(f->annotations);
  t.visit(f->type_params);
}

Value function_repr(ThreadState& ts, Value v) {
  return str_format_c(ts, "<function %U at %p>", as_function(v)->qualname,
                      static_cast<void*>(v.as_obj()));
}

// Functions are descriptors: reading one from an instance makes a bound method.
Value function_descr_get(ThreadState& ts, Value descr, Value obj, Value) {
  if (obj.is_error() || obj == ts.vm->none) return descr;
  return bound_method_new(ts, descr, obj);
}

Value or_none(ThreadState& ts, const Object* o) { return o ? Value::from_obj(o) : ts.vm->none; }

Value get_name(ThreadState&, Value self) { return Value::from_obj(as_function(self)->name); }
Value get_qualname(ThreadState&, Value self) {
  return Value::from_obj(as_function(self)->qualname);
}
bool set_str_field(ThreadState& ts, Value v, Str** field, const char* what) {
  if (v.is_error() || !is_str(ts, v)) {
    raise(ts, ts.vm->types.TypeError, "%s must be set to a string object", what);
    return false;
  }
  *field = as_str(v);
  return true;
}
bool set_name(ThreadState& ts, Value self, Value v) {
  return set_str_field(ts, v, &as_function(self)->name, "__name__");
}
bool set_qualname(ThreadState& ts, Value self, Value v) {
  return set_str_field(ts, v, &as_function(self)->qualname, "__qualname__");
}
Value get_doc(ThreadState&, Value self) { return as_function(self)->doc; }
bool set_doc(ThreadState& ts, Value self, Value v) {
  as_function(self)->doc = v.is_error() ? ts.vm->none : v;
  return true;
}
Value get_module(ThreadState&, Value self) { return as_function(self)->module; }
bool set_module(ThreadState& ts, Value self, Value v) {
  as_function(self)->module = v.is_error() ? ts.vm->none : v;
  return true;
}
Value get_defaults(ThreadState& ts, Value self) { return or_none(ts, as_function(self)->defaults); }
bool set_defaults(ThreadState& ts, Value self, Value v) {
  if (v.is_error() || v == ts.vm->none) {
    as_function(self)->defaults = nullptr;
    return true;
  }
  if (!is_tuple(ts, v)) {
    raise(ts, ts.vm->types.TypeError, "__defaults__ must be set to a tuple object");
    return false;
  }
  as_function(self)->defaults = as_tuple(v);
  return true;
}
Value get_kwdefaults(ThreadState& ts, Value self) {
  return or_none(ts, as_function(self)->kwdefaults);
}
bool set_kwdefaults(ThreadState& ts, Value self, Value v) {
  if (v.is_error() || v == ts.vm->none) {
    as_function(self)->kwdefaults = nullptr;
    return true;
  }
  if (!is_dict(ts, v)) {
    raise(ts, ts.vm->types.TypeError, "__kwdefaults__ must be set to a dict object");
    return false;
  }
  as_function(self)->kwdefaults = as_dict(v);
  return true;
}
Value get_code(ThreadState&, Value self) { return Value::from_obj(as_function(self)->code); }
Value get_globals(ThreadState&, Value self) { return Value::from_obj(as_function(self)->globals); }
Value get_builtins(ThreadState&, Value self) {
  return Value::from_obj(as_function(self)->builtins);
}
Value get_closure(ThreadState& ts, Value self) { return or_none(ts, as_function(self)->closure); }
Value get_annotations(ThreadState& ts, Value self) {
  Function* f = as_function(self);
  if (!f->annotations) f->annotations = dict_new(ts);
  return f->annotations ? Value::from_obj(f->annotations) : Value::error();
}
bool set_annotations(ThreadState& ts, Value self, Value v) {
  if (v.is_error() || v == ts.vm->none) {
    as_function(self)->annotations = nullptr;
    return true;
  }
  if (!is_dict(ts, v)) {
    raise(ts, ts.vm->types.TypeError, "__annotations__ must be set to a dict object");
    return false;
  }
  as_function(self)->annotations = as_dict(v);
  return true;
}

Value get_type_params(ThreadState& ts, Value self) {
  Tuple* t = as_function(self)->type_params;
  return t ? Value::from_obj(t) : ts.vm->empty_tuple;
}
bool set_type_params(ThreadState& ts, Value self, Value v) {
  if (v.is_error() || !is_tuple(ts, v)) {
    raise(ts, ts.vm->types.TypeError, "__type_params__ must be set to a tuple");
    return false;
  }
  as_function(self)->type_params = as_tuple(v);
  return true;
}

const GetSetDef FUNCTION_GETSETS[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__doc__", get_doc, set_doc},
    {"__module__", get_module, set_module},
    {"__defaults__", get_defaults, set_defaults},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults},
    {"__code__", get_code, nullptr},
    {"__globals__", get_globals, nullptr},
    {"__builtins__", get_builtins, nullptr},
    {"__closure__", get_closure, nullptr},
    {"__annotations__", get_annotations, set_annotations},
    {"__type_params__", get_type_params, set_type_params},
    {nullptr, nullptr, nullptr},
};

// ---- cells --------------------------------------------------------------------------------------

void cell_trace(Object* o, Tracer& t) { t.visit(static_cast<Cell*>(o)->ref); }

Value cell_repr(ThreadState& ts, Value v) {
  Value ref = static_cast<Cell*>(v.as_obj())->ref;
  if (ref.is_error()) return str_format_c(ts, "<cell at %p: empty>", static_cast<void*>(v.as_obj()));
  return str_format_c(ts, "<cell at %p: %s object at %p>", static_cast<void*>(v.as_obj()),
                      type_name(ts, ref), reinterpret_cast<void*>(ref.bits()));
}

Value get_cell_contents(ThreadState& ts, Value self) {
  Value ref = slot_load(&static_cast<Cell*>(self.as_obj())->ref);
  if (ref.is_error()) return raise(ts, ts.vm->types.ValueError, "Cell is empty");
  return ref;
}
bool set_cell_contents(ThreadState&, Value self, Value v) {
  slot_store(&static_cast<Cell*>(self.as_obj())->ref, v);
  return true;
}

const GetSetDef CELL_GETSETS[] = {
    {"cell_contents", get_cell_contents, set_cell_contents},
    {nullptr, nullptr, nullptr},
};

// ---- bound methods ------------------------------------------------------------------------------

BoundMethod* as_method(Value v) { return static_cast<BoundMethod*>(v.as_obj()); }

void method_trace(Object* o, Tracer& t) {
  t.visit(as_method(Value::from_obj(o))->func);
  t.visit(as_method(Value::from_obj(o))->self);
}

Value method_call(ThreadState& ts, Value callable, const Value* args, size_t nargs,
                  Tuple* kwnames) {
  BoundMethod* m = as_method(callable);
  size_t total = nargs + (kwnames ? kwnames->size : 0);
  constexpr size_t SMALL = 8;
  Value small[SMALL];
  Value* buf = small;
  Tuple* big = nullptr;
  if (total + 1 > SMALL) {
    big = tuple_alloc(ts, total + 1);  // GC-visible scratch for long argument lists
    if (!big) return Value::error();
    buf = big->items;
  }
  buf[0] = m->self;
  for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
  return call(ts, m->func, buf, nargs + 1, kwnames);
}

Value method_repr(ThreadState& ts, Value v) {
  BoundMethod* m = as_method(v);
  Value name = obj_getattr_opt(ts, m->func, ts.vm->names.__qualname__);
  if (name.is_error()) {
    if (ts.has_pending()) return Value::error();
    name = str_from_cstr(ts, "?");
    if (name.is_error()) return name;
  }
  return str_format_c(ts, "<bound method %S of %R>", name, m->self);
}

// Attributes other than __func__/__self__ come from the function (e.g. __name__, __doc__).
Value method_getattr(ThreadState& ts, Value obj, Str* name) {
  Value v = generic_getattr(ts, obj, name);
  if (!v.is_error() || !pending_matches(ts, ts.vm->types.AttributeError)) return v;
  take_pending(ts);
  return obj_getattr(ts, as_method(obj)->func, name);
}

// Equal when they bind the same object (by identity) to equal functions, as in CPython 3.8+.
Value method_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || type_of(ts, b) != ts.vm->types.bound_method) {
    return ts.vm->not_implemented;
  }
  BoundMethod* x = as_method(a);
  BoundMethod* y = as_method(b);
  int eq = x->self != y->self ? 0 : obj_equal(ts, x->func, y->func);
  if (eq < 0) return Value::error();
  return boolean(ts, op == CMP_EQ ? eq : !eq);
}

bool method_hash(ThreadState& ts, Value v, intptr_t* out) {
  intptr_t h;
  if (!obj_hash(ts, as_method(v)->func, &h)) return false;
  uintptr_t self_bits = as_method(v)->self.bits();
  h ^= intptr_t((self_bits >> 4) | (self_bits << (8 * sizeof(uintptr_t) - 4)));
  *out = h == -1 ? -2 : h;
  return true;
}

Value get_func(ThreadState&, Value self) { return as_method(self)->func; }
Value get_self(ThreadState&, Value self) { return as_method(self)->self; }

const GetSetDef METHOD_GETSETS[] = {
    {"__func__", get_func, nullptr},
    {"__self__", get_self, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
void function_types_init(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* f = types.function;
  f->basic_size = sizeof(Function);
  f->tflags |= TF_HAS_DICT;
  f->dict_offset = offsetof(Function, dict);
  f->trace = function_trace;
  f->repr = function_repr;
  f->call = function_call;
  f->descr_get = function_descr_get;
  f->getattr = generic_getattr;
  f->setattr = generic_setattr;
  if (!type_add_getsets(ts, f, FUNCTION_GETSETS)) return;

  Type* c = types.cell;
  c->basic_size = sizeof(Cell);
  c->trace = cell_trace;
  c->repr = cell_repr;
  if (!type_add_getsets(ts, c, CELL_GETSETS)) return;

  Type* m = types.bound_method;
  m->basic_size = sizeof(BoundMethod);
  m->tflags |= TF_IMMUTABLE;
  m->trace = method_trace;
  m->repr = method_repr;
  m->call = method_call;
  m->richcompare = method_richcompare;
  m->hash = method_hash;
  m->getattr = method_getattr;
  if (!type_add_getsets(ts, m, METHOD_GETSETS)) return;
}
#pragma GCC diagnostic pop

}  // namespace weft
