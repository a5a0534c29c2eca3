// print() and input(), through sys.stdout / sys.stdin (with a fast path for the console files).
#include "modules/console_io.hpp"
#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

// sys.<name>, or error() with RuntimeError "lost sys.<name>" pending when unset or None.
Value sys_file(ThreadState& ts, Str* name, const char* who) {
  Value f = ts.vm->sys ? dict_get_str(ts.vm->sys->dict, name) : Value::error();
  if (f.is_error() || f == ts.vm->none) {
    return raise(ts, ts.vm->types.RuntimeError, "%slost sys.%U", who, name);
  }
  return f;
}

bool write_text(ThreadState& ts, Value file, Value text) {
  if (is_console_file(ts, file)) return console_file_write(ts, file, as_str(text));
  return !call_method(ts, file, ts.vm->names.write, &text, 1).is_error();
}

bool flush_file(ThreadState& ts, Value file) {
  return !call_method(ts, file, ts.vm->names.flush, nullptr, 0).is_error();
}

// sep and end: None means the default; anything else must be a str.
bool text_option(ThreadState& ts, Value v, const char* what, Value fallback, Value* out) {
  if (v.is_error() || v == ts.vm->none) {
    *out = fallback;
    return true;
  }
  if (!is_str(ts, v)) {
    raise(ts, ts.vm->types.TypeError, "%s must be None or a string, not %s", what,
          type_name(ts, v));
    return false;
  }
  *out = v;
  return true;
}

Value b_print(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static constexpr const char* NAMES[] = {"sep", "end", "file", "flush"};
  Value kw[4];
  if (!args_parse(ts, {"print", NAMES, 4, 0, 0, 0}, args + nargs, 0, kwnames, kw)) {
    return Value::error();
  }
  Names& n = ts.vm->names;
  Value sep, end;
  if (!text_option(ts, kw[0], "sep", Value::from_obj(n.space), &sep) ||
      !text_option(ts, kw[1], "end", Value::from_obj(n.newline), &end)) {
    return Value::error();
  }
  Value file = kw[2];
  if (file.is_error() || file == ts.vm->none) {
    file = ts.vm->sys ? dict_get_str(ts.vm->sys->dict, n.stdout_) : Value::error();
    if (file.is_error() || file == ts.vm->none) return ts.vm->none;
  }
  for (size_t i = 0; i < nargs; i++) {
    if (i > 0 && !write_text(ts, file, sep)) return Value::error();
    WEFT_TRY(s, obj_str(ts, args[i]));
    if (!write_text(ts, file, s)) return Value::error();
  }
  if (!write_text(ts, file, end)) return Value::error();
  if (!kw[3].is_error()) {
    int flush = obj_truth(ts, kw[3]);
    if (flush < 0 || (flush && !flush_file(ts, file))) return Value::error();
  }
  return ts.vm->none;
}

Value b_input(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_check(ts, "input", nargs, kwnames, 0, 1)) return Value::error();
  Names& n = ts.vm->names;
  WEFT_TRY(in, sys_file(ts, n.stdin_, "input(): "));
  WEFT_TRY(out, sys_file(ts, n.stdout_, "input(): "));
  if (nargs == 1) {
    WEFT_TRY(prompt, obj_str(ts, args[0]));
    if (!write_text(ts, out, prompt)) return Value::error();
  }
  if (!flush_file(ts, out)) return Value::error();
  WEFT_TRY(line, call_method(ts, in, n.readline, nullptr, 0));
  if (!is_str(ts, line)) {
    return raise(ts, ts.vm->types.TypeError, "object.readline() returned non-string");
  }
  Str* s = as_str(line);
  if (s->length == 0) return raise(ts, ts.vm->types.EOFError, "EOF when reading a line");
  if (s->data[s->nbytes - 1] != '\n') return line;
  return str_slice(ts, s, 0, s->length - 1);
}

}  // namespace

const MethodDef BUILTINS_IO_FUNCTIONS[] = {
    {"print", b_print, 0, "Prints the values to a stream, or to sys.stdout by default."},
    {"input", b_input, 0, "Read a string from standard input."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
