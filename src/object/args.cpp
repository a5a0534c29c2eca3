// Argument checking for native functions. The messages follow CPython 3.13's getargs.c
// (_PyArg_CheckPositional, _PyArg_UnpackKeywords, METH_O / METH_NOARGS).
#include "object/args.hpp"

#include "object/error.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

size_t count_keywords(Tuple* kwnames) { return kwnames ? kwnames->size : 0; }
const char* plural(long n) { return n == 1 ? "" : "s"; }

}  // namespace

bool args_no_kwargs(ThreadState& ts, const char* fname, Tuple* kwnames) {
  if (count_keywords(kwnames) == 0) return true;
  raise(ts, ts.vm->types.TypeError, "%s() takes no keyword arguments", fname);
  return false;
}

bool args_check(ThreadState& ts, const char* fname, size_t nargs, Tuple* kwnames, int min,
                int max) {
  if (!args_no_kwargs(ts, fname, kwnames)) return false;
  size_t umin = size_t(min);
  if (nargs >= umin && (max < 0 || nargs <= size_t(max))) return true;
  Type* type_error = ts.vm->types.TypeError;
  if (max == 0) {
    raise(ts, type_error, "%s() takes no arguments (%zu given)", fname, nargs);
  } else if (min == 1 && max == 1) {
    raise(ts, type_error, "%s() takes exactly one argument (%zu given)", fname, nargs);
  } else if (nargs < umin) {
    raise(ts, type_error, "%s expected %s%d argument%s, got %zu", fname,
          min == max ? "" : "at least ", min, plural(min), nargs);
  } else {
    raise(ts, type_error, "%s expected %s%d argument%s, got %zu", fname,
          min == max ? "" : "at most ", max, plural(max), nargs);
  }
  return false;
}

namespace {

int find_param(const ArgSpec& spec, Str* name) {
  for (int i = 0; i < spec.count; i++) {
    if (str_equal_cstr(name, spec.names[i])) return i;
  }
  return -1;
}

bool check_positional_count(ThreadState& ts, const ArgSpec& spec, size_t nargs, size_t nkw) {
  Type* type_error = ts.vm->types.TypeError;
  const char* f = spec.fname;
  if (nargs + nkw > size_t(spec.count)) {
    raise(ts, type_error, "%s() takes at most %d %sargument%s (%zu given)", f, spec.count,
          nargs == 0 ? "keyword " : "", plural(spec.count), nargs + nkw);
    return false;
  }
  int maxpos = spec.kwonly_from;
  if (nargs > size_t(maxpos)) {
    if (maxpos == 0) {
      raise(ts, type_error, "%s() takes no positional arguments", f);
    } else {
      raise(ts, type_error, "%s() takes %s %d positional argument%s (%zu given)", f,
            spec.required < maxpos ? "at most" : "exactly", maxpos, plural(maxpos), nargs);
    }
    return false;
  }
  int min_posonly = spec.required < spec.posonly ? spec.required : spec.posonly;
  if (nargs < size_t(min_posonly)) {
    raise(ts, type_error, "%s() takes %s %d positional argument%s (%zu given)", f,
          min_posonly < maxpos ? "at least" : "exactly", min_posonly, plural(min_posonly), nargs);
    return false;
  }
  return true;
}

bool bind_keyword(ThreadState& ts, const ArgSpec& spec, Str* name, Value v, size_t nargs,
                  Value* out) {
  int j = find_param(spec, name);
  Type* type_error = ts.vm->types.TypeError;
  if (j >= 0 && j < spec.posonly) {
    raise(ts, type_error,
          "%s() got some positional-only arguments passed as keyword arguments: '%U'",
          spec.fname, name);
    return false;
  }
  if (j < 0) {
    raise(ts, type_error, "%s() got an unexpected keyword argument '%U'", spec.fname, name);
    return false;
  }
  if (size_t(j) < nargs || !out[j].is_error()) {
    raise(ts, type_error, "argument for %s() given by name ('%U') and position (%d)", spec.fname,
          name, j + 1);
    return false;
  }
  out[j] = v;
  return true;
}

}  // namespace

bool args_parse(ThreadState& ts, const ArgSpec& spec, const Value* args, size_t nargs,
                Tuple* kwnames, Value* out) {
  size_t nkw = count_keywords(kwnames);
  if (!check_positional_count(ts, spec, nargs, nkw)) return false;
  for (int i = 0; i < spec.count; i++) out[i] = size_t(i) < nargs ? args[i] : Value::error();
  for (size_t k = 0; k < nkw; k++) {
    if (!bind_keyword(ts, spec, as_str(kwnames->items[k]), args[nargs + k], nargs, out)) {
      return false;
    }
  }
  for (int i = 0; i < spec.required; i++) {
    if (!out[i].is_error()) continue;
    if (i < spec.kwonly_from) {
      raise(ts, ts.vm->types.TypeError, "%s() missing required argument '%s' (pos %d)",
            spec.fname, spec.names[i], i + 1);
    } else {
      raise(ts, ts.vm->types.TypeError, "%s() missing required keyword-only argument '%s'",
            spec.fname, spec.names[i]);
    }
    return false;
  }
  return true;
}

bool arg_ssize(ThreadState& ts, Value v, intptr_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  Value i = obj_index(ts, v);
  return !i.is_error() && int_to_ssize(ts, i, out);
}

}  // namespace weft
