# -h prints usage (a different text for Weft) and exits 0.
# compare: status
-h
