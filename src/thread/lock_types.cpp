// The Python types _thread.lock and _thread.RLock: acquire/release with CPython 3.13's arguments
// and messages, the context manager protocol, and the RLock hooks threading.Condition uses
// (_release_save, _acquire_restore, _is_owned).
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "thread/lock.hpp"

namespace weft {

namespace {

constexpr int64_t UNSET_TIMEOUT = -1000000000;  // timeout=-1: wait forever

Lock* as_lock(Value v) { return static_cast<Lock*>(v.as_obj()); }
RLock* as_rlock(Value v) { return static_cast<RLock*>(v.as_obj()); }

// acquire(blocking=True, timeout=-1) -> the timeout in ns (< 0 forever, 0 no wait).
bool acquire_args(ThreadState& ts, const Value* args, size_t nargs, Tuple* kw, int64_t* out) {
  static constexpr const char* NAMES[] = {"blocking", "timeout"};
  Value v[2];
  if (!args_parse(ts, ArgSpec{"acquire", NAMES, 2, 0, 2, 0}, args, nargs, kw, v)) return false;
  Vm& vm = *ts.vm;
  bool blocking = true;
  if (!v[0].is_error()) {
    int t = obj_truth(ts, v[0]);
    if (t < 0) return false;
    blocking = t != 0;
  }
  int64_t timeout = UNSET_TIMEOUT;
  if (!v[1].is_error() && !timeout_from_seconds(ts, v[1], &timeout)) return false;
  if (!blocking && timeout != UNSET_TIMEOUT) {
    raise(ts, vm.types.ValueError, "can't specify a timeout for a non-blocking call");
    return false;
  }
  if (timeout < 0 && timeout != UNSET_TIMEOUT) {
    raise(ts, vm.types.ValueError, "timeout value must be a non-negative number");
    return false;
  }
  if (blocking && timeout != UNSET_TIMEOUT && double(timeout) > THREAD_TIMEOUT_MAX * 1e9) {
    raise(ts, vm.types.OverflowError, "timeout value is too large");
    return false;
  }
  *out = !blocking ? 0 : timeout == UNSET_TIMEOUT ? -1 : timeout;
  return true;
}

Value acquire_result(ThreadState& ts, AcquireResult r) {
  if (r == AcquireResult::Error) return Value::error();
  return boolean(ts, r == AcquireResult::Acquired);
}

// ---- lock -----------------------------------------------------------------------------------

Value lock_acquire(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  int64_t timeout;
  if (!acquire_args(ts, args, nargs, kw, &timeout)) return Value::error();
  return acquire_result(ts, lock_word_acquire(ts, &as_lock(self)->word, timeout));
}

Value lock_enter(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__enter__", nargs, kw, 0, 0)) return Value::error();
  return acquire_result(ts, lock_word_acquire(ts, &as_lock(self)->word, -1));
}

Value lock_release(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "release", nargs, kw, 0, 0)) return Value::error();
  Lock* l = as_lock(self);
  if (l->word.load(std::memory_order_relaxed) == 0)
    return raise(ts, ts.vm->types.RuntimeError, "release unlocked lock");
  lock_word_release(*ts.vm, &l->word);
  return ts.vm->none;
}

Value lock_exit(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__exit__", nargs, kw, 0, 3)) return Value::error();
  return lock_release(ts, self, nullptr, 0, nullptr);
}

Value lock_locked(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "locked", nargs, kw, 0, 0)) return Value::error();
  return boolean(ts, as_lock(self)->word.load(std::memory_order_relaxed) != 0);
}

Value lock_repr(ThreadState& ts, Value self) {
  bool held = as_lock(self)->word.load(std::memory_order_relaxed) != 0;
  return str_format_c(ts, "<%s _thread.lock object at %p>", held ? "locked" : "unlocked",
                      self.as_obj());
}

Value lock_type_new(ThreadState& ts, Type* type, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "lock", nargs, kw, 0, 0)) return Value::error();
  Object* o = gc_alloc(ts, type, sizeof(Lock));
  return o ? Value::from_obj(o) : Value::error();
}

const MethodDef LOCK_METHODS[] = {
    {"acquire", lock_acquire, 0, "Lock the lock."},
    {"acquire_lock", lock_acquire, 0, "An obsolete synonym of acquire()."},
    {"release", lock_release, 0, "Release the lock."},
    {"release_lock", lock_release, 0, "An obsolete synonym of release()."},
    {"locked", lock_locked, 0, "Test whether the lock is currently locked."},
    {"locked_lock", lock_locked, 0, "An obsolete synonym of locked()."},
    {"__enter__", lock_enter, 0, "Lock the lock."},
    {"__exit__", lock_exit, 0, "Release the lock."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- RLock ----------------------------------------------------------------------------------

bool rlock_owned(ThreadState& ts, RLock* r) {
  return r->owner.load(std::memory_order_relaxed) == ts.ident && r->count > 0;
}

Value rlock_acquire_for(ThreadState& ts, RLock* r, int64_t timeout) {
  if (rlock_owned(ts, r)) {
    if (r->count == UINT64_MAX)
      return raise(ts, ts.vm->types.OverflowError, "Internal lock count overflowed");
    r->count++;
    return ts.vm->true_;
  }
  AcquireResult res = lock_word_acquire(ts, &r->word, timeout);
  if (res == AcquireResult::Acquired) {
    r->owner.store(ts.ident, std::memory_order_relaxed);
    r->count = 1;
  }
  return acquire_result(ts, res);
}

Value rlock_acquire(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  int64_t timeout;
  if (!acquire_args(ts, args, nargs, kw, &timeout)) return Value::error();
  return rlock_acquire_for(ts, as_rlock(self), timeout);
}

Value rlock_enter(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__enter__", nargs, kw, 0, 0)) return Value::error();
  return rlock_acquire_for(ts, as_rlock(self), -1);
}

void rlock_release_all(Vm& vm, RLock* r) {
  r->count = 0;
  r->owner.store(0, std::memory_order_relaxed);
  lock_word_release(vm, &r->word);
}

Value rlock_release(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "release", nargs, kw, 0, 0)) return Value::error();
  RLock* r = as_rlock(self);
  if (!rlock_owned(ts, r))
    return raise(ts, ts.vm->types.RuntimeError, "cannot release un-acquired lock");
  if (--r->count == 0) rlock_release_all(*ts.vm, r);
  return ts.vm->none;
}

