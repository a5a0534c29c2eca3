// operator.itemgetter, attrgetter and methodcaller: callable objects made once (arguments checked
// and attribute names interned and split at construction) and called many times, e.g. as sort
// keys.
#include <cstring>

#include "modules/native_type.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

bool call_args_ok(ThreadState& ts, const char* name, size_t nargs, Tuple* kw) {
  return args_no_kwargs(ts, name, kw) && args_positional(ts, name, nargs, 1, 1);
}

// "operator.itemgetter(1, 2)": the type's name and the repr of the arguments.
Value repr_with_args(ThreadState& ts, Value self, Tuple* args) {
  const char* name = type_cname(type_of(ts, self));
  if (args->size == 1) return str_format_c(ts, "%s(%R)", name, args->items[0]);
  return str_format_c(ts, "%s%R", name, Value::from_obj(args));
}

// ---- itemgetter --------------------------------------------------------------------------------------

struct ItemGetter : Object {
  Tuple* items;
};

Value itemgetter_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "itemgetter", kw) || !args_positional(ts, "itemgetter", nargs, 1, nargs ? -1 : 1))
    return Value::error();
  WEFT_TRY(items, tuple_new(ts, args, nargs));
  auto g = native_alloc<ItemGetter>(ts, type);
  if (!g) return Value::error();
  g->items = as_tuple(items);
  return Value::from_obj(g);
}

Value itemgetter_call(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!call_args_ok(ts, "itemgetter", nargs, kw)) return Value::error();
  Tuple* items = static_cast<ItemGetter*>(self.as_obj())->items;
  if (items->size == 1) return obj_getitem(ts, args[0], items->items[0]);
  Tuple* r = tuple_alloc(ts, items->size);
  if (!r) return Value::error();
  for (size_t i = 0; i < items->size; i++) r->items[i] = ts.vm->none;
  for (size_t i = 0; i < items->size; i++) {
    WEFT_TRY(v, obj_getitem(ts, args[0], items->items[i]));
    r->items[i] = v;
  }
  return Value::from_obj(r);
}

Value itemgetter_repr(ThreadState& ts, Value self) {
  return repr_with_args(ts, self, static_cast<ItemGetter*>(self.as_obj())->items);
}

void itemgetter_trace(Object* o, Tracer& t) { t.visit(static_cast<ItemGetter*>(o)->items); }

// ---- attrgetter --------------------------------------------------------------------------------------

struct AttrGetter : Object {
  Tuple* names;  // the arguments, for repr
  Tuple* paths;  // per argument: a tuple of interned names ("a.b" -> ('a', 'b'))
};

Value split_path(ThreadState& ts, Str* name) {
  std::string_view text = str_view(name);
  size_t parts = 1;
  for (char c : text) parts += c == '.';
  Tuple* path = tuple_alloc(ts, parts);
  if (!path) return Value::error();
  for (size_t i = 0; i < parts; i++) path->items[i] = ts.vm->none;
  size_t start = 0;
  for (size_t i = 0; i < parts; i++) {
    size_t dot = text.find('.', start);
    size_t end = dot == std::string_view::npos ? text.size() : dot;
    Str* part = intern_chars(ts, text.data() + start, end - start);
    if (!part) return Value::error();
    path->items[i] = Value::from_obj(part);
    start = end + 1;
  }
  return Value::from_obj(path);
}

Value attrgetter_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "attrgetter", kw) || !args_positional(ts, "attrgetter", nargs, 1, nargs ? -1 : 1))
    return Value::error();
  Tuple* paths = tuple_alloc(ts, nargs);
  if (!paths) return Value::error();
  for (size_t i = 0; i < nargs; i++) paths->items[i] = ts.vm->none;
  for (size_t i = 0; i < nargs; i++) {
    if (!is_str(ts, args[i]))
      return raise(ts, ts.vm->types.TypeError, "attribute name must be a string");
    WEFT_TRY(path, split_path(ts, as_str(args[i])));
    paths->items[i] = path;
  }
  WEFT_TRY(names, tuple_new(ts, args, nargs));
  auto g = native_alloc<AttrGetter>(ts, type);
  if (!g) return Value::error();
  g->names = as_tuple(names);
  g->paths = paths;
  return Value::from_obj(g);
}

Value follow_path(ThreadState& ts, Value obj, Tuple* path) {
  for (size_t i = 0; i < path->size; i++) {
    WEFT_TRY(next, obj_getattr(ts, obj, as_str(path->items[i])));
    obj = next;
  }
  return obj;
}

