# break and continue inside try run the finally clause first.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('after loop')

def loop_with_finally_continue():
    out = []
    for i in range(3):
        try:
            out.append(i)
            if i == 0:
                raise ValueError
        except ValueError:
            out.append('handled')
            continue
        finally:
            out.append('f%d' % i)
        out.append('end%d' % i)
    return out

print(loop_with_finally_continue())
n = 0
while True:
    try:
        n += 1
        if n > 2:
            break
    finally:
        print('while finally', n)
