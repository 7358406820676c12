"""PDF -> RawDocument: lines per page from pdfplumber, ruled tables, OCR where needed.

Per page, one read of ``page.chars`` feeds everything (``lines.rows_from_chars``); the
table finder runs only on ruled pages (``tables.has_ruling``).  OCR (``ocr.py``) is used

- ``ocr="auto"``: for pages without a text layer that show something (an image, vector
  outlines), and for pages whose text layer is garbled (``garble.py``), when tesseract
  with Czech data is installed;
- ``ocr="always"``: for every page;  ``ocr="never"``: never.

Whatever happens is reported as a Notice: ``ocr_used`` (which pages, mean confidence),
``scanned_no_text`` (image-only pages left unread), ``garbled_text_layer``,
``ocr_failed``, ``ocr_unavailable``, ``page_unreadable``, ``rotated_text``.  Pages with a good text layer never pay for OCR.
OCR'd lines get their label words, item numbers and stray rules repaired (``ocr_fix.py``).
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from minutesparse.document import Line, Notice, Page, RawDocument
from minutesparse.extract import ocr as ocr_mod
from minutesparse.extract.garble import garble_score
from minutesparse.extract.ocr_fix import repair_lines
from minutesparse.extract.lines import direction, order_rows, rows_from_chars, rows_from_ocr_lines, to_upright
from minutesparse.extract.source import load_bytes, open_pdf
from minutesparse.extract.tables import extract_tables

OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[str, ...] = ("auto", "always", "never")
MIN_TEXT_CHARS = 20  # fewer visible chars than this and the page counts as having no text layer
SIDEWAYS_SHARE = 0.25  # text in a second direction worth a notice (a margin stamp is less)
MIN_OUTLINE_CURVES = 50  # text drawn as vector outlines shows up as many curves

log = logging.getLogger(__name__)


def read_pdf(source: str | Path | bytes, ocr: OcrMode = "auto") -> RawDocument:
    """Read a PDF (path or bytes) into pages of Lines.

    Raises ``errors.InputError`` subclasses (one-line reason with the path) when the
    input is missing, empty, not a PDF, damaged, truncated or needs a password.
    """
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}")
    data, path = load_bytes(source)
    pdf = open_pdf(data, path)
    doc = RawDocument(pages=[], path=path, sha256=hashlib.sha256(data).hexdigest())
    want_ocr: list[int] = []  # 0-based page indexes
    scanned: list[int] = []
    garbled: dict[int, str] = {}
    unreadable: list[int] = []
    damage = ""
    sideways: list[int] = []  # much text runs in a second direction (a sideways table, a stamp)
    try:
        for index, plumber_page in enumerate(pdf.pages):
            number = index + 1
            page = Page(number=number, width=float(plumber_page.width), height=float(plumber_page.height))
            try:
                layer = _text_layer(plumber_page, number)
            except Exception as exc:  # pdfminer raises many types on a damaged page
                log.debug("page %s unreadable: %s", number, exc)
                unreadable.append(number)
                damage = f"{type(exc).__name__}: {exc}"[:120]
                layer = _Layer([])
            finally:
                plumber_page.close()
            page.lines = layer.lines
            visible, drawn = layer.visible, layer.drawn
            if layer.turned:  # positions are in the turned frame: so is the page size
                page.width, page.height = page.height, page.width
            # a few stray chars (a stamp, a page number) on a picture do not make a text layer
            page.has_text_layer = visible >= MIN_TEXT_CHARS or (visible > 0 and not drawn)
            if layer.other_way >= max(MIN_TEXT_CHARS, SIDEWAYS_SHARE * visible):
                sideways.append(number)
            if not page.has_text_layer:
                if drawn:  # an image (or outlines) without text: a scan; a blank page is nothing
                    scanned.append(index)
                    if ocr != "never":
                        want_ocr.append(index)
            else:
                score = garble_score(" ".join(ln.text for ln in page.lines))
                if score.garbled:
                    garbled[index] = score.describe()
                    if ocr != "never":
                        want_ocr.append(index)
                elif ocr == "always":
                    want_ocr.append(index)
            doc.pages.append(page)
    finally:
        pdf.close()
    if unreadable and len(unreadable) == len(doc.pages):
        from minutesparse.errors import CorruptPdf

        raise CorruptPdf(f"{path}: damaged PDF (no page can be read)", path)
    if unreadable:
        doc.notices.append(Notice("page_unreadable", f"page(s) {_pages(unreadable, 0)} could not be read "
                                  f"(damaged content: {damage}); they are left empty", unreadable[0]))
    if sideways:
        doc.notices.append(Notice("rotated_text", f"page(s) {_pages(sideways, 0)}: part of the text runs in "
                                  "another direction than the rest and was not read", sideways[0]))
    for index, why in garbled.items():
        doc.notices.append(Notice("garbled_text_layer", f"page {index + 1}: the text layer looks garbled ({why})",
                                  index + 1))
    ocr_done = _run_ocr(doc, data, sorted(set(want_ocr)), garbled) if want_ocr else []
    left = [i for i in scanned if i not in ocr_done]
    if left:
        if ocr == "never":
            why = "OCR is off (--ocr never)"
        else:
            why = ocr_mod.unavailable_reason() or "OCR failed"
        doc.notices.append(Notice("scanned_no_text", f"page(s) {_pages(left)} are images without a text layer "
                                  f"and were not read: {why}", left[0] + 1))
    return doc


@dataclass(slots=True)
class _Layer:
    lines: list[Line]
    visible: int = 0  # visible (non-space) chars
    drawn: bool = False  # the page shows an image or vector outlines
    other_way: int = 0  # visible chars running in another direction than the main text
    turned: bool = False  # the text was read in a frame turned by 90 degrees


def _text_layer(page: Any, number: int) -> _Layer:
    """One page's text layer as Lines, read in the direction most of its text runs."""
    chars = page.chars
    visible = [c for c in chars if not c["text"].isspace()]
    ways = Counter(direction(c) for c in visible)
    way = ways.most_common(1)[0][0] if ways else "right"
    if way == "right":
        rows = extract_tables(page, rows_from_chars(chars), number)
    else:  # a page shown rotated (/Rotate, or a landscape table): read it in its own frame
        rows = rows_from_chars(to_upright(chars, way, float(page.width), float(page.height)))
    drawn = bool(page.images) or len(page.curves) >= MIN_OUTLINE_CURVES
    return _Layer(order_rows(rows, number), len(visible), drawn, len(visible) - ways[way], way in ("down", "up"))


