// Printing an uncaught exception as CPython's default sys.excepthook does: the chain of causes
// and contexts, "Traceback (most recent call last):" with source lines, SyntaxError's caret
// line, the "Type: message" line and notes; exception groups as nested frames, as CPython's
// traceback module draws them. Output goes to sys.stderr (console fd 2 as fallback).
#include <string>
#include <vector>

#include "object/code.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/exception_group.hpp"
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

// With `header`, the "Traceback (most recent call last):" line first.
void print_traceback(ThreadState& ts, Value tb, StrBuf& out, SourceFile& file, bool header) {
  if (header) out.append("Traceback (most recent call last):\n");
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

// ---- chains and groups ------------------------------------------------------------------------

constexpr const char* CAUSE_TEXT =
    "\nThe above exception was the direct cause of the following exception:\n\n";
constexpr const char* CONTEXT_TEXT =
    "\nDuring handling of the above exception, another exception occurred:\n\n";
constexpr int MAX_GROUP_WIDTH = 15;  // traceback.TracebackException's defaults
constexpr int MAX_GROUP_DEPTH = 10;

// Where the printer is inside nested exception groups: each level indents by two columns and
// draws a margin ("| ", or "+ " on a group's first line).
struct PrintContext {
  SourceFile file;
  List* seen;  // every exception printed so far, so that cycles end
  int depth = 0;
  bool need_close = false;
};

void indent(StrBuf& out, int depth) {
  for (int i = 0; i < 2 * depth; i++) out.append_char(' ');
}

// Appends `piece` to `out`, each line prefixed by the context's indentation and margin.
void emit(PrintContext& ctx, StrBuf& out, const StrBuf& piece, char margin = '|') {
  std::string_view text(piece.data(), piece.size());
  while (!text.empty()) {
    size_t nl = text.find('\n');
    size_t n = nl == std::string_view::npos ? text.size() : nl + 1;
    indent(out, ctx.depth);
    if (ctx.depth) {
      out.append_char(margin);
      out.append_char(' ');
    }
    out.append(text.substr(0, n));
    text.remove_prefix(n);
  }
}

void emit_text(PrintContext& ctx, StrBuf& out, const char* text, char margin = '|') {
  StrBuf piece(out.ts());
  piece.append(std::string_view(text));
  emit(ctx, out, piece, margin);
}

bool seen_before(List* seen, Value exc) {
  for (size_t i = 0; i < list_size(seen); i++)
    if (list_get(seen, i) == exc) return true;
  return false;
}

// What to print, as traceback.TracebackException builds it (compact, as the default excepthook):
// each exception's __cause__, or else its unsuppressed __context__, and a group's members, each
// exception at most once. The queue order decides which occurrence of an exception gets its
// chain, as in CPython. The exceptions stay alive in ctx.seen while they are printed.
struct Node {
  Value exc;
  int cause = -1, context = -1;
  int group_depth = 0;
  std::vector<int> members;
};

bool add_node(ThreadState& ts, std::vector<Node>& nodes, PrintContext& ctx, Value exc,
              int group_depth) {
  if (!list_append(ts, ctx.seen, exc)) return false;
  nodes.push_back(Node{exc, -1, -1, group_depth, {}});
  return true;
}

bool build_tree(ThreadState& ts, Value root, PrintContext& ctx, std::vector<Node>& nodes) {
  if (!add_node(ts, nodes, ctx, root, 0)) return false;
  std::vector<int> queue{0};
  while (!queue.empty()) {
    int at = queue.back();
    queue.pop_back();
    BaseException* e = as_exception(nodes[size_t(at)].exc);
    int depth = nodes[size_t(at)].group_depth;
    if (is_exception_instance(ts, e->cause) && !seen_before(ctx.seen, e->cause)) {
      if (!add_node(ts, nodes, ctx, e->cause, depth)) return false;
      nodes[size_t(at)].cause = int(nodes.size()) - 1;
    } else if (!is_exception_instance(ts, e->cause) && !e->suppress_context &&
               is_exception_instance(ts, e->context) && !seen_before(ctx.seen, e->context)) {
      if (!add_node(ts, nodes, ctx, e->context, depth)) return false;
      nodes[size_t(at)].context = int(nodes.size()) - 1;
    }
    for (int link : {nodes[size_t(at)].cause, nodes[size_t(at)].context})
      if (link >= 0) queue.push_back(link);
    Value group = nodes[size_t(at)].exc;
    if (!is_exception_group(ts, group) || depth > MAX_GROUP_DEPTH) continue;
    Tuple* members = as_tuple(static_cast<BaseExceptionGroup*>(group.as_obj())->exceptions);
    for (size_t i = 0; i < members->size && i < size_t(MAX_GROUP_WIDTH); i++) {
      if (!add_node(ts, nodes, ctx, members->items[i], depth + 1)) return false;
      nodes[size_t(at)].members.push_back(int(nodes.size()) - 1);
      queue.push_back(int(nodes.size()) - 1);
    }
  }
  return true;
}

void print_node(ThreadState& ts, const std::vector<Node>& nodes, int at, PrintContext& ctx,
                StrBuf& out);

// A group: its own traceback and message, then each member in a numbered frame.
void print_group(ThreadState& ts, const std::vector<Node>& nodes, const Node& node,
                 PrintContext& ctx, StrBuf& out) {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    StrBuf piece(ts);
    piece.appendf("... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
    emit(ctx, out, piece);
    return;
  }
  bool toplevel = ctx.depth == 0;
  if (toplevel) ctx.depth++;
  Value tb = as_exception(node.exc)->traceback;
  if (tb.is_obj() && type_of(ts, tb) == ts.vm->types.traceback) {
    emit_text(ctx, out, "Exception Group Traceback (most recent call last):\n",
              toplevel ? '+' : '|');
    StrBuf piece(ts);
    print_traceback(ts, tb, piece, ctx.file, false);
    emit(ctx, out, piece);
  }
  StrBuf message(ts);
  print_exception_only(ts, node.exc, message);
  emit(ctx, out, message);
  int total = int(as_tuple(static_cast<BaseExceptionGroup*>(node.exc.as_obj())->exceptions)->size);
  int shown = total <= MAX_GROUP_WIDTH ? total : MAX_GROUP_WIDTH + 1;
  ctx.need_close = false;
  for (int i = 0; i < shown; i++) {
    bool last = i == shown - 1;
    if (last) ctx.need_close = true;  // a nested group may draw the closing line instead
    bool truncated = i >= MAX_GROUP_WIDTH;
    indent(out, ctx.depth);
    out.append(i == 0 ? "+-" : "  ");
    if (truncated) {
      out.append("+---------------- ... ----------------\n");
    } else {
      out.appendf("+---------------- %d ----------------\n", i + 1);
    }
    ctx.depth++;
    if (truncated) {
      StrBuf piece(ts);
      int remaining = total - MAX_GROUP_WIDTH;
      piece.appendf("and %d more exception%s\n", remaining, remaining > 1 ? "s" : "");
      emit(ctx, out, piece);
    } else if (stack_check(ts)) {
      print_node(ts, nodes, node.members[size_t(i)], ctx, out);
    } else {
      ts.pending = Value::error();
    }
    if (last && ctx.need_close) {
      indent(out, ctx.depth);
      out.append("+------------------------------------\n");
      ctx.need_close = false;
    }
    ctx.depth--;
  }
  if (toplevel) ctx.depth = 0;
}

// An exception after its chain of causes and contexts (oldest first).
void print_node(ThreadState& ts, const std::vector<Node>& nodes, int at, PrintContext& ctx,
                StrBuf& out) {
  std::vector<int> chain;
  std::vector<const char*> separators;  // separators[i] follows chain[i]
  for (int i = at; i >= 0;) {
    const Node& n = nodes[size_t(i)];
    chain.push_back(i);
    separators.push_back(n.cause >= 0 ? CAUSE_TEXT : n.context >= 0 ? CONTEXT_TEXT : nullptr);
    i = n.cause >= 0 ? n.cause : n.context;
  }
  for (size_t k = chain.size(); k-- > 0;) {
    const Node& n = nodes[size_t(chain[k])];
    if (k + 1 < chain.size()) emit_text(ctx, out, separators[k]);
    if (is_exception_group(ts, n.exc)) {
      print_group(ts, nodes, n, ctx, out);
      continue;
    }
    Value tb = as_exception(n.exc)->traceback;
    if (tb.is_obj() && type_of(ts, tb) == ts.vm->types.traceback) {
      StrBuf piece(ts);
      print_traceback(ts, tb, piece, ctx.file, true);
      emit(ctx, out, piece);
    }
    StrBuf message(ts);
    print_exception_only(ts, n.exc, message);
    emit(ctx, out, message);
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
  StrBuf out(ts);
  PrintContext ctx;
  ctx.seen = list_new(ts, 4);
  std::vector<Node> nodes;
  if (ctx.seen && build_tree(ts, exc, ctx, nodes)) print_node(ts, nodes, 0, ctx, out);
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
