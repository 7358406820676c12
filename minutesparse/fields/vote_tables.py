"""Votes laid out over lines rather than written in a sentence.

- ruled tables: a header row PŘÍTOMNO | PRO | PROTI | ZDRŽEL SE | NEHLASOVAL | VÝSLEDEK
  and a row of values (``Line.cells``, or the same as plain text lines);
- roll calls, one member per line ("Ing. J. Novák – pro", or a table row "Novák | pro");
- roll-call tables with a mark in the column of the member's vote (Jméno | PRO | PROTI …);
- grids: a row of members' names over a row of their votes ("Kocourek | Rybářová | …" /
  "pro | pro | zdržela se | …").

Each reader takes the lines and the index of the first one and returns a ``VoteFound``
(or the header's fields / the row's values), so that ``votes.scan_vote`` can try them in turn.
"""

from __future__ import annotations

import re

from minutesparse.document import Line
from minutesparse.fields.vote_notations import LABEL_ONLY, VoteFound
from minutesparse.fields.vote_words import (
    BALLOT_FIELDS,
    COUNT_FIELDS,
    LABELS,
    RESULT_HEAD,
    field_of,
    norm,
    stated_result,
)


# --------------------------------------------------------------------------- tables
def header_fields(line: Line) -> list[str] | None:
    """Field names of a vote-table header row in column order ('result' for VÝSLEDEK)."""
    t = norm(line.text)
    if re.search(r"\d", t):
        return None
    cols: list[str] = []
    if line.cells:
        for cell in line.cells:
            c = norm(cell or "").strip(" :")
            f = field_of(c) if c else ""
            if not f and c and re.fullmatch(RESULT_HEAD, c, re.IGNORECASE):
                f = "result"
            cols.append(f)
    else:
        left = t
        for m in LABEL_ONLY.finditer(t):
            f = field_of(m.group("label"))
            if not f and re.fullmatch(RESULT_HEAD, m.group("label"), re.IGNORECASE):
                f = "result"
            cols.append(f)
            left = left.replace(m.group(0), " ", 1)
        if re.search(r"[^\W\d_]", left):
            return None  # other words on the line: prose, not a header
    ballots = [c for c in cols if c in BALLOT_FIELDS]
    if len(set(ballots)) < 2 or len(cols) < 3:
        return None
    return cols


def row_values(line: Line, cols: list[str]) -> tuple[dict[str, int], str | None] | None:
    t = norm(line.text)
    if line.cells and len(line.cells) == len(cols):
        vals = [(norm(c or "")).strip() for c in line.cells]
    else:
        vals = re.findall(r"\d+|[^\W\d_][^\d]*", t)
        vals = [v.strip() for v in vals if v.strip()]
    counts: dict[str, int] = {}
    result = None
    nums = [v for v in vals if re.fullmatch(r"\d{1,3}", v)]
    if len(nums) < 2:
        return None
    if len(vals) == len(cols):
        for f, v in zip(cols, vals):
            if f in COUNT_FIELDS and re.fullmatch(r"\d{1,3}", v):
                counts[f] = int(v)
            elif f == "result":
                result = stated_result(v)
    else:  # fewer values than columns: numbers fill the count columns in order
        count_cols = [f for f in cols if f in COUNT_FIELDS]
        for f, v in zip(count_cols, nums):
            counts[f] = int(v)
        words = " ".join(v for v in vals if not v.isdigit())
        result = stated_result(words) if words else None
    return counts, result


# --------------------------------------------------------------------------- roll calls
_ROLL = re.compile(rf"^(?P<name>[^\W\d_][^:–—]*?)\s*(?:[:–—]|\s-\s|\t|\s{{2,}})\s*(?P<label>{LABELS})\s*[.,;]?\s*$",
                   re.IGNORECASE)


