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
