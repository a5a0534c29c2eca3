// The public embedding API: create a VM, run Python source or a file, tear it down.
// Everything else in Weft is internal.
#pragma once

#include <cstddef>

namespace weft {

struct Vm;

// What `weft --version` and the REPL banner print.
inline constexpr char VERSION_TEXT[] = "Weft 0.1.0 (Python 3.13 compatible)";

struct VmOptions {
  size_t heap_limit = 0;   // bytes; 0 = grow while the port gives memory
  int gil = -1;            // 1 = GIL, 0 = GIL-free, -1 = the default (WEFT_GIL, then build default)
  int argc = 0;            // sys.argv
  char** argv = nullptr;
};

// Returns nullptr when the VM cannot be created (no memory).
Vm* vm_create(const VmOptions& options);
void vm_destroy(Vm* vm);

// Inserts `dir` at the front of sys.path, as the command line does before running: the script's
// folder for a file, '' for -c, stdin and the REPL, the current folder for -m. False when out
// of memory.
bool vm_path_prepend(Vm* vm, const char* dir);

// Runs a script, a string or a module as the __main__ module, the way `weft FILE`, `weft -c` and
// `weft -m` do. An uncaught exception is printed with its traceback. Returns the process exit
// status CPython would use (0, 1, or the SystemExit code).
int vm_run_file(Vm* vm, const char* path);
int vm_run_string(Vm* vm, const char* source);
int vm_run_module(Vm* vm, const char* module);
// The interactive loop on the console; returns the exit status. When stdin is not a terminal,
// reads it to the end and runs it as a script named '<stdin>' instead (no prompts), as CPython.
int vm_repl(Vm* vm);

}  // namespace weft
