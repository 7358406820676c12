"""Keeping the search index in step with the store.

The store is the source of truth.  A document is written to SQLite first (``indexed=0``),
then handed to ``SearchIndex.update`` and marked ``indexed=1``.  A crash between the two
leaves ``indexed=0`` rows that the next import (or ``Archive.reindex``) indexes first,
so the index heals itself.  Until the search package exists, indexing is skipped.

The costly part of indexing (turning a document into records and analysing their text) runs
in the import workers (:func:`prepare_doc`), in parallel; the single writer only adds the
prepared postings.  A document without a prepared form (healing, reindex, another engine) is
analysed by the writer as before.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

from minutesparse.archive.store import Store
from minutesparse.schema import Minutes


def prepare_doc(doc_id: str, data: dict, sources: list[str]) -> Any | None:
    """In an import worker: the document's search records analysed ahead (a picklable
    ``PreparedDoc``), or None when there is no search package."""
    mod = search_module()
    if mod is None:
        return None
    return mod.prepare(mod.IndexDoc(doc_id=doc_id, minutes=Minutes.model_validate(data), sources=sources))


def search_module() -> Any | None:
    try:
        from minutesparse.archive import search
    except ImportError:
        return None
    return search if all(hasattr(search, n) for n in ("SearchIndex", "IndexDoc", "prepare")) else None


class IndexSync:
    """Batches committed documents into ``SearchIndex.update`` calls.

    Each update is a whoosh commit that writes a new segment, and most of its cost is per
    distinct term, so large batches are cheaper per document (writer CPU per realistic document,
    measured: 8.5 ms in batches of 16-32, 7.5 ms of 64, 6.8 ms of 128; batches of 8 cost 14 ms
    as small segments keep being merged).  Large batches while the workers are busy; once the
    importer has nothing left to hand out (``draining``) small ones, so that little indexing is
    left to do after the last file is parsed.
    """

    def __init__(self, archive_dir: Path, store: Store, batch: int = 128, max_delay: float = 10.0,
                 tail_batch: int = 16):
        self.store = store
        self.batch = batch
        self.tail_batch = tail_batch
        self.draining = False  # set by the importer when every remaining file is being parsed
        self.max_delay = max_delay  # seconds a committed document may wait for the index
        self._since = 0.0
        self._mod = search_module()
        self.index = self._mod.SearchIndex(Path(archive_dir)) if self._mod else None
        self._pending: list[tuple[str, dict, list[str], Any]] = []

    @property
    def enabled(self) -> bool:
        return self.index is not None

    def index_doc(self, doc_id: str, data: dict, sources: list[str]) -> Any:
        return self._mod.IndexDoc(doc_id=doc_id, minutes=Minutes.model_validate(data), sources=sources)

    def add(self, doc_id: str, data: dict, sources: list[str], prepared: Any = None) -> None:
        """Queue a committed document; ``prepared`` is its ``PreparedDoc`` from the worker
        (used when it was made for this index's engine, ignored otherwise)."""
        if not self.enabled:
            return
        if not self._pending:
            self._since = time.monotonic()
        if prepared is not None and (getattr(prepared, "engine", None) != self.index.engine
                                     or prepared.doc_id != doc_id):
            prepared = None
        self._pending.append((doc_id, data, sources, prepared))
        batch = self.tail_batch if self.draining else self.batch
        if len(self._pending) >= batch or time.monotonic() - self._since > self.max_delay:
            self.flush()

    def flush(self) -> None:
        if not self.enabled or not self._pending:
            return
        batch, self._pending = self._pending, []
        docs = []
        for doc_id, data, sources, prepared in batch:
            if prepared is not None:
                prepared.sources = list(sources)  # every path of these bytes (the worker saw one)
                docs.append(prepared)
            else:
                docs.append(self.index_doc(doc_id, data, sources))
        self.index.update(docs)
        self.store.mark_indexed([item[0] for item in batch])

    def delete(self, doc_ids: list[str]) -> None:
        if self.enabled and doc_ids:
            self.index.delete(doc_ids)

    def healthy(self) -> bool:
        """The index exists and opens (a kill during its creation can leave one that does not)."""
        try:
            if not self.index.exists():
                return False
            self.index.count()
        except Exception:  # noqa: BLE001 - any failure to open means: rebuild from the store
            return False
        return True

    def heal(self) -> int:
        """Index every stored document still marked ``indexed=0`` (all of them when the index
        is missing or does not open); returns how many."""
        if not self.enabled:
            return 0
        if not self.healthy():
            self.store.mark_all_unindexed()
        n = 0
        for doc_id, data, sources in stored_docs(self.store, "indexed = 0"):
            self.add(doc_id, data, sources)
            n += 1
        self.flush()
        return n

    def rebuild(self) -> int:
        if not self.enabled:
            raise RuntimeError("the search index is not available in this installation")
        docs = [self.index_doc(*item) for item in stored_docs(self.store)]
        n = self.index.rebuild(docs)
        self.store.mark_indexed([d.doc_id for d in docs])
        return n


def stored_docs(store: Store, where: str = "1") -> Iterator[tuple[str, dict, list[str]]]:
    rows: Iterable = list(store.iter_documents(where))
    for row in rows:
        yield row["doc_id"], json.loads(row["json"]), store.source_paths(row["id"])
