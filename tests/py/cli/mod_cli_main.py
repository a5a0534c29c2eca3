# Module run by m_module.cmd with -m (a helper: the runner does not run mod_*.py itself).
import sys
print('running as', __name__)
print('args', sys.argv[1:])
if __name__ == '__main__':
    print('main guard taken')
