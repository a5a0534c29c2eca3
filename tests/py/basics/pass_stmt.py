# pass in every kind of block, and functions whose body is only pass or a docstring.
def nothing():
    pass

def documented():
    "Only a docstring."

print(nothing(), documented())
if True:
    pass
else:
    pass
for _ in range(3):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
x = 1
if x:
    pass
print('done', x)
