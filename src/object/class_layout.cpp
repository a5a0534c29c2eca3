// The instances of classes: __slots__ (parsed with CPython's checks and name mangling), the
// member descriptors that read and write slot values, the instance __dict__ and where it lives,
// and the trace function shared by every class.
//
// Layout: a class's instance is its built-in base's object, followed by the words classes add, in
// the order the classes were derived: each class's slot values (its __slots__, sorted), then its
// dict pointer if it adds one. Every such word is a Value or a Dict*, so one loop traces them.
// Bases of variable size (int, str, bytes, tuple) allow no slots, and their subclasses keep the
// dict pointer in the first aligned word after the items (TF_DICT_AFTER_ITEMS); their allocators
// reserve basic_size beyond the built-in header, which covers that word and its alignment.
#include <atomic>

#include "object/bytes.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

struct MemberDescriptor : Object {
  Type* owner;
  Str* name;
  uint32_t offset;
};

MemberDescriptor* as_member(Value v) { return static_cast<MemberDescriptor*>(v.as_obj()); }

std::atomic_ref<uintptr_t> member_word(Value obj, uint32_t offset) {
  return std::atomic_ref<uintptr_t>(
      *reinterpret_cast<uintptr_t*>(reinterpret_cast<char*>(obj.as_obj()) + offset));
}

bool member_applies(ThreadState& ts, MemberDescriptor* m, Value obj) {
  if (is_instance(ts, obj, m->owner)) return true;
  raise(ts, ts.vm->types.TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
        m->name, type_cname(m->owner), type_name(ts, obj));
  return false;
}

Value raise_unset(ThreadState& ts, Value obj, Str* name) {
  return raise(ts, ts.vm->types.AttributeError, "'%s' object has no attribute '%U'",
               type_name(ts, obj), name);
}

Value member_get(ThreadState& ts, Value descr, Value obj, Value) {
  if (obj.is_error()) return descr;
  MemberDescriptor* m = as_member(descr);
  if (!member_applies(ts, m, obj)) return Value::error();
  Value v = Value::from_bits(member_word(obj, m->offset).load(std::memory_order_acquire));
  return v.is_error() ? raise_unset(ts, obj, m->name) : v;
}

bool member_set(ThreadState& ts, Value descr, Value obj, Value value) {
  MemberDescriptor* m = as_member(descr);
  if (!member_applies(ts, m, obj)) return false;
  auto word = member_word(obj, m->offset);
  if (value.is_error()) {
    if (word.exchange(0, std::memory_order_acq_rel) != 0) return true;
    raise_with_arg(ts, ts.vm->types.AttributeError, Value::from_obj(m->name));
    return false;
  }
  word.store(value.bits(), std::memory_order_release);
  return true;
}

Value member_repr(ThreadState& ts, Value v) {
  return str_format_c(ts, "<member '%U' of '%s' objects>", as_member(v)->name,
                      type_cname(as_member(v)->owner));
}

void member_trace(Object* o, Tracer& t) {
  t.visit(static_cast<MemberDescriptor*>(o)->owner);
  t.visit(static_cast<MemberDescriptor*>(o)->name);
}

Value member_get_name(ThreadState&, Value v) { return Value::from_obj(as_member(v)->name); }
Value member_get_qualname(ThreadState& ts, Value v) {
  return str_format_c(ts, "%s.%U", type_cname(as_member(v)->owner), as_member(v)->name);
}
Value member_get_objclass(ThreadState&, Value v) { return Value::from_obj(as_member(v)->owner); }
Value member_get_doc(ThreadState& ts, Value) { return ts.vm->none; }

const GetSetDef MEMBER_GETSETS[] = {
    {"__name__", member_get_name, nullptr},       {"__qualname__", member_get_qualname, nullptr},
    {"__objclass__", member_get_objclass, nullptr}, {"__doc__", member_get_doc, nullptr},
    {nullptr, nullptr, nullptr},
};

// ---- __dict__ and __weakref__ of instances ------------------------------------------------------

Value instance_dict_get(ThreadState& ts, Value self) {
  Dict* d = instance_dict_or_create(ts, self);
  return d ? Value::from_obj(d) : Value::error();
}

bool instance_dict_set(ThreadState& ts, Value self, Value value) {
  if (!value.is_error() && !is_dict(ts, value)) {
    raise(ts, ts.vm->types.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
          type_name(ts, value));
    return false;
  }
  Dict* d = value.is_error() ? nullptr : as_dict(value);
  std::atomic_ref<Dict*>(*instance_dict_slot(self, type_of(ts, self))).store(d, std::memory_order_release);
  return true;
}

// Weft has no weak references yet; the attribute exists so that class dicts match CPython's.
Value instance_weakref_get(ThreadState& ts, Value) { return ts.vm->none; }

