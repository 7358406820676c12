"""The archive: an SQLite record store plus a search index, filled by bulk import.

    >>> from minutesparse import Archive
    >>> a = Archive("minutes-archive")
    >>> report = a.import_paths(["~/archiv/zapisy"], jobs=2)
    >>> a.stats()["documents"], a.failures()[:1]
    >>> a.records("resolutions", body="rada", date_from="2024-01-01")
    >>> a.export("votes", "popolo", "votes.json")

Layout of an archive folder: ``archive.sqlite`` (the store, see ``migrations.py`` for its
tables and views), ``import.lock`` (held while an import writes) and the search index
(``minutesparse.archive.search``).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import IO, Any, Callable, Iterable

from minutesparse.archive import export as _export
from minutesparse.archive import query
from minutesparse.archive.importer import DEFAULT_TIMEOUT, ImportReport, Progress
from minutesparse.archive.lock import ArchiveBusy
from minutesparse.archive.query import RecordNotFound
from minutesparse.archive.store import DB_NAME, Store

__all__ = ["Archive", "ArchiveBusy", "ArchiveMissing", "ImportReport", "Progress", "RecordNotFound",
           "default_archive_dir"]

ENV_VAR = "MINUTESPARSE_ARCHIVE"


class ArchiveMissing(FileNotFoundError):
    """The archive folder holds no store yet."""


def default_archive_dir() -> Path:
    """``$MINUTESPARSE_ARCHIVE`` or ``./minutes-archive``."""
    return Path(os.environ.get(ENV_VAR) or "minutes-archive")


class Archive:
    """A folder holding the record store and the search index."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path).expanduser() if path is not None else default_archive_dir()

    def __repr__(self) -> str:
        return f"Archive({str(self.path)!r})"

    @property
    def exists(self) -> bool:
        return (self.path / DB_NAME).exists()

    def _store(self) -> Store:
        if not self.exists:
            raise ArchiveMissing(f"no archive at {self.path} (import something first: minutesparse import PATH "
                                 f"--archive {self.path})")
        return Store(self.path)

    # ------------------------------------------------------------------ writing
    def import_paths(self, paths: Iterable[str | Path], jobs: int | None = None, ocr: str = "auto",
                     reparse: bool = False, progress: Callable[[Progress], None] | None = None,
                     timeout: float = DEFAULT_TIMEOUT) -> ImportReport:
        """Import PDFs (files or folders, walked recursively).  Raises :class:`ArchiveBusy`
        when another import is running, ``FileNotFoundError`` for a missing path; a bad
        file never raises (it is recorded in :meth:`failures`)."""
        from minutesparse.archive.importer import Importer

        paths = [Path(p).expanduser() for p in paths]
        return Importer(self.path, jobs=jobs, ocr=ocr, reparse=reparse, timeout=timeout,
                        progress=progress).run(paths)

    def reindex(self) -> int:
        """Rebuild the search index from the store's JSON; returns the number of documents."""
        from minutesparse.archive.indexing import IndexSync
        from minutesparse.archive.lock import ImportLock

        with ImportLock(self.path):
            store = self._store()
            try:
                return IndexSync(self.path, store).rebuild()
            finally:
                store.close()

    # ------------------------------------------------------------------ reading
    def get(self, rid: str) -> dict[str, Any]:
        """A document id (or a unique prefix of it) or a record id ``<doc_id>:<type>:<n>``.

        Returns ``{"id", "type", "doc_id", "sources", "body", "meeting_date", …, "record"}``
        where ``record`` is the Minutes JSON (or the one agenda item/vote/… of it)."""
        store = self._store()
        try:
            return query.get(store, rid)
        finally:
            store.close()

    def minutes(self, doc_id: str):
        """The stored document as a :class:`minutesparse.schema.Minutes` model."""
        from minutesparse.schema import Minutes

        return Minutes.model_validate(self.get(doc_id.split(":")[0])["record"])

    def records(self, what: str = "documents", **filters: Any) -> list[dict[str, Any]]:
        """Flat rows of documents|resolutions|votes|tasks|attendance|agenda.

        Filters: ``body``, ``municipality`` (substring, case and diacritics ignored),
        ``kind``, ``document_type``, ``date_from``, ``date_to`` (meeting date, YYYY-MM-DD)."""
        store = self._store()
        try:
            return query.records(store, what, **filters)
        finally:
            store.close()

    def export(self, what: str, fmt: str, out: str | Path | IO[str] | None = None, **filters: Any) -> int | str:
        """Write ``what`` as jsonl|csv|json|popolo to ``out`` (a path or a text stream).
        Returns the number of records written, or the text itself when ``out`` is None."""
        store = self._store()
        try:
            rows = _export.rows_for(store, what, fmt, **filters)
        finally:
            store.close()
        if out is None:
            buf = io.StringIO()
            _export.write(rows, fmt, buf)
            return buf.getvalue()
        if isinstance(out, (str, Path)):
            if str(out) == "-":
                _export.write(rows, fmt, sys.stdout)
            else:
                with open(out, "w", encoding="utf-8", newline="") as fh:
                    _export.write(rows, fmt, fh)
        else:
            _export.write(rows, fmt, out)
        return len(rows)

    def failures(self) -> list[dict[str, Any]]:
        """Every file that could not be imported: ``path``, ``reason``, ``message``, ``sha256``, ``time``."""
        store = self._store()
        try:
            return query.failures(store)
        finally:
            store.close()

    def stats(self) -> dict[str, Any]:
        """``documents`` (distinct), ``sources``, ``failures``, counts by type, body, kind, year …"""
        store = self._store()
        try:
            return query.stats(store)
        finally:
            store.close()

    def search(self, q: str, **filters: Any) -> Any:
        """Search records; delegates to ``minutesparse.archive.search.SearchIndex``."""
        from minutesparse.archive.indexing import search_module

        mod = search_module()
        if mod is None:
            raise RuntimeError("search is not available in this installation")
        if not self.exists:
            raise ArchiveMissing(f"no archive at {self.path}")
        return mod.SearchIndex(self.path).search(q, **filters)
