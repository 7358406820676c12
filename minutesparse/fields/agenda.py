"""Stage 'agenda': the programme as a flat, ordered list of items with presenters.

1. Find where a programme is listed: a heading ("Program:", "Program jednání:", "Navržený
   program:", "Návrh projednávaného materiálu:"), a numbered procedural line that introduces it
   ("1/ Přijetí navrženého programu jednání:"), or any line about the programme that ends with
   ":" ("Předsedající seznámil přítomné s návrhem programu …:").
2. Read the numbered lines after it in any numbering (1/, 1., 1), I., 2.1., 3.1.1.).  A line
   without a number continues the item before it (a wrapped title).  The list ends at prose,
   another heading, a number that does not follow the sequence, or a numbered decision
   ("2. Usn. 211/2024/POSS", "4. Členská schůze ukládá …": ``is_decision``).
3. Split presenters off after a dash when the text there is people ("– Mgr. M. Malý, Ing. V.
   Prachař"), otherwise the dash belongs to the title ("– byt č. 7, Husova 233").
4. Additions ("Doplnění programu:", "Materiály po termínu:") extend the list; an item already
   listed (same number and similar title) is never added twice.

Without a listed programme, numbered bold headings of the body ("1. Zahájení", "Ad 2) …")
make the agenda of minutes.  A report (a committee's inspection report) has an agenda only when
a heading of its own lists one ("Program kontroly:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import pairwise

from minutesparse.document import Line, TextDocument
from minutesparse.fields.attendance import label_text
from minutesparse.fields.clauses import split_label_sentences
from minutesparse.fields.names import fold
from minutesparse.fields.people import split_people
from minutesparse.lang.cs import attendance as cs_att
from minutesparse.lang.cs import decisions as cs_decisions
from minutesparse.lang.cs import people as cs_people
from minutesparse.lang.cs import structure as cs
from minutesparse.lang.cs import titles as cs_titles
from minutesparse.schema import AgendaItem, Minutes, Person


def _alt(words) -> str:
    # words of a phrase may have lost their space when letter spacing was closed up ("Dálepřítomni:")
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s*") for w in sorted(set(words), key=len, reverse=True))


_ITEM = re.compile(
    r"^\s*(?:(?P<num2>\d{1,2}(?:\.\d{1,2}){1,3})\s"  # "2.1 Byt č. 4" needs no separator
    r"|(?P<num>(?:\d{1,2}(?:\s*\.\s*\d{1,2}){0,3}(?:[a-h](?=[.)]))?)|[IVXL]{1,6}|l(?=\s*\.))\s*(?P<sep>[./):]|\s[-–]))"
    r"\s*(?P<rest>\S.*)$")
_LETTER_ITEM = re.compile(r"^\s*(?P<letter>[a-z])\s*\)\s*(?P<rest>\S.*)$")  # "a) prodej pozemku" under an item
_SIGNATURE_MARKS = "|".join(re.escape(mk).replace(r"\ ", r"\s?") for mk in cs_titles.SIGNATURE_MARKS
                            if mk.endswith(".") and not mk.startswith("("))
_SIGNATURE = re.compile(rf"(?<!\w)(?:{_SIGNATURE_MARKS})", re.IGNORECASE)
_ITEM_PREFIX = re.compile(rf"^\s*(?:{_alt(cs.ITEM_PREFIXES)})\.?\s*", re.IGNORECASE)
_HEADING = re.compile(rf"^\s*(?:{_alt(cs.AGENDA_HEADINGS)})\s*(?::|$)")
_HEADING_AT_END = re.compile(rf"\s(?:{_alt(cs.AGENDA_HEADINGS)})\s*:\s*$")
_ADDITION = re.compile(rf"^\s*(?:{_alt(cs.AGENDA_ADDITIONS)})(?!\w)")
_AGENDA_WORD = re.compile(rf"(?<!\w)(?:{_alt(cs.AGENDA_WORDS)})(?!\w)")
_PROCEDURAL = re.compile(rf"(?:{_alt(cs.AGENDA_PROCEDURAL)})")
_ATTENDANCE = re.compile(rf"^\s*(?:{_alt(cs_att.HEADINGS)})\s*:")
_DASH = re.compile(r"\s+[–—-]+\s+")
_TITLED_NAME = re.compile(rf"^\s*(?:(?:{_alt(cs_titles.TITLES_BEFORE + cs_titles.HONORIFICS)})\s*)+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+"
                          r"(?:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+)*\s*$", re.IGNORECASE)
_PRESENTER_CUE = re.compile(rf"[(,;–-]?\s*(?:{_alt(cs.PRESENTER_CUES)})\s*:?\s*", re.IGNORECASE)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
_DECISION_LABEL = re.compile(
    rf"^\s*(?:{_alt(cs_decisions.LABEL_WORDS)})(?!\w)\.?\s*(?:(?:{_alt(cs_decisions.NUMBER_MARKS)})\.?\s*)?:?\s*\S*\d")
_RESOLUTION_CUE = re.compile(rf"^\s*(?:{_alt(cs_decisions.RESOLUTION_CUES)})\s*:")
_DECISION_VERB = re.compile(rf"(?<!\w)(?:{_alt([v for k, forms in cs_decisions.ACTIONS.items() for v in (k, *forms)])})(?!\w)")
_RESOLVING_BODY = re.compile(rf"^\s*(?:{_alt(cs_decisions.RESOLVING_BODIES)})(?!\w)")
_ABBREVIATION = re.compile(r"^[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,6}\d?$")


def is_decision(text: str) -> bool:
    """A numbered line that records a decision, not a programme item: a resolution label with its
    number ("Usn. 211/2024/POSS", "Usnesení č. 5") or a body with its decision verb ("Členská schůze
    ukládá …", "ASF schválil náhradníky", "ŠR projednala …")."""
    f = fold(text)
    if _DECISION_LABEL.match(f):
        return True
    words = text.split()
    if not words or not (_RESOLVING_BODY.match(f) or _ABBREVIATION.match(words[0].strip(",:"))):
        return False
    verb = _DECISION_VERB.search(f)
    return verb is not None and len(f[:verb.start()].split()) <= 6


def _roman(s: str) -> int | None:
    if not re.fullmatch(r"[IVXL]+", s):
        return None
    total, prev = 0, 0
    for ch in reversed(s):
        v = _ROMAN[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


@dataclass(slots=True)
class _Num:
    parts: tuple[int, ...]
    roman: bool
    text: str  # normalised: "2.1", "II", "6a"
    letter: str = ""  # an item inserted after another: "6a" after "6"


def _parse_num(raw: str) -> _Num | None:
    raw = re.sub(r"\s+", "", raw).rstrip(".")
    if raw == "l":
        raw = "1"  # an OCR'd or typed small L for the digit one ("l. Zahájení")
    r = _roman(raw)
    if r is not None:
        return _Num((r,), True, raw)
    letter = raw[-1] if raw[-1:].isalpha() else ""
    try:
        parts = tuple(int(p) for p in raw.rstrip(letter).split("."))
    except ValueError:
        return None
    return _Num(parts, False, ".".join(str(p) for p in parts) + letter, letter)


def _follows(prev: _Num | None, cur: _Num) -> bool:
    """True when ``cur`` can come right after ``prev`` in one programme ("6a" after "6" or "6",
    "7" after "6a")."""
    if cur.letter:
        return prev is not None and prev.parts == cur.parts and ord(cur.letter) == ord(prev.letter or "`") + 1
    if prev is None:
        return cur.parts in ((1,), (0,)) or (len(cur.parts) == 1 and cur.parts[0] <= 2)
    if prev.roman != cur.roman and cur.parts == (1,):
        return True  # a second list in another numbering ("I.–V." then "1.–7.")
    p, c = prev.parts, cur.parts  # "II." then "2.1": numbers compare by value
    if len(c) == len(p) + 1 and c[:-1] == p and c[-1] == 1:
        return True  # 2 -> 2.1
    for depth in range(min(len(p), len(c)), 0, -1):
        if len(c) == depth and c[:-1] == p[:depth - 1] and c[-1] == p[depth - 1] + 1:
            return True  # 2.1 -> 2.2, 2.2 -> 3
    return False


@dataclass(slots=True)
class _Item:
    num: _Num
    text: str
    lines: list[Line] = field(default_factory=list)


def _is_intro(line: Line, nxt: Line | None) -> bool:
    """A line that introduces the programme list."""
    f = fold(label_text(line.text.strip()))
    if _HEADING.match(f) and (f.endswith(":") or len(f.split()) <= 4):
        return True
    numbered = re.match(r"^(?:[ivxl]{1,4}|\d{1,2})\s*[.)/]\s*", f)
    if numbered and _HEADING.match(f[numbered.end():]) and len(f[numbered.end():].split()) <= 3:
        return True  # "I. Program jednání" heading a numbered resolution's first part
    if _HEADING_AT_END.search(f):
        return True  # "Přítomni: …, V. Obešlíková Program:" (a paragraph run on)
    if _AGENDA_WORD.search(f):
        if f.endswith(":"):
            return True
        if (nxt is not None and fold(nxt.text.strip()).endswith(":") and not _ITEM.match(nxt.text)
                and len(nxt.text.split()) <= 8 and not f.endswith(".") and not _RESOLUTION_CUE.match(fold(nxt.text))):
            return True  # the sentence wraps: "… seznámil přítomné s návrhem programu" / "jednání:"
    return False


def _item_match(line: Line) -> re.Match[str] | None:
    if line.cells is not None:
        return None
    pm = _ITEM_PREFIX.match(fold(line.text))  # folding keeps positions
    text = line.text[pm.end():] if pm and re.match(r"\s*(?:[IVXL]+|\d)", line.text[pm.end():]) else line.text
    return _ITEM.match(text)


_PREFIXED_NUMBER = re.compile(rf"^\s*(?:{_alt(cs.ITEM_PREFIXES)})\.?\s*(?:\d{{1,2}}|[IVXL]{{1,5}})\s*[./):]?", re.IGNORECASE)


def _continues(prev: _Item, line: Line, width: float) -> bool:
    text = line.text.strip()
    if not text or line.cells is not None or _item_match(line) or _ATTENDANCE.match(fold(text)):
        return False
    if _PREFIXED_NUMBER.match(fold(text)):
        return False  # "k bodu 1/" opens the body of the minutes
    if _SIGNATURE.search(text):
        return False  # "Jiří Rejda, DiS. v. r." under the list
    if _TITLED_NAME.match(text):
        return False  # "ing. Martin Sedláček" signing under the list
    first = prev.lines[0]
    if first.x0 and line.x0 > first.x0 + 80:
        return False  # a signature block or a right-hand column
    if text[:1].islower() or text[:1] in "(–-":
        return True
    if first.x0 and line.x0 > first.x0 + 6:
        return True  # hanging indent
    last = prev.lines[-1]
    long_prev = width and (last.x1 - last.x0) >= 0.8 * width
    return bool(long_prev) and len(text.split()) <= 3 and not text.endswith(".")


_MARK = re.compile(r"(?:^|(?<=[\s,;:]))(\d{1,2})\s*[.)/]\s+(?=[^\W\d_])")


def _run(text: str, last: int | None) -> list[int]:
    """Positions of a run of consecutive item numbers inside one line ("1. Zahájení 2. Určení …",
    "…: 1) Zahájení 2) Hospodaření …", "1. předání …, 2. schválení …").  A number in mid-line counts
    when a capital follows it or a comma, semicolon or colon precedes it."""
    marks = []
    for m in _MARK.finditer(text):
        before = text[:m.start()].rstrip()
        closing = text[m.start():m.end()].rstrip()[-1:] in ")/"  # "2)" is never an ordinal ("3. etapy" is)
        if m.start() and not (closing or text[m.end():m.end() + 1].isupper() or before.endswith((",", ";", ":"))):
            continue
        marks.append((int(m.group(1)), m.start()))
    best: list[tuple[int, int]] = []
    for k in range(len(marks)):
        run = [marks[k]]
        for n, pos in marks[k + 1:]:
            if n == run[-1][0] + 1:
                run.append((n, pos))
        continuing = last is not None and run[0][0] == last + 1 and run[0][1] > 0
        after_colon = run[0][0] in (0, 1) and text[:run[0][1]].rstrip().endswith(":")  # "… takto: 1) Zahájení"
        if (len(run) >= 2 or continuing or after_colon) and len(run) > len(best):
            best = run
    return [pos for _n, pos in best]


_DANGLING = re.compile(r"\s(\d{1,2}\s*[.)/])\s*$")


def _hand_over_dangling(lines: list[Line]) -> list[Line]:
    """"… 3. Schválení programu 4." / "Rozpočtové opatření …": a number the margin left at a line's
    end belongs to the next line."""
    out = list(lines)
    for k in range(len(out) - 1):
        d = _DANGLING.search(out[k].text)
        nxt = out[k + 1]
        before = out[k].text[:d.start()] if d else ""
        if before.count("(") > before.count(")"):
            continue  # "… (bod číslo 1)": the number closes a bracket
        if d and out[k].cells is None and nxt.cells is None and nxt.text[:1].isalpha() and len(_MARK.findall(out[k].text)) >= 1:
            a = out[k]
            out[k] = Line(text=a.text[:d.start()].rstrip(), page=a.page, top=a.top, x0=a.x0, x1=a.x1, size=a.size,
                          bold=a.bold)
            out[k + 1] = Line(text=f"{d.group(1)} {nxt.text.strip()}", page=nxt.page, top=nxt.top, x0=nxt.x0,
                              x1=nxt.x1, size=nxt.size, bold=nxt.bold)
    return out


def _explode(lines: list[Line]) -> list[Line]:
    """Lines with several programme items, split into one line per item (the rest of the line,
    before the first item, stays a line of its own: "Program schůze:", "… takto:")."""
    out: list[Line] = []
    last: int | None = None
    for ln in _hand_over_dangling(lines):
        cuts = _run(ln.text, last) if ln.cells is None else []
        if not cuts:
            out.append(ln)
            last = None  # only a line that was split continues its run on the next line
            continue
        bounds = ([0] if cuts[0] > 0 else []) + cuts + [len(ln.text)]
        for a, b in pairwise(bounds):
            piece = ln.text[a:b].strip()
            if piece:
                out.append(Line(text=piece, page=ln.page, top=ln.top, x0=ln.x0, x1=ln.x1, size=ln.size, bold=ln.bold))
        last = int(_MARK.match(ln.text[cuts[-1]:]).group(1))  # type: ignore[union-attr]
    return out


_FILLER = re.compile(rf"^(?i:{_alt(cs.ITEM_NUMBER_FILLERS)})(?:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w.]{{0,8}}){{0,2}}\s+[–—-]\s+(?=\S)")


def _without_fillers(lines: list[Line]) -> list[Line]:
    """"Bod 1. programu ZMČ – Technický bod" -> "Bod 1. Technický bod": the words between an item
    heading's number and its title."""
    out = []
    for ln in lines:
        m = _item_match(ln)
        f = _FILLER.match(m.group("rest")) if m else None
        if m is None or f is None:
            out.append(ln)
            continue
        cut = len(ln.text) - len(m.group("rest")) + f.end()  # folding keeps positions
        out.append(Line(text=ln.text[:len(ln.text) - len(m.group("rest"))] + ln.text[cut:], page=ln.page, top=ln.top,
                        x0=ln.x0, x1=ln.x1, size=ln.size, bold=ln.bold, cells=ln.cells))
    return out


def _collect(lines: list[Line], start: int, width: float) -> tuple[list[_Item], int]:
    items: list[_Item] = []
    prev: _Num | None = None
    i = start
    first = _LETTER_ITEM.match(lines[start].text) if start < len(lines) else None
    letters = first is not None and first.group("letter") == "a"
    while i < len(lines):
        ln = lines[i]
        if letters:
            # a programme lettered a) b) c) throughout
            lm = _LETTER_ITEM.match(ln.text) if ln.cells is None else None
            if lm and ord(lm.group("letter")) == ord("a") + len(items):
                items.append(_Item(_Num((len(items) + 1,), False, lm.group("letter")), lm.group("rest").strip(), [ln]))
                i += 1
                continue
            if items and _continues(items[-1], ln, width):
                items[-1].text += " " + ln.text.strip()
                items[-1].lines.append(ln)
                i += 1
                continue
            break
        m = _item_match(ln)
        if m:
            num = _parse_num(m.group("num") or m.group("num2"))
            if num is None or not _follows(prev, num) or is_decision(m.group("rest")):
                break  # a decision ("2. Usn. 211/2024", "4. Členská schůze ukládá …") ends the programme
            items.append(_Item(num, m.group("rest").strip(), [ln]))
            prev = num
            i += 1
            continue
        lm = _LETTER_ITEM.match(ln.text) if items and ln.cells is None else None
        if lm and prev is not None and (
                (lm.group("letter") == "a" and not items[-1].num.text.endswith(tuple("abcdefghij")))
                or (items[-1].num.text[-1:].isalpha() and ord(lm.group("letter")) == ord(items[-1].num.text[-1]) + 1)):
            parent = items[-1].num.text.rsplit(".", 1)[0] if items[-1].num.text[-1:].isalpha() else items[-1].num.text
            num = _Num(prev.parts, prev.roman, f"{parent}.{lm.group('letter')}")
            items.append(_Item(num, lm.group("rest").strip(), [ln]))
            i += 1
            continue
        if items and _continues(items[-1], ln, width):
            items[-1].text += " " + ln.text.strip()
            items[-1].lines.append(ln)
            i += 1
            continue
        break
    return items, i


_DURATION = re.compile(rf"\s*\(\s*\d{{1,3}}\s*(?:{_alt(cs.DURATION_UNITS)})\s*\)", re.IGNORECASE)
_GAP = re.compile(r"\s{3,}")
_BRACKET_END = re.compile(r"\s*\(([^()]{3,})\)\s*[;,.]?\s*$")
_NOTE_CUE = re.compile(rf"^\s*(?:{_alt(cs.PRESENTER_NOTE_CUES)})(?!\w)\s*:?\s*", re.IGNORECASE)


def _bracketed_presenters(text: str) -> tuple[str, list[Person]] | None:
    """"Title (plk. Ing. L. Jankovský, npor. Ing. M. Hejduk)", "Title (host Aneta Dušková)": people
    in a bracket closing the title are its presenters; "(předkladatel stavební komise)" names a
    body, a note that is no part of the title either."""
    m = _BRACKET_END.search(text)
    if m is None or m.start() < 3:
        return None
    inner = m.group(1).strip()
    cue = _NOTE_CUE.match(fold(inner))
    names = inner[cue.end():] if cue else inner
    people = split_people(names, case="nom") if names.strip() else []
    if people and all(_is_presenter(p) for p in people) and not _words_besides_names(names, people):
        return text[:m.start()].strip(), people
    if cue:
        return text[:m.start()].strip(), []
    return None


def _presenters(text: str) -> tuple[str, list[Person]]:
    """Split "Title – Mgr. M. Malý, Ing. V. Prachař" into the title and its presenters; also
    "prof. MUDr. P. Strnad, DrSc. – Title" (the presenter first) and a table row flattened to
    "Title      p. Ing. Čvančar" (a wide gap before the presenters)."""
    text = _DURATION.sub("", text).strip()
    bracketed = _bracketed_presenters(text)
    if bracketed is not None:
        return bracketed
    gap = list(_GAP.finditer(text))
    if gap:
        right = text[gap[-1].end():].strip()
        people = split_people(right, case="nom")
        if people and all(_is_presenter(p) or _has_honorific(p) for p in people):
            return _GAP.sub(" ", text[:gap[-1].start()]).strip(), people
        text = _GAP.sub(" ", text)
    first = _DASH.search(text)
    if first and first.start() > 3:
        left = text[:first.start()].strip()
        people = split_people(left, case="nom")
        if people and all(p.titles_before for p in people) and not _words_besides_names(left, people):
            return text[first.end():].strip(), people
    trailing = _trailing_presenters(text)
    if trailing is not None:
        return trailing
    cue = _PRESENTER_CUE.search(text)
    if cue and cue.start() > 3:
        people = [p for p in split_people(text[cue.end():].strip(" )"), case="nom") if _is_presenter(p)]
        if people:
            return text[:cue.start()].strip(" ,;(–-"), people
    parts = list(_DASH.finditer(text))
    for dm in reversed(parts):
        right = text[dm.end():].strip()
        people = split_people(right, case="nom")
        if people and all(_is_presenter(p) for p in people):
            return text[:dm.start()].strip(), people
    return text.strip(), []


_PERSON_START = re.compile(rf"(?<!\S)(?:{_alt(cs_titles.HONORIFICS + cs_titles.TITLES_BEFORE)})(?=[\s.]|$)",
                           re.IGNORECASE)
_GOVERNORS = frozenset(fold(w) for w in cs_people.CASE_GOVERNORS)


def _trailing_presenters(text: str) -> tuple[str, list[Person]] | None:
    """"K zápisu z 5. zasedání p. Konečný, p. Ing. Sváta" (a flattened table column): people at
    the end of the title, each with an honorific or title, not the object of a preposition."""
    folded = fold(text)
    for m in _PERSON_START.finditer(folded):
        if m.start() < 8:
            continue
        before = folded[:m.start()].split()
        if before and before[-1] in _GOVERNORS:
            return None  # "Odměna pro Ing. Nováka": part of the title
        right = text[m.start():].strip()
        if re.search(r"\d", right) or not re.match(r"\S+\s*[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]", right):
            continue  # "p. č. 415/3" is a parcel, not a person
        people = split_people(right, case="nom")
        if people and all(_has_honorific(p) or p.titles_before for p in people) and not _words_besides_names(right, people):
            return text[:m.start()].strip(" ,–-"), people
        return None
    return None


def _has_honorific(p: Person) -> bool:
    return re.match(rf"^\s*(?:{_alt(cs_titles.HONORIFICS)})", fold(p.raw)) is not None


def _words_besides_names(text: str, people: list[Person]) -> bool:
    """True when ``text`` holds small-letter words that are not part of the people's names
    (a title such as "Informace děkana členům AS", not "prof. MUDr. A. Šedivý, DrSc.")."""
    rest = text
    for p in people:
        rest = rest.replace(p.raw, " ")
    return bool(re.search(r"(?<![\w.])[a-záčďéěíňóřšťúůýž]{3,}(?![\w.])", rest))


def _is_presenter(p: Person) -> bool:
    return bool(p.titles_before or (p.given_name and p.family_name and p.family_name[:1].isupper()))


def _similar(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa == fb or SequenceMatcher(None, fa, fb).ratio() >= 0.8


def _to_agenda(items: list[_Item]) -> list[AgendaItem]:
    out: list[AgendaItem] = []
    for it in items:
        # whitespace collapsed, but a wide gap (a flattened table column) kept for the presenters
        text = "   ".join(" ".join(part.split()) for part in re.split(r"\s{3,}", it.text.strip()))
        if _PROCEDURAL.search(fold(text)) and text.endswith(":"):
            continue
        title, presenters = _presenters(text.rstrip(" ;,"))
        title = re.sub(r"(?<=[^\W\d_]{3})\.$", "", title.rstrip(" ;:,"))  # a sentence's dot, not "s.r.o." or "č."
        raw = " ".join(" ".join(ln.text.strip() for ln in it.lines).split())
        out.append(AgendaItem(number=it.num.text, title=title, presenters=presenters, page=it.lines[0].page, raw=raw))
    return out


def _merge(agenda: list[AgendaItem], new: list[AgendaItem], m: Minutes) -> None:
    for item in new:
        same = [a for a in agenda if a.number == item.number]
        if any(_similar(a.title, item.title) for a in same) or any(fold(a.title) == fold(item.title) for a in agenda):
            continue  # listed already (the approved programme repeats the proposed one)
        if same:
            m.warn("agenda_number_reused", f"item {item.number} appears twice with different titles", item.page)
        agenda.append(item)


def _after_preamble(lines: list[Line], start: int) -> int:
    """Skip up to two unnumbered lines between the heading and item 1 ("Úvod, určení ověřovatelů …
    starosta" written before "1) …", "Jednání se bude řídit tímto programem:")."""
    for k in range(start, min(start + 3, len(lines))):
        if k == start and _LETTER_ITEM.match(lines[k].text):
            return start
        m = _item_match(lines[k])
        if m:
            num = _parse_num(m.group("num") or m.group("num2"))
            return k if k > start and num is not None and _follows(None, num) else start
        if _HEADING.match(fold(lines[k].text)) or _ATTENDANCE.match(fold(lines[k].text)):
            break
    return start


def _plain_heading(lines: list[Line], k: int) -> bool:
    """A short numbered line followed by text, in a document without bold fonts: a heading of the
    body ("1. Zahájení" / "Zasedání zahájil …")."""
    text = lines[k].text.strip()
    words = text.split()
    if len(words) > 14 or text.endswith((".", ",", ";")) or k + 1 >= len(lines):
        return False
    m = _item_match(lines[k])
    if m is None or not m.group("rest")[:1].isupper():
        return False  # a heading starts with a capital ("in PROJEKT …" is OCR noise)
    nxt = lines[k + 1]
    return _item_match(nxt) is None and len(nxt.text.split()) >= 4


def _body_headings(lines: list[Line], width: float) -> list[AgendaItem]:
    """Numbered bold (or "Ad N)") headings of the body, in sequence, when no programme is listed;
    in a document without bold type, short numbered lines followed by text.  A heading whose
    bracket closes on the next line ("… (zahájení, volba ověřovatelů zápisu, schválení" /
    "programu)") is read whole."""
    cands = []
    any_bold = any(ln.bold for ln in lines)
    for k, ln in enumerate(lines):
        m = _item_match(ln)
        if not m:
            continue
        prefixed = bool(_ITEM_PREFIX.match(ln.text))
        if not (ln.bold or prefixed or (not any_bold and _plain_heading(lines, k))):
            continue
        if is_decision(m.group("rest")):
            continue  # a numbered resolution is no heading of the programme
        cands.append((k, ln))
    items: list[_Item] = []
    prev: _Num | None = None
    for k, ln in cands:
        m = _item_match(ln)
        num = _parse_num(m.group("num") or m.group("num2")) if m else None
        if m is None or num is None or len(num.parts) > 1 and not items:
            continue
        if _follows(prev, num):
            text, used = m.group("rest").strip(), [ln]
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if text.count("(") > text.count(")") and nxt is not None and ")" in nxt.text and not _item_match(nxt):
                text, used = f"{text} {nxt.text.strip()}", [ln, nxt]
            items.append(_Item(num, text, used))
            prev = num
    return _to_agenda(items) if len(items) >= 2 else []


_PRESENTER_LABEL = re.compile(rf"^\s*(?:{_alt(cs.PRESENTER_CUES)})\s*:\s*(?=\S)", re.IGNORECASE)


def _labelled_presenters(lines: list[Line], agenda: list[AgendaItem]) -> None:
    """"1. Volba pracovních komisí (bod číslo 1)" / "Předkladatel: Milan Paluš": a presenter label
    right under an item's heading in the body names that item's presenters."""
    by_number = {a.number: a for a in agenda}
    for k, ln in enumerate(lines):
        m = _item_match(ln)
        num = _parse_num(m.group("num") or m.group("num2")) if m else None
        item = by_number.get(num.text) if m and num else None
        if m is None or item is None or item.presenters:
            continue
        heading, title = fold(m.group("rest")), fold(item.title)
        if not (heading.startswith(title) or _similar(heading, title)):
            continue
        for nxt in lines[k + 1:k + 3]:
            label = _PRESENTER_LABEL.match(fold(nxt.text))
            if label is None:
                continue
            people = split_people(nxt.text[label.end():].strip(), case="nom")
            if people and all(_is_presenter(p) for p in people):
                item.presenters = people
            break


def _is_heading(line: Line) -> bool:
    """A programme heading of its own ("Program:", "Program kontroly:"), not a sentence about one."""
    f = fold(label_text(line.text.strip()))
    return _HEADING.match(f) is not None and (f.endswith(":") or len(f.split()) <= 3)


def apply(doc: TextDocument, m: Minutes) -> None:
    lines = doc.lines
    if not lines or m.document_type in ("other", "resolutions", "vote_record"):
        return
    report = m.document_type == "report"  # a report's programme only under a heading of its own
    width = max((ln.x1 - ln.x0 for ln in lines if ln.x1), default=0.0)
    lines = _explode(_without_fillers(split_label_sentences(lines)))
    agenda: list[AgendaItem] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        intro = _is_heading(ln) if report else _is_intro(ln, nxt)
        if not intro and not report and _ADDITION.match(fold(ln.text)) and agenda:
            intro = True
        if intro:
            start = i + 1
            if nxt is not None and not _item_match(nxt) and fold(nxt.text.strip()).endswith(":") and not fold(
                    ln.text.strip()).endswith(":"):
                start = i + 2  # the intro sentence wraps onto the next line
            start = _after_preamble(lines, start)
            items, end = _collect(lines, start, width)
            if items:
                _merge(agenda, _to_agenda(items), m)
                i = end
                continue
        i += 1
    if not agenda and m.document_type == "minutes":
        agenda = _body_headings(_without_fillers(doc.lines), width)
    _labelled_presenters(lines, agenda)
    m.agenda = agenda
