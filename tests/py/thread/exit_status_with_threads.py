# An uncaught exception ends the program with status 1 while threads still run.
import _thread


def spin():
    x = 0
    while True:
        x += 1


for i in range(2):
    _thread.start_new_thread(spin, ())
print("raising")
raise SystemExit(3)
