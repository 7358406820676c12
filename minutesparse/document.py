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
    cells joined by single spaces).  ``size``/``bold`` describe the dominant font.
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
