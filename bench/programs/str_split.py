# String processing: split, join, strip, replace, find, count, partition and int() parsing over
# a generated CSV-like log, as in ad-hoc text munging scripts.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]
HOSTS = ["alpha", "beta", "gamma", "delta", "epsilon"]


def make_log(n):
    lines = []
    for i in range(n):
        lines.append("  2024-01-%02d %s ,%s, user=%d ; latency=%dms msg=req %d done  " % (
            1 + i % 28, LEVELS[i % 4], HOSTS[i % 5], i % 97, (i * 37) % 1000, i))
    return "\n".join(lines)


def parse(text):
    per_level = {}
    latency = 0
    users = 0
    for line in text.split("\n"):
        line = line.strip()
        head, _, rest = line.partition(" ; ")
        fields = head.replace(",", " ").split()
        level = fields[1]
        per_level[level] = per_level.get(level, 0) + 1
        users += int(fields[3].split("=")[1])
        start = rest.find("latency=") + len("latency=")
        latency += int(rest[start:rest.index("ms", start)])
        if rest.count("0") > 2:
            users += 1
    return sorted(per_level.items()), latency, users


checks = []
for r in range(max(1, int(SCALE * 14))):
    text = make_log(50000 + r)
    checks.append((len(text), parse(text), text.upper().count("E"), len(text.splitlines())))
print("checksum", checks[0], checks[-1])
