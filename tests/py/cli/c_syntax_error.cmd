# A SyntaxError in -c code: exit status 1, nothing on stdout.
-c "print('not run'); 1 +"
