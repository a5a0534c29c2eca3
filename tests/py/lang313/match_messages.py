# .exp: the oracle is CPython 3.11, whose message for a class pattern naming a non-class was
# "called match pattern must be a type"; 3.12 changed it to "... a class". Expected output
# from CPython 3.13.
for bad in [len, 3]:
    try:
        match 5:
            case bad():
                pass
    except TypeError as e:
        print("TypeError:", e)
