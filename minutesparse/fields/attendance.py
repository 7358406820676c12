"""Stage 'attendance': who was present, excused, absent or a guest; counts; quorum; movements.

A list starts at a heading (``lang.cs.attendance.HEADINGS``: "Přítomni členové:", "Omluven –",
"Stálí hosté:", "Členové komise přítomni:", "P ř í t o m n i:", "Dle prezenční listiny přítomni:",
"Nepřítomen člen ZMČ, omluven:") and runs over the following lines until the next heading, a
programme, a numbered item or prose.  One line may hold several headings ("Přítomno: 7, omluveni:
2 (…), hosté: 1 (…)"); each opens its own list.  Wrapped lines are joined ("…, Josef" /
"Macháček, …"); one-name-per-line and bulleted lists stay separate; group labels inside a list
("VV SDH ČR: R. Dudík, …", "Za rodiče: p. Dvořáček") are dropped.  Names are read by
``people.split_people`` in the nominative case (lists are nominative); a status at an entry
("p. Žák – omluven") moves the person to that list; a substitute "Kujanová za Velemínského" is
Kujanová.

Counts come from the heading ("Přítomni (19):"), the list's end ("… (22)", "… – 9 osob"), a
statement in the attendance block ("Přítomno 9 z 11 členů"), else a statement in the opening
prose ("je přítomno 8 z 9 zastupitelů", "v počtu osm z devíti členů", "z celkového počtu 15
členů … přítomno 13"), else the number of names present.  Without an excused list, the opening
prose is read for excuses ("Omluvil Ing. Miroslava Kuchaře.", "omluveni jsou pan Jurka a paní
Polívková").  Quorum statements and late arrivals / early departures ("V 18:19 hod přišla paní
Zdena Tomanová.", "Předčasný odchod pí. Bártová 19,50 hod.") are read from the whole text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from minutesparse.document import Line, TextDocument
from minutesparse.fields import dates
from minutesparse.fields.classify import despace
from minutesparse.fields.clauses import (
    clause_end,
    looks_like_sentence,
    split_label_sentences,
)
from minutesparse.fields.names import fold
from minutesparse.fields.people import Roster, parse_person, split_people
from minutesparse.lang.cs import attendance as cs
from minutesparse.lang.cs import dates as cs_dates
from minutesparse.lang.cs import structure as cs_structure
from minutesparse.lang.cs import titles as cs_titles
from minutesparse.lang.cs import votes as cs_votes
from minutesparse.schema import Minutes, Movement, Person

_CATEGORIES = ("present", "guests", "excused", "absent")
_TITLE_START = re.compile(
    r"^\s*(?:(?:" + "|".join(re.escape(t) for t in sorted(cs_titles.TITLES_BEFORE + cs_titles.HONORIFICS, key=len,
                                                         reverse=True)) + r")\s*)+", re.IGNORECASE)
OPENING_LINES = 80  # the opening of minutes, where attendance is stated in prose


def _alt(words) -> str:
    # words of a phrase may have lost their space when letter spacing was closed up ("Dálepřítomni:")
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s*") for w in sorted(set(words), key=len, reverse=True))


def _alt_written(words) -> str:
    """Alternation of ``words`` as written and without diacritics (matched on unfolded text)."""
    forms = set(words) | {fold(w) for w in words}
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(forms, key=len, reverse=True))


def _gap_alt(words) -> str:
    """Phrases where "…" stands for up to four words ("schopn … usnášet")."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        parts = [re.escape(fold(p.strip())).replace(r"\ ", r"\s+") for p in w.split("…")]
        out.append(r"\w*(?:\s+\S+){0,4}?\s+".join(parts))
    return "|".join(out)


_HEAD_CORE = (rf"(?P<head>{_alt(cs.HEADINGS)})(?![\w])(?P<extra>(?:[\s,]+[^\W\d_][\w./]*){{0,6}}?)\s*"
              rf"(?:\(\s*(?P<count>\d{{1,3}})\s*\)|\([^()]{{0,40}}\))?\s*")


