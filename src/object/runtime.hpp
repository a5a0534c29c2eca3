// The two roots of all state: the Vm (everything shared: heap, types, modules, interned strings)
// and the ThreadState (everything one thread owns: frames, pending exception, allocation cache).
// Every core function takes the ThreadState explicitly; nothing lives in globals (rule 2).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "gc/heap.hpp"
#include "object/object.hpp"
#include "weft/port.hpp"

namespace weft {

struct Frame;
struct Module;
struct List;
struct BaseException;
struct ReprEntry;
struct WeakRef;
struct ThreadRuntime;  // thread/thread_runtime.hpp: GIL, stop-the-world, parking lot

// The built-in types of one VM.
struct Types {
  Type *object, *type, *none, *not_implemented, *ellipsis, *bool_, *int_, *float_, *complex_;
  Type *str, *bytes, *bytearray, *list, *tuple, *dict, *set, *frozenset, *range, *slice;
  Type *function, *native_function, *bound_method, *method_descriptor, *cell, *code, *module;
  Type *value_array, *dict_keys, *set_table, *property, *staticmethod, *classmethod, *generator, *frame;
  Type *traceback;
  // coroutines and asynchronous generators (vm/coroutine.cpp, vm/async_gen.cpp)
  Type *coroutine, *coroutine_wrapper, *async_generator, *async_gen_asend, *async_gen_athrow,
      *async_gen_wrapped_value;
  // PEP 695 type parameters and aliases (object/typevar.cpp)
  Type *typevar, *paramspec, *typevartuple, *typealias, *generic, *nodefault_type;
  // iterators
  Type *list_iter, *tuple_iter, *str_iter, *bytes_iter, *range_iter, *dict_keyiter, *dict_valueiter,
      *dict_itemiter, *set_iter, *seq_iter, *callable_iter, *enumerate, *zip, *map, *filter,
      *reversed;
  Type *dict_keys_view, *dict_values_view, *dict_items_view;
  // descriptors of built-in types (object/function.cpp) and small helper types
  Type *getset_descriptor, *classmethod_descriptor, *simple_namespace;
  // classes: slot wrappers of built-in types, __slots__ members, super, read-only class dicts
  Type *wrapper_descriptor, *method_wrapper, *member_descriptor, *super_, *mappingproxy;
  Type *generic_alias, *union_type;  // list[int], int | None
  // exceptions (the CPython 3.13 hierarchy; more are created by the exception module)
  Type *BaseException, *Exception, *SystemExit, *KeyboardInterrupt, *GeneratorExit, *StopIteration,
      *StopAsyncIteration, *ArithmeticError, *ZeroDivisionError, *OverflowError, *FloatingPointError,
      *AssertionError, *AttributeError, *BufferError, *EOFError, *ImportError, *ModuleNotFoundError,
      *LookupError, *IndexError, *KeyError, *MemoryError, *NameError, *UnboundLocalError, *OSError,
      *FileNotFoundError, *FileExistsError, *PermissionError, *IsADirectoryError,
      *NotADirectoryError, *InterruptedError, *TimeoutError, *ReferenceError, *RuntimeError,
      *NotImplementedError, *RecursionError, *PythonFinalizationError, *SyntaxError,
      *IndentationError, *TabError, *SystemError, *TypeError, *ValueError, *UnicodeError,
      *UnicodeDecodeError, *UnicodeEncodeError, *UnicodeTranslateError, *Warning,
      *DeprecationWarning, *RuntimeWarning, *UserWarning, *SyntaxWarning, *ResourceWarning,
      *FutureWarning, *ImportWarning, *UnicodeWarning, *BytesWarning,
      *PendingDeprecationWarning, *EncodingWarning, *ConnectionError, *BrokenPipeError,
      *ChildProcessError, *ProcessLookupError, *ConnectionAbortedError, *ConnectionRefusedError,
      *ConnectionResetError, *BlockingIOError, *BaseExceptionGroup, *ExceptionGroup;
  // the _thread module's types (created when it is first imported)
  Type *lock, *rlock, *thread_handle, *thread_local_, *unraisable_hook_args;
  // native modules' types that C++ code creates instances of (first import; modules/)
  Type *deque, *deque_iter, *deque_reviter, *itertools_grouper, *itertools_tee,
      *itertools_teedata, *weakref_ref, *weakref_proxy, *weakref_callable_proxy;
};

// Interned names the core uses often (filled at VM start from names.def).
struct Names {
#define WEFT_NAME(field, text) Str* field;
#include "object/names.def"
#undef WEFT_NAME
};

enum ThreadStatus : int {
  TS_ATTACHED = 0,   // may touch the heap
  TS_DETACHED = 1,   // in a blocking call; touches no heap object
  TS_SUSPENDED = 2,  // parked for a stop-the-world
};

// Bits of ThreadState::eval_breaker; set by other threads with atomic OR.
enum : uint32_t {
  EB_STOP_FOR_GC = 1u << 0,
  EB_SIGNAL = 1u << 1,        // a signal handler must run (main thread)
  EB_DROP_GIL = 1u << 2,
  EB_ASYNC_EXC = 1u << 3,     // interrupt_main / async exception
  EB_WEAKREF_CALLBACKS = 1u << 4,  // a collection cleared weakrefs with callbacks to run
};

struct ThreadState {
  Vm* vm = nullptr;
  Frame* frame = nullptr;              // innermost Python frame
  Value pending;                       // the raised exception instance, or error() for none
  Value handled;                       // the exception being handled (sys.exception()), or error()
  int depth = 0;                       // Python call depth (for the recursion limit)
  uintptr_t stack_limit = 0;           // native stack low bound plus a safety margin
  uintptr_t stack_low = 0, stack_high = 0;  // [low, high) of this thread's native stack
  uintptr_t saved_sp = 0;              // stack pointer at the last park/detach (for GC scanning)
  std::atomic<uint32_t> eval_breaker{0};
  std::atomic<int> status{TS_ATTACHED};
  AllocCache alloc;
  ExternalRoots* roots = nullptr;      // C++-held Values outside the stack
  ReprEntry* repr_active = nullptr;    // containers whose repr is in progress (repr_guard.hpp)
  ThreadState* next = nullptr;         // Vm::threads list (guarded by Vm::threads_lock)
  uint64_t ident = 0;                  // _thread.get_ident(): the address of this state
  uint64_t native_id = 0;              // _thread.get_native_id(): the OS's id of the thread
  Value boot;                          // what a new thread runs (thread/thread_start.cpp)
  port::Sem park_sem;                  // what this thread blocks on (thread/park.hpp)
  // Frame storage for calls that do not outlive their activation (vm/frame.cpp).
  void* frame_chunk = nullptr;
  Value* frame_top = nullptr;
  Value* frame_limit = nullptr;

