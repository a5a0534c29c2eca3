# global makes assignments in a function rebind module-level names.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump()
bump()
print(counter)

def create():
    global created_later
    created_later = 'made inside a function'

create()
print(created_later)

def read_only():
    return counter * 10

print(read_only())

def shadow():
    counter = 99
    return counter

print(shadow(), counter)

def nested():
    def inner():
        global counter
        counter = -1
    inner()

nested()
print(counter)
global at_module_level
at_module_level = 5
print(at_module_level)
