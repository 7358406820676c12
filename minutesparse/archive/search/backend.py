"""The interface a search engine implements.  ``SearchIndex`` talks only to this protocol, so
another engine (tantivy, SQLite FTS5 …) can replace whoosh without touching any caller."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Protocol

from minutesparse.archive.search.models import Filters, IndexRecord, PreparedDoc, SearchResult


class Backend(Protocol):
    """An index of :class:`IndexRecord` s stored in one folder.

    Writes are atomic per call: readers see all of a call's changes or none of them, and are
    never blocked by a writer.  Only one writer at a time (a second one waits, then fails).
    """

    path: Path
    engine: str  # name and index version: what ``prepare`` made can only be added to the same

    def exists(self) -> bool:
        """Whether an index has been created in ``path``."""

    def prepare(self, records: list[IndexRecord]) -> Any:
        """The records in a picklable form that ``replace_documents`` adds cheaply (the costly
        part of indexing, e.g. text analysis, done ahead, possibly in another process)."""

    def replace_documents(self, doc_ids: list[str], records: list[IndexRecord],
                          prepared: list[PreparedDoc] = ()) -> None:
        """Delete every record of ``doc_ids``, add ``records`` and the records of ``prepared``
        (whose ``doc_id`` s are deleted too), in one commit."""

    def delete_documents(self, doc_ids: list[str]) -> None:
        """Delete every record of ``doc_ids``."""

    def replace_all(self, records: Iterable[IndexRecord | PreparedDoc]) -> int:
        """Replace the whole index by ``records`` (and the records of prepared documents;
        readers keep the old one until it is done); returns the number of records."""

    def search(self, query: str, filters: Filters) -> SearchResult:
        """Run a query (free text, "phrases", AND/OR/NOT) with filters."""

    def count(self) -> int:
        """Number of records in the index."""
