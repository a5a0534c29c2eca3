// Type objects: creating built-in types, readying them (C3 MRO, slot inheritance, names) and the
// slots of `type` itself: repr, call (new + init), attribute access on classes.
#include "object/type.hpp"

#include <atomic>
#include <cstring>
#include <vector>

#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

// Built-in types answer with their full C name ("collections.deque"), as CPython's tp_name does in
// messages; classes with their current __name__.
const char* type_cname(const Type* type) {
  if (type->cname && !(type->tflags & TF_HEAPTYPE)) return type->cname;
  return type->name ? type->name->data : type->cname;
}

Type* type_new_builtin(ThreadState& ts, const char* name, Type* base, TypeKind kind,
                       size_t basic_size, uint32_t tflags) {
  Type* t = gc_new<Type>(ts, ts.vm->types.type);
  if (!t) return nullptr;
  t->kind = kind;
  t->cname = name;
  t->tflags = tflags;
  t->base = base;
  t->basic_size = uint32_t(basic_size);
  t->dict = dict_new(ts);
  if (!t->dict || !type_ready(ts, t)) return nullptr;
  return t;
}

bool type_is_subtype(Type* a, Type* b) {
  if (a == b) return true;
  if (Tuple* mro = a->mro) {
    for (size_t i = 0; i < mro->size; i++) {
      if (mro->items[i].as_obj() == b) return true;
    }
    return false;
  }
  for (Type* t = a->base; t; t = t->base) {
    if (t == b) return true;
  }
  return false;
}

