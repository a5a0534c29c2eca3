# Format specs: width, alignment, fill characters on strings and numbers.
s = 'abc'
print(f'[{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:*^10}] [{s:-<7}] [{s:.2}] [{s:>6.1}]')
n = 42
print(f'[{n:6}] [{n:<6}] [{n:^6}] [{n:>6}] [{n:06}] [{n:=+6}] [{n:_^7}]')
print(f'[{-n:6}] [{-n:06}] [{-n:<6}] [{-n:=6}] [{n:+}] [{n: }] [{-n: }]')
f = 3.5
print(f'[{f:8}] [{f:<8}] [{f:08}] [{f:^8}] [{-f:08}]')
print(f'[{"":5}] [{"toolong":3}] [{"日本":>4}] [{"é":~^5}]')
print(f'[{True:>5}] [{None!s:>6}] [{[1, 2]!s:>8}]')
