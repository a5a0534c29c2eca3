# Dicts with str keys: word counting over generated text, a symbol table of string keys built
# by concatenation, lookups with hits and misses, and sorting the items.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu", "an", "el"]


def make_words(n):
    words = []
    x = 7
    for _ in range(n):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        words.append(SYLLABLES[x % 12] + SYLLABLES[(x >> 8) % 12] + SYLLABLES[(x >> 16) % 5])
    return words


def count_words(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def symbol_table(n):
    table = {}
    for i in range(n):
        table["sym_" + str(i % 4000)] = i
    found = missing = 0
    for i in range(n):
        v = table.get("sym_" + str(i % 5000))
        if v is None:
            missing += 1
        else:
            found += v & 0xFF
    return found, missing


checks = []
for r in range(max(1, int(SCALE * 18))):
    counts = count_words(make_words(100000 + r))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    checks.append((len(counts), top, symbol_table(100000 + r)))
print("checksum", checks[0], checks[-1])
