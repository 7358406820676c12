"""Ruled tables -> Lines with ``cells`` (vote tables: PŘÍTOMNO | PRO | PROTI | …).

pdfplumber's table finder (lines strategy) runs only on pages whose drawing has at least
three long vertical and two long horizontal rulings (``has_ruling``); on the other pages
nothing is spent.  Cell text is built from the page's own rows (``lines.Row``), so that it
is spelled exactly like the rest of the page, and those words are then not emitted again.

A row whose cells hold paragraphs (a page laid out with a table) is not a data row: its
cells are emitted as ordinary lines, cell by cell, left to right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from minutesparse.extract.lines import Row, Word, close_letter_spacing, line_from_words

MIN_RULE = 6.0  # points: shorter edges are underlines' ends, not table rulings
MAX_CELL_LINES = 3  # a row with a cell of more text lines than this is layout, not data
TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def has_ruling(page: Any) -> bool:
    """Cheap pre-check on the page's vector drawing (no text work)."""
    vertical = horizontal = 0
    for e in page.edges:
        if e["orientation"] == "v":
            if e["height"] >= MIN_RULE:
                vertical += 1
        elif e["width"] >= MIN_RULE:
            horizontal += 1
        if vertical >= 3 and horizontal >= 2:
            return True
    return False


@dataclass(slots=True)
class _Cell:
    bbox: tuple[float, float, float, float] | None
    words: list[Word]


def _inside(w: Word, bbox: tuple[float, float, float, float]) -> bool:
    cx = (w.x0 + w.x1) / 2
    cy = (w.top + w.bottom) / 2
    x0, top, x1, bottom = bbox
    return x0 <= cx <= x1 and top <= cy <= bottom


def _cell_lines(words: list[Word]) -> list[list[Word]]:
    """A cell's words grouped into its own text lines."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.bottom, w.x0)):
        if lines and abs(lines[-1][-1].bottom - w.bottom) <= 0.4 * max(w.size, 1.0):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(ln, key=lambda w: w.x0) for ln in lines]


def _join_cell(lines: list[list[Word]]) -> str:
    text = ""
    for ln in lines:
        part = " ".join(w.text for w in close_letter_spacing(ln))
        if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and part[:1].islower():
            text = text[:-1] + part
        else:
            text = f"{text} {part}" if text else part
    return text


def extract_tables(page: Any, rows: list[Row], page_no: int) -> list[Row]:
    """Replace the words inside ruled tables by one table Row per table row.

    Returns the new row list (table rows carry their finished Lines in ``placed``).  Pages without rulings
    are returned unchanged at no cost.
    """
    if not rows or not has_ruling(page):
        return rows
    tables = page.find_tables(TABLE_SETTINGS)
    if not tables:
        return rows
    words = [w for r in rows for w in r.words]
    taken: set[int] = set()
    table_rows: list[Row] = []
    for t_index, table in enumerate(tables):
        grid: list[list[_Cell]] = []
        for trow in table.rows:
            cells = []
            for bbox in trow.cells:
                inside = []
                if bbox is not None:
                    for w in words:
                        if id(w) not in taken and _inside(w, bbox):
                            inside.append(w)
                cells.append(_Cell(bbox, inside))
            grid.append(cells)
        ncols = max((len(r) for r in grid), default=0)
        used = [c for r in grid for c in r if c.words]
        if ncols < 2 or not used:
            continue  # a frame around text, not a table
        for cells in grid:
            if not any(c.words for c in cells):
                continue
            for c in cells:
                for w in c.words:
                    taken.add(id(w))
            per_cell = [_cell_lines(c.words) for c in cells]
            top = min(w.top for c in cells for w in c.words)
            bottom = max(w.bottom for c in cells for w in c.words)
            if max(len(p) for p in per_cell) > MAX_CELL_LINES:
                # layout table: each cell's text as ordinary lines, cell after cell
                flow = [line_from_words(ln, page_no) for lines in per_cell for ln in lines]
                table_rows.append(Row(words=[], top=top, bottom=bottom, placed=flow))
                continue
            texts = [_join_cell(p) for p in per_cell]
            present = [w for c in cells for w in c.words]
            line = line_from_words(sorted(present, key=lambda w: w.x0), page_no)
            line.text = " ".join(t for t in texts if t)
            line.cells = texts
            line.table = t_index
            bbox = [c.bbox for c in cells if c.bbox is not None]
            line.x0 = round(min(b[0] for b in bbox), 2)
            line.x1 = round(max(b[2] for b in bbox), 2)
            table_rows.append(Row(words=[], top=top, bottom=bottom, placed=[line]))
    if not table_rows:
        return rows
    kept: list[Row] = []
    for r in rows:
        rest = [w for w in r.words if id(w) not in taken]
        if rest:
            kept.append(Row(words=rest, top=min(w.top for w in rest), bottom=max(w.bottom for w in rest)))
    return kept + table_rows
