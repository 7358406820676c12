"""PDF -> RawDocument with pdfplumber.  MINIMAL FIRST VERSION (the extract helper owns it)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Literal

import pdfplumber

from minutesparse.document import Line, Page, RawDocument
from minutesparse.errors import CorruptPdf, EmptyFile, FileMissing, NotAPdf

OcrMode = Literal["auto", "always", "never"]


def _load(source: str | Path | bytes) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray)):
        return bytes(source), "<bytes>"
    path = Path(source)
    if not path.exists():
        raise FileMissing(f"{path}: no such file", str(path))
    data = path.read_bytes()
    return data, str(path)


def read_pdf(source: str | Path | bytes, ocr: OcrMode = "auto") -> RawDocument:
    data, path = _load(source)
    if not data:
        raise EmptyFile(f"{path}: empty file (0 bytes)", path)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise NotAPdf(f"{path}: not a PDF (no %PDF header)", path)
    sha = hashlib.sha256(data).hexdigest()
    pages: list[Page] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for i, p in enumerate(pdf.pages, start=1):
                text = p.extract_text() or ""
                lines = [Line(text=t, page=i) for t in text.splitlines() if t.strip()]
                pages.append(Page(number=i, lines=lines, width=float(p.width), height=float(p.height)))
    except Exception as exc:  # pdfminer raises many types
        raise CorruptPdf(f"{path}: cannot read PDF ({type(exc).__name__}: {exc})", path) from exc
    return RawDocument(pages=pages, path=path, sha256=sha)
