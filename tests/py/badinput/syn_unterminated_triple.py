# SyntaxError: unterminated triple-quoted string reaching end of file.
print('start')
doc = """this string
runs off the end of the file
