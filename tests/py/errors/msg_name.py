# NameError and UnboundLocalError messages.
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    print(len(also_missing))
except NameError as e:
    print(type(e).__name__, e)

def uses_local():
    try:
        value = value + 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)

uses_local()

def free_var():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1

free_var()
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
