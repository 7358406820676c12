"""Characters (or OCR words) -> Lines in reading order.

One pass per page over pdfplumber's ``page.chars``:

1. chars are clustered into *rows* by baseline; superscripts and subscripts (the "2"
   of m², footnote marks) are kept inside the row they belong to, written as Unicode
   super/subscript characters, and never start a row of their own;
2. a row is cut into words at gaps (or explicit space characters) and into *segments*
   at large gaps, so that two signature blocks side by side become two Lines;
3. letter-spaced headings ("Z á p i s", "M ě s t o  L i t o v e l") are closed up;
4. rows are put in reading order: top to bottom, and stacked side-by-side blocks
   (a name over a role, twice) column by column.

OCR words enter at step 2 (their rows come from tesseract's line grouping).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from minutesparse.document import Line
import itertools

# A space is inserted where the gap between two chars exceeds this share of the font size.
WORD_GAP_EM = 0.17
# A row is split into separate Lines where the gap exceeds this share of the font size …
SEGMENT_GAP_EM = 3.0
# … and at least this many points.
SEGMENT_GAP_MIN = 24.0
# Chars smaller than this share of the row's font size, raised or lowered, are scripts.
SCRIPT_SIZE_RATIO = 0.8

BULLET = "•"
_LIST_MARKER = re.compile(r"^(?:\d{1,3}(?:[./]\d{1,3})*[.)/]|\d{1,3}\.\d{1,3}|\(?[a-zA-Z]\)|[a-zA-Z]\.|"
                          r"[IVXLC]{1,6}[.)]|[•·▪*\-–—])$")
_SUPERSCRIPT = str.maketrans("0123456789+-=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ")
_SUBSCRIPT = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")

_BOLD_MARKS = ("bold", "black", "heavy", "semibold", "demi")
_bold_cache: dict[str, bool] = {}


def is_bold_font(fontname: str) -> bool:
    """'ABCDEF+Arial-BoldMT', 'Calibri,Bold', 'Verdana,B', 'Lato-Black' -> True."""
    hit = _bold_cache.get(fontname)
    if hit is None:
        name = fontname.split("+", 1)[-1].lower()
        hit = any(mark in name for mark in _BOLD_MARKS) or name.endswith((",b", ",bi", "-b", "-bi"))
        _bold_cache[fontname] = hit
    return hit


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold_chars: int = 0
    chars: int = 1


@dataclass(slots=True)
class Row:
    """Words on one baseline, left to right."""

    words: list[Word] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0
    placed: list[Line] | None = None  # finished Lines (a ruled-table row) placed in the flow as they are


# --------------------------------------------------------------------------- rotation


def direction(c: dict[str, Any]) -> str:
    """Reading direction of a char on the page: 'right' (upright), 'down', 'up' or 'left'."""
    if c.get("upright", True):
        return "right"
    m = c.get("matrix") or (1, 0, 0, 1, 0, 0)
    a, b = m[0], -m[1]  # top-down page coordinates
    if abs(a) >= abs(b):
        return "right" if a >= 0 else "left"
    return "down" if b > 0 else "up"


def to_upright(chars: Sequence[dict[str, Any]], way: str, width: float, height: float) -> list[dict[str, Any]]:
    """Chars of one reading direction turned into an upright frame (a page shown rotated)."""
    out = []
    for c in chars:
        if direction(c) != way:
            continue
        x0, x1, top, bottom = c["x0"], c["x1"], c["top"], c["bottom"]
        if way == "down":  # lines follow each other leftwards
            nx0, nx1, ntop, nbottom = top, bottom, width - x1, width - x0
        elif way == "up":  # lines follow each other rightwards
            nx0, nx1, ntop, nbottom = height - bottom, height - top, x0, x1
        elif way == "left":
            nx0, nx1, ntop, nbottom = width - x1, width - x0, height - bottom, height - top
        else:
            nx0, nx1, ntop, nbottom = x0, x1, top, bottom
        out.append({**c, "x0": nx0, "x1": nx1, "top": ntop, "bottom": nbottom, "upright": True})
    return out


# --------------------------------------------------------------------------- chars -> rows


def rows_from_chars(chars: Sequence[dict[str, Any]]) -> list[Row]:
    """Cluster pdfplumber chars into rows of words (top to bottom)."""
    glyphs = [c for c in chars if c.get("upright", True) and c["text"] and not c["text"].isspace()]
    spaces = [c for c in chars if c["text"] == " " and c.get("upright", True)]
    if not glyphs:
        return []
    glyphs.sort(key=lambda c: c["bottom"])
    body = median(c["size"] for c in glyphs) or 10.0
    tol = max(1.5, 0.3 * body)

    clusters: list[list[dict[str, Any]]] = []
    anchor = None
    for c in glyphs:
        if anchor is None or c["bottom"] - anchor > tol:
            clusters.append([c])
            anchor = c["bottom"]
        else:
            clusters[-1].append(c)
    clusters = _merge_script_clusters(clusters)

    space_rows: list[list[dict[str, Any]]] = [[] for _ in clusters]
    if spaces:
        spans = [(min(c["top"] for c in cl), max(c["bottom"] for c in cl)) for cl in clusters]
        for s in spaces:
            mid = (s["top"] + s["bottom"]) / 2
            for i, (t, b) in enumerate(spans):
                if t <= mid <= b:
                    space_rows[i].append(s)
                    break
    return [_row_from_cluster(cl, sp) for cl, sp in zip(clusters, space_rows)]


def _size_mode(chars: Iterable[dict[str, Any]]) -> float:
    counts = Counter(round(c["size"] * 2) / 2 for c in chars)
    return counts.most_common(1)[0][0] if counts else 0.0


def _merge_script_clusters(clusters: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Fold clusters made only of small raised/lowered chars into the row they overlap."""
    out: list[list[dict[str, Any]]] = []
    i = 0
    sizes = [_size_mode(cl) for cl in clusters]
    while i < len(clusters):
        cl = clusters[i]
        small = sizes[i]
        target = None
        if len(cl) <= 8:
            for j in (i + 1, i - 1):
                if 0 <= j < len(clusters) and sizes[j] and small <= SCRIPT_SIZE_RATIO * sizes[j]:
                    other = clusters[j] if j > i else (out[-1] if out else None)
                    if other is None:
                        continue
                    o_top = min(c["top"] for c in other)
                    o_bot = max(c["bottom"] for c in other)
                    c_top = min(c["top"] for c in cl)
                    c_bot = max(c["bottom"] for c in cl)
                    if c_top < o_bot and c_bot > o_top and _beside(cl, other):
                        target = j
                        break
        if target is None:
            out.append(cl)
        elif target > i:
            clusters[target] = clusters[target] + cl
        else:
            out[-1] = out[-1] + cl
        i += 1
    return out


