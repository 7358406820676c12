"""RawDocument -> TextDocument.  MINIMAL FIRST VERSION (the extract helper owns it)."""

from __future__ import annotations

import hashlib

from minutesparse.document import Line, RawDocument, TextDocument


def to_text_document(raw: RawDocument) -> TextDocument:
    lines = [line for page in raw.pages for line in page.lines]
    return TextDocument(lines=lines, page_count=len(raw.pages), path=raw.path, sha256=raw.sha256,
                        ocr=raw.ocr, notices=list(raw.notices))


def text_to_document(text: str, path: str = "<text>") -> TextDocument:
    pages = text.split("\f")
    lines = [Line(text=t.rstrip(), page=i) for i, pg in enumerate(pages, start=1) for t in pg.splitlines() if t.strip()]
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return TextDocument(lines=lines, page_count=len(pages), path=path, sha256=sha)
