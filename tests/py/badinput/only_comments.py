# A file with nothing but comments and blank lines runs and prints nothing.

#    indented comment
# last comment without code
