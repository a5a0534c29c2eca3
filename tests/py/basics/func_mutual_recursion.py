# Mutually recursive functions resolve each other through globals at call time.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(i) for i in range(6)])
print(is_odd(99), is_even(100))

def expr(tokens, i):
    value, i = term(tokens, i)
    while i < len(tokens) and tokens[i] in '+-':
        op = tokens[i]
        rhs, i = term(tokens, i + 1)
        value = value + rhs if op == '+' else value - rhs
    return value, i

def term(tokens, i):
    value, i = atom(tokens, i)
    while i < len(tokens) and tokens[i] in '*/':
        op = tokens[i]
        rhs, i = atom(tokens, i + 1)
        value = value * rhs if op == '*' else value // rhs
    return value, i

def atom(tokens, i):
    if tokens[i] == '(':
        value, i = expr(tokens, i + 1)
        return value, i + 1
    return int(tokens[i]), i + 1

for src in ['1+2*3', '(1+2)*3', '8/(3-1)-2*(1+1)', '7']:
    print(src, '=', expr(list(src), 0)[0])
