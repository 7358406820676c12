"""Stage 'signatures': recorder, verifiers, chair, and the next meeting.

- **Labels** anywhere: "Zapsal/a:", "Zapisovatel/ka:", "Ověřovatel/é (zápisu):", "Ověřil/a/i:",
  "Předseda výboru:", "Předsedající:" followed by names (a label's persons carry no role: the
  role is the label, not written at the mention).
- **Signature blocks** at the end: a name (often with "v. r.") and the role under it or after
  it ("Ing. Pavel Horák v. r." / "starosta obce"; "Mgr. Michal Malý, předseda komise v.r.").
  Blocks side by side are separated by page half and read top to bottom.  A block whose role is
  a verifier's is a verifier; a chair's role (předseda, předsedající) or the first signing office
  (starosta, primátor …) makes the chair.
- **Running text** of the opening (``lang.cs.structure.*_TEXT_CUES`` and every case form of
  zapisovatel/ka, ověřovatel/ka): "Zapisovatelkou určil paní Martinu Bílkovou", "zápisem z jednání
  byla pověřena pí. Vašenková", "Ověřovatelé zápisu byli zvoleni p. Raška a pí. Stužková", "určuje
  ověřovateli zápisu …", "jednání řízené starostou Ing. Habrmanem", "Pan Mrázek se ujal řízení".
  The people after a cue run to the end of the clause or the next cue; names are read in the case
  the sentence gives them and matched to the roster later (``linking``).  In a resolution list only
  verifiers are taken from the text.  Last fallback for the chair: a "předseda" in the list of those
  present ("Ing. Radka Holubová (předsedkyně)").
- **Next meeting**: the sentence with "Další/Příští zasedání …" (at a sentence or item start, or
  followed by "bude / se uskuteční / :"; never "předložit na další jednání"): its date (the
  meeting's year fills "13.6."), the first time after the cue, and the place ("v zasedací místnosti č. 209").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutesparse.document import Line, TextDocument
from minutesparse.fields import dates, names, places
from minutesparse.fields.attendance import label_text
from minutesparse.fields.classify import despace
from minutesparse.fields.clauses import (
    clause_end,
    clause_start,
    looks_like_sentence,
    split_label_sentences,
)
from minutesparse.fields.names import fold
from minutesparse.fields.people import find_people, parse_person, split_people
from minutesparse.lang.cs import structure as cs
from minutesparse.lang.cs import titles as cs_titles
from minutesparse.schema import Minutes, NextMeeting, Person

PAGE_MID = 297.0  # half of an A4 page in points (columns of side-by-side signature blocks)
OPENING_LINES = 90  # where minutes name their recorder, verifiers and chair in running text


def _alt(words) -> str:
    # words of a phrase may have lost their space when letter spacing was closed up ("Dálepřítomni:")
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s*") for w in sorted(set(words), key=len, reverse=True))


def _marks(marks: tuple[str, ...]) -> str:
    """Signature marks ("v. r.", "v.z.") with optional spaces and a final dot optional."""
    out = set()
    for mk in marks:
        core = mk.strip("()").rstrip(".")
        out.add(re.escape(core).replace(r"\ ", r"\s?").replace(r"\.", r"\.\s?") + r"\.?")
    return "|".join(sorted(out, key=len, reverse=True))


def _label_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{_alt(words)})(?:\s+\w+){{0,2}}?\s*:\s*", re.IGNORECASE)


_RECORDER = _label_re(cs.RECORDER_LABELS)
_VERIFIER = _label_re(cs.VERIFIER_LABELS)
_CHAIR = _label_re(cs.CHAIR_LABELS)
_SIG_MARK = re.compile(rf"\(?(?<!\w)(?:{_marks(cs_titles.SIGNATURE_MARKS)})\)?(?!\w)", re.IGNORECASE)
_NEXT = re.compile(rf"(?<!\w)(?:{_alt(cs.NEXT_MEETING_CUES)})(?!\w)")
_NEXT_BLOCKERS = {fold(w) for w in cs.NEXT_MEETING_BLOCKERS}
_NEXT_VERB = re.compile(rf"(?<!\w)(?:{_alt([v for v in cs.NEXT_MEETING_VERBS if v != ':'])})(?!\w)|^[^.]{{0,40}}:")
_VERIFIER_ROLE = re.compile(rf"(?<!\w)(?:{_alt(cs.VERIFIER_ROLE_NOUNS)})")  # any form: "ověřovatelé", "ověřovatelka"
_CHAIR_ROLE = re.compile(rf"(?<!\w)(?:{_alt(cs.CHAIR_ROLE_WORDS)})(?!\w)")
_OFFICE_ROLE = re.compile(rf"(?<!\w)(?:{_alt(cs.SIGNING_OFFICES)})(?!\w)")
_RECORDER_ROLE = re.compile(rf"(?<!\w)(?:{_alt(cs.RECORDER_ROLE_WORDS)})(?!\w)")
_TITLE_WORD = re.compile(rf"^(?:{'|'.join(re.escape(t) for t in cs_titles.TITLES_BEFORE)})$")


@dataclass(slots=True)
class _Block:
    lines: list[Line] = field(default_factory=list)
    person: Person | None = None
    role: str | None = None
    label: str | None = None  # "verifier" when under an "Ověřili:" label


def _clean_name_line(text: str) -> str:
    return " ".join(_SIG_MARK.sub(" ", text).split()).strip(" ,;/|\\")


def _person_from_line(text: str) -> Person | None:
    cleaned = _clean_name_line(text)
    if not cleaned or dates.find_dates(cleaned) or len(cleaned.split()) > 9 or looks_like_sentence(cleaned):
        return None  # a signature is a name with a short role, not a sentence
    words = cleaned.split()
    lead = next((k for k, w in enumerate(words[1:], 1) if not w[:1].islower()), len(words))
    if cleaned.endswith(".") and lead >= 3 and words[0][:1].isupper():
        return None  # "Shromáždění zvolilo předsedajícím Ing. Pavla Hrubého.": a sentence
    p = parse_person(cleaned, case="nom")
    if p is None or not (p.given_name or p.titles_before):
        return None
    return p.model_copy(update={"raw": _raw_without_role(cleaned, p)})


def _raw_without_role(cleaned: str, p: Person) -> str:
    """The raw of a signature person: as written, with an inline role kept ("…, předseda komise")."""
    return cleaned


def _is_role_line(text: str) -> bool:
    t = text.strip()
    return bool(t) and t[:1].islower() and not dates.find_dates(t) and len(t.split()) <= 8


def _signature_region(lines: list[Line]) -> list[Line]:
    tail = lines[-18:]
    start = None
    for i, ln in enumerate(tail):
        f = fold(ln.text)
        if _SIG_MARK.search(ln.text) or _RECORDER.match(f) or _VERIFIER.match(f) or _CHAIR.match(f):
            start = i
            break
    if start is None:
        start = max(0, len(tail) - 8)
    return tail[start:]


COLUMN_GAP = 60.0  # points between the left edges of two columns of signature blocks
TEXT_WIDTH = 480.0  # the width of an A4 text area, shared by the columns of a plain-text line


def _split_columns(region: list[Line]) -> list[Line]:
    """Plain-text signature lines with blocks side by side ("Ing. Petr Holý      Mgr. Jana Veselá"
    over "starosta      místostarostka", or cells split by tabs): a tab or a run of 3+ spaces
    separates the columns; each part gets the left edge of its column.  Letter-spaced names
    ("N e d o m a  Jiří") are closed up."""
    out: list[Line] = []
    for ln in region:
        parts = [despace(p) for p in re.split(r"\t+|\s{3,}", ln.text.strip()) if p.strip()]
        if len(parts) < 2:
            out.append(ln)
            continue
        width = TEXT_WIDTH / len(parts)
        for k, part in enumerate(parts):
            x0 = (ln.x0 or 56.0) + k * width
            out.append(Line(text=part, page=ln.page, top=ln.top, x0=x0, x1=x0 + width - 1, size=ln.size, bold=ln.bold))
    return out


def _columns(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped by column: left edges closer than ``COLUMN_GAP`` to the previous one (in order
    of the edge) belong to one column ("Ing. Pavel Hrubý" centred over "předsedající")."""
    cols: list[list[Line]] = []
    last = None
    for ln in sorted(lines, key=lambda x: x.x0):
        if last is None or ln.x0 - last > COLUMN_GAP:
            cols.append([])
        cols[-1].append(ln)
        last = ln.x0
    return cols


