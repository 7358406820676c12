"""The whoosh engine behind :class:`~minutesparse.archive.search.backend.Backend`.

Queries: the user's string is parsed by whoosh's QueryParser (phrases, AND/OR/NOT, grouping,
prefix*) against a one-field "query" schema, then every word becomes its Czech key in the
searched ``text`` field (record text, people, labels); a phrase is its words AND its word
pairs (the ``pairs`` field: one term per two neighbouring keys, so no positions are read for a
two-word phrase).  Words are ANDed; when no record has every word the query is re-run with OR
and the result is marked ``relaxed``.  Filters are ANDed in with a constant score of 0 (no
effect on ranking).  BM25F ranks every match; then the top hits get optional boosts (same
diacritics as typed, read by skipping to those hits; the words standing together, checked in
their stored text) without reading any posting list in full (``_rerank``).

Writing: import workers hand in documents already analysed (``prepare``: the postings whoosh
would compute, packed with marshal), so the single writer only adds them; ``whoosh_speedups``
replaces a few of whoosh's hot spots with equivalent faster code.

Facets count every match without scoring it: the matching document numbers are read once and
counted against per-segment column arrays cached for the life of the segment.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from dataclasses import dataclass
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator

from whoosh import index as windex
from whoosh import query as Q
from whoosh import collectors, highlight, qparser, sorting, writing
from whoosh.codec.whoosh3 import W3Codec
from whoosh.index import LockError
from whoosh.matching import ConstantScoreMatcher, ReadTooFar

from minutesparse.archive.search import whoosh_speedups  # noqa: F401 - patches whoosh hot spots on import
from minutesparse.archive.search.analysis import exact_key, fold, is_stop, join_amounts, search_key, tokens
from minutesparse.archive.search.models import FACETS, Filters, Hit, IndexRecord, PreparedDoc, SearchError, SearchResult
from minutesparse.archive.search.whoosh_schema import (
    INDEX_VERSION, PackedRecords, build_schema, pair_term, prepare_fields, query_schema,
)

#: Boost of a match with the same diacritics (added on top of the folded match).
EXACT_BOOST = 0.6
REF_BOOST = 0.3
PROXIMITY_BOOST = 1.5  # per word, when all words stand together
PROXIMITY_SLOP = 3
MAX_PROXIMITY_WORDS = 6
RERANK_DEPTH = 100
COMMON_SHARE = 0.1  # a word in more records than this share is only a ranking hint when relaxing  # top hits that get the optional boosts
SNIPPET_CHARS = 220
META_FILE = "minutesparse-search.json"
WRITE_TIMEOUT = 60.0
# Import batches write their posting blocks uncompressed: zlib made the import writer 25%
# slower (8.3-9.0 vs 6.7-7.0 ms per document, measured), as a small batch writes many small
# blocks.  A rebuild (one large commit) compresses: 2.5% slower, 40% smaller on disk.  Queries
# read both at the same speed.
_CODEC = W3Codec(compression=0)
_REBUILD_CODEC = W3Codec(compression=3)
# A rebuild is one commit; postings beyond this (whoosh's estimate, ~1.5 million postings, about
# 300 MB of memory) are spilled to sorted runs on disk and merged, which cost a 20,000-record
# rebuild 30% more time at 128 MB (measured with the marshal runs of whoosh_speedups).
REBUILD_LIMIT_MB = 384


class MarkFormatter(highlight.Formatter):
    between = " … "

    def format_token(self, text, token, replace=False):
        return "<mark>" + highlight.get_text(text, token, replace) + "</mark>"


class WhooshBackend:
    engine = f"whoosh/{INDEX_VERSION}"

    def __init__(self, path: Path):
        self.path = Path(path)
        self._ix = None
        self._qschema = query_schema()
        self._qschema["q"].multitoken_query = "phrase"
        self._columns: dict[tuple[str, str], list[Any]] = {}
        self._lock = threading.RLock()
        self._searcher = None

    # --- opening ----------------------------------------------------------------------------

    def exists(self) -> bool:
        return windex.exists_in(str(self.path))

    def _meta_ok(self) -> bool:
        try:
            meta = json.loads((self.path / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return meta.get("version") == INDEX_VERSION

    def _write_meta(self) -> None:
        tmp = self.path / (META_FILE + ".tmp")
        tmp.write_text(json.dumps({"engine": "whoosh", "version": INDEX_VERSION}), encoding="utf-8")
        os.replace(tmp, self.path / META_FILE)

    def _open(self, create: bool = False):
        if self._ix is not None:
            return self._ix
        with self._lock:
            if self._ix is None:
                if self.exists() and self._meta_ok():
                    self._ix = windex.open_dir(str(self.path))
                elif create:
                    self._ix = self._create()
                elif self.exists():
                    raise SearchError(f"the search index in {self.path} was built by another version of "
                                      f"minutesparse; run `minutesparse reindex` to rebuild it")
                else:
                    raise SearchError(f"no search index in {self.path}; import documents or run "
                                      f"`minutesparse reindex`")
        return self._ix

    def _create(self):
        if self.path.exists():
            shutil.rmtree(self.path)
        self.path.mkdir(parents=True, exist_ok=True)
        ix = windex.create_in(str(self.path), build_schema())
        self._write_meta()
        return ix

    def _writer(self, limitmb: int = 128, codec: W3Codec = _CODEC):
        ix = self._open(create=True)
        try:
            return ix.writer(timeout=WRITE_TIMEOUT, limitmb=limitmb, codec=codec)
        except LockError:
            raise SearchError(f"the search index in {self.path} is being written by another process; "
                              f"try again when it has finished") from None

    # --- writing ----------------------------------------------------------------------------

    def prepare(self, records: list[IndexRecord]) -> PackedRecords:
        return PackedRecords.pack([prepare_fields(_fields(r)) for r in records])

    def replace_documents(self, doc_ids: list[str], records: list[IndexRecord],
                          prepared: list[PreparedDoc] = ()) -> None:
        w = self._writer()
        try:
            for d in dict.fromkeys([*doc_ids, *(p.doc_id for p in prepared)]):
                w.delete_by_term("doc_id", d)
            for r in records:
                w.add_document(**_fields(r))
            for p in prepared:
                for values in _prepared_values(p):
                    w.add_document(**values)
        except BaseException:
            w.cancel()
            raise
        w.commit()

    def delete_documents(self, doc_ids: list[str]) -> None:
        if not doc_ids or not self.exists():
            return
        w = self._writer()
        try:
            for d in dict.fromkeys(doc_ids):
                w.delete_by_term("doc_id", d)
        except BaseException:
            w.cancel()
            raise
        w.commit()

    def replace_all(self, records: Iterable[IndexRecord | PreparedDoc]) -> int:
        if self.exists() and not self._meta_ok():
            self.close()
            self._ix = None
            self._create()  # another version's index cannot be reused
        w = self._writer(REBUILD_LIMIT_MB, _REBUILD_CODEC)
        n = 0
        try:
            for r in records:
                if isinstance(r, PreparedDoc):
                    for values in _prepared_values(r):
                        w.add_document(**values)
                        n += 1
                else:
                    w.add_document(**_fields(r))
                    n += 1
        except BaseException:
            w.cancel()
            raise
        w.commit(mergetype=writing.CLEAR)  # drops the old segments in the same atomic commit
        return n

    def count(self) -> int:
        if not self.exists():
            return 0
        with self._open().searcher() as s:
            return s.doc_count()

    # --- searching --------------------------------------------------------------------------

    def _current_searcher(self):
        """One searcher kept open and refreshed (a cheap check of the index's table of contents)
        before each search, so a reader sees every commit without reopening every file."""
        with self._lock:
            if self._searcher is None:
                self._searcher = self._open().searcher()
            elif not self._searcher.up_to_date():
                old = self._searcher
                self._searcher = old.refresh()
                if self._searcher is not old:
                    old.close()
            return self._searcher

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None

    def search(self, query: str, filters: Filters) -> SearchResult:
        parsed = self._parse(query, qparser.AndGroup)
        flt = self._filter(filters)
        s = self._current_searcher()
        result = self._run(s, query, parsed, flt, filters)
        if result.total == 0 and parsed.words > 1 and not _has_operators(query):
            # no record has every word: first all words but one, then any word
            words = list(dict.fromkeys(w for _, _, _, w in tokens(join_amounts(query))))
            # words in a large share of all records decide nothing here: they only rank
            common = _common_words(s, words)
            rare = [w for w in words if w not in common] or words
            parsed.boosts += [(Q.Term("text", search_key(w)), 1.0) for w in words if w in common]
            if len(rare) > 2:
                parsed.query = Q.Or([Q.And([_word_query(w) for j, w in enumerate(rare) if j != i])
                                     for i in range(len(rare))])
                result = self._run(s, query, parsed, flt, filters)
            elif len(rare) < len(words):
                parsed.query = Q.And([_word_query(w) for w in rare])
                result = self._run(s, query, parsed, flt, filters)
            if result.total == 0:
                parsed = self._parse(query, qparser.OrGroup.factory(0.9))
                result = self._run(s, query, parsed, flt, filters)
            result.relaxed = result.total > 0
        return result

    def _run(self, s, text: str, parsed: "_Parsed", flt: Q.Query | None, f: Filters) -> SearchResult:
        match_all = parsed.query is None
        q = Q.Every() if match_all else parsed.query
        if flt is not None:
            # Filters are part of the query, every term boosted 0 (no effect on ranking), rather
            # than whoosh's filter= argument, which reads every matching id of the filter and
            # whose total counts the bare query.  An And skips through the filters' postings.
            q = flt if match_all else Q.And([q, flt])
        wanted = f.offset + f.limit
        by_date = f.sort == "date" or match_all
        limit = max(wanted, 1 if by_date else RERANK_DEPTH)
        if by_date:
            results = s.search(q, limit=limit, sortedby=sorting.FieldFacet("date", reverse=True))
        else:
            # Every match scored and counted in one pass: whoosh's default collector prunes
            # matchers that cannot reach the top (its total is then wrong for OR queries) or
            # needs a second pass to count.
            collector = collectors.TopCollector(limit=limit, usequality=False, replace=0)
            s.search_with_collector(q, collector)
            results = collector.results()
        ranked = [(docnum, score) for score, docnum in results.top_n]
        stored = _Stored(s)
        if by_date:
            ranked = [(d, 0.0) for d, _ in ranked]
        elif parsed.boosts or parsed.near:
            ranked = _rerank(s, ranked, parsed.boosts, parsed.near, stored)
        page = ranked[f.offset: wanted]
        terms = {t.decode("utf-8") if isinstance(t, bytes) else t
                 for fld, t in (parsed.query.existing_terms(s.reader(), expand=True) if not match_all else ())
                 if fld == "text"}
        analyzer = s.schema["text"].analyzer
        hits = [_hit(stored(d), score, terms, analyzer) for d, score in page]
        facets: dict[str, dict[str, int]] = {}
        if f.facets:
            total, facets = self._facets(s, q)
        else:
            total = len(results)
        return SearchResult(query=text, total=total, hits=hits, facets=facets)

    # --- query construction -----------------------------------------------------------------

    def _parse(self, text: str, group) -> "_Parsed":
        text = text.strip()
        if not text or text == "*":
            return _Parsed(None, [], 0)
        parser = qparser.QueryParser("q", self._qschema, group=group)
        parser.remove_plugin_class(qparser.FieldsPlugin)
        parser.remove_plugin_class(qparser.RangePlugin)
        parser.remove_plugin_class(qparser.BoostPlugin)
        parser.remove_plugin_class(qparser.WildcardPlugin)
        parser.add_plugin(qparser.PrefixPlugin())
        try:
            tree = parser.parse(join_amounts(text))
        except Exception as exc:  # whoosh raises assorted errors on odd syntax
            raise SearchError(f"cannot read the query {text!r}: {exc}") from None
        out = _Parsed(None, [], 0)
        expanded = _expand(tree, out)
        expanded = expanded.normalize() if expanded is not None else Q.NullQuery
        if expanded is Q.NullQuery:
            raise SearchError(f"the query {text!r} has only common words (stop words); add a more specific word")
        out.query = expanded
        words = [w for _, _, _, w in tokens(join_amounts(text))]
        if 1 < len(words) <= MAX_PROXIMITY_WORDS and not _has_operators(text) and not text.rstrip().endswith("*"):
            # words that stand together in a record rank above the same words scattered
            out.near = [search_key(w) for w in words]
        return out

    def _filter(self, f: Filters) -> Q.Query | None:
        parts: list[Q.Query] = []
        if f.type:
            parts.append(Q.Or([Q.Term("type", t, boost=0.0) for t in f.type]))
        if f.body:
            parts.append(_all_words("body", f.body))
        if f.municipality:
            parts.append(_all_words("municipality", f.municipality))
        if f.person:
            parts.append(_all_words("persons", f.person))
        if f.kind:
            parts.append(Q.Term("kind", f.kind.lower(), boost=0.0))
        if f.date_from or f.date_to:
            lo = _date_num(f.date_from.isoformat()) if f.date_from else None
            hi = _date_num(f.date_to.isoformat()) if f.date_to else None
            parts.append(DateRange(lo, hi, self._column))
        if f.action:
            parts.append(Q.Term("action", _action_key(f.action), boost=0.0))
        if f.result:
            parts.append(Q.Term("result", f.result, boost=0.0))
        if f.adopted is not None:
            parts.append(Q.Term("adopted", "yes" if f.adopted else "no", boost=0.0))
        if f.document_type:
            parts.append(Q.Term("document_type", f.document_type, boost=0.0))
        if f.doc_id:
            parts.append(Q.Term("doc_id", f.doc_id, boost=0.0))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Q.And(parts)

    # --- facets -----------------------------------------------------------------------------

    def _facets(self, s, full: Q.Query) -> tuple[int, dict[str, dict[str, int]]]:
        counts = {name: Counter() for name in FACETS}
        total = 0
        subs = s.subsearchers if s.subsearchers else [(s, 0)]
        for sub, _offset in subs:
            reader = sub.reader()
            cols = {name: self._column(reader, col) for name, col in _FACET_COLUMNS.items()}
            docs = list(full.docs(sub))
            total += len(docs)
            for name, col in cols.items():
                c = counts[name]
                for d in docs:
                    c[col[d]] += 1
        out: dict[str, dict[str, int]] = {}
        for name, c in counts.items():
            if name == "action":
                split: Counter = Counter()
                for joined, n in c.items():
                    for a in joined.split("|") if joined else ():
                        split[a] += n
                c = split
            out[name] = {k: n for k, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) if k}
        return total, out

    def _column(self, reader, field: str) -> list[Any]:
        seg = getattr(reader, "segment", None)
        if not callable(seg):  # not one segment: read it, don't cache
            return list(reader.column_reader(field, translate=True))
        key = (seg().segment_id(), field)
        col = self._columns.get(key)
        if col is None:
            col = list(reader.column_reader(field, translate=True))
            if len(self._columns) > 256:
                self._columns.clear()
            self._columns[key] = col
        return col


class DateRange(Q.Query):
    """Meeting date in [lo, hi] (YYYYMMDD ints, None = open), checked in the sortable date column.

    whoosh's NumericRange would read every id in the range (a year of an archive) before the
    intersection starts; this matcher jumps straight to the candidate a text query proposes."""

    def __init__(self, lo: int | None, hi: int | None, column_of):
        self.lo, self.hi, self._column_of = lo or 1, hi or 99_999_999, column_of
        self.boost = 0.0

    def __eq__(self, other):
        return type(self) is type(other) and (self.lo, self.hi) == (other.lo, other.hi)

    def __hash__(self):
        return hash((self.lo, self.hi))

    def __repr__(self):
        return f"DateRange({self.lo}, {self.hi})"

    def is_leaf(self):
        return True

    def estimate_size(self, ixreader):
        return ixreader.doc_count_all()

    def matcher(self, searcher, context=None):
        return _ColumnRangeMatcher(self._column_of(searcher.reader(), "date"), self.lo, self.hi)


class _ColumnRangeMatcher(ConstantScoreMatcher):
    def __init__(self, values: list[int], lo: int, hi: int):
        super().__init__(0.0)
        self._values, self._lo, self._hi = values, lo, hi
        self._i = 0
        self._find()

    def _find(self) -> None:
        values, lo, hi, i, n = self._values, self._lo, self._hi, self._i, len(self._values)
        while i < n and not (lo <= (values[i] or 0) <= hi):
            i += 1
        self._i = i

    def is_active(self):
        return self._i < len(self._values)

    def id(self):
        return self._i

    def next(self):
        if not self.is_active():
            raise ReadTooFar
        self._i += 1
        self._find()

    def skip_to(self, id):
        if id > self._i:
            self._i = id
            self._find()

    def reset(self):
        self._i = 0
        self._find()

    def all_ids(self):
        lo, hi = self._lo, self._hi
        return (i for i, v in enumerate(self._values) if lo <= (v or 0) <= hi)

    def copy(self):
        m = _ColumnRangeMatcher(self._values, self._lo, self._hi)
        m._i = self._i
        return m

    def supports_block_quality(self):
        return False

    def weight(self):
        return 0.0


_FACET_COLUMNS = {"body": "body_facet", "year": "year", "type": "type", "action": "action_facet"}


def _has_operators(text: str) -> bool:
    return any(op in text.split() for op in ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE")) or '"' in text


def _action_key(action: str) -> str:
    return " ".join(fold(action.lower()).split())


def _common_words(s, words: list[str]) -> set[str]:
    """Words whose key is in more than COMMON_SHARE of all records."""
    limit = COMMON_SHARE * max(1, s.doc_count())
    return {w for w in words if s.doc_frequency("text", search_key(w)) > limit}


def _word_query(word: str, boost: float = 1.0) -> Q.Query:
    q: Q.Query = Q.Term("text", search_key(word), boost=boost)
    if "/" in word:  # a resolution number: also the votes and tasks that refer to it
        q = Q.Or([q, Q.Term("ref", word, boost=REF_BOOST * boost)])
    return q


def _all_words(field: str, value: str) -> Q.Query:
    """Every word of ``value`` (any inflected form) in ``field``: the filter of --body/--person."""
    words = [w for _, _, _, w in tokens(value)]
    if not words:
        raise SearchError(f"the {field} filter {value!r} has no searchable word")
    subs = [Q.Term(field, search_key(w), boost=0.0) for w in words]
    return subs[0] if len(subs) == 1 else Q.And(subs)


@dataclass
class _Parsed:
    query: Q.Query | None
    boosts: list[tuple[Q.Query, float]]  # applied to the top hits only (see _rerank)
    words: int
    near: list[str] | None = None  # keys that earn PROXIMITY_BOOST when they stand together


def _expand(q: Q.Query, out: _Parsed) -> Q.Query | None:
    """Rewrite the parsed query over the one-field query schema into the index's fields."""
    if isinstance(q, Q.Term) and q.fieldname == "q":
        word = q.text
        if is_stop(word):
            return Q.NullQuery
        out.words += 1
        if not word.isascii():  # typed with diacritics: records spelled the same rank first
            out.boosts.append((Q.Term("exact", exact_key(word)), EXACT_BOOST * q.boost))
        return _word_query(word, q.boost)
    if isinstance(q, Q.Phrase) and q.fieldname == "q":
        words = [w for w in q.words if not is_stop(w)]
        if not words:
            return Q.NullQuery
        if len(words) == 1:
            return _expand(Q.Term("q", words[0], boost=q.boost), out)
        out.words += len(words)
        for w in words:
            if not w.isascii():
                out.boosts.append((Q.Term("exact", exact_key(w)), EXACT_BOOST * q.boost))
        # the words score as before (BM25 of each word); their order is checked by the pair
        # terms (zero boost): one rare term for two words, a sequence of them for more
        keys = [search_key(w) for w in words]
        pairs = [Q.Term("pairs", pair_term(a, b), boost=0.0) for a, b in zip(keys, keys[1:])]
        adjacent = pairs[0] if len(pairs) == 1 else Q.Sequence(pairs, slop=1, ordered=True, boost=0.0)
        return Q.And([*(Q.Term("text", k) for k in keys), adjacent], boost=q.boost)
    if isinstance(q, Q.Prefix) and q.fieldname == "q":
        out.words += 1
        return Q.Prefix("text", fold(q.text.lower()))
    if isinstance(q, (Q.compound.CompoundQuery, Q.Not)):
        return q.apply(lambda sub: _expand(sub, out) or Q.NullQuery)
    return q


def _rerank(s, ranked: list[tuple[int, float]], boosts: list[tuple[Q.Query, float]],
            near: list[str] | None, stored: "_Stored") -> list[tuple[int, float]]:
    """Add the optional boosts (exact diacritics, words standing together) to the top hits only.

    Scoring them over every match would read their posting lists in full; here each boost's
    matcher only skips to the few candidate documents, and proximity is checked in the
    candidates' stored text, so a query costs the same at 100 or 100,000 matches."""
    if not ranked:
        return ranked
    extra = dict.fromkeys((d for d, _ in ranked), 0.0)
    wanted = sorted(extra)
    if boosts:
        for sub, offset in s.leaf_searchers():
            end = offset + sub.doc_count_all()
            local = [d - offset for d in wanted if offset <= d < end]
            if not local:
                continue
            for bq, weight in boosts:
                try:
                    m = bq.matcher(sub, sub.context())
                except Exception:  # a boost is optional; a query it cannot run still has its hits
                    continue
                for d in local:
                    if not m.is_active():
                        break
                    if m.id() < d:
                        m.skip_to(d)
                        if not m.is_active():
                            break
                    if m.id() == d:
                        extra[d + offset] += weight * m.score()
    if near:
        for d in wanted:
            if _near(stored.searched(d), near):
                extra[d] += PROXIMITY_BOOST * len(near)
    out = [(d, score + extra[d]) for d, score in ranked]
    out.sort(key=lambda x: (-x[1], x[0]))
    return out


class _Stored:
    """Stored fields of the candidates of one query, read once (for proximity and for hits)."""

    def __init__(self, searcher):
        self._s = searcher
        self._docs: dict[int, dict[str, Any]] = {}

    def __call__(self, docnum: int) -> dict[str, Any]:
        d = self._docs.get(docnum)
        if d is None:
            d = self._docs[docnum] = self._s.stored_fields(docnum)
        return d

    def searched(self, docnum: int) -> str:
        """The record's searched text, as the ``text`` field indexed it (see :func:`_fields`)."""
        d = self(docnum)
        return "\n".join(x for x in (d["payload"].get("text") or "", d.get("more") or "") if x)


def _near(text: str, keys: list[str]) -> bool:
    """Whether all ``keys`` stand in ``text`` within a window of len(keys) + PROXIMITY_SLOP
    positions (positions counted as the index counts them: stop words removed)."""
    distinct = list(dict.fromkeys(keys))
    index = {k: i for i, k in enumerate(distinct)}
    plist = []
    for pos, _, _, word in tokens(text):
        ki = index.get(search_key(word))
        if ki is not None:
            plist.append((pos, ki))
    return _covers(plist, len(distinct), len(keys) + PROXIMITY_SLOP)


def _covers(plist: list[tuple[int, int]], n: int, window: int) -> bool:
    """Whether some span shorter than ``window`` positions holds all ``n`` distinct words."""
    counts: dict[int, int] = {}
    lo = 0
    for hi, (pos, k) in enumerate(plist):
        counts[k] = counts.get(k, 0) + 1
        while len(counts) == n:
            if pos - plist[lo][0] < window:
                return True
            kk = plist[lo][1]
            counts[kk] -= 1
            if not counts[kk]:
                del counts[kk]
            lo += 1
    return False


def _fields(r: IndexRecord) -> dict[str, Any]:
    year = (r.meeting_date or "")[:4]
    persons = list(r.persons)
    for name in r.persons:  # "Jiří Šolc" is also found as "J. Šolc"
        parts = name.split()
        if len(parts) > 1 and not parts[0].endswith("."):
            persons.append(" ".join([p[0] + "." for p in parts[:-1]] + parts[-1:]))
    payload = {
        "doc_id": r.doc_id, "type": r.type, "source": r.source, "sources": r.sources, "page": r.page,
        "meeting_date": r.meeting_date, "meeting_number": r.meeting_number, "body": r.body,
        "body_kind": r.body_kind, "municipality": r.municipality, "document_type": r.document_type,
        "number": r.number, "item": r.item, "actions": r.actions, "result": r.result,
        "adopted": r.adopted, "persons": r.persons, "role": r.role, "status": r.status,
        "deadline": r.deadline, "counts": r.counts, "text": r.text or "",
    }
    actions = [_action_key(a) for a in r.actions]
    # a vote's or task's resolution number is a weak reference: "12/2024/RM" ranks the
    # resolution itself first, the vote and the task after it
    own_number = r.number if r.type in ("resolution", "agenda") else None
    more = "\n".join(x for x in ("\n".join(persons), r.extra_text, own_number, r.role) if x)
    searched = "\n".join(x for x in (r.text, more) if x)
    values = dict(
        id=r.id, doc_id=r.doc_id, type=r.type, text=searched, pairs=searched, exact=searched,
        persons="\n".join(persons),
        ref=(r.number or "").lower() if own_number is None else "",
        body=r.body or "", municipality=r.municipality or "", body_facet=r.body or "",
        kind=r.body_kind or "", date=_date_num(r.meeting_date), year=year, document_type=r.document_type or "",
        action=",".join(actions), action_facet="|".join(sorted(set(r.actions))),
        result=r.result or "", adopted={True: "yes", False: "no"}.get(r.adopted, ""),
        payload=payload, more=more,
    )
    # an empty value would be indexed as an empty term (a posting that no query asks for)
    return {k: v for k, v in values.items() if v != ""}


def _prepared_values(p: PreparedDoc) -> Iterator[dict[str, Any]]:
    """``add_document`` values of a prepared document, with the sources the writer knows (every
    path of the bytes; the worker knew one)."""
    if p.engine != WhooshBackend.engine:
        raise ValueError(f"document {p.doc_id} was prepared for {p.engine or 'another engine'}, "
                         f"not {WhooshBackend.engine}")
    source = p.sources[0] if p.sources else None
    for values in p.records.unpack():
        if p.sources:
            values["payload"] = {**values["payload"], "source": source, "sources": list(p.sources)}
        yield values


def _date_num(date: str | None) -> int:
    """"2024-05-16" -> 20240516; no date -> 0 (sorts last, outside every range)."""
    try:
        return int((date or "")[:10].replace("-", ""))
    except ValueError:
        return 0


def _hit(stored: dict[str, Any], score: float, terms: set[str], analyzer) -> Hit:
    p = dict(stored["payload"])
    text = p.pop("text", "")
    snippet = ""
    if terms and text:
        try:
            snippet = highlight.highlight(text, terms, analyzer, _FRAGMENTER, _FORMATTER, top=2)
        except Exception:  # highlighting is a courtesy; never fail a search for it
            snippet = ""
    if not snippet:
        snippet = text[:SNIPPET_CHARS] + ("…" if len(text) > SNIPPET_CHARS else "")
    return Hit(id=stored["id"], text=text, snippet=snippet, score=round(score, 4), **p)


_FRAGMENTER = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=70)
_FORMATTER = MarkFormatter()
