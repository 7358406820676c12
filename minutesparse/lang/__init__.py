"""Language data.  Each language is a sub-package holding only data (word lists,
patterns, labels); the algorithms in ``minutesparse.fields`` never spell a Czech word."""
