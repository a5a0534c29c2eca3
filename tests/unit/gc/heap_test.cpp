// The collector on its own: a bare Vm (no types bootstrapped) with a fake node type, roots given
// through an ExternalRoots list, and checks on the pages' allocation bits.
#include <gtest/gtest.h>

#include <cstring>
#include <new>

#include "gc/heap.hpp"
#include "gc/page.hpp"
#include "object/runtime.hpp"
#include "thread/thread_runtime.hpp"
#include "thread/thread_state.hpp"

namespace weft {
namespace {

// A node holds n Values (small ints or other nodes), stored after it.
struct Node : Object {
  size_t n;
  Value* items() { return reinterpret_cast<Value*>(reinterpret_cast<char*>(this) + sizeof(Node)); }
};

void node_trace(Object* o, Tracer& t) {
  auto* node = static_cast<Node*>(o);
  t.visit_range(node->items(), node->n);
}

constexpr size_t ROOTS = 8;

struct TestRoots : ExternalRoots {
  Value values[ROOTS];
};

void trace_test_roots(ExternalRoots* self, Tracer& t) {
  t.visit_range(static_cast<TestRoots*>(self)->values, ROOTS);
}

// The VM layer's vm_trace_roots reduced to what these tests use.
void trace_thread_roots(Vm& vm, Tracer& t) {
  for (ThreadState* ts = vm.threads; ts; ts = ts->next)
    for (ExternalRoots* r = ts->roots; r; r = r->next) r->trace(r, t);
}

bool is_allocated(const void* p) {
  auto addr = reinterpret_cast<uintptr_t>(p);
  Chunk* c = chunk_of(addr);
  if (c->huge) return c->huge_allocated;
  Page* page = page_of(c, addr);
  if (page->kind == PageKind::LargeTail) page = &c->pages[page->head];
  return page->kind != PageKind::Free && bit_test(page->alloc, page->cell_index(addr));
}

class HeapTest : public ::testing::Test {
 public:
  void SetUp() override { make_vm(0); }
  void TearDown() override { destroy_vm(); }

  void make_vm(size_t limit) {
    void* mem = port::arena_alloc(sizeof(Vm), alignof(Vm));
    ASSERT_NE(mem, nullptr);
    vm_ = new (mem) Vm();
    port::mutex_init(&vm_->threads_lock);
    ASSERT_TRUE(thread_runtime_create(*vm_));
    ASSERT_TRUE(heap_init(vm_->heap, *vm_, limit));
    vm_->heap.trace_roots = trace_thread_roots;
    ts_ = thread_state_create(*vm_);
    ASSERT_NE(ts_, nullptr);
    vm_->main_thread = ts_;
    roots_.trace = trace_test_roots;
    ts_->roots = &roots_;
    type_ = static_cast<Type*>(gc_alloc(*ts_, nullptr, sizeof(Type)));
    ASSERT_NE(type_, nullptr);
    type_->trace = node_trace;
    roots_.values[0] = Value::from_obj(type_);
    blob_type_ = static_cast<Type*>(gc_alloc(*ts_, nullptr, sizeof(Type)));
    ASSERT_NE(blob_type_, nullptr);
    roots_.values[3] = Value::from_obj(blob_type_);
  }

  void destroy_vm() {
    ts_->roots = nullptr;
    thread_state_destroy(ts_);
    heap_destroy(vm_->heap);
    thread_runtime_destroy(*vm_);
    port::mutex_destroy(&vm_->threads_lock);
    vm_->~Vm();
    port::arena_free(vm_, sizeof(Vm));
  }

  Node* node(size_t n) {
    size_t bytes = sizeof(Node) + n * sizeof(Value);
    auto* o = static_cast<Node*>(gc_alloc(*ts_, type_, bytes));
    if (o) o->n = n;
    return o;
  }

  // A chain of `len` nodes, each holding its index and the next node.
  Node* chain(size_t len) {
    Node* head = nullptr;
    for (size_t i = len; i-- > 0;) {
      Node* n = node(2);
      if (!n) return nullptr;
      n->items()[0] = Value::from_int(intptr_t(i));
      n->items()[1] = head ? Value::from_obj(head) : Value::from_int(-1);
      head = n;
    }
    return head;
  }

  HeapStats stats() { return gc_stats(vm_->heap); }