def _two_names(text: str) -> int | None:
    """Where a line of two names side by side splits ("Jiří Vondrák Iva Šťastná" -> before "Iva"):
    at a known given name (or a title) that starts the second name."""
    words = text.split()
    if not 4 <= len(words) <= 10:
        return None
    pos = 0
    starts = []
    for w in words:
        starts.append(text.index(w, pos))
        pos = starts[-1] + len(w)
    for k in range(2, len(words) - 1):
        w = words[k]
        if (names.is_known_given_name(w) or _TITLE_WORD.match(w)) and not _TITLE_WORD.match(words[k - 1]):
            left, right = text[:starts[k]].strip(), text[starts[k]:].strip()
            if _person_from_line(left) and _person_from_line(right):
                return starts[k]
    return None


def _two_roles(text: str) -> int | None:
    """Where a line of two roles side by side splits ("ověřovatel zápisu ověřovatelka zápisu")."""
    words = text.split()
    pos, starts = 0, []
    for w in words:
        starts.append(text.index(w, pos))
        pos = starts[-1] + len(w)
    roles = [k for k, w in enumerate(words) if names.role_lemma(w.strip(",;"))]
    return starts[roles[1]] if len(roles) >= 2 and roles[0] == 0 else None


def _split_pairs(region: list[Line]) -> list[Line]:
    """Two signature blocks printed on the same lines as one text ("Jiří Vondrák Iva Šťastná" over
    "ověřovatel zápisu ověřovatelka zápisu"): split both lines into a left and a right column."""
    out: list[Line] = []
    k = 0
    while k < len(region):
        ln = region[k]
        nxt = region[k + 1] if k + 1 < len(region) else None
        cut = _two_names(ln.text) if nxt is not None else None
        rcut = _two_roles(nxt.text) if cut is not None and nxt is not None else None
        if cut is not None and rcut is not None and nxt is not None:
            for line, at in ((ln, cut), (nxt, rcut)):
                out.append(Line(text=line.text[:at].strip(), page=line.page, top=line.top, x0=line.x0, x1=line.x1,
                                size=line.size, bold=line.bold))
                out.append(Line(text=line.text[at:].strip(), page=line.page, top=line.top,
                                x0=max(line.x0, PAGE_MID + 1), x1=line.x1, size=line.size, bold=line.bold))
            k += 2
            continue
        out.append(ln)
        k += 1
    return out


