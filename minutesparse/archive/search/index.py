"""``SearchIndex``: the archive's search index, in ``<archive_dir>/index/``.

The archive keeps it in step with the store (``update`` after each committed batch, ``delete``
when documents go, ``rebuild`` from the store on ``minutesparse reindex``).  Readers are never
blocked by a writer and see a batch only once it is committed.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

from minutesparse.archive.search.backend import Backend
from minutesparse.archive.search.models import Filters, IndexDoc, IndexRecord, PreparedDoc, SearchResult
from minutesparse.archive.search.records import to_records

INDEX_DIR = "index"


def default_backend(path: Path) -> Backend:
    from minutesparse.archive.search.whoosh_backend import WhooshBackend

    return WhooshBackend(path)


_preparer: Backend | None = None


def prepare(doc: IndexDoc) -> PreparedDoc:
    """``SearchIndex.prepare`` for the default engine, without an index at hand (what an import
    worker calls; the writer's ``SearchIndex.update`` then only adds the postings)."""
    global _preparer
    if _preparer is None:
        _preparer = default_backend(Path(INDEX_DIR))  # preparing opens no index
    return _prepare(_preparer, doc)


#: fewest documents worth forking preparers for
PARALLEL_MIN = 64
_SHARED: tuple[Backend, list[IndexDoc]] | None = None


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _prepare_nth(i: int) -> PreparedDoc:
    backend, docs = _SHARED  # type: ignore[misc] - set before the fork
    return _prepare(backend, docs[i])


class _Preparers:
    """``jobs`` forked processes preparing ``docs`` (they inherit the list; only indices go to
    them, packed records come back); iterate for the prepared documents, in order."""

    def __init__(self, backend: Backend, docs: list[IndexDoc], jobs: int):
        self.backend, self.docs, self.jobs = backend, docs, jobs

    def __enter__(self) -> Iterator[PreparedDoc]:
        global _SHARED
        _SHARED = (self.backend, self.docs)
        self.pool = multiprocessing.get_context("fork").Pool(self.jobs)
        return self.pool.imap(_prepare_nth, range(len(self.docs)), chunksize=8)

    def __exit__(self, *exc) -> None:
        global _SHARED
        self.pool.terminate()
        self.pool.join()
        _SHARED = None


def _prepare(backend: Backend, doc: IndexDoc) -> PreparedDoc:
    return PreparedDoc(doc.doc_id, backend.prepare(to_records(doc)), list(doc.sources), engine=backend.engine)


class SearchIndex:
    """Search every record of an archive.

    >>> idx = SearchIndex(Path("minutes-archive"))
    >>> res = idx.search("dotace", type="resolution", **{"from": "2023-01-01"}, facets=True)
    >>> res.total, res.hits[0].snippet, res.facets["body"]
    """

    def __init__(self, archive_dir: Path | str, backend: Backend | None = None):
        self.archive_dir = Path(archive_dir)
        self.path = self.archive_dir / INDEX_DIR
        self.backend: Backend = backend or default_backend(self.path)

    def __repr__(self) -> str:
        return f"SearchIndex({str(self.archive_dir)!r})"

    def exists(self) -> bool:
        return self.backend.exists()

    def prepare(self, doc: IndexDoc) -> PreparedDoc:
        """The document's records analysed ahead (picklable): what an import worker hands the
        writer, so that ``update`` only adds postings.  Sources are set by the writer."""
        return _prepare(self.backend, doc)

    @property
    def engine(self) -> str:
        """The engine and index version (``PreparedDoc.engine`` must match to be added)."""
        return self.backend.engine

    def update(self, docs: list[IndexDoc | PreparedDoc]) -> None:
        """Replace all records of these documents (add them when new), in one commit."""
        if not docs:
            return
        plain = [d for d in docs if isinstance(d, IndexDoc)]
        prepared = [d for d in docs if isinstance(d, PreparedDoc)]
        for d in prepared:
            if d.engine != self.engine:
                raise ValueError(f"document {d.doc_id} was prepared for {d.engine or 'another engine'}, "
                                 f"not {self.engine}")
        records = [r for d in plain for r in to_records(d)]
        self.backend.replace_documents([d.doc_id for d in plain], records, prepared)

    def delete(self, doc_ids: list[str]) -> None:
        self.backend.delete_documents(list(doc_ids))

    def rebuild(self, docs: Iterable[IndexDoc], jobs: int | None = None) -> int:
        """Replace the whole index by these documents; returns the number of documents.
        Searches keep seeing the old index until the new one is committed.

        ``jobs`` processes (default: one per core) prepare the documents' records while this
        one writes them (Linux, from PARALLEL_MIN documents; ``jobs=1``: all in this process)."""
        if (jobs is None or jobs > 1) and "fork" in multiprocessing.get_all_start_methods():
            docs = list(docs)
            if len(docs) >= PARALLEL_MIN:
                with _Preparers(self.backend, docs, jobs or _cores()) as prepared:  # forked before
                    self.backend.replace_all(prepared)  # the index's write lock is taken here
                return len(docs)
        n = [0]

        def records() -> Iterator[IndexRecord]:
            for d in docs:
                n[0] += 1
                yield from to_records(d)

        self.backend.replace_all(records())
        return n[0]

    def count(self) -> int:
        """Number of records (all types) in the index."""
        return self.backend.count()

    def search(self, query: str = "", **filters: Any) -> SearchResult:
        """Search records.

        ``query``: words (any case form, with or without diacritics), "phrases", AND/OR/NOT,
        parentheses, prefix*.  ``filters``: type (one or a list of document, agenda, resolution,
        vote, task, person), body, kind, municipality, from / to (meeting date, YYYY-MM-DD;
        also date_from / date_to), action, result (passed/failed), adopted (bool), person,
        document_type, doc_id, sort (relevance/date), limit, offset, facets (bool).
        Raises :class:`SearchError` (one-line reason) for a bad query or filter.
        """
        return self.backend.search(query, Filters.parse(filters))