Value rlock_exit(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__exit__", nargs, kw, 0, 3)) return Value::error();
  return rlock_release(ts, self, nullptr, 0, nullptr);
}

// Releases the lock completely and returns (count, owner) for _acquire_restore.
Value rlock_release_save(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_release_save", nargs, kw, 0, 0)) return Value::error();
  RLock* r = as_rlock(self);
  if (r->count == 0)
    return raise(ts, ts.vm->types.RuntimeError, "cannot release un-acquired lock");
  WEFT_TRY(count, int_from_u64(ts, r->count));
  WEFT_TRY(owner, int_from_u64(ts, r->owner.load(std::memory_order_relaxed)));
  WEFT_TRY(state, tuple_pack(ts, count, owner));
  rlock_release_all(*ts.vm, r);
  return state;
}

Value rlock_acquire_restore(ThreadState& ts, Value self, const Value* args, size_t nargs,
                            Tuple* kw) {
  if (!args_check(ts, "_acquire_restore", nargs, kw, 1, 1)) return Value::error();
  Value state = args[0];
  int64_t count = 0, owner = 0;
  if (type_of(ts, state) != ts.vm->types.tuple || as_tuple(state)->size != 2 ||
      !int_to_i64(ts, as_tuple(state)->items[0], &count) ||
      !int_to_i64(ts, as_tuple(state)->items[1], &owner)) {
    if (!ts.has_pending()) raise(ts, ts.vm->types.TypeError, "_acquire_restore() argument 1 must be tuple");
    return Value::error();
  }
  RLock* r = as_rlock(self);
  if (lock_word_acquire(ts, &r->word, -1) == AcquireResult::Error) return Value::error();
  r->owner.store(uint64_t(owner), std::memory_order_relaxed);
  r->count = uint64_t(count);
  return ts.vm->none;
}

Value rlock_is_owned(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_is_owned", nargs, kw, 0, 0)) return Value::error();
  return boolean(ts, rlock_owned(ts, as_rlock(self)));
}

Value rlock_recursion_count(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_recursion_count", nargs, kw, 0, 0)) return Value::error();
  RLock* r = as_rlock(self);
  return int_from_u64(ts, rlock_owned(ts, r) ? r->count : 0);
}

Value rlock_repr(ThreadState& ts, Value self) {
  RLock* r = as_rlock(self);
  uint64_t owner = r->owner.load(std::memory_order_relaxed);
  bool held = r->word.load(std::memory_order_relaxed) != 0;
  return str_format_c(ts, "<%s _thread.RLock object owner=%llu count=%llu at %p>",
                      held ? "locked" : "unlocked", (unsigned long long)owner,
                      (unsigned long long)(held ? r->count : 0), self.as_obj());
}

// RLock(*args, **kwargs): arguments are accepted and ignored, as CPython.
Value rlock_type_new(ThreadState& ts, Type* type, const Value*, size_t, Tuple*) {
  Object* o = gc_alloc(ts, type, sizeof(RLock));
  return o ? Value::from_obj(o) : Value::error();
}

const MethodDef RLOCK_METHODS[] = {
    {"acquire", rlock_acquire, 0, "Lock the lock."},
    {"release", rlock_release, 0, "Release the lock."},
    {"__enter__", rlock_enter, 0, "Lock the lock."},
    {"__exit__", rlock_exit, 0, "Release the lock."},
    {"_release_save", rlock_release_save, 0, "For internal use by `threading.Condition`."},
    {"_acquire_restore", rlock_acquire_restore, 0, "For internal use by `threading.Condition`."},
    {"_is_owned", rlock_is_owned, 0, "For internal use by `threading.Condition`."},
    {"_recursion_count", rlock_recursion_count, 0, "For internal use by reentrancy checks."},
    {nullptr, nullptr, 0, nullptr},
};

Type* make_type(ThreadState& ts, const char* name, size_t size, NewFn new_fn, ReprFn repr,
                const MethodDef* methods) {
  Type* t = type_new_builtin(ts, name, ts.vm->types.object, TypeKind::Other, size, TF_BASETYPE);
  if (!t) return nullptr;
  t->new_ = new_fn;
  t->repr = repr;
  return type_add_methods(ts, t, methods) ? t : nullptr;
}

}  // namespace

bool lock_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  if (types.lock) return true;
  Type* lock = make_type(ts, "_thread.lock", sizeof(Lock), lock_type_new, lock_repr, LOCK_METHODS);
  if (!lock) return false;
  types.lock = lock;
  Type* rlock =
      make_type(ts, "_thread.RLock", sizeof(RLock), rlock_type_new, rlock_repr, RLOCK_METHODS);
  if (!rlock) return false;
  types.rlock = rlock;
  return true;
}

Value lock_new(ThreadState& ts) {
  Object* o = gc_alloc(ts, ts.vm->types.lock, sizeof(Lock));
  return o ? Value::from_obj(o) : Value::error();
}

}  // namespace weft
