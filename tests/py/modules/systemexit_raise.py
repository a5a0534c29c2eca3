# raise SystemExit(n) exits with status n.
print('raising SystemExit(7)')
raise SystemExit(7)
