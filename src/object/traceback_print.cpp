// Printing an uncaught exception as CPython's default sys.excepthook does: the chain of causes
// and contexts, "Traceback (most recent call last):" with source lines, SyntaxError's caret
// line, the "Type: message" line and notes. Output goes to sys.stderr (console fd 2 as fallback).
#include <string>
#include <vector>

#include "object/code.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

constexpr int RECURSIVE_CUTOFF = 3;  // identical entries shown before "[Previous line repeated"

// The text of one source file, read once per exception_print call (nothing is kept after it).
struct SourceFile {
  std::string path;
  std::string text;
  bool ok = false;
};

void append_chunk(void* ctx, const char* data, size_t n) {
  static_cast<std::string*>(ctx)->append(data, n);
}

// Line `lineno` (1-based) of `file`, stripped of surrounding whitespace; empty when unknown.
std::string source_line(SourceFile& file, const char* path, int lineno) {
  if (file.path != path) {
    file.path = path;
    file.text.clear();
    file.ok = port::file_read_all(path, append_chunk, &file.text);
  }
  if (!file.ok || lineno < 1) return {};
  size_t pos = 0;
  for (int i = 1; i < lineno; i++) {
    pos = file.text.find('\n', pos);
    if (pos == std::string::npos) return {};
    pos++;
  }
  size_t end = file.text.find('\n', pos);
  std::string line = file.text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  const char* ws = " \t\r\f\v";
  size_t first = line.find_first_not_of(ws);
  if (first == std::string::npos) return {};
  return line.substr(first, line.find_last_not_of(ws) - first + 1);
}

struct Entry {
  const char* file;
  const char* name;
  int line;
  bool same_as(const Entry& o) const {
    return line == o.line && std::string_view(file) == o.file && std::string_view(name) == o.name;
  }
};

void print_repeated(StrBuf& out, int count) {
  if (count > RECURSIVE_CUTOFF) {
    count -= RECURSIVE_CUTOFF;
    out.appendf("  [Previous line repeated %d more time%s]\n", count, count > 1 ? "s" : "");
  }
}

void print_traceback(ThreadState& ts, Value tb, StrBuf& out, SourceFile& file) {
  out.append("Traceback (most recent call last):\n");
  Entry last{"", "", -2};
  int count = 0;
  for (; tb.is_obj() && type_of(ts, tb) == ts.vm->types.traceback;
       tb = static_cast<Traceback*>(tb.as_obj())->next) {
    auto t = static_cast<Traceback*>(tb.as_obj());
    if (!t->code.is_obj() || type_of(ts, t->code) != ts.vm->types.code) continue;
    Entry e{code_filename(t->code)->data, code_name(t->code)->data, t->lineno};
    if (!e.same_as(last)) {
      print_repeated(out, count);
      last = e;
      count = 0;
    }
    if (++count > RECURSIVE_CUTOFF) continue;
    out.appendf("  File \"%s\", line %d, in %s\n", e.file, e.line, e.name);
    std::string src = source_line(file, e.file, e.line);
    if (!src.empty()) out.appendf("    %s\n", src.c_str());
  }
  print_repeated(out, count);
}

// ---- SyntaxError location -----------------------------------------------------------------------

std::vector<uint32_t> code_points(const Str* s) {
  std::vector<uint32_t> cps;
  for (size_t i = 0; i < s->length; i++) cps.push_back(str_char_at(s, i));
  return cps;
}

bool is_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x1C || c == 0x1D ||
                                   c == 0x1E || c == 0x1F || c == 0x85 || c == 0xA0; }

intptr_t int_attr(ThreadState& ts, Value exc, Str* name, intptr_t none_value) {
  Value v = exception_get_attr(ts, exc, name);
  return is_int_like(ts, v) ? int_clamp_ssize(v) : none_value;
}

