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
from itertools import pairwise

from minutesparse.document import Line
from minutesparse.fields import resolutions as rs
from minutesparse.fields.phrases import fold, phrase_alternation
from minutesparse.lang.cs import decisions as cs
from minutesparse.lang.cs import votes as cs_votes
from minutesparse.schema import AgendaItem

_PREFIX = re.compile(rf"^\s*(?:(?:{phrase_alternation(cs.ITEM_HEADING_PREFIXES)})\.?\s*)?", re.IGNORECASE)
_NUM = re.compile(r"^(?P<num>(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6}))\s*(?:[./):–—-](?!\d))?\s*")


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


def explicit_item(text: str) -> str | None:
    """"K bodu 3:", "Bod 3 –", "Ad 3)", "Číslo bodu: 3." at the start of a line -> "3"."""
    t = text.lstrip()
    if not t[:1].isupper():
        return None  # "… stahuje\nbod 8 z programu": a wrapped sentence, not a heading
    h = heading_number(t)
    return h[0] if h and h[2] else None


def heading_rest(text: str, title: str) -> str:
    """What follows an explicit "K bodu 2:" heading when it is not the item's title."""
    h = heading_number(text)
    if not h or not h[2] or not h[1] or title_similarity(h[1], title) >= 0.5:
        return ""
    return h[1].lstrip(" :–—-").strip()


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


