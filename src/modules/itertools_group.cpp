// itertools.groupby (with its _grouper sub-iterators), zip_longest and tee (tee iterators share
// a linked list of fixed-size buffers, _tee_dataobject, read by each at its own pace).
#include "modules/itertools.hpp"

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

// ---- groupby ----------------------------------------------------------------------------------------

struct GroupBy : Object {
  Value it;
  Value keyfunc;       // None: the items are their own keys
  Value tgtkey;        // key of the group being yielded, error() before the first
  Value currkey;       // key of currvalue, error() before the first item
  Value currvalue;     // the item read ahead, error() when consumed
  Value currgrouper;   // the only _grouper that may still yield items
};

struct Grouper : Object {
  Value parent;  // the GroupBy
  Value tgtkey;
};

Value groupby_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"iterable", "key"};
  Value a[2];
  if (!args_parse(ts, {"groupby", NAMES, 2, 0, 2, 1}, args, nargs, kw, a)) return Value::error();
  WEFT_TRY(it, obj_iter(ts, a[0]));
  auto g = native_alloc<GroupBy>(ts, type);
  if (!g) return Value::error();
  g->it = it;
  g->keyfunc = a[1].is_error() ? ts.vm->none : a[1];
  return Value::from_obj(g);
}

// Reads the next item and its key into currvalue/currkey. False at the end or on error.
bool groupby_step(ThreadState& ts, GroupBy* g) {
  Value item = obj_next(ts, g->it);
  if (item.is_error()) return false;
  Value key = g->keyfunc == ts.vm->none ? item : call1(ts, g->keyfunc, item);
  if (key.is_error()) return false;
  g->currvalue = item;
  g->currkey = key;
  return true;
}

Value groupby_next(ThreadState& ts, Value self) {
  auto g = static_cast<GroupBy*>(self.as_obj());
  g->currgrouper = Value::error();
  // Skip the rest of the current group.
  for (;;) {
    if (!g->currkey.is_error()) {
      if (g->tgtkey.is_error()) break;
      int same = obj_richcompare_bool(ts, g->tgtkey, g->currkey, CMP_EQ);
      if (same < 0) return Value::error();
      if (!same) break;
    }
    if (!groupby_step(ts, g)) return Value::error();
  }
  g->tgtkey = g->currkey;
  auto grouper = gc_new<Grouper>(ts, ts.vm->types.itertools_grouper);
  if (!grouper) return Value::error();
  grouper->parent = self;
  grouper->tgtkey = g->tgtkey;
  g->currgrouper = Value::from_obj(grouper);
  return tuple_pack(ts, g->currkey, Value::from_obj(grouper));
}

void groupby_trace(Object* o, Tracer& t) {
  auto g = static_cast<GroupBy*>(o);
  t.visit(g->it);
  t.visit(g->keyfunc);
  t.visit(g->tgtkey);
  t.visit(g->currkey);
  t.visit(g->currvalue);
  t.visit(g->currgrouper);
}

Value grouper_next(ThreadState& ts, Value self) {
  auto gr = static_cast<Grouper*>(self.as_obj());
  auto g = static_cast<GroupBy*>(gr->parent.as_obj());
  // A grouper the parent has moved past yields nothing more.
  if (g->currgrouper != self) return iteration_end();
  if (g->currvalue.is_error() && !groupby_step(ts, g)) return Value::error();
  int same = obj_richcompare_bool(ts, gr->tgtkey, g->currkey, CMP_EQ);
  if (same <= 0) return Value::error();
  Value item = g->currvalue;
  g->currvalue = Value::error();
  return item;
}

void grouper_trace(Object* o, Tracer& t) {
  auto gr = static_cast<Grouper*>(o);
  t.visit(gr->parent);
  t.visit(gr->tgtkey);
}

// ---- zip_longest ------------------------------------------------------------------------------------

struct ZipLongest : Object {
  Tuple* iters;  // private: an exhausted iterator's slot becomes None
  size_t active;
  Value fillvalue;
};

Value zip_longest_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  Value fill = ts.vm->none;
  size_t nkw = kw ? kw->size : 0;
  for (size_t i = 0; i < nkw; i++) {
    if (nkw != 1 || !str_equal_cstr(as_str(kw->items[i]), "fillvalue"))
      return raise(ts, ts.vm->types.TypeError, "zip_longest() got an unexpected keyword argument");
    fill = args[nargs];
  }
  Tuple* iters = tuple_alloc(ts, nargs);
  if (!iters) return Value::error();
  for (size_t i = 0; i < nargs; i++) iters->items[i] = ts.vm->none;
  for (size_t i = 0; i < nargs; i++) {
    WEFT_TRY(it, obj_iter(ts, args[i]));
    iters->items[i] = it;
  }
  auto z = native_alloc<ZipLongest>(ts, type);
  if (!z) return Value::error();
  z->iters = iters;
  z->active = nargs;
  z->fillvalue = fill;
  return Value::from_obj(z);
}

