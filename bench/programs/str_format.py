# String formatting: f-strings with format specs, %-formatting, str.format, repr/str of ints
# and floats, padding and alignment.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def checksum(text, acc):
    for ch in text[-8:]:
        acc = (acc * 31 + ord(ch)) & 0xFFFFFFFF
    return acc


def run(n):
    acc = 0
    total_len = 0
    for i in range(n):
        x = i * 0.37
        a = f"{i:>8}|{x:10.3f}|{i:#x}|{i % 7:03d}|{'ab' * (i % 3):<6}|"
        b = "%5d %-8s %.2f %r" % (i, "k%d" % (i % 13), x, str(i % 5))
        c = "{0}:{1:,}:{2!r}:{3:e}".format(i, i * 1000, "s", x)
        d = str(i) + repr(x) + str(i % 11 == 0)
        total_len += len(a) + len(b) + len(c) + len(d)
        acc = checksum(a + b + c + d, acc)
    return total_len, acc


print("checksum", run(max(1, int(SCALE * 300000))))
