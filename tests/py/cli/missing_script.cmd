# A script file that does not exist: exit status 2, nothing on stdout.
no_such_script_file.py
