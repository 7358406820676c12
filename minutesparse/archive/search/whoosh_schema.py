"""The whoosh side of the Czech analysis chain, and the index schema.

Chain (the same at index and query time)::

    CzechTokenizer() | LowercaseFilter() | NumberFilter() | CzechStopFilter() | KeysFilter()

``KeysFilter`` stems and folds (see :mod:`.analysis`); ``ExactFilter`` keeps the diacritics for
the boosted ``exact`` field.  Schema choices for speed at 100k+ records: one searched field
per record (text, people and labels together, so a query word is one or two posting lists);
only a small ``payload`` is stored; facets and date sorting read sortable columns; the date is
numeric (a range is a few trie terms); other filters are untokenized ID fields.
"""

from __future__ import annotations

from whoosh import fields
from whoosh.analysis import Filter, LowercaseFilter, Tokenizer
from whoosh.analysis.acore import Token

from minutesparse.archive.search.analysis import TOKEN_PATTERN, exact_key, is_stop, normalize_number, word_keys

#: Bump when the schema or the analysis changes: an index of another version must be rebuilt.
INDEX_VERSION = 5


class CzechTokenizer(Tokenizer):
    """Words, resolution numbers ("RM/1/1/2022") and amounts ("10.000") as single tokens."""

    def __eq__(self, other):
        return type(self) is type(other)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        for i, m in enumerate(TOKEN_PATTERN.finditer(value)):
            t.text = m.group()
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = t.text
            if positions:
                t.pos = start_pos + i
            if chars:
                t.startchar, t.endchar = start_char + m.start(), start_char + m.end()
            yield t


class NumberFilter(Filter):
    """Amounts lose their thousands separators: "10.000" and "10 000" -> "10000"."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = normalize_number(t.text)
            yield t


class CzechStopFilter(Filter):
    """Drops Czech function words (data in ``lang/cs/search.py``) and renumbers positions, so
    phrases match across a removed word the same way at index and query time."""

    def __call__(self, tokens):
        pos = None
        for t in tokens:
            if t.removestops and is_stop(t.text):
                continue
            if t.positions:
                pos = t.pos if pos is None else pos + 1
                t.pos = pos
            yield t


class KeysFilter(Filter):
    """Each word becomes its key(s) (see :func:`.analysis.word_keys`), at the word's position."""

    def __call__(self, tokens):
        for t in tokens:
            for key in word_keys(t.text):
                t.text = key
                yield t


class ExactFilter(Filter):
    """The Snowball stem with diacritics kept (for ranking exact-diacritics matches higher)."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = exact_key(t.text)
            yield t


def keys_analyzer():
    return CzechTokenizer() | LowercaseFilter() | NumberFilter() | CzechStopFilter() | KeysFilter()


def exact_analyzer():
    return CzechTokenizer() | LowercaseFilter() | NumberFilter() | CzechStopFilter() | ExactFilter()


def query_analyzer():
    """Query words only tokenized and lower-cased; stop words and keys are handled when the
    parsed query is expanded (so a phrase keeps its word order)."""
    return CzechTokenizer() | LowercaseFilter() | NumberFilter()


def build_schema() -> fields.Schema:
    keys = keys_analyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        doc_id=fields.ID(),
        type=fields.ID(sortable=True),
        # the record's text + its people + its labels, all searched as one field (one or two
        # posting lists per query word keep queries fast); the shown text is in the payload
        text=fields.TEXT(analyzer=keys, phrase=True),
        exact=fields.TEXT(analyzer=exact_analyzer(), phrase=False),
        persons=fields.TEXT(analyzer=keys, phrase=True),  # for --person only
        ref=fields.ID(),  # the resolution a vote or task belongs to
        body=fields.TEXT(analyzer=keys, phrase=True),
        municipality=fields.TEXT(analyzer=keys, phrase=True),
        body_facet=fields.ID(sortable=True),
        kind=fields.ID(),
        date=fields.NUMERIC(int, bits=32, sortable=True),  # YYYYMMDD: ranges use a few trie terms
        year=fields.ID(sortable=True),
        document_type=fields.ID(),
        action=fields.KEYWORD(commas=True, lowercase=True),
        action_facet=fields.ID(sortable=True),
        result=fields.ID(),
        adopted=fields.ID(),
        payload=fields.STORED(),
    )


def query_schema() -> fields.Schema:
    """The one-field schema the query string is parsed against."""
    return fields.Schema(q=fields.TEXT(analyzer=query_analyzer(), phrase=True))