def _split_at_marks(region: list[Line]) -> list[Line]:
    """"Bc. L. Roubínek ověřovatel zápisu v.r.   Mgr. M. Malý, předseda komise v.r." on one line:
    each "v. r." closes a signature, so the line holds two blocks side by side."""
    out: list[Line] = []
    for ln in _split_pairs(_split_columns(region)):
        marks = list(_SIG_MARK.finditer(ln.text))
        if not marks or marks[0].end() >= len(ln.text.rstrip()) - 1:
            out.append(ln)
            continue
        start = 0
        for k, mk in enumerate(marks):
            part = ln.text[start:mk.end()].strip()
            if part:
                x0 = ln.x0 if k == 0 or not ln.x0 else max(ln.x0, PAGE_MID + 1)
                out.append(Line(text=part, page=ln.page, top=ln.top, x0=x0, x1=ln.x1, size=ln.size, bold=ln.bold))
            start = mk.end()
        tail = ln.text[start:].strip()
        if tail:
            out.append(Line(text=tail, page=ln.page, top=ln.top, x0=ln.x0 and max(ln.x0, PAGE_MID + 1), x1=ln.x1,
                            size=ln.size, bold=ln.bold))
    return out


def _split_merged(region: list[Line]) -> list[Line]:
    """"Ověřili: Mgr. Petr Lukeš" read as one line although the name heads the right-hand block
    (its role "předseda spolku" stands under it, right): give the name back to its column."""
    out: list[Line] = []
    for ln in _split_at_marks(region):
        f = fold(ln.text)
        lm = _VERIFIER.match(f) or _RECORDER.match(f)
        spans = ln.x0 and ln.x0 < PAGE_MID - 100 and ln.x1 > PAGE_MID + 100
        if lm and spans:
            rest = ln.text[lm.end():].strip()
            below_right = [o for o in region if o.page == ln.page and o.x0 > PAGE_MID - 40
                           and 0 < o.top - ln.top <= 30 and _is_role_line(o.text)]
            if rest and below_right and len(split_people(rest, case="nom")) == 1:
                label = ln.text[:lm.end()].strip()
                out.append(Line(text=label, page=ln.page, top=ln.top, x0=ln.x0, x1=ln.x0 + 60, size=ln.size, bold=ln.bold))
                out.append(Line(text=rest, page=ln.page, top=ln.top, x0=below_right[0].x0, x1=ln.x1, size=ln.size,
                                bold=ln.bold))
                continue
        out.append(ln)
    return out