Value zip_longest_next(ThreadState& ts, Value self) {
  auto z = static_cast<ZipLongest*>(self.as_obj());
  Tuple* iters = z->iters;
  if (iters->size == 0 || z->active == 0) return iteration_end();
  Tuple* result = tuple_alloc(ts, iters->size);
  if (!result) return Value::error();
  for (size_t i = 0; i < iters->size; i++) result->items[i] = ts.vm->none;
  for (size_t i = 0; i < iters->size; i++) {
    Value it = iters->items[i];
    Value item = it == ts.vm->none ? z->fillvalue : obj_next(ts, it);
    if (item.is_error()) {
      if (ts.has_pending() || z->active <= 1) {
        z->active = 0;
        return Value::error();
      }
      z->active--;
      iters->items[i] = ts.vm->none;
      item = z->fillvalue;
    }
    result->items[i] = item;
  }
  return Value::from_obj(result);
}

void zip_longest_trace(Object* o, Tracer& t) {
  auto z = static_cast<ZipLongest*>(o);
  t.visit(z->iters);
  t.visit(z->fillvalue);
}

// ---- tee --------------------------------------------------------------------------------------------

constexpr size_t TEE_LINKCELLS = 57;

struct TeeData : Object {
  Value it;        // the shared source iterator
  Value nextlink;  // the following TeeData, error() until needed
  size_t numread;  // values[0, numread) are filled
  bool running;    // fetching from `it` (a re-entrant fetch is an error)
  Value values[TEE_LINKCELLS];
};

struct Tee : Object {
  TeeData* data;
  size_t index;  // next position in data->values
};

TeeData* tee_data_new(ThreadState& ts, Value it) {
  auto d = gc_new<TeeData>(ts, ts.vm->types.itertools_teedata);
  if (d) d->it = it;
  return d;
}

// The item at position i of the buffer, fetched from the source when i is the first unread one.
Value tee_data_get(ThreadState& ts, TeeData* d, size_t i) {
  size_t read = d->numread;
  if (i < read && i < TEE_LINKCELLS) return d->values[i];
  // Another thread may have filled the buffer meanwhile (GIL-free): never write past its end.
  if (i != read || i >= TEE_LINKCELLS) return iteration_end();
  if (d->running) return raise(ts, ts.vm->types.RuntimeError, "cannot re-enter the tee iterator");
  d->running = true;
  Value item = obj_next(ts, d->it);
  d->running = false;
  if (item.is_error()) return item;
  d->values[i] = item;
  d->numread = i + 1;
  return item;
}

Value tee_make(ThreadState& ts, TeeData* data, size_t index) {
  auto t = gc_new<Tee>(ts, ts.vm->types.itertools_tee);
  if (!t) return Value::error();
  t->data = data;
  t->index = index;
  return Value::from_obj(t);
}

Value tee_from_iterator(ThreadState& ts, Value it) {
  TeeData* data = tee_data_new(ts, it);
  return data ? tee_make(ts, data, 0) : Value::error();
}

Value tee_type_new(ThreadState& ts, Type*, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "_tee", kw) || !args_positional(ts, "_tee", nargs, 1, 1))
    return Value::error();
  WEFT_TRY(it, obj_iter(ts, args[0]));
  if (type_of(ts, it) == ts.vm->types.itertools_tee) {
    auto t = static_cast<Tee*>(it.as_obj());
    return tee_make(ts, t->data, t->index);
  }
  return tee_from_iterator(ts, it);
}

Value tee_next(ThreadState& ts, Value self) {
  auto t = static_cast<Tee*>(self.as_obj());
  TeeData* d = t->data;
  if (t->index >= TEE_LINKCELLS) {
    if (d->nextlink.is_error()) {
      TeeData* next = tee_data_new(ts, d->it);
      if (!next) return Value::error();
      d->nextlink = Value::from_obj(next);
    }
    d = static_cast<TeeData*>(d->nextlink.as_obj());
    t->data = d;
    t->index = 0;
  }
  WEFT_TRY(item, tee_data_get(ts, d, t->index));
  t->index++;
  return item;
}

