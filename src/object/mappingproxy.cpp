// mappingproxy: the read-only view of a mapping that `Class.__dict__` returns (and
// types.MappingProxyType). Reads go to the mapping; there is no way to write through it.
#include "object/args.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

struct MappingProxy : Object {
  Value mapping;
};

Value mapping_of(Value v) { return static_cast<MappingProxy*>(v.as_obj())->mapping; }

Value proxy_alloc(ThreadState& ts, Value mapping) {
  auto p = gc_new<MappingProxy>(ts, ts.vm->types.mappingproxy);
  if (!p) return Value::error();
  p->mapping = mapping;
  return Value::from_obj(p);
}

// A mapping here is what CPython's PyMapping_Check accepts: it can be subscripted, and is not a
// list, tuple or str.
bool is_mapping(ThreadState& ts, Value v) {
  Type* t = type_of(ts, v);
  if (!t->getitem) return false;
  return !(t->tflags & (TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS | TF_STR_SUBCLASS | TF_BYTES_SUBCLASS));
}

Value proxy_new(ThreadState& ts, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const NAMES[] = {"mapping"};
  static const ArgSpec SPEC = {"mappingproxy", NAMES, 1, 0, 1, 1};
  Value a[1];
  if (!args_parse(ts, SPEC, args, nargs, kwnames, a)) return Value::error();
  if (!is_mapping(ts, a[0])) {
    return raise(ts, ts.vm->types.TypeError, "mappingproxy() argument must be a mapping, not %s",
                 type_name(ts, a[0]));
  }
  return proxy_alloc(ts, a[0]);
}

Value proxy_repr(ThreadState& ts, Value self) {
  return str_format_c(ts, "mappingproxy(%R)", mapping_of(self));
}

Value proxy_str(ThreadState& ts, Value self) { return obj_str(ts, mapping_of(self)); }

Value proxy_getitem(ThreadState& ts, Value self, Value key) {
  return obj_getitem(ts, mapping_of(self), key);
}

bool proxy_len(ThreadState& ts, Value self, size_t* out) { return obj_len(ts, mapping_of(self), out); }

int proxy_contains(ThreadState& ts, Value self, Value key) {
  Value m = mapping_of(self);
  if (is_dict(ts, m) && type_of(ts, m) == ts.vm->types.dict) {
    Value v = dict_get(ts, as_dict(m), key);
    return v.is_error() ? (ts.has_pending() ? -1 : 0) : 1;
  }
  return obj_contains(ts, m, key);
}

Value proxy_iter(ThreadState& ts, Value self) { return obj_iter(ts, mapping_of(self)); }

Value proxy_richcompare(ThreadState& ts, Value a, Value b, int op) {
  return obj_richcompare(ts, mapping_of(a), b, op);
}

void proxy_trace(Object* o, Tracer& t) { t.visit(static_cast<MappingProxy*>(o)->mapping); }

// keys(), values(), items(), copy() and get() are the mapping's own.
template <const char* name>
Value forward(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_no_kwargs(ts, name, kwnames)) return Value::error();
  Str* method = intern_cstr(ts, name);
  if (!method) return Value::error();
  return call_method(ts, mapping_of(self), method, args, nargs);
}

constexpr char KEYS[] = "keys";
constexpr char VALUES[] = "values";
constexpr char ITEMS[] = "items";
constexpr char COPY[] = "copy";
constexpr char GET[] = "get";

const MethodDef PROXY_METHODS[] = {
    {"keys", forward<KEYS>, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", forward<VALUES>, 0, "D.values() -> an object providing a view on D's values"},
    {"items", forward<ITEMS>, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", forward<COPY>, 0, "D.copy() -> a shallow copy of D"},
    {"get", forward<GET>, 0, "Return the value for key if key is in the mapping, else default."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Value mappingproxy_new(ThreadState& ts, Value mapping) { return proxy_alloc(ts, mapping); }

void mappingproxy_init_type(ThreadState& ts) {
  Type* t = ts.vm->types.mappingproxy;
  t->basic_size = sizeof(MappingProxy);
  t->trace = proxy_trace;
  t->new_ = proxy_new;
  t->repr = proxy_repr;
  t->str = proxy_str;
  t->getitem = proxy_getitem;
  t->len = proxy_len;
  t->contains = proxy_contains;
  t->iter = proxy_iter;
  t->richcompare = proxy_richcompare;
  static_cast<void>(type_add_methods(ts, t, PROXY_METHODS));
}

}  // namespace weft
