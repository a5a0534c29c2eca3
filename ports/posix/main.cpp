// The `weft` command line: CPython's options and behaviour (`-c`, `-m`, a file, `-` or stdin,
// `-X` options, usage errors with status 2), on top of the embedding API of weft/vm.hpp.
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "weft/port.hpp"
#include "weft/vm.hpp"

namespace {

enum class Mode { Repl, Command, Module, File, Stdin };

struct Command {
  Mode mode = Mode::Repl;
  const char* target = nullptr;  // the code, module name or file
  std::vector<char*> argv;       // sys.argv
  weft::VmOptions options;
};

constexpr const char* USAGE_LINE =
    "usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

constexpr const char* HELP_TEXT =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-V     : print the version number and exit (also --version)\n"
    "-X opt : set implementation-specific option:\n"
    "         -X heapsize=N[K|M|G]: limit the garbage-collected heap to N bytes\n"
    "         -X gil=0|1: run without (0, the default) or with (1) a global interpreter lock\n"
    "-b -B -d -E -i -I -O -q -s -S -u -v -W arg: accepted for CPython compatibility, ignored\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\n"
    "Environment variables:\n"
    "WEFT_GIL: 0 or 1, as -X gil\n";

void write_text(int fd, const std::string& text) {
  static_cast<void>(weft::port::console_write(fd, text.data(), text.size()));
}

int print_help() {
  write_text(1, std::string(USAGE_LINE) + HELP_TEXT);
  return 0;
}

int print_version() {
  write_text(1, std::string(weft::VERSION_TEXT) + "\n");
  return 0;
}

int usage_error(const std::string& message) {
  write_text(2, message + "\n" + USAGE_LINE + "Try `weft -h' for more information.\n");
  return 2;
}

// N with an optional K, M or G suffix (powers of 1024); false when malformed or out of range.
bool parse_size(const char* text, size_t* out) {
  char* end = nullptr;
  errno = 0;
  unsigned long long n = strtoull(text, &end, 10);
  if (end == text || errno != 0 || *text == '-') return false;
  int shift = 0;
  switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: break;
  }
  if (*end != '\0' || n > (ULLONG_MAX >> shift) || (n << shift) > SIZE_MAX) return false;
  *out = size_t(n << shift);
  return true;
}

// -X NAME=VALUE. Unknown names are ignored, as CPython ignores -X options it does not know.
int apply_x_option(Command& cmd, const char* opt) {
  if (std::strncmp(opt, "heapsize=", 9) == 0) {
    if (!parse_size(opt + 9, &cmd.options.heap_limit))
      return usage_error(std::string("-X heapsize: invalid size '") + (opt + 9) + "'");
  } else if (std::strncmp(opt, "gil=", 4) == 0) {
    const char* v = opt + 4;
    if (std::strcmp(v, "0") != 0 && std::strcmp(v, "1") != 0)
      return usage_error("-X gil: must be \"0\" or \"1\"");
    cmd.options.gil = v[0] - '0';
  }
  return -1;
}

// Options without an argument that CPython has and Weft accepts without effect.
bool is_ignored_flag(char c) { return std::strchr("bBdEiIOqsSuvP", c) != nullptr; }

// Parses one cluster of short options (e.g. "-uc"). Returns an exit status to stop with, or -1.
// *i advances past any argument the options took.
int parse_cluster(Command& cmd, int argc, char** argv, int* i, bool* done) {
  const char* arg = argv[*i];
  for (size_t k = 1; arg[k]; k++) {
    char c = arg[k];
    if (c == 'h' || c == '?') return print_help();
    if (c == 'V') return print_version();
    if (is_ignored_flag(c)) continue;
    if (c != 'c' && c != 'm' && c != 'X' && c != 'W')
      return usage_error(std::string("Unknown option: -") + c);
    // The option's argument is the rest of this word, or the next word.
    const char* value = arg[k + 1] ? arg + k + 1 : (*i + 1 < argc ? argv[++*i] : nullptr);
    if (!value) return usage_error(std::string("Argument expected for the -") + c + " option");
    if (c == 'X') {
      int status = apply_x_option(cmd, value);
      if (status >= 0) return status;
    } else if (c == 'c' || c == 'm') {
      cmd.mode = c == 'c' ? Mode::Command : Mode::Module;
      cmd.target = value;
      *done = true;
    }
    return -1;
  }
  return -1;
}

