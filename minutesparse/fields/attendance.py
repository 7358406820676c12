"""Stage 'attendance': who was present, excused, absent or a guest; counts; quorum; movements.

A list starts at a heading (``lang.cs.attendance.HEADINGS``: "Přítomni členové:", "Omluven –",
"Stálí hosté:", "Členové komise přítomni:") and runs over the following lines until the next
heading, a programme, a numbered item or prose.  Wrapped lines are joined ("…, Josef" /
"Macháček, …"); one-name-per-line lists stay separate ("Jan Fryml, zastupitel ZO Blešno").
Names are read by ``people.split_people`` in the nominative case (lists are nominative).

Counts come from the heading ("Přítomni (19):") or a statement in the attendance block
("Přítomno 9 z 11 členů", "(přítomno 5 z 7 členů)"), else the number of names present.
Quorum statements and late arrivals / early departures are read from the whole text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from minutesparse.document import Line, TextDocument
from minutesparse.fields import dates
from minutesparse.fields.people import parse_person, split_people
from minutesparse.fields.names import fold
from minutesparse.lang.cs import attendance as cs
from minutesparse.lang.cs import structure as cs_structure
from minutesparse.lang.cs import titles as cs_titles
from minutesparse.schema import Minutes, Movement, Person

_CATEGORIES = ("present", "guests", "excused", "absent")
_TITLE_START = re.compile(
    r"^\s*(?:(?:" + "|".join(re.escape(t) for t in sorted(cs_titles.TITLES_BEFORE + cs_titles.HONORIFICS, key=len,
                                                         reverse=True)) + r")\s*)+")


def _alt(words) -> str:
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _heading_re() -> re.Pattern[str]:
    # heading, up to three more words (e.g. "Členové komise přítomni", "Přítomní členové AS FSt"),
    # an optional count "(19)", then ":" / dash / end of line
    return re.compile(
        rf"^\s*(?P<head>{_alt(cs.HEADINGS)})(?![\w])(?P<extra>(?:\s+[\w./]+){{0,3}}?)\s*"
        rf"(?:\(\s*(?P<count>\d{{1,3}})\s*\))?\s*(?P<sep>:|[–—-]\s|$)", re.IGNORECASE)


_HEADINGS_FOLDED = {fold(k): v for k, v in cs.HEADINGS.items()}
_COUNT = re.compile(
    rf"(?:{_alt(cs.COUNT_WORDS)})\s*:?\s*(?P<n>\d{{1,3}})(?:\s*(?:{_alt(cs.OF_WORDS)})\s*(?:celkov\w*\s+(?:poctu\s+)?)?(?P<of>\d{{1,3}}))?"
    rf"|(?P<n2>\d{{1,3}})\s*(?:{_alt(cs.MEMBER_WORDS)})?\s*(?:{_alt(cs.OF_WORDS)})\s*(?:celkov\w*\s+(?:poctu\s+)?)?(?P<of2>\d{{1,3}})\s*(?:{_alt(cs.MEMBER_WORDS)})"
    rf"|(?<![\d.])(?P<n3>\d{{1,3}})\s+(?:{_alt(cs.MEMBER_WORDS)})(?!\w)",
    re.IGNORECASE)
_BY_LIST = re.compile(_alt(cs.BY_LIST_CUES), re.IGNORECASE)
_QUORUM_NEG = re.compile(_alt(cs.QUORUM_NEGATIVE))
_QUORUM_POS = re.compile(_alt(cs.QUORUM_POSITIVE))
_ARRIVE = re.compile(rf"(?<!\w)(?:{_alt(cs.ARRIVAL_VERBS)})(?!\w)", re.IGNORECASE)
_LEAVE = re.compile(rf"(?<!\w)(?:{_alt(cs.DEPARTURE_VERBS)})(?!\w)", re.IGNORECASE)
_AGENDA = re.compile(rf"^\s*(?:{_alt(cs_structure.AGENDA_HEADINGS)})", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\s*[./)]\s+\S")
_VOTE_WORDS = re.compile(r"(?<!\w)(?:pro|proti|zdržel|zdrzel|hlasování|hlasovani)(?!\w)", re.IGNORECASE)


@dataclass(slots=True)
class _Block:
    category: str
    heading: Line
    text: str
    lines: list[Line] = field(default_factory=list)
    count: int | None = None


def _match_heading(line: Line) -> tuple[str, re.Match[str]] | None:
    if line.cells is not None:
        return None  # a table header ("PŘÍTOMNO: PRO: …") is a vote, not a list
    folded = fold(line.text)
    m = _heading_re().match(folded)
    if not m:
        return None
    head = " ".join(m.group("head").split())
    category = _HEADINGS_FOLDED.get(head)
    if category is None:
        return None
    extra = fold(m.group("extra") or "")
    # "Členové komise přítomni" / "Přítomní … omluveni": a later heading word decides
    for word in extra.split():
        if word in _HEADINGS_FOLDED and _HEADINGS_FOLDED[word] != "present":
            category = _HEADINGS_FOLDED[word]
    if m.group("sep") == "" and m.end() < len(folded):
        return None
    rest = line.text[m.end():]
    if _VOTE_WORDS.search(rest[:40]) and not re.search(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-z]", rest[:40]):
        return None  # "Přítomno: 9, pro: 9 …"
    return category, m


def _is_prose(text: str) -> bool:
    words = text.split()
    return len(words) > 14 and text.rstrip().endswith(".") and text.count(",") < len(words) / 6


def _stops_list(line: Line) -> bool:
    text = line.text.strip()
    if not text or line.cells is not None:
        return True
    if _match_heading(line) or _AGENDA.match(fold(text)) or _NUMBERED.match(text):
        return True
    if _COUNT.search(fold(text)) or _QUORUM_POS.search(fold(text)) or _QUORUM_NEG.search(fold(text)):
        return True
    if re.match(r"^\s*[^\W\d_][\w ]{0,25}:", text) and not re.match(r"^\s*(?:Ing|Mgr|Bc|MUDr|JUDr|p|pí)\.", text):
        return True  # another label ("Zapisovatel:", "Ověřovatelé:")
    return _is_prose(text)


def _continues_list(so_far: str, text: str) -> bool:
    """A following line belongs to the list when it continues a wrapped entry or names people."""
    t = text.strip()
    if so_far.rstrip().endswith((",", ";", "–", "-")) or t[:1] in ",;" or (t[:1].islower() and not _TITLE_START.match(t)):
        return True
    if t.isupper() and "," not in t and not _TITLE_START.match(t) and not so_far.isupper():
        return False  # a capitals heading ("OTEVÍRÁNÍ OBÁLEK")
    last = re.split(r"[,;]", so_far)[-1].strip()
    if last and len(_TITLE_START.sub("", last).split()) <= 1 and not last.endswith("."):
        return True  # "…, Josef" + "Macháček, …"
    return any(p.given_name or p.titles_before for p in split_people(t, case="nom"))


def _join(prev: str, nxt: str) -> str:
    """Join a wrapped list line: a space when the name continues, a list separator when the
    previous line ended a complete entry (one person per line)."""
    p, n = prev.rstrip(), nxt.strip()
    if not p:
        return n
    if p.endswith((",", ";", "–", "-")) or n[:1] in ",;":
        return f"{p} {n}"
    starts_entry = bool(_TITLE_START.match(n))
    if n[:1].islower() and not starts_entry:
        return f"{p} {n}"  # "… předsedkyně" + "výboru, …"
    last = re.split(r"[,;]", p)[-1].strip()
    name_toks = [t for t in _TITLE_START.sub("", last).split() if not t.endswith(".") or len(t) > 3]
    if len(name_toks) <= 1 and not last.endswith("."):
        return f"{p} {n}"  # "…, Josef" + "Macháček"; "…, Ing. Roman" + "Šťastný, …"
    return f"{p}; {n}"


def _blocks(doc: TextDocument) -> list[_Block]:
    lines = doc.lines
    out: list[_Block] = []
    i = 0
    while i < len(lines):
        hm = _match_heading(lines[i])
        if not hm:
            i += 1
            continue
        category, m = hm
        text = lines[i].text[m.end():].strip()
        block = _Block(category, lines[i], text, [lines[i]], int(m.group("count")) if m.group("count") else None)
        j = i + 1
        while j < len(lines) and not _stops_list(lines[j]) and _continues_list(block.text, lines[j].text):
            block.text = _join(block.text, lines[j].text)
            block.lines.append(lines[j])
            j += 1
        out.append(block)
        i = j
    return out


def _counts(text: str) -> tuple[int | None, int | None]:
    m = _COUNT.search(fold(text))
    if not m:
        return None, None
    n = m.group("n") or m.group("n2") or m.group("n3")
    of = m.group("of") or m.group("of2")
    return (int(n) if n else None), (int(of) if of else None)


def _quorum(doc: TextDocument) -> bool | None:
    for ln in doc.lines:
        f = fold(ln.text)
        if _QUORUM_NEG.search(f):
            return False
        if _QUORUM_POS.search(f):
            return True
    return None


def _movements(doc: TextDocument) -> list[Movement]:
    out: list[Movement] = []
    for ln in doc.lines:
        text = unicodedata.normalize("NFC", ln.text)
        for rx, event in ((_ARRIVE, "arrived"), (_LEAVE, "left")):
            vm = rx.search(fold(text))
            if not vm:
                continue
            before = text[:vm.start()]
            # the clause that holds the name: after the last sentence end ("…ukončeno. ") or bracket
            ends = [e.end() for e in re.finditer(r"[^\W\d_]{4,}[.!?]\s+|[(;]\s*", before)]
            clause_start = ends[-1] if ends else 0
            name_text = before[clause_start:].strip(" ,")
            person = parse_person(name_text, case="nom") if name_text else None
            if person is None:
                continue
            times = [t for t in dates.find_times(text[vm.end():vm.end() + 30])]
            time = times[0][0] if times else None
            end = vm.end() + (times[0][2] if times else 0)
            raw = " ".join(text[clause_start:end].split()).strip(" ,")
            out.append(Movement(person=person, event=event, time=time, raw=raw, page=ln.page))  # type: ignore[arg-type]
    return out


def apply(doc: TextDocument, m: Minutes) -> None:
    if not doc.lines:
        return
    att = m.attendance
    lists: dict[str, list[Person]] = {c: [] for c in _CATEGORIES}
    block_count: int | None = None
    block_total: int | None = None
    for block in _blocks(doc):
        if _BY_LIST.search(fold(block.text)):
            if block.category == "present":
                att.by_list = True
            n, of = _counts(block.text)
            if block.category == "present" and n is not None:
                block_count, block_total = n, of
            elif block.category == "present" and block.count is not None:
                block_count = block.count
            bl = _BY_LIST.search(fold(block.text))
            block.text = (block.text[:bl.start()] + block.text[bl.end():]) if bl else block.text
            if not re.search(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]", block.text):
                continue
        people = split_people(block.text, case="nom")
        if not people and block.count is None:
            continue
        known = {(p.family_name, p.given_name) for p in lists[block.category]}
        lists[block.category].extend(p for p in people if (p.family_name, p.given_name) not in known)
        if block.category == "present" and block.count is not None:
            block_count = block.count
    # attendance tables: "Ing. Jan Novák | přítomen" rows
    for cat, person in _table_rows(doc):
        if (person.family_name, person.given_name) not in {(p.family_name, p.given_name) for p in lists[cat]}:
            lists[cat].append(person)
    # counts stated near the lists ("Přítomno 9 z 11 členů", "(přítomno 5 z 7 členů)")
    if block_count is None:
        for ln in _attendance_region(doc):
            n, of = _counts(ln.text)
            if n is not None:
                block_count, block_total = n, of
                break
    att.present, att.guests, att.excused, att.absent = (lists[c] for c in _CATEGORIES)
    att.present_count = block_count if block_count is not None else (len(att.present) or None)
    att.total_members = block_total
    att.quorum = _quorum(doc)
    att.movements = _movements(doc)
    if block_count is not None and att.present and not att.by_list and block_count != len(att.present):
        m.warn("attendance_count_mismatch",
               f"{block_count} present stated, {len(att.present)} names listed", att.present and None)


_PRESENCE = {fold(k): v for k, v in cs.PRESENCE_CELLS.items()}


def _table_rows(doc: TextDocument) -> list[tuple[str, Person]]:
    """Rows of an attendance table: one cell a person, another a presence word."""
    out = []
    for ln in doc.lines:
        if not ln.cells or len(ln.cells) < 2:
            continue
        cats = [_PRESENCE.get(fold(c.strip(" .:"))) for c in ln.cells]
        cat = next((c for c in cats if c), None)
        if cat is None:
            continue
        for cell, c in zip(ln.cells, cats):
            if c:
                continue
            p = parse_person(cell, case="nom")
            if p is not None and (p.given_name or p.titles_before):
                out.append((cat, p))
                break
    return out


def _attendance_region(doc: TextDocument) -> list[Line]:
    """Lines from the first attendance heading to the programme or first numbered item."""
    out: list[Line] = []
    started = False
    for ln in doc.lines:
        if not started:
            if _match_heading(ln):
                started = True
                out.append(ln)
            continue
        if _AGENDA.match(fold(ln.text)) or _NUMBERED.match(ln.text):
            break
        out.append(ln)
        if len(out) > 40:
            break
    return out
