// Module objects: a name and a globals dict that is also the attribute namespace, with PEP 562
// module __getattr__ and CPython's reprs and error messages.
#include "object/module.hpp"

#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

Module* as_module(Value v) { return static_cast<Module*>(v.as_obj()); }

// The standard attributes every module starts with, as types.ModuleType(name) has them.
bool init_module_dict(ThreadState& ts, Module* m, Str* name, Value doc) {
  Names& n = ts.vm->names;
  Value none = ts.vm->none;
  m->name = name;
  return dict_set_str(ts, m->dict, n.__name__, Value::from_obj(name)) &&
         dict_set_str(ts, m->dict, n.__doc__, doc) &&
         dict_set_str(ts, m->dict, n.__package__, none) &&
         dict_set_str(ts, m->dict, n.__loader__, none) &&
         dict_set_str(ts, m->dict, n.__spec__, none);
}

Module* module_alloc(ThreadState& ts, Type* type) {
  auto m = static_cast<Module*>(gc_alloc(ts, type, type->basic_size));
  if (!m) return nullptr;
  m->dict = dict_new(ts);
  return m->dict ? m : nullptr;
}

// module(name, doc=None), as types.ModuleType.
Value module_type_new(ThreadState& ts, Type* type, const Value* args, size_t nargs,
                      Tuple* kwnames) {
  static constexpr const char* NAMES[] = {"name", "doc"};
  Value parsed[2];
  if (!args_parse(ts, {"module", NAMES, 2, 0, 2, 1}, args, nargs, kwnames, parsed)) {
    return Value::error();
  }
  if (!is_str(ts, parsed[0])) {
    return raise(ts, ts.vm->types.TypeError, "module.__init__() argument 'name' must be str, not %s",
                 type_name(ts, parsed[0]));
  }
  Module* m = module_alloc(ts, type);
  Value doc = parsed[1].is_error() ? ts.vm->none : parsed[1];
  if (!m || !init_module_dict(ts, m, as_str(parsed[0]), doc)) return Value::error();
  return Value::from_obj(m);
}

Value module_name_value(ThreadState& ts, Module* m) {
  Value name = dict_get_str(m->dict, ts.vm->names.__name__);
  return name.is_error() || !is_str(ts, name) ? Value::error() : name;
}

Value module_getattr(ThreadState& ts, Value self, Str* name) {
  Value v = generic_getattr_opt(ts, self, name);
  if (!v.is_error() || ts.has_pending()) return v;
  Module* m = as_module(self);
  Value hook = dict_get_str(m->dict, ts.vm->names.__getattr__);
  if (!hook.is_error()) return call1(ts, hook, Value::from_obj(name));
  Value mod_name = module_name_value(ts, m);
  if (mod_name.is_error()) {
    return raise(ts, ts.vm->types.AttributeError, "module has no attribute '%U'", name);
  }
  return raise(ts, ts.vm->types.AttributeError, "module '%V' has no attribute '%U'", mod_name,
               name);
}

Value module_repr(ThreadState& ts, Value self) {
  Module* m = as_module(self);
  Value name = module_name_value(ts, m);
  if (name.is_error()) name = str_from_cstr(ts, "?");
  if (name.is_error()) return name;
  Value file = dict_get_str(m->dict, ts.vm->names.__file__);
  if (!file.is_error() && is_str(ts, file)) {
    return str_format_c(ts, "<module %R from %R>", name, file);
  }
  if (m->aux & MODULE_BUILTIN) return str_format_c(ts, "<module %R (built-in)>", name);
  if (m->aux & MODULE_FROZEN) return str_format_c(ts, "<module %R (frozen)>", name);
  return str_format_c(ts, "<module %R>", name);
}

void module_trace(Object* o, Tracer& t) {
  auto m = static_cast<Module*>(o);
  t.visit(m->dict);
  t.visit(m->name);
}

Value module_get_dict(ThreadState&, Value self) { return Value::from_obj(as_module(self)->dict); }

const GetSetDef MODULE_GETSETS[] = {
    {"__dict__", module_get_dict, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

Module* module_new(ThreadState& ts, Str* name) {
  Module* m = module_alloc(ts, ts.vm->types.module);
  if (!m || !init_module_dict(ts, m, name, ts.vm->none)) return nullptr;
  return m;
}

bool module_set(ThreadState& ts, Module* m, const char* name, Value v) {
  Str* key = intern_cstr(ts, name);
  return key && dict_set_str(ts, m->dict, key, v);
}

bool module_add_functions(ThreadState& ts, Module* m, const MethodDef* defs) {
  for (const MethodDef* def = defs; def->name; def++) {
    WEFT_TRY_BOOL(f, native_function_new(ts, def, Value::from_obj(m), Value::from_obj(m->name)));
    if (!module_set(ts, m, def->name, f)) return false;
  }
  return true;
}

void module_init_type(ThreadState& ts) {
  Type* t = ts.vm->types.module;
  t->basic_size = sizeof(Module);
  t->dict_offset = dict_member_offset(&Module::dict);
  t->tflags |= TF_HAS_DICT;
  t->trace = module_trace;
  t->new_ = module_type_new;
  t->repr = module_repr;
  t->getattr = module_getattr;
  t->setattr = generic_setattr;
  static_cast<void>(type_add_getsets(ts, t, MODULE_GETSETS));
}

}  // namespace weft
