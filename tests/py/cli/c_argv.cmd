# With -c, sys.argv[0] is '-c' and the remaining arguments follow.
-c "import sys; print(sys.argv)" first 'second arg' --third
