# weakref.ref: what can be weakly referenced, shared basic refs, hashing and equality, callbacks
# after the referent dies. The main thread never touches an object that must die: a word left on
# its native stack could keep it alive (the stacks are scanned conservatively). Such objects live
# and die in other threads, joined before gc.collect().
import _thread
import gc
import weakref


def in_thread(fn, *args):
    """fn(*args) run in a thread that has ended when this returns."""
    result = []
    start = getattr(_thread, 'start_joinable_thread', None)
    if start:
        start(lambda: result.append(fn(*args))).join()
    else:  # CPython 3.11 (reference counting frees the objects at once anyway)
        done = _thread.allocate_lock()
        done.acquire()

        def run():
            try:
                result.append(fn(*args))
            finally:
                done.release()

        _thread.start_new_thread(run, ())
        done.acquire()
    return result[0]


class C:
    pass


def f():
    pass


def attempt(obj):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, 'ok')
    except TypeError as e:
        print(e)


class I(int):
    pass


class S(str):
    pass


class T(tuple):
    pass


class L(list):
    pass


class NoSlots:
    __slots__ = ()


class WithWeak:
    __slots__ = ('__weakref__',)


for obj in [1, [], {}, 'a', (1,), None, 1.5, range(3), object(), property(), ValueError(), len, C,
            C(), set(), frozenset(), f, gc, I(1), S('a'), T(), L(), NoSlots(), WithWeak(),
            (x for x in []), f.__code__, weakref.ref(f)]:
    attempt(obj)

r = weakref.ref(f)
print(r() is f, weakref.ref(f) is r, weakref.ref(f, None) is r, r.__callback__)
print(weakref.getweakrefcount(f), weakref.getweakrefs(f) == [r], weakref.getweakrefcount(1), weakref.getweakrefs(1))
print(hash(r) == hash(f), r == weakref.ref(f), r != weakref.ref(f), type(r).__name__, weakref.ref is weakref.ReferenceType)
try:
    r < r
except TypeError as e:
    print(e)
for bad in [(), (f, None, 1)]:
    try:
        weakref.ref(*bad)
    except TypeError as e:
        print(e)
try:
    r(1)
except TypeError as e:
    print(e)

events = []


def setup():
    objs = [C() for _ in range(4)]
    refs = (weakref.ref(objs[0]), weakref.ref(objs[1]),
            weakref.ref(objs[2], lambda w: events.append(w is refs[2])),
            weakref.ref(objs[3], lambda w: 1 / 0))
    return objs, refs, hash(refs[1]), refs[0]() is objs[0]


objs, (plain, hashed, called, raising), h, alive = in_thread(setup)
print(alive, called.__callback__ is not None)
in_thread(objs.clear)
gc.collect()
print(plain(), hashed(), called(), raising(), events, called.__callback__)
print(hash(hashed) == h, plain == plain, plain != hashed)
try:
    hash(plain)
except TypeError as e:
    print(e)


class KeyedRef(weakref.ref):
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


target = C()
k = KeyedRef(target, None, 'the key')
print(k() is target, k.key, isinstance(k, weakref.ref), weakref.ref(target) is not k)
