# String building and slicing: += accumulation, "".join of pieces, slicing, indexing,
# reversing, case changes and comparisons over ASCII and non-ASCII text.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def accumulate(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 500:
            s = s[250:]
    return s


def join_pieces(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
        parts.append("-" if i % 2 else "+")
    text = "".join(parts)
    return len(text), text[:20], text[-20:]


def slicing(n):
    base = "The quick brown fox jumps over the lazy dog; äöü ÅØ ñ — ∑ 😀 " * 4
    acc = 0
    for i in range(n):
        k = i % 40
        piece = base[k:k + 30]
        acc += len(piece[::-1]) + ord(piece[3]) + (piece.upper() > piece.lower())
        if piece.startswith("o") or piece.endswith("ä"):
            acc += 1
    return acc


def palindromes(n):
    count = 0
    for i in range(n):
        s = str(i)
        if s == s[::-1]:
            count += 1
    return count


checks = []
for r in range(max(1, int(SCALE * 15))):
    n = 100000 + r
    checks.append((accumulate(n)[-40:], join_pieces(n), slicing(n), palindromes(n)))
print("checksum", checks[0], checks[-1])
