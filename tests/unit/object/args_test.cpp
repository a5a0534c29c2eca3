// Argument checking helpers for native functions (messages checked with CPython 3.13).
#include <vector>

#include "../vm/vm_fixture.hpp"
#include "object/args.hpp"
#include "object/int.hpp"
#include "object/tuple.hpp"

namespace weft {
namespace {

class ArgsTest : public VmTest {
 protected:
  Tuple* names(std::initializer_list<const char*> list) {
    std::vector<Value> items;
    for (const char* n : list) items.push_back(Value::from_obj(intern_cstr(ts(), n)));
    return as_tuple(tuple_new(ts(), items.data(), items.size()));
  }
};

TEST_F(ArgsTest, Check) {
  EXPECT_TRUE(args_check(ts(), "f", 1, nullptr, 1, 1));
  EXPECT_FALSE(args_check(ts(), "len", 2, nullptr, 1, 1));
  EXPECT_EQ(error(), "TypeError: len() takes exactly one argument (2 given)");
  EXPECT_FALSE(args_check(ts(), "f", 1, nullptr, 0, 0));
  EXPECT_EQ(error(), "TypeError: f() takes no arguments (1 given)");
  EXPECT_FALSE(args_check(ts(), "getattr", 1, nullptr, 2, 3));
  EXPECT_EQ(error(), "TypeError: getattr expected at least 2 arguments, got 1");
  EXPECT_FALSE(args_check(ts(), "getattr", 4, nullptr, 2, 3));
  EXPECT_EQ(error(), "TypeError: getattr expected at most 3 arguments, got 4");
  EXPECT_FALSE(args_check(ts(), "divmod", 1, nullptr, 2, 2));
  EXPECT_EQ(error(), "TypeError: divmod expected 2 arguments, got 1");
  EXPECT_TRUE(args_check(ts(), "f", 9, nullptr, 1, -1));
  EXPECT_FALSE(args_check(ts(), "list.append", 1, names({"x"}), 1, 1));
  EXPECT_EQ(error(), "TypeError: list.append() takes no keyword arguments");
}

TEST_F(ArgsTest, Parse) {
  static constexpr const char* NAMES[] = {"a", "b", "c"};
  const ArgSpec spec{"f", NAMES, 3, 1, 2, 1};  // f(a, /, b=?, *, c=?)
  Value one = Value::from_int(1), two = Value::from_int(2);
  Value out[3];
  Value args[3] = {one, two, one};
  ASSERT_TRUE(args_parse(ts(), spec, args, 1, names({"c"}), out)) << error();
  EXPECT_EQ(out[0], one);
  EXPECT_TRUE(out[1].is_error());
  EXPECT_EQ(out[2], two);
  EXPECT_FALSE(args_parse(ts(), spec, args, 3, nullptr, out));
  EXPECT_EQ(error(), "TypeError: f() takes at most 2 positional arguments (3 given)");
  EXPECT_FALSE(args_parse(ts(), spec, args, 1, names({"z"}), out));
  EXPECT_EQ(error(), "TypeError: f() got an unexpected keyword argument 'z'");
  EXPECT_FALSE(args_parse(ts(), spec, args, 1, names({"a"}), out));
  EXPECT_EQ(error(),
            "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'");
  EXPECT_FALSE(args_parse(ts(), spec, args, 2, names({"b"}), out));
  EXPECT_EQ(error(), "TypeError: argument for f() given by name ('b') and position (2)");
  EXPECT_FALSE(args_parse(ts(), spec, args, 0, nullptr, out));
  EXPECT_EQ(error(), "TypeError: f() takes at least 1 positional argument (0 given)");
}

TEST_F(ArgsTest, ParseMissingAndTooMany) {
  static constexpr const char* NAMES[] = {"number", "ndigits"};
  const ArgSpec spec{"round", NAMES, 2, 0, 2, 1};
  Value out[2];
  Value args[3] = {Value::from_int(1), Value::from_int(2), Value::from_int(3)};
  EXPECT_FALSE(args_parse(ts(), spec, args, 0, nullptr, out));
  EXPECT_EQ(error(), "TypeError: round() missing required argument 'number' (pos 1)");
  EXPECT_FALSE(args_parse(ts(), spec, args, 3, nullptr, out));
  EXPECT_EQ(error(), "TypeError: round() takes at most 2 arguments (3 given)");
  EXPECT_FALSE(args_parse(ts(), spec, args, 0, names({"number", "ndigits", "x"}), out));
  EXPECT_EQ(error(), "TypeError: round() takes at most 2 keyword arguments (3 given)");
}

TEST_F(ArgsTest, Ssize) {
  intptr_t v = 0;
  ASSERT_TRUE(arg_ssize(ts(), Value::from_int(-7), &v));
  EXPECT_EQ(v, -7);
  ASSERT_TRUE(arg_ssize(ts(), ts().vm->true_, &v));
  EXPECT_EQ(v, 1);
  EXPECT_FALSE(arg_ssize(ts(), str_from_cstr(ts(), "x"), &v));
  EXPECT_EQ(error(), "TypeError: 'str' object cannot be interpreted as an integer");
  Value big = int_from_str(ts(), "1000000000000000000000000", 25, 10);
  ASSERT_FALSE(big.is_error());
  EXPECT_FALSE(arg_ssize(ts(), big, &v));
  EXPECT_EQ(error(), "OverflowError: Python int too large to convert to C ssize_t");
}

}  // namespace
}  // namespace weft
