"""Heaps (priority queues) kept in plain lists: a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every
k, so a[0] is always the smallest item."""
# Weft's heapq, written in Python. Items are compared with `<` only, in the same order as
# CPython's, so heaps built here have exactly CPython's layout.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name, which='argument 1'):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() {which} must be list, not {type(heap).__name__}")


def heappush(heap, item, /):
    """Adds item to the heap."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Removes and returns the smallest item of the heap."""
    _check_list(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Replaces the smallest item by item and returns it (the heap keeps its size)."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """heappush(heap, item) then heappop(heap), in one faster step."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Rearranges a list into a heap, in linear time."""
    _check_list(heap, 'heapify', 'argument')
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup(heap, i)


def _siftdown(heap, startpos, pos):
    # The item at pos moves up towards startpos while it is smaller than its parent.
    item = heap[pos]
    while pos > startpos:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _siftup(heap, pos):
    # The hole at pos goes down to a leaf along the smaller children, then the displaced item
    # moves back up: fewer comparisons than stopping on the way down.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, start, pos)


def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not parent < item:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _siftup_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, start, pos)


def _heapify_max(heap, /):
    """Rearranges a list into a max-heap."""
    _check_list(heap, '_heapify_max', 'argument')
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup_max(heap, i)


def _heappop_max(heap, /):
    """Removes and returns the largest item of a max-heap."""
    _check_list(heap, '_heappop_max', 'argument')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return largest


def _heapreplace_max(heap, item, /):
    """Replaces the largest item of a max-heap by item and returns it."""
    _check_list(heap, '_heapreplace_max')
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Lazily merges sorted iterables into one sorted stream (stable; key and reverse as
    for sorted())."""
    # Each heap entry is [value or key, input number, value, iterator]; the input number breaks
    # ties, so equal items come out in the order of their inputs (a stable merge).
    entries = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            order = -number if reverse else number
            entries.append([value if key is None else key(value), order, value, it])
            break
    if reverse:
        _heapify_max(entries)
        pop_top, replace_top = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop_top, replace_top = heappop, heapreplace
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace_top(entries, entry)
            break
        else:
            pop_top(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n] would give them."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n] would give them."""
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    # The n best items seen so far are kept in a heap whose top is the worst of them; each entry
    # is (key, arrival number, item), so that equal keys keep their input order as sorted() does.
    if n <= 0:
        return []
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]
    if n == 1:
        it = iter(iterable)
        missing = object()
        if largest:
            best = max(it, default=missing, key=key)
        else:
            best = min(it, default=missing, key=key)
        return [] if best is missing else [best]
    it = iter(iterable)
    keyed = key if key is not None else (lambda x: x)
    if largest:
        heap = []
        for number, item in zip(range(0, -n, -1), it):
            heap.append((keyed(item), number, item))
        if not heap:
            return []
        heapify(heap)
        worst = heap[0][0]
        number = -n
        for item in it:
            k = keyed(item)
            if worst < k:
                heapreplace(heap, (k, number, item))
                worst = heap[0][0]
                number -= 1
        heap.sort(reverse=True)
    else:
        heap = []
        for number, item in zip(range(n), it):
            heap.append((keyed(item), number, item))
        if not heap:
            return []
        _heapify_max(heap)
        worst = heap[0][0]
        number = n
        for item in it:
            k = keyed(item)
            if k < worst:
                _heapreplace_max(heap, (k, number, item))
                worst = heap[0][0]
                number += 1
        heap.sort()
    return [entry[2] for entry in heap]
