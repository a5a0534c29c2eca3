# An uncaught exception in -c code: earlier output kept, exit status 1.
-c "print('before'); {}['missing']"
