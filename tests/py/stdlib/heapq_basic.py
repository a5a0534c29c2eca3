# heapq: the heap layout after each operation must be CPython's, item for item.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 4), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 20), data)
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'g']
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len), heapq.nlargest(1, words))
print(heapq.nsmallest(0, [1]), heapq.nsmallest(10, iter([3, 1, 2])), heapq.nlargest(2, iter([])))
print(heapq.nsmallest(1, [], key=len), heapq.nlargest(2, (x for x in range(10)), key=lambda v: -v))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(['a', 'bb'], ['c'], key=len)))
pairs = list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0]))
print(pairs)
tasks = []
for prio, name in [(3, 'write'), (1, 'read'), (2, 'sleep'), (1, 'eat')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify((1, 2)), lambda: heapq.heappush([1, 'a'], 2)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
