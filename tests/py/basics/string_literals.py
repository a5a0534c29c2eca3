# String literal forms: quotes, escapes, raw strings, triple quotes, adjacent concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "it's")
print('tab:\t|', 'newline:\n|', 'backslash:\\', 'bell-less:\x41\x42', '\101\102\103')
print('\u00e9\u4e2d', '\U0001F600' == '\U0001f600', len('\U0001F600'))
print(r'raw \n stays', R'C:\path\to', r'\'')
print('adjacent' ' literals' " concatenate")
print("""line one
line two""")
print('''a\
b''')
s = 'a\0b'
print(len(s), repr(s))
print('\x7f' == chr(127), len('\\'))
print(b'bytes' + b' too', rb'\n', len(rb'\n'))
print(repr('''it's "both"'''))
