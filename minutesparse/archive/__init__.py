"""The archive: an SQLite record store plus a search index, filled by bulk import.

(placeholder: the archive helper builds ``Archive`` here)
"""