def _raw_match(lines: list[Line], k: int, raw: str) -> list[int]:
    """Line ``k`` (and the lines continuing it) spell the listed item's raw text."""
    t = fold(" ".join(lines[k].text.split()))
    if not t or not raw.startswith(t[: max(12, len(t) // 2)]):
        return []
    out = [k]
    rest = raw[len(t):].strip()
    j = k + 1
    while rest and j < len(lines):  # a listed title over several lines
        tj = fold(" ".join(lines[j].text.split()))
        if not tj or not rest.startswith(tj[: max(8, len(tj) // 2)]):
            break
        out.append(j)
        rest = rest[len(tj):].strip()
        j += 1
    return out


def _listing_lines(lines: list[Line], agenda: list[AgendaItem], max_gap: int = 3) -> set[int]:
    """Indices of the programme listing: the items' raw texts on consecutive lines (a
    heading in the body that repeats item 1's text is not the listing)."""
    raws = [fold(" ".join(it.raw.split())) for it in agenda]
    if not raws or not raws[0]:
        return set()
    best: set[int] = set()
    best_items = 0
    for k in range(len(lines)):
        first = _raw_match(lines, k, raws[0])
        if not first:
            continue
        chain = set(first)
        items = 1
        pos = first[-1] + 1
        for raw in raws[1:]:
            if not raw:
                continue
            nxt = next((got for j in range(pos, min(len(lines), pos + max_gap)) if (got := _raw_match(lines, j, raw))),
                       None)
            # prose between two headings: the body's own headings, not a listing
            if nxt is None or any(lines[g].text.rstrip().endswith(".") and len(lines[g].text.split()) > 3
                                  for g in range(pos, nxt[0])):
                break
            chain.update(nxt)
            items += 1
            pos = nxt[-1] + 1
        if len(chain) > len(best):
            best, best_items = chain, items
        if len(best) >= len(raws):
            break
    # one item alone is no listing: the programme was read from the body's own headings
    return best if best_items >= min(2, len(raws)) else set()


def _fallback_listing_end(lines: list[Line], agenda: list[AgendaItem]) -> int:
    """Without raw text the listing is the first run of lines that look like the items."""
    end = -1
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


def _is_heading(line: Line, want: str, title: str) -> bool:
    h = heading_number(line.text)
    if not h or h[0] != want:
        return False
    if h[2]:
        return True  # "K bodu 2: Výbor prověřil …" names the item explicitly
    sv = rs.subject_verb(h[1])
    if (sv is not None and sv.verb is not None) or rs.match_label(h[1]):
        return False  # "1. Členská schůze bere na vědomí …", "2. Usn. 211/2024/POSS": a listed resolution
    return bool(h[1]) and title_similarity(h[1], title) >= 0.5


def _heading_candidate(text: str) -> tuple[int, str] | None:
    """"3. Rozpočet fakulty na rok 2024" / "4) Plán inventarizace" -> (3, title): a short
    numbered line with a capitalised title, no decision verb and no vote."""
    h = heading_number(text)
    if not h or not h[0].isdigit() or not h[1][:1].isupper():
        return None
    num, rest = int(h[0]), h[1]
    words = rest.split()
    if not words or len(words) > 14 or rest.rstrip().endswith((",", ";")) or (rest.rstrip().endswith(".") and len(words) > 6):
        return None
    sv = rs.subject_verb(rest)
    if (sv is not None and sv.verb is not None) or rs.match_label(rest) or re.search(r"\d\s*[/:–-]\s*\d+\s*[/:–-]\s*\d", rest):
        return None  # "1. AS schválil program (18/0/0)", "2. Usn. 211/2024": a listed resolution or vote
    return num, rest


def numbered_headings(lines: list[Line]) -> dict[int, str]:
    """Without a parsed programme: the longest run of numbered headings "1. …", "2. …" (each
    number one more than the previous, never on adjacent lines, which would be a listing)."""
    found = [(i, c[0]) for i, ln in enumerate(lines) if not ln.cells and (c := _heading_candidate(ln.text))]
    at = set(found)
    # a line of a listing (the next or previous line is the next or previous number) is no heading
    cands = [(i, n) for i, n in found if (i - 1, n - 1) not in at and (i + 1, n + 1) not in at]
    best: list[tuple[int, int]] = []
    for k, (i, num) in enumerate(cands):
        chain = [(i, num)]
        for j, n in cands[k + 1:]:
            if n == chain[-1][1] + 1 and j > chain[-1][0] + 1:
                chain.append((j, n))
        if len(chain) > len(best):
            best = chain
    return {i: str(n) for i, n in best} if len(best) >= 2 else {}


def item_headings(lines: list[Line], agenda: list[AgendaItem], *, numbered: bool = False) -> dict[int, str]:
    """Line index -> item number, for the lines that open an item in the body.

    The programme listing itself is skipped.  The first item's heading may come before
    the listing (the programme is approved inside item 1); later headings come after it.
    Without a programme, in minutes (``numbered``), the numbered headings of the body are the
    items (in a list of resolutions numbered lines are its points, not headings)."""
    if not agenda:
        return numbered_headings(lines) if numbered else {}
    listing = _listing_lines(lines, agenda)
    if not listing and all(it.raw for it in agenda):
        # no listing at all: the programme was read from the body's own headings
        found = _find_headings(lines, agenda, 0, set())
        if not any(b == a + 1 for a, b in pairwise(sorted(found))):
            return _continue_headings(lines, found) if numbered else found
    start = (max(listing) + 1) if listing else _fallback_listing_end(lines, agenda) + 1
    return _find_headings(lines, agenda, start, listing)


def _continue_headings(lines: list[Line], found: dict[int, str]) -> dict[int, str]:
    """A programme read from the body's headings may stop short ("4. Zpráva o plnění usnesení …"
    was not taken for an item): numbered headings after the last one, each one more than the
    previous, continue it."""
    if not found:
        return found
    last = max(found)
    try:
        want = int(found[last]) + 1
    except ValueError:
        return found
    out = dict(found)
    cands = {i: c[0] for i in range(last + 1, len(lines))
             if not lines[i].cells and (c := _heading_candidate(lines[i].text))}
    prev = last
    for i in sorted(cands):
        if cands[i] == want and i > prev + 1 and cands.get(i + 1) != want + 1 and cands.get(i - 1) != want - 1:
            out[i] = str(want)
            prev, want = i, want + 1
    return out


def _find_headings(lines: list[Line], agenda: list[AgendaItem], start: int, listing: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    k = start
    first = True
    for it in agenda:
        want = _norm_number(it.number)
        lo = 0 if first and listing else k
        first = False
        for j in range(lo, len(lines)):
            if j in listing or (j < start and j >= min(listing, default=0) and listing):
                continue
            if _is_heading(lines[j], want, it.title):
                found[j] = it.number
                k = max(k, j + 1) if j >= start else k
                break
    return found


def assign_items(lines: list[Line], agenda: list[AgendaItem], *, numbered: bool = False) -> list[str | None]:
    """The agenda item number of every line (None before the first heading)."""
    heads = item_headings(lines, agenda, numbered=numbered)
    out: list[str | None] = []
    cur: str | None = None
    for i in range(len(lines)):
        if i in heads:
            cur = heads[i]
        out.append(cur)
    return out


# --------------------------------------------------------------------------- one-paragraph text
_SPLIT_LABEL = rf"(?:{phrase_alternation(cs.LABEL_WORDS)})\s*(?:(?:{phrase_alternation(cs.NUMBER_MARKS)})\s*)?:?\s*\d"
_SPLIT_AT = re.compile(
    rf"\s(?=(?:{_SPLIT_LABEL}|(?:{phrase_alternation(cs_votes.VOTE_CUES)})(?![\w])|(?:{phrase_alternation(cs.BLOCK_END_STARTS)})(?![\w])))"
    rf"|(?<=[\d)])\s+(?=\d{{1,2}}[.)]\s+[^\W\d_][^\W\d_])", re.IGNORECASE)


# inside a paragraph wrapped into ordinary lines only the unmistakable starts cut a line: a
# label with a colon after its number ("… záznamu. USNESENÍ č. 12/2: ZO …") or a vote cue with
# a colon, after a sentence end or a count
_SPLIT_MID = re.compile(
    rf"(?:(?<=[.;)])|(?<=\d))\s+(?=(?:{_SPLIT_LABEL}[\w/.-]*\s*:|(?:{phrase_alternation(cs_votes.VOTE_CUES)})\s*:))",
    re.IGNORECASE)


_PIPE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")


def pipe_rows(lines: list[Line]) -> list[Line]:
    """Plain text with table rows written "| pro: | (6) Palouš, … |" (a web export or a text
    made from a table) read like the rows of a ruled PDF table: ``cells`` set, ``text`` the
    non-empty cells joined by spaces, consecutive rows one table."""
    out: list[Line] = []
    table = -1
    prev_row = False
    for ln in lines:
        m = _PIPE_ROW.match(ln.text) if ln.cells is None else None
        if m is None:
            out.append(ln)
            prev_row = False
            continue
        if not prev_row:
            table += 1
        cells = [c.strip() for c in m.group("cells").split("|")]
        out.append(Line(" ".join(c for c in cells if c), ln.page, ln.top, ln.x0, ln.x1, ln.size, ln.bold,
                        cells=cells, table=table))
        prev_row = True
    return out


def split_long_lines(lines: list[Line], limit: int = 300) -> list[Line]:
    """A text layer without line breaks (a whole zápis in one paragraph) read as lines: a long
    line is cut before each resolution label ("USNESENÍ č. 12/1:"), vote cue ("Hlasování:"),
    closing line ("Zapsala:") and numbered heading following a count ("… 0 2. Prodej akcií");
    an ordinary line only before a label or vote cue with its colon after a sentence end.
    Rows written between pipes become table rows first (``pipe_rows``)."""
    out: list[Line] = []
    for ln in pipe_rows(lines):
        if ln.cells:
            out.append(ln)
            continue
        rx = _SPLIT_AT if len(ln.text) > limit else _SPLIT_MID
        cuts = [0] + [m.end() for m in rx.finditer(ln.text) if _cut_ok(ln.text, m)] + [len(ln.text)]
        if len(cuts) == 2:
            out.append(ln)
            continue
        for a, b in pairwise(cuts):
            piece = ln.text[a:b].strip()
            if piece:
                out.append(Line(piece, ln.page, ln.top, ln.x0, ln.x1, ln.size, ln.bold))
    return _rejoin_labels(out) if any(_LABEL_AT_END.search(ln.text) for ln in out) else out


_LABEL_AT_END = re.compile(
    rf"(?:^|(?<=\s))((?:{phrase_alternation(cs.LABEL_WORDS)})\s*(?:{phrase_alternation(cs.NUMBER_MARKS)}))\s*$", re.IGNORECASE)


# the number, then a colon, the line's end or a capitalised wording ("12/1: ZO …"), not prose ("3/5/2021 je")
_NUMBER_STARTS_WORDING = re.compile(r"^\s*\d[\w/.?-]*\s*(?:[:–—-]|$|[^\W\d_]*[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])")


def _rejoin_labels(lines: list[Line]) -> list[Line]:
    """"… záznam ze zasedání. USNESENÍ č." / "12/1: ZO schvaluje …": a label broken by the
    wrapping goes to the line with its number."""
    out = list(lines)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        m = _LABEL_AT_END.search(a.text)
        if m and m.group(1)[:1].isupper() and _NUMBER_STARTS_WORDING.match(b.text) and not a.cells and not b.cells:
            frag = m.group(1)
            out[k] = Line(a.text[:m.start(1)].rstrip(), a.page, a.top, a.x0, a.x1, a.size, a.bold)
            out[k + 1] = Line(f"{frag} {b.text.lstrip()}", b.page, b.top, b.x0, b.x1, b.size, b.bold)
    return [ln for ln in out if ln.text.strip() or ln.cells]


def _cut_ok(text: str, m: re.Match[str]) -> bool:
    nxt = text[m.end():m.end() + 1]
    return nxt.isupper() or nxt.isdigit()
