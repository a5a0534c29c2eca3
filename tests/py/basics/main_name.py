# The script runs as module __main__.
print(__name__)
if __name__ == '__main__':
    print('run as a script')
else:
    print('imported')
print(type(__name__).__name__)
def f():
    return __name__
print(f())
print('__builtins__' in globals(), '__name__' in globals())
