"""TextDocument -> Minutes: the field parsers, run in order.

Each stage is a module with ``apply(doc: TextDocument, m: Minutes) -> None`` that fills
its own fields of ``m`` and records doubts with ``m.warn(code, message, page)``.
Read them in this order to follow a document from text to record.
"""

from __future__ import annotations

from minutesparse.document import TextDocument
from minutesparse.fields import (
    agenda,
    attendance,
    checks,
    classify,
    decisions,
    header,
    linking,
    signatures,
)
from minutesparse.schema import Minutes, Source
from minutesparse.version import __version__

STAGES = (classify, header, attendance, agenda, decisions, signatures, linking, checks)


def build_minutes(doc: TextDocument) -> Minutes:
    m = Minutes(
        parser_version=__version__,
        source=Source(path=doc.path, sha256=doc.sha256, pages=doc.page_count, ocr=doc.ocr),
    )
    for n in doc.notices:
        m.warn(n.code, n.message, n.page)
    for stage in STAGES:
        stage.apply(doc, m)
    return m