  bool has_pending() const { return !pending.is_error(); }
};

struct Vm {
  Heap heap;
  Types types{};
  Names names{};
  // Objects that are not on the GC heap, so the same address serves for the life of the VM.
  // True and False have the layout of a one-limb BigInt (object/int.hpp): bool subclasses int.
  struct StaticBool {
    Object header;
    int32_t size;
    uint32_t digit;
  };
  Object none_obj{}, not_implemented_obj{}, ellipsis_obj{};
  StaticBool true_obj{}, false_obj{};
  Value none, true_, false_, not_implemented, ellipsis;
  Value no_default;         // typing.NoDefault (object/typevar.cpp)
  Value memory_error;      // preallocated MemoryError instance (raising it never allocates)
  Value recursion_error;   // preallocated for native-stack overflow
  Dict* interned = nullptr;    // str -> str intern table (guarded by interned_lock)
  Dict* modules = nullptr;     // sys.modules
  Module* builtins = nullptr;
  Module* sys = nullptr;
  List* path = nullptr;        // sys.path
  Value empty_tuple, empty_str, empty_bytes;
  int recursion_limit = 1000;
  int int_max_str_digits = 4300;  // sys.set_int_max_str_digits (0 = no limit); see int.hpp
  bool gil_enabled = true;
  uint32_t next_type_version = 1;
  ThreadState* threads = nullptr;  // every thread state (guarded by threads_lock)
  ThreadState* main_thread = nullptr;
  ThreadRuntime* thread_rt = nullptr;  // GIL, stop-the-world handshake, parking lot
  port::Mutex threads_lock;
  port::Mutex interned_lock;
  // Method cache: (type version, interned name) -> attribute found on the MRO. Entries are
  // updated a whole entry at a time under a per-entry seqlock (see object/method_cache.cpp).
  struct MethodCacheEntry {
    std::atomic<uint32_t> sequence;  // odd while a writer fills the entry (object/method_cache.cpp)
    std::atomic<uint32_t> version;
    std::atomic<Str*> name;
    std::atomic<uintptr_t> value;  // Value bits; 0 = "not found"
  };
  static constexpr size_t METHOD_CACHE_SIZE = 4096;
  MethodCacheEntry* method_cache = nullptr;
  // Every live class (TF_HEAPTYPE), oldest first, held weakly: storage from the port, invisible to
  // the collector, which drops dead entries (object/class_registry.cpp). Guarded by classes_lock.
  Type** classes = nullptr;
  size_t classes_count = 0;
  size_t classes_capacity = 0;
  port::Mutex classes_lock;
  // Weak references (object/weakref.cpp): every weakref object whose referent is alive, in a list
  // the collector does not trace (it clears the refs whose referents die), and the cleared refs
  // whose callbacks have not run yet (a root). Guarded by weakrefs_lock, as classes_lock is.
  WeakRef* weakrefs = nullptr;
  WeakRef* weakrefs_due = nullptr;
  port::Mutex weakrefs_lock;
  int argc = 0;
  char** argv = nullptr;
  int exit_status = 0;
};

// Convenience accessors used everywhere.
inline Value none(ThreadState& ts) { return ts.vm->none; }
inline Value boolean(ThreadState& ts, bool b) { return b ? ts.vm->true_ : ts.vm->false_; }

// The type of any Value (small ints are instances of vm.types.int_).
inline Type* type_of(ThreadState& ts, Value v) {
  return v.is_int() ? ts.vm->types.int_ : v.as_obj()->type;
}

}  // namespace weft
