// wrapper_descriptor and method-wrapper: calling a built-in type's slot function from Python
// (`int.__add__(1, 2)`, `object.__init__(self)`, `super().__getitem__(i)`), with CPython's
// argument checks and reprs; and `T.__new__`, which checks that the type it is asked to build
// derives from T and may safely use T's allocator.
#include "object/slot_wrapper.hpp"

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

WrapperDescriptor* as_wrapper(Value v) { return static_cast<WrapperDescriptor*>(v.as_obj()); }
MethodWrapper* as_method_wrapper(Value v) { return static_cast<MethodWrapper*>(v.as_obj()); }
Str* wrapper_name(ThreadState& ts, const WrapperDescriptor* w) { return ts.vm->names.*(w->def->name); }

template <class Fn>
Fn fn_as(const WrapperDescriptor* w) {
  return reinterpret_cast<Fn>(w->fn);
}

// CPython's check_num_args: "expected 1 argument, got 0".
bool check_args(ThreadState& ts, size_t nargs, size_t want) {
  if (nargs == want) return true;
  raise(ts, ts.vm->types.TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s",
        nargs);
  return false;
}

// Wrappers of two-argument slots unpack like PyArg_UnpackTuple with an empty name, so CPython's
// messages start with a space: " expected 2 arguments, got 1".
bool unpack_args(ThreadState& ts, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  bool few = nargs < min;
  size_t bound = few ? min : max;
  raise(ts, ts.vm->types.TypeError, " expected %s%zu argument%s, got %zu",
        min == max ? "" : few ? "at least " : "at most ", bound, bound == 1 ? "" : "s", nargs);
  return false;
}

Value none_or_error(ThreadState& ts, bool ok) { return ok ? ts.vm->none : Value::error(); }

Value wrap_descr_get(ThreadState& ts, const WrapperDescriptor* w, Value self, const Value* args,
                     size_t nargs) {
  if (!unpack_args(ts, nargs, 1, 2)) return Value::error();
  Value obj = args[0] == ts.vm->none ? Value() : args[0];
  Value type = nargs == 2 && args[1] != ts.vm->none ? args[1] : Value();
  if (obj.is_error() && type.is_error()) {
    return raise(ts, ts.vm->types.TypeError, "__get__(None, None) is invalid");
  }
  return fn_as<DescrGetFn>(w)(ts, self, obj, type);
}

// `mod` of pow(a, b, mod) through int.__pow__; other types have binary-only power slots.
Value wrap_pow(ThreadState& ts, const WrapperDescriptor* w, Value a, Value b, const Value* mod) {
  if (!mod || *mod == ts.vm->none) return fn_as<BinaryFn>(w)(ts, a, b);
  if (is_int_like(ts, a) && is_int_like(ts, b) && is_int_like(ts, *mod)) {
    return int_pow(ts, a, b, *mod);
  }
  return ts.vm->not_implemented;
}

Value wrap_binary(ThreadState& ts, const WrapperDescriptor* w, Value self, const Value* args,
                  size_t nargs) {
  bool left = w->def->wrap == WrapKind::BINARY_L;
  if ((w->def->slot == SlotId::BINARY || w->def->slot == SlotId::INPLACE) && w->def->op == BIN_POW) {
    if (!unpack_args(ts, nargs, 1, 2)) return Value::error();
    const Value* mod = nargs == 2 ? &args[1] : nullptr;
    return left ? wrap_pow(ts, w, self, args[0], mod) : wrap_pow(ts, w, args[0], self, mod);
  }
  if (!check_args(ts, nargs, 1)) return Value::error();
  return left ? fn_as<BinaryFn>(w)(ts, self, args[0]) : fn_as<BinaryFn>(w)(ts, args[0], self);
}

// The attribute name, interned (the attribute slots compare names by identity); nullptr on error.
Str* name_arg(ThreadState& ts, Value v) {
  if (!is_str(ts, v)) {
    raise(ts, ts.vm->types.TypeError, "attribute name must be string, not '%s'", type_name(ts, v));
    return nullptr;
  }
  return str_intern(ts, as_str(v));
}

// object.__setattr__(int, 'x', 1) must not bypass type's own __setattr__ (CPython's hackcheck).
bool setattr_applies(ThreadState& ts, const WrapperDescriptor* w, Value self) {
  Type* t = type_of(ts, self);
  if (!(t->tflags & TF_TYPE_SUBCLASS) || w->owner->tflags & TF_TYPE_SUBCLASS) return true;
  raise(ts, ts.vm->types.TypeError, "can't apply this %s to %s object",
        w->def->wrap == WrapKind::SETATTR ? "__setattr__" : "__delattr__", type_name(ts, self));
  return false;
}