const GetSetDef DICT_GETSET[] = {
    {"__dict__", instance_dict_get, instance_dict_set},
    {nullptr, nullptr, nullptr},
};
const GetSetDef WEAKREF_GETSET[] = {
    {"__weakref__", instance_weakref_get, nullptr},
    {nullptr, nullptr, nullptr},
};

// ---- __slots__ ----------------------------------------------------------------------------------

bool var_sized(const Type* t) {
  switch (t->kind) {
    case TypeKind::Int:
    case TypeKind::Bool:
    case TypeKind::Str:
    case TypeKind::Bytes:
    case TypeKind::Tuple:
      return true;
    default:
      return false;
  }
}

// `__x` in class `_A` becomes `_A__x`, as the compiler mangles private names.
Value mangle(ThreadState& ts, Str* class_name, Str* name) {
  size_t n = name->nbytes;
  const char* s = name->data;
  bool private_name = n > 2 && s[0] == '_' && s[1] == '_' && !(s[n - 1] == '_' && s[n - 2] == '_');
  const char* cls = class_name->data;
  while (*cls == '_') cls++;
  if (!private_name || !*cls) return Value::from_obj(name);
  return str_format_c(ts, "_%s%U", cls, name);
}

bool is_identifier(ThreadState& ts, Value name) {
  Str* method = intern_cstr(ts, "isidentifier");
  if (!method) return false;
  Value r = call_method(ts, name, method, nullptr, 0);
  return r == ts.vm->true_;
}

Value slots_as_tuple(ThreadState& ts, Value slots) {
  if (is_str(ts, slots)) return tuple_new(ts, &slots, 1);
  return tuple_from_iterable(ts, slots);
}

// Checks one item of __slots__; *special tells whether it was __dict__ or __weakref__.
bool check_slot_item(ThreadState& ts, Value item, Type* base, SlotsSpec* out, bool* special) {
  Vm& vm = *ts.vm;
  *special = false;
  if (!is_str(ts, item)) {
    raise(ts, vm.types.TypeError, "__slots__ items must be strings, not '%s'", type_name(ts, item));
    return false;
  }
  if (!is_identifier(ts, item)) {
    if (!ts.has_pending()) raise(ts, vm.types.TypeError, "__slots__ must be identifiers");
    return false;
  }
  Str* s = as_str(item);
  if (str_equal(s, vm.names.__dict__)) {
    if ((base->tflags & TF_HAS_DICT) || out->add_dict) {
      raise(ts, vm.types.TypeError, "__dict__ slot disallowed: we already got one");
      return false;
    }
    out->add_dict = *special = true;
  } else if (str_equal(s, vm.names.__weakref__)) {
    if (var_sized(base) || !type_lookup(ts, base, vm.names.__weakref__).is_error() ||
        out->add_weakref) {
      raise(ts, vm.types.TypeError,
            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
      return false;
    }
    out->add_weakref = *special = true;
  }
  return true;
}

// The member names: mangled, checked against the class variables, sorted (as CPython lays out).
bool member_names(ThreadState& ts, Tuple* items, Dict* ns, Str* class_name, SlotsSpec* out) {
  Vm& vm = *ts.vm;
  List* names = list_new(ts, items->size);
  if (!names) return false;
  for (size_t i = 0; i < items->size; i++) {
    Str* s = as_str(items->items[i]);
    if (str_equal(s, vm.names.__dict__) || str_equal(s, vm.names.__weakref__)) continue;
    WEFT_TRY_BOOL(m, mangle(ts, class_name, s));
    Str* name = str_intern(ts, as_str(m));
    if (!name) return false;
    if (!dict_get_str(ns, name).is_error()) {
      raise(ts, vm.types.ValueError, "%R in __slots__ conflicts with class variable", m);
      return false;
    }
    if (!list_append(ts, names, Value::from_obj(name))) return false;
  }
  if (!list_sort(ts, names, Value(), false)) return false;
  WEFT_TRY_BOOL(members, tuple_from_iterable(ts, Value::from_obj(names)));
  out->members = as_tuple(members);
  return true;
}

}  // namespace

Type* builtin_base(Type* t) {
  while (t->tflags & TF_HEAPTYPE) t = t->base;
  return t;
}

bool slots_parse(ThreadState& ts, Dict* ns, Type* base, Str* class_name, SlotsSpec* out) {
  Vm& vm = *ts.vm;
  out->members = nullptr;
  out->add_dict = out->add_weakref = false;
  Value slots = dict_get_str(ns, vm.names.__slots__);
  if (slots.is_error()) {
    out->add_dict = !(base->tflags & TF_HAS_DICT);
    out->add_weakref =
        !var_sized(base) && type_lookup(ts, base, vm.names.__weakref__).is_error();
    return true;
  }
  WEFT_TRY_BOOL(items, slots_as_tuple(ts, slots));
  Tuple* tuple = as_tuple(items);
  size_t plain = 0;
  for (size_t i = 0; i < tuple->size; i++) {
    bool special;
    if (!check_slot_item(ts, tuple->items[i], base, out, &special)) return false;
    plain += !special;
  }
  if (plain > 0 && var_sized(base)) {
    raise(ts, vm.types.TypeError, "nonempty __slots__ not supported for subtype of '%s'",
          type_cname(base));
    return false;
  }
  return member_names(ts, tuple, ns, class_name, out);
}

