# and/or return one of their operands and evaluate the right side only when needed.
def t(name, v):
    print('eval', name)
    return v

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'x', [] and 1)
print(None or 0 or '' or [] or 'last')
print(1 and 'a' and [0] and 'end')
print(t('a', 0) and t('b', 1))
print(t('a', 1) or t('b', 1))
print(t('a', 0) or t('b', 0) or t('c', 3))
print(t('a', 1) and t('b', 0) and t('c', 1))
print(not t('a', '') and t('b', 'yes'))
x = [] or {} or ()
print(x, type(x).__name__)
y = 5 if t('cond', 0) else t('else', 6)
print(y)
print(True and False or True, True and (False or True))
print((0 or None) is None)