Value wrap_attr(ThreadState& ts, const WrapperDescriptor* w, Value self, const Value* args,
                size_t nargs) {
  WrapKind kind = w->def->wrap;
  if (kind == WrapKind::SETATTR ? !unpack_args(ts, nargs, 2, 2) : !check_args(ts, nargs, 1)) {
    return Value::error();
  }
  Str* name = name_arg(ts, args[0]);
  if (!name) return Value::error();
  if (kind == WrapKind::GETATTR) return fn_as<GetAttrFn>(w)(ts, self, name);
  if (!setattr_applies(ts, w, self)) return Value::error();
  Value value = kind == WrapKind::SETATTR ? args[1] : Value();
  return none_or_error(ts, fn_as<SetAttrFn>(w)(ts, self, name, value));
}

Value wrap_hash(ThreadState& ts, const WrapperDescriptor* w, Value self) {
  intptr_t h;
  if (!fn_as<HashFn>(w)(ts, self, &h)) return Value::error();
  return int_from_i64(ts, h);
}

Value wrap_len(ThreadState& ts, const WrapperDescriptor* w, Value self) {
  size_t n;
  if (!fn_as<LenFn>(w)(ts, self, &n)) return Value::error();
  return int_from_u64(ts, n);
}

Value wrap_next(ThreadState& ts, const WrapperDescriptor* w, Value self) {
  Value r = fn_as<UnaryFn>(w)(ts, self);
  if (r.is_error() && !ts.has_pending()) {
    return raise_value(ts, Value::from_obj(ts.vm->types.StopIteration));
  }
  return r;
}

Value truth_result(ThreadState& ts, int r) { return r < 0 ? Value::error() : boolean(ts, r); }

// Wrappers that take a fixed number of positional arguments.
Value wrap_fixed(ThreadState& ts, const WrapperDescriptor* w, Value self, const Value* args,
                 size_t nargs) {
  switch (w->def->wrap) {
    case WrapKind::UNARY:
      if (!check_args(ts, nargs, 0)) return Value::error();
      return fn_as<UnaryFn>(w)(ts, self);
    case WrapKind::HASH:
      return check_args(ts, nargs, 0) ? wrap_hash(ts, w, self) : Value::error();
    case WrapKind::LEN:
      return check_args(ts, nargs, 0) ? wrap_len(ts, w, self) : Value::error();
    case WrapKind::NEXT:
      return check_args(ts, nargs, 0) ? wrap_next(ts, w, self) : Value::error();
    case WrapKind::INQUIRY:
      if (!check_args(ts, nargs, 0)) return Value::error();
      return truth_result(ts, fn_as<BoolFn>(w)(ts, self));
    case WrapKind::RICHCMP:
      if (!check_args(ts, nargs, 1)) return Value::error();
      return fn_as<RichCmpFn>(w)(ts, self, args[0], w->def->op);
    case WrapKind::CONTAINS:
      if (!check_args(ts, nargs, 1)) return Value::error();
      return truth_result(ts, fn_as<ContainsFn>(w)(ts, self, args[0]));
    case WrapKind::SETITEM:
      if (!unpack_args(ts, nargs, 2, 2)) return Value::error();
      return none_or_error(ts, fn_as<SetItemFn>(w)(ts, self, args[0], args[1]));
    case WrapKind::DELITEM:
      if (!check_args(ts, nargs, 1)) return Value::error();
      return none_or_error(ts, fn_as<SetItemFn>(w)(ts, self, args[0], Value()));
    case WrapKind::DESCR_SET:
      if (!unpack_args(ts, nargs, 2, 2)) return Value::error();
      return none_or_error(ts, fn_as<DescrSetFn>(w)(ts, self, args[0], args[1]));
    case WrapKind::DESCR_DELETE:
      if (!check_args(ts, nargs, 1)) return Value::error();
      return none_or_error(ts, fn_as<DescrSetFn>(w)(ts, self, args[0], Value()));
    case WrapKind::DESCR_GET:
      return wrap_descr_get(ts, w, self, args, nargs);
    case WrapKind::GETATTR:
    case WrapKind::SETATTR:
    case WrapKind::DELATTR:
      return wrap_attr(ts, w, self, args, nargs);
    default:
      return wrap_binary(ts, w, self, args, nargs);
  }
}

// Calls the slot of `w` for `self` (already checked to be an instance of the owner).
Value wrapper_invoke(ThreadState& ts, const WrapperDescriptor* w, Value self, const Value* args,
                     size_t nargs, Tuple* kwnames) {
  if (w->def->wrap == WrapKind::CALL) return fn_as<CallFn>(w)(ts, self, args, nargs, kwnames);
  if (w->def->wrap == WrapKind::INIT) {
    return none_or_error(ts, fn_as<InitFn>(w)(ts, self, args, nargs, kwnames));
  }
  if (kwnames && kwnames->size) {
    return raise(ts, ts.vm->types.TypeError, "wrapper %U() takes no keyword arguments",
                 wrapper_name(ts, w));
  }
  if (!stack_check(ts)) return Value::error();
  return wrap_fixed(ts, w, self, args, nargs);
}