def _blocks(region: list[Line]) -> list[_Block]:
    """Signature blocks, column by column (left to right), top to bottom."""
    out: list[_Block] = []
    for col in _columns(_split_merged(region)):
        lines = sorted(col, key=lambda ln: (ln.page, ln.top))
        label: str | None = None
        cur: _Block | None = None
        for ln in lines:
            f = fold(ln.text)
            if _VERIFIER.match(f) and not ln.text.split(":", 1)[1].strip():
                label, cur = "verifier", None  # "Ověřili:" alone: the names below are verifiers
                continue
            if _RECORDER.match(f) or _VERIFIER.match(f) or _CHAIR.match(f):
                cur = None
                continue  # labelled lines are read separately
            p = _person_from_line(ln.text)
            if p is not None:
                cur = _Block([ln], p, p.role, label)
                out.append(cur)
                continue
            if cur is not None and _is_role_line(ln.text) and (not cur.lines[-1].top or ln.top - cur.lines[-1].top < 30):
                role = " ".join(_SIG_MARK.sub(" ", ln.text).split()).strip(" ,;/|\\")
                cur.role = f"{cur.role} {role}".strip() if cur.role else role
                cur.lines.append(ln)
                continue
            cur = None
    return out


def _label_people(rest: str) -> list[Person]:
    """People after a label: under "Zapsal:" a lone surname ("Zapsal: Šimon", "Zapsala: pí Nosková")
    is a person too."""
    out = []
    for p in split_people(_SIG_MARK.sub(" ", rest), case="nom"):
        if p.given_name or p.titles_before or (p.family_name[:1].isupper() and len(p.family_name) > 2
                                               and not p.family_name.isupper()):
            out.append(p)
    return out


def _bare_person(text: str) -> Person | None:
    """A line that is only a name ("Jiřina Brychtová", "Ing. Jan Burda")."""
    t = text.strip()
    if not t or ":" in t or len(t.split()) > 6 or _is_role_line(t):
        return None
    p = _person_from_line(t)
    return p if p is not None and not p.role else None


