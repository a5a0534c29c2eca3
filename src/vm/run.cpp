// Compiling and running source text (see run.hpp): parse, turn parser and compiler failures into
// SyntaxError instances shaped like CPython's, generate code, and run code objects in a frame.
#include "vm/run.hpp"

#include <string>

#include "compile/codegen.hpp"
#include "compile/parser.hpp"
#include "object/code.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/module.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "vm/function.hpp"

namespace weft {
namespace {

// The text of 1-based `line` of `source`, with its newline (CPython's SyntaxError.text).
std::string_view source_line(std::string_view source, int line) {
  size_t start = 0;
  for (int l = 1; l < line; l++) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = source.find('\n', start);
  return source.substr(start, end == std::string_view::npos ? end : end - start + 1);
}

// CPython's offsets count characters, not UTF-8 bytes: 1 + code points before byte `col`.
int char_offset(std::string_view line, int col) {
  if (col < 0) return col;
  int chars = 0;
  for (size_t i = 0; i < line.size() && i < size_t(col); i++)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) chars++;
  return chars + 1;
}

Type* syntax_error_type(ThreadState& ts, const char* kind) {
  std::string_view k = kind ? kind : "SyntaxError";
  if (k == "IndentationError") return ts.vm->types.IndentationError;
  if (k == "TabError") return ts.vm->types.TabError;
  return ts.vm->types.SyntaxError;
}

struct SyntaxErrorFields {
  Type* type;
  std::string_view msg;
  int line, offset, end_line, end_offset;  // offsets 1-based, in characters
  std::string_view text;
};

// Builds the exception as CPython does: args = (msg, (filename, lineno, offset, text,
// end_lineno, end_offset)), and the same values as attributes.
Value raise_syntax_error(ThreadState& ts, const SyntaxErrorFields& e, Str* filename) {
  Vm& vm = *ts.vm;
  WEFT_TRY(msg, str_new(ts, e.msg.data(), e.msg.size()));
  Value text = vm.none;
  if (!e.text.empty()) {
    text = str_decode_utf8(ts, e.text.data(), e.text.size(), "replace");
    if (text.is_error()) return text;
  }
  Value none = vm.none;
  Value fields[6] = {Value::from_obj(filename), Value::from_int(e.line), Value::from_int(e.offset),
                     text, e.end_line > 0 ? Value::from_int(e.end_line) : none,
                     e.end_offset > 0 ? Value::from_int(e.end_offset) : none};
  WEFT_TRY(details, tuple_new(ts, fields, 6));
  Value args[2] = {msg, details};
  WEFT_TRY(exc, exception_new(ts, e.type, args, 2));
  auto be = static_cast<BaseException*>(exc.as_obj());
  if (!be->dict && !(be->dict = dict_new(ts))) return Value::error();
  Names& n = vm.names;
  Str* keys[7] = {n.msg, n.filename, n.lineno, n.offset, n.text, n.end_lineno, n.end_offset};
  Value values[7] = {msg, fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]};
  for (int i = 0; i < 7; i++)
    if (!dict_set_str(ts, be->dict, keys[i], values[i])) return Value::error();
  return raise_value(ts, exc);
}

Value parse_failure(ThreadState& ts, const SyntaxErrorInfo& err, Str* filename) {
  std::string_view kind = err.kind ? err.kind : "SyntaxError";
  if (kind == "MemoryError") return raise_no_memory(ts);
  if (kind == "RecursionError")
    return raise(ts, ts.vm->types.RecursionError, "%s", err.msg.c_str());
  SyntaxErrorFields e{syntax_error_type(ts, err.kind), err.msg, err.line, err.col,
                      err.end_line, err.end_col, err.text};
  return raise_syntax_error(ts, e, filename);
}

Value compile_failure(ThreadState& ts, const CompileError& err, std::string_view source,
                      Str* filename) {
  if (err.pending) return Value::error();
  std::string_view line = source_line(source, err.loc.line);
  std::string_view end_line = err.loc.end_line == err.loc.line
                                  ? line : source_line(source, err.loc.end_line);
  SyntaxErrorFields e{ts.vm->types.SyntaxError, err.msg, err.loc.line,
                      char_offset(line, err.loc.col), err.loc.end_line,
                      char_offset(end_line, err.loc.end_col), line};
  return raise_syntax_error(ts, e, filename);
}

}  // namespace

Value compile_source(ThreadState& ts, std::string_view source, Str* filename, CompileMode mode) {
  ParseMode pm = mode == CompileMode::Eval   ? ParseMode::Eval
                 : mode == CompileMode::Single ? ParseMode::Single : ParseMode::Exec;
  CodegenMode cm = mode == CompileMode::Eval   ? CodegenMode::Eval
                   : mode == CompileMode::Single ? CodegenMode::Single : CodegenMode::Exec;
  ast::Arena arena;
  ast::Module mod;
  SyntaxErrorInfo perr{};
  if (!parse(source, pm, ts.stack_limit, arena, &mod, &perr)) return parse_failure(ts, perr, filename);
  CompileError cerr;
  Value code;
  if (!codegen_module(ts, &mod, cm, filename, &code, &cerr))
    return compile_failure(ts, cerr, source, filename);
  return code;
}

Value run_code(ThreadState& ts, Value code_value, Dict* globals, Dict* locals) {
  Vm& vm = *ts.vm;
  Code* code = as_code(code_value);
  if (code->nfree > 0)
    return raise(ts, vm.types.TypeError,
                 "code object passed to exec() may not contain free variables");
  if (dict_get_str(globals, vm.names.__builtins__).is_error() &&
      !dict_set_str(ts, globals, vm.names.__builtins__, Value::from_obj(vm.builtins)))
    return Value::error();
  return run_frame(ts, code, nullptr, globals, builtins_of(ts, globals), locals ? locals : globals,
                   nullptr, 0, nullptr, false);
}

Value run_source(ThreadState& ts, std::string_view source, Str* filename, CompileMode mode,
                 Dict* globals, Dict* locals) {
  WEFT_TRY(code, compile_source(ts, source, filename, mode));
  return run_code(ts, code, globals, locals);
}

}  // namespace weft
