# Several statements on one line, backslash continuation, implicit continuation in brackets.
a = 1; b = 2; c = a + b; print(c)
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,  # a comment inside brackets
    3,
]
print(values)
result = (10
          * 2
          - 5)
print(result)
d = {
    'k': 'v',
    'n': (1,
          2),
}
print(d)
def f(a,
      b=2,
      ):
    return a + b
print(f(1,
        ))
if (a == 1 and
        b == 2):
    print('multi-line condition')
s = ('implicit '
     'concatenation')
print(s)
x = 5  ;  print(x)
