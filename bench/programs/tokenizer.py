# A small tokenizer and parser: scans generated arithmetic/assignment source character by
# character into (kind, text) tokens, parses it by recursive descent into tuples and evaluates it.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

DIGITS = "0123456789"
LETTERS = "abcdefghijklmnopqrstuvwxyz_"
OPS = "+-*/%()=;"


def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c in " \t\n":
            i += 1
        elif c in DIGITS:
            j = i
            while j < n and src[j] in DIGITS:
                j += 1
            toks.append(("num", src[i:j]))
            i = j
        elif c in LETTERS:
            j = i
            while j < n and (src[j] in LETTERS or src[j] in DIGITS):
                j += 1
            toks.append(("name", src[i:j]))
            i = j
        elif c in OPS:
            toks.append(("op", c))
            i += 1
        else:
            raise SyntaxError("bad character %r" % c)
    toks.append(("end", ""))
    return toks


def parse_program(toks):
    pos = [0]

    def peek():
        return toks[pos[0]]

    def take():
        tok = toks[pos[0]]
        pos[0] += 1
        return tok

    def atom():
        kind, text = take()
        if kind == "num":
            return ("num", int(text))
        if kind == "name":
            return ("var", text)
        if text == "(":
            e = expr()
            take()
            return e
        if text == "-":
            return ("neg", atom())
        raise SyntaxError("unexpected " + text)

    def term():
        left = atom()
        while peek()[1] in ("*", "/", "%"):
            op = take()[1]
            left = (op, left, atom())
        return left

    def expr():
        left = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            left = (op, left, term())
        return left

    stmts = []
    while peek()[0] != "end":
        name = take()[1]
        take()  # '='
        stmts.append((name, expr()))
        take()  # ';'
    return stmts


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env.get(node[1], 1)
    if kind == "neg":
        return -evaluate(node[1], env)
    a = evaluate(node[1], env)
    b = evaluate(node[2], env)
    if kind == "+":
        return (a + b) % 1000003
    if kind == "-":
        return (a - b) % 1000003
    if kind == "*":
        return (a * b) % 1000003
    if kind == "/":
        return a // b if b else 0
    return a % b if b else 0


def make_source(n):
    lines = []
    for i in range(n):
        v = "v%d" % (i % 50)
        w = "v%d" % ((i * 7) % 50)
        lines.append("%s = (%s + %d) * %s - %d %% (%d + x_%d);" % (v, w, i, v, i * 3, i % 9 + 1, i % 4))
    return "\n".join(lines)


checks = []
for r in range(max(1, int(SCALE * 5))):
    toks = tokenize(make_source(12000 + r))
    prog = parse_program(toks)
    env = {}
    for name, e in prog:
        env[name] = evaluate(e, env)
    checks.append((len(toks), len(prog), sum(env.values()) % 1000003, sorted(env.items())[:3]))
print("checksum", checks[0], checks[-1])
