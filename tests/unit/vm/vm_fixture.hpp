// A VM per test with helpers to run Python source in a fresh __main__-like namespace and to look
// at the results (as repr text) or at the exception it raised (type name and str()).
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "vm/run.hpp"
#include "weft/vm.hpp"

namespace weft {

// An expression and what CPython gives for it: the repr of its value, or the exception.
struct ExprCase {
  const char* expr;
  const char* repr;   // nullptr when it raises
  const char* error;  // "Type: message"
};

class VmTest : public ::testing::Test {
 protected:
  void SetUp() override {
    VmOptions options;
    vm_ = vm_create(options);
    ASSERT_NE(vm_, nullptr);
    ts_ = vm_->main_thread;
    ASSERT_NE(ts_, nullptr);
  }
  void TearDown() override { vm_destroy(vm_); }

  ThreadState& ts() { return *ts_; }

  // Runs `src` as a module body; true when it raised nothing.
  bool run(const std::string& src, CompileMode mode = CompileMode::Exec) {
    globals_ = dict_new(ts());
    EXPECT_NE(globals_, nullptr);
    Str* main = intern_cstr(ts(), "__main__");
    EXPECT_TRUE(dict_set_str(ts(), globals_, ts().vm->names.__name__, Value::from_obj(main)));
    Value filename = str_from_cstr(ts(), "<test>");
    result_ = run_source(ts(), src, as_str(filename), mode, globals_, nullptr);
    return !result_.is_error();
  }

  std::string repr(Value v) {
    Value r = obj_repr(ts(), v);
    if (r.is_error()) return "<repr failed>";
    return std::string(str_view(as_str(r)));
  }

  // repr() of a global of the last run, or "<unset>".
  std::string global(const char* name) {
    Value v = dict_get_str(globals_, intern_cstr(ts(), name));
    return v.is_error() ? "<unset>" : repr(v);
  }

  std::string result() { return repr(result_); }

  // "TypeError: message" for the pending exception (which it clears).
  std::string error() {
    Value exc = take_pending(ts());
    if (exc.is_error()) return "<no exception>";
    Value msg = exception_str(ts(), exc);
    std::string text = msg.is_error() ? "<str failed>" : std::string(str_view(as_str(msg)));
    return std::string(type_name(ts(), exc)) + (text.empty() ? "" : ": " + text);
  }

  // Attribute of the pending exception (SyntaxError details), as repr.
  std::string error_attr(const char* name) {
    Value v = exception_get_attr(ts(), ts().pending, intern_cstr(ts(), name));
    return v.is_error() ? "<unset>" : repr(v);
  }

  // Evaluates c.expr and compares the outcome with CPython's.
  void check(const ExprCase& c) {
    std::string src = std::string("r = ") + c.expr;
    if (run(src)) {
      EXPECT_EQ(global("r"), c.repr ? c.repr : "<raises>") << c.expr;
    } else {
      EXPECT_EQ(error(), c.error ? c.error : "<no error>") << c.expr;
    }
  }

  Vm* vm_ = nullptr;
  ThreadState* ts_ = nullptr;
  Dict* globals_ = nullptr;
  Value result_;
};

}  // namespace weft