def _labelled(lines: list[Line], rx: re.Pattern[str], plural_ok: bool = False) -> list[tuple[list[Person], Line]]:
    out = []
    for k, ln in enumerate(lines):
        text = label_text(ln.text)
        m = rx.match(fold(text))
        if not m:
            continue
        people = _label_people(text[m.end():].strip())
        # names on the following lines: under an empty label ("Ověřovatelé zápisu:" / "(jmenováni …)" /
        # "Ing. Jan Burda" / "Bc. Pavel Nováček"), or a second verifier aligned under the first
        j = k + 1
        while j < len(lines) and j <= k + 6 and (not people or (plural_ok and len(people) < 2)):
            nt = lines[j].text.strip()
            if nt.startswith("(") and nt.endswith(")"):
                j += 1
                continue
            p = _bare_person(nt)
            after = lines[j + 1].text if j + 1 < len(lines) else ""
            if p is None or (people and _is_role_line(after)):
                break
            people.append(p)
            j += 1
        if people:
            out.append((people, ln))
    return out


# ---------------------------------------------------------------- roles named in running text


def _gap_alt(phrases) -> str:
    out = []
    for ph in sorted(set(phrases), key=len, reverse=True):
        parts = [re.escape(fold(x.strip())).replace(r"\ ", r"\s+") for x in ph.split("…")]
        out.append(r"\w*(?:\s+\S+){0,4}?\s+".join(parts))
    return "|".join(out)


def _role_forms(lemmas: tuple[str, ...]) -> list[str]:
    return [fold(f) for f, (lemma, _case) in names.role_forms().items() if lemma in lemmas]


_CUES: dict[str, re.Pattern[str]] = {
    "recorder": re.compile(rf"(?<!\w)(?:{_gap_alt((*cs.RECORDER_TEXT_CUES, *_role_forms(cs.RECORDER_ROLE_NOUNS)))})(?!\w)"),
    "verifier": re.compile(rf"(?<!\w)(?:{_gap_alt((*cs.VERIFIER_TEXT_CUES, *_role_forms(cs.VERIFIER_ROLE_NOUNS)))})(?!\w)"),
    "chair": re.compile(rf"(?<!\w)(?:{_gap_alt(cs.CHAIR_TEXT_CUES)})(?!\w)"),
}
_ITEM_LINE = re.compile(rf"^\s*(?:(?:{_alt(cs.ITEM_PREFIXES)})\.?\s*)?(?:\d{{1,2}}|[IVX]{{1,5}})\s*[.)/]+\s*\S", re.IGNORECASE)
_CHAIR_BEFORE = re.compile(rf"(?<!\w)(?:{_gap_alt(cs.CHAIR_TEXT_CUES_BEFORE)})(?!\w)")
_OTHER_MEETING = re.compile(rf"^\s*(?:(?:{_alt(cs.MINUTES_WORDS)})\s+)?(?:{_gap_alt(cs.OTHER_MEETING_MARKERS)})")
_HONORIFIC = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(h) for h in cs_titles.HONORIFICS)})(?!\w)", re.IGNORECASE)
# a list of names ends at ", <small word>" or " a <small word>" that is not a title or honorific
_AND = "|".join(re.escape(w) for w in cs.AND_WORDS)
_SEGMENT_STOP = re.compile(rf",\s+(?=[a-záčďéěíňóřšťúůýž]{{2,}}\b(?!\.))|\s+(?:{_AND})\s+"
                           r"(?=[a-záčďéěíňóřšťúůýž]{3,}\b(?!\.))")


def _with_evidence(people: list[Person]) -> list[Person]:
    return [p for p in people if p.given_name or p.titles_before or _HONORIFIC.search(p.raw)]


def _apposition(segment: str, at: int) -> bool:
    """The small word at ``at`` opens an apposition ("Vladimír Macek, starosta obce Písečná, a
    starosta obce Volešná Ing. Ladislav Bartošek"): a role noun or an honorific, not a new clause."""
    word = re.match(r"[^\W\d_]+\.?", segment[at:])
    if word is None:
        return False
    return _HONORIFIC.match(word.group(0)) is not None or names.role_lemma(word.group(0)) is not None


