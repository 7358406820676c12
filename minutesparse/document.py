"""Typed objects handed from one pipeline stage to the next.

extract (PDF -> RawDocument) -> layout (RawDocument -> TextDocument: furniture removed,
hyphenation joined, pages stitched) -> segment/fields (TextDocument -> Minutes).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Line:
    """One line of text in reading order.

    ``cells`` is set when the line is a row of a ruled table (then ``text`` is the
    non-empty cells joined by single spaces; an empty or spanned cell is "").
    ``size``/``bold`` describe the dominant font (by character count).  Positions are
    PDF points from the page's top-left corner (OCR'd pages too; 0 for plain text,
    where ``top`` is the line's rank on its page).

    What extraction already did to ``text``: superscripts/subscripts are Unicode
    ("m²", footnote "¹"); letter-spaced headings are closed up ("Z á p i s" -> "Zápis");
    symbol-font bullets read "•"; a list marker or a "Label:" tabbed away from its text
    stays on its line.  Two blocks side by side on one baseline (two signatures) are
    two Lines with the same ``top``; stacked side-by-side blocks (a name over a role,
    twice) come column by column.
    """

    text: str
    page: int
    top: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    bold: bool = False
    cells: list[str] | None = None
    table: int | None = None  # index of the table on its page, when a table row

    @property
    def is_table_row(self) -> bool:
        return self.cells is not None


@dataclass(slots=True)
class Page:
    """One page as read: ``ocr`` when its lines come from tesseract; ``has_text_layer``
    False for a page that shows a picture but (almost) no text (a scan)."""

    number: int  # 1-based
    lines: list[Line] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0
    ocr: bool = False
    has_text_layer: bool = True


@dataclass(slots=True)
class Notice:
    """A warning raised by a stage before a Minutes object exists."""

    code: str
    message: str
    page: int | None = None


@dataclass(slots=True)
class RawDocument:
    pages: list[Page]
    path: str = "<bytes>"
    sha256: str = ""
    ocr: bool = False
    notices: list[Notice] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return len(self.pages)


@dataclass(slots=True)
class TextDocument:
    """Content lines of the whole document in reading order, furniture removed."""

    lines: list[Line]
    page_count: int
    path: str = "<text>"
    sha256: str = ""
    ocr: bool = False
    notices: list[Notice] = field(default_factory=list)
    furniture: list[Line] = field(default_factory=list)  # what layout removed (headers, footers, page numbers)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