// "    x = (\n        ^\n" under a SyntaxError's text, from offset/end_offset (1-based columns).
void print_error_text(ThreadState& ts, Value exc, const Str* text, StrBuf& out) {
  std::vector<uint32_t> r = code_points(text);
  while (!r.empty() && r.back() == '\n') r.pop_back();
  size_t spaces = 0;
  while (spaces < r.size() && (r[spaces] == ' ' || r[spaces] == '\n' || r[spaces] == '\f')) spaces++;
  out.append("    ");
  for (size_t i = spaces; i < r.size(); i++) out.append_codepoint(r[i]);
  out.append_char('\n');
  Names& n = ts.vm->names;
  constexpr intptr_t NONE = INTPTR_MIN;
  intptr_t offset = int_attr(ts, exc, n.offset, NONE);
  if (offset == NONE) return;
  intptr_t end_offset = int_attr(ts, exc, n.end_offset, NONE);
  if (end_offset == NONE || end_offset == 0) end_offset = offset;
  intptr_t len = intptr_t(text->length);
  if (len > 0 && offset > len) offset = len + 1;
  if (len > 0 && end_offset > len) end_offset = len + 1;
  if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
  intptr_t colno = offset - 1 - intptr_t(spaces);
  intptr_t end_colno = end_offset - 1 - intptr_t(spaces);
  if (colno < 0) return;
  out.append("    ");
  for (intptr_t i = 0; i < colno; i++) {
    size_t k = spaces + size_t(i);
    uint32_t c = k < r.size() ? r[k] : ' ';
    out.append_codepoint(is_space(c) ? c : ' ');
  }
  for (intptr_t i = colno; i < end_colno; i++) out.append_char('^');
  out.append_char('\n');
}

// Returns the " (file)" suffix CPython adds to the message when there is no line number.
Value print_syntax_location(ThreadState& ts, Value exc, StrBuf& out) {
  Names& n = ts.vm->names;
  Value filename = exception_get_attr(ts, exc, n.filename);
  Value lineno = exception_get_attr(ts, exc, n.lineno);
  Value suffix = ts.vm->empty_str;
  if (lineno != ts.vm->none) {
    Value shown = is_str(ts, filename) ? filename : Value::error();
    out.append("  File \"");
    if (shown.is_error()) {
      out.append("<string>");
    } else {
      out.append_str(as_str(shown));
    }
    out.append("\", line ");
    out.append_value_str(lineno);
    out.append_char('\n');
  } else if (filename != ts.vm->none) {
    suffix = str_format_c(ts, " (%S)", filename);
    if (suffix.is_error()) suffix = ts.vm->empty_str;
  }
  Value text = exception_get_attr(ts, exc, n.text);
  if (is_str(ts, text)) print_error_text(ts, exc, as_str(text), out);
  return suffix;
}

// ---- the last line ------------------------------------------------------------------------------

void print_type_name(ThreadState& ts, Type* t, StrBuf& out) {
  Value module = type_module(ts, t);
  if (!module.is_error() && !str_equal_cstr(as_str(module), "__main__")) {
    out.append_str(as_str(module));
    out.append_char('.');
  }
  if (t->qualname) {
    out.append_str(t->qualname);
  } else {
    out.append(std::string_view(type_cname(t)));
  }
}

// str(x), or repr(x) when `use_repr`, or CPython's placeholder when that raises.
void append_text(ThreadState& ts, Value v, bool use_repr, const char* what, StrBuf& out) {
  Value s = use_repr ? obj_repr(ts, v) : obj_str(ts, v);
  if (s.is_error()) {
    ts.pending = Value::error();
    out.appendf("<%s %s() failed>", what, use_repr ? "repr" : "str");
  } else {
    out.append_str(as_str(s));
  }
}

void print_notes(ThreadState& ts, Value exc, StrBuf& out) {
  Dict* d = instance_dict(ts, exc);
  Value notes = d ? dict_get_str(d, ts.vm->names.__notes__) : Value::error();
  if (notes.is_error() || notes == ts.vm->none) return;
  Value items = is_list(ts, notes) ? list_as_tuple(ts, as_list(notes))
                : is_tuple(ts, notes) ? notes
                                      : Value::error();
  if (items.is_error()) {
    ts.pending = Value::error();
    append_text(ts, notes, true, "__notes__", out);
    out.append_char('\n');
    return;
  }
  Tuple* t = as_tuple(items);
  for (size_t i = 0; i < t->size; i++) {
    append_text(ts, t->items[i], false, "note", out);
    out.append_char('\n');
  }
}

