"""Stage 'checks' (placeholder: filled in by its owner)."""

from __future__ import annotations

from minutesparse.document import TextDocument
from minutesparse.schema import Minutes


def apply(doc: TextDocument, m: Minutes) -> None:
    return None
