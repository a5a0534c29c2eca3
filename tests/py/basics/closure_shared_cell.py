# Two closures over the same variable share one cell.
def make():
    shared = []
    total = 0
    def push(x):
        nonlocal total
        shared.append(x)
        total += x
    def report():
        return shared, total
    return push, report

push, report = make()
push(3)
push(4)
print(report())
push2, report2 = make()
push2(100)
print(report(), report2())

def loop_cells():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fs.append(f)
    return [f() for f in fs]

print(loop_cells())

def param_cell(v):
    def get():
        return v
    v = v * 2
    return get
print(param_cell(21)())
