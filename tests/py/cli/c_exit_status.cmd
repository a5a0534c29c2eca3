# sys.exit(n) inside -c code sets the exit status.
-c "import sys; print('bye'); sys.exit(4)"
