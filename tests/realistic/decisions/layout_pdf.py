"""Draw a held-out decisions text as a PDF with the traits of real minutes.

``text_to_pdf`` in ``tests/realistic/expectations.py`` prints a text line by line.  Real
minutes have more layout than that, and the parser must read it through pdfplumber:

- rows written ``| a | b | c |`` become a ruled table (vote tables, control tables, the two
  columns of a council-software export), each cell wrapped inside its column;
- a line whose two halves are separated by a wide gap (six spaces or more) becomes a
  two-column block (signatures side by side), consecutive such lines one block;
- a form feed starts a new page (a page break inside a resolution);
- every page gets a running header and a footer with the page number, from the case's
  ``pdf:`` entry (``{page}`` and ``{pages}`` are filled in; two passes count the pages).

Word-like traits (what documents exported from a word processor show):

- a line with a tab becomes a row of a borderless table at tab stops; consecutive such lines
  one table; a left cell ending with ":" is a bold label ("Předsedající:<tab>Ing. …"), so label
  columns, two-column header tables and "Zodpovídá: …<tab>Termín: …" pairs come out as Word
  draws them;
- a line "1.<tab>text" (or "a)<tab>", "II.<tab>") is a numbered list item: the number at the
  margin, the text at a hanging indent;
- ``bold:`` in the layout lists regular expressions; a line matching one is set in bold;
- ``repeat_header: true`` repeats a ruled table's first row on every page it runs onto.

The text file itself stays the plain text the text-mode test reads: pipes and wide gaps
are also what a text export of such a document shows.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

_GAP = re.compile(r"\S(\s{6,})\S")
_NUMBERED = re.compile(r"^\s*((?:\d+|[IVX]+|[a-z])[.)]\)?)\t(.+)$")


def _font() -> str:
    import expectations as meeting_ex  # tests/realistic, on sys.path in the tests and the report script

    return meeting_ex._font()


def _bold_font() -> str:
    """The bold face of the test font (DejaVu Sans Bold / Liberation Sans Bold), or the regular one."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "HeldOutSansBold"
    if name not in pdfmetrics.getRegisteredFontNames():
        candidates = ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
                      "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
                      "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
        path = next((f for f in candidates if Path(f).exists()), None)
        if path is None:
            return _font()
        pdfmetrics.registerFont(TTFont(name, path))
    return name


def _blocks(text: str) -> list[tuple[str, Any]]:
    """The text as ("table", rows) / ("tabbed", rows) / ("numbered", (number, text)) /
    ("columns", [(left, right)]) / ("line", text) / ("blank", None) / ("page", None) blocks, in order."""
    out: list[tuple[str, Any]] = []
    for page_no, page in enumerate(text.split("\f")):
        if page_no:
            out.append(("page", None))
        for raw in page.split("\n"):
            line = raw.rstrip()
            s = line.strip()
            if s.startswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                if out and out[-1][0] == "table":
                    out[-1][1].append(cells)
                else:
                    out.append(("table", [cells]))
                continue
            numbered = _NUMBERED.match(line)
            if numbered:
                out.append(("numbered", (numbered.group(1), numbered.group(2).strip())))
                continue
            if "\t" in s:
                cells = [c.strip() for c in s.split("\t")]
                if out and out[-1][0] == "tabbed":
                    out[-1][1].append(cells)
                else:
                    out.append(("tabbed", [cells]))
                continue
            gap = _GAP.search(line)
            if gap:
                pair = (line[: gap.start(1)].strip(), line[gap.end(1):].strip())
                if out and out[-1][0] == "columns":
                    out[-1][1].append(pair)
                else:
                    out.append(("columns", [pair]))
                continue
            out.append(("line", line) if s else ("blank", None))
    return out