def _beside(small: list[dict[str, Any]], row: list[dict[str, Any]]) -> bool:
    """Every small char touches (within 3 pt) some char of the row horizontally."""
    for s in small:
        if not any(c["x0"] - 3 <= s["x0"] <= c["x1"] + 3 or c["x0"] - 3 <= s["x1"] <= c["x1"] + 3 for c in row):
            return False
    return True


def _row_from_cluster(cl: list[dict[str, Any]], spaces: list[dict[str, Any]]) -> Row:
    cl.sort(key=lambda c: c["x0"])
    size = _size_mode(cl)
    baseline = median(c["bottom"] for c in cl if c["size"] > SCRIPT_SIZE_RATIO * size) if size else cl[0]["bottom"]
    space_x = sorted((s["x0"] + s["x1"]) / 2 for s in spaces)
    words: list[Word] = []
    cur: list[dict[str, Any]] = []
    texts: list[str] = []
    prev: dict[str, Any] | None = None
    si = 0

    def flush() -> None:
        if not cur:
            return
        normal = [c for c in cur if c["size"] > SCRIPT_SIZE_RATIO * size] or cur
        text = "".join(texts)
        if all("\ue000" <= ch <= "\uf8ff" for ch in text):
            text = BULLET  # a symbol-font bullet (Wingdings/Symbol private-use code)
        words.append(Word(
            text=text,
            x0=cur[0]["x0"], x1=max(c["x1"] for c in cur),
            top=min(c["top"] for c in normal), bottom=max(c["bottom"] for c in normal),
            size=_size_mode(normal),
            bold_chars=sum(1 for c in normal if is_bold_font(c.get("fontname", ""))),
            chars=len(normal),
        ))
        cur.clear()
        texts.clear()

    for c in cl:
        text = c["text"]
        if prev is not None:
            # duplicated glyphs (fake bold, shadows): same char drawn again almost in place
            if text == prev["text"] and abs(c["x0"] - prev["x0"]) < 1.0 and abs(c["top"] - prev["top"]) < 1.0:
                continue
            gap = c["x0"] - prev["x1"]
            ref = min(c["size"], prev["size"]) if min(c["size"], prev["size"]) > 0 else size
            spaced = False
            # an explicit space separates prev and c only when it lies past prev's middle:
            # some producers draw spaces overlapping the glyphs ("v s alonku" otherwise)
            while si < len(space_x) and space_x[si] < c["x0"]:
                if space_x[si] > (prev["x0"] + prev["x1"]) / 2:
                    spaced = True
                si += 1
            if spaced or gap > WORD_GAP_EM * ref:
                flush()
        if size and c["size"] <= SCRIPT_SIZE_RATIO * size:
            if c["bottom"] < baseline - 0.15 * size:
                text = text.translate(_SUPERSCRIPT)
            elif c["top"] > baseline - 0.5 * size:
                text = text.translate(_SUBSCRIPT)
        cur.append(c)
        texts.append(text)
        prev = c
    flush()
    normal = [c for c in cl if c["size"] > SCRIPT_SIZE_RATIO * size] or cl
    return Row(words=words, top=min(c["top"] for c in normal), bottom=max(c["bottom"] for c in normal))


