# Catching exceptions inside loops and continuing.
results = []
for token in ['1', 'two', '3', '', '5.5', '-6']:
    try:
        results.append(int(token))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append('|')
print(results)
total = 0
errors = 0
data = [10, 0, 5, 'x', 2, None]
for d in data:
    try:
        total += 100 // d
    except ZeroDivisionError:
        errors += 1
    except TypeError:
        errors += 10
print(total, errors)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        break
print('stopped at', i)
