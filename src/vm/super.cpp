// super(): an object that looks attributes up on the MRO of its instance's type, starting after
// a given class. Zero-argument super() takes the class from the calling function's __class__
// cell and the instance from its first argument (current_super_args, vm/frame.cpp).
#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "vm/classes.hpp"
#include "vm/frame.hpp"

namespace weft {

namespace {

struct Super : Object {
  Type* type;      // the class after which the lookup starts
  Value obj;       // the bound instance or class; error() for an unbound super
  Type* obj_type;  // the type whose MRO is searched (nullptr when unbound)
};

Super* as_super(Value v) { return static_cast<Super*>(v.as_obj()); }

bool is_type(ThreadState& ts, Value v) {
  return v.is_obj() && (type_of(ts, v)->tflags & TF_TYPE_SUBCLASS);
}

// The type whose MRO super(type, obj) searches: obj itself when it is a subclass, else its type
// (or its __class__, for proxies).
Type* supercheck(ThreadState& ts, Type* type, Value obj) {
  if (is_type(ts, obj) && type_is_subtype(static_cast<Type*>(obj.as_obj()), type)) {
    return static_cast<Type*>(obj.as_obj());
  }
  Type* t = type_of(ts, obj);
  if (type_is_subtype(t, type)) return t;
  Value cls = obj_getattr_opt(ts, obj, ts.vm->names.__class__);
  if (cls.is_error() && ts.has_pending()) return nullptr;
  if (is_type(ts, cls) && cls.as_obj() != t && type_is_subtype(static_cast<Type*>(cls.as_obj()), type)) {
    return static_cast<Type*>(cls.as_obj());
  }
  raise(ts, ts.vm->types.TypeError,
        "super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).",
        type_cname(t), type_cname(type));
  return nullptr;
}

// Raw lookup on obj_type's MRO after `start` (no binding); error() with nothing pending if absent.
Value mro_after(Type* start, Type* obj_type, Str* name) {
  Tuple* mro = obj_type->mro;
  size_t i = 0;
  while (i < mro->size && mro->items[i].as_obj() != start) i++;
  for (i++; i < mro->size; i++) {
    Value v = dict_get_str(static_cast<Type*>(mro->items[i].as_obj())->dict, name);
    if (!v.is_error()) return v;
  }
  return Value::error();
}

Value super_new(ThreadState& ts, Type* type, const Value*, size_t, Tuple*) {
  size_t size = type->basic_size > sizeof(Super) ? type->basic_size : sizeof(Super);
  Object* o = gc_alloc(ts, type, size);
  return o ? Value::from_obj(o) : Value::error();
}

bool super_init(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_no_kwargs(ts, "super", kwnames)) return false;
  if (nargs > 2) {
    raise(ts, ts.vm->types.TypeError, "super() expected at most 2 arguments, got %zu", nargs);
    return false;
  }
  Value type, obj;
  if (nargs == 0) {
    if (!current_super_args(ts, &type, &obj)) return false;
  } else {
    type = args[0];
    obj = nargs == 2 && args[1] != ts.vm->none ? args[1] : Value();
  }
  if (!is_type(ts, type)) {
    raise(ts, ts.vm->types.TypeError, "super() argument 1 must be a type, not %s",
          type_name(ts, type));
    return false;
  }
  Type* start = static_cast<Type*>(type.as_obj());
  Type* obj_type = nullptr;
  if (!obj.is_error() && !(obj_type = supercheck(ts, start, obj))) return false;
  Super* s = as_super(self);
  s->type = start;
  s->obj = obj;
  s->obj_type = obj_type;
  return true;
}

Value super_getattr(ThreadState& ts, Value self, Str* name) {
  Super* s = as_super(self);
  if (s->obj_type && !str_equal(name, ts.vm->names.__class__)) {
    Value r = super_lookup(ts, s->type, s->obj, s->obj_type, name);
    if (!r.is_error() || ts.has_pending()) return r;
  }
  return generic_getattr(ts, self, name);
}

// super(B).__get__(obj) binds an unbound super.
Value super_descr_get(ThreadState& ts, Value self, Value obj, Value) {
  Super* s = as_super(self);
  if (obj.is_error() || obj == ts.vm->none || !s->obj.is_error()) return self;
  Value args[2] = {Value::from_obj(s->type), obj};
  return call(ts, Value::from_obj(type_of(ts, self)), args, 2);
}

Value super_repr(ThreadState& ts, Value self) {
  Super* s = as_super(self);
  if (!s->obj_type) return str_format_c(ts, "<super: <class '%s'>, NULL>", type_cname(s->type));
  return str_format_c(ts, "<super: <class '%s'>, <%s object>>", type_cname(s->type),
                      type_cname(s->obj_type));
}

void super_trace(Object* o, Tracer& t) {
  auto s = static_cast<Super*>(o);
  t.visit(s->type);
  t.visit(s->obj);
  t.visit(s->obj_type);
}

Value or_none(ThreadState& ts, Value v) { return v.is_error() ? ts.vm->none : v; }
Value get_thisclass(ThreadState& ts, Value self) {
  Type* t = as_super(self)->type;
  return t ? Value::from_obj(t) : ts.vm->none;
}
Value get_self(ThreadState& ts, Value self) { return or_none(ts, as_super(self)->obj); }
Value get_self_class(ThreadState& ts, Value self) {
  Type* t = as_super(self)->obj_type;
  return t ? Value::from_obj(t) : ts.vm->none;
}

const GetSetDef SUPER_GETSETS[] = {
    {"__thisclass__", get_thisclass, nullptr},
    {"__self__", get_self, nullptr},
    {"__self_class__", get_self_class, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

Value super_lookup(ThreadState& ts, Type* start, Value obj, Type* obj_type, Str* name) {
  Value r = mro_after(start, obj_type, name);
  if (r.is_error() || !r.is_obj()) return r;
  DescrGetFn get = r.as_obj()->type->descr_get;
  if (!get) return r;
  // Reading through a class binds with no instance, so functions stay plain.
  Value instance = obj.is_obj() && obj.as_obj() == obj_type ? Value() : obj;
  return get(ts, r, instance, Value::from_obj(obj_type));
}

void classes_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  types.type->new_ = type_new;
  types.type->init = type_init;
  Type* s = types.super_;
  s->basic_size = sizeof(Super);
  s->trace = super_trace;
  s->new_ = super_new;
  s->init = super_init;
  s->getattr = super_getattr;
  s->descr_get = super_descr_get;
  s->repr = super_repr;
  static_cast<void>(type_add_getsets(ts, s, SUPER_GETSETS));
}

}  // namespace weft
