# .exp: CPython 3.11 (the oracle) has no sys._is_gil_enabled; checked against CPython 3.13.
-X gil=1 -c "import sys; print(sys._is_gil_enabled(), sys.getswitchinterval()); sys.setswitchinterval(0.001); print(sys.getswitchinterval())"