bool check_self(ThreadState& ts, const WrapperDescriptor* w, Value self) {
  if (is_instance(ts, self, w->owner)) return true;
  raise(ts, ts.vm->types.TypeError, "descriptor '%U' requires a '%s' object but received a '%s'",
        wrapper_name(ts, w), type_cname(w->owner), type_name(ts, self));
  return false;
}

// ---- wrapper_descriptor -------------------------------------------------------------------------

Value wrapper_call(ThreadState& ts, Value callable, const Value* args, size_t nargs,
                   Tuple* kwnames) {
  WrapperDescriptor* w = as_wrapper(callable);
  if (nargs == 0) {
    return raise(ts, ts.vm->types.TypeError, "descriptor '%U' of '%s' object needs an argument",
                 wrapper_name(ts, w), type_cname(w->owner));
  }
  if (!check_self(ts, w, args[0])) return Value::error();
  return wrapper_invoke(ts, w, args[0], args + 1, nargs - 1, kwnames);
}

Value wrapper_descr_get(ThreadState& ts, Value descr, Value obj, Value) {
  if (obj.is_error()) return descr;
  WrapperDescriptor* w = as_wrapper(descr);
  if (!check_self(ts, w, obj)) return Value::error();
  auto m = gc_new<MethodWrapper>(ts, ts.vm->types.method_wrapper);
  if (!m) return Value::error();
  m->descr = w;
  m->self = obj;
  return Value::from_obj(m);
}

Value wrapper_repr(ThreadState& ts, Value v) {
  WrapperDescriptor* w = as_wrapper(v);
  return str_format_c(ts, "<slot wrapper '%U' of '%s' objects>", wrapper_name(ts, w),
                      type_cname(w->owner));
}

void wrapper_trace(Object* o, Tracer& t) { t.visit(static_cast<WrapperDescriptor*>(o)->owner); }

Value wrapper_get_name(ThreadState& ts, Value v) {
  return Value::from_obj(wrapper_name(ts, as_wrapper(v)));
}
Value wrapper_get_qualname(ThreadState& ts, Value v) {
  return str_format_c(ts, "%s.%U", type_cname(as_wrapper(v)->owner), wrapper_name(ts, as_wrapper(v)));
}
Value wrapper_get_objclass(ThreadState&, Value v) { return Value::from_obj(as_wrapper(v)->owner); }
Value wrapper_get_doc(ThreadState& ts, Value) { return ts.vm->none; }

const GetSetDef WRAPPER_GETSETS[] = {
    {"__name__", wrapper_get_name, nullptr},
    {"__qualname__", wrapper_get_qualname, nullptr},
    {"__objclass__", wrapper_get_objclass, nullptr},
    {"__doc__", wrapper_get_doc, nullptr},
    {nullptr, nullptr, nullptr},
};

// ---- method-wrapper -----------------------------------------------------------------------------

Value method_wrapper_call(ThreadState& ts, Value callable, const Value* args, size_t nargs,
                          Tuple* kwnames) {
  MethodWrapper* m = as_method_wrapper(callable);
  return wrapper_invoke(ts, m->descr, m->self, args, nargs, kwnames);
}

Value method_wrapper_repr(ThreadState& ts, Value v) {
  MethodWrapper* m = as_method_wrapper(v);
  return str_format_c(ts, "<method-wrapper '%U' of %s object at %p>", wrapper_name(ts, m->descr),
                      type_name(ts, m->self), m->self.as_obj());
}

// Equal when they wrap the same slot of the same object (`x.__eq__ == x.__eq__`).
Value method_wrapper_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || type_of(ts, b) != ts.vm->types.method_wrapper) {
    return ts.vm->not_implemented;
  }
  MethodWrapper* x = as_method_wrapper(a);
  MethodWrapper* y = as_method_wrapper(b);
  bool eq = x->descr == y->descr && x->self == y->self;
  return boolean(ts, op == CMP_EQ ? eq : !eq);
}

bool method_wrapper_hash(ThreadState& ts, Value v, intptr_t* out) {
  MethodWrapper* m = as_method_wrapper(v);
  intptr_t self_hash;
  if (!obj_hash(ts, m->self, &self_hash)) return false;
  intptr_t h = self_hash ^ intptr_t(reinterpret_cast<uintptr_t>(m->descr) >> 4);
  *out = h == -1 ? -2 : h;
  return true;
}