namespace {

// ---- C3 linearisation ---------------------------------------------------------------------------
// The vectors hold types that stay reachable from `type->bases` (a local) throughout.
using TypeSeq = std::vector<Type*>;

bool seq_tail_contains(const TypeSeq& s, size_t head, Type* t) {
  for (size_t i = head + 1; i < s.size(); i++) {
    if (s[i] == t) return true;
  }
  return false;
}

Value mro_error(ThreadState& ts, const std::vector<TypeSeq>& seqs, const std::vector<size_t>& at) {
  StrBuf names(ts);
  TypeSeq seen;
  for (size_t i = 0; i < seqs.size(); i++) {
    if (at[i] >= seqs[i].size()) continue;
    Type* t = seqs[i][at[i]];
    bool dup = false;
    for (Type* s : seen) dup |= s == t;
    if (dup) continue;
    if (!seen.empty()) names.append(", ");
    names.append(type_cname(t), strlen(type_cname(t)));
    seen.push_back(t);
  }
  WEFT_TRY(text, names.finish());
  return raise(ts, ts.vm->types.TypeError,
               "Cannot create a consistent method resolution order (MRO) for bases %V", text);
}

// merge(L[B1], ..., L[Bn], [B1, ..., Bn]) as in Python 2.3's C3 description.
bool c3_merge(ThreadState& ts, std::vector<TypeSeq>& seqs, TypeSeq& out) {
  std::vector<size_t> at(seqs.size(), 0);
  for (;;) {
    Type* candidate = nullptr;
    bool any_left = false;
    for (size_t i = 0; i < seqs.size() && !candidate; i++) {
      if (at[i] >= seqs[i].size()) continue;
      any_left = true;
      Type* head = seqs[i][at[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; j++) {
        in_tail = at[j] < seqs[j].size() && seq_tail_contains(seqs[j], at[j], head);
      }
      if (!in_tail) candidate = head;
    }
    if (!any_left) return true;
    if (!candidate) {
      mro_error(ts, seqs, at);
      return false;
    }
    out.push_back(candidate);
    for (size_t i = 0; i < seqs.size(); i++) {
      if (at[i] < seqs[i].size() && seqs[i][at[i]] == candidate) at[i]++;
    }
  }
}

bool compute_mro(ThreadState& ts, Type* type) {
  Tuple* bases = type->bases;
  TypeSeq out{type};
  std::vector<TypeSeq> seqs;
  TypeSeq direct;
  for (size_t i = 0; i < bases->size; i++) {
    Type* b = static_cast<Type*>(bases->items[i].as_obj());
    Tuple* bm = b->mro;
    TypeSeq s;
    for (size_t j = 0; j < bm->size; j++) s.push_back(static_cast<Type*>(bm->items[j].as_obj()));
    seqs.push_back(std::move(s));
    direct.push_back(b);
  }
  seqs.push_back(direct);
  if (!c3_merge(ts, seqs, out)) return false;
  Tuple* mro = tuple_alloc(ts, out.size());
  if (!mro) return false;
  for (size_t i = 0; i < out.size(); i++) mro->items[i] = Value::from_obj(out[i]);
  type->mro = mro;
  return true;
}

// ---- slot inheritance ---------------------------------------------------------------------------
constexpr uint32_t INHERITED_FLAGS = TF_HAS_DICT | TF_DICT_AFTER_ITEMS | TF_INT_SUBCLASS | TF_STR_SUBCLASS |
                                     TF_BYTES_SUBCLASS | TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS |
                                     TF_DICT_SUBCLASS | TF_EXC_SUBCLASS | TF_TYPE_SUBCLASS |
                                     TF_SEQUENCE | TF_MAPPING | TF_MATCH_SELF;

// Every slot the subtype leaves null comes from `b`, except as CPython does it: hash and
// richcompare only as a pair (a type that defines == without hash stays unhashable), and a static
// type directly under object that defines no __new__ cannot be instantiated.
// A class's slots may be rewritten (slot_set, atomically) while a subclass is readied from them.
template <class F>
F read_slot(const F& field) {
  return std::atomic_ref<F>(const_cast<F&>(field)).load(std::memory_order_relaxed);
}

void inherit_slots(Type* t, const Type* b) {
#define WEFT_INHERIT(slot) \
  if (!t->slot) t->slot = read_slot(b->slot)
  WEFT_INHERIT(basic_size);
  WEFT_INHERIT(trace);
  WEFT_INHERIT(repr);
  WEFT_INHERIT(str);
  WEFT_INHERIT(getattr);
  WEFT_INHERIT(setattr);
  WEFT_INHERIT(call);
  WEFT_INHERIT(iter);
  WEFT_INHERIT(iternext);
  WEFT_INHERIT(descr_get);
  WEFT_INHERIT(descr_set);
  WEFT_INHERIT(init);
  WEFT_INHERIT(neg);
  WEFT_INHERIT(pos);
  WEFT_INHERIT(invert);
  WEFT_INHERIT(abs_);
  WEFT_INHERIT(bool_);
  WEFT_INHERIT(to_int);
  WEFT_INHERIT(to_float);
  WEFT_INHERIT(index);
  WEFT_INHERIT(len);
  WEFT_INHERIT(getitem);
  WEFT_INHERIT(setitem);
  WEFT_INHERIT(contains);
#undef WEFT_INHERIT
  for (int op = 0; op < BIN_COUNT; op++) {
    if (!t->binary[op]) t->binary[op] = read_slot(b->binary[op]);
    if (!t->inplace[op]) t->inplace[op] = read_slot(b->inplace[op]);
  }
  if (!t->hash && !t->richcompare) {
    t->hash = read_slot(b->hash);
    t->richcompare = read_slot(b->richcompare);
  }
  bool static_under_object = !(t->tflags & TF_HEAPTYPE) && t->base && !t->base->base;
  if (!t->new_ && !static_under_object) t->new_ = read_slot(b->new_);
  if (!t->dict_offset && (b->tflags & TF_HAS_DICT)) t->dict_offset = b->dict_offset;
  t->tflags |= b->tflags & INHERITED_FLAGS;
}

// A dotted C name ("types.SimpleNamespace") gives __module__ and a short __name__, as tp_name.
bool set_builtin_names(ThreadState& ts, Type* type) {
  const char* dot = strrchr(type->cname, '.');
  const char* short_name = dot ? dot + 1 : type->cname;
  type->name = intern_cstr(ts, short_name);
  if (!type->name) return false;
  type->qualname = type->name;
  if (!dot) return true;
  WEFT_TRY_BOOL(module, str_new(ts, type->cname, size_t(dot - type->cname)));
  return dict_set_str(ts, type->dict, ts.vm->names.__module__, module);
}

bool ready_bases(ThreadState& ts, Type* type) {
  if (!type->bases) {
    Value only = Value::from_obj(type->base);
    WEFT_TRY_BOOL(bases, type->base ? tuple_new(ts, &only, 1) : ts.vm->empty_tuple);
    type->bases = as_tuple(bases);
  }
  if (!type->base && type->bases->size > 0) {
    type->base = static_cast<Type*>(type->bases->items[0].as_obj());
  }
  for (size_t i = 0; i < type->bases->size; i++) {
    if (!type_ready(ts, static_cast<Type*>(type->bases->items[i].as_obj()))) return false;
  }
  return true;
}

}  // namespace

bool type_ready(ThreadState& ts, Type* type) {
  if (type->mro) return true;
  if (!type->dict && !(type->dict = dict_new(ts))) return false;
  if (!ready_bases(ts, type)) return false;
  if (!type->name && !set_builtin_names(ts, type)) return false;
  if (!compute_mro(ts, type)) return false;
  for (size_t i = 1; i < type->mro->size; i++) {
    inherit_slots(type, static_cast<Type*>(type->mro->items[i].as_obj()));
  }
  // Classes are cached too: a change to a class retags its subclasses (class_dict_store).
  type->version = type_next_version(*ts.vm);
  return true;
}

// ---- the `type` type ----------------------------------------------------------------------------

Value type_module(ThreadState& ts, Type* t) {
  if (!t->dict) return Value::error();
  Value m = dict_get_str(t->dict, ts.vm->names.__module__);
  if (m.is_error() || !is_str(ts, m) || str_equal_cstr(as_str(m), "builtins")) {
    return Value::error();
  }
  return m;
}

namespace {

Type* as_type(Value v) { return static_cast<Type*>(v.as_obj()); }

void type_trace(Object* o, Tracer& t) {
  Type* type = static_cast<Type*>(o);
  t.visit(type->name);
  t.visit(type->qualname);
  t.visit(type->base);
  t.visit(type->bases);
  t.visit(type->mro);
  t.visit(type->dict);
}

Value type_repr(ThreadState& ts, Value self) {
  Type* t = as_type(self);
  Value module = type_module(ts, t);
  Value qualname = t->qualname ? Value::from_obj(t->qualname) : Value::error();
  if (qualname.is_error()) return str_format_c(ts, "<class '%s'>", type_cname(t));
  if (module.is_error()) return str_format_c(ts, "<class '%V'>", qualname);
  return str_format_c(ts, "<class '%V.%V'>", module, qualname);
}

Value type_call(ThreadState& ts, Value callable, const Value* args, size_t nargs,
                Tuple* kwnames) {
  Type* t = as_type(callable);
  bool no_kw = !kwnames || kwnames->size == 0;
  if (t == ts.vm->types.type) {
    if (nargs == 1 && no_kw) return Value::from_obj(type_of(ts, args[0]));
    if (nargs != 3) return raise(ts, ts.vm->types.TypeError, "type() takes 1 or 3 arguments");
  }
  if (!t->new_) {
    return raise(ts, ts.vm->types.TypeError, "cannot create '%s' instances", type_cname(t));
  }
  WEFT_TRY(obj, t->new_(ts, t, args, nargs, kwnames));
  Type* made = type_of(ts, obj);
  if (!type_is_subtype(made, t) || !made->init) return obj;
  if (!made->init(ts, obj, args, nargs, kwnames)) return Value::error();
  return obj;
}

// Attribute access on a class: data descriptors of the metatype, then the class's own MRO
// (binding with no instance), then the metatype's other attributes.
Value type_getattr(ThreadState& ts, Value self, Str* name) {
  Type* t = as_type(self);
  Type* meta = type_of(ts, self);
  Value meta_attr = type_lookup(ts, meta, name);
  DescrGetFn meta_get = nullptr;
  if (meta_attr.is_obj()) {
    Type* mt = meta_attr.as_obj()->type;
    meta_get = mt->descr_get;
    if (meta_get && mt->descr_set) return meta_get(ts, meta_attr, self, Value::from_obj(meta));
  }
  Value attr = type_lookup(ts, t, name);
  if (!attr.is_error()) {
    if (attr.is_obj()) {
      if (DescrGetFn get = attr.as_obj()->type->descr_get) return get(ts, attr, Value(), self);
    }
    return attr;
  }
  if (meta_get) return meta_get(ts, meta_attr, self, Value::from_obj(meta));
  if (!meta_attr.is_error()) return meta_attr;
  return raise(ts, ts.vm->types.AttributeError, "type object '%s' has no attribute '%U'",
               type_cname(t), name);
}

// Classes (heap types) take new attributes; built-in types are immutable. Assigning a dunder on
// a class also updates the slots of the class and its subclasses (class_dict_store).
bool type_setattr(ThreadState& ts, Value self, Str* name, Value value) {
  Type* t = as_type(self);
  if (!(t->tflags & TF_HEAPTYPE)) {
    raise(ts, ts.vm->types.TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
          type_cname(t));
    return false;
  }
  Value meta_attr = type_lookup(ts, type_of(ts, self), name);
  if (meta_attr.is_obj()) {
    if (DescrSetFn set = meta_attr.as_obj()->type->descr_set) return set(ts, meta_attr, self, value);
  }
  int r = class_dict_store(ts, t, name, value);
  if (r == 0) {
    raise(ts, ts.vm->types.AttributeError, "type object '%s' has no attribute '%U'", type_cname(t),
          name);
  }
  return r > 0;
}

}  // namespace

void type_init_type(ThreadState& ts) {
  Type* t = ts.vm->types.type;
  t->basic_size = sizeof(Type);
  t->trace = type_trace;
  t->repr = type_repr;
  t->call = type_call;
  t->getattr = type_getattr;
  t->setattr = type_setattr;
  // Classes (instances of type) keep their attributes in Type::dict.
  t->tflags |= TF_HAS_DICT;
  t->dict_offset = dict_member_offset(&Type::dict);
  static_cast<void>(type_add_attributes(ts, t));
}

}  // namespace weft
