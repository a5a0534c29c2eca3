// Built-ins about attributes and namespaces: getattr, setattr, hasattr, delattr, globals,
// locals, vars, dir, and __import__.
#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/import.hpp"

namespace weft {

namespace {

bool check_name(ThreadState& ts, Value name) {
  if (is_str(ts, name)) return true;
  raise(ts, ts.vm->types.TypeError, "attribute name must be string, not '%s'",
        type_name(ts, name));
  return false;
}

// Attribute names are interned so that dict lookups and the method cache can compare pointers.
Str* attr_name(ThreadState& ts, Value name) {
  return check_name(ts, name) ? str_intern(ts, as_str(name)) : nullptr;
}

Value b_getattr(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "getattr", nargs, kw, 2, 3)) return Value::error();
  Str* name = attr_name(ts, args[1]);
  if (!name) return Value::error();
  if (nargs == 2) return obj_getattr(ts, args[0], name);
  Value v = obj_getattr_opt(ts, args[0], name);
  if (!v.is_error() || ts.has_pending()) return v;
  return args[2];
}

Value b_hasattr(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "hasattr", nargs, kw, 2, 2)) return Value::error();
  Str* name = attr_name(ts, args[1]);
  if (!name) return Value::error();
  Value v = obj_getattr_opt(ts, args[0], name);
  if (v.is_error() && ts.has_pending()) return v;
  return boolean(ts, !v.is_error());
}

Value b_setattr(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "setattr", nargs, kw, 3, 3)) return Value::error();
  Str* name = attr_name(ts, args[1]);
  if (!name || !obj_setattr(ts, args[0], name, args[2])) return Value::error();
  return ts.vm->none;
}

Value b_delattr(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "delattr", nargs, kw, 2, 2)) return Value::error();
  Str* name = attr_name(ts, args[1]);
  if (!name || !obj_delattr(ts, args[0], name)) return Value::error();
  return ts.vm->none;
}

// ---- namespaces of the running frame ------------------------------------------------------------

Frame* current_frame(ThreadState& ts, const char* who) {
  if (!ts.frame) raise(ts, ts.vm->types.SystemError, "%s(): no current frame", who);
  return ts.frame;
}

}  // namespace

// A function's locals() is a snapshot: its fast locals, then the contents of its cells and free
// variables (a captured argument appears once, with the cell's value).
Value frame_locals(ThreadState& ts, Frame* f) {
  if (f->locals) return Value::from_obj(f->locals);
  Dict* d = dict_new(ts);
  if (!d) return Value::error();
  Code* c = f->code;
  size_t n = size_t(c->nlocals + c->ncells + c->nfree);
  for (size_t i = 0; i < n; i++) {
    Value v = f->localsplus[i];
    if (i >= size_t(c->nlocals) && v.is_obj() && type_of(ts, v) == ts.vm->types.cell) {
      v = static_cast<Cell*>(v.as_obj())->ref;
    }
    if (!v.is_error() && !dict_set(ts, d, c->localsplusnames->items[i], v)) {
      return Value::error();
    }
  }
  return Value::from_obj(d);
}

namespace {

Value b_globals(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "globals", nargs, kw, 0, 0)) return Value::error();
  Frame* f = current_frame(ts, "globals");
  return f ? Value::from_obj(f->globals) : Value::error();
}

Value b_locals(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "locals", nargs, kw, 0, 0)) return Value::error();
  Frame* f = current_frame(ts, "locals");
  return f ? frame_locals(ts, f) : Value::error();
}

Value b_vars(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "vars", nargs, kw, 0, 1)) return Value::error();
  if (nargs == 0) {
    Frame* f = current_frame(ts, "vars");
    return f ? frame_locals(ts, f) : Value::error();
  }
  Value d = obj_getattr_opt(ts, args[0], ts.vm->names.__dict__);
  if (!d.is_error() || ts.has_pending()) return d;
  return raise(ts, ts.vm->types.TypeError, "vars() argument must have __dict__ attribute");
}

// ---- dir ----------------------------------------------------------------------------------------

Value b_dir(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "dir", nargs, kw, 0, 1)) return Value::error();
  Value names;
  if (nargs == 0) {
    Frame* f = current_frame(ts, "dir");
    if (!f) return Value::error();
    WEFT_TRY(locals, frame_locals(ts, f));
    names = dict_keys_list(ts, as_dict(locals));
  } else {
    WEFT_TRY(listed, call_special(ts, args[0], ts.vm->names.__dir__, nullptr, 0));
    names = list_from_iterable(ts, listed);
  }
  if (names.is_error() || !list_sort(ts, as_list(names), Value::error(), false)) {
    return Value::error();
  }
  return names;
}

Value b_import(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static constexpr const char* NAMES[] = {"name", "globals", "locals", "fromlist", "level"};
  Value a[5];
  if (!args_parse(ts, {"__import__", NAMES, 5, 0, 5, 1}, args, nargs, kwnames, a)) {
    return Value::error();
  }
  if (!is_str(ts, a[0])) {
    return raise(ts, ts.vm->types.TypeError, "__import__() argument 1 must be str, not %s",
                 type_name(ts, a[0]));
  }
  intptr_t level = 0;
  if (!a[4].is_error() && !arg_ssize(ts, a[4], &level)) return Value::error();
  Str* name = str_intern(ts, as_str(a[0]));
  if (!name) return Value::error();
  Value globals = a[1].is_error() ? ts.vm->none : a[1];
  Value fromlist = a[3].is_error() ? ts.vm->none : a[3];
  return import_module(ts, name, globals, fromlist, int(level));
}

}  // namespace

const MethodDef BUILTINS_ATTR_FUNCTIONS[] = {
    {"getattr", b_getattr, 0, "Get a named attribute from an object."},
    {"hasattr", b_hasattr, 0, "Return whether the object has an attribute with the given name."},
    {"setattr", b_setattr, 0, "Sets the named attribute on the given object to the given value."},
    {"delattr", b_delattr, 0, "Deletes the named attribute from the given object."},
    {"globals", b_globals, 0, "Return the dictionary containing the current scope's globals."},
    {"locals", b_locals, 0, "Return a dictionary containing the current scope's local variables."},
    {"vars", b_vars, 0, "Show vars."},
    {"dir", b_dir, 0, "Show attributes of an object."},
    {"__import__", b_import, 0, "Import a module."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
