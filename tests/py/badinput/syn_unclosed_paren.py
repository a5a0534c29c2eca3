# SyntaxError: an opening bracket never closed before end of file.
print('ok')
total = (1 +
         2 +
