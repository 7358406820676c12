"""Identifiers of archive records, shared by the store, exports and the search index.

- a document:  ``doc_id(sha256)`` = the first 16 hex digits of the file's SHA-256
- a record of a document: ``"<doc_id>:<type>:<index>"`` where type is one of RECORD_TYPES
  and index is the position in the Minutes list (agenda, resolutions, votes, tasks) or, for
  people, in ``present + guests + excused + absent`` (in that order).
"""

from __future__ import annotations

RECORD_TYPES = ("agenda", "resolution", "vote", "task", "person")


def doc_id(sha256: str) -> str:
    return sha256[:16]


def record_id(document: str, rtype: str, index: int) -> str:
    if rtype not in RECORD_TYPES:
        raise ValueError(f"unknown record type {rtype!r}; expected one of {', '.join(RECORD_TYPES)}")
    return f"{document}:{rtype}:{index}"


def split_id(rid: str) -> tuple[str, str | None, int | None]:
    """``"ab12:vote:3"`` -> ``("ab12", "vote", 3)``; ``"ab12"`` -> ``("ab12", None, None)``."""
    parts = rid.split(":")
    if len(parts) == 1:
        return parts[0], None, None
    if len(parts) != 3 or parts[1] not in RECORD_TYPES or not parts[2].isdigit():
        raise ValueError(f"not a record id: {rid!r} (expected <doc_id> or <doc_id>:<type>:<n>)")
    return parts[0], parts[1], int(parts[2])
