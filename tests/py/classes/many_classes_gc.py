# Classes created and dropped in a loop, with collections in between: the collector frees dead
# classes (the registry holds them weakly) while live subclasses keep working and still see
# changes to their bases.
import gc


class Base:
    def value(self):
        return 1


survivors = []
for i in range(3000):
    cls = type("Tmp%d" % i, (Base,), {"n": i, "__slots__": ()} if i % 2 else {"n": i})
    obj = cls()
    assert obj.value() + obj.n == 1 + i
    if i % 500 == 0:
        survivors.append(cls)
        gc.collect()


def make_class(i):
    class Local(Base):
        def value(self):
            return super().value() + i
    return Local


total = 0
for i in range(2000):
    total += make_class(i)().value()
    if i % 700 == 0:
        gc.collect()
print(total)
gc.collect()
Base.value = lambda self: 10
print([c().value() + c.n for c in survivors])
Base.__add__ = lambda self, other: ("add", self.n, other)
print(survivors[1]() + 5)
print(len(Base.__subclasses__()) >= len(survivors), all(c in Base.__subclasses__() for c in survivors))


class Meta(type):
    pass


for i in range(500):
    M = type("M%d" % i, (Meta,), {})
    C = M("C%d" % i, (), {"x": i})
    assert C.x == i and type(C) is M
gc.collect()
print("done")
