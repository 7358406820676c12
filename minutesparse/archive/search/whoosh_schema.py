"""The whoosh side of the Czech analysis chain, and the index schema.

Chain (the same at index and query time)::

    CzechTokenizer() | LowercaseFilter() | NumberFilter() | CzechStopFilter() | KeysFilter()

``KeysFilter`` stems and folds (see :mod:`.analysis`); ``ExactFilter`` keeps the diacritics for
the boosted ``exact`` field; ``PairsFilter`` turns the keys into word pairs for phrases.

Schema choices for speed at 100k+ records (measured with ``benchmarks/search_speed.py`` and
``benchmarks/import_speed.py``):

- one searched field per record (``text``: record text, people and labels together), without
  positions: every posting block a query reads is a third of the size it was with positions;
- phrases read the ``pairs`` field: each pair of neighbouring keys ("prodej pozemek") is one
  term at the second word's position, so a two-word phrase is one term lookup and a longer one
  a sequence of rare pair terms (the old way, positions of every frequent word, cost 45 ms);
- facets, date ranges and date sorting read column-only fields (``body_facet``, ``year``,
  ``action_facet``, ``date``): no postings are written for them (the numeric date alone was
  152 postings per document);
- filter fields are untokenized IDs, or keys without positions (body, municipality, persons);
- only a small ``payload`` is stored.

Text fields accept a :class:`Preindexed` value instead of a string: the postings whoosh would
compute from the string, computed ahead in an import worker process (``prepare_fields``), so the
single writer only adds them.
"""

from __future__ import annotations

import marshal
from typing import Any

from whoosh import columns, fields
from whoosh.analysis import Filter, LowercaseFilter, Tokenizer
from whoosh.analysis.acore import Token

from minutesparse.archive.search.analysis import TOKEN_PATTERN, exact_key, is_stop, normalize_number, word_keys

#: Bump when the schema or the analysis changes: an index of another version must be rebuilt.
INDEX_VERSION = 6


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


class PairsFilter(Filter):
    """Keys -> pairs of neighbouring keys ("prodej pozemek"), each at the second word's position.
    A phrase of n words is then n - 1 pair terms at consecutive positions."""

    def __call__(self, tokens):
        prev: list[str] = []
        cur: list[str] = []
        cur_pos = None
        for n, t in enumerate(tokens):
            pos = t.pos if t.positions else n  # without positions every key is a word of its own
            if pos != cur_pos:
                prev, cur, cur_pos = cur, [], pos
            cur.append(t.text)
            key = t.text
            for p in prev:
                t.text = pair_term(p, key)
                yield t


def pair_term(first: str, second: str) -> str:
    """The ``pairs`` term of two neighbouring keys (keys never contain a space)."""
    return first + " " + second


def keys_analyzer():
    return CzechTokenizer() | LowercaseFilter() | NumberFilter() | CzechStopFilter() | KeysFilter()


def exact_analyzer():
    return CzechTokenizer() | LowercaseFilter() | NumberFilter() | CzechStopFilter() | ExactFilter()


def query_analyzer():
    """Query words only tokenized and lower-cased; stop words and keys are handled when the
    parsed query is expanded (so a phrase keeps its word order)."""
    return CzechTokenizer() | LowercaseFilter() | NumberFilter()


def pairs_analyzer():
    return keys_analyzer() | PairsFilter()


class Preindexed:
    """A text field's postings, computed ahead by :func:`prepare_fields` (picklable)."""

    __slots__ = ("items",)

    def __init__(self, items: list[tuple[bytes, int, float, bytes]]):
        self.items = items

    def __getstate__(self):
        return self.items

    def __setstate__(self, state):
        self.items = state


class _PreindexedMixin:
    def index(self, value, **kwargs):
        if isinstance(value, Preindexed):
            return value.items
        return super().index(value, **kwargs)


class PreID(_PreindexedMixin, fields.ID):
    """An untokenized filter value (may come preindexed)."""


class PreKEYWORD(_PreindexedMixin, fields.KEYWORD):
    """Comma-separated filter values (may come preindexed)."""