// Fills `cmd` from the command line; returns an exit status when the program should stop.
int parse_command_line(Command& cmd, int argc, char** argv) {
  int i = 1;
  bool done = false;
  for (; i < argc && !done; i++) {
    const char* arg = argv[i];
    if (std::strcmp(arg, "--help") == 0) return print_help();
    if (std::strcmp(arg, "--version") == 0) return print_version();
    if (std::strcmp(arg, "--") == 0) {
      i++;
      break;
    }
    if (arg[0] != '-' || arg[1] == '\0') break;  // the script, or '-' for stdin
    if (arg[1] == '-') return usage_error(std::string("unknown option ") + arg);
    int status = parse_cluster(cmd, argc, argv, &i, &done);
    if (status >= 0) return status;
  }
  static char dash_c[] = "-c", dash_m[] = "-m", empty[] = "";
  if (cmd.mode == Mode::Command || cmd.mode == Mode::Module) {
    cmd.argv.push_back(cmd.mode == Mode::Command ? dash_c : dash_m);
  } else if (i < argc) {
    cmd.mode = std::strcmp(argv[i], "-") == 0 ? Mode::Stdin : Mode::File;
    cmd.target = argv[i];
    cmd.argv.push_back(argv[i++]);
  } else {
    cmd.argv.push_back(empty);
  }
  for (; i < argc; i++) cmd.argv.push_back(argv[i]);
  return -1;
}

std::string current_dir() {
  char buffer[PATH_MAX];
  return getcwd(buffer, sizeof buffer) ? std::string(buffer) : std::string();
}

std::string absolute(const char* path) {
  if (path[0] == '/') return path;
  std::string cwd = current_dir();
  return cwd.empty() ? std::string(path) : cwd + "/" + path;
}

// The folder of the script with symbolic links resolved, as CPython's sys.path[0].
std::string script_dir(const std::string& path) {
  char buffer[PATH_MAX];
  std::string real = realpath(path.c_str(), buffer) ? std::string(buffer) : path;
  size_t slash = real.rfind('/');
  return slash == std::string::npos ? std::string() : slash == 0 ? "/" : real.substr(0, slash);
}

// CPython's messages for a script that cannot be run; -1 when it can be read.
int check_script(const std::string& path) {
  if (weft::port::dir_exists(path.c_str())) {
    write_text(2, "weft: can't find '__main__' module in '" + path + "'\n");
    return 1;
  }
  if (access(path.c_str(), R_OK) != 0) {
    int err = errno;
    write_text(2, "weft: can't open file '" + path + "': [Errno " + std::to_string(err) + "] " +
                      std::strerror(err) + "\n");
    return 2;
  }
  return -1;
}

int run(Command& cmd) {
  std::string path;
  if (cmd.mode == Mode::File) {
    path = absolute(cmd.target);
    int status = check_script(path);
    if (status >= 0) return status;
  }
  cmd.options.argc = int(cmd.argv.size());
  cmd.options.argv = cmd.argv.data();
  weft::Vm* vm = weft::vm_create(cmd.options);
  if (!vm) {
    write_text(2, "weft: cannot start: out of memory (see -X heapsize)\n");
    return 1;
  }
  std::string dir = cmd.mode == Mode::File     ? script_dir(path)
                    : cmd.mode == Mode::Module ? current_dir()
                                               : std::string();
  int status = 1;
  if (weft::vm_path_prepend(vm, dir.c_str())) {
    switch (cmd.mode) {
      case Mode::Command: status = weft::vm_run_string(vm, cmd.target); break;
      case Mode::Module: status = weft::vm_run_module(vm, cmd.target); break;
      case Mode::File: status = weft::vm_run_file(vm, path.c_str()); break;
      case Mode::Stdin:
      case Mode::Repl: status = weft::vm_repl(vm); break;
    }
  }
  weft::vm_destroy(vm);
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  Command cmd;
  int status = parse_command_line(cmd, argc, argv);
  if (status >= 0) return status;
  return run(cmd);
}
