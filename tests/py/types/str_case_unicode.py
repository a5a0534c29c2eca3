# Case mapping and character classes beyond ASCII (needs Unicode tables).
print('éàü'.upper(), 'ÉÀÜ'.lower(), 'straße'.upper(), 'ǅ'.lower(), 'ﬁ'.upper())
print('Σ'.lower(), 'ΑΒΓ'.lower(), 'жизнь'.title(), 'ÇA'.swapcase())
print('ß'.casefold(), 'Straße'.casefold() == 'STRASSE'.casefold())
print('日本'.isalpha(), '日本'.isupper(), '日本'.islower(), 'é'.islower(), 'É'.isupper())
for t in ['½', '²', '٣', '৩', 'Ⅻ', '一']:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum())
print('déf'.isidentifier(), 'π'.isidentifier(), '2π'.isidentifier(), '\u00a0'.isspace())
print('\u2003'.isspace(), '\u200b'.isspace(), 'abc\u0301'.isalpha())