def _run_ocr(doc: RawDocument, data: bytes, indexes: list[int], garbled: dict[int, str]) -> list[int]:
    """OCR the given pages in place; returns the indexes that were OCR'd."""
    reason = ocr_mod.unavailable_reason()
    if reason:
        if any(i not in garbled and doc.pages[i].has_text_layer for i in indexes):
            doc.notices.append(Notice("ocr_unavailable", f"OCR was requested but {reason}", None))
        return []
    import pypdfium2

    done: list[int] = []
    confidences: list[float] = []
    failed: list[str] = []
    pdf = pypdfium2.PdfDocument(data)
    try:
        for index in indexes:
            page = doc.pages[index]
            try:
                image, pt_per_px = ocr_mod.render_page(pdf, index)
                result = ocr_mod.ocr_image(image, pt_per_px)
            except Exception as exc:  # rendering or tesseract trouble: keep what we have
                failed.append(f"page {index + 1}: {exc}")
                continue
            lines = repair_lines(order_rows(rows_from_ocr_lines(result.lines), page.number))
            if index in garbled:
                before = garble_score(" ".join(ln.text for ln in page.lines)).score
                after = garble_score(" ".join(ln.text for ln in lines)).score
                if after >= before:  # OCR reads no better than the layer it would replace
                    continue
            page.lines = lines
            page.ocr = True
            done.append(index)
            confidences.append(result.confidence)
    finally:
        pdf.close()
    if done:
        doc.ocr = True
        mean = sum(confidences) / len(confidences)
        doc.notices.append(Notice("ocr_used", f"page(s) {_pages(done)} read by OCR (tesseract, Czech; "
                                  f"mean word confidence {mean:.0f}%): check names and numbers",
                                  done[0] + 1 if len(done) == 1 else None))
    for msg in failed:
        doc.notices.append(Notice("ocr_failed", f"OCR failed on {msg}", None))
    return done


def _pages(indexes: list[int], base: int = 1) -> str:
    """[0, 1, 2, 4] -> '1-3, 5' (0-based indexes with base=1; page numbers with base=0)."""
    nums = sorted(i + base for i in indexes)
    spans: list[str] = []
    start = prev = nums[0]
    for n in nums[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        spans.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(spans)


def page_texts(source: str | Path | bytes) -> Iterator[tuple[int, str]]:
    """(page number, text-layer text) for every page, without OCR (for diagnostics)."""
    data, path = load_bytes(source)
    pdf = open_pdf(data, path)
    try:
        for index, page in enumerate(pdf.pages):
            layer = _text_layer(page, index + 1)
            page.close()
            yield index + 1, "\n".join(ln.text for ln in layer.lines)
    finally:
        pdf.close()
