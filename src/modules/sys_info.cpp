// sys's data attributes: argv, path, modules, the console files, and the descriptions of the
// interpreter (version, version_info, implementation, flags, int_info, platform, ...).
#include <cstring>

#include "modules/console_io.hpp"
#include "modules/module_defs.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/namespace.hpp"
#include "object/str.hpp"

namespace weft {

namespace {

constexpr const char* VERSION = "3.13.0 (weft 0.1.0)";
constexpr intptr_t HEXVERSION = 0x030D00F0;

#if defined(__linux__)
constexpr const char* PLATFORM = "linux";
#elif defined(__APPLE__)
constexpr const char* PLATFORM = "darwin";
#else
constexpr const char* PLATFORM = "weft";
#endif

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
constexpr const char* BYTEORDER = "big";
#else
constexpr const char* BYTEORDER = "little";
#endif

bool set_text(ThreadState& ts, Module* m, const char* name, const char* text) {
  WEFT_TRY_BOOL(s, str_from_cstr(ts, text));
  return module_set(ts, m, name, s);
}

// sys.argv: the script and its arguments as the CLI stored them ([''] when there is none).
// Bytes that are not UTF-8 survive as surrogate escapes, as CPython decodes the command line.
bool add_argv(ThreadState& ts, Module* m) {
  Vm& vm = *ts.vm;
  List* argv = list_new(ts, size_t(vm.argc > 0 ? vm.argc : 1));
  if (!argv) return false;
  if (vm.argc <= 0 && !list_append(ts, argv, vm.empty_str)) return false;
  for (int i = 0; i < vm.argc; i++) {
    const char* a = vm.argv[i];
    WEFT_TRY_BOOL(s, str_decode_utf8(ts, a, strlen(a), "surrogateescape"));
    if (!list_append(ts, argv, s)) return false;
  }
  return module_set(ts, m, "argv", Value::from_obj(argv));
}

bool add_console(ThreadState& ts, Module* m) {
  Value files[3];
  if (!console_files_new(ts, files)) return false;
  const char* names[3][2] = {{"stdin", "__stdin__"},
                             {"stdout", "__stdout__"},
                             {"stderr", "__stderr__"}};
  for (int fd = 0; fd < 3; fd++) {
    if (!module_set(ts, m, names[fd][0], files[fd]) ||
        !module_set(ts, m, names[fd][1], files[fd])) {
      return false;
    }
  }
  return true;
}

constexpr const char* VERSION_FIELDS[] = {"major", "minor", "micro", "releaselevel", "serial",
                                          nullptr};

Value version_value(ThreadState& ts, Type* type, int major, int minor, int micro,
                    const char* level) {
  WEFT_TRY(level_text, str_from_cstr(ts, level));
  Value items[5] = {Value::from_int(major), Value::from_int(minor), Value::from_int(micro),
                    level_text, Value::from_int(0)};
  return structseq_new(ts, type, items, 5);
}

// implementation.version is Weft's own version, in the same struct as sys.version_info.
bool add_versions(ThreadState& ts, Module* m) {
  Type* t = structseq_new_type(ts, "sys.version_info", VERSION_FIELDS);
  if (!t) return false;
  WEFT_TRY_BOOL(python, version_value(ts, t, 3, 13, 0, "final"));
  WEFT_TRY_BOOL(weft, version_value(ts, t, 0, 1, 0, "alpha"));
  WEFT_TRY_BOOL(impl, namespace_new(ts));
  WEFT_TRY_BOOL(name, str_from_cstr(ts, "weft"));
  if (!namespace_set(ts, impl, "name", name) ||
      !namespace_set(ts, impl, "cache_tag", ts.vm->none) ||
      !namespace_set(ts, impl, "version", weft) ||
      !namespace_set(ts, impl, "hexversion", Value::from_int(0x000100A0))) {
    return false;
  }
  return set_text(ts, m, "version", VERSION) && module_set(ts, m, "version_info", python) &&
         module_set(ts, m, "hexversion", Value::from_int(HEXVERSION)) &&
         module_set(ts, m, "implementation", impl);
}

constexpr const char* FLAG_FIELDS[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
    "int_max_str_digits", "gil", nullptr,
};

// Weft never writes bytecode files and always uses UTF-8; `gil` is as CPython 3.13t reports it.
bool add_flags(ThreadState& ts, Module* m) {
  Type* t = structseq_new_type(ts, "sys.flags", FLAG_FIELDS);
  if (!t) return false;
  Vm& vm = *ts.vm;
  Value zero = Value::from_int(0);
  Value items[19] = {zero, zero, zero, zero, Value::from_int(1), zero, zero, zero, zero, zero,
                     zero, zero, zero, vm.false_, Value::from_int(1), zero, vm.false_,
                     Value::from_int(vm.int_max_str_digits), Value::from_int(vm.gil_enabled)};
  WEFT_TRY_BOOL(flags, structseq_new(ts, t, items, 19));
  return module_set(ts, m, "flags", flags);
}

constexpr const char* INT_INFO_FIELDS[] = {"bits_per_digit", "sizeof_digit",
                                           "default_max_str_digits",
                                           "str_digits_check_threshold", nullptr};

bool add_int_info(ThreadState& ts, Module* m) {
  Type* t = structseq_new_type(ts, "sys.int_info", INT_INFO_FIELDS);
  if (!t) return false;
  Value items[4] = {Value::from_int(32), Value::from_int(4), Value::from_int(INT_MAX_STR_DIGITS),
                    Value::from_int(640)};
  WEFT_TRY_BOOL(info, structseq_new(ts, t, items, 4));
  return module_set(ts, m, "int_info", info);
}

bool add_platform(ThreadState& ts, Module* m) {
  WEFT_TRY_BOOL(maxsize, int_from_i64(ts, INTPTR_MAX));
  WEFT_TRY_BOOL(names, native_module_names(ts));
  return module_set(ts, m, "maxsize", maxsize) &&
         module_set(ts, m, "maxunicode", Value::from_int(0x10FFFF)) &&
         set_text(ts, m, "byteorder", BYTEORDER) && set_text(ts, m, "platform", PLATFORM) &&
         set_text(ts, m, "executable", "") && module_set(ts, m, "builtin_module_names", names) &&
         module_set(ts, m, "dont_write_bytecode", ts.vm->true_);
}

}  // namespace

bool sys_add_info(ThreadState& ts, Module* m) {
  Vm& vm = *ts.vm;
  return add_argv(ts, m) && module_set(ts, m, "path", Value::from_obj(vm.path)) &&
         module_set(ts, m, "modules", Value::from_obj(vm.modules)) && add_console(ts, m) &&
         add_versions(ts, m) && add_flags(ts, m) && add_int_info(ts, m) && add_platform(ts, m);
}

}  // namespace weft
