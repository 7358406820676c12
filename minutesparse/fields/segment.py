"""Which agenda item each body line belongs to.

The agenda stage has already read the programme (``m.agenda``: numbers, titles, the
page and raw text of each listed item).  Here we find, after the programme listing,
the heading that opens each item in the body ("3/ Strategie služeb …", "Ad 3)",
"K bodu 3: …", "3. Strategie …") and give every following line that item's number until
the next heading.  Items are searched in order, each after the previous one, so a
number that appears inside prose ("3. patro") is not taken for a heading unless its
text resembles the item's title.  Lines before the first heading (preamble,
programme approval) belong to no item.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from minutesparse.document import Line
from minutesparse.fields.phrases import fold, phrase_alternation
from minutesparse.lang.cs import decisions as cs
from minutesparse.schema import AgendaItem

_PREFIX = re.compile(rf"^\s*(?:(?:{phrase_alternation(cs.ITEM_HEADING_PREFIXES)})\.?\s*)?", re.IGNORECASE)
_NUM = re.compile(r"^(?P<num>(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6}))\s*(?:[./):]|\s-\s|\s–\s)?\s*")


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]{3,}", fold(text))]


def _norm_number(num: str) -> str:
    return num.strip().rstrip(".)/:").strip()


def heading_number(text: str) -> tuple[str, str, bool] | None:
    """(number, rest, prefixed) for a line that starts like an item heading."""
    m = _PREFIX.match(text)
    prefixed = bool(m and m.group(0).strip())
    rest = text[m.end():] if m else text
    n = _NUM.match(rest)
    if not n:
        return None
    return _norm_number(n.group("num")), rest[n.end():].strip(), prefixed


_REF = re.compile(rf"(?<![\w])(?:{phrase_alternation(cs.ITEM_HEADING_PREFIXES)})\.?\s*"
                  r"(?P<num>\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6})(?![\w])", re.IGNORECASE)


def item_reference(text: str) -> str | None:
    """"Část usnesení k bodu č. 7.4.:" -> "7.4" (an item named in a cue line)."""
    m = _REF.search(text)
    return _norm_number(m.group("num")) if m else None


def title_similarity(a: str, b: str) -> float:
    """How much of the shorter title's words the other contains (0..1), or the
    character-level ratio for very short titles."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 1.0 if not wa and not wb else 0.0
    sa, sb = set(wa), set(wb)
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    overlap = len(small & big) / len(small)
    if len(small) <= 2:
        overlap = max(overlap, SequenceMatcher(None, " ".join(wa[:6]), " ".join(wb[:6])).ratio())
    return overlap


def _listing_end(lines: list[Line], agenda: list[AgendaItem]) -> int:
    """Index of the last line of the programme listing (-1 when not found)."""
    raws = [fold(" ".join(it.raw.split())) for it in agenda if it.raw]
    end = -1
    if raws:
        pos = 0
        for raw in raws:
            for k in range(pos, len(lines)):
                t = fold(" ".join(lines[k].text.split()))
                if t and (t in raw or raw.startswith(t[: max(12, len(t) // 2)])):
                    end = max(end, k)
                    pos = k + 1
                    break
        if end >= 0:
            return end
    # no raw text: the listing is the first run of lines that look like the items in order
    k = 0
    for it in agenda:
        want = _norm_number(it.number)
        while k < len(lines):
            h = heading_number(lines[k].text)
            k += 1
            if h and h[0] == want and title_similarity(h[1], it.title) >= 0.5:
                end = k - 1
                break
    return end


def item_headings(lines: list[Line], agenda: list[AgendaItem]) -> dict[int, str]:
    """Line index -> item number, for the lines that open an item in the body."""
    if not agenda:
        return {}
    start = _listing_end(lines, agenda) + 1
    found: dict[int, str] = {}
    k = start
    for it in agenda:
        want = _norm_number(it.number)
        for j in range(k, len(lines)):
            h = heading_number(lines[j].text)
            if not h or h[0] != want:
                continue
            sim = title_similarity(h[1], it.title) if h[1] else (1.0 if h[2] else 0.0)
            if sim >= 0.5 or (h[2] and sim >= 0.2):
                found[j] = it.number
                k = j + 1
                break
    return found


def assign_items(lines: list[Line], agenda: list[AgendaItem]) -> list[str | None]:
    """The agenda item number of every line (None before the first heading)."""
    heads = item_headings(lines, agenda)
    out: list[str | None] = []
    cur: str | None = None
    for i in range(len(lines)):
        if i in heads:
            cur = heads[i]
        out.append(cur)
    return out
