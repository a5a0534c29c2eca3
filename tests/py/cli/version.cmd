# --version prints the interpreter's version (a different text for Weft) and exits 0.
# compare: status
--version