def _flowables(text: str, font: str, width: float, layout: dict[str, Any] | None = None) -> list:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    layout = layout or {}
    bold_font = _bold_font()
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=13.5, alignment=TA_LEFT)
    strong = ParagraphStyle("strong", parent=body, fontName=bold_font)
    cell = ParagraphStyle("cell", parent=body, fontSize=10, leading=12)
    bold = [re.compile(p) for p in layout.get("bold", [])]

    def style_of(line: str) -> ParagraphStyle:
        return strong if any(p.search(line) for p in bold) else body

    out: list = []
    for kind, value in _blocks(text):
        if kind == "page":
            out.append(PageBreak())
        elif kind == "blank":
            out.append(Spacer(1, 6))
        elif kind == "line":
            out.append(Paragraph(escape(value), style_of(value)))
        elif kind == "numbered":
            lead, rest = value
            st = style_of(f"{lead}\t{rest}")
            hang = ParagraphStyle("hang", parent=st, leftIndent=28, firstLineIndent=0)
            t = Table([[Paragraph(escape(lead), st), Paragraph(escape(rest), hang)]], colWidths=[28, width - 28],
                      hAlign="LEFT")
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            out.append(t)
        elif kind == "tabbed":
            ncol = max(len(r) for r in value)
            first = 0.3 * width if ncol == 2 and any(r[0].endswith(":") for r in value) else width / ncol
            col_w = [first] + [(width - first) / max(ncol - 1, 1)] * (ncol - 1)
            data = [[Paragraph(escape(c), strong if j == 0 and c.endswith(":") else body) for j, c in enumerate(r)]
                    + [""] * (ncol - len(r)) for r in value]
            t = Table(data, colWidths=col_w, hAlign="LEFT")
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            out.append(t)
        elif kind == "columns":
            rows = [[Paragraph(escape(a), body), Paragraph(escape(b), body)] for a, b in value]
            t = Table(rows, colWidths=[width / 2, width / 2], hAlign="LEFT")
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            out.append(Spacer(1, 18))
            out.append(t)
        else:
            ncol = max(len(r) for r in value)
            from reportlab.pdfbase.pdfmetrics import stringWidth

            # a column is at least as wide as its longest word (a word processor does not split
            # "5/3/2023"); the rest of the width goes by the length of the columns' text
            floor = [max((stringWidth(w, font, 10) for r in value if j < len(r) for w in r[j].split()), default=0) + 8
                     for j in range(ncol)]
            longest = [max(len(r[j]) if j < len(r) else 0 for r in value) for j in range(ncol)]
            spare = max(width - sum(floor), 0)
            col_w = [f + spare * n / max(sum(longest), 1) for f, n in zip(floor, longest)]
            data = [[Paragraph(escape(c), cell) for c in r] + [""] * (ncol - len(r)) for r in value]
            t = Table(data, colWidths=col_w, hAlign="LEFT", repeatRows=1 if layout.get("repeat_header") else 0)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            out.append(t)
    return out


def _build(text: str, layout: dict[str, str], pages: int) -> tuple[bytes, int]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    font = _font()
    width, height = A4
    margin = 2.0 * cm
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, invariant=1, title="held-out decisions text")
    seen = [0]

    def decorate(canvas, document) -> None:
        seen[0] = max(seen[0], document.page)
        values = {"page": document.page, "pages": pages or "?"}
        canvas.saveState()
        canvas.setFont(font, 9)
        if layout.get("header"):
            canvas.drawString(margin, height - 1.2 * cm, layout["header"].format(**values))
            canvas.setLineWidth(0.5)
            canvas.line(margin, height - 1.2 * cm - 4, width - margin, height - 1.2 * cm - 4)
        if layout.get("footer"):
            canvas.drawCentredString(width / 2, 1.2 * cm, layout["footer"].format(**values))
        canvas.restoreState()

    doc.build(_flowables(text, font, width - 2 * margin, layout), onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue(), seen[0]


def layout_to_pdf(text: str, layout: dict[str, str], path: Path) -> Path:
    """Write ``text`` as a PDF with ruled tables, two-column blocks, page breaks and the running
    header and footer of ``layout`` (keys ``header``, ``footer``)."""
    _, pages = _build(text, layout, 0)
    data, _ = _build(text, layout, pages)
    path.write_bytes(data)
    return path
