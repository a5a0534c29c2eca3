# Generates a valid 1 MB line (a list literal of 200,000 small ints) and code that checks it:
# big inputs must work, not just fail cleanly.
import sys

count = 200000
items = ','.join([str(i % 100) for i in range(count)])
source = 'data = [' + items + ']\nprint(len(data), sum(data), data[:5], data[-1])\n'
with open(sys.argv[1], 'w') as out:
    out.write(source)
