// Binding call arguments to a Python function's parameters, following CPython's
// initialize_locals step by step so that every TypeError has CPython's exact wording.
#include <string>
#include <vector>

#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"

namespace weft {
namespace {

Str* param_name(const Code* co, size_t i) { return as_str(co->localsplusnames->items[i]); }

std::string quoted(const Str* s) { return "'" + std::string(str_view(s)) + "'"; }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
std::string join_names(const std::vector<std::string>& names) {
  size_t n = names.size();
  if (n == 1) return names[0];
  if (n == 2) return names[0] + " and " + names[1];
  std::string out;
  for (size_t i = 0; i + 2 < n; i++) out += names[i] + ", ";
  return out + names[n - 2] + ", and " + names[n - 1];
}

bool missing_arguments(ThreadState& ts, Function* fn, const Value* locals, size_t start,
                       size_t end, bool positional) {
  std::vector<std::string> names;
  for (size_t i = start; i < end; i++)
    if (locals[i].is_error()) names.push_back(quoted(param_name(fn->code, i)));
  raise(ts, ts.vm->types.TypeError, "%U() missing %d required %s argument%s: %s", fn->qualname,
        int(names.size()), positional ? "positional" : "keyword-only",
        names.size() == 1 ? "" : "s", join_names(names).c_str());
  return false;
}

bool too_many_positional(ThreadState& ts, Function* fn, const Value* locals, size_t given) {
  const Code* co = fn->code;
  size_t argcount = size_t(co->argcount);
  size_t kwonly_given = 0;
  for (size_t i = argcount; i < argcount + size_t(co->kwonlyargcount); i++)
    if (!locals[i].is_error()) kwonly_given++;
  size_t defcount = fn->defaults ? fn->defaults->size : 0;
  std::string sig;
  bool plural;
  if (defcount) {
    sig = "from " + std::to_string(argcount - defcount) + " to " + std::to_string(argcount);
    plural = true;
  } else {
    sig = std::to_string(argcount);
    plural = argcount != 1;
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                 std::to_string(kwonly_given) + " keyword-only argument" +
                 (kwonly_given != 1 ? "s" : "") + ")";
  }
  raise(ts, ts.vm->types.TypeError, "%U() takes %s positional argument%s but %zu%s %s given",
        fn->qualname, sig.c_str(), plural ? "s" : "", given, kwonly_sig.c_str(),
        given == 1 && !kwonly_given ? "was" : "were");
  return false;
}

// Without **kwargs, positional-only names passed by keyword get their own message.
bool positional_only_as_keyword(ThreadState& ts, Function* fn, Tuple* kwnames) {
  std::string names;
  for (size_t k = 0; k < kwnames->size; k++) {
    Str* kw = as_str(kwnames->items[k]);
    for (int j = 0; j < fn->code->posonlyargcount; j++) {
      if (str_equal(kw, param_name(fn->code, size_t(j)))) {
        if (!names.empty()) names += ", ";
        names += str_view(kw);
        break;
      }
    }
  }
  if (names.empty()) return false;
  raise(ts, ts.vm->types.TypeError,
        "%U() got some positional-only arguments passed as keyword arguments: '%s'", fn->qualname,
        names.c_str());
  return true;
}

// Index of the keyword parameter named `kw` (interned names usually match by pointer), or -1.
intptr_t find_keyword(const Code* co, Str* kw) {
  size_t total = size_t(co->argcount + co->kwonlyargcount);
  for (size_t j = size_t(co->posonlyargcount); j < total; j++)
    if (param_name(co, j) == kw) return intptr_t(j);
  for (size_t j = size_t(co->posonlyargcount); j < total; j++)
    if (str_equal(param_name(co, j), kw)) return intptr_t(j);
  return -1;
}

bool bind_keywords(ThreadState& ts, Function* fn, Value* locals, Dict* kwdict, const Value* kwargs,
                   Tuple* kwnames) {
  for (size_t i = 0; i < kwnames->size; i++) {
    Value key = kwnames->items[i];
    if (!is_str(ts, key)) {
      raise(ts, ts.vm->types.TypeError, "%U() keywords must be strings", fn->qualname);
      return false;
    }
    intptr_t j = find_keyword(fn->code, as_str(key));
    if (j >= 0) {
      if (!locals[j].is_error()) {
        raise(ts, ts.vm->types.TypeError, "%U() got multiple values for argument '%U'",
              fn->qualname, as_str(key));
        return false;
      }
      locals[j] = kwargs[i];
      continue;
    }
    if (!kwdict) {
      if (fn->code->posonlyargcount && positional_only_as_keyword(ts, fn, kwnames)) return false;
      raise(ts, ts.vm->types.TypeError, "%U() got an unexpected keyword argument '%U'",
            fn->qualname, as_str(key));
      return false;
    }
    if (!dict_set(ts, kwdict, key, kwargs[i])) return false;
  }
  return true;
}

bool fill_defaults(ThreadState& ts, Function* fn, Value* locals, size_t nargs) {
  const Code* co = fn->code;
  size_t argcount = size_t(co->argcount);
  if (nargs < argcount) {
    size_t defcount = fn->defaults ? fn->defaults->size : 0;
    size_t m = argcount - defcount;
    for (size_t i = nargs; i < m; i++)
      if (locals[i].is_error()) return missing_arguments(ts, fn, locals, 0, m, true);
    for (size_t i = nargs > m ? nargs - m : 0; i < defcount; i++)
      if (locals[m + i].is_error()) locals[m + i] = fn->defaults->items[i];
  }
  size_t total = argcount + size_t(co->kwonlyargcount);
  bool missing = false;
  for (size_t i = argcount; i < total; i++) {
    if (!locals[i].is_error()) continue;
    Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, param_name(co, i)) : Value();
    if (d.is_error()) {
      missing = true;
      continue;
    }
    locals[i] = d;
  }
  if (missing) return missing_arguments(ts, fn, locals, argcount, total, false);
  return true;
}

}  // namespace

bool bind_arguments(ThreadState& ts, Function* fn, Frame* frame, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  const Code* co = fn->code;
  Value* locals = frame->localsplus;
  size_t argcount = size_t(co->argcount);
  size_t total = argcount + size_t(co->kwonlyargcount);
  bool varargs = (co->flags & CO_VARARGS) != 0;
  Dict* kwdict = nullptr;
  if (co->flags & CO_VARKEYWORDS) {
    kwdict = dict_new(ts);
    if (!kwdict) return false;
    locals[total + (varargs ? 1 : 0)] = Value::from_obj(kwdict);
  }
  size_t n = nargs < argcount ? nargs : argcount;
  for (size_t i = 0; i < n; i++) locals[i] = args[i];
  if (varargs) {
    WEFT_TRY_BOOL(rest, tuple_new(ts, args + n, nargs - n));
    locals[total] = rest;
  }
  if (kwnames && kwnames->size && !bind_keywords(ts, fn, locals, kwdict, args + nargs, kwnames))
    return false;
  if (nargs > argcount && !varargs) return too_many_positional(ts, fn, locals, nargs);
  if (!fill_defaults(ts, fn, locals, nargs)) return false;
  return frame_init_cells(ts, frame);
}

}  // namespace weft
