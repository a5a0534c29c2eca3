# Generates a 1,000-term sum on one line: deep (left-nested) but within CPython's limits.
import sys

terms = '+'.join([str(i) for i in range(1000)])
with open(sys.argv[1], 'w') as out:
    out.write('x = ' + terms + '\nprint(x)\n')
