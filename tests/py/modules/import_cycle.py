# A circular import sees the partially initialised module.
import mod_helper_cycle_a
print('main: a.A_LATE =', mod_helper_cycle_a.A_LATE)
print('main:', mod_helper_cycle_a.from_b())
import mod_helper_cycle_b
print('main: b.B_VALUE =', mod_helper_cycle_b.B_VALUE)
