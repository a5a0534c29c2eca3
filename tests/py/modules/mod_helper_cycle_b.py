# Helper for import_cycle: sees only what mod_helper_cycle_a defined before importing it.
print('cycle_b: start')
import mod_helper_cycle_a
print('cycle_b: a has A_EARLY', hasattr(mod_helper_cycle_a, 'A_EARLY'))
print('cycle_b: a has A_LATE', hasattr(mod_helper_cycle_a, 'A_LATE'))
B_VALUE = 'b-value'
