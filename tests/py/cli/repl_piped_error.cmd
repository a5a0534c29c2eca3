# Piped stdin with an uncaught exception: stops at the error, exit status 1.
