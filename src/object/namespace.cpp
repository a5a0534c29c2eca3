// types.SimpleNamespace and struct sequences (see namespace.hpp).
#include "object/namespace.hpp"

#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

SimpleNamespace* as_namespace(Value v) { return static_cast<SimpleNamespace*>(v.as_obj()); }

SimpleNamespace* namespace_alloc(ThreadState& ts, Type* type) {
  auto ns = static_cast<SimpleNamespace*>(gc_alloc(ts, type, type->basic_size));
  if (!ns) return nullptr;
  ns->dict = dict_new(ts);
  return ns->dict ? ns : nullptr;
}

// SimpleNamespace(mapping_or_iterable=(), /, **kwargs), as CPython 3.13.
Value namespace_type_new(ThreadState& ts, Type* type, const Value* args, size_t nargs,
                         Tuple* kwnames) {
  if (nargs > 1) {
    return raise(ts, ts.vm->types.TypeError, "SimpleNamespace expected at most 1 argument, got %zu",
                 nargs);
  }
  SimpleNamespace* ns = namespace_alloc(ts, type);
  if (!ns) return Value::error();
  if (nargs == 1 && !dict_update(ts, ns->dict, args[0])) return Value::error();
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; i++) {
    if (!dict_set(ts, ns->dict, kwnames->items[i], args[nargs + i])) return Value::error();
  }
  return Value::from_obj(ns);
}

Value namespace_repr(ThreadState& ts, Value self) {
  Type* t = type_of(ts, self);
  StrBuf out(ts);
  out.append(t == ts.vm->types.simple_namespace ? std::string_view("namespace")
                                                : std::string_view(type_cname(t)));
  out.append_char('(');
  Dict* d = as_namespace(self)->dict;
  size_t pos = 0;
  Value key, value;
  bool first = true;
  while (dict_next(d, &pos, &key, &value)) {
    if (!is_str(ts, key)) continue;
    if (!first) out.append(", ");
    first = false;
    out.append_str(as_str(key));
    out.append_char('=');
    if (!out.append_value_repr(value)) return Value::error();
  }
  out.append_char(')');
  return out.finish();
}

Value namespace_richcompare(ThreadState& ts, Value a, Value b, int op) {
  Type* ns = ts.vm->types.simple_namespace;
  if ((op != CMP_EQ && op != CMP_NE) || !is_instance(ts, b, ns)) return ts.vm->not_implemented;
  return obj_richcompare(ts, Value::from_obj(as_namespace(a)->dict),
                         Value::from_obj(as_namespace(b)->dict), op);
}

void namespace_trace(Object* o, Tracer& t) { t.visit(static_cast<SimpleNamespace*>(o)->dict); }

// ---- struct sequences ---------------------------------------------------------------------------

Tuple* structseq_fields(ThreadState& ts, Type* t) {
  Str* key = intern_cstr(ts, "__match_args__");
  Value f = key ? dict_get_str(t->dict, key) : Value::error();
  return f.is_error() ? nullptr : as_tuple(f);
}

Value structseq_getattr(ThreadState& ts, Value self, Str* name) {
  if (Tuple* fields = structseq_fields(ts, type_of(ts, self))) {
    Tuple* items = as_tuple(self);
    for (size_t i = 0; i < fields->size && i < items->size; i++) {
      if (str_equal(as_str(fields->items[i]), name)) return items->items[i];
    }
  }
  return generic_getattr(ts, self, name);
}

Value structseq_repr(ThreadState& ts, Value self) {
  Type* t = type_of(ts, self);
  Tuple* fields = structseq_fields(ts, t);
  Tuple* items = as_tuple(self);
  StrBuf out(ts);
  out.append(std::string_view(t->cname));
  out.append_char('(');
  for (size_t i = 0; fields && i < fields->size && i < items->size; i++) {
    if (i) out.append(", ");
    out.append_str(as_str(fields->items[i]));
    out.append_char('=');
    if (!out.append_value_repr(items->items[i])) return Value::error();
  }
  out.append_char(')');
  return out.finish();
}

}  // namespace

Value namespace_new(ThreadState& ts) {
  SimpleNamespace* ns = namespace_alloc(ts, ts.vm->types.simple_namespace);
  return ns ? Value::from_obj(ns) : Value::error();
}

bool namespace_set(ThreadState& ts, Value ns, const char* name, Value v) {
  Str* key = intern_cstr(ts, name);
  return key && dict_set_str(ts, as_namespace(ns)->dict, key, v);
}

Type* structseq_new_type(ThreadState& ts, const char* dotted_name, const char* const* fields) {
  Type* t = type_new_builtin(ts, dotted_name, ts.vm->types.tuple, TypeKind::Tuple, 0, 0);
  if (!t) return nullptr;
  t->new_ = nullptr;
  t->repr = structseq_repr;
  t->getattr = structseq_getattr;
  size_t n = 0;
  while (fields[n]) n++;
  Tuple* names = tuple_alloc(ts, n);
  if (!names) return nullptr;
  for (size_t i = 0; i < n; i++) names->items[i] = ts.vm->none;
  for (size_t i = 0; i < n; i++) {
    Str* s = intern_cstr(ts, fields[i]);
    if (!s) return nullptr;
    names->items[i] = Value::from_obj(s);
  }
  Value count = Value::from_int(intptr_t(n));
  Str* match_args = intern_cstr(ts, "__match_args__");
  Str* n_fields = intern_cstr(ts, "n_fields");
  Str* n_sequence = intern_cstr(ts, "n_sequence_fields");
  if (!match_args || !n_fields || !n_sequence ||
      !dict_set_str(ts, t->dict, match_args, Value::from_obj(names)) ||
      !dict_set_str(ts, t->dict, n_fields, count) ||
      !dict_set_str(ts, t->dict, n_sequence, count)) {
    return nullptr;
  }
  type_modified(ts, t);
  return t;
}

Value structseq_new(ThreadState& ts, Type* type, const Value* items, size_t n) {
  Tuple* t = tuple_alloc(ts, n);
  if (!t) return Value::error();
  for (size_t i = 0; i < n; i++) t->items[i] = items[i];
  // Retyping a tuple nobody else has seen yet: the layouts are identical.
  t->type = type;
  return Value::from_obj(t);
}

void namespace_init_type(ThreadState& ts) {
  Type* t = ts.vm->types.simple_namespace;
  t->basic_size = sizeof(SimpleNamespace);
  t->dict_offset = dict_member_offset(&SimpleNamespace::dict);
  t->trace = namespace_trace;
  t->new_ = namespace_type_new;
  t->repr = namespace_repr;
  t->richcompare = namespace_richcompare;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;
}

}  // namespace weft
