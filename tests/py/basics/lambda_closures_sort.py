# lambdas as sort keys and as closures over loop state.
people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])))
print(min(people, key=lambda p: p[1]))
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
multipliers = [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in multipliers])
scale = 3
f = lambda x: x * scale
scale = 5
print(f(2))
