# Generates 64 KiB of pseudo-random bytes as the script: Weft must reject it cleanly
# (exit status 1, nothing on stdout), never crash or hang.
import sys

state = 2463534242
data = bytearray()
for _ in range(65536):
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    data.append(state & 0xFF)
with open(sys.argv[1], 'wb') as out:
    out.write(data)
