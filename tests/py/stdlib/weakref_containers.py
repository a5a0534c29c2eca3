# weakref: WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, proxy and finalize, with
# entries disappearing when their objects die. As in weakref_basic.py, objects that must die
# are only ever touched by other threads (joined before gc.collect()).
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


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%s)' % self.name

    def method(self):
        return 'method of ' + self.name


keep = [Obj('a'), Obj('b')]
doomed = []
wvd = weakref.WeakValueDictionary()
wkd = weakref.WeakKeyDictionary()
ws = weakref.WeakSet(keep)
wvd['a'] = keep[0]
wkd[keep[1]] = 'kept'


def fill():
    for name in 'xyz':
        o = Obj(name)
        doomed.append(o)
        wvd[name] = o
        wkd[o] = name
        ws.add(o)
    return len(wvd), len(wkd), len(ws), sorted(wvd), sorted(wkd.values()), wvd['x'].name


print(in_thread(fill))
in_thread(doomed.clear)
gc.collect()
print(sorted(wvd.keys()), list(wvd.values()), 'x' in wvd, wvd.get('x', 'gone'), len(wvd))
print(list(wkd.items()), keep[1] in wkd, len(wkd), wkd[keep[1]])
print(sorted(o.name for o in ws), len(ws), keep[0] in ws, 5 in ws)
wvd['c'] = keep[1]
del wvd['a']
print(sorted(wvd.items(), key=repr), wvd.pop('c'), len(wvd), repr(wvd)[:20])
try:
    wvd['zz']
except KeyError as e:
    print('KeyError', e)
ws.discard(keep[0])
print(len(ws), list(ws), ws == weakref.WeakSet([keep[1]]))

wm = weakref.WeakMethod(keep[0].method)
print(wm()(), wm() == keep[0].method, weakref.WeakMethod(keep[0].method) == wm)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)

p = weakref.proxy(keep[0])
print(p.name, p.method(), repr(p)[:10], str(p), isinstance(weakref.proxy(len), weakref.CallableProxyType))
try:
    hash(p)
except TypeError as e:
    print(e)

log = []


def make_doomed():
    o = Obj('temp')
    doomed.append(o)
    method = weakref.WeakMethod(o.method)
    proxy = weakref.proxy(o)
    fin = weakref.finalize(o, log.append, 'finalized')
    return method, proxy, fin, method() is not None, proxy.name, fin.alive, list(log)


dead_method, dead_proxy, fin, *before = in_thread(make_doomed)
print(before)
in_thread(doomed.clear)
gc.collect()
print(dead_method())
try:
    dead_proxy.name
except ReferenceError as e:
    print('ReferenceError', e)
print(log, fin.alive, fin())
f2 = weakref.finalize(keep[0], log.append, 'called')
print(f2.peek()[0], f2(), f2(), log, f2.alive, f2.detach())
