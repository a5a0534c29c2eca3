// The import system (see import.hpp): sys.modules, native modules, frozen modules (lib/), then
// `<dir>/<name>.py` and packages `<dir>/<name>/__init__.py` on sys.path (or on the parent
// package's __path__) -- CPython's meta path order: BuiltinImporter, FrozenImporter, PathFinder.
//
// Thread safety: a later issue adds per-module import locks (CPython's _ModuleLock) in
// import_one, so that two threads importing the same module do not both run its code; the
// second waits and then finds it in sys.modules.
#include "vm/import.hpp"

#include <string>

#include "modules/frozen_modules.hpp"
#include "modules/native_modules.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/namespace.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "vm/run.hpp"

namespace weft {
namespace {

void read_sink(void* ctx, const char* data, size_t n) {
  static_cast<std::string*>(ctx)->append(data, n);
}

// Runs `source` as the code of module `m`, called `name`. The module is in sys.modules while its
// code runs (so circular imports find it) and is removed again if the code fails.
Value exec_module(ThreadState& ts, Module* m, Str* name, std::string_view source, Str* filename) {
  Vm& vm = *ts.vm;
  if (!dict_set(ts, vm.modules, Value::from_obj(name), Value::from_obj(m))) return Value::error();
  Value code = compile_source(ts, source, filename, CompileMode::Exec);
  if (!code.is_error()) code = run_code(ts, code, m->dict, nullptr);
  if (code.is_error()) {
    Value exc = take_pending(ts);
    static_cast<void>(dict_del(ts, vm.modules, Value::from_obj(name)));
    ts.pending = exc;
    return Value::error();
  }
  Value result = dict_get(ts, vm.modules, Value::from_obj(name));
  if (result.is_error() && !ts.has_pending())
    return raise(ts, vm.types.ImportError, "Loaded module %U not found in sys.modules", name);
  return result;
}

// __package__: the package itself for a package, else its parent ('' at the top level).
Value package_of(ThreadState& ts, Str* name, bool is_package, Value parent_name) {
  if (is_package) return Value::from_obj(name);
  return parent_name == ts.vm->none ? ts.vm->empty_str : parent_name;
}

// Runs the source file at `path` as module `name`.
Value load_source(ThreadState& ts, Str* name, const std::string& path, const std::string* pkgdir,
                  Value parent_name) {
  Vm& vm = *ts.vm;
  std::string source;
  if (!port::file_read_all(path.c_str(), read_sink, &source))
    return raise(ts, vm.types.ImportError, "cannot read '%s'", path.c_str());
  Module* m = module_new(ts, name);
  if (!m) return Value::error();
  WEFT_TRY(file, str_new(ts, path.data(), path.size()));
  if (!dict_set_str(ts, m->dict, vm.names.__file__, file)) return Value::error();
  Value package = package_of(ts, name, pkgdir != nullptr, parent_name);
  if (!dict_set_str(ts, m->dict, vm.names.__package__, package)) return Value::error();
  if (pkgdir) {
    WEFT_TRY(dir, str_new(ts, pkgdir->data(), pkgdir->size()));
    WEFT_TRY(path_list, list_from_array(ts, &dir, 1));
    if (!dict_set_str(ts, m->dict, vm.names.__path__, path_list)) return Value::error();
  }
  return exec_module(ts, m, name, source, as_str(file));
}

// A module spec in the shape of CPython's for a frozen module (origin 'frozen', no location).
Value frozen_spec(ThreadState& ts, Str* name, Value package, Value search_path) {
  Value none = ts.vm->none;
  WEFT_TRY(spec, namespace_new(ts));
  WEFT_TRY(origin, str_from_cstr(ts, "frozen"));
  bool ok = namespace_set(ts, spec, "name", Value::from_obj(name)) &&
            namespace_set(ts, spec, "loader", none) && namespace_set(ts, spec, "origin", origin) &&
            namespace_set(ts, spec, "submodule_search_locations", search_path) &&
            namespace_set(ts, spec, "parent", package) &&
            namespace_set(ts, spec, "has_location", ts.vm->false_) &&
            namespace_set(ts, spec, "cached", none);
  return ok ? spec : Value::error();
}

// Runs a module frozen into the binary. As CPython's frozen modules with no stdlib folder, it has
// no __file__, its code's filename is "<frozen NAME>", and a package's __path__ is empty
// (its submodules are found by their full names among the frozen ones).
Value load_frozen(ThreadState& ts, Str* name, const FrozenModule& frozen, Value parent_name) {
  Vm& vm = *ts.vm;
  Module* m = module_new(ts, name);
  if (!m) return Value::error();
  m->aux |= MODULE_FROZEN;
  Value package = package_of(ts, name, frozen.is_package, parent_name);
  Value search_path = vm.none;
  if (frozen.is_package) {
    List* empty = list_new(ts, 0);
    if (!empty || !dict_set_str(ts, m->dict, vm.names.__path__, Value::from_obj(empty)))
      return Value::error();
    search_path = Value::from_obj(empty);
  }
  WEFT_TRY(spec, frozen_spec(ts, name, package, search_path));
  WEFT_TRY(filename, str_format_c(ts, "<frozen %U>", name));
  if (!dict_set_str(ts, m->dict, vm.names.__package__, package) ||
      !dict_set_str(ts, m->dict, vm.names.__spec__, spec)) {
    return Value::error();
  }
  return exec_module(ts, m, name, std::string_view(frozen.source, frozen.size), as_str(filename));
}

// Searches `dirs` (a list of str) for `last` as a package or a module file.
Value find_and_load(ThreadState& ts, Str* fullname, std::string_view last, Value dirs,
                    Value parent_name) {
  WEFT_TRY(snapshot, list_as_tuple(ts, as_list(dirs)));
  Tuple* t = as_tuple(snapshot);
  for (size_t i = 0; i < t->size; i++) {
    if (!is_str(ts, t->items[i])) continue;
    std::string dir(str_view(as_str(t->items[i])));
    std::string base = dir.empty() ? std::string(last) : dir + "/" + std::string(last);
    std::string init = base + "/__init__.py";
    if (port::dir_exists(base.c_str()) && port::file_exists(init.c_str()))
      return load_source(ts, fullname, init, &base, parent_name);
    std::string file = base + ".py";
    if (port::file_exists(file.c_str())) return load_source(ts, fullname, file, nullptr, parent_name);
  }
  return Value();
}

// A submodule becomes an attribute of its package once loaded.
Value bind_submodule(ThreadState& ts, Value parent, std::string_view last, Value m) {
  Str* attr = intern_chars(ts, last.data(), last.size());
  if (!attr || !obj_setattr(ts, parent, attr, m)) return Value::error();
  return m;
}

// Imports one dotted name whose parent package (if any) is already imported.
Value import_one(ThreadState& ts, Str* fullname, Value parent) {
  Vm& vm = *ts.vm;
  Value modname = Value::from_obj(fullname), no_path = Value::error();
  Value found = dict_get(ts, vm.modules, modname);
  if (!found.is_error()) {
    if (found == vm.none)
      return raise_import_error(ts, vm.types.ModuleNotFoundError, modname, no_path,
                                "import of %U halted; None in sys.modules", fullname);
    return found;
  }
  if (ts.has_pending()) return Value::error();
  std::string_view full = str_view(fullname);
  size_t dot = full.rfind('.');
  std::string_view last = dot == std::string_view::npos ? full : full.substr(dot + 1);
  Value dirs, parent_name = vm.none;
  if (parent.is_error()) {
    Value native = native_module_import(ts, fullname);
    if (!native.is_error() || ts.has_pending()) return native;
    if (const FrozenModule* frozen = frozen_find(full))
      return load_frozen(ts, fullname, *frozen, parent_name);
    dirs = vm.path ? Value::from_obj(vm.path) : Value();
  } else {
    WEFT_TRY(pname, obj_getattr(ts, parent, vm.names.__name__));
    parent_name = pname;
    if (const FrozenModule* frozen = frozen_find(full)) {
      WEFT_TRY(m, load_frozen(ts, fullname, *frozen, parent_name));
      return bind_submodule(ts, parent, last, m);
    }
    dirs = obj_getattr_opt(ts, parent, vm.names.__path__);
    if (dirs.is_error()) {
      if (ts.has_pending()) return Value::error();
      return raise_import_error(ts, vm.types.ModuleNotFoundError, modname, no_path,
                                "No module named '%U'; '%V' is not a package", fullname, pname);
    }
  }
  Value m = dirs.is_obj() && is_list(ts, dirs) ? find_and_load(ts, fullname, last, dirs, parent_name)
                                                : Value();
  if (m.is_error()) {
    if (ts.has_pending()) return m;
    return raise_import_error(ts, vm.types.ModuleNotFoundError, modname, no_path,
                                "No module named '%U'", fullname);
  }
  return parent.is_error() ? m : bind_submodule(ts, parent, last, m);
}

// The absolute name of a relative import of `name` at `level` from the module owning `globals`.
Value resolve_relative(ThreadState& ts, Str* name, Value globals, int level) {
  Vm& vm = *ts.vm;
  Value package = globals.is_obj() && is_dict(ts, globals)
                      ? dict_get_str(as_dict(globals), vm.names.__package__) : Value();
  std::string base;
  if (!package.is_error() && is_str(ts, package)) {
    base = str_view(as_str(package));
  } else if (globals.is_obj() && is_dict(ts, globals)) {
    Value modname = dict_get_str(as_dict(globals), vm.names.__name__);
    if (!modname.is_error() && is_str(ts, modname)) {
      base = str_view(as_str(modname));
      if (dict_get_str(as_dict(globals), vm.names.__path__).is_error()) {
        size_t dot = base.rfind('.');
        base = dot == std::string::npos ? "" : base.substr(0, dot);
      }
    }
  }
  if (base.empty())
    return raise(ts, vm.types.ImportError, "attempted relative import with no known parent package");
  for (int i = 1; i < level; i++) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos)
      return raise(ts, vm.types.ImportError, "attempted relative import beyond top-level package");
    base.resize(dot);
  }
  if (name->nbytes) base += "." + std::string(str_view(name));
  Str* s = intern_chars(ts, base.data(), base.size());
  return s ? Value::from_obj(s) : Value::error();
}

