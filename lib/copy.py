"""Shallow and deep copy operations: copy(x), deepcopy(x[, memo]) and replace(obj, **changes).

Classes control copying with __copy__(), __deepcopy__(memo), __reduce_ex__/__reduce__,
or __getstate__/__setstate__."""
# Written for Weft. Where an object offers no __reduce_ex__ (Weft's object has none yet), an
# instance of a class is copied by creating it with cls.__new__(cls) and copying its state:
# __getstate__() / __setstate__() when defined, else its __dict__ and __slots__.

import weakref

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

def _function():
    pass


_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes,
           str, type, range, slice, property, type(len), type(_function),
           type(_function.__code__), weakref.ref, frozenset, tuple}


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to copy, for objects already copied."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC and cls is not tuple and cls is not frozenset:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple or cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        # A tuple whose items are unchanged is itself (unless a cycle made a copy meanwhile).
        try:
            return memo[d]
        except KeyError:
            pass
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = cls(items)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def replace(obj, /, **changes):
    """A copy of obj with some fields changed, made by obj.__replace__(**changes)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)


def _keep_alive(x, memo):
    # The originals stay alive as long as the memo: their ids must not be reused meanwhile.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        try:
            return reductor(4)
        except TypeError:
            pass
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    return _default_reduce(x, cls)


def _slot_names(cls):
    names = []
    for base in getattr(cls, '__mro__', (cls,)):
        slots = base.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (base.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _default_reduce(x, cls):
    # What object.__reduce_ex__(4) would give for an instance of a class.
    if getattr(cls, '__new__', None) is None:
        raise Error("un(deep)copyable object of type %s" % cls)
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getattr(type(x), '__getstate__', None) is not getattr(
            object, '__getstate__', None):
        state = getstate()
    else:
        state = getattr(x, '__dict__', None) or None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_new_instance, (cls,), state, listitems, dictitems)


def _new_instance(cls):
    return cls.__new__(cls)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *,
                 deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
