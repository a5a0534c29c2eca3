# repr keeps printable non-ASCII characters and escapes non-printable ones; ascii() escapes all.
cases = ['é', '日本語', '😀', '\x80', '\x9f', '\xa0', '\xad', 'ñ\u0303', '\u200b', '\u2028',
         '\ufeff', '\U000e0001', 'Ω≈ç√', '\u3000', '\U0010ffff', '\uffff']
for s in cases:
    print(repr(s), ascii(s), s.isprintable())
print(ascii('plain ascii'), ascii("it's"), ascii(['é', 1]))
print(repr('mixed é\tand\x00'), ascii('mixed é\tand\x00'))