def _segment_people(segment: str) -> list[Person]:
    stop = _SEGMENT_STOP.search(segment)
    while stop is not None and _apposition(segment, stop.end()):
        stop = _SEGMENT_STOP.search(segment, stop.end())
    if stop is not None:
        segment = segment[:stop.start()]
    return _with_evidence(find_people(segment))


def _roles_in_text(lines: list[Line]) -> dict[str, list[Person]]:
    """The first people named after each role cue in running text (recorder, verifier, chair)."""
    found: dict[str, list[Person]] = {}
    for i, ln in enumerate(lines):
        # the line with up to two following lines of its paragraph (never into the next item or label)
        text = ln.text
        for x in lines[i + 1:i + 3]:
            if _ITEM_LINE.match(x.text) or re.match(r"^\s*[^\W\d_][\w ]{0,25}:", x.text):
                break
            text += " " + x.text
        item_line = _ITEM_LINE.match(ln.text) is not None
        folded = fold(text)
        if len(folded) != len(text):
            continue
        first_len = len(ln.text)
        cues = sorted(((m.start(), m.end(), role) for role, rx in _CUES.items() for m in rx.finditer(folded)),
                      key=lambda c: (c[0], -c[1]))
        # nested cues ("zápisem … pověřen" over "zápis"): keep the outermost
        kept: list[tuple[int, int, str]] = []
        for c in cues:
            if kept and c[0] < kept[-1][1]:
                continue
            kept.append(c)
        for k, (start, end, role) in enumerate(kept):
            if role in found or start >= first_len:
                continue
            if item_line and len(re.sub(r"[^\w\s]", " ", folded[end:first_len]).split()) <= 1:
                continue  # an item's heading ("Ad 2.) Volba … ověřovatele zápisu"): the names below are not its
            limit = min(clause_end(text, end, brackets=False), kept[k + 1][0] if k + 1 < len(kept) else len(text))
            segment = text[end:limit]
            if _OTHER_MEETING.match(fold(segment)):
                continue
            people = _segment_people(segment)
            if not people and role == "chair":
                # the subject before the verb: "Předseda senátu, P. Strnad, zahájil zasedání"
                begin = max(clause_start(text, start), kept[k - 1][1] if k else 0)
                people = _with_evidence(find_people(text[begin:start]))[-1:]
            if people:
                found[role] = people if role == "verifier" else people[:1]
        if "chair" not in found:
            bm = _CHAIR_BEFORE.search(folded[:first_len])
            if bm:
                people = _with_evidence(find_people(text[clause_start(text, bm.start()):bm.start()]))
                if people:
                    found["chair"] = people[-1:]
    return found


def _next_meeting(doc: TextDocument, m: Minutes) -> NextMeeting | None:
    year = int(m.meeting.date[:4]) if m.meeting.date else None
    lines = doc.lines
    for i, ln in enumerate(lines):
        cm = _NEXT.search(fold(ln.text))
        if not cm:
            continue
        before = ln.text[:cm.start()].rstrip()
        prev_word = fold(before.split()[-1]) if before.split() else ""
        if prev_word in _NEXT_BLOCKERS:
            continue  # "… předložit na další schůzi RM": a deadline, not an announcement of the next meeting
        sentence_start = not before or re.search(r"[^\W\d_]{3,}[.!?]$|\d{4}\.$|^[-–•]$|^\d{1,2}\s*[.)]$", before)
        if not sentence_start and not _NEXT_VERB.search(fold(ln.text[cm.end():cm.end() + 60])):
            continue  # "… do konání příští schůze RML, tj. do 20. 4.": not an announcement
        text = ln.text[cm.start():]
        k = i + 1
        while k < len(lines) and k <= i + 2 and not re.search(r"[^\W\d_]{3,}\.\s*$", text.strip()):
            text += " " + lines[k].text
            k += 1
        text = _first_sentence(text)
        found = dates.find_dates(text, default_year=year)
        date = next((d.iso for d in found if d.iso), None)
        times = dates.find_times(text)
        time = times[0][0] if times else None
        span = places.find_place_phrase(text)
        place = places.place_nominative(text[span[0]:span[1]]) if span else None
        if place is None:
            bare = places.find_bare_place(text)  # "… od 18,00 hod, velká zasedací místnost radnice."
            place = text[bare[0]:bare[1]].strip(" ,.;") if bare else None
        if date or time:
            return NextMeeting(date=date, start_time=time, place=place)
    return None


