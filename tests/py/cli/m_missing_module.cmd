# -m with a module that does not exist: error message on stderr, exit status 1.
-m mod_cli_no_such_module_anywhere
