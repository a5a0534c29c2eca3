# An unknown option is a usage error: exit status 2, nothing on stdout.
-Z argv_none.py