Value attrgetter_call(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!call_args_ok(ts, "attrgetter", nargs, kw)) return Value::error();
  Tuple* paths = static_cast<AttrGetter*>(self.as_obj())->paths;
  if (paths->size == 1) return follow_path(ts, args[0], as_tuple(paths->items[0]));
  Tuple* r = tuple_alloc(ts, paths->size);
  if (!r) return Value::error();
  for (size_t i = 0; i < paths->size; i++) r->items[i] = ts.vm->none;
  for (size_t i = 0; i < paths->size; i++) {
    WEFT_TRY(v, follow_path(ts, args[0], as_tuple(paths->items[i])));
    r->items[i] = v;
  }
  return Value::from_obj(r);
}

Value attrgetter_repr(ThreadState& ts, Value self) {
  return repr_with_args(ts, self, static_cast<AttrGetter*>(self.as_obj())->names);
}

void attrgetter_trace(Object* o, Tracer& t) {
  auto g = static_cast<AttrGetter*>(o);
  t.visit(g->names);
  t.visit(g->paths);
}

// ---- methodcaller ------------------------------------------------------------------------------------

struct MethodCaller : Object {
  Str* name;       // interned
  Tuple* args;     // positional arguments, then the keyword values
  Tuple* kwnames;  // nullptr when there are no keyword arguments
};

Value methodcaller_new(ThreadState& ts, Type* type, const Value* args, size_t nargs,
                       Tuple* kw) {
  if (nargs == 0) {
    return raise(ts, ts.vm->types.TypeError,
                 "methodcaller needs at least one argument, the method name");
  }
  if (!is_str(ts, args[0])) return raise(ts, ts.vm->types.TypeError, "method name must be a string");
  Str* name = str_intern(ts, as_str(args[0]));
  if (!name) return Value::error();
  size_t nkw = kw ? kw->size : 0;
  WEFT_TRY(rest, tuple_new(ts, args + 1, nargs - 1 + nkw));
  auto c = native_alloc<MethodCaller>(ts, type);
  if (!c) return Value::error();
  c->name = name;
  c->args = as_tuple(rest);
  c->kwnames = nkw ? kw : nullptr;
  return Value::from_obj(c);
}

Value methodcaller_call(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!call_args_ok(ts, "methodcaller", nargs, kw)) return Value::error();
  auto c = static_cast<MethodCaller*>(self.as_obj());
  WEFT_TRY(method, obj_getattr(ts, args[0], c->name));
  size_t nkw = c->kwnames ? c->kwnames->size : 0;
  return call(ts, method, c->args->items, c->args->size - nkw, c->kwnames);
}

Value methodcaller_repr(ThreadState& ts, Value self) {
  auto c = static_cast<MethodCaller*>(self.as_obj());
  StrBuf out(ts);
  out.appendf("%s(%R", type_cname(type_of(ts, self)), Value::from_obj(c->name));
  size_t nkw = c->kwnames ? c->kwnames->size : 0;
  size_t npos = c->args->size - nkw;
  for (size_t i = 0; i < c->args->size; i++) {
    out.append(", ");
    if (i >= npos) out.appendf("%U=", as_str(c->kwnames->items[i - npos]));
    if (!out.append_value_repr(c->args->items[i])) return Value::error();
  }
  out.append_char(')');
  return out.finish();
}

void methodcaller_trace(Object* o, Tracer& t) {
  auto c = static_cast<MethodCaller*>(o);
  t.visit(c->name);
  t.visit(c->args);
  t.visit(c->kwnames);
}

}  // namespace

extern const NativeTypeSpec OPERATOR_TYPES[] = {
    {"operator.itemgetter", sizeof(ItemGetter), 0, itemgetter_trace, itemgetter_new, nullptr,
     itemgetter_repr, nullptr, "Return a callable object that fetches the given item(s) from its operand.",
     itemgetter_call},
    {"operator.attrgetter", sizeof(AttrGetter), 0, attrgetter_trace, attrgetter_new, nullptr,
     attrgetter_repr, nullptr, "Return a callable object that fetches the given attribute(s) from its operand.",
     attrgetter_call},
    {"operator.methodcaller", sizeof(MethodCaller), 0, methodcaller_trace, methodcaller_new,
     nullptr, methodcaller_repr, nullptr, "Return a callable object that calls the given method on its operand.",
     methodcaller_call},
    {nullptr, 0, 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace weft
