# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long', n)
i = 0
while (v := data[i]) != 1:
    print('v', v)
    i += 1
print('stop at', i, v)
print([y for x in data if (y := x * 2) > 7])
print(y)
total = 0
print([total := total + x for x in data])
print(total)
print((a := 10) + a)
def f():
    if (m := 5) > 2:
        return m * 2
print(f())
