// Console text files (see console_io.hpp). Output is UTF-8; input is decoded strictly as UTF-8.
//
// Threads: the buffer fields are changed only in the small buffer_* functions below, which the
// GIL-free issue wraps in the object's guard; the blocking port calls (console_read/write) are
// where that issue also detaches the thread from the VM.
#include "modules/console_io.hpp"

#include <cstring>

#include "object/args.hpp"
#include "object/bytes.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/iterators.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

constexpr size_t OUTPUT_BUFFER = 8192;
constexpr size_t INPUT_CHUNK = 4096;

struct ConsoleFile : Object {
  int fd;
  bool tty;       // stdout on a terminal is line-buffered
  bool buffered;  // stdout; stderr writes through
  Str* name;      // "<stdout>"
  Bytes* buffer;  // pending output, or input read ahead (stdin); nullptr until first use
  size_t used;    // bytes in buffer
  size_t pos;     // input: bytes of buffer already consumed
  bool eof;       // input: the console reported end of file
};

ConsoleFile* as_console(Value v) { return static_cast<ConsoleFile*>(v.as_obj()); }

void console_trace(Object* o, Tracer& t) {
  auto f = static_cast<ConsoleFile*>(o);
  t.visit(f->name);
  t.visit(f->buffer);
}

// ---- output -------------------------------------------------------------------------------------

bool write_all(ThreadState& ts, int fd, const char* data, size_t n) {
  while (n > 0) {
    long w = port::console_write(fd, data, n);
    if (w <= 0) {
      raise(ts, ts.vm->types.OSError, "write to console failed");
      return false;
    }
    data += w;
    n -= size_t(w);
  }
  return true;
}

bool buffer_flush(ThreadState& ts, ConsoleFile* f) {
  if (!f->buffer || f->used == 0) return true;
  size_t n = f->used;
  f->used = 0;
  return write_all(ts, f->fd, f->buffer->data, n);
}

bool buffer_append(ThreadState& ts, ConsoleFile* f, const char* data, size_t n) {
  if (!f->buffer) {
    f->buffer = bytes_alloc(ts, OUTPUT_BUFFER);
    if (!f->buffer) return false;
  }
  if (f->used + n > OUTPUT_BUFFER && !buffer_flush(ts, f)) return false;
  if (n >= OUTPUT_BUFFER) return write_all(ts, f->fd, data, n);
  memcpy(f->buffer->data + f->used, data, n);
  f->used += n;
  return true;
}

// The console file still bound as sys.__stdout__ (writes to stderr and reads from stdin flush
// it first, so that prompts and interleaved output appear in order).
void flush_stdout(ThreadState& ts) {
  if (!ts.vm->sys) return;
  Str* key = intern_cstr(ts, "__stdout__");
  Value out = key ? dict_get_str(ts.vm->sys->dict, key) : Value::error();
  if (!out.is_error() && is_console_file(ts, out) && !buffer_flush(ts, as_console(out))) {
    ts.pending = Value::error();
  }
}

bool file_write(ThreadState& ts, ConsoleFile* f, Str* s) {
  if (!f->buffered) {
    flush_stdout(ts);
    return write_all(ts, f->fd, s->data, s->nbytes);
  }
  if (!buffer_append(ts, f, s->data, s->nbytes)) return false;
  if (f->tty && memchr(s->data, '\n', s->nbytes)) return buffer_flush(ts, f);
  return true;
}

// ---- input --------------------------------------------------------------------------------------

// Reads more bytes into the buffer (growing it when full). False only on an error.
bool buffer_fill(ThreadState& ts, ConsoleFile* f) {
  if (f->buffer && f->pos > 0) {
    memmove(f->buffer->data, f->buffer->data + f->pos, f->used - f->pos);
    f->used -= f->pos;
    f->pos = 0;
  }
  size_t cap = f->buffer ? f->buffer->size : 0;
  if (f->used + INPUT_CHUNK > cap) {
    Bytes* bigger = bytes_alloc(ts, cap * 2 + INPUT_CHUNK);
    if (!bigger) return false;
    if (f->buffer) memcpy(bigger->data, f->buffer->data, f->used);
    f->buffer = bigger;
  }
  long r = port::console_read(f->fd, f->buffer->data + f->used, INPUT_CHUNK);
  if (r <= 0) {
    f->eof = true;
  } else {
    f->used += size_t(r);
  }
  return true;
}

// Takes bytes [pos, pos+n) of the input buffer as a str.
Value buffer_take(ThreadState& ts, ConsoleFile* f, size_t n) {
  Value s = n ? str_decode_utf8(ts, f->buffer->data + f->pos, n, "strict") : ts.vm->empty_str;
  f->pos += n;
  return s;
}

