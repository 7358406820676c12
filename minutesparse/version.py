"""Parser version.  Bump on any change that alters parse output: archives re-parse
documents whose stored parser_version differs."""

__version__ = "0.1.0"
