// Types of native modules built from a NativeTypeSpec (see native_type.hpp).
#include "modules/native_type.hpp"

#include <cstring>

#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/iterators.hpp"
#include "object/module.hpp"
#include "object/slot_defs.hpp"
#include "object/str.hpp"
#include "object/type.hpp"

namespace weft {

Type* native_type_new(ThreadState& ts, const NativeTypeSpec& spec) {
  Type* t = type_new_builtin(ts, spec.name, ts.vm->types.object, TypeKind::Other,
                             spec.basic_size, spec.tflags);
  if (!t) return nullptr;
  t->trace = spec.trace;
  t->new_ = spec.new_;
  if (spec.iternext) {
    t->iter = iter_self;
    t->iternext = spec.iternext;
  }
  if (spec.repr) t->repr = spec.repr;
  if (spec.call) t->call = spec.call;
  if (spec.methods && !type_add_methods(ts, t, spec.methods)) return nullptr;
  if (spec.doc) {
    Value doc = str_from_cstr(ts, spec.doc);
    if (doc.is_error() || !dict_set_str(ts, t->dict, ts.vm->names.__doc__, doc)) return nullptr;
  }
  return type_add_slot_wrappers(ts, t) ? t : nullptr;
}

bool module_add_types(ThreadState& ts, Module* m, const NativeTypeSpec* specs) {
  for (const NativeTypeSpec* spec = specs; spec->name; spec++) {
    Type* t = native_type_new(ts, *spec);
    if (!t) return false;
    const char* dot = std::strrchr(spec->name, '.');
    if (!module_set(ts, m, dot ? dot + 1 : spec->name, Value::from_obj(t))) return false;
  }
  return true;
}

const char* type_short_name(ThreadState& ts, Value v) {
  Type* t = type_of(ts, v);
  return t->name ? t->name->data : type_cname(t);
}

bool args_positional(ThreadState& ts, const char* fname, size_t nargs, int min, int max) {
  if (nargs >= size_t(min) && (max < 0 || nargs <= size_t(max))) return true;
  bool few = nargs < size_t(min);
  int bound = few ? min : max;
  raise(ts, ts.vm->types.TypeError, "%s expected %s%d argument%s, got %zu", fname,
        min == max ? "" : few ? "at least " : "at most ", bound, bound == 1 ? "" : "s", nargs);
  return false;
}

}  // namespace weft
