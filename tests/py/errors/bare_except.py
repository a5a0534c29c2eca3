# A bare except catches everything, including BaseException subclasses.
for exc in [ValueError('v'), KeyboardInterrupt(), SystemExit(3), GeneratorExit(), Exception()]:
    try:
        raise exc
    except Exception:
        print(type(exc).__name__, 'caught by except Exception')
    except:
        print(type(exc).__name__, 'caught by bare except')
try:
    raise SystemExit('not exiting')
except BaseException as e:
    print('BaseException caught', type(e).__name__, e.code)