// `from package import name` may name a submodule that is not imported yet.
bool import_fromlist(ThreadState& ts, Value module, Value fromlist) {
  Vm& vm = *ts.vm;
  if (obj_getattr_opt(ts, module, vm.names.__path__).is_error()) return !ts.has_pending();
  WEFT_TRY_BOOL(items, tuple_from_iterable(ts, fromlist));
  WEFT_TRY_BOOL(modname, obj_getattr(ts, module, vm.names.__name__));
  for (size_t i = 0; i < as_tuple(items)->size; i++) {
    Value item = as_tuple(items)->items[i];
    if (!is_str(ts, item) || str_equal_cstr(as_str(item), "*")) continue;
    Value existing = obj_getattr_opt(ts, module, as_str(item));
    if (!existing.is_error()) continue;
    if (ts.has_pending()) return false;
    WEFT_TRY_BOOL(full, str_format_c(ts, "%V.%V", modname, item));
    Str* sub = str_intern(ts, as_str(full));
    if (!sub) return false;
    if (import_one(ts, sub, module).is_error()) {
      // A missing submodule is reported later by IMPORT_FROM as "cannot import name".
      if (!pending_matches(ts, vm.types.ModuleNotFoundError)) return false;
      take_pending(ts);
    }
  }
  return true;
}

}  // namespace

