// The intern table: one canonical str per text, for names (attribute and global lookups compare
// interned names by identity first). vm.interned maps str -> str under vm.interned_lock.
//
// Locking: the lock is held only around the dict lookup and insert. New strs are allocated before
// taking it, but the insert itself may grow the dict, allocate and so start a collection while
// the lock is held. That is safe because the collector never takes interned_lock (it marks
// vm.interned as a root with the world stopped); in GIL-free mode a thread that waits for the
// lock must wait detached (see intern_lock), or a collection started by the holder would wait
// for it forever.
#include <cstring>
#include <new>

#include "gc/safepoint.hpp"
#include "object/dict.hpp"
#include "object/str_impl.hpp"

namespace weft {

namespace {

// The one place that takes the lock: a contended wait is detached.
void intern_lock(ThreadState& ts) { mutex_lock_detached(ts, &ts.vm->interned_lock); }
void intern_unlock(ThreadState& ts) { port::mutex_unlock(&ts.vm->interned_lock); }

Str* lookup(ThreadState& ts, Str* s) {
  intern_lock(ts);
  Value found = dict_get_str(ts.vm->interned, s);
  intern_unlock(ts);
  return found.is_error() ? nullptr : as_str(found);
}

void mark_interned(Str* s) { __atomic_fetch_or(&s->flags, uint8_t(OBJ_INTERNED), __ATOMIC_RELAXED); }

// Texts up to this size are looked up in a probe str on the C++ stack, so interning a name
// that is already in the table allocates nothing.
constexpr size_t PROBE_MAX = 120;

}  // namespace

Str* str_intern(ThreadState& ts, Str* s) {
  if (s->flags & OBJ_INTERNED) return s;
  if (s->type != ts.vm->types.str) {
    // Only exact strs are interned (a subclass instance could carry other state).
    Value copy = str_from_parts(ts, s->data, s->nbytes, s->length);
    if (copy.is_error()) return nullptr;
    s = as_str(copy);
    if (s->flags & OBJ_INTERNED) return s;  // the empty str
  }
  str_hash(s);  // outside the lock
  intern_lock(ts);
  Value found = dict_get_str(ts.vm->interned, s);
  bool ok = true;
  if (found.is_error()) {
    ok = dict_set_str(ts, ts.vm->interned, s, Value::from_obj(s));
    if (ok) mark_interned(s);
  }
  intern_unlock(ts);
  if (!ok) return nullptr;
  return found.is_error() ? s : as_str(found);
}

Str* intern_chars(ThreadState& ts, const char* data, size_t n) {
  size_t length = utf8_all_ascii(data, n) ? n : utf8_count(data, n);
  if (n <= PROBE_MAX) {
    alignas(Str) unsigned char storage[sizeof(Str) + PROBE_MAX];
    Str* probe = new (storage) Str();
    probe->type = ts.vm->types.str;
    probe->length = length;
    probe->nbytes = n;
    std::memcpy(probe->data, data, n);
    probe->data[n] = 0;
    if (Str* found = lookup(ts, probe)) return found;
  }
  Value s = str_from_parts(ts, data, n, length);
  return s.is_error() ? nullptr : str_intern(ts, as_str(s));
}

Str* intern_cstr(ThreadState& ts, const char* cstr) { return intern_chars(ts, cstr, strlen(cstr)); }

}  // namespace weft
