"""Lines that open or close blocks of a body of minutes: cues ("Návrh usnesení:"), the heading
of the resolutions' section ("Usnesení z 8. zasedání …"), rejected/adopted section headings,
block ends ("Zapsala:", "Diskuse:", "v. r."), bulleted lists and paragraph starts.

Pure functions over text (and line positions); ``decisions`` decides what they mean in
context.  Words come from ``lang.cs.decisions``.
"""

from __future__ import annotations

import re
import statistics
from itertools import pairwise

from minutesparse.document import Line
from minutesparse.fields.phrases import phrase_alternation, starts_with
from minutesparse.lang.cs import decisions as cs

END_START = re.compile(rf"^\s*(?:{phrase_alternation(cs.BLOCK_END_STARTS)})(?![\w])", re.IGNORECASE)
END_HEADING = re.compile(rf"^\s*(?:{phrase_alternation(cs.BLOCK_END_HEADINGS)})(?![\w])\s*(?P<colon>:)?", re.IGNORECASE)
END_MARK = re.compile("|".join(re.escape(x) for x in cs.BLOCK_END_MARKS), re.IGNORECASE)
CUE = starts_with(cs.RESOLUTION_CUES)
SECTION = starts_with(cs.RESOLUTION_SECTION_STARTS)
PROPOSAL = re.compile(rf"(?<![\w])(?:{phrase_alternation(cs.PROPOSAL_CUES)})(?![\w])", re.IGNORECASE)
USNESENI = re.compile(rf"(?<![\w]){phrase_alternation([cs.RESOLUTION_WORD])}(?![\w])", re.IGNORECASE)
REJECTED = re.compile(rf"^\W*(?:{phrase_alternation(cs.REJECTED_SECTIONS)})\W*$", re.IGNORECASE)
ADOPTED = re.compile(rf"^\W*(?:{phrase_alternation(cs.ADOPTED_SECTIONS)})\W*$", re.IGNORECASE)


def is_block_end(text: str) -> bool:
    t = text.strip()
    if not t:
        return False
    if END_MARK.search(t):
        return True
    if t[:1].isupper() and END_START.match(t):
        return True
    m = END_HEADING.match(t)
    return bool(m and t[:1].isupper() and (m.group("colon") or len(t.split()) <= 4))


def cue_rest(text: str) -> str | None:
    """Text after a "Návrh usnesení:" cue (possibly empty), or None when not a cue line."""
    t = text.strip()
    m = CUE.match(t)
    if m and t[m.end():].lstrip().startswith(":"):
        return t[m.end():].lstrip()[1:].strip()
    if t.endswith(":") and USNESENI.search(t) and len(t.split()) <= 14:
        return ""
    return None


BULLET = re.compile(r"^\s*(?:[-–—•▪*·]|\d{1,2}[.)]|[a-z]\))\s+")


def bullet_style(mark: str) -> str:
    mark = mark.strip()
    return "1" + mark[-1] if mark[:1].isdigit() else ("a)" if mark[:1].isalpha() else mark)


def list_items(texts: list[str]) -> list[str]:
    """Bulleted or numbered items, each with its continuation lines; every item is marked as
    the first one ("- …" items: a wrapped "20. 5. 2024" continues the previous item)."""
    items: list[str] = []
    style: str | None = None
    for t in texts:
        m = BULLET.match(t)
        if m and style in (None, bullet_style(m.group(0))):
            style = bullet_style(m.group(0))
            items.append(t[m.end():].strip())
        elif items:
            items[-1] += " " + t.strip()
        else:
            return []
    return items


def paragraph_starts(lines: list[Line]) -> set[int]:
    """Indices of lines preceded by a larger vertical gap than usual (PDF layouts only)."""
    gaps = [b.top - a.top for a, b in pairwise(lines) if a.page == b.page and b.top > a.top]
    if len(gaps) < 5:
        return set()
    pitch = statistics.median(gaps)
    return {k + 1 for k, (a, b) in enumerate(pairwise(lines))
            if a.page == b.page and b.top - a.top > 1.6 * pitch}