def roll_entry(line: Line) -> tuple[str, str] | None:
    if line.cells and len(line.cells) >= 2:
        name = (line.cells[0] or "").strip()
        f = field_of(norm(line.cells[-1] or "").strip(" :.")) if line.cells[-1] else ""
        if name and f in BALLOT_FIELDS and re.search(r"[^\W\d_]{2}", name) and not field_of(name):
            return name, f
        return None
    m = _ROLL.match(norm(line.text).strip())
    if not m:
        return None
    f = field_of(m.group("label"))
    name = m.group("name").strip()
    if f not in BALLOT_FIELDS or field_of(name) or len(name.split()) > 6:
        return None
    return name, f


_MARK = re.compile(r"^\s*(?:[xX×✓✔✗●•+]|ano)\s*$", re.IGNORECASE)
_GRID_OPTION = re.compile(rf"(?<![\w])(?:{LABELS})(?![\w])|(?<!\S)[—–-](?!\S)", re.IGNORECASE)
_GRID_NAME = re.compile(r"^[^\W\d_][^\W\d_.'’-]*(?:[-'’][^\W\d_]+)*$")


def _grid_options(line: Line) -> list[str] | None:
    """"pro | pro | zdržela se | proti | —": one option per member, "—" for one who did not vote."""
    if line.cells:
        cells = [norm(c or "").strip(" .") for c in line.cells]
        out = [("" if re.fullmatch(r"[—–-]?", c) else field_of(c)) for c in cells]
        ok = all(f in BALLOT_FIELDS or re.fullmatch(r"[—–-]?", c) for f, c in zip(out, cells))
        return out if ok and sum(f in BALLOT_FIELDS for f in out) >= 2 else None
    t = norm(line.text).strip()
    found = list(_GRID_OPTION.finditer(t))
    if not found or _GRID_OPTION.sub(" ", t).strip(" ,;"):
        return None  # other words on the line
    out = ["" if m.group(0) in "—–-" else field_of(m.group(0)) for m in found]
    return out if sum(f in BALLOT_FIELDS for f in out) >= 2 else None


def name_grid(lines: list[Line], i: int) -> VoteFound | None:
    """A roll call written as a grid: a row of members' names over a row of their votes
    ("Kocourek | Rybářová | Šimek" / "pro | pro | zdržela se")."""
    if i + 1 >= len(lines):
        return None
    line = lines[i]
    names = [c.strip() for c in line.cells] if line.cells else line.text.split()
    if len(names) < 3 or not all(_GRID_NAME.match(n.split()[-1]) if n.split() else False for n in names) \
            or not all(n[:1].isupper() for n in names) or any(field_of(norm(n)) for n in names):
        return None
    opts = _grid_options(lines[i + 1])
    if opts is None or len(opts) != len(names):
        return None
    voters: dict[str, list[str]] = {}
    for name, f in zip(names, opts):
        if f in BALLOT_FIELDS:
            voters.setdefault(f, []).append(name)
    counts = {f: len(voters.get(f, [])) for f in ("yes", "no", "abstain")}
    return VoteFound(i, i + 2, counts=counts, voters=voters, notation="roll_call")


def marked_roll_call(lines: list[Line], i: int, cols: list[str]) -> VoteFound | None:
    name_cols = [k for k, f in enumerate(cols) if not f]
    if not name_cols:
        return None
    voters: dict[str, list[str]] = {}
    j = i + 1
    while j < len(lines) and (row := lines[j].cells) and len(row) == len(cols):
        cells = [c or "" for c in row]
        marked = [cols[k] for k, c in enumerate(cells) if cols[k] in BALLOT_FIELDS and _MARK.match(c)]
        name = " ".join(cells[k] for k in name_cols).strip()
        if len(marked) != 1 or not re.search(r"[^\W\d_]{2}", name):
            break
        voters.setdefault(marked[0], []).append(name)
        j += 1
    if j - i < 3:
        return None
    counts = {f: len(voters.get(f, [])) for f in cols if f in BALLOT_FIELDS}
    return VoteFound(i, j, counts=counts, voters=voters, notation="roll_call")
