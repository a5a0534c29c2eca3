// The table of native modules and their creation: builtins and sys at VM start, the others on
// first import.
#include "modules/native_modules.hpp"

#include "modules/module_defs.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

struct NativeModule {
  const char* name;
  Module* (*create)(ThreadState& ts);
};

// Sorted by name (sys.builtin_module_names lists them in this order).
constexpr NativeModule NATIVE_MODULES[] = {
    {"_collections", collections_module_create},
    {"_operator", operator_module_create},
    {"_thread", thread_module_create},
    {"_weakref", weakref_module_create},
    {"builtins", builtins_module_create},
    {"gc", gc_module_create},
    {"itertools", itertools_module_create},
    {"math", math_module_create},
    {"sys", sys_module_create},
    {"time", time_module_create},
};

const NativeModule* find_native(Str* name) {
  for (const NativeModule& m : NATIVE_MODULES) {
    if (str_equal_cstr(name, m.name)) return &m;
  }
  return nullptr;
}

// Creates the module and registers it in sys.modules.
Module* create_registered(ThreadState& ts, const NativeModule& row) {
  Module* m = row.create(ts);
  if (!m) return nullptr;
  m->aux |= MODULE_BUILTIN;
  if (!dict_set_str(ts, ts.vm->modules, m->name, Value::from_obj(m))) return nullptr;
  return m;
}

}  // namespace

Value native_module_names(ThreadState& ts) {
  constexpr size_t n = sizeof(NATIVE_MODULES) / sizeof(NATIVE_MODULES[0]);
  Tuple* t = tuple_alloc(ts, n);
  if (!t) return Value::error();
  for (size_t i = 0; i < n; i++) t->items[i] = ts.vm->none;
  for (size_t i = 0; i < n; i++) {
    Str* s = intern_cstr(ts, NATIVE_MODULES[i].name);
    if (!s) return Value::error();
    t->items[i] = Value::from_obj(s);
  }
  return Value::from_obj(t);
}

bool modules_init(ThreadState& ts) {
  Vm& vm = *ts.vm;
  if (!vm.modules && !(vm.modules = dict_new(ts))) return false;
  if (!vm.path && !(vm.path = list_new(ts, 0))) return false;
  // builtins first: sys.displayhook and friends refer to it.
  vm.builtins = create_registered(ts, *find_native(vm.names.builtins));
  if (!vm.builtins) return false;
  vm.sys = create_registered(ts, *find_native(vm.names.sys));
  return vm.sys != nullptr;
}

Value native_module_import(ThreadState& ts, Str* name) {
  const NativeModule* row = find_native(name);
  if (!row) return Value::error();
  Vm& vm = *ts.vm;
  // builtins and sys exist once per VM, even if removed from sys.modules.
  Module* existing = row->create == builtins_module_create ? vm.builtins
                     : row->create == sys_module_create    ? vm.sys
                                                           : nullptr;
  if (existing) {
    if (!dict_set_str(ts, vm.modules, existing->name, Value::from_obj(existing))) {
      return Value::error();
    }
    return Value::from_obj(existing);
  }
  Value cached = dict_get_str(vm.modules, name);
  if (!cached.is_error()) return cached;
  Module* m = create_registered(ts, *row);
  return m ? Value::from_obj(m) : Value::error();
}

}  // namespace weft
