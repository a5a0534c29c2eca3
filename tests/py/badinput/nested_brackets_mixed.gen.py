# Generates 5,000 levels of alternating [ { ( brackets: rejected cleanly (exit status 1).
import sys

opens = '[({'
closes = {'[': ']', '(': ')', '{': '}'}
depth = 5000
seq = [opens[i % 3] for i in range(depth)]
text = ''.join(seq) + '1' + ''.join([closes[c] for c in reversed(seq)])
with open(sys.argv[1], 'w') as out:
    out.write("print('before')\nx = " + text + "\n")
