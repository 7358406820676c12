"""Draw a held-out text as a PDF with the layout traits of real minutes (reportlab).

``expectations.text_to_pdf`` prints a text as plain wrapped lines.  Real minutes also carry page
furniture and tables, and that is where extraction goes wrong, so a case may ask for them in its
yaml under ``layout`` (the plain text stays what ``parse_text`` reads):

    layout:
      logo: "TJ\\nSOKOL"            # a bold logo cell left of the header table
      header: true                 # the text's first tab-separated line group is a boxed header table
      signatures: true             # its last tab-separated line group is side-by-side signature blocks
      running_header: "…"          # a small line (and rule) at the top of the pages
      running_header_from: 2       # … from this page on (default 1)
      footer: "Stránka {page} z {pages}"   # the page number at the bottom of every page
      labels: bold                 # "Přítomni:<tab>names" lines: a bold label, the value at a tab stop
      list_tabs: true              # "1.<tab>Title" lines: a Word numbered list (number, tab, hanging indent)

Every other group of consecutive lines holding a tab is drawn as a ruled table, one cell per tab
field (an attendance table, "Přítomni: | (19) …" label cells, a per-person vote table).  A form
feed starts a new page; long lines wrap at the margin; tables and blocks that do not fit move on.

Deterministic: the same text and layout give the same bytes (``invariant=1``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_FONTS = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
)
REGULAR, BOLD = "LayoutSans", "LayoutSans-Bold"

SIZE = 11.0            # body text
LEADING = SIZE * 1.35
CELL_SIZE = 10.0       # table cells
CELL_LEADING = CELL_SIZE * 1.3
PAD = 3.0              # cell padding


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    pair = next((p for p in _FONTS if Path(p[0]).exists() and Path(p[1]).exists()), None)
    if pair is None:
        raise RuntimeError("no TrueType font with Czech glyphs found for the layout PDF tests")
    pdfmetrics.registerFont(TTFont(REGULAR, pair[0]))
    pdfmetrics.registerFont(TTFont(BOLD, pair[1]))


# --------------------------------------------------------------------------- blocks


@dataclass
class Block:
    kind: str                               # "line" | "table" | "header" | "signatures" | "page" | "label" | "item"
    text: str = ""
    lead: str = ""                          # a label's or a list item's left part
    rows: list[list[str]] = field(default_factory=list)


_ITEM = re.compile(r"^\s*(\d{1,2}[.)]|[a-z]\))\t(.*)$")


def _special(raw: str, layout: dict[str, Any]) -> Block | None:
    """A Word numbered-list line or a bold label line, when the layout asks for them."""
    if layout.get("list_tabs"):
        m = _ITEM.match(raw)
        if m:
            return Block("item", text=m.group(2).strip(), lead=m.group(1))
    if layout.get("labels") == "bold":
        cells = raw.split("\t")
        if len(cells) == 2 and cells[0].strip().endswith(":"):
            return Block("label", text=cells[1].strip(), lead=cells[0].strip())
    return None


def _blocks(text: str, layout: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = []
    for page_no, page in enumerate(text.split("\f")):
        if page_no:
            blocks.append(Block("page"))
        rows: list[list[str]] = []
        for raw in page.rstrip("\n").split("\n"):
            line = raw.rstrip()
            special = _special(raw, layout)
            if special is not None:
                if rows:
                    blocks.append(Block("table", rows=rows))
                    rows = []
                blocks.append(special)
                continue
            if "\t" in raw:
                rows.append([c.strip() for c in raw.rstrip("\n").split("\t")])
                continue
            if rows:
                blocks.append(Block("table", rows=rows))
                rows = []
            blocks.append(Block("line", text=line))
        if rows:
            blocks.append(Block("table", rows=rows))
    tables = [b for b in blocks if b.kind == "table"]
    if layout.get("header") and tables:
        tables[0].kind = "header"
    if layout.get("signatures") and tables and tables[-1].kind == "table":
        tables[-1].kind = "signatures"
    return blocks


# --------------------------------------------------------------------------- drawing


class _Pages:
    """Lays blocks onto A4 pages as drawing operations, then renders them with furniture."""

    def __init__(self, layout: dict[str, Any]):
        from reportlab.lib.pagesizes import A4

        self.layout = layout
        self.width, self.height = A4
        self.left = 56.0
        self.right = self.width - 56.0
        self.top = self.height - (78.0 if layout.get("running_header") else 60.0)
        self.bottom = 70.0 if layout.get("footer") else 60.0
        self.pages: list[list[tuple]] = [[]]
        self.y = self.top

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def need(self, height: float) -> None:
        if self.y - height < self.bottom and self.y < self.top:
            self.new_page()

    def op(self, *args: Any) -> None:
        self.pages[-1].append(args)

    # ---- body lines
    def line(self, text: str) -> None:
        from reportlab.lib.utils import simpleSplit

        pieces = simpleSplit(text, REGULAR, SIZE, self.right - self.left) if text.strip() else [""]
        for piece in pieces:
            self.need(LEADING)
            self.op("text", REGULAR, SIZE, self.left, self.y - SIZE, piece)
            self.y -= LEADING

    def hanging(self, lead: str, text: str, lead_font: str, indent: float, lead_x: float = 0.0) -> None:
        """``lead`` at the margin (or ``lead_x`` in from it), ``text`` at a tab stop ``indent`` in,
        wrapped lines aligned under the text (a Word numbered list, a bold label)."""
        from reportlab.lib.utils import simpleSplit

        pieces = simpleSplit(text, REGULAR, SIZE, self.right - self.left - indent) if text.strip() else [""]
        for k, piece in enumerate(pieces):
            self.need(LEADING)
            if k == 0:
                self.op("text", lead_font, SIZE, self.left + lead_x, self.y - SIZE, lead)
            self.op("text", REGULAR, SIZE, self.left + indent, self.y - SIZE, piece)
            self.y -= LEADING

    # ---- tables
    def _widths(self, rows: list[list[str]], total: float, font: str, size: float) -> list[float]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        ncol = max(len(r) for r in rows)
        natural = [max((stringWidth(r[i], font, size) if i < len(r) else 0.0) for r in rows) + 2 * PAD + 2
                   for i in range(ncol)]
        natural = [max(w, 30.0) for w in natural]
        if sum(natural) <= total:
            extra = (total - sum(natural)) / ncol
            return [w + extra for w in natural]
        # shrink the widest columns first: every column keeps at least its share of a fair split
        fair = total / ncol
        small = [w for w in natural if w <= fair]
        rest = total - sum(small)
        wide = [w for w in natural if w > fair]
        scale = rest / sum(wide) if wide else 1.0
        return [w if w <= fair else w * scale for w in natural]

    def table(self, rows: list[list[str]], ruled: bool = True, lead: list[str] | None = None) -> None:
        from reportlab.lib.utils import simpleSplit

        total = self.right - self.left
        lead_width = 90.0 if lead else 0.0
        widths = self._widths(rows, total - lead_width, REGULAR, CELL_SIZE)
        wrapped = [[simpleSplit(r[i] if i < len(r) else "", REGULAR, CELL_SIZE, widths[i] - 2 * PAD) or [""]
                    for i in range(len(widths))] for r in rows]
        heights = [max(len(c) for c in row) * CELL_LEADING + 2 * PAD for row in wrapped]
        if lead:
            lead_height = len(lead) * 16.0 + 2 * PAD
            if sum(heights) < lead_height:
                heights[-1] += lead_height - sum(heights)
        self.need(sum(heights) if lead else heights[0])
        top = self.y
        if lead:
            self.op("rect", self.left, top - sum(heights), lead_width, sum(heights))
            for k, word in enumerate(lead):
                self.op("text", BOLD, 14.0, self.left + PAD + 2, top - PAD - 14.0 - 16.0 * k, word)
        for row, height in zip(wrapped, heights, strict=True):
            if self.y - height < self.bottom and not lead:
                self.new_page()
            x = self.left + lead_width
            for cell, width in zip(row, widths, strict=True):
                if ruled:
                    self.op("rect", x, self.y - height, width, height)
                for k, piece in enumerate(cell):
                    self.op("text", REGULAR, CELL_SIZE, x + PAD, self.y - PAD - CELL_SIZE - k * CELL_LEADING, piece)
                x += width
            self.y -= height
        self.y -= 6.0

    def signatures(self, rows: list[list[str]]) -> None:
        """Side-by-side signature blocks: columns of equal width, each line centred, no rules."""
        ncol = max(len(r) for r in rows)
        width = (self.right - self.left) / ncol
        self.need(len(rows) * CELL_LEADING + 24.0)
        self.y -= 24.0                                     # room for the handwritten signature
        for row in rows:
            for i in range(ncol):
                cell = row[i] if i < len(row) else ""
                if cell:
                    self.op("centred", REGULAR, CELL_SIZE, self.left + width * (i + 0.5), self.y - CELL_SIZE, cell)
            self.y -= CELL_LEADING

    # ---- output
    def render(self, path: Path) -> None:
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path), pagesize=(self.width, self.height), invariant=1)
        total = len(self.pages)
        running = self.layout.get("running_header")
        running_from = int(self.layout.get("running_header_from", 1))
        footer = self.layout.get("footer")
        for number, ops in enumerate(self.pages, start=1):
            if running and number >= running_from:
                c.setFont(REGULAR, 8.0)
                c.drawCentredString(self.width / 2, self.height - 40.0, running)
                c.setLineWidth(0.5)
                c.line(self.left, self.height - 45.0, self.right, self.height - 45.0)
            for op in ops:
                if op[0] == "text":
                    _, font, size, x, y, s = op
                    c.setFont(font, size)
                    c.drawString(x, y, s)
                elif op[0] == "centred":
                    _, font, size, x, y, s = op
                    c.setFont(font, size)
                    c.drawCentredString(x, y, s)
                elif op[0] == "rect":
                    _, x, y, w, h = op
                    c.setLineWidth(0.6)
                    c.rect(x, y, w, h, stroke=1, fill=0)
            if footer:
                c.setFont(REGULAR, 9.0)
                c.drawCentredString(self.width / 2, 36.0, footer.format(page=number, pages=total))
            c.showPage()
        c.save()


def layout_to_pdf(text: str, layout: dict[str, Any], path: Path) -> Path:
    """Draw ``text`` as an A4 PDF with the furniture and tables ``layout`` asks for."""
    _fonts()
    pages = _Pages(layout)
    logo = [w for w in str(layout.get("logo") or "").split("\n") if w]
    for block in _blocks(text, layout):
        if block.kind == "page":
            pages.new_page()
        elif block.kind == "line":
            pages.line(block.text)
        elif block.kind == "item":
            pages.hanging(block.lead, block.text, REGULAR, indent=36.0, lead_x=18.0)
        elif block.kind == "label":
            pages.hanging(block.lead, block.text, BOLD, indent=100.0)
        elif block.kind == "header":
            pages.table(block.rows, ruled=True, lead=logo or None)
        elif block.kind == "signatures":
            pages.signatures(block.rows)
        else:
            pages.table(block.rows, ruled=True)
    pages.render(path)
    return path
