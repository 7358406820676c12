"""Clause boundaries in running text, without a sentence model.

The dots of titles ("Ing."), honorifics ("pí."), initials ("J."), abbreviations ("č.", "hod.")
and numbers ("19.50", "5. 12.") never end a clause; a sentence-ending dot, "!", "?", ";" and an
opening bracket do.  Cheap enough to call on every line (spaCy's sentence component is used
only on short spans elsewhere).

    >>> t = "Ověřovatelé zápisu byli zvoleni p. Raška a pí. Stužková. Hlasování: pro 13"
    >>> t[:clause_end(t, 0)]
    'Ověřovatelé zápisu byli zvoleni p. Raška a pí. Stužková'
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from minutesparse.document import Line
from minutesparse.fields.names import fold
from minutesparse.lang.cs import structure as cs_structure
from minutesparse.lang.cs import titles as cs_titles


@functools.lru_cache(maxsize=1)
def _no_stop() -> frozenset[str]:
    words = (*cs_titles.TITLES_BEFORE, *cs_titles.HONORIFICS, *cs_structure.ABBREVIATIONS)
    return frozenset(fold(w.split()[-1].rstrip(".")) for w in words)


def clause_end(text: str, pos: int = 0, brackets: bool = True) -> int:
    """Index where the clause running at ``pos`` ends (``len(text)`` when it runs to the end)."""
    stops = r"[.;(!?]" if brackets else r"[.;!?]"
    for m in re.finditer(stops, text[pos:]):
        at = pos + m.start()
        if m.group() == ".":
            if at + 1 < len(text) and not text[at + 1].isspace():
                continue  # "19.50", "p.Dvořáček", "a.s."
            word = re.search(r"(\S+)$", text[:at])
            w = fold(word.group(1)).lstrip("(") if word else ""
            if w in _no_stop() or len(w) <= 2 or w.isdigit():
                continue
        return at
    return len(text)


def clause_start(text: str, pos: int) -> int:
    """Index where the clause that holds ``pos`` starts (after the last clause end before it)."""
    start = 0
    at = 0
    while at < pos:
        end = clause_end(text, at, brackets=False)
        if end >= pos:
            break
        start = at = end + 1
    return start


def looks_like_sentence(text: str) -> bool:
    """Three small-letter words before the first capitalised one (after the first word): a
    sentence ("Zapisovatelem zápisu byl jmenován místostarosta pan Jiří Vrba."), not a list entry or
    a signature line, where a role follows the name ("Ing. Jan Novák – starosta")."""
    lower = 0
    for w in text.split()[1:]:
        if w[:1].isupper() or w[:1].isdigit():
            break
        if w[:1].isalpha() and not w.endswith("."):
            lower += 1
    return lower >= 3


_LABEL_AHEAD = re.compile(r"(?<=[.;])\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][^\s:.;,]{0,25}(?:\s+[^\s:.;,]{1,25}){0,3}\s*"
                          r"(?:\(\s*\d{1,3}\s*\))?\s*:\s)")
def split_label_sentences(lines: list[Line]) -> list[Line]:
    """A line that runs several labelled sentences together ("… ze dne 9. 5. 2023. Přítomni (5):
    pí Hana Ševčíková, … Omluven: p. Vladimír Mikulica. Jednání …") as one line per sentence that
    starts with a label, so list and signature labels are read at a line start as usual."""
    out: list[Line] = []
    for ln in _hand_over_labels(lines):
        if ln.cells is not None or ": " not in ln.text[1:]:
            out.append(ln)
            continue
        cuts = [m.end() for m in _LABEL_AHEAD.finditer(ln.text) if not _abbreviation_before(ln.text, m.start())]
        if not cuts:
            out.append(ln)
            continue
        bounds = [0, *cuts, len(ln.text)]
        for a, b in pairwise(bounds):
            piece = ln.text[a:b].strip()
            if piece:
                out.append(Line(text=piece, page=ln.page, top=ln.top, x0=ln.x0, x1=ln.x1, size=ln.size, bold=ln.bold))
    return out


@functools.lru_cache(maxsize=1)
def _name_prefixes() -> frozenset[str]:
    return frozenset(fold(w.split()[-1].rstrip(".")) for w in (*cs_titles.TITLES_BEFORE, *cs_titles.HONORIFICS))


_LABEL_AT_END = re.compile(r"(?<=[.;])\s+([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][^\s:.;,]{1,25}(?:\s+[^\s:.;,(]{1,25}){0,2})\s*$")
_LABEL_REST = re.compile(r"^\s*(?:\(\s*\d{1,3}\s*\))?\s*:")


def _hand_over_labels(lines: list[Line]) -> list[Line]:
    """"… ze dne 9. 5. 2023. Přítomni" / "(5): pí Hana …": a label the margin cut from its colon
    moves to the next line."""
    out = list(lines)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        m = _LABEL_AT_END.search(a.text)
        if m and a.cells is None and b.cells is None and _LABEL_REST.match(b.text):
            out[k] = Line(text=a.text[:m.start()].rstrip(), page=a.page, top=a.top, x0=a.x0, x1=a.x1, size=a.size,
                          bold=a.bold)
            out[k + 1] = Line(text=f"{m.group(1)} {b.text.strip()}", page=b.page, top=b.top, x0=b.x0, x1=b.x1,
                              size=b.size, bold=b.bold)
    return out


def _abbreviation_before(text: str, dot: int) -> bool:
    """The dot before ``dot`` belongs to a title, honorific or initial (a name follows, not a label)."""
    word = re.search(r"(\S+)$", text[:dot])
    w = fold(word.group(1)).rstrip(".;") if word else ""
    return w in _name_prefixes() or len(w) <= 1
