// The abstract object protocol, attribute lookup, types and the method cache (expected messages
// checked with CPython 3.13).
#include <vector>

#include "../vm/vm_fixture.hpp"
#include "object/float.hpp"
#include "object/list.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {
namespace {

class ProtocolTest : public VmTest {
 protected:
  Value str(const char* s) { return str_from_cstr(ts(), s); }
  Value type_value(Type* t) { return Value::from_obj(t); }
  Types& types() { return ts().vm->types; }
  // repr of a result, or "Type: message" of the exception it raised.
  std::string show(Value v) { return v.is_error() ? error() : repr(v); }
};

TEST_F(ProtocolTest, BinaryOperatorMessages) {
  Value one = Value::from_int(1);
  EXPECT_EQ(show(binary_op(ts(), one, str("a"), BIN_ADD)),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_EQ(show(binary_op(ts(), one, str("a"), BIN_POW)),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
  EXPECT_EQ(show(inplace_op(ts(), one, str("a"), BIN_ADD)),
            "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
  EXPECT_EQ(show(binary_op(ts(), str("a"), one, BIN_ADD)),
            "TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(show(binary_op(ts(), str("a"), str("b"), BIN_MUL)),
            "TypeError: can't multiply sequence by non-int of type 'str'");
  EXPECT_EQ(show(binary_op(ts(), one, Value::from_int(2), BIN_ADD)), "3");
}

TEST_F(ProtocolTest, UnaryOperatorMessages) {
  EXPECT_EQ(show(obj_neg(ts(), str("a"))), "TypeError: bad operand type for unary -: 'str'");
  EXPECT_EQ(show(obj_invert(ts(), float_new(ts(), 1.5))),
            "TypeError: bad operand type for unary ~: 'float'");
  EXPECT_EQ(show(obj_abs(ts(), str("a"))), "TypeError: bad operand type for abs(): 'str'");
}

TEST_F(ProtocolTest, RichComparison) {
  Value one = Value::from_int(1);
  EXPECT_EQ(show(obj_richcompare(ts(), one, str("a"), CMP_LT)),
            "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(show(obj_richcompare(ts(), str("a"), one, CMP_GE)),
            "TypeError: '>=' not supported between instances of 'str' and 'int'");
  // == and != fall back to identity.
  EXPECT_EQ(show(obj_richcompare(ts(), one, str("a"), CMP_EQ)), "False");
  EXPECT_EQ(show(obj_richcompare(ts(), one, str("a"), CMP_NE)), "True");
  Value none = ts().vm->none;
  EXPECT_EQ(obj_richcompare_bool(ts(), none, none, CMP_EQ), 1);
  EXPECT_EQ(obj_equal(ts(), Value::from_int(5), Value::from_int(5)), 1);
}

TEST_F(ProtocolTest, TruthHashLen) {
  EXPECT_EQ(obj_truth(ts(), ts().vm->none), 0);
  EXPECT_EQ(obj_truth(ts(), Value::from_int(0)), 0);
  EXPECT_EQ(obj_truth(ts(), str("")), 0);
  EXPECT_EQ(obj_truth(ts(), str("x")), 1);
  EXPECT_EQ(obj_truth(ts(), type_value(types().int_)), 1);
  intptr_t h;
  EXPECT_FALSE(obj_hash(ts(), Value::from_obj(list_new(ts(), 0)), &h));
  EXPECT_EQ(error(), "TypeError: unhashable type: 'list'");
  ASSERT_TRUE(obj_hash(ts(), ts().vm->none, &h));
  EXPECT_EQ(h, intptr_t(uintptr_t(0xFCA86420u)));
  size_t n;
  EXPECT_FALSE(obj_len(ts(), Value::from_int(1), &n));
  EXPECT_EQ(error(), "TypeError: object of type 'int' has no len()");
}

TEST_F(ProtocolTest, ContainerMessages) {
  Value one = Value::from_int(1);
  EXPECT_EQ(show(obj_getitem(ts(), one, one)), "TypeError: 'int' object is not subscriptable");
  EXPECT_EQ(show(obj_getitem(ts(), type_value(types().int_), one)),
            "TypeError: type 'int' is not subscriptable");
  Value t = tuple_pack(ts(), one, one);
  EXPECT_FALSE(obj_setitem(ts(), t, one, one));
  EXPECT_EQ(error(), "TypeError: 'tuple' object does not support item assignment");
  EXPECT_FALSE(obj_delitem(ts(), t, one));
  EXPECT_EQ(error(), "TypeError: 'tuple' object doesn't support item deletion");
  EXPECT_EQ(show(obj_iter(ts(), one)), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(show(obj_next(ts(), one)), "TypeError: 'int' object is not an iterator");
  EXPECT_EQ(obj_contains(ts(), one, one), -1);
  EXPECT_EQ(error(), "TypeError: argument of type 'int' is not iterable");
  EXPECT_EQ(obj_contains(ts(), t, one), 1);
  EXPECT_EQ(show(call(ts(), one, nullptr, 0)), "TypeError: 'int' object is not callable");
}

TEST_F(ProtocolTest, StrReprAsciiFormat) {
  EXPECT_EQ(show(obj_ascii(ts(), str("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80x"))),
            "\"'\\\\xe9\\\\u20ac\\\\U0001f600x'\"");
  EXPECT_EQ(show(obj_repr(ts(), type_value(types().int_))), "\"<class 'int'>\"");
  EXPECT_EQ(show(obj_str(ts(), ts().vm->none)), "'None'");
  EXPECT_EQ(show(obj_str(ts(), ts().vm->ellipsis)), "'Ellipsis'");
  EXPECT_EQ(show(obj_format(ts(), Value::from_int(42), str(""))), "'42'");
  EXPECT_EQ(show(obj_format(ts(), ts().vm->none, str("x"))),
            "TypeError: unsupported format string passed to NoneType.__format__");
}

TEST_F(ProtocolTest, Conversions) {
  EXPECT_EQ(show(obj_index(ts(), float_new(ts(), 1.5))),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(show(obj_index(ts(), ts().vm->true_)), "1");
  EXPECT_EQ(show(obj_to_int(ts(), str(" 12 "))), "12");
  EXPECT_EQ(show(obj_to_int(ts(), ts().vm->none)),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, "
            "not 'NoneType'");
  EXPECT_EQ(show(obj_to_float(ts(), Value::from_int(3))), "3.0");
  EXPECT_EQ(show(obj_to_float(ts(), ts().vm->none)),
            "TypeError: float() argument must be a string or a real number, not 'NoneType'");
}

TEST_F(ProtocolTest, Attributes) {
  Value one = Value::from_int(1);
  Str* foo = intern_cstr(ts(), "foo");
  Str* real = intern_cstr(ts(), "real");
  EXPECT_EQ(show(obj_getattr(ts(), one, foo)), "AttributeError: 'int' object has no attribute 'foo'");
  EXPECT_TRUE(obj_getattr_opt(ts(), one, foo).is_error());
  EXPECT_FALSE(ts().has_pending());
  EXPECT_EQ(show(obj_getattr(ts(), one, real)), "1");
  EXPECT_EQ(show(obj_getattr(ts(), type_value(types().int_), foo)),
            "AttributeError: type object 'int' has no attribute 'foo'");
  EXPECT_FALSE(obj_setattr(ts(), one, real, one));
  EXPECT_EQ(error(), "AttributeError: attribute 'real' of 'int' objects is not writable");
  EXPECT_FALSE(obj_setattr(ts(), one, foo, one));
  EXPECT_EQ(error(), "AttributeError: 'int' object has no attribute 'foo' and no __dict__ for "
                     "setting new attributes");
  Value list = Value::from_obj(list_new(ts(), 0));
  EXPECT_FALSE(obj_setattr(ts(), list, intern_cstr(ts(), "append"), one));
  EXPECT_EQ(error(), "AttributeError: 'list' object attribute 'append' is read-only");
  EXPECT_FALSE(obj_setattr(ts(), type_value(types().int_), foo, one));
  EXPECT_EQ(error(), "TypeError: cannot set 'foo' attribute of immutable type 'int'");
}

TEST_F(ProtocolTest, MethodDescriptors) {
  ASSERT_TRUE(run("a = []\n"
                  "r = [repr(len), repr(list.append), repr(int.real), a.append.__qualname__,\n"
                  "     len.__qualname__, type(list.append).__name__, type(a.append).__name__,\n"
                  "     a.append == a.append, list.append(a, 5), a]\n"))
      << error();
  EXPECT_EQ(global("r"),
            "['<built-in function len>', \"<method 'append' of 'list' objects>\", "
            "\"<attribute 'real' of 'int' objects>\", 'list.append', 'len', 'method_descriptor', "
            "'builtin_function_or_method', True, None, [5]]");
  ASSERT_FALSE(run("list.append(1, 2)"));
  EXPECT_EQ(error(), "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' "
                     "object");
  ASSERT_FALSE(run("list.append()"));
  EXPECT_EQ(error(), "TypeError: unbound method list.append() needs an argument");
}

TEST_F(ProtocolTest, TypeCallsAndNames) {
  ASSERT_TRUE(run("r = [type(1), type(type), int.__name__, bool.__mro__, int.__bases__,\n"
                  "     object.__bases__, type(None)(), type(iter([])).__name__,\n"
                  "     object.__class__, (1).__class__]\n"))
      << error();
  EXPECT_EQ(global("r"),
            "[<class 'int'>, <class 'type'>, 'int', (<class 'bool'>, <class 'int'>, "
            "<class 'object'>), (<class 'object'>,), (), None, 'list_iterator', <class 'type'>, "
            "<class 'int'>]");
  ASSERT_FALSE(run("type(iter([]))()"));
  EXPECT_EQ(error(), "TypeError: cannot create 'list_iterator' instances");
  ASSERT_FALSE(run("object(1)"));
  EXPECT_EQ(error(), "TypeError: object() takes no arguments");
  ASSERT_FALSE(run("type(None)(1)"));
  EXPECT_EQ(error(), "TypeError: NoneType takes no arguments");
  ASSERT_FALSE(run("type()"));
  EXPECT_EQ(error(), "TypeError: type() takes 1 or 3 arguments");
}

// Builds a bare type with the given bases, as the class statement will.
Type* make_type(ThreadState& ts, const char* name, std::initializer_list<Type*> bases) {
  Type* t = gc_new<Type>(ts, ts.vm->types.type);
  EXPECT_NE(t, nullptr);
  t->cname = name;
  t->kind = TypeKind::Object;
  t->tflags = TF_BASETYPE;
  std::vector<Value> items;
  for (Type* b : bases) items.push_back(Value::from_obj(b));
  t->bases = as_tuple(tuple_new(ts, items.data(), items.size()));
  return t;
}

TEST_F(ProtocolTest, C3Linearisation) {
  Type* o = types().object;
  Type* a = make_type(ts(), "A", {o});
  Type* b = make_type(ts(), "B", {o});
  Type* c = make_type(ts(), "C", {a, b});
  Type* d = make_type(ts(), "D", {b, a});
  ASSERT_TRUE(type_ready(ts(), c)) << error();
  ASSERT_TRUE(type_ready(ts(), d)) << error();
  EXPECT_EQ(repr(Value::from_obj(c->mro)),
            "(<class 'C'>, <class 'A'>, <class 'B'>, <class 'object'>)");
  Type* e = make_type(ts(), "E", {c, d});
  EXPECT_FALSE(type_ready(ts(), e));
  EXPECT_EQ(error(),
            "TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B");
}

TEST_F(ProtocolTest, MethodCacheSeesTypeChanges) {
  Type* t = type_new_builtin(ts(), "Cached", types().object, TypeKind::Object, sizeof(Object),
                             TF_BASETYPE);
  ASSERT_NE(t, nullptr);
  ASSERT_NE(t->version, 0u);
  Str* name = intern_cstr(ts(), "attr");
  EXPECT_TRUE(type_lookup(ts(), t, name).is_error());
  EXPECT_TRUE(type_lookup(ts(), t, name).is_error());  // a cached miss
  uint32_t before = t->version;
  ASSERT_TRUE(dict_set_str(ts(), t->dict, name, Value::from_int(7)));
  type_modified(ts(), t);
  EXPECT_NE(t->version, before);
  EXPECT_EQ(type_lookup(ts(), t, name), Value::from_int(7));
  method_cache_clear(*ts().vm);
  EXPECT_EQ(type_lookup(ts(), t, name), Value::from_int(7));
}

TEST_F(ProtocolTest, Builtins) {
  ASSERT_TRUE(run("r = [divmod(7, 2), divmod(7.5, 2), pow(2, 10, 7), round(2.5), hex(255),\n"
                  "     ord('\\u00e9'), chr(233), min([3, 1, 2]), max(3, 1, 2, key=lambda x: -x),\n"
                  "     sum([1, 2], 10), sorted([3, 1, 2], reverse=True), any([0, 1]), all([]),\n"
                  "     list(enumerate('ab', 1)), list(zip([1, 2], 'ab')), list(reversed([1, 2])),\n"
                  "     list(map(abs, [-1])), list(filter(None, [0, 2])), getattr(1, 'x', 5),\n"
                  "     isinstance(1, (str, (int,))), callable(len), next(iter([]), 'd')]\n"))
      << error();
  EXPECT_EQ(global("r"),
            "[(3, 1), (3.0, 1.5), 2, 2, '0xff', 233, '\xc3\xa9', 1, 1, 13, [3, 2, 1], True, "
            "True, [(1, 'a'), (2, 'b')], [(1, 'a'), (2, 'b')], [2, 1], [1], [2], 5, True, True, "
            "'d']");
  ASSERT_FALSE(run("max([])"));
  EXPECT_EQ(error(), "ValueError: max() iterable argument is empty");
  ASSERT_FALSE(run("ord('ab')"));
  EXPECT_EQ(error(), "TypeError: ord() expected a character, but string of length 2 found");
  ASSERT_FALSE(run("sum(['a'], '')"));
  EXPECT_EQ(error(), "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  ASSERT_FALSE(run("list(zip('abc', 'de', strict=True))"));
  EXPECT_EQ(error(), "ValueError: zip() argument 2 is shorter than argument 1");
  ASSERT_FALSE(run("round('a')"));
  EXPECT_EQ(error(), "TypeError: type str doesn't define __round__ method");
}

}  // namespace
}  // namespace weft