class KeysText(_PreindexedMixin, fields.TEXT):
    """Searched text: Czech keys, frequencies and lengths for BM25, no positions."""

    def __init__(self, analyzer=None):
        super().__init__(analyzer=analyzer or keys_analyzer(), phrase=False)


class PairsText(_PreindexedMixin, fields.TEXT):
    """Word pairs with positions, for phrases only (never scored, so no length column)."""

    def __init__(self):
        super().__init__(analyzer=pairs_analyzer(), phrase=True)
        self.scorable = False


class IntColumn(fields.COLUMN):
    """An unsigned 32-bit number per record, kept only as a column (sorting, ranges)."""

    def __init__(self):
        super().__init__(columns.NumericColumn("I"))

    def to_column_value(self, value):
        return int(value or 0)

    def from_column_value(self, value):
        return value


class StrColumn(fields.COLUMN):
    """A string per record, kept only as a column (facet counts)."""

    def __init__(self):
        super().__init__(columns.VarBytesColumn())

    def to_column_value(self, value):
        return (value or "").encode("utf-8")

    def from_column_value(self, value):
        return value.decode("utf-8") if isinstance(value, bytes) else value

    def from_bytes(self, value):
        return self.from_column_value(value)


#: fields whose analysis can run ahead of the writer (in import workers): all indexed fields
#: without a column (a column value is taken from the field's value)
PREINDEXED_FIELDS = ("text", "pairs", "exact", "persons", "body", "municipality", "doc_id", "ref", "kind",
                     "document_type", "action", "result", "adopted")


def build_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.STORED(),  # shown, never searched
        doc_id=PreID(),
        type=fields.ID(sortable=True),
        # the record's text + its people + its labels, all searched as one field (one posting
        # list per query word keeps queries fast); the shown text is in the payload
        text=KeysText(),
        pairs=PairsText(),
        exact=KeysText(exact_analyzer()),
        persons=KeysText(),  # for --person only
        ref=PreID(),  # the resolution a vote or task belongs to
        body=KeysText(),
        municipality=KeysText(),
        body_facet=StrColumn(),
        kind=PreID(),
        date=IntColumn(),  # YYYYMMDD: ranges and sorting read the column
        year=StrColumn(),
        document_type=PreID(),
        action=PreKEYWORD(commas=True, lowercase=True),
        action_facet=StrColumn(),
        result=PreID(),
        adopted=PreID(),
        payload=fields.STORED(),
        more=fields.STORED(),  # the searched text after the shown text (people, labels): proximity
    )


_SCHEMA = None


def prepare_fields(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` (for ``add_document``) with the text fields' strings replaced by their postings.
    Whoosh's own ``field.index`` computes them, so the index is the same either way."""
    global _SCHEMA
    if _SCHEMA is None:
        _SCHEMA = build_schema()
    out = dict(values)
    for name in PREINDEXED_FIELDS:
        v = out.get(name)
        if isinstance(v, str) and v:
            out[name] = Preindexed(list(_SCHEMA[name].index(v)))
    return out


class PackedRecords:
    """Prepared records (``prepare_fields`` output) in one ``marshal`` blob, for the trip from a
    worker process to the writer: unpickling ~1,000 postings as objects cost the writer 2.9 ms a
    document, ``marshal.loads`` 0.6 ms (measured).  Worker and writer run the same Python."""

    __slots__ = ("blob",)

    def __init__(self, blob: bytes):
        self.blob = blob

    def __reduce__(self):
        return (PackedRecords, (self.blob,))

    @classmethod
    def pack(cls, records: list[dict[str, Any]]) -> "PackedRecords":
        plain = [{k: (v.items if isinstance(v, Preindexed) else v) for k, v in r.items()} for r in records]
        return cls(marshal.dumps(plain))

    def unpack(self) -> list[dict[str, Any]]:
        records = marshal.loads(self.blob)
        for r in records:
            for name in PREINDEXED_FIELDS:
                v = r.get(name)
                if isinstance(v, list):  # field values are strings; a list is prepared postings
                    r[name] = Preindexed(v)
        return records


def query_schema() -> fields.Schema:
    """The one-field schema the query string is parsed against."""
    return fields.Schema(q=fields.TEXT(analyzer=query_analyzer(), phrase=True))
