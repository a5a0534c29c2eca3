# Arguments after the script name belong to the script, even ones that look like options.
import sys
print(sys.argv[0])
print(sys.argv[1:])
print(len(sys.argv))
