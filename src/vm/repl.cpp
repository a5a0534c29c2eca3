// The interactive prompt: '>>> ' and '... ' on stderr as CPython, one statement at a time compiled
// in 'single' mode (expression values are echoed by sys.displayhook), errors printed and the loop
// goes on. A compound statement continues until an empty line; open brackets, triple-quoted
// strings and a trailing backslash continue the input too.
#include <string>

#include "modules/console_io.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "vm/main_module.hpp"
#include "vm/run.hpp"
#include "weft/vm.hpp"

namespace weft {

namespace {

constexpr const char* PS1 = ">>> ";
constexpr const char* PS2 = "... ";

// Lines from fd 0, with the newline kept.
class LineReader {
 public:
  // False at end of input (or on a read error) with nothing left.
  bool next(std::string* line) {
    for (;;) {
      size_t nl = buffer_.find('\n');
      if (nl != std::string::npos) {
        *line = buffer_.substr(0, nl + 1);
        buffer_.erase(0, nl + 1);
        return true;
      }
      char chunk[4096];
      long n = port::console_read(0, chunk, sizeof chunk);
      if (n <= 0) {
        *line = buffer_;
        buffer_.clear();
        return !line->empty();
      }
      buffer_.append(chunk, size_t(n));
    }
  }

  std::string rest() {
    std::string all = buffer_, line;
    buffer_.clear();
    while (next(&line)) all += line;
    return all;
  }

 private:
  std::string buffer_;
};

// What the text typed so far leaves open.
struct OpenInput {
  int depth = 0;                 // unclosed ( [ {
  bool in_triple = false;        // inside a triple-quoted string
  bool backslash = false;        // the last line ends with a line continuation
  bool ends_with_colon = false;  // the last logical line ends with ':'
};

// Skips a string literal starting at src[i] (a quote); returns the index after it, or npos when
// it is a triple-quoted string still open at the end.
size_t skip_string(std::string_view src, size_t i) {
  char q = src[i];
  bool triple = src.substr(i, 3) == std::string(3, q);
  size_t j = i + (triple ? 3 : 1);
  while (j < src.size()) {
    char c = src[j];
    if (c == '\\') {
      j += 2;
    } else if (!triple && c == '\n') {
      return j;  // unterminated: let the compiler report it
    } else if (c == q && (!triple || src.substr(j, 3) == std::string(3, q))) {
      return j + (triple ? 3 : 1);
    } else {
      j++;
    }
  }
  return triple ? std::string_view::npos : j;
}

OpenInput scan(std::string_view src) {
  OpenInput st;
  char last = '\n';  // the last significant character
  for (size_t i = 0; i < src.size(); i++) {
    char c = src[i];
    if (c == '#') {
      while (i + 1 < src.size() && src[i + 1] != '\n') i++;
    } else if (c == '\'' || c == '"') {
      size_t end = skip_string(src, i);
      if (end == std::string_view::npos) {
        st.in_triple = true;
        return st;
      }
      i = end - 1;
      last = c;
    } else if (c == '(' || c == '[' || c == '{') {
      st.depth++;
      last = c;
    } else if (c == ')' || c == ']' || c == '}') {
      st.depth--;
      last = c;
    } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
      last = c;
    }
  }
  st.backslash = last == '\\';
  st.ends_with_colon = last == ':' && st.depth <= 0;
  return st;
}

// A first line that opens a compound statement waits for an empty line even when complete
// (`if x: f()` may still get an `else:`), as in CPython's interactive mode.
bool opens_block(std::string_view line) {
  size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos) return false;
  if (line[i] == '@') return true;
  std::string_view word = line.substr(i, line.find_first_of(" \t:(\r\n", i) - i);
  for (const char* kw : {"if", "for", "while", "def", "class", "with", "try", "async"}) {
    if (word == kw) return true;
  }
  return false;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

void prompt(ThreadState& ts, const char* text) {
  console_flush_all(ts);
  static_cast<void>(port::console_write(2, text, std::char_traits<char>::length(text)));
}

// Reads one statement (several lines for a compound one); false at end of input.
bool read_statement(ThreadState& ts, LineReader& in, std::string* source) {
  source->clear();
  std::string line;
  bool block = false;
  prompt(ts, PS1);
  while (in.next(&line)) {
    if (source->empty() && is_blank(line)) {
      prompt(ts, PS1);
      continue;
    }
    *source += line;
    OpenInput st = scan(*source);
    bool first = source->size() == line.size();
    if (first) block = opens_block(line) || st.ends_with_colon;
    else if (st.ends_with_colon) block = true;
    bool open = st.in_triple || st.depth > 0 || st.backslash;
    if (!open && (!block || is_blank(line))) return true;
    prompt(ts, PS2);
  }
  return !source->empty();
}

// Runs one statement; false when it raised SystemExit (*status is then the exit status).
bool run_statement(ThreadState& ts, Module* m, Str* filename, const std::string& source,
                   int* status) {
  Value r = run_source(ts, source, filename, CompileMode::Single, m->dict, nullptr);
  if (r.is_error()) {
    bool exiting = pending_matches(ts, ts.vm->types.SystemExit);
    int s = uncaught_exit_status(ts);
    if (exiting) {
      *status = s;
      return false;
    }
  }
  return true;
}

int interactive(ThreadState& ts, Module* m) {
  std::string banner = std::string(VERSION_TEXT) + "\n";
  static_cast<void>(port::console_write(2, banner.data(), banner.size()));
  Str* filename = intern_cstr(ts, "<stdin>");
  if (!filename) return uncaught_exit_status(ts);
  LineReader in;
  std::string source;
  int status = 0;
  while (read_statement(ts, in, &source)) {
    if (!run_statement(ts, m, filename, source, &status)) break;
  }
  if (source.empty()) static_cast<void>(port::console_write(2, "\n", 1));  // after Ctrl-D
  console_flush_all(ts);
  return status;
}

}  // namespace

int vm_repl(Vm* vm) {
  ThreadState& ts = *vm->main_thread;
  bool tty = port::console_isatty(0);
  Module* m = main_module_new(ts, tty ? nullptr : "<stdin>");
  if (!m) return uncaught_exit_status(ts);
  if (tty) return interactive(ts, m);
  LineReader in;
  std::string source = in.rest();
  return run_main_source(ts, m, source, "<stdin>");
}

}  // namespace weft
