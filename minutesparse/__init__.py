"""minutesparse: Czech meeting minutes (zápisy, usnesení) from PDF to structured records.

    >>> import minutesparse
    >>> m = minutesparse.parse("samples/smart_city_liberec.pdf")
    >>> m.meeting.date, [v.counts.yes for v in m.votes]

The public API is this module: ``parse``, ``parse_text``, ``Minutes`` (and the schema
models in ``minutesparse.schema``), ``Archive`` and the errors in ``minutesparse.errors``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from minutesparse.errors import MinutesparseError
from minutesparse.schema import Minutes
from minutesparse.version import __version__

if TYPE_CHECKING:
    from minutesparse.archive import Archive

__all__ = ["parse", "parse_text", "Minutes", "Archive", "MinutesparseError", "__version__"]


def parse(source: str | Path | bytes, *, ocr: Literal["auto", "always", "never"] = "auto") -> Minutes:
    """Parse a PDF (a path or its bytes) into a :class:`Minutes` record.

    Raises :class:`minutesparse.errors.InputError` (one-line reason) when the file is
    missing, empty, not a PDF, corrupt or needs a password to open.
    """
    from minutesparse.extract import read_pdf, to_text_document
    from minutesparse.fields.pipeline import build_minutes

    raw = read_pdf(source, ocr=ocr)
    return build_minutes(to_text_document(raw))


def parse_text(text: str, *, path: str = "<text>") -> Minutes:
    """Parse plain text (pages separated by form feeds) into a :class:`Minutes` record."""
    from minutesparse.extract import text_to_document
    from minutesparse.fields.pipeline import build_minutes

    return build_minutes(text_to_document(text, path=path))


def __getattr__(name: str) -> Any:  # lazy: importing the parser never loads the archive
    if name == "Archive":
        from minutesparse.archive import Archive

        return Archive
    raise AttributeError(name)