bool class_layout(ThreadState& ts, Type* t, const SlotsSpec& spec) {
  Type* base = t->base;
  t->trace = class_instance_trace;
  t->class_fields_offset =
      base->tflags & TF_HEAPTYPE ? base->class_fields_offset : base->basic_size;
  uint32_t offset = base->basic_size;
  // The dict of the layout base, not of another base on the MRO (whose offset may differ).
  if (base->tflags & TF_HAS_DICT) {
    t->tflags |= base->tflags & (TF_HAS_DICT | TF_DICT_AFTER_ITEMS);
    t->dict_offset = base->dict_offset;
  }
  if (var_sized(base)) {
    if (spec.add_dict) {
      t->tflags |= TF_HAS_DICT | TF_DICT_AFTER_ITEMS;
      t->dict_offset = offset;
      offset += 2 * sizeof(void*);  // the dict pointer and its alignment padding
    }
  } else {
    for (size_t i = 0; spec.members && i < spec.members->size; i++) {
      auto m = gc_new<MemberDescriptor>(ts, ts.vm->types.member_descriptor);
      if (!m) return false;
      m->owner = t;
      m->name = as_str(spec.members->items[i]);
      m->offset = offset;
      offset += sizeof(Value);
      if (!dict_set_str(ts, t->dict, m->name, Value::from_obj(m))) return false;
    }
    if (spec.add_dict) {
      t->tflags |= TF_HAS_DICT;
      t->dict_offset = offset;
      offset += sizeof(Dict*);
    }
  }
  t->basic_size = offset;
  return (!spec.add_dict || type_add_getsets(ts, t, DICT_GETSET)) &&
         (!spec.add_weakref || type_add_getsets(ts, t, WEAKREF_GETSET));
}

// The first aligned word after the items of an int, str, bytes or tuple.
Dict** instance_dict_slot(Value obj, const Type* t) {
  char* base = reinterpret_cast<char*>(obj.as_obj());
  if (!(t->tflags & TF_DICT_AFTER_ITEMS)) return reinterpret_cast<Dict**>(base + t->dict_offset);
  size_t end;
  switch (t->kind) {
    case TypeKind::Int: {
      auto b = static_cast<BigInt*>(obj.as_obj());
      size_t limbs = b->size == 0 ? 1 : size_t(b->size < 0 ? -int64_t(b->size) : b->size);
      end = size_t(reinterpret_cast<char*>(b->digits) - base) + limbs * sizeof(b->digits[0]);
      break;
    }
    case TypeKind::Str: {
      auto s = static_cast<Str*>(obj.as_obj());
      end = size_t(s->data - base) + s->nbytes + 1;
      break;
    }
    case TypeKind::Bytes: {
      auto b = static_cast<Bytes*>(obj.as_obj());
      end = size_t(b->data - base) + b->size + 1;
      break;
    }
    default: {
      auto tup = static_cast<Tuple*>(obj.as_obj());
      end = size_t(reinterpret_cast<char*>(tup->items) - base) + tup->size * sizeof(Value);
      break;
    }
  }
  end = (end + alignof(Dict*) - 1) & ~(alignof(Dict*) - 1);
  return reinterpret_cast<Dict**>(base + end);
}

void class_instance_trace(Object* o, Tracer& t) {
  Type* type = o->type;
  Type* builtin = builtin_base(type);
  if (builtin->trace) builtin->trace(o, t);
  Value v = Value::from_obj(o);
  if (type->tflags & TF_DICT_AFTER_ITEMS) {
    t.visit(*instance_dict_slot(v, type));
    return;
  }
  auto words = reinterpret_cast<uintptr_t*>(reinterpret_cast<char*>(o) + type->class_fields_offset);
  size_t n = (type->basic_size - type->class_fields_offset) / sizeof(uintptr_t);
  for (size_t i = 0; i < n; i++) t.visit(Value::from_bits(words[i]));
}

void member_descriptor_init_type(ThreadState& ts) {
  Type* t = ts.vm->types.member_descriptor;
  t->basic_size = sizeof(MemberDescriptor);
  t->trace = member_trace;
  t->descr_get = member_get;
  t->descr_set = member_set;
  t->repr = member_repr;
  static_cast<void>(type_add_getsets(ts, t, MEMBER_GETSETS));
}

}  // namespace weft