void print_exception_only(ThreadState& ts, Value exc, StrBuf& out) {
  Type* t = type_of(ts, exc);
  bool syntax = type_is_subtype(t, ts.vm->types.SyntaxError);
  Value suffix = syntax ? print_syntax_location(ts, exc, out) : ts.vm->empty_str;
  print_type_name(ts, t, out);
  if (syntax) {
    Value msg = exception_get_attr(ts, exc, ts.vm->names.msg);
    out.append(": ");
    if (msg == ts.vm->none || (is_str(ts, msg) && as_str(msg)->nbytes == 0)) {
      out.append("<no detail available>");
    } else {
      append_text(ts, msg, false, "exception", out);
    }
    out.append_str(as_str(suffix));
  } else {
    Value s = obj_str(ts, exc);
    if (s.is_error()) {
      ts.pending = Value::error();
      out.append(": <exception str() failed>");
    } else if (as_str(s)->nbytes > 0) {
      out.append(": ");
      out.append_str(as_str(s));
    }
  }
  out.append_char('\n');
  print_notes(ts, exc, out);
}

// ---- chains -------------------------------------------------------------------------------------

constexpr const char* CAUSE_TEXT =
    "\nThe above exception was the direct cause of the following exception:\n\n";
constexpr const char* CONTEXT_TEXT =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

// The exceptions to print, newest first: each one's __cause__, or else its unsuppressed
// __context__, until one repeats. Kept in a list (printing may run Python code, which could
// unlink the chain) and built iteratively, so a long chain cannot exhaust the native stack.
// separators[i] is printed after chain[i], before the exception that followed it.
List* collect_chain(ThreadState& ts, Value exc, std::vector<const char*>& separators) {
  List* chain = list_new(ts, 4);
  if (!chain || !list_append(ts, chain, exc)) return nullptr;
  separators.push_back(nullptr);
  for (;;) {
    BaseException* e = as_exception(list_get(chain, list_size(chain) - 1));
    Value next = Value::error();
    const char* text = nullptr;
    if (is_exception_instance(ts, e->cause)) {
      next = e->cause;
      text = CAUSE_TEXT;
    } else if (!e->suppress_context && is_exception_instance(ts, e->context)) {
      next = e->context;
      text = CONTEXT_TEXT;
    }
    if (next.is_error()) return chain;
    for (size_t i = 0; i < list_size(chain); i++) {
      if (list_get(chain, i) == next) return chain;
    }
    if (!list_append(ts, chain, next)) return nullptr;
    separators.push_back(text);
  }
}

void write_stderr(ThreadState& ts, Value text) {
  Value stderr_file = Value::error();
  if (ts.vm->sys) stderr_file = dict_get_str(ts.vm->sys->dict, ts.vm->names.stderr_);
  if (!stderr_file.is_error() && stderr_file != ts.vm->none) {
    Value r = call_method(ts, stderr_file, ts.vm->names.write, &text, 1);
    if (!r.is_error()) return;
    ts.pending = Value::error();
  }
  Str* s = as_str(text);
  static_cast<void>(port::console_write(2, s->data, s->nbytes));
}

}  // namespace

void exception_print(ThreadState& ts, Value exc) {
  Value saved = take_pending(ts);
  if (!is_exception_instance(ts, exc)) {
    Value text = str_format_c(ts, "TypeError: print_exception(): Exception expected for value, "
                              "%s found\n", type_name(ts, exc));
    if (!text.is_error()) write_stderr(ts, text);
    ts.pending = saved;
    return;
  }
  std::vector<const char*> separators;
  List* chain = collect_chain(ts, exc, separators);
  StrBuf out(ts);
  SourceFile file;
  for (size_t i = chain ? list_size(chain) : 0; i-- > 0;) {
    Value e = list_get(chain, i);
    Value tb = as_exception(e)->traceback;
    if (tb.is_obj() && type_of(ts, tb) == ts.vm->types.traceback) {
      print_traceback(ts, tb, out, file);
    }
    print_exception_only(ts, e, out);
    if (separators[i]) out.append(std::string_view(separators[i]));
  }
  Value text = out.finish();
  if (text.is_error()) {
    ts.pending = Value::error();
    const char* fallback = "MemoryError while printing an exception\n";
    static_cast<void>(port::console_write(2, fallback, std::string_view(fallback).size()));
  } else {
    write_stderr(ts, text);
  }
  ts.pending = saved;
}

}  // namespace weft
