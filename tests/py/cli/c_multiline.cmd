# -c code may span several lines and define functions.
-c "
def square(n):
    return n * n

for i in range(4):
    print(i, square(i))
"
