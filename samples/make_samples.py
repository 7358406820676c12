#!/usr/bin/env python3
"""Make the sample PDFs in ``samples/`` from the marked-up texts in ``samples/texts/``.

    .venv/bin/python samples/make_samples.py              # all samples
    .venv/bin/python samples/make_samples.py smart_city_liberec   # one (by stem)
    .venv/bin/python samples/make_samples.py --out /tmp/x # somewhere else (tests use this)

Output is byte-for-byte deterministic (reportlab ``invariant=1``, fixed metadata, seeded
noise for the scanned sample), so regenerating gives the same sha256.  Fonts are subset
and embedded from the system TrueType fonts (Carlito = Calibri metrics, Liberation =
Times/Arial metrics, DejaVu); they are only needed when regenerating, the PDFs are
committed.

Text markup (one source line = one paragraph, wrapped when it is wider than the page):

    @key: value             front matter at the top (font, size, margins, header, footer …)
    # Title                 bold, centred, larger        ## Heading   bold     ### Sub   bold, normal size
    * item                  bullet list item ("•")
    > text                  indented by 1 cm per ">"
    [center] / [right] text aligned paragraph
    |a|b|c|                 a row of a ruled table (consecutive rows form one table)
    [table 3,1,1]           relative column widths of the next table
    [sign] left || right    signature blocks side by side (" // " breaks a line in a block)
    [pagebreak]             explicit page break        [space 24]  vertical space in points
    (blank line)            a small vertical gap
Inline ``<b>``, ``<i>``, ``<u>`` are kept (reportlab paragraph markup); a bare ``&`` is escaped.
Header/footer texts may use ``{page}`` and ``{pages}``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
FONT_DIRS = [
    Path("/usr/share/fonts/truetype/crosextra"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/dejavu"),
]
# family -> (regular, bold, italic, bold italic) file names
FAMILIES = {
    "carlito": ("Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf"),
    "liberation-serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                         "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
    "liberation-sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                        "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
    "dejavu-sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "dejavu-serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                     "DejaVuSerif-BoldItalic.ttf"),
}
PACKAGES_HINT = "apt-get install fonts-crosextra-carlito fonts-liberation2 fonts-dejavu-core"


class SampleError(Exception):
    """A one-line reason the samples could not be made."""


def _font_file(name: str) -> Path:
    for d in FONT_DIRS:
        if (d / name).is_file():
            return d / name
    raise SampleError(f"font {name} not found in {', '.join(map(str, FONT_DIRS))} ({PACKAGES_HINT})")


def register_family(family: str) -> str:
    """Register a TrueType family (subset-embedded) and return its base name."""
    if family not in FAMILIES:
        raise SampleError(f"unknown font family {family!r}; known: {', '.join(FAMILIES)}")
    base = family.title().replace("-", "")
    names = [base, f"{base}-Bold", f"{base}-Italic", f"{base}-BoldItalic"]
    if base not in pdfmetrics.getRegisteredFontNames():
        for n, f in zip(names, FAMILIES[family]):
            pdfmetrics.registerFont(TTFont(n, str(_font_file(f))))
        pdfmetrics.registerFontFamily(base, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])
    return base


@dataclass
class Spec:
    """One sample: front matter and body lines of ``texts/<name>.txt``."""

    name: str
    meta: dict[str, str] = field(default_factory=dict)
    body: list[str] = field(default_factory=list)

    def get(self, key: str, default: str = "") -> str:
        return self.meta.get(key, default)

    def num(self, key: str, default: float) -> float:
        return float(self.meta[key]) if key in self.meta else default


def read_spec(path: Path) -> Spec:
    spec = Spec(name=path.stem)
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines) and lines[i].startswith("@"):
        key, _, value = lines[i][1:].partition(":")
        spec.meta[key.strip()] = value.strip()
        i += 1
    spec.body = [ln.rstrip() for ln in lines[i:]]
    while spec.body and not spec.body[0].strip():
        spec.body.pop(0)
    return spec


_AMP = re.compile(r"&(?!(?:[a-zA-Z]+|#\d+);)")


def _markup(text: str) -> str:
    return _AMP.sub("&amp;", text)


class Styles:
    def __init__(self, spec: Spec):
        self.font = register_family(spec.get("font", "dejavu-sans"))
        self.size = spec.num("size", 11)
        lead = self.size * spec.num("leading", 1.22)
        align = {"left": TA_LEFT, "justify": TA_JUSTIFY}[spec.get("align", "left")]
        self.body = ParagraphStyle("body", fontName=self.font, fontSize=self.size, leading=lead, alignment=align)
        self.title = ParagraphStyle("title", parent=self.body, fontName=f"{self.font}-Bold",
                                    fontSize=self.size + 4, leading=(self.size + 4) * 1.25,
                                    alignment=TA_CENTER, spaceAfter=4)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=f"{self.font}-Bold", fontSize=self.size + 1,
                                 leading=(self.size + 1) * 1.25, spaceBefore=4, spaceAfter=2)
        self.h3 = ParagraphStyle("h3", parent=self.body, fontName=f"{self.font}-Bold", spaceBefore=2)
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("cell", parent=self.body, alignment=TA_CENTER, fontSize=self.size - 1,
                                   leading=(self.size - 1) * 1.2)
        self.cell_left = ParagraphStyle("cell_left", parent=self.cell, alignment=TA_LEFT)
        self.gap = self.size * spec.num("gap", 0.6)

    def indented(self, level: int) -> ParagraphStyle:
        return ParagraphStyle(f"ind{level}", parent=self.body, leftIndent=level * cm)

    def bullet(self) -> ParagraphStyle:
        return ParagraphStyle("bullet", parent=self.body, leftIndent=1.25 * cm, bulletIndent=0.63 * cm,
                              bulletFontName=self.font)


def _table(rows: list[str], widths: list[float] | None, st: Styles, avail: float, spec: Spec) -> Table:
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    ncol = max(len(r) for r in cells)
    rel = widths or [1.0] * ncol
    col_w = [avail * w / sum(rel) for w in rel]
    left_cols = {int(x) for x in spec.get("table_left_cols", "").split(",") if x.strip()}
    data = [[Paragraph(_markup(c), st.cell_left if j in left_cols else st.cell) for j, c in enumerate(r)]
            + [""] * (ncol - len(r)) for r in cells]
    t = Table(data, colWidths=col_w, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def _signatures(line: str, st: Styles, avail: float) -> Table:
    left, _, right = line.partition("||")
    lp = Paragraph("<br/>".join(_markup(x.strip()) for x in left.split("//")), st.body)
    rp = Paragraph("<br/>".join(_markup(x.strip()) for x in right.split("//")), st.right)
    t = Table([[lp, rp]], colWidths=[avail / 2, avail / 2], hAlign="LEFT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def flowables(spec: Spec, st: Styles, avail: float) -> list:
    out: list = []
    rows: list[str] = []
    widths: list[float] | None = None

    def flush() -> None:
        nonlocal rows, widths
        if rows:
            out.append(_table(rows, widths, st, avail, spec))
            rows, widths = [], None

    for line in spec.body:
        s = line.strip()
        if s.startswith("|"):
            rows.append(s)
            continue
        flush()
        if not s:
            out.append(Spacer(1, st.gap))
        elif s == "[pagebreak]":
            out.append(PageBreak())
        elif s.startswith("[space "):
            out.append(Spacer(1, float(s[7:-1])))
        elif s.startswith("[table "):
            widths = [float(x) for x in s[7:-1].split(",")]
        elif s.startswith("[sign]"):
            out.append(_signatures(s[6:], st, avail))
        elif s.startswith("[center]"):
            out.append(Paragraph(_markup(s[8:].strip()), st.center))
        elif s.startswith("[right]"):
            out.append(Paragraph(_markup(s[7:].strip()), st.right))
        elif s.startswith("### "):
            out.append(Paragraph(_markup(s[4:]), st.h3))
        elif s.startswith("## "):
            out.append(Paragraph(_markup(s[3:]), st.h2))
        elif s.startswith("# "):
            out.append(Paragraph(_markup(s[2:]), st.title))
        elif s.startswith("* "):
            out.append(Paragraph(_markup(s[2:]), st.bullet(), bulletText="•"))
        elif s.startswith(">"):
            level = len(s) - len(s.lstrip(">"))
            out.append(Paragraph(_markup(s[level:].strip()), st.indented(level)))
        else:
            out.append(Paragraph(_markup(s), st.body))
    flush()
    return out


def _decorate(spec: Spec, st: Styles, pages: int):
    size = st.size - 1.5
    width, height = A4
    mx = spec.num("margin", 2.0) * cm

    def draw(c: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        page = doc.page
        values = {"page": page, "pages": pages}
        c.saveState()
        c.setFont(st.font, size)
        first = page == 1
        if not (first and spec.get("header_first", "yes") == "no"):
            y = height - spec.num("header_y", 1.2) * cm
            if spec.get("header_left"):
                c.drawString(mx, y, spec.get("header_left").format(**values))
            if spec.get("header_center"):
                c.drawCentredString(width / 2, y, spec.get("header_center").format(**values))
            if spec.get("header_right"):
                c.drawRightString(width - mx, y, spec.get("header_right").format(**values))
            if spec.get("header_rule") == "yes":
                c.setLineWidth(0.5)
                c.line(mx, y - 4, width - mx, y - 4)
        y = spec.num("footer_y", 1.2) * cm
        if spec.get("footer_rule") == "yes":
            c.setLineWidth(0.5)
            c.line(mx, y + size + 2, width - mx, y + size + 2)
        if spec.get("footer_left"):
            c.drawString(mx, y, spec.get("footer_left").format(**values))
        if spec.get("footer_center"):
            c.drawCentredString(width / 2, y, spec.get("footer_center").format(**values))
        if spec.get("footer_right"):
            c.drawRightString(width - mx, y, spec.get("footer_right").format(**values))
        c.restoreState()

    return draw


def build_text_pdf(spec: Spec, pages: int = 0) -> tuple[bytes, int]:
    """Lay out a spec; returns the PDF bytes and its page count ({pages} needs two passes)."""
    st = Styles(spec)
    mx = spec.num("margin", 2.0) * cm
    top = spec.num("margin_top", spec.num("margin", 2.0)) * cm
    bottom = spec.num("margin_bottom", spec.num("margin", 2.0)) * cm
    width, height = A4
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=mx, rightMargin=mx, topMargin=top, bottomMargin=bottom,
        title=spec.get("title", spec.name), author=spec.get("author", "minutesparse samples"),
        creator="minutesparse samples/make_samples.py", producer="ReportLab", subject="", keywords=[],
        invariant=1,
    )
    frame = Frame(mx, bottom, width - 2 * mx, height - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_decorate(spec, st, pages))])
    doc.build(flowables(spec, st, width - 2 * mx))
    return buf.getvalue(), doc.page


def _scan(pdf: bytes, spec: Spec) -> bytes:
    """Render every page to a grey, slightly rotated, noisy image; a PDF of those images only."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    dpi = spec.num("scan_dpi", 150)
    angle = spec.num("scan_rotate", 0.7)
    quality = int(spec.num("scan_quality", 40))
    rng = np.random.default_rng(int(spec.num("scan_seed", 7)))
    random.seed(int(spec.num("scan_seed", 7)))
    src = pdfium.PdfDocument(pdf)
    out = io.BytesIO()
    width, height = A4
    c = rl_canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle(spec.get("title", spec.name))
    c.setAuthor("")
    c.setCreator("scanner")
    c.setProducer("ReportLab")
    for i in range(len(src)):
        img = src[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = img.filter(ImageFilter.GaussianBlur(spec.num("scan_blur", 0.5)))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=236)
        a = np.asarray(img, dtype=np.float32)
        a = a * 0.86 + 22  # paper is light grey, ink is dark grey
        h, w = a.shape
        cell = int(spec.num("scan_blotch_px", 64))
        blotch = rng.normal(0, 1, (h // cell + 2, w // cell + 2)).astype(np.float32)
        blotch = np.asarray(Image.fromarray(blotch, "F").resize((w, h), Image.BICUBIC), dtype=np.float32)
        a += blotch * spec.num("scan_blotch", 3)  # uneven paper and toner, low frequency
        a += rng.normal(0, spec.num("scan_noise", 2), a.shape)  # sensor noise
        specks = rng.random(a.shape) < spec.num("scan_specks", 0.0003)
        a[specks] = rng.uniform(90, 170, int(specks.sum()))
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        jpg = io.BytesIO()
        img.save(jpg, "JPEG", quality=quality, optimize=True)
        jpg.seek(0)
        from reportlab.lib.utils import ImageReader

        c.drawImage(ImageReader(jpg), 0, 0, width=width, height=height)
        c.showPage()
    c.save()
    src.close()
    return out.getvalue()


def make(spec: Spec) -> bytes:
    pdf, pages = build_text_pdf(spec)
    pdf, again = build_text_pdf(spec, pages)
    if again != pages:
        raise SampleError(f"{spec.name}: page count changed between passes ({pages} -> {again})")
    if spec.get("scan") == "yes":
        pdf = _scan(pdf, spec)
    return pdf


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Make samples/*.pdf from samples/texts/*.txt (deterministic).")
    ap.add_argument("names", nargs="*", help="sample stems (default: all texts)")
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: samples/)")
    args = ap.parse_args(argv)
    texts = sorted(TEXTS.glob("*.txt"))
    if args.names:
        texts = [TEXTS / f"{n}.txt" for n in args.names]
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        for path in texts:
            if not path.is_file():
                raise SampleError(f"{path}: no such sample text")
            pdf = make(read_spec(path))
            target = args.out / f"{path.stem}.pdf"
            target.write_bytes(pdf)
            print(f"{target}  {len(pdf) / 1024:.0f} KB  sha256 {hashlib.sha256(pdf).hexdigest()[:16]}")
    except SampleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
