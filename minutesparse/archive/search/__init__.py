"""Search every record of an archive, the way Czech users type.

Public: :class:`SearchIndex` (``update``, ``delete``, ``rebuild``, ``search``), :class:`IndexDoc`
(what the archive hands in), :class:`SearchResult` and :class:`Hit` (what comes out),
:class:`SearchError` (a one-line reason for a bad query or filter), :func:`prepare` (a document's
records analysed ahead, in an import worker, as a :class:`PreparedDoc`).

Modules: ``analysis`` (the Czech analysis chain), ``records`` (a document -> its records),
``models`` (typed values), ``backend`` (the engine interface), ``whoosh_backend`` and
``whoosh_schema`` (the whoosh engine), ``index`` (SearchIndex).
"""

from __future__ import annotations

from minutesparse.archive.search.index import SearchIndex, prepare
from minutesparse.archive.search.models import Filters, Hit, IndexDoc, PreparedDoc, SearchError, SearchResult

__all__ = ["SearchIndex", "prepare", "IndexDoc", "PreparedDoc", "SearchResult", "Hit", "Filters", "SearchError"]
