# With no arguments and stdin not a terminal, the program is read from stdin and run as a
# script (no prompts, no echo), like CPython.