Value tee_copy(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__copy__", nargs, kw, 0, 0)) return Value::error();
  auto t = static_cast<Tee*>(self.as_obj());
  return tee_make(ts, t->data, t->index);
}

void tee_trace(Object* o, Tracer& tr) { tr.visit(static_cast<Tee*>(o)->data); }

void tee_data_trace(Object* o, Tracer& t) {
  auto d = static_cast<TeeData*>(o);
  t.visit(d->it);
  t.visit(d->nextlink);
  t.visit_range(d->values, TEE_LINKCELLS);
}

const MethodDef TEE_METHODS[] = {
    {"__copy__", tee_copy, 0, "Returns an independent iterator."},
    {nullptr, nullptr, 0, nullptr},
};

// tee(iterable, n=2): n iterators; a source that can copy itself (a tee) is copied, anything
// else is wrapped in a first tee.
Value it_tee(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "itertools.tee", kw) || !args_positional(ts, "tee", nargs, 1, 2))
    return Value::error();
  intptr_t n = 2;
  if (nargs > 1) {
    WEFT_TRY(n_int, obj_index(ts, args[1]));
    if (!int_to_ssize(ts, n_int, &n)) return Value::error();
  }
  if (n < 0) return raise(ts, ts.vm->types.ValueError, "n must be >= 0");
  Tuple* result = tuple_alloc(ts, size_t(n));
  if (!result) return Value::error();
  for (intptr_t i = 0; i < n; i++) result->items[i] = ts.vm->none;
  if (n == 0) return Value::from_obj(result);
  WEFT_TRY(it, obj_iter(ts, args[0]));
  Str* copy_name = intern_cstr(ts, "__copy__");
  if (!copy_name) return Value::error();
  Value copy = obj_getattr_opt(ts, it, copy_name);
  if (copy.is_error() && ts.has_pending()) return copy;
  Value first = it;
  if (copy.is_error()) {
    first = tee_from_iterator(ts, it);
    if (first.is_error()) return first;
    copy = obj_getattr(ts, first, copy_name);
    if (copy.is_error()) return copy;
  }
  result->items[0] = first;
  for (intptr_t i = 1; i < n; i++) {
    WEFT_TRY(other, call0(ts, copy));
    result->items[i] = other;
  }
  return Value::from_obj(result);
}

// Types C++ creates instances of: kept in vm.types, made once per VM.
bool ensure_type(ThreadState& ts, Module* m, Type* Types::*field, const NativeTypeSpec& spec,
                 const char* attr) {
  Type*& slot = ts.vm->types.*field;
  if (!slot && !(slot = native_type_new(ts, spec))) return false;
  return module_set(ts, m, attr, Value::from_obj(slot));
}

constexpr uint32_t BASE = TF_BASETYPE;

const NativeTypeSpec GROUPER_SPEC = {
    "itertools._grouper", sizeof(Grouper), 0, grouper_trace, nullptr, grouper_next, nullptr,
    nullptr, nullptr};
const NativeTypeSpec TEE_SPEC = {
    "itertools._tee", sizeof(Tee), 0, tee_trace, tee_type_new, tee_next, nullptr, TEE_METHODS,
    "Iterator wrapped to make it copyable."};
const NativeTypeSpec TEE_DATA_SPEC = {
    "itertools._tee_dataobject", sizeof(TeeData), 0, tee_data_trace, nullptr, nullptr, nullptr,
    nullptr, "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects."};

}  // namespace

extern const NativeTypeSpec ITERTOOLS_GROUP_TYPES[] = {
    {"itertools.groupby", sizeof(GroupBy), BASE, groupby_trace, groupby_new, groupby_next,
     nullptr, nullptr, "make an iterator that returns consecutive keys and groups from the iterable"},
    {"itertools.zip_longest", sizeof(ZipLongest), BASE, zip_longest_trace, zip_longest_new,
     zip_longest_next, nullptr, nullptr, "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument."},
    {nullptr, 0, 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
};

extern const MethodDef ITERTOOLS_FUNCTIONS[] = {
    {"tee", it_tee, 0, "Returns a tuple of n independent iterators."},
    {nullptr, nullptr, 0, nullptr},
};

bool itertools_add_helper_types(ThreadState& ts, Module* m) {
  return ensure_type(ts, m, &Types::itertools_grouper, GROUPER_SPEC, "_grouper") &&
         ensure_type(ts, m, &Types::itertools_tee, TEE_SPEC, "_tee") &&
         ensure_type(ts, m, &Types::itertools_teedata, TEE_DATA_SPEC, "_tee_dataobject");
}

}  // namespace weft