def _first_sentence(text: str) -> str:
    """The first sentence of ``text`` by spaCy's sentencizer, whose tokenizer keeps titles,
    initials and abbreviations ("Ing.", "J.", "hod.", "č.") whole, so "… na 5. 12. 2024.
    Předsedající …" ends after the date but "ve složení Ing. J. Novák a Bc. E. Malá." does not
    end after "Ing."."""
    from minutesparse import nlp

    sents = nlp.sentences(text)
    return sents[0] if sents else text


def apply(doc: TextDocument, m: Minutes) -> None:
    lines = doc.lines
    if not lines or m.document_type == "other":
        return
    region = _signature_region(lines)
    blocks = _blocks(region)

    # running text: the opening of the minutes (a resolution list only for verifiers: "určuje ověřovateli …")
    in_text = _roles_in_text(lines[:OPENING_LINES])
    if m.document_type != "minutes":
        in_text = {k: v for k, v in in_text.items() if k == "verifier"}

    # recorder: a "Zapsal/a:" label (the last one: the signature's), else a block with that role,
    # else running text ("Zapisovatelkou určil paní Martinu Bílkovou")
    label_lines = split_label_sentences(lines)
    rec = _labelled(label_lines, _RECORDER)
    if rec:
        m.recorder = rec[-1][0][0]
    else:
        b = next((b for b in blocks if b.role and _RECORDER_ROLE.search(fold(b.role))), None)
        if b and b.person:
            m.recorder = b.person.model_copy(update={"role": b.role})
        elif in_text.get("recorder"):
            m.recorder = in_text["recorder"][0].model_copy(update={"role": None})

    # verifiers: signature blocks with a verifier role or under "Ověřili:", else labels, else text
    ver_blocks = [b for b in blocks if b.person and (b.label == "verifier" or (b.role and _VERIFIER_ROLE.search(fold(b.role))))]
    if ver_blocks:
        m.verifiers = [b.person.model_copy(update={"role": b.role}) for b in ver_blocks if b.person]
    else:
        labelled = _labelled(label_lines, _VERIFIER, plural_ok=True)
        if labelled:
            m.verifiers = labelled[-1][0]
        else:
            m.verifiers = [p.model_copy(update={"role": None}) for p in in_text.get("verifier", [])]

    # chair: a block with a chair role, else the first signing office, else a label, else the text
    chair_block = next((b for b in blocks if b.person and b.role and _CHAIR_ROLE.search(fold(b.role))), None)
    if chair_block is None:
        chair_block = next((b for b in blocks if b.person and b.role and _OFFICE_ROLE.search(fold(b.role))
                            and not _VERIFIER_ROLE.search(fold(b.role))), None)
    if chair_block is not None and chair_block.person is not None:
        m.chair = chair_block.person.model_copy(update={"role": chair_block.role})
    else:
        labelled = _labelled(label_lines, _CHAIR)
        if labelled:
            m.chair = labelled[-1][0][0]
        elif in_text.get("chair"):
            m.chair = in_text["chair"][0]
        else:
            # "Ing. Radka Holubová (předsedkyně)" in the list of those present, or "Ověřil: Šimák Karel,
            # předseda" signing under a label with the chair's role
            signed = [*m.verifiers, *([m.recorder] if m.recorder else [])]
            m.chair = next((p for p in [*m.attendance.present, *signed] if p.role and _CHAIR_ROLE.search(fold(p.role))),
                           None)

    m.next_meeting = _next_meeting(doc, m)
