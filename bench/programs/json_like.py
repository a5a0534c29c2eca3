# JSON-like nested data: builds nested dicts/lists of records, serialises them to JSON text with
# a hand-written recursive encoder (escapes, numbers, nesting), walks and aggregates the tree.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def make_record(i):
    return {
        "id": i,
        "name": "user\t%d \"q\"" % i,
        "active": i % 3 != 0,
        "score": i * 1.25,
        "tags": ["t%d" % (i % 7), "g%d" % (i % 11)],
        "address": {"street": "%d Main St" % i, "zip": "%05d" % (i * 37 % 100000), "geo": [i % 90, -(i % 180)]},
        "friends": [{"id": (i * k) % 1000, "since": 2000 + k} for k in range(i % 4)],
        "note": None,
    }


def encode_str(s):
    out = []
    for ch in s:
        out.append(ESCAPES.get(ch, ch))
    return '"' + "".join(out) + '"'


def encode(v, out):
    if v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, str):
        out.append(encode_str(v))
    elif isinstance(v, (int, float)):
        out.append(repr(v))
    elif isinstance(v, list):
        out.append("[")
        for k, item in enumerate(v):
            if k:
                out.append(",")
            encode(item, out)
        out.append("]")
    else:
        out.append("{")
        first = True
        for key, item in v.items():
            if not first:
                out.append(",")
            first = False
            out.append(encode_str(key))
            out.append(":")
            encode(item, out)
        out.append("}")


def walk(v):
    if isinstance(v, dict):
        return 1 + sum(walk(x) for x in v.values())
    if isinstance(v, list):
        return 1 + sum(walk(x) for x in v)
    return 1


checks = []
for r in range(max(1, int(SCALE * 6))):
    data = {"version": r, "records": [make_record(i) for i in range(r, 8000 + r)]}
    parts = []
    encode(data, parts)
    text = "".join(parts)
    active = sum(1 for rec in data["records"] if rec["active"])
    zips = sorted({rec["address"]["zip"] for rec in data["records"]})[:3]
    checks.append((len(text), text[-60:], walk(data), active, zips))
print("checksum", checks[0], checks[-1])
