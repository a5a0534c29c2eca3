// Running a program as __main__ (vm_run_file, vm_run_string, vm_run_module) and turning its
// outcome into an exit status exactly as CPython's command line does.
#include <string>

#include "modules/console_io.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "vm/main_module.hpp"
#include "vm/run.hpp"
#include "weft/vm.hpp"

namespace weft {

namespace {

void read_sink(void* ctx, const char* data, size_t n) {
  static_cast<std::string*>(ctx)->append(data, n);
}

// SystemExit(code): None -> 0, an int -> that int, anything else is printed and gives 1.
int system_exit_status(ThreadState& ts, Value exc) {
  Vm& vm = *ts.vm;
  Str* name = intern_cstr(ts, "code");
  Value code = name ? obj_getattr(ts, exc, name) : Value::error();
  if (code.is_error()) {
    ts.pending = Value::error();
    return 1;
  }
  if (code == vm.none) return 0;
  if (is_instance(ts, code, vm.types.int_)) {
    int64_t status = 0;
    if (int_to_i64(ts, code, &status)) return int(status);
    ts.pending = Value::error();
    return -1;  // CPython: the conversion fails and the status is -1
  }
  Value text = obj_str(ts, code);
  if (text.is_error()) {
    ts.pending = Value::error();
    return 1;
  }
  std::string line(str_view(as_str(text)));
  line += '\n';
  write_stderr_text(ts, line);
  return 1;
}

// The file of module `name` on sys.path: <dir>/<a/b>.py, or <dir>/<a/b>/__main__.py for a
// package. Empty when there is none.
std::string find_module_file(ThreadState& ts, const char* name) {
  std::string rel(name);
  for (char& c : rel) {
    if (c == '.') c = '/';
  }
  List* path = ts.vm->path;
  for (size_t i = 0; path && i < list_size(path); i++) {
    Value dir = list_get(path, i);
    if (!is_str(ts, dir)) continue;
    std::string base(str_view(as_str(dir)));
    if (!base.empty() && base.back() != '/') base += '/';
    for (const char* suffix : {".py", "/__main__.py"}) {
      std::string candidate = base + rel + suffix;
      if (port::file_exists(candidate.c_str())) return candidate;
    }
  }
  return {};
}

// sys.argv[0] becomes the module's file, as CPython's -m sets it.
void set_argv0(ThreadState& ts, const std::string& file) {
  Str* key = intern_cstr(ts, "argv");
  Value argv = key ? dict_get_str(ts.vm->sys->dict, key) : Value::error();
  Value text = str_new(ts, file.data(), file.size());
  if (!argv.is_error() && is_list(ts, argv) && list_size(as_list(argv)) > 0 && !text.is_error())
    list_set(ts, as_list(argv), 0, text);
  ts.pending = Value::error();
}

int cannot_open(const char* path) {
  std::string msg = std::string("weft: can't open file '") + path +
                    "': [Errno 2] No such file or directory\n";
  static_cast<void>(port::console_write(2, msg.data(), msg.size()));
  return 2;
}

}  // namespace

void write_stderr_text(ThreadState& ts, std::string_view text) {
  Value saved = take_pending(ts);
  Value file = ts.vm->sys ? dict_get_str(ts.vm->sys->dict, ts.vm->names.stderr_) : Value::error();
  Value s = str_decode_utf8(ts, text.data(), text.size(), "replace");
  bool written = false;
  if (!file.is_error() && file != ts.vm->none && !s.is_error()) {
    written = is_console_file(ts, file) ? console_file_write(ts, file, as_str(s))
                                        : !call_method(ts, file, ts.vm->names.write, &s, 1).is_error();
  }
  if (!written) static_cast<void>(port::console_write(2, text.data(), text.size()));
  ts.pending = saved;
}

Module* main_module_new(ThreadState& ts, const char* file) {
  Vm& vm = *ts.vm;
  Module* m = module_new(ts, vm.names.__main__);
  if (!m) return nullptr;
  if (!dict_set_str(ts, m->dict, vm.names.__builtins__, Value::from_obj(vm.builtins)))
    return nullptr;
  if (file) {
    Value f = str_from_cstr(ts, file);
    if (f.is_error() || !dict_set_str(ts, m->dict, vm.names.__file__, f)) return nullptr;
  }
  if (!dict_set_str(ts, vm.modules, vm.names.__main__, Value::from_obj(m))) return nullptr;
  return m;
}

int uncaught_exit_status(ThreadState& ts) {
  Value exc = take_pending(ts);
  if (exc.is_error()) return 1;
  if (is_instance(ts, exc, ts.vm->types.SystemExit)) return system_exit_status(ts, exc);
  exception_print(ts, exc);
  // CPython ends by SIGINT after an uncaught KeyboardInterrupt, which a shell reports as 130.
  return is_instance(ts, exc, ts.vm->types.KeyboardInterrupt) ? 130 : 1;
}

int run_main_source(ThreadState& ts, Module* m, std::string_view source, const char* filename) {
  Value name = str_from_cstr(ts, filename);
  Value result = name.is_error() ? name
                                 : run_source(ts, source, as_str(name), CompileMode::Exec,
                                              m->dict, nullptr);
  int status = result.is_error() ? uncaught_exit_status(ts) : 0;
  console_flush_all(ts);
  return status;
}

int vm_run_string(Vm* vm, const char* source) {
  ThreadState& ts = *vm->main_thread;
  Module* m = main_module_new(ts, nullptr);
  if (!m) return uncaught_exit_status(ts);
  return run_main_source(ts, m, source, "<string>");
}

int vm_run_file(Vm* vm, const char* path) {
  ThreadState& ts = *vm->main_thread;
  std::string source;
  if (!port::file_read_all(path, read_sink, &source)) return cannot_open(path);
  Module* m = main_module_new(ts, path);
  if (!m) return uncaught_exit_status(ts);
  return run_main_source(ts, m, source, path);
}

int vm_run_module(Vm* vm, const char* module) {
  ThreadState& ts = *vm->main_thread;
  std::string file = find_module_file(ts, module);
  if (file.empty()) {
    std::string msg = std::string("weft: No module named ") + module + "\n";
    write_stderr_text(ts, msg);
    return 1;
  }
  set_argv0(ts, file);
  return vm_run_file(vm, file.c_str());
}

}  // namespace weft
