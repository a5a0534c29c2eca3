// Constructors of the native modules (each in its own file), listed in native_modules.cpp, and
// the function tables the builtins module is assembled from.
#pragma once

#include "object/function.hpp"
#include "object/runtime.hpp"

namespace weft {

struct Frame;

// Each returns the new module (not yet in sys.modules), or nullptr with an exception pending.
[[nodiscard]] Module* builtins_module_create(ThreadState& ts);
[[nodiscard]] Module* sys_module_create(ThreadState& ts);
[[nodiscard]] Module* time_module_create(ThreadState& ts);
[[nodiscard]] Module* gc_module_create(ThreadState& ts);
[[nodiscard]] Module* math_module_create(ThreadState& ts);       // math*.cpp
[[nodiscard]] Module* itertools_module_create(ThreadState& ts);  // itertools*.cpp
[[nodiscard]] Module* collections_module_create(ThreadState& ts);  // _collections: deque*.cpp
[[nodiscard]] Module* operator_module_create(ThreadState& ts);     // _operator: operator*.cpp
[[nodiscard]] Module* weakref_module_create(ThreadState& ts);      // _weakref: weakref*.cpp
[[nodiscard]] Module* thread_module_create(ThreadState& ts);  // thread/thread_module.cpp

// sys's data attributes (argv, path, modules, the console files, version and platform
// descriptions); sys_info.cpp.
[[nodiscard]] bool sys_add_info(ThreadState& ts, Module* sys);

// Parts of builtins, one table per file (each ends with a {nullptr} entry).
extern const MethodDef BUILTINS_CORE_FUNCTIONS[];  // builtins.cpp
extern const MethodDef BUILTINS_IO_FUNCTIONS[];    // builtins_io.cpp: print, input
extern const MethodDef BUILTINS_SEQ_FUNCTIONS[];   // builtins_seq.cpp: min, max, sum, sorted...
extern const MethodDef BUILTINS_NUM_FUNCTIONS[];   // builtins_num.cpp: abs, divmod, pow, round...
extern const MethodDef BUILTINS_ATTR_FUNCTIONS[];  // builtins_attr.cpp: getattr, dir, vars...
extern const MethodDef BUILTINS_EXEC_FUNCTIONS[];  // builtins_exec.cpp: exec, eval, compile
extern const MethodDef BUILTINS_CLASS_FUNCTIONS[];  // builtins_class.cpp: __build_class__,
                                                    // isinstance, issubclass
// sys.getswitchinterval, setswitchinterval, unraisablehook (thread/thread_sys.cpp).
extern const MethodDef SYS_THREAD_FUNCTIONS[];

// locals() of a running frame: its locals mapping, or a snapshot dict for a function frame.
[[nodiscard]] Value frame_locals(ThreadState& ts, Frame* f);

// The names of the native modules, sorted (sys.builtin_module_names).
[[nodiscard]] Value native_module_names(ThreadState& ts);

}  // namespace weft