@functools.lru_cache(maxsize=1)
def _heading_re() -> re.Pattern[str]:
    # optional prefix ("dle prezenční listiny"), heading, up to four more words ("Členové komise
    # přítomni", "Nepřítomen člen ZMČ, omluven"), a count "(19)" or a remark "(abecedně …)",
    # then ":" / dash / end of line
    return re.compile(rf"^\s*(?:(?:{_alt(cs.HEADING_PREFIXES)})\s+)?{_HEAD_CORE}(?P<sep>:|[–—-]\s|$)",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _inline_heading_re() -> re.Pattern[str]:
    # a further heading on the same line, after a comma or semicolon: "…, omluveni: 2 (…)"
    return re.compile(rf"[,;]\s*{_HEAD_CORE}(?P<sep>:)", re.IGNORECASE)


_HEADINGS_FOLDED = {fold(k): v for k, v in cs.HEADINGS.items()}
_HEADINGS_JOINED = {fold(k).replace(" ", ""): v for k, v in cs.HEADINGS.items()}  # "dalepritomni"
_STAFF = {fold(w) for w in cs.STAFF_AFFILIATIONS}
_AFFILIATION = {fold(w) for w in cs.AFFILIATION_WORDS}
_STATUS = {fold(k): v for k, v in cs.ENTRY_STATUS.items()}
_NUMERAL = re.compile(rf"(?<!\w)(?:{_alt(cs.NUMERALS)})(?!\w)")
_NUMERALS_FOLDED = {fold(k): v for k, v in cs.NUMERALS.items()}
_COUNT = re.compile(
    rf"(?:{_alt(cs.COUNT_WORDS)})\s*:?\s*(?:(?:{_alt(cs.COUNT_FILLERS)})\s+)?(?P<n>\d{{1,3}})"
    rf"(?:\s*(?:{_alt(cs.MEMBER_WORDS)})?(?:\s+[^\W\d_]+)?\s*(?:{_alt(cs.OF_WORDS)})\s*(?:(?:{_alt(cs.TOTAL_FILLERS)})\s+)?(?P<of>\d{{1,3}}))?"
    rf"|(?P<n2>\d{{1,3}})\s*(?:{_alt(cs.MEMBER_WORDS)})?\s*(?:{_alt(cs.OF_WORDS)})\s*(?:(?:{_alt(cs.TOTAL_FILLERS)})\s+)?(?P<of2>\d{{1,3}})\s*(?:{_alt(cs.MEMBER_WORDS)})"
    rf"|(?<![\d.,])(?P<n3>\d{{1,3}})\s+(?:{_alt(cs.MEMBER_WORDS)})(?!\w)",
    re.IGNORECASE)
_TOTAL = re.compile(rf"(?:{_alt(cs.TOTAL_CUES)})\s+(?:(?:{_alt(cs.COUNT_FILLERS)})\s+)?(?P<n>\d{{1,3}})(?!\d)(?:\s+(?:{_alt(cs.MEMBER_WORDS)}))?")
_LIST_COUNT = re.compile(rf"\s*(?:\(\s*(?P<n>\d{{1,3}})\s*\)|[–—-]\s*(?P<n2>\d{{1,3}})\s+(?:{_alt_written(cs.LIST_COUNT_NOUN_STEMS)})\w*)\s*$")
_COUNT_CUE = re.compile(rf"(?<!\w)(?:{_alt(cs.COUNT_WORDS)})(?!\w)")
_PUBLIC_COUNT = re.compile(rf"(?<!\w)(?:{_alt(cs.PUBLIC_COUNT_WORDS)})(?!\w)")
_BY_LIST = re.compile(_alt(cs.BY_LIST_CUES), re.IGNORECASE)
_QUORUM_NEG = re.compile(_gap_alt(cs.QUORUM_NEGATIVE))
_QUORUM_POS = re.compile(_gap_alt(cs.QUORUM_POSITIVE))
_ARRIVE = re.compile(rf"(?<!\w)(?:{_alt(cs.ARRIVAL_VERBS)})(?!\w)", re.IGNORECASE)
_LEAVE = re.compile(rf"(?<!\w)(?:{_alt(cs.DEPARTURE_VERBS)})(?!\w)", re.IGNORECASE)
_EXCUSE = re.compile(rf"(?<!\w)(?P<cue>{_alt(cs.EXCUSE_CUES)})(?!\w)")
_EXCUSE_CASE = {fold(k): v for k, v in cs.EXCUSE_CUES.items()}
_AGENDA = re.compile(rf"^\s*(?:{_alt(cs_structure.AGENDA_HEADINGS)})", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\s*[./)]\s*\S")
_VOTE_WORDS = re.compile(rf"(?<!\w)(?:{_alt_written([w for k in ('yes', 'no', 'abstain') for w in cs_votes.COUNT_LABELS[k] if w not in cs_votes.WEAK_LABELS] + list(cs_votes.VOTE_CUES))})(?!\w)", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[•·▪‣◦○●■□\-–—*]\s+")
_OTHER_LABELS = re.compile(
    rf"^\s*(?:{_alt(cs_structure.RECORDER_LABELS + cs_structure.VERIFIER_LABELS + cs_structure.CHAIR_LABELS + cs_structure.AGENDA_HEADINGS + cs_structure.DATE_LABELS + cs_structure.PLACE_LABELS + cs_structure.START_LABELS + cs_structure.END_LABELS)})(?![\w])")
_GROUP_LABEL = re.compile(rf"^\s*(?P<label>(?:(?i:{_alt_written(cs.AFFILIATION_WORDS)})\s+[^\W\d_][\w.]*(?:\s+[\w.]+){{0,2}})|(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{{2,}}[\w.]*"
                          r"(?:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ0-9][\w.]*){0,3}))\s*:\s*(?P<rest>\S.*)$")
_LONE_INITIAL = re.compile(r"^(?:\S+\.?\s+)*?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]h?\.$")  # a chunk that ends with an initial only
_SUBSTITUTE = re.compile(rf"(?<=[^\W\d_])\s+(?:{_alt_written(cs.SUBSTITUTE_WORDS)})\s+[^,;()]+")
_HONORIFIC = re.compile(rf"(?<!\w)(?:{_alt_written([h.rstrip('.') for h in cs_titles.HONORIFICS])})\.?\s", re.IGNORECASE)
_EXCUSE_END = re.compile(rf"\s+(?:{_alt_written(cs.EXCUSE_CLAUSE_ENDS)}|(?:{_alt_written(cs.LATE_ARRIVAL_STEMS)})\w+)\s")
_EXCUSE_FILLER = re.compile(rf"^\s*(?:\d{{1,3}}|{_alt_written(cs.EXCUSE_FILLERS)})\s*")
_LATE_ARRIVAL = re.compile(rf"\s+(?:{_alt_written(cs.LATE_ARRIVAL_STEMS)})\w+\s+(?:{_alt_written(cs.LATER_WORDS)})")
_TIME_PREP_END = re.compile(rf"(?<!\w)(?:{_alt_written(cs_dates.TIME_PREPOSITIONS)})\s*$", re.IGNORECASE)
_TIME_PREP_START = re.compile(rf"^\s*(?:{_alt_written(cs_dates.TIME_PREPOSITIONS)})\s+(?=\s)", re.IGNORECASE)
_TIME_PREP_GAP = re.compile(rf"^\s*(?:{_alt_written(cs_dates.TIME_PREPOSITIONS)})\s{{2,}}", re.IGNORECASE)
_NUMERAL_SUFFIX = re.compile(rf"(?<=\d)(?:{_alt(cs.NUMERAL_SUFFIXES)})(?!\w)")


_CELL_BARS = re.compile(r"^\s*\|\s*|\s*\|\s*$|\s+\|\s+|\t+")


def label_text(text: str) -> str:
    """A line as its label reads: letter spacing closed ("P ř í t o m n i:"), an OCR'd zero
    for the letter O at a word start ("0mluveni:"), a bullet dropped, the bars or tabs of a
    table row written as text dropped ("| Předsedající: | Milan Palouš |")."""
    def bar(m: re.Match[str]) -> str:
        if m.start() == 0 or m.end() == len(text):
            return ""
        return " " if text[:m.start()].rstrip().endswith(":") else ", "  # a label's cell, or entries in cells

    t = despace(_CELL_BARS.sub(bar, text))
    t = re.sub(r"(?<![\w.])0(?=[^\W\d_]{3,})", "O", t)
    return _BULLET.sub("", t)


@dataclass(slots=True)
class _Block:
    category: str
    heading: Line
    text: str
    lines: list[Line] = field(default_factory=list)
    count: int | None = None
    open_list: bool = True  # the heading stood alone or the list may continue on the next line
    total: int | None = None  # "… tři členové výboru ze tří:"


def _category(m: re.Match[str]) -> str | None:
    category = _HEADINGS_JOINED.get("".join(fold(m.group("head")).split()))
    if category is None:
        return None
    extra = fold(m.group("extra") or "").replace(",", " ").split()
    # "Členové komise přítomni" / "Přítomní … omluveni": a later heading word decides
    for word in extra:
        if word in _HEADINGS_FOLDED and _HEADINGS_FOLDED[word] != "present":
            category = _HEADINGS_FOLDED[word]
    # "Přítomní za ÚMČ": the office's staff are guests
    if category == "present" and len(extra) >= 2 and extra[0] in _AFFILIATION and " ".join(extra[1:]) in _STAFF:
        category = "guests"
    return category


def _match_heading(line: Line) -> tuple[str, re.Match[str], str] | None:
    """(category, match, label text) when ``line`` opens an attendance list."""
    if line.cells is not None:
        return None  # a table header ("PŘÍTOMNO: PRO: …") is a vote, not a list
    text = label_text(line.text)
    m = _heading_re().match(fold(text))  # folding keeps positions (one letter for one letter)
    if not m:
        return None
    category = _category(m)
    if category is None:
        return None
    if m.group("sep") == "" and m.end() < len(text.rstrip()):
        return None
    rest = text[m.end():]
    if _VOTE_WORDS.search(rest[:40]) and not re.search(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-z]", rest[:40]):
        return None  # "Přítomno: 9, pro: 9 …"
    status = re.match(r"\s*([^\W\d_]+)\s*:", rest)
    if m.group("sep") not in (":", "") and status and _STATUS.get(fold(status.group(1))):
        # "Nepřítomen – omluven: Beneš Karel": the status after the dash decides; the names follow its colon
        m2 = _heading_re().match(fold(text[:m.end() + status.end()]))
        if m2:
            return _STATUS[fold(status.group(1))], m2, text
    return category, m, text


def _segments(line: Line) -> list[tuple[str, str, int | None]]:
    """(category, text, heading count) for each heading on ``line`` ("Přítomno: 7, omluveni: 2 (…)")."""
    hm = _match_heading(line)
    if not hm:
        return []
    category, m, text = hm
    out: list[tuple[str, str, int | None]] = []
    count = int(m.group("count")) if m.group("count") else None
    pos = m.end()
    for im in _inline_heading_re().finditer(fold(text), pos):
        cat2 = _category(im)
        if cat2 is None or _paren_depth(text[:im.start()]) > 0:
            continue
        out.append((category, _cut_agenda(text[pos:im.start()]).strip(), count))
        category, count, pos = cat2, (int(im.group("count")) if im.group("count") else None), im.end()
    out.append((category, _cut_agenda(text[pos:]).strip(), count))
    return out


_AGENDA_INLINE = re.compile(rf"\s(?:{_alt(cs_structure.AGENDA_HEADINGS)})\s*:", re.IGNORECASE)


def _cut_agenda(text: str) -> str:
    """"…, V. Obešlíková Program: 1. Zahájení …": the list ends where the programme starts."""
    m = _AGENDA_INLINE.search(fold(text))
    return text[:m.start()] if m else text


_HEADING_COUNT = re.compile(rf"(?<!\w)(\d{{1,3}})(?:\s+[^\W\d_]+){{0,2}}\s+(?:{_alt([w for w in cs.OF_WORDS if w.isalpha()])})\s+(\d{{1,3}})(?!\w)|\(\s*(\d{{1,3}})\s*\)")


def _heading_count(line: Line) -> tuple[int | None, int | None]:
    """A count in the heading's own words ("Jednání se zúčastnili tři členové výboru ze tří:")."""
    hm = _match_heading(line)
    if not hm:
        return None, None
    extra = _count_text(hm[1].group("extra") or "")
    c = _HEADING_COUNT.search(extra)
    if not c:
        return None, None
    return int(c.group(1) or c.group(3)), (int(c.group(2)) if c.group(2) else None)


def _paren_depth(text: str) -> int:
    return text.count("(") - text.count(")")


def _is_prose(text: str) -> bool:
    words = text.split()
    return len(words) > 14 and text.rstrip().endswith(".") and text.count(",") < len(words) / 6


def _group_line(text: str) -> str | None:
    """The names of a group line inside a list ("VV SDH ČR: R. Dudík, …", "Za rodiče: p. Dvořáček")."""
    t = label_text(text)
    g = _GROUP_LABEL.match(t)
    if not g or _OTHER_LABELS.match(fold(t)) or _heading_re().match(fold(t)):
        return None
    rest = g.group("rest")
    return rest if split_people(rest, case="nom") else None


def _stops_list(line: Line) -> bool:
    text = line.text.strip()
    if not text or line.cells is not None:
        return True
    if _match_heading(line) or _AGENDA.match(fold(label_text(text))) or _NUMBERED.match(text):
        return True
    folded = fold(text)
    if _COUNT.search(folded) or _QUORUM_POS.search(folded) or _QUORUM_NEG.search(folded):
        return not _LIST_COUNT.search(text)  # "…, Zusková (22)" ends a list, it does not stop it
    if _group_line(text) is not None:
        return False
    if re.match(r"^\s*[^\W\d_][\w ]{0,25}:", label_text(text)) and not _TITLE_START.match(text):
        return True  # another label ("Zapisovatel:", "Ověřovatelé:")
    return _is_prose(text)


def _continues_list(block: _Block, text: str) -> bool:
    """A following line belongs to the list when it continues a wrapped entry or names people."""
    so_far = block.text
    t = _BULLET.sub("", text.strip())
    if so_far.count("(") > so_far.count(")"):
        return True  # "hosté: 1 (Jana" / "Procházková, TIC)"
    if looks_like_sentence(t):
        return False
    if not so_far.strip() and block.open_list:
        return bool(split_people(_clean_entries(t), case="nom")) and not (t.isupper() and "," not in t)
    if _BULLET.match(text):
        return bool(split_people(t, case="nom"))
    if so_far.rstrip().endswith((",", ";", "–", "-")) or t[:1] in ",;" or (t[:1].islower() and not _TITLE_START.match(t)):
        return True
    if t.isupper() and "," not in t and not _TITLE_START.match(t) and not so_far.isupper():
        return False  # a capitals heading ("OTEVÍRÁNÍ OBÁLEK")
    last = re.split(r"[,;]", so_far)[-1].strip()
    if last and len(_TITLE_START.sub("", last).split()) <= 1 and not last.endswith("."):
        return True  # "…, Josef" + "Macháček, …"
    if last and _LONE_INITIAL.search(last):
        return True  # "…, L." + "Kopecký"
    people = split_people(t, case="nom")
    if _HONORIFIC.match(t + " ") and people:
        return True  # one member a line: "p. Šimek – Bukovany" / "p. Kolář – Václavice"
    return any(p.given_name or p.titles_before for p in people)


def _join(prev: str, nxt: str) -> str:
    """Join a wrapped list line: a space when the name continues, a list separator when the
    previous line ended a complete entry (one person per line)."""
    p, n = prev.rstrip(), _BULLET.sub("", nxt.strip())
    if not p:
        return n
    if p.count("(") > p.count(")"):
        return f"{p} {n}"  # a bracket wrapped at the margin
    if _BULLET.match(nxt):
        return f"{p}; {n}"
    if p.endswith((",", ";", "–", "-")) or n[:1] in ",;":
        return f"{p} {n}"
    starts_entry = bool(_TITLE_START.match(n))
    if n[:1].islower() and not starts_entry:
        return f"{p} {n}"  # "… předsedkyně" + "výboru, …"
    last = re.split(r"[,;]", p)[-1].strip()
    name_toks = [t for t in _TITLE_START.sub("", last).split() if not t.endswith(".") or len(t) > 3]
    if (len(name_toks) <= 1 and not last.endswith(".")) or _LONE_INITIAL.search(last):
        return f"{p} {n}"  # "…, Josef" + "Macháček"; "…, Ing. Roman" + "Šťastný, …"; "…, L." + "Kopecký"
    return f"{p}; {n}"


def _label_cells(lines: list[Line]) -> list[Line]:
    """A table row whose first cell is an attendance label ("Omluveni: | (2) Jaroslav Železný, …")
    read as the labelled line it is (a row of counts "PŘÍTOMNO: | PRO:" stays a table)."""
    out = []
    for ln in lines:
        cells = [c for c in (ln.cells or []) if c.strip()]
        if cells and cells[0].rstrip().endswith(":") and not any(_VOTE_WORDS.search(c) for c in cells[1:]):
            plain = Line(text=" ".join(c.strip() for c in cells), page=ln.page, top=ln.top, x0=ln.x0, x1=ln.x1,
                         size=ln.size, bold=ln.bold)
            if _match_heading(plain):
                out.append(plain)
                continue
        out.append(ln)
    return out


def _blocks(doc: TextDocument) -> list[_Block]:
    lines = split_label_sentences(_label_cells(doc.lines))
    out: list[_Block] = []
    i = 0
    while i < len(lines):
        segs = _segments(lines[i])
        if not segs:
            i += 1
            continue
        for category, text, count in segs[:-1]:
            out.append(_Block(category, lines[i], text, [lines[i]], count, open_list=False))
        category, text, count = segs[-1]
        total = None
        if count is None:
            count, total = _heading_count(lines[i])
        block = _Block(category, lines[i], text, [lines[i]], count, total=total)
        group = _group_line(text)
        if group is not None:
            block.text = group
        j = i + 1
        pitch = _line_pitch(doc)
        while j < len(lines):
            nxt = lines[j]
            prev = lines[j - 1]
            if pitch and nxt.page == prev.page and nxt.top - prev.top > 1.7 * pitch and not _entry_line(nxt.text):
                break  # a blank line in a PDF, then something else than names: the list has ended
            group = _group_line(nxt.text) if block.open_list else None
            row = _entry_row(nxt) if block.open_list else None
            if group is not None:
                block.text = f"{block.text.rstrip(' ,;')}; {group}" if block.text.strip() else group
            elif row is not None:
                block.text = f"{block.text.rstrip(' ,;')}; {row}" if block.text.strip() else row
            elif not _stops_list(nxt) and _continues_list(block, nxt.text):
                block.text = _join(block.text, _cut_agenda(nxt.text))
            else:
                break
            block.lines.append(nxt)
            j += 1
        out.append(block)
        i = j
    return out


def _entry_row(line: Line) -> str | None:
    """A ruled table's row under a heading that is one list entry: a person, then a role
    ("Mgr. Karel Filípek | - starosta města") -> "Mgr. Karel Filípek – starosta města".  A row with a
    presence cell ("… | člen | omluven") belongs to an attendance table (``_table_rows``), not here."""
    cells = [c.strip() for c in (line.cells or []) if c.strip()]
    if not cells or len(cells) > 3 or any(_PRESENCE.get(fold(c.strip(" .:"))) for c in cells):
        return None
    person = parse_person(cells[0], case="nom")
    if person is None or not (person.given_name or person.titles_before) or not _entry_line(cells[0]):
        return None
    role = " ".join(c.lstrip("-–— ").strip() for c in cells[1:])
    return f"{cells[0]} – {role}" if role else cells[0]


def _entry_line(text: str) -> bool:
    """A line that is list entries only: it starts with a person (a title or a given name) and every
    comma part is a person or a role after one ("JUDr. Jiří Tlustý - tajemník MěÚ")."""
    chunks = [c.strip() for c in re.split(r"[,;]", _BULLET.sub("", text)) if c.strip()]
    if not chunks:
        return False
    for k, chunk in enumerate(chunks):
        p = parse_person(chunk, case="nom")
        if p is not None and (p.given_name or p.titles_before):
            at = chunk.rfind(p.family_name)
            after = chunk[at + len(p.family_name):] if at >= 0 else ""
            if re.match(r"\s+[a-záčďéěíňóřšťúůýž]", after) and len(after.split()) >= 3:
                return False  # "… doc. Hajná zahájila zasedání a konstatovala": a sentence after a name
            continue
        if k and chunk[:1].islower():
            continue
        return False
    return True


def _with_wrapped_number(ln: Line, doc: TextDocument) -> str:
    """"… je přítomno 5" / "členů zastupitelstva z 6, …": a count cut by the margin read with its line."""
    if not re.search(r"\d\s*$", ln.text):
        return ln.text
    k = next((i for i, x in enumerate(doc.lines[:OPENING_LINES + 40]) if x is ln), None)
    if k is None or k + 1 >= len(doc.lines):
        return ln.text
    return ln.text + " " + doc.lines[k + 1].text


def _line_pitch(doc: TextDocument) -> float:
    """The usual distance between consecutive lines of a PDF (0 for plain text, where ``top`` is a rank)."""
    gaps = sorted(b.top - a.top for a, b in zip(doc.lines, doc.lines[1:]) if a.page == b.page and b.top > a.top)
    if not gaps or gaps[len(gaps) // 2] <= 2.0:
        return 0.0
    return gaps[len(gaps) // 2]


def _numerals_to_digits(folded: str) -> str:
    return _NUMERAL.sub(lambda m: str(_NUMERALS_FOLDED.get(" ".join(m.group(0).split()), m.group(0))), folded)


def _count_text(text: str) -> str:
    f = _numerals_to_digits(fold(text))
    return _NUMERAL_SUFFIX.sub("", f)  # "ze 7mi členů", "13ti"


def _counts(text: str) -> tuple[int | None, int | None]:
    f = _count_text(text)
    total = _TOTAL.search(f)
    # a "přítomno N" statement first, then "N z M členů", then "N členů" that is not the total
    def number_at(x: re.Match[str]) -> int:
        return next(x.start(g) for g in ("n", "n2", "n3") if x.group(g))

    found = [x for x in _COUNT.finditer(f) if not (total and total.start() <= number_at(x) < total.end())]
    m = (next((x for x in found if x.group("n")), None) or next((x for x in found if x.group("n2")), None)
         or (found[0] if found else None))
    if not m:
        return None, (int(total.group("n")) if total else None)
    n = m.group("n") or m.group("n2") or m.group("n3")
    of = m.group("of") or m.group("of2") or (total.group("n") if total else None)
    return (int(n) if n else None), (int(of) if of else None)


def _quorum(doc: TextDocument) -> bool | None:
    for k, ln in enumerate(doc.lines):
        # with the next line: "… takže zasedání je schopno" / "platně jednat a usnášet se."
        f = fold(ln.text + (" " + doc.lines[k + 1].text if k + 1 < len(doc.lines) else ""))
        if _QUORUM_NEG.search(f):
            return False
        if _QUORUM_POS.search(f):
            return True
    return None


def _has_evidence(p: Person, roster: Roster | None) -> bool:
    """A name in running text counts when it has a given name, title or honorific, or is in the roster."""
    if p.given_name or p.titles_before:
        return True
    if re.search(rf"(?<!\w)(?:{'|'.join(re.escape(h) for h in cs_titles.HONORIFICS)})(?!\w)", p.raw):
        return True
    return roster is not None and roster.match(p) is not None


def _bracket_movements(text: str, page: int, roster: Roster | None) -> list[Movement]:
    """"PhDr. Hynek Kratochvíl (přišel v 17:50), …, MUDr. Věnceslava Svobodová (přišla v 18:05)": a
    movement in a bracket after a list entry is that entry's."""
    out: list[Movement] = []
    for b in re.finditer(r"\(([^()]*)\)", text):
        inner = b.group(1)
        f = fold(inner)
        for rx, event in ((_ARRIVE, "arrived"), (_LEAVE, "left")):
            if not rx.search(f):
                continue
            entry = re.split(r"[,;:]", text[:b.start()])[-1]
            person = parse_person(entry.strip(), case="nom")
            if person is None or not _has_evidence(person, roster):
                break
            times = dates.find_times(inner)
            raw = " ".join(f"{entry.strip()} ({inner.strip()})".split())
            out.append(Movement(person=person, event=event, time=times[0][0] if times else None,  # type: ignore[arg-type]
                                raw=raw, page=page))
            break
    return out


def _movements(doc: TextDocument, roster: Roster | None) -> list[Movement]:
    out: list[Movement] = []
    for k, ln in enumerate(doc.lines):
        text = unicodedata.normalize("NFC", ln.text)
        folded = fold(text)
        if re.search(r"\([^()]*\)|\([^()]*$", text) and (_ARRIVE.search(folded) or _LEAVE.search(folded)):
            whole = text
            if whole.count("(") > whole.count(")") and k + 1 < len(doc.lines):
                whole = f"{whole} {unicodedata.normalize('NFC', doc.lines[k + 1].text)}"  # a bracket wrapped
            found = _bracket_movements(whole, ln.page, roster)
            if found:
                out.extend(found)
                continue
        for rx, event in ((_ARRIVE, "arrived"), (_LEAVE, "left")):
            vm = rx.search(folded)
            if not vm:
                continue
            before = text[:vm.start()]
            # the clause that holds the verb: after the last sentence end ("…ukončeno. ") or bracket
            ends = [e.end() for e in re.finditer(r"[^\W\d_]{4,}[.!?]\s+|[(;]\s*", before)]
            clause_start = ends[-1] if ends else 0
            stop = clause_end(text, vm.end())
            person = None
            name_text = _strip_times(before[clause_start:]).strip(" ,")
            if name_text:
                cand = parse_person(name_text, case="nom")
                if cand is not None and _has_evidence(cand, roster):
                    person = cand
            if person is None:  # "V 18:19 hod přišla paní Zdena Tomanová", "Předčasný odchod pí. Bártová"
                after = _strip_times(text[vm.end():stop]).strip(" ,:")
                cand = parse_person(after, case="nom") if after else None
                if cand is not None and _has_evidence(cand, roster):
                    person = cand
            if person is None:
                continue
            times = dates.find_times(text[clause_start:stop])
            time = times[0][0] if times else None
            raw = " ".join(text[clause_start:stop].split()).strip(" ,.")
            out.append(Movement(person=person, event=event, time=time, raw=raw, page=ln.page))  # type: ignore[arg-type]
            break
    return out


def _strip_times(text: str) -> str:
    out = text
    for _t, s, e in reversed(dates.find_times(text)):
        out = out[:s] + " " * (e - s) + out[e:]
    out = _TIME_PREP_START.sub(" ", _TIME_PREP_END.sub(" ", out))
    return _TIME_PREP_GAP.sub(" ", out)


def _clean_entries(text: str) -> str:
    """A list's text without its trailing count, substitutes' "za X" and stray separators."""
    t = _LIST_COUNT.sub("", text)
    t = _SUBSTITUTE.sub("", t)
    t = re.sub(r"\s*[,;]\s*(?=[,;])", "", t)  # "Prokop, , Jitka"
    return t


def _list_count(text: str) -> int | None:
    m = _LIST_COUNT.search(text)
    return int(m.group("n") or m.group("n2")) if m else None


def _apply_status(people: list[Person], category: str) -> list[tuple[str, Person]]:
    """"p. Žák – omluven": the written status decides the list."""
    out = []
    for p in people:
        role = (p.role or "").strip("() ")
        words = role.split()
        status = _STATUS.get(fold(role)) or (_PRESENCE.get(fold(words[-1])) if words else None)
        if status:
            # "Josef Blažek   člen rady   omluven": a table row flattened to a line
            rest = " ".join(words[:-1]).strip(" ,–-") or None if _PRESENCE.get(fold(words[-1])) else None
            out.append((status, p.model_copy(update={"role": rest})))
        else:
            out.append((category, p))
    return out


def _opening(doc: TextDocument) -> list[Line]:
    """The opening of the minutes: up to the first late arrival or early departure."""
    out = []
    for ln in doc.lines[:OPENING_LINES]:
        f = fold(ln.text)
        if _ARRIVE.search(f) or _LEAVE.search(f):
            break
        out.append(ln)
    return out


def _prose_excused(lines: list[Line]) -> list[Person]:
    """"Omluvil Ing. Miroslava Kuchaře." / "omluveni jsou pan Jurka a paní Polívková" (every such
    statement of the opening)."""
    out: list[Person] = []
    for k, ln in enumerate(lines):
        if _match_heading(ln):
            continue
        text = ln.text + (" " + lines[k + 1].text if k + 1 < len(lines) else "")
        for em in _EXCUSE.finditer(fold(text)):
            if em.start() >= len(ln.text):
                break
            case = _EXCUSE_CASE.get(" ".join(em.group("cue").split()))
            rest = text[em.end():]
            rest = rest[:clause_end(rest, 0)]
            rest = _EXCUSE_END.split(rest)[0]
            rest = _EXCUSE_FILLER.sub("", rest).strip(" :,")
            people = [p for p in split_people(rest, case=case) if p.given_name or p.titles_before
                      or _HONORIFIC.search(p.raw + " ")]
            known = {(p.family_name, p.given_name) for p in out}
            out.extend(p for p in people if (p.family_name, p.given_name) not in known)
    return out


def apply(doc: TextDocument, m: Minutes) -> None:
    if not doc.lines:
        return
    att = m.attendance
    lists: dict[str, list[Person]] = {c: [] for c in _CATEGORIES}
    seen_categories: set[str] = set()
    block_count: int | None = None
    block_total: int | None = None
    for block in _blocks(doc):
        seen_categories.add(block.category)
        text = block.text
        list_count = _list_count(text)
        if _BY_LIST.search(fold(text)) or (block.category == "present" and list_count is None
                                            and _COUNT.search(_count_text(text))):
            if block.category == "present" and _BY_LIST.search(fold(text)):
                att.by_list = True
            n, of = _counts(text)
            if block.category == "present" and n is not None:
                block_count, block_total = n, of
            elif block.category == "present" and block.count is not None:
                block_count = block.count
            bl = _BY_LIST.search(fold(text))
            text = (text[:bl.start()] + text[bl.end():]) if bl else text
            if not re.search(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]", text) and "(" not in text:
                continue
            paren = re.search(r"\(([^()]*)\)", text)
            if paren and not re.search(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-z]+\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]", text[:paren.start()]):
                text = paren.group(1)  # "2 členové zastupitelstva obce (Roman Kadlčík a Ivana Bártová …)"
        elif re.match(r"^\s*\d{1,3}\s*(?:\(|$)", text):
            # "omluveni: 2 (Ing. Radek Novák, Bc. Eva Malinová)", "Přítomno: 7"
            n = int(re.match(r"^\s*(\d{1,3})", text).group(1))  # type: ignore[union-attr]
            if block.category == "present" and block_count is None:
                block_count = n
            paren = re.search(r"\(([^()]*)\)", text)
            text = paren.group(1) if paren else ""
        text = _LATE_ARRIVAL.split(text)[0]
        people = split_people(_clean_entries(text), case="nom")
        if block.category == "present" and list_count is not None and block_count is None:
            block_count = list_count
        if not people:
            if block.category == "present" and block.count is not None:
                block_count = block.count
            continue
        for cat, p in _apply_status(people, block.category):
            known = {(q.family_name, q.given_name) for q in lists[cat]}
            if (p.family_name, p.given_name) not in known:
                lists[cat].append(p)
        if block.category == "present" and block.count is not None:
            block_count = block.count
            block_total = block.total if block.total is not None else block_total
    # attendance tables: "Ing. Jan Novák | přítomen" rows
    for cat, person in _table_rows(doc):
        if (person.family_name, person.given_name) not in {(p.family_name, p.given_name) for p in lists[cat]}:
            lists[cat].append(person)
    # counts stated near the lists ("Přítomno 9 z 11 členů", "(přítomno 5 z 7 členů)"), else in the opening
    opening = _opening(doc) if m.document_type == "minutes" else []
    if block_count is None:
        region = _attendance_region(doc)
        for k, ln in enumerate(region + [ln for ln in opening if not _match_heading(ln)]):
            if _VOTE_WORDS.search(ln.text):
                continue  # "PŘÍTOMNO: 5, PRO: 5 …" is a vote
            public = _PUBLIC_COUNT.search(fold(ln.text))
            if public and not re.search(rf"(?:{_alt(cs.MEMBER_WORDS)})", fold(ln.text)[:public.start()]):
                continue  # "Občanů přítomno: 3" counts the public, not the members
            if ln not in region and not _COUNT_CUE.search(_count_text(ln.text)):
                continue  # in prose only a statement of presence counts ("jmenuje 5 členů komise" does not)
            text = _with_wrapped_number(ln, doc)
            n, of = _counts(text)
            if n is not None:
                block_count, block_total = n, of
                break
    if block_total is None:
        for ln in opening:
            _n, of = _counts(_with_wrapped_number(ln, doc))
            if of is not None and (block_count is None or of >= block_count):
                block_total = of
                break
    if not lists["excused"]:
        lists["excused"] = _prose_excused(opening)
    att.present, att.guests, att.excused, att.absent = (lists[c] for c in _CATEGORIES)
    att.present_count = block_count if block_count is not None else (len(att.present) or None)
    att.total_members = block_total
    att.quorum = _quorum(doc)
    roster = Roster([*att.present, *att.guests, *att.excused, *att.absent])
    att.movements = _movements(doc, roster if roster.people else None)
    if block_count is not None and att.present and not att.by_list and block_count != len(att.present):
        m.warn("attendance_count_mismatch",
               f"{block_count} present stated, {len(att.present)} names listed")


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
        if _AGENDA.match(fold(label_text(ln.text))) or _NUMBERED.match(ln.text):
            break
        out.append(ln)
        if len(out) > 40:
            break
    return out