# --------------------------------------------------------------------------- rows -> lines


def segment(words: list[Word]) -> list[list[Word]]:
    """Cut a row's words where the gap is large (side-by-side blocks).

    A list marker ("1.6", "a)", "II.", "•") or a label ("Přítomni:") tabbed away from its
    text stays on the line with it.
    """
    if not words:
        return []
    parts: list[list[Word]] = [[words[0]]]
    for prev, w in itertools.pairwise(words):
        size = max(min(prev.size, w.size), 1.0)
        lead = len(parts) == 1 and len(parts[0]) == 1 and (
            _LIST_MARKER.match(prev.text) is not None or (prev.text.endswith(":") and len(prev.text) > 1))
        if w.x0 - prev.x1 > max(SEGMENT_GAP_EM * size, SEGMENT_GAP_MIN) and not lead:
            parts.append([w])
        else:
            parts[-1].append(w)
    return parts


CLOSING_PUNCT = ":;,)!?"  # not ".": "Z A P I S č. 5" — "č." is an abbreviation


def split_at_case_break(text: str) -> str:
    """'MěstoLitovel' -> 'Město Litovel' (a small letter directly followed by a capital)."""
    out = [text[:1]]
    for a, b in zip(text, text[1:]):
        if a.islower() and b.isupper():
            out.append(" ")
        out.append(b)
    return "".join(out)


def _split_case(w: Word) -> Word:
    """A closed-up run whose words were not parted by a wider gap: 'MěstoLitovel' -> 'Město Litovel'."""
    text = split_at_case_break(w.text)
    return w if text == w.text else Word(text=text, x0=w.x0, x1=w.x1, top=w.top, bottom=w.bottom, size=w.size,
                                         bold_chars=w.bold_chars, chars=w.chars)


def close_letter_spacing(words: list[Word]) -> list[Word]:
    """'Z á p i s  č. 5' -> 'Zápis č. 5': runs of >= 4 single letters are closed up.

    Inside a run, a gap clearly wider than the run's typical gap separates two words.
    """
    out: list[Word] = []
    i = 0
    n = len(words)
    while i < n:
        j = i
        while j < n and len(words[j].text) == 1 and words[j].text.isalpha():
            j += 1
        # the run's last letter may carry closing punctuation ("P ř í t o m n i:")
        if j - i >= 3 and j < n and len(words[j].text) == 2 and words[j].text[0].isalpha() \
                and words[j].text[1] in CLOSING_PUNCT:
            j += 1
        if j - i >= 4:
            run = words[i:j]
            gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(run)]
            typical = median(gaps)
            merged = [run[0]]
            for gap, w in zip(gaps, run[1:]):
                if gap > 1.6 * typical + 0.5:
                    merged.append(w)
                else:
                    last = merged[-1]
                    merged[-1] = Word(text=last.text + w.text, x0=last.x0, x1=w.x1, top=min(last.top, w.top),
                                      bottom=max(last.bottom, w.bottom), size=last.size,
                                      bold_chars=last.bold_chars + w.bold_chars, chars=last.chars + w.chars)
            out.extend(_split_case(w) for w in merged)
            i = j
        else:
            out.append(words[i])
            i += 1
    return out


