// Out-of-line helpers of the interpreter loop (see eval_support.hpp).
#include "vm/eval_support.hpp"

#include "compile/opcode.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/function.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/generator.hpp"
#include "vm/import.hpp"

namespace weft {
namespace {

Value raise_name_error(ThreadState& ts, Str* name) {
  return raise(ts, ts.vm->types.NameError, "name '%U' is not defined", name);
}

Str* local_name(Code* code, int index) { return as_str(code->localsplusnames->items[index]); }

// Neither __iter__ nor __getitem__: iter() would fail with a TypeError we phrase ourselves.
bool not_iterable(ThreadState& ts, Value v) {
  Type* t = type_of(ts, v);
  return !t->iter && !t->getitem;
}

}  // namespace

// ---- names ---------------------------------------------------------------------------------------

Value load_global_slow(ThreadState& ts, Frame* f, Str* name) {
  Value v = dict_get_str(f->globals, name);
  if (v.is_error()) v = dict_get_str(f->builtins, name);
  return v.is_error() ? raise_name_error(ts, name) : v;
}

// A class body's namespace may be a dict subclass from __prepare__ that overrides __getitem__,
// __setitem__ or __delitem__ (enum's does): those go through the subscript protocol.
namespace {
bool is_plain_dict(ThreadState& ts, Dict* d) { return d->type == ts.vm->types.dict; }
}  // namespace

Value load_name(ThreadState& ts, Frame* f, Str* name) {
  if (f->locals && f->locals != f->globals) {
    Value key = Value::from_obj(name);
    Value v = is_plain_dict(ts, f->locals) ? dict_get(ts, f->locals, key)
                                           : obj_getitem(ts, Value::from_obj(f->locals), key);
    if (v.is_error() && pending_matches(ts, ts.vm->types.KeyError) &&
        !is_plain_dict(ts, f->locals)) {
      take_pending(ts);
    }
    if (!v.is_error() || ts.has_pending()) return v;
  }
  return load_global_slow(ts, f, name);
}

bool store_name(ThreadState& ts, Frame* f, Str* name, Value v) {
  Dict* d = f->locals ? f->locals : f->globals;
  if (!is_plain_dict(ts, d)) return obj_setitem(ts, Value::from_obj(d), Value::from_obj(name), v);
  return dict_set(ts, d, Value::from_obj(name), v);
}

bool delete_name(ThreadState& ts, Frame* f, Str* name, bool global) {
  Dict* d = global || !f->locals ? f->globals : f->locals;
  if (!is_plain_dict(ts, d)) {
    if (obj_delitem(ts, Value::from_obj(d), Value::from_obj(name))) return true;
    if (pending_matches(ts, ts.vm->types.KeyError)) {
      take_pending(ts);
      raise_name_error(ts, name);
    }
    return false;
  }
  int r = dict_del(ts, d, Value::from_obj(name));
  if (r == 0) raise_name_error(ts, name);
  return r > 0;
}

Value load_classderef(ThreadState& ts, Frame* f, int index) {
  Code* code = f->code;
  if (f->locals) {
    Value v = dict_get(ts, f->locals, code->localsplusnames->items[code->nlocals + index]);
    if (!v.is_error() || ts.has_pending()) return v;
  }
  Value v = static_cast<Cell*>(f->localsplus[code->nlocals + index].as_obj())->ref;
  return v.is_error() ? raise_unbound_deref(ts, code, index) : v;
}

Value raise_unbound_local(ThreadState& ts, Code* code, int index) {
  return raise(ts, ts.vm->types.UnboundLocalError,
               "cannot access local variable '%U' where it is not associated with a value",
               local_name(code, index));
}

Value raise_unbound_deref(ThreadState& ts, Code* code, int index) {
  if (index < code->ncells) return raise_unbound_local(ts, code, code->nlocals + index);
  return raise(ts, ts.vm->types.NameError,
               "cannot access free variable '%U' where it is not associated with a value in "
               "enclosing scope",
               local_name(code, code->nlocals + index));
}

// ---- unpacking -----------------------------------------------------------------------------------

bool unpack_sequence(ThreadState& ts, Value seq, size_t n, Value* out) {
  Vm& vm = *ts.vm;
  Type* t = type_of(ts, seq);
  if (t == vm.types.tuple || t == vm.types.list) {
    Value snapshot = t == vm.types.tuple ? seq : list_as_tuple(ts, as_list(seq));
    if (snapshot.is_error()) return false;
    Tuple* items = as_tuple(snapshot);
    if (items->size < n) {
      raise(ts, vm.types.ValueError, "not enough values to unpack (expected %zu, got %zu)", n,
            items->size);
      return false;
    }
    if (items->size > n) {
      raise(ts, vm.types.ValueError, "too many values to unpack (expected %zu)", n);
      return false;
    }
    for (size_t i = 0; i < n; i++) out[n - 1 - i] = items->items[i];
    return true;
  }
  if (not_iterable(ts, seq)) {
    raise(ts, vm.types.TypeError, "cannot unpack non-iterable %s object", type_name(ts, seq));
    return false;
  }
  WEFT_TRY_BOOL(it, obj_iter(ts, seq));
  for (size_t i = 0; i < n; i++) {
    Value v = obj_next(ts, it);
    if (v.is_error()) {
      if (!ts.has_pending())
        raise(ts, vm.types.ValueError, "not enough values to unpack (expected %zu, got %zu)", n, i);
      return false;
    }
    out[n - 1 - i] = v;
  }
  Value extra = obj_next(ts, it);
  if (!extra.is_error()) {
    raise(ts, vm.types.ValueError, "too many values to unpack (expected %zu)", n);
    return false;
  }
  return !ts.has_pending();
}

bool unpack_ex(ThreadState& ts, Value seq, size_t before, size_t after, Value* out) {
  if (not_iterable(ts, seq)) {
    raise(ts, ts.vm->types.TypeError, "cannot unpack non-iterable %s object", type_name(ts, seq));
    return false;
  }
  WEFT_TRY_BOOL(list, list_from_iterable(ts, seq));
  WEFT_TRY_BOOL(snapshot, list_as_tuple(ts, as_list(list)));
  Tuple* items = as_tuple(snapshot);
  size_t size = items->size;
  if (size < before + after) {
    raise(ts, ts.vm->types.ValueError,
          "not enough values to unpack (expected at least %zu, got %zu)", before + after, size);
    return false;
  }
  size_t total = before + 1 + after;
  WEFT_TRY_BOOL(middle, list_from_array(ts, items->items + before, size - before - after));
  for (size_t i = 0; i < before; i++) out[total - 1 - i] = items->items[i];
  out[total - 1 - before] = middle;
  for (size_t j = 0; j < after; j++) out[after - 1 - j] = items->items[size - after + j];
  return true;
}

// ---- building values -----------------------------------------------------------------------------

Value format_value(ThreadState& ts, Value v, int flags, Value spec) {
  switch (flags & FV_CONV_MASK) {
    case FV_CONV_STR: v = obj_str(ts, v); break;
    case FV_CONV_REPR: v = obj_repr(ts, v); break;
    case FV_CONV_ASCII: v = obj_ascii(ts, v); break;
    default: break;
  }
  if (v.is_error()) return v;
  if (spec.is_error()) {
    if (v.is_obj() && v.as_obj()->type == ts.vm->types.str) return v;
    spec = ts.vm->empty_str;
  }
  return obj_format(ts, v, spec);
}

Value build_string(ThreadState& ts, const Value* items, size_t n) {
  StrBuf buf(ts);
  for (size_t i = 0; i < n; i++) buf.append_str(as_str(items[i]));
  return buf.finish();
}

Value build_map(ThreadState& ts, const Value* items, size_t npairs) {
  Dict* d = dict_new(ts);
  if (!d) return Value::error();
  for (size_t i = 0; i < npairs; i++)
    if (!dict_set(ts, d, items[2 * i], items[2 * i + 1])) return Value::error();
  return Value::from_obj(d);
}

Value build_set(ThreadState& ts, const Value* items, size_t n) {
  Set* s = set_new(ts, ts.vm->types.set);
  if (!s) return Value::error();
  for (size_t i = 0; i < n; i++)
    if (!set_add(ts, s, items[i])) return Value::error();
  return Value::from_obj(s);
}

bool list_extend_star(ThreadState& ts, Value list, Value iterable) {
  if (not_iterable(ts, iterable)) {
    raise(ts, ts.vm->types.TypeError, "Value after * must be an iterable, not %T", iterable);
    return false;
  }
  return list_extend(ts, as_list(list), iterable);
}

bool set_update_star(ThreadState& ts, Value set, Value iterable) {
  WEFT_TRY_BOOL(it, obj_iter(ts, iterable));
  for (;;) {
    Value v = obj_next(ts, it);
    if (v.is_error()) return !ts.has_pending();
    if (!set_add(ts, as_set(set), v)) return false;
  }
}

bool dict_update_star(ThreadState& ts, Value dict, Value other) {
  if (!is_dict(ts, other)) {
    Value keys = obj_getattr_opt(ts, other, ts.vm->names.keys);
    if (keys.is_error()) {
      if (!ts.has_pending())
        raise(ts, ts.vm->types.TypeError, "'%s' object is not a mapping", type_name(ts, other));
      return false;
    }
  }
  return dict_update(ts, as_dict(dict), other);
}

bool dict_merge_kwargs(ThreadState& ts, Value dict, Value other, Value callable) {
  Dict* target = as_dict(dict);
  Value source = other;
  if (!is_dict(ts, other)) {
    Value keys = obj_getattr_opt(ts, other, ts.vm->names.keys);
    if (keys.is_error()) {
      if (ts.has_pending()) return false;
      WEFT_TRY_BOOL(fname, callable_display_name(ts, callable));
      raise(ts, ts.vm->types.TypeError, "%V argument after ** must be a mapping, not %T", fname,
            other);
      return false;
    }
    Dict* copy = dict_new(ts);
    if (!copy || !dict_update(ts, copy, other)) return false;
    source = Value::from_obj(copy);
  }
  size_t pos = 0;
  Value key, value;
  while (dict_next(as_dict(source), &pos, &key, &value)) {
    Value existing = dict_get(ts, target, key);
    if (!existing.is_error()) {
      WEFT_TRY_BOOL(fname, callable_display_name(ts, callable));
      raise(ts, ts.vm->types.TypeError, "%V got multiple values for keyword argument '%S'", fname,
            key);
      return false;
    }
    if (ts.has_pending() || !dict_set(ts, target, key, value)) return false;
  }
  return true;
}

Value call_function_ex(ThreadState& ts, Value callable, Value args, Value kwargs) {
  if (!args.is_obj() || args.as_obj()->type != ts.vm->types.tuple) {
    if (not_iterable(ts, args)) {
      WEFT_TRY(fname, callable_display_name(ts, callable));
      return raise(ts, ts.vm->types.TypeError, "%V argument after * must be an iterable, not %T",
                   fname, args);
    }
    args = tuple_from_iterable(ts, args);
    if (args.is_error()) return args;
  }
  Dict* kw = kwargs.is_error() || dict_size(as_dict(kwargs)) == 0 ? nullptr : as_dict(kwargs);
  if (kw) {
    size_t pos = 0;
    Value key, value;
    while (dict_next(kw, &pos, &key, &value))
      if (!is_str(ts, key)) return raise(ts, ts.vm->types.TypeError, "keywords must be strings");
  }
  return call_tuple_dict(ts, callable, as_tuple(args), kw);
}

Value make_function(ThreadState& ts, Frame* f, Value code, int flags, const Value* operands) {
  Function* fn = function_new(ts, as_code(code), f->globals);
  if (!fn) return Value::error();
  size_t i = 0;
  if (flags & MF_DEFAULTS) fn->defaults = as_tuple(operands[i++]);
  if (flags & MF_KWDEFAULTS) fn->kwdefaults = as_dict(operands[i++]);
  if (flags & MF_ANNOTATIONS) fn->annotations = as_dict(operands[i++]);
  if (flags & MF_CLOSURE) fn->closure = as_tuple(operands[i++]);
  return Value::from_obj(fn);
}

// ---- exceptions ----------------------------------------------------------------------------------

namespace {

BaseException* as_exc(Value v) { return static_cast<BaseException*>(v.as_obj()); }
bool is_unset(ThreadState& ts, Value v) { return v.is_error() || v == ts.vm->none; }

// `raise X` accepts an instance or a class (instantiated with no arguments).
Value exception_instance(ThreadState& ts, Value v, const char* message) {
  if (is_exception_instance(ts, v)) return v;
  if (is_exception_type(ts, v)) {
    WEFT_TRY(e, call0(ts, v));
    if (!is_exception_instance(ts, e))
      return raise(ts, ts.vm->types.TypeError,
                   "calling %R should have returned an instance of BaseException, not %s", v,
                   type_name(ts, e));
    return e;
  }
  return raise(ts, ts.vm->types.TypeError, "%s", message);
}

void set_context(ThreadState& ts, Value exc, bool force) {
  Value handled = ts.handled;
  if (is_unset(ts, handled) || handled == exc || !is_exception_instance(ts, exc)) return;
  BaseException* e = as_exc(exc);
  if (!force && !is_unset(ts, e->context)) return;
  // Break a cycle the new link would close; Floyd's check guards against existing cycles.
  Value o = handled, slow = handled;
  for (bool step_slow = false;; step_slow = !step_slow) {
    Value ctx = as_exc(o)->context;
    if (is_unset(ts, ctx)) break;
    if (ctx == exc) {
      as_exc(o)->context = ts.vm->none;
      break;
    }
    o = ctx;
    if (step_slow) slow = as_exc(slow)->context;
    if (o == slow) break;
  }
  e->context = handled;
}

}  // namespace

void chain_context(ThreadState& ts, Value exc) { set_context(ts, exc, false); }

bool raise_varargs(ThreadState& ts, int n, Value exc, Value cause) {
  if (n == 0) {
    if (is_unset(ts, ts.handled)) {
      raise(ts, ts.vm->types.RuntimeError, "No active exception to reraise");
      return false;
    }
    ts.pending = ts.handled;
    return true;
  }
  Value e = exception_instance(ts, exc, "exceptions must derive from BaseException");
  if (e.is_error()) return false;
  if (n == 2) {
    Value c = cause == ts.vm->none
                  ? cause
                  : exception_instance(ts, cause, "exception causes must derive from BaseException");
    if (c.is_error()) return false;
    as_exc(e)->cause = c;
    as_exc(e)->suppress_context = true;
  }
  set_context(ts, e, true);
  ts.pending = e;
  return false;
}

int exception_matches(ThreadState& ts, Value exc, Value type) {
  bool is_tuple_type = type.is_obj() && type.as_obj()->type == ts.vm->types.tuple;
  size_t n = is_tuple_type ? as_tuple(type)->size : 1;
  const Value* types = is_tuple_type ? as_tuple(type)->items : &type;
  for (size_t i = 0; i < n; i++) {
    if (!is_exception_type(ts, types[i])) {
      raise(ts, ts.vm->types.TypeError,
            "catching classes that do not inherit from BaseException is not allowed");
      return -1;
    }
  }
  Type* t = type_of(ts, exc);
  for (size_t i = 0; i < n; i++)
    if (type_is_subtype(t, static_cast<Type*>(types[i].as_obj()))) return 1;
  return 0;
}

// ---- imports -------------------------------------------------------------------------------------

Value import_name(ThreadState& ts, Frame* f, Str* name, Value fromlist, Value level) {
  int lvl = level.is_int() ? int(level.as_int()) : 0;
  return import_module(ts, name, Value::from_obj(f->globals), fromlist, lvl);
}

Value import_from(ThreadState& ts, Value module, Str* name) {
  Value v = obj_getattr_opt(ts, module, name);
  if (!v.is_error() || ts.has_pending()) return v;
  // A submodule imported but not (yet) bound as an attribute of its package.
  Value pkg = obj_getattr_opt(ts, module, ts.vm->names.__name__);
  if (pkg.is_error() && ts.has_pending()) return pkg;
  if (!pkg.is_error() && is_str(ts, pkg)) {
    WEFT_TRY(full, str_format_c(ts, "%V.%U", pkg, name));
    Value sub = dict_get(ts, ts.vm->modules, full);
    if (!sub.is_error() || ts.has_pending()) return sub;
  } else {
    pkg = str_from_cstr(ts, "<unknown module name>");
    if (pkg.is_error()) return pkg;
  }
  Value file = obj_getattr_opt(ts, module, ts.vm->names.__file__);
  if (file.is_error() && ts.has_pending()) return file;
  if (file.is_error() || !is_str(ts, file))
    return raise_import_error(ts, ts.vm->types.ImportError, pkg, Value::error(),
                              "cannot import name '%U' from %R (unknown location)", name, pkg);
  return raise_import_error(ts, ts.vm->types.ImportError, pkg, file,
                            "cannot import name '%U' from %R (%V)", name, pkg, file);
}

bool import_star(ThreadState& ts, Frame* f, Value module) {
  Dict* target = f->locals ? f->locals : f->globals;
  Value all = obj_getattr_opt(ts, module, ts.vm->names.__all__);
  if (all.is_error()) {
    if (ts.has_pending()) return false;
    WEFT_TRY_BOOL(dict, obj_getattr(ts, module, ts.vm->names.__dict__));
    if (!is_dict(ts, dict)) {
      raise(ts, ts.vm->types.ImportError, "from-import-* object has no __dict__ and no __all__");
      return false;
    }
    size_t pos = 0;
    Value key, value;
    while (dict_next(as_dict(dict), &pos, &key, &value)) {
      if (is_str(ts, key) && as_str(key)->nbytes && as_str(key)->data[0] == '_') continue;
      if (!dict_set(ts, target, key, value)) return false;
    }
    return true;
  }
  WEFT_TRY_BOOL(names, tuple_from_iterable(ts, all));
  for (size_t i = 0; i < as_tuple(names)->size; i++) {
    Value key = as_tuple(names)->items[i];
    if (!is_str(ts, key)) {
      WEFT_TRY_BOOL(modname, obj_getattr(ts, module, ts.vm->names.__name__));
      raise(ts, ts.vm->types.TypeError, "Item in %S.__all__ must be str, not %s", modname,
            type_name(ts, key));
      return false;
    }
    WEFT_TRY_BOOL(value, obj_getattr(ts, module, str_intern(ts, as_str(key))));
    if (!dict_set(ts, target, key, value)) return false;
  }
  return true;
}

// ---- odds and ends -------------------------------------------------------------------------------

bool print_expr(ThreadState& ts, Value v) {
  Str* name = intern_cstr(ts, "displayhook");
  if (!name) return false;
  Value hook = ts.vm->sys ? dict_get_str(ts.vm->sys->dict, name) : Value();
  if (hook.is_error()) {
    raise(ts, ts.vm->types.RuntimeError, "lost sys.displayhook");
    return false;
  }
  return !call1(ts, hook, v).is_error();
}

bool setup_annotations(ThreadState& ts, Frame* f) {
  Dict* target = f->locals ? f->locals : f->globals;
  if (!dict_get_str(target, ts.vm->names.__annotations__).is_error()) return true;
  Dict* d = dict_new(ts);
  return d && dict_set_str(ts, target, ts.vm->names.__annotations__, Value::from_obj(d));
}

Value load_build_class(ThreadState& ts, Frame* f) {
  Str* name = intern_cstr(ts, "__build_class__");
  if (!name) return Value::error();
  Value v = dict_get_str(f->builtins, name);
  if (v.is_error()) return raise(ts, ts.vm->types.NameError, "__build_class__ not found");
  return v;
}

namespace {

// Special-method lookup: on the type, bound to obj through the descriptor protocol.
Value lookup_special(ThreadState& ts, Value obj, Str* name) {
  Type* t = type_of(ts, obj);
  Value descr = type_lookup(ts, t, name);
  if (descr.is_error()) return descr;
  Type* dt = type_of(ts, descr);
  return dt->descr_get ? dt->descr_get(ts, descr, obj, Value::from_obj(t)) : descr;
}

}  // namespace

Value before_with(ThreadState& ts, Value mgr, Value* exit, bool async) {
  Names& n = ts.vm->names;
  const char* protocol = async ? "asynchronous context manager protocol" : "context manager protocol";
  Value enter = lookup_special(ts, mgr, async ? n.__aenter__ : n.__enter__);
  if (enter.is_error()) {
    if (!ts.has_pending())
      raise(ts, ts.vm->types.TypeError, "'%s' object does not support the %s", type_name(ts, mgr),
            protocol);
    return Value::error();
  }
  *exit = lookup_special(ts, mgr, async ? n.__aexit__ : n.__exit__);
  if (exit->is_error()) {
    if (!ts.has_pending())
      raise(ts, ts.vm->types.TypeError, "'%s' object does not support the %s (missed %s method)",
            type_name(ts, mgr), protocol, async ? "__aexit__" : "__exit__");
    return Value::error();
  }
  return call0(ts, enter);
}

Value with_exit_exception(ThreadState& ts, Value exit, Value exc) {
  Value tb = as_exc(exc)->traceback;
  Value args[3] = {Value::from_obj(type_of(ts, exc)), exc, tb.is_error() ? ts.vm->none : tb};
  return call(ts, exit, args, 3);
}

int yield_from_send(ThreadState& ts, Value iter, Value v, Value* out) {
  Vm& vm = *ts.vm;
  if (is_gen_or_coro(ts, iter)) {
    switch (generator_send(ts, static_cast<Generator*>(iter.as_obj()), v, false, out)) {
      case SendResult::Yielded: return 0;
      case SendResult::Returned: return 1;
      case SendResult::Error: return -1;
    }
  }
  // iternext directly: obj_next would drop the value of a StopIteration(value).
  UnaryFn next = type_of(ts, iter)->iternext;
  Value r = v != vm.none ? call_method(ts, iter, vm.names.send, &v, 1)
            : next       ? next(ts, iter)
                         : obj_next(ts, iter);
  if (!r.is_error()) {
    *out = r;
    return 0;
  }
  if (!ts.has_pending()) {
    *out = vm.none;
    return 1;
  }
  if (!pending_matches(ts, vm.types.StopIteration)) return -1;
  Tuple* args = as_exc(take_pending(ts))->args;
  *out = args && args->size ? args->items[0] : vm.none;
  return 1;
}

bool load_method(ThreadState& ts, Value obj, Str* name, Value* meth, Value* self) {
  Type* t = type_of(ts, obj);
  if (t->getattr == generic_getattr) {
    Value d = type_lookup(ts, t, name);
    if (d.is_obj()) {
      Type* dt = d.as_obj()->type;
      bool plain = dt == ts.vm->types.function ||
                   (dt == ts.vm->types.method_descriptor &&
                    static_cast<MethodDescriptor*>(d.as_obj())->def->flags == 0);
      if (plain) {
        Dict* idict = (t->tflags & TF_HAS_DICT) ? instance_dict(ts, obj) : nullptr;
        if (!idict || dict_get_str(idict, name).is_error()) {
          *meth = d;
          *self = obj;
          return true;
        }
      }
    }
  }
  *meth = obj_getattr(ts, obj, name);
  *self = Value();
  return !meth->is_error();
}

}  // namespace weft