// One line including its '\n' ('' at end of input); `limit` < 0 for no limit (in bytes).
Value read_line(ThreadState& ts, ConsoleFile* f, intptr_t limit) {
  flush_stdout(ts);
  for (;;) {
    size_t avail = f->buffer ? f->used - f->pos : 0;
    const char* start = f->buffer ? f->buffer->data + f->pos : nullptr;
    const void* nl = avail ? memchr(start, '\n', avail) : nullptr;
    if (nl) {
      size_t n = size_t(static_cast<const char*>(nl) - start) + 1;
      if (limit >= 0 && n > size_t(limit)) n = size_t(limit);
      return buffer_take(ts, f, n);
    }
    if (limit >= 0 && avail >= size_t(limit)) return buffer_take(ts, f, size_t(limit));
    if (f->eof) {
      // End of input is reported once: a terminal may be read again after Ctrl-D.
      if (avail == 0) f->eof = false;
      return buffer_take(ts, f, avail);
    }
    if (!buffer_fill(ts, f)) return Value::error();
  }
}

Value read_all(ThreadState& ts, ConsoleFile* f) {
  flush_stdout(ts);
  while (!f->eof) {
    if (!buffer_fill(ts, f)) return Value::error();
  }
  return buffer_take(ts, f, f->buffer ? f->used - f->pos : 0);
}

// ---- methods ------------------------------------------------------------------------------------

// stdin only reads, stdout and stderr only write (CPython raises io.UnsupportedOperation, an
// OSError, with the same text).
bool check_mode(ThreadState& ts, ConsoleFile* f, bool want_read) {
  bool readable = f->fd == 0;
  if (readable == want_read) return true;
  raise(ts, ts.vm->types.OSError, "not %s", want_read ? "readable" : "writable");
  return false;
}

Value m_write(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "write", nargs, kw, 1, 1) || !check_mode(ts, as_console(self), false)) {
    return Value::error();
  }
  if (!is_str(ts, args[0])) {
    return raise(ts, ts.vm->types.TypeError, "write() argument must be str, not %s",
                 type_name(ts, args[0]));
  }
  Str* s = as_str(args[0]);
  if (!file_write(ts, as_console(self), s)) return Value::error();
  return Value::from_int(intptr_t(s->length));
}

Value m_writelines(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "writelines", nargs, kw, 1, 1)) return Value::error();
  WEFT_TRY(it, obj_iter(ts, args[0]));
  for (;;) {
    Value line = obj_next(ts, it);
    if (line.is_error()) return ts.has_pending() ? line : ts.vm->none;
    if (!is_str(ts, line)) {
      return raise(ts, ts.vm->types.TypeError, "write() argument must be str, not %s",
                   type_name(ts, line));
    }
    if (!file_write(ts, as_console(self), as_str(line))) return Value::error();
  }
}

Value m_flush(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "flush", nargs, kw, 0, 0)) return Value::error();
  if (!buffer_flush(ts, as_console(self))) return Value::error();
  return ts.vm->none;
}

Value m_readline(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "readline", nargs, kw, 0, 1) || !check_mode(ts, as_console(self), true)) {
    return Value::error();
  }
  intptr_t limit = -1;
  if (nargs == 1 && args[0] != ts.vm->none && !arg_ssize(ts, args[0], &limit)) {
    return Value::error();
  }
  return read_line(ts, as_console(self), limit);
}

Value m_read(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "read", nargs, kw, 0, 1) || !check_mode(ts, as_console(self), true)) {
    return Value::error();
  }
  intptr_t limit = -1;
  if (nargs == 1 && args[0] != ts.vm->none && !arg_ssize(ts, args[0], &limit)) {
    return Value::error();
  }
  if (limit < 0) return read_all(ts, as_console(self));
  return read_line(ts, as_console(self), limit);
}

Value m_fileno(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "fileno", nargs, kw, 0, 0)) return Value::error();
  return Value::from_int(as_console(self)->fd);
}

Value m_isatty(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "isatty", nargs, kw, 0, 0)) return Value::error();
  return boolean(ts, as_console(self)->tty);
}

Value m_readable(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "readable", nargs, kw, 0, 0)) return Value::error();
  return boolean(ts, as_console(self)->fd == 0);
}

Value m_writable(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "writable", nargs, kw, 0, 0)) return Value::error();
  return boolean(ts, as_console(self)->fd != 0);
}

