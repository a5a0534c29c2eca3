# .exp: CPython 3.11 (the oracle) has no sys._is_gil_enabled; CPython 3.13t prints the same.
-X gil=0 -c "import sys; print(sys._is_gil_enabled())"
