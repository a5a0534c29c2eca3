# -m without its argument is a usage error: exit status 2.
-m
