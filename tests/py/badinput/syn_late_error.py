# SyntaxError at the very end of an otherwise valid program: nothing may be printed.
def compute(n):
    total = 0
    for i in range(n):
        total += i
    return total

for n in range(5):
    print(n, compute(n))
print('end')
else:
    pass