const MethodDef CONSOLE_METHODS[] = {
    {"write", m_write, 0, nullptr},       {"writelines", m_writelines, 0, nullptr},
    {"flush", m_flush, 0, nullptr},       {"readline", m_readline, 0, nullptr},
    {"read", m_read, 0, nullptr},         {"fileno", m_fileno, 0, nullptr},
    {"isatty", m_isatty, 0, nullptr},     {"readable", m_readable, 0, nullptr},
    {"writable", m_writable, 0, nullptr}, {nullptr, nullptr, 0, nullptr},
};

Value g_name(ThreadState&, Value self) { return Value::from_obj(as_console(self)->name); }
Value g_mode(ThreadState& ts, Value self) {
  return str_from_cstr(ts, as_console(self)->fd == 0 ? "r" : "w");
}
Value g_encoding(ThreadState& ts, Value) { return Value::from_obj(ts.vm->names.utf_8); }
Value g_errors(ThreadState& ts, Value) { return Value::from_obj(ts.vm->names.strict); }
Value g_closed(ThreadState& ts, Value) { return ts.vm->false_; }
Value g_line_buffering(ThreadState& ts, Value self) { return boolean(ts, as_console(self)->tty); }

const GetSetDef CONSOLE_GETSETS[] = {
    {"name", g_name, nullptr},           {"mode", g_mode, nullptr},
    {"encoding", g_encoding, nullptr},   {"errors", g_errors, nullptr},
    {"closed", g_closed, nullptr},       {"line_buffering", g_line_buffering, nullptr},
    {nullptr, nullptr, nullptr},
};

Value console_repr(ThreadState& ts, Value self) {
  ConsoleFile* f = as_console(self);
  return str_format_c(ts, "<_io.TextIOWrapper name=%R mode='%s' encoding='utf-8'>",
                      Value::from_obj(f->name), f->fd == 0 ? "r" : "w");
}

// `for line in sys.stdin`
Value console_next(ThreadState& ts, Value self) {
  ConsoleFile* f = as_console(self);
  if (!check_mode(ts, f, true)) return Value::error();
  WEFT_TRY(line, read_line(ts, f, -1));
  return as_str(line)->nbytes ? line : Value::error();
}

// One TextIOWrapper type per VM, shared by the three files, which keep it alive.
Type* console_type(ThreadState& ts) {
  Type* t = type_new_builtin(ts, "_io.TextIOWrapper", ts.vm->types.object, TypeKind::Other,
                             sizeof(ConsoleFile), 0);
  if (!t) return nullptr;
  t->trace = console_trace;
  t->repr = console_repr;
  t->iter = iter_self;
  t->iternext = console_next;
  if (!type_add_methods(ts, t, CONSOLE_METHODS) || !type_add_getsets(ts, t, CONSOLE_GETSETS)) {
    return nullptr;
  }
  return t;
}

constexpr const char* CONSOLE_NAMES[] = {"<stdin>", "<stdout>", "<stderr>"};

}  // namespace

bool is_console_file(ThreadState& ts, Value v) {
  return v.is_obj() && type_of(ts, v)->trace == console_trace;
}

bool console_files_new(ThreadState& ts, Value files[3]) {
  Type* t = console_type(ts);
  if (!t) return false;
  for (int fd = 0; fd < 3; fd++) {
    auto f = gc_new<ConsoleFile>(ts, t);
    if (!f) return false;
    f->fd = fd;
    f->tty = port::console_isatty(fd);
    f->buffered = fd == 1;
    f->name = intern_cstr(ts, CONSOLE_NAMES[fd]);
    if (!f->name) return false;
    files[fd] = Value::from_obj(f);
  }
  return true;
}

bool console_file_write(ThreadState& ts, Value file, Str* s) {
  return file_write(ts, as_console(file), s);
}

void console_flush_all(ThreadState& ts) {
  Module* sys = ts.vm->sys;
  if (!sys) return;
  Value saved = take_pending(ts);
  for (const char* name : {"stdout", "stderr", "__stdout__", "__stderr__"}) {
    Str* key = intern_cstr(ts, name);
    Value file = key ? dict_get_str(sys->dict, key) : Value::error();
    if (file.is_error() || file == ts.vm->none) continue;
    Value r = is_console_file(ts, file)
                  ? (buffer_flush(ts, as_console(file)) ? ts.vm->none : Value::error())
                  : call_method(ts, file, ts.vm->names.flush, nullptr, 0);
    if (r.is_error()) ts.pending = Value::error();
  }
  ts.pending = saved;
}

}  // namespace weft
