// Classes at the C++ level: the registry drops collected classes, a change to a base retags and
// re-slots its subclasses, and the instance layouts of classes (checked against CPython 3.13's
// behaviour in tests/py/classes/ for what Python can see).
#include "../vm/vm_fixture.hpp"
#include "gc/heap.hpp"
#include "object/type.hpp"

namespace weft {
namespace {

class ClassTest : public VmTest {
 protected:
  // Runs more code in the namespace of the last run().
  bool run_more(const char* src) {
    Value filename = str_from_cstr(ts(), "<test>");
    result_ = run_source(ts(), src, as_str(filename), CompileMode::Exec, globals_, nullptr);
    return !result_.is_error();
  }
  Type* global_type(const char* name) {
    Value v = dict_get_str(globals_, intern_cstr(ts(), name));
    EXPECT_FALSE(v.is_error()) << name;
    return static_cast<Type*>(v.as_obj());
  }
};

TEST_F(ClassTest, RegistryForgetsCollectedClasses) {
  ASSERT_TRUE(run("class Keep: pass\n"
                  "def make(i):\n"
                  "    return type('T', (Keep,), {'i': i})\n"
                  "for i in range(200): make(i)\n"))
      << error();
  size_t before = ts().vm->classes_count;
  EXPECT_GE(before, 201u);
  volatile Value namespace_root = Value::from_obj(globals_);  // the stack scan keeps it alive
  gc_collect(ts());
  static_cast<void>(namespace_root);
  size_t after = ts().vm->classes_count;
  EXPECT_LT(after, before - 150);
  Type* keep = global_type("Keep");
  bool found = false;
  for (size_t i = 0; i < after; i++) found |= ts().vm->classes[i] == keep;
  EXPECT_TRUE(found);
}

TEST_F(ClassTest, BaseChangesReachSubclasses) {
  ASSERT_TRUE(run("class A: pass\n"
                  "class B(A): pass\n"
                  "b = B()\n"))
      << error();
  Type* a = global_type("A");
  Type* b = global_type("B");
  EXPECT_NE(b->version, 0u);
  EXPECT_EQ(b->binary[BIN_ADD], nullptr);
  uint32_t a_version = a->version, b_version = b->version;
  ASSERT_TRUE(run_more("A.__add__ = lambda self, o: 'added'\nr = B() + 1\n")) << error();
  EXPECT_EQ(global("r"), "'added'");
  EXPECT_NE(a->version, a_version);
  EXPECT_NE(b->version, b_version);
  EXPECT_NE(b->binary[BIN_ADD], nullptr);
  ASSERT_TRUE(run_more("del A.__add__\n")) << error();
  EXPECT_EQ(b->binary[BIN_ADD], nullptr);
}

TEST_F(ClassTest, BuiltinSlotsAreKeptWhenNotOverridden) {
  ASSERT_TRUE(run("class L(list): pass\nclass G(object):\n    def __getattr__(s, n): return n\n"))
      << error();
  Type* l = global_type("L");
  Type* list = ts().vm->types.list;
  EXPECT_EQ(l->iter, list->iter);
  EXPECT_EQ(l->len, list->len);
  EXPECT_EQ(l->getattr, generic_getattr);
  EXPECT_NE(global_type("G")->getattr, generic_getattr);
}

TEST_F(ClassTest, InstanceLayouts) {
  ASSERT_TRUE(run("class S:\n    __slots__ = ('a', 'b')\n"
                  "class D(S): pass\n"
                  "class I(int): pass\n"
                  "i = I(2**200)\ni.tag = 'x'\nr = (i.tag, i > 0)\n"))
      << error();
  Type* s = global_type("S");
  Type* d = global_type("D");
  Type* i = global_type("I");
  EXPECT_EQ(s->basic_size, sizeof(Object) + 2 * sizeof(Value));
  EXPECT_FALSE(s->tflags & TF_HAS_DICT);
  EXPECT_TRUE(d->tflags & TF_HAS_DICT);
  EXPECT_EQ(d->dict_offset, s->basic_size);
  EXPECT_TRUE(i->tflags & TF_DICT_AFTER_ITEMS);
  EXPECT_EQ(global("r"), "('x', True)");
  volatile Value namespace_root = Value::from_obj(globals_);  // the stack scan keeps it alive
  gc_collect(ts());
  static_cast<void>(namespace_root);
  ASSERT_TRUE(run_more("r = i.tag\n")) << error();
  EXPECT_EQ(global("r"), "'x'");
}

}  // namespace
}  // namespace weft