void method_wrapper_trace(Object* o, Tracer& t) {
  auto m = static_cast<MethodWrapper*>(o);
  t.visit(m->descr);
  t.visit(m->self);
}

Value mw_get_name(ThreadState& ts, Value v) {
  return Value::from_obj(wrapper_name(ts, as_method_wrapper(v)->descr));
}
Value mw_get_qualname(ThreadState& ts, Value v) {
  WrapperDescriptor* w = as_method_wrapper(v)->descr;
  return str_format_c(ts, "%s.%U", type_cname(w->owner), wrapper_name(ts, w));
}
Value mw_get_self(ThreadState&, Value v) { return as_method_wrapper(v)->self; }
Value mw_get_objclass(ThreadState&, Value v) {
  return Value::from_obj(as_method_wrapper(v)->descr->owner);
}

const GetSetDef METHOD_WRAPPER_GETSETS[] = {
    {"__name__", mw_get_name, nullptr},          {"__qualname__", mw_get_qualname, nullptr},
    {"__self__", mw_get_self, nullptr},          {"__objclass__", mw_get_objclass, nullptr},
    {"__doc__", wrapper_get_doc, nullptr},       {nullptr, nullptr, nullptr},
};

// ---- T.__new__ ----------------------------------------------------------------------------------

// The nearest base of `sub` whose instances are not built by a class's own __new__: the type
// whose allocator a __new__ call for `sub` ends in.
Type* static_base(Type* sub) {
  Type* t = sub;
  while (t && (t->tflags & TF_HEAPTYPE)) t = t->base;
  return t;
}

Value new_wrapper_call(ThreadState& ts, Value self, const Value* args, size_t nargs,
                       Tuple* kwnames) {
  Type* owner = static_cast<Type*>(self.as_obj());
  const char* name = type_cname(owner);
  if (nargs < 1) return raise(ts, ts.vm->types.TypeError, "%s.__new__(): not enough arguments", name);
  Value arg = args[0];
  if (!(type_of(ts, arg)->tflags & TF_TYPE_SUBCLASS)) {
    return raise(ts, ts.vm->types.TypeError, "%s.__new__(X): X is not a type object (%s)", name,
                 type_name(ts, arg));
  }
  Type* sub = static_cast<Type*>(arg.as_obj());
  if (!type_is_subtype(sub, owner)) {
    return raise(ts, ts.vm->types.TypeError, "%s.__new__(%s): %s is not a subtype of %s", name,
                 type_cname(sub), type_cname(sub), name);
  }
  Type* base = static_base(sub);
  if (base && base->new_ != owner->new_) {
    return raise(ts, ts.vm->types.TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", name,
                 type_cname(sub), type_cname(base));
  }
  return owner->new_(ts, sub, args + 1, nargs - 1, kwnames);
}

const MethodDef NEW_WRAPPER_DEF = {"__new__", new_wrapper_call, 0,
                                   "Create and return a new object.  See help(type) for accurate "
                                   "signature."};

}  // namespace

Value wrapper_descriptor_new(ThreadState& ts, const SlotDef* def, Type* owner, AnyFn fn) {
  auto w = gc_new<WrapperDescriptor>(ts, ts.vm->types.wrapper_descriptor);
  if (!w) return Value::error();
  w->def = def;
  w->owner = owner;
  w->fn = fn;
  return Value::from_obj(w);
}

Value new_wrapper_new(ThreadState& ts, Type* owner) {
  return native_function_new(ts, &NEW_WRAPPER_DEF, Value::from_obj(owner), ts.vm->none);
}

Type* new_wrapper_owner(ThreadState& ts, Value v) {
  if (!v.is_obj() || v.as_obj()->type != ts.vm->types.native_function) return nullptr;
  auto f = static_cast<NativeFunction*>(v.as_obj());
  return f->def == &NEW_WRAPPER_DEF ? static_cast<Type*>(f->self.as_obj()) : nullptr;
}

void slot_wrapper_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* w = types.wrapper_descriptor;
  w->basic_size = sizeof(WrapperDescriptor);
  w->trace = wrapper_trace;
  w->call = wrapper_call;
  w->descr_get = wrapper_descr_get;
  w->repr = wrapper_repr;
  if (!type_add_getsets(ts, w, WRAPPER_GETSETS)) return;

  Type* m = types.method_wrapper;
  m->basic_size = sizeof(MethodWrapper);
  m->trace = method_wrapper_trace;
  m->call = method_wrapper_call;
  m->repr = method_wrapper_repr;
  m->richcompare = method_wrapper_richcompare;
  m->hash = method_wrapper_hash;
  static_cast<void>(type_add_getsets(ts, m, METHOD_WRAPPER_GETSETS));
}

}  // namespace weft