  Vm* vm_ = nullptr;
  ThreadState* ts_ = nullptr;
  Type* type_ = nullptr;       // Node
  Type* blob_type_ = nullptr;  // holds no references (no trace function)
  TestRoots roots_{};
};

// Garbage made in a frame that has returned (its pointers are dead) and whose stack is then
// overwritten, so that no stale word can keep it alive.
__attribute__((noinline)) void make_garbage(HeapTest* test, size_t count, size_t bytes);
__attribute__((noinline)) void clobber_stack() {
  volatile char buffer[16384];
  for (size_t i = 0; i < sizeof buffer; i++) buffer[i] = 0;
}

TEST_F(HeapTest, AllocatesEverySizeAlignedZeroedAndTyped) {
  for (size_t bytes = 1; bytes <= 70000; bytes += bytes < 4096 ? 8 : 4093) {
    Object* o = gc_alloc(*ts_, blob_type_, bytes);
    ASSERT_NE(o, nullptr) << bytes;
    EXPECT_EQ(reinterpret_cast<uintptr_t>(o) % GC_GRANULE, 0u);
    EXPECT_EQ(o->type, blob_type_);
    const auto* raw = reinterpret_cast<const unsigned char*>(o);
    for (size_t i = sizeof(Type*); i < bytes; i++) ASSERT_EQ(raw[i], 0) << bytes << " @" << i;
    EXPECT_GE(gc_cell_size(o), bytes);
    // Dirty the cell so that a reuse that skipped zeroing would show.
    if (bytes > sizeof(Object)) std::memset(static_cast<void*>(o + 1), 0xAB, bytes - sizeof(Object));
  }
}

TEST_F(HeapTest, CollectionFreesUnreachableObjects) {
  make_garbage(this, 20000, 64);
  make_garbage(this, 200, 5000);
  make_garbage(this, 4, 400000);
  clobber_stack();
  size_t before = stats().heap_bytes;
  gc_collect(*ts_);
  HeapStats s = stats();
  EXPECT_LT(s.live_bytes, size_t(256) << 10);
  EXPECT_LT(s.heap_bytes, before);  // the huge objects' arenas went back to the port
  EXPECT_GE(s.collections, 1u);
}

void make_garbage(HeapTest* test, size_t count, size_t bytes) {
  for (size_t i = 0; i < count; i++) {
    Object* o = gc_alloc(*test->ts_, test->blob_type_, bytes);
    ASSERT_NE(o, nullptr);
  }
}

TEST_F(HeapTest, ReachableObjectsSurviveIntact) {
  roots_.values[1] = Value::from_obj(chain(50000));
  make_garbage(this, 50000, 48);
  gc_collect(*ts_);
  make_garbage(this, 50000, 48);  // reuses the freed cells; must not touch the chain
  gc_collect(*ts_);
  size_t i = 0;
  for (Value v = roots_.values[1]; v.is_obj(); i++) {
    auto* n = static_cast<Node*>(v.as_obj());
    ASSERT_TRUE(is_allocated(n));
    ASSERT_EQ(n->type, type_);
    ASSERT_EQ(n->items()[0].as_int(), intptr_t(i));
    v = n->items()[1];
  }
  EXPECT_EQ(i, 50000u);
}

TEST_F(HeapTest, WideObjectOverflowsTheMarkStack) {
  constexpr size_t WIDTH = 100000;  // far more children than mark-stack entries
  Node* wide = node(WIDTH);
  ASSERT_NE(wide, nullptr);
  roots_.values[1] = Value::from_obj(wide);
  for (size_t i = 0; i < WIDTH; i++) {
    Node* leaf = chain(2);
    ASSERT_NE(leaf, nullptr);
    wide->items()[i] = Value::from_obj(leaf);
  }
  gc_collect(*ts_);
  for (size_t i = 0; i < WIDTH; i++) {
    auto* leaf = static_cast<Node*>(wide->items()[i].as_obj());
    ASSERT_TRUE(is_allocated(leaf));
    ASSERT_TRUE(is_allocated(leaf->items()[1].as_obj())) << i;
  }
}

TEST_F(HeapTest, ConservativeRootsKeepObjectsAlive) {
  Node* held = chain(10);
  volatile uintptr_t word = reinterpret_cast<uintptr_t>(held);
  held = nullptr;
  make_garbage(this, 10000, 48);
  gc_collect(*ts_);
  auto* n = reinterpret_cast<Node*>(word);
  ASSERT_TRUE(is_allocated(n));
  Node* second = static_cast<Node*>(n->items()[1].as_obj());
  EXPECT_TRUE(is_allocated(second));  // reached through the conservatively found node
  EXPECT_EQ(second->items()[0].as_int(), 1);
}

// Leaves only interior pointers (into a small cell, into a tail page of a large run, deep into a
// huge object) in out[], and returns the objects' addresses bit-inverted (not pointers).
__attribute__((noinline)) void make_interior(HeapTest* test, uintptr_t interior[3],
                                             uintptr_t inverted[3]) {
  Node* small = test->node(4);
  Node* large = test->node(3000);
  Node* huge = test->node(1 << 17);
  ASSERT_TRUE(small && large && huge);
  small->items()[3] = Value::from_int(33);
  large->items()[2999] = Value::from_int(2999);
  huge->items()[100000] = Value::from_int(100000);
  Node* nodes[3] = {small, large, huge};
  size_t index[3] = {3, 2999, 100000};
  for (int i = 0; i < 3; i++) {
    interior[i] = reinterpret_cast<uintptr_t>(&nodes[i]->items()[index[i]]);
    inverted[i] = ~reinterpret_cast<uintptr_t>(nodes[i]);
  }
}

TEST_F(HeapTest, InteriorPointersKeepObjectsAlive) {
  volatile uintptr_t interior[3], inverted[3];
  make_interior(this, const_cast<uintptr_t*>(interior), const_cast<uintptr_t*>(inverted));
  clobber_stack();
  make_garbage(this, 10000, 48);
  gc_collect(*ts_);
  make_garbage(this, 10000, 48);
  intptr_t expected[3] = {33, 2999, 100000};
  for (int i = 0; i < 3; i++) {
    EXPECT_TRUE(is_allocated(reinterpret_cast<void*>(~inverted[i]))) << i;
    EXPECT_EQ(reinterpret_cast<Value*>(interior[i])->as_int(), expected[i]) << i;
  }
}

TEST_F(HeapTest, LargeObjectsAreFreedAndReused) {
  for (int round = 0; round < 20; round++) {
    for (size_t bytes : {3000u, 20000u, 100000u, 300000u, 3000000u}) {
      Object* o = gc_alloc(*ts_, blob_type_, bytes);
      ASSERT_NE(o, nullptr);
      EXPECT_GE(gc_cell_size(o), bytes);
    }
  }
  clobber_stack();
  gc_collect(*ts_);
  EXPECT_LT(stats().heap_bytes, size_t(8) << 20);
}

// Keeps chains reachable from roots_.values[1] until an allocation fails; true when one did.
__attribute__((noinline)) bool fill_heap(HeapTest* test) {
  Node* list = test->node(1000);
  test->roots_.values[1] = Value::from_obj(list);
  for (size_t i = 0; i < 1000; i++) {
    Node* c = test->chain(1000);
    if (!c) return true;
    list->items()[i] = Value::from_obj(c);
  }
  return false;
}

TEST_F(HeapTest, HeapLimitRaisesMemoryError) {
  destroy_vm();
  make_vm(size_t(4) << 20);
  vm_->memory_error = Value::from_obj(node(1));
  roots_.values[2] = vm_->memory_error;
  ASSERT_TRUE(fill_heap(this));
  EXPECT_EQ(ts_->pending, vm_->memory_error);
  EXPECT_LE(stats().heap_bytes, size_t(4) << 20);
  ts_->pending = Value::error();
  // Dropping the references makes room again.
  roots_.values[1] = Value::from_int(0);
  clobber_stack();
  EXPECT_NE(chain(1000), nullptr);
  EXPECT_EQ(gc_alloc(*ts_, blob_type_, size_t(8) << 20), nullptr);
  EXPECT_EQ(ts_->pending, vm_->memory_error);
  ts_->pending = Value::error();
}

TEST_F(HeapTest, ImpossibleSizesRaiseMemoryError) {
  vm_->memory_error = Value::from_obj(node(1));
  roots_.values[2] = vm_->memory_error;
  for (size_t bytes : {SIZE_MAX, SIZE_MAX - GC_GRANULE, SIZE_MAX / 2 + 1}) {
    EXPECT_EQ(gc_alloc(*ts_, blob_type_, bytes), nullptr);
    EXPECT_EQ(ts_->pending, vm_->memory_error);
    ts_->pending = Value::error();
  }
}

TEST_F(HeapTest, AutomaticCollectionsBoundTheHeap) {
  for (int i = 0; i < 200000; i++) ASSERT_NE(node(8), nullptr);
  HeapStats s = stats();
  EXPECT_GE(s.collections, 1u);
  EXPECT_LT(s.heap_bytes, size_t(32) << 20);
}

TEST_F(HeapTest, DisabledHeapDoesNotCollect) {
  vm_->heap.enabled = false;
  for (int i = 0; i < 100000; i++) ASSERT_NE(node(8), nullptr);
  EXPECT_EQ(stats().collections, 0u);
  vm_->heap.enabled = true;
}

TEST(StackGuard, MarginIsAnEighthWithinBounds) {
  EXPECT_EQ(stack_guard_margin(size_t(8) << 20), size_t(256) << 10);
  EXPECT_EQ(stack_guard_margin(size_t(1) << 20), size_t(128) << 10);
  EXPECT_EQ(stack_guard_margin(size_t(64) << 10), size_t(16) << 10);
  EXPECT_EQ(stack_guard_margin(size_t(8) << 10), size_t(4) << 10);
}

}  // namespace
}  // namespace weft
