# weft -m MODULE runs the module from the current folder as __main__, with its arguments.
-m mod_cli_main alpha 'beta gamma'
