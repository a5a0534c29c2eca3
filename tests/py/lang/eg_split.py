# ExceptionGroup.split / subgroup / derive: matching by type, tuple of types or predicate,
# nested groups, and the metadata (traceback, cause, context, notes) the parts keep.
def show(label, part):
    print(label, repr(part))


leaf_v1, leaf_t, leaf_v3, leaf_k = ValueError(1), TypeError(2), ValueError(3), KeyError(4)
inner = ExceptionGroup("inner", [leaf_v3, leaf_k])
eg = ExceptionGroup("outer", [leaf_v1, leaf_t, inner])

match, rest = eg.split(ValueError)
show("match", match)
show("rest", rest)
print(match.exceptions[0] is leaf_v1, match.exceptions[1].exceptions[0] is leaf_v3)

show("tuple", eg.split((TypeError, KeyError))[0])
show("predicate", eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("whole", eg.subgroup(ExceptionGroup))
print(eg.subgroup(ExceptionGroup) is eg, eg.split(Exception) == (eg, None))
show("nothing", eg.subgroup(OSError))
show("rest of nothing", eg.split(OSError)[1] is eg)
# A predicate sees the groups too (a group that matches is taken whole).
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)

for bad in [3, "ValueError", (ValueError, 3), int]:
    try:
        eg.split(bad)
    except TypeError:
        print("TypeError for", repr(bad))

# derive() builds the parts: same message, new exceptions.
d = eg.derive([KeyError("x")])
show("derive", d)
print(d.__traceback__, d.__cause__, d.__context__)

# The parts copy traceback, cause, context and notes (a copy of the list).
try:
    try:
        raise OSError("context")
    except OSError:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as e:
    caught = e
caught.add_note("a note")
m, r = caught.split(ValueError)
for part in (m, r):
    print(repr(part), repr(part.__cause__), repr(part.__context__), part.__notes__,
          part.__notes__ is caught.__notes__, part.__traceback__ is caught.__traceback__,
          part.__suppress_context__)


# Groups built by derive() of a subclass keep the subclass.
class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "*", excs)


t = Tagged("tag", [ValueError(1), TypeError(2)])
print([repr(p) for p in t.split(ValueError)])


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)
