"""RawDocument -> TextDocument: page furniture out, hyphenation joined, pages stitched.

1. **Furniture** is looked for only near the page edges (the first and last few lines, in
   the top/bottom ``BAND`` of the page):
   - page numbers in every form ("Stránka 1 z 5", "- 2 -", "str. 2 z 5", "2/5",
     "Strana 3", a bare "2"), built from ``lang.cs.furniture``; a bare number counts only
     when it follows the page numbering (same offset on the pages that have one);
   - running headers and footers: the same text (the page number and page count in it
     normalised) at the same height on at least half of the pages (two at least).
   Removed lines go to ``TextDocument.furniture``.  Text that merely repeats elsewhere on
   the page ("Rada města Litovel schvaluje") is never touched.
2. **Pages are stitched**: the content lines of all pages form one sequence, so that a
   resolution or list broken by a page break reads on.
3. **Hyphenation**: a word split at a line end ("uve-" / "dený") is joined onto the first
   line ("uvedený"); before a capital or a digit the hyphen is kept ("Frýdek-Místek").

``text_to_document`` applies the same to plain text (pages separated by form feeds),
with line ranks standing in for positions.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from minutesparse.document import Line, RawDocument, TextDocument
from minutesparse.extract.lines import split_at_case_break
from minutesparse.lang.cs import furniture as cs

EDGE_LINES = 4  # furniture is looked for among this many lines at the top and bottom …
EDGE_LINES_TEXT = 2  # … (plain text has no positions: only the outermost lines)
BAND = 0.15  # … that lie within this share of the page height from its edge
POSITION_TOLERANCE = 6.0  # points: a running header sits at the same height on every page
SOFT_HYPHEN = "\u00ad"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD = _alternation(cs.PAGE_WORDS)
_OF = _alternation(cs.OF_WORDS)
_SEP = _alternation(cs.OF_SEPARATORS)
_DASH = "".join(re.escape(d) for d in cs.NUMBER_FRAMES)
# "Stránka 1 z 5", "str. 2", "Strana 2/5", "Stránka 2 (celkem 5)"
_WORDED = re.compile(rf"^(?:{_WORD})\.?\s*(\d{{1,4}})(?:\s*\(?\s*(?:(?:{_OF})\.?|{_SEP})\s*(\d{{1,4}})\s*\)?)?\.?$",
                     re.IGNORECASE)
# "1 z 5", "2/5", "2 / 5"
_OF_FORM = re.compile(rf"^(\d{{1,4}})\s*(?:(?:{_OF})|{_SEP})\s*(\d{{1,4}})$", re.IGNORECASE)
# "- 2 -", "– 2 –"
_FRAMED = re.compile(rf"^[{_DASH}]\s*(\d{{1,4}})\s*[{_DASH}]$")
_BARE = re.compile(r"^(\d{1,4})\.?$")


@dataclass(slots=True)
class _Cand:
    line: Line
    band: str  # "top" | "bottom"
    position: float  # distance from that edge (points, or line rank for text)


def page_number_form(text: str, page: int, pages: int) -> tuple[str, int] | None:
    """('strong'|'bare', number) when ``text`` is a whole page-number line."""
    t = " ".join(text.split())
    m = _WORDED.match(t)
    if m:
        n, total = int(m.group(1)), m.group(2)
        if total is None or int(total) >= n:
            return "strong", n
        return None
    m = _FRAMED.match(t)
    if m:
        return "strong", int(m.group(1))
    m = _OF_FORM.match(t)
    if m:
        n, total = int(m.group(1)), int(m.group(2))
        if n <= total and (total == pages or n == page):
            return "strong", n
        return None
    m = _BARE.match(t)
    if m:
        return "bare", int(m.group(1))
    return None


def _header_key(text: str, page: int, pages: int) -> str:
    """Whitespace collapsed; the page number and page count stand in as {p} and {n}."""
    def sub(m: re.Match[str]) -> str:
        n = int(m.group(0))
        return "{p}" if n == page else "{n}" if n == pages else m.group(0)

    return re.sub(r"\d+", sub, " ".join(text.split())).casefold()


def _header_keys(text: str, page: int, pages: int) -> set[str]:
    """The page-normalised key and the literal one: a footer "… změny č. 1 …" on page 1
    must still group with the same footer on pages 2 and 3."""
    return {_header_key(text, page, pages), " ".join(text.split()).casefold()}


def _candidates(lines: list[Line], height: float, ranked: bool) -> list[_Cand]:
    """Lines near the top and bottom edges of one page."""
    if not lines:
        return []
    out: list[_Cand] = []
    by_top = sorted(range(len(lines)), key=lambda i: lines[i].top)
    edge = EDGE_LINES_TEXT if ranked else EDGE_LINES
    if ranked and len(lines) <= 2 * edge:
        edge = 1  # a short text page: only its very first and last line can be furniture
    top_ids = by_top[:edge]
    bottom_ids = by_top[-edge:]
    for rank, i in enumerate(top_ids):
        ln = lines[i]
        if ranked:
            out.append(_Cand(ln, "top", float(rank)))
        elif height and ln.top <= BAND * height:
            out.append(_Cand(ln, "top", ln.top))
    for rank, i in enumerate(reversed(bottom_ids)):
        ln = lines[i]
        if any(c.line is ln for c in out):
            continue
        if ranked:
            out.append(_Cand(ln, "bottom", float(rank)))
        elif height and ln.top >= (1 - BAND) * height - ln.size:
            out.append(_Cand(ln, "bottom", height - ln.top))
    return out


def find_furniture(pages: list[tuple[int, list[Line], float]], ranked: bool = False) -> set[int]:
    """ids of the Lines that are page furniture.  ``pages``: (number, lines, height)."""
    total = len(pages)
    furniture: set[int] = set()
    cands = {number: _candidates([ln for ln in lines if ln.cells is None], height, ranked)
             for number, lines, height in pages}

    # page numbers: worded/framed forms outright; bare numbers when they follow the numbering
    bare: list[tuple[_Cand, int, int]] = []
    offsets: Counter[int] = Counter()
    for number, cs_ in cands.items():
        for c in cs_:
            form = page_number_form(c.line.text, number, total)
            if form is None:
                continue
            kind, n = form
            if kind == "strong":
                furniture.add(id(c.line))
                offsets[n - number] += 1
            else:
                bare.append((c, n, number))
    for c, n, number in bare:
        offsets[n - number] += 1
    if bare:
        offset, votes = offsets.most_common(1)[0]
        for c, n, number in bare:
            if n - number == offset and (votes >= 2 or (total == 1 and n == 1)):
                furniture.add(id(c.line))

    # running headers and footers: repeated near the edges, and never found in the body
    if total >= 2:
        need = max(2, (total + 1) // 2)
        near = {id(c.line) for cs_ in cands.values() for c in cs_}
        body_keys = {key for number, lines, _h in pages for ln in lines if id(ln) not in near
                     for key in _header_keys(ln.text, number, total)}
        groups: dict[tuple[str, str], list[_Cand]] = defaultdict(list)
        for number, cs_ in cands.items():
            seen: set[tuple[str, str]] = set()
            for c in cs_:
                if id(c.line) in furniture:
                    continue
                for text_key in _header_keys(c.line.text, number, total):
                    key = (c.band, text_key)
                    if key not in seen:
                        seen.add(key)
                        groups[key].append(c)
        for (_band, text_key), group in groups.items():
            if len(group) < need or text_key in body_keys:
                continue
            positions = sorted(c.position for c in group)
            mid = positions[len(positions) // 2]
            tol = 0.5 if ranked else POSITION_TOLERANCE
            same = [c for c in group if abs(c.position - mid) <= tol]
            if len(same) >= need:
                furniture.update(id(c.line) for c in same)
    return furniture


_HYPHEN_END = re.compile(r"(?<=\w)[-\u00ad]$")


def join_hyphenation(lines: list[Line]) -> list[Line]:
    """Join words split at line ends; returns the new line list (lines emptied are dropped)."""
    out: list[Line] = []
    i = 0
    n = len(lines)
    while i < n:
        cur = lines[i]
        i += 1
        if cur.cells is None and _HYPHEN_END.search(cur.text) and i < n:
            nxt = lines[i]
            below = nxt.page != cur.page or nxt.top > cur.top + 0.5 * max(cur.size, 1.0) or cur.size == 0
            if nxt.cells is None and below and nxt.text[:1].isalnum():
                head, _, rest = nxt.text.partition(" ")
                soft = cur.text.endswith(SOFT_HYPHEN)
                before = cur.text[-2:-1]
                if soft or (before.islower() and head[:1].islower()):
                    joined = cur.text[:-1] + head  # "uve-" + "dený" -> "uvedený"
                else:
                    joined = cur.text + head  # "Frýdek-" + "Místek", "IV-12-" + "8024445"
                cur = _replace_text(cur, joined)
                if rest.strip():
                    lines[i] = _replace_text(nxt, rest.lstrip())
                else:
                    i += 1  # the next line was only the word's end
        out.append(cur)
    return out


def _replace_text(line: Line, text: str) -> Line:
    return Line(text=text, page=line.page, top=line.top, x0=line.x0, x1=line.x1, size=line.size,
                bold=line.bold, cells=line.cells, table=line.table)


# a run of >= 4 single letters; a space before closing punctuation ("P ř í t o m n i :") is part of it
_SPACED_RUN = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?: (?=[:;,)!?])|(?=[:;,)!?]|\s|$))")


def _close_run(m: re.Match[str]) -> str:
    """One letter-spaced run closed up; a small letter followed by a capital starts a new
    word ('M ě s t o L i t o v e l' -> 'Město Litovel': Czech words have no inner capitals)."""
    return split_at_case_break(m.group(0).replace(" ", ""))


def _close_spacing(text: str) -> str:
    """'Z á p i s  č. 5' -> 'Zápis č. 5' (plain-text twin of ``lines.close_letter_spacing``):
    a run of four or more single letters is closed up; two or more spaces part its words."""
    parts = re.split(r"( {2,})", text)
    out = []
    for part in parts:
        if part.startswith("  "):
            out.append(part)
        else:
            out.append(_SPACED_RUN.sub(_close_run, part))
    joined = "".join(out)
    if joined == text:
        return text
    # the wide gaps that parted letter-spaced words become single spaces
    return re.sub(r"(?<=[^\W\d_]) {2,}(?=[^\W\d_])", " ", joined)


def _clean(text: str) -> str:
    return _close_spacing(text.replace(SOFT_HYPHEN + " ", "").replace("\u00a0", " "))


def _split(pages: list[tuple[int, list[Line], float]], ranked: bool) -> tuple[list[Line], list[Line]]:
    furniture_ids = find_furniture(pages, ranked=ranked)
    content: list[Line] = []
    furniture: list[Line] = []
    for _number, lines, _height in pages:
        for ln in lines:
            (furniture if id(ln) in furniture_ids else content).append(ln)
    return join_hyphenation(content), furniture


def to_text_document(raw: RawDocument) -> TextDocument:
    pages = [(p.number, p.lines, p.height) for p in raw.pages]
    content, furniture = _split(pages, ranked=False)
    return TextDocument(lines=content, page_count=len(raw.pages), path=raw.path, sha256=raw.sha256,
                        ocr=raw.ocr, notices=list(raw.notices), furniture=furniture)


def text_to_document(text: str, path: str = "<text>") -> TextDocument:
    """Plain text (pages separated by form feeds) -> TextDocument, same cleaning as PDFs."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    chunks = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    if len(chunks) > 1 and not chunks[-1].strip():
        chunks.pop()  # a trailing form feed ends the last page, it does not open a new one
    pages: list[tuple[int, list[Line], float]] = []
    for number, chunk in enumerate(chunks, start=1):
        lines = [Line(text=_clean(t).strip(), page=number, top=float(k))
                 for k, t in enumerate(ln for ln in chunk.split("\n") if ln.strip())]
        pages.append((number, lines, 0.0))
    content, furniture = _split(pages, ranked=True)
    return TextDocument(lines=content, page_count=len(chunks), path=path, sha256=sha, furniture=furniture)
