# Helper for import_cycle: a imports b, which imports a while a is half-initialised.
print('cycle_a: start')
A_EARLY = 'a-early'
import mod_helper_cycle_b
A_LATE = 'a-late'
print('cycle_a: end, b says', mod_helper_cycle_b.B_VALUE)

def from_b():
    return mod_helper_cycle_b.B_VALUE
