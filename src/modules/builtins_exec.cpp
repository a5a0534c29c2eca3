// exec(), eval() and compile(): source text or code objects run in given or current namespaces.
#include <string_view>

#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/bytes.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "vm/frame.hpp"
#include "vm/run.hpp"

namespace weft {

namespace {

// The code object for `src`: compiled from a str or bytes, or taken as is.
Value code_of(ThreadState& ts, Value src, const char* who, CompileMode mode, Str* filename) {
  if (type_of(ts, src) == ts.vm->types.code) return src;
  std::string_view text;
  if (is_str(ts, src)) {
    text = str_view(as_str(src));
  } else if (is_bytes(ts, src)) {
    text = std::string_view(as_bytes(src)->data, as_bytes(src)->size);
  } else {
    return raise(ts, ts.vm->types.TypeError, "%s() arg 1 must be a string, bytes or code object",
                 who);
  }
  if (mode == CompileMode::Eval) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  }
  return compile_source(ts, text, filename, mode);
}

// globals defaults to the caller's; locals to globals when globals was given, else the caller's.
bool namespaces(ThreadState& ts, Value g, Value l, const char* globals_error, Dict** globals,
                Dict** locals) {
  Value none = ts.vm->none;
  bool no_globals = g.is_error() || g == none;
  bool no_locals = l.is_error() || l == none;
  if (no_globals) {
    Frame* f = ts.frame;
    if (!f) {
      raise(ts, ts.vm->types.SystemError, "no current frame");
      return false;
    }
    *globals = f->globals;
    if (no_locals) {
      Value snapshot = frame_locals(ts, f);
      if (snapshot.is_error()) return false;
      *locals = as_dict(snapshot);
    }
  } else if (!is_dict(ts, g)) {
    raise(ts, ts.vm->types.TypeError, globals_error, type_name(ts, g));
    return false;
  } else {
    *globals = as_dict(g);
    *locals = no_locals ? *globals : nullptr;
  }
  if (!no_locals) {
    if (!is_dict(ts, l)) {
      raise(ts, ts.vm->types.TypeError, "locals must be a mapping");
      return false;
    }
    *locals = as_dict(l);
  }
  return true;
}

Value run(ThreadState& ts, const Value* args, size_t nargs, Tuple* kw, const char* who,
          CompileMode mode, const char* globals_error) {
  if (!args_check(ts, who, nargs, kw, 1, 3)) return Value::error();
  Dict *globals = nullptr, *locals = nullptr;
  if (!namespaces(ts, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(),
                  globals_error, &globals, &locals)) {
    return Value::error();
  }
  Str* filename = intern_cstr(ts, "<string>");
  if (!filename) return Value::error();
  WEFT_TRY(code, code_of(ts, args[0], who, mode, filename));
  return run_code(ts, code, globals, locals);
}

Value b_exec(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value r = run(ts, args, nargs, kw, "exec", CompileMode::Exec,
                "exec() globals must be a dict, not %s");
  return r.is_error() ? r : ts.vm->none;
}

Value b_eval(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return run(ts, args, nargs, kw, "eval", CompileMode::Eval, "globals must be a dict");
}

Value b_compile(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static constexpr const char* NAMES[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                          "optimize"};
  Value a[6];
  if (!args_parse(ts, {"compile", NAMES, 6, 0, 6, 3}, args, nargs, kwnames, a)) {
    return Value::error();
  }
  if (!is_str(ts, a[1])) {
    return raise(ts, ts.vm->types.TypeError, "compile() argument 'filename' must be str, not %s",
                 type_name(ts, a[1]));
  }
  if (!is_str(ts, a[2])) {
    return raise(ts, ts.vm->types.TypeError, "compile() argument 'mode' must be str, not %s",
                 type_name(ts, a[2]));
  }
  Str* mode_text = as_str(a[2]);
  CompileMode mode;
  if (str_equal_cstr(mode_text, "exec")) {
    mode = CompileMode::Exec;
  } else if (str_equal_cstr(mode_text, "eval")) {
    mode = CompileMode::Eval;
  } else if (str_equal_cstr(mode_text, "single")) {
    mode = CompileMode::Single;
  } else {
    return raise(ts, ts.vm->types.ValueError,
                 "compile() mode must be 'exec', 'eval' or 'single'");
  }
  return code_of(ts, a[0], "compile", mode, as_str(a[1]));
}

}  // namespace

const MethodDef BUILTINS_EXEC_FUNCTIONS[] = {
    {"exec", b_exec, 0, "Execute the given source in the context of globals and locals."},
    {"eval", b_eval, 0, "Evaluate the given source in the context of globals and locals."},
    {"compile", b_compile, 0, "Compile source into a code object."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
