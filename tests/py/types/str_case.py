# Case conversion and case predicates on ASCII text.
s = 'Hello World 42 abc'
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print('hELLO'.capitalize(), "they're bill's".title(), 'a-b_c d'.title())
print('ABC'.isupper(), 'AbC'.isupper(), 'abc'.islower(), '123'.islower(), 'Ab Cd'.istitle())
print(''.upper(), '123'.upper(), 'MiXeD'.casefold())
for t in ['abc', 'ABC', 'a1', '12', '', ' ', 'a b', '\t\n', '1.5', 'x_y']:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isdecimal(), t.isnumeric())
print('abc_1'.isidentifier(), '1abc'.isidentifier(), 'def'.isascii(), 'dé'.isascii())
