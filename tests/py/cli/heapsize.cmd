# -X heapsize=BYTES sets Weft's heap limit (CPython ignores unknown -X options); 64 MiB is
# ample for this program.
-X heapsize=67108864 -c "print(len([str(i) for i in range(10000)]))"
