# weft -c CODE runs CODE as __main__.
-c "print(1 + 1); print(__name__)"