Value import_module(ThreadState& ts, Str* name, Value globals, Value fromlist, int level) {
  Vm& vm = *ts.vm;
  if (level < 0) return raise(ts, vm.types.ValueError, "level must be >= 0");
  Str* full = name;
  if (level > 0) {
    WEFT_TRY(resolved, resolve_relative(ts, name, globals, level));
    full = as_str(resolved);
  } else if (name->nbytes == 0) {
    return raise(ts, vm.types.ValueError, "Empty module name");
  }
  std::string_view text = str_view(full);
  Value top, module;
  for (size_t start = 0;;) {
    size_t dot = text.find('.', start);
    size_t end = dot == std::string_view::npos ? text.size() : dot;
    Str* prefix = intern_chars(ts, text.data(), end);
    if (!prefix) return Value::error();
    module = import_one(ts, prefix, module);
    if (module.is_error()) return module;
    if (top.is_error()) top = module;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  bool has_fromlist = !fromlist.is_error() && fromlist != vm.none;
  if (has_fromlist) {
    size_t n = 0;
    if (!obj_len(ts, fromlist, &n)) return Value::error();
    has_fromlist = n > 0;
  }
  if (!has_fromlist) {
    if (level == 0) return top;
    // `from . import x` always has a fromlist; a bare relative import returns the package
    // named before the first dot of `name`, as importlib does.
    size_t dot = str_view(name).find('.');
    if (dot == std::string_view::npos) return module;
    std::string prefix(text.substr(0, text.size() - (name->nbytes - dot)));
    Str* s = intern_chars(ts, prefix.data(), prefix.size());
    return s ? dict_get(ts, vm.modules, Value::from_obj(s)) : Value::error();
  }
  if (!import_fromlist(ts, module, fromlist)) return Value::error();
  return module;
}

}  // namespace weft