def line_from_words(words: list[Word], page: int) -> Line:
    sizes: Counter[float] = Counter()
    for w in words:
        sizes[w.size] += w.chars
    chars = sum(w.chars for w in words)
    bold = sum(w.bold_chars for w in words)
    return Line(
        text=" ".join(w.text for w in words),
        page=page,
        top=round(min(w.top for w in words), 2),
        x0=round(words[0].x0, 2),
        x1=round(max(w.x1 for w in words), 2),
        size=sizes.most_common(1)[0][0] if sizes else 0.0,
        bold=chars > 0 and bold * 2 >= chars,
    )


def _numeric(line: Line) -> bool:
    digits = sum(ch.isdigit() for ch in line.text)
    letters = sum(ch.isalpha() for ch in line.text)
    return digits >= letters


def order_rows(rows: list[Row], page: int) -> list[Line]:
    """Rows -> Lines in reading order (see module doc, step 4)."""
    rows = sorted(rows, key=lambda r: r.top)
    seg_rows: list[list[Line] | Line] = []
    for r in rows:
        if r.placed is not None:
            seg_rows.extend(r.placed)
            continue
        parts = [line_from_words(close_letter_spacing(p), page) for p in segment(r.words)]
        if parts:
            seg_rows.append(parts)

    out: list[Line] = []
    i = 0
    while i < len(seg_rows):
        cur = seg_rows[i]
        if isinstance(cur, Line):
            out.append(cur)
            i += 1
            continue
        if len(cur) < 2:
            out.extend(cur)
            i += 1
            continue
        gutters = [(a.x1, b.x0) for a, b in itertools.pairwise(cur)]
        block = [cur]
        j = i + 1
        while j < len(seg_rows):
            nxt = seg_rows[j]
            if isinstance(nxt, Line):
                break
            prev_top, prev_size = block[-1][0].top, max(s.size for s in block[-1])
            if nxt[0].top - prev_top > 2.2 * max(prev_size, 1.0):
                break
            if any(s.x0 < g1 - 1 and s.x1 > g0 + 1 for s in nxt for g0, g1 in gutters):
                break
            block.append(nxt)
            j += 1
        out.extend(_emit_block(block, gutters))
        i = j
    return out


def _emit_block(block: list[list[Line]], gutters: list[tuple[float, float]]) -> list[Line]:
    """Stacked side-by-side text blocks column by column, anything else row by row."""
    flat = [s for row in block for s in row]
    col = lambda s: sum(1 for _g0, g1 in gutters if s.x0 >= g1 - 1)
    first_col = [s for s in flat if col(s) == 0]
    stacked = (
        2 <= len(block) <= 6
        and all(len(s.text.split()) >= 2 for s in first_col)
        and all(sum(1 for s in flat if col(s) == k) >= 2 for k in range(len(gutters) + 1))
        and not any(s.text.rstrip().endswith(":") for s in first_col)
        and sum(_numeric(s) for s in flat) * 2 < len(flat)
    )
    if not stacked:
        return flat
    return sorted(flat, key=lambda s: (col(s), s.top))


def rows_from_ocr_lines(lines: list[list[Word]]) -> list[Row]:
    """Tesseract lines (already grouped) -> rows; lines side by side on one baseline are merged."""
    rows: list[Row] = []
    for words in sorted((ws for ws in lines if ws), key=lambda ws: min(w.top for w in ws)):
        top = min(w.top for w in words)
        bottom = max(w.bottom for w in words)
        for r in rows[-3:]:
            overlap = min(bottom, r.bottom) - max(top, r.top)
            if overlap > 0.5 * min(bottom - top, r.bottom - r.top) and not any(
                w.x0 < rw.x1 and w.x1 > rw.x0 for w in words for rw in r.words
            ):
                r.words = sorted(r.words + words, key=lambda w: w.x0)
                r.top, r.bottom = min(r.top, top), max(r.bottom, bottom)
                break
        else:
            rows.append(Row(words=sorted(words, key=lambda w: w.x0), top=top, bottom=bottom))
    return rows
