"""Tasks: explicit "Úkol …" lines, "ukládá X <infinitive> …" clauses, and execution
duties ("Zodpovídá: Ing. P. Hojgr  Termín: 27. 1. 2025").

Pure functions over text; ``decisions.apply`` decides where tasks are.  Words come from
``lang.cs.decisions``; dates are read with ``fields.dates``; people with ``fields.people``
(which turns "J. Šolce" into the nominative — here we only hand it the raw names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutesparse.fields.dates import find_dates
from minutesparse.fields.people import parse_party, parse_person
from minutesparse.fields.phrases import fold, is_caps, phrase_alternation
from minutesparse.lang.cs import dates as cs_dates
from minutesparse.lang.cs import decisions as cs
from minutesparse.schema import BodyParty, Person

Party = Person | BodyParty

_RESP = phrase_alternation(cs.RESPONSIBLE_LABELS)
_DEAD = phrase_alternation(cs.DEADLINE_LABELS)
_RESP_RE = re.compile(rf"(?<![\w])(?P<label>{_RESP})\s*:\s*", re.IGNORECASE)
_RESP_NOCOLON = re.compile(rf"^\s*(?P<label>{_RESP})\s+(?=[A-ZÁ-Ž])", re.IGNORECASE)
_DEAD_RE = re.compile(rf"(?<![\w])(?P<label>{_DEAD})\s*:\s*", re.IGNORECASE)
_RESP_ABBR = re.compile(rf"^\s*(?P<label>{'|'.join(map(re.escape, cs.RESPONSIBLE_ABBREVIATIONS))})\s*:\s*")
_DEAD_ABBR = re.compile(rf"(?:^|\s)(?P<label>{'|'.join(map(re.escape, cs.DEADLINE_ABBREVIATIONS))})\s*:\s*")
_ADVERBS = {fold(w) for w in cs.ASSIGNMENT_ADVERBS}
_CONJ = re.compile(rf",?\s+(?:{phrase_alternation(cs.ASSIGNMENT_CONJUNCTIONS)})\s+", re.IGNORECASE)
_TASK_CUE = re.compile(rf"^\s*(?P<cue>{phrase_alternation(cs.TASK_CUES)})(?![\w])\s*(?P<num>\d+[.)]?)?\s*", re.IGNORECASE)
_FOR = re.compile(rf"^\s*(?:{phrase_alternation(cs.TASK_FOR_WORDS)})\s+(?P<who>[^:]{{2,120}}?)\s*:\s*", re.IGNORECASE)

_ROLE_FORM: dict[str, str] = {}
for _canon_role, _forms in cs.ASSIGNEE_ROLES.items():
    for _f in _forms:
        _ROLE_FORM[fold(_f)] = _canon_role
_ROLE_RE = re.compile(rf"^(?P<role>{phrase_alternation(sorted({f for fs in cs.ASSIGNEE_ROLES.values() for f in fs}))})(?![\w])\s*",
                      re.IGNORECASE)
_NOT_INF = {fold(w) for w in cs.NOT_INFINITIVES}
_AND_SORTED = sorted(cs.AND_WORDS, key=len, reverse=True)
_PARTY_SPLIT = re.compile(rf"(\s*[,;]\s*|\s+(?:{phrase_alternation(_AND_SORTED)})\s+)", re.IGNORECASE)
_TASK_NUMBER = re.compile(rf"^(?:{phrase_alternation(cs.NUMBER_MARKS)})\s*(\d+)\s*", re.IGNORECASE)


# --------------------------------------------------------------------------- deadlines
_NON_DATE = phrase_alternation(cs_dates.NON_DATE_DEADLINES + cs.DEADLINE_PHRASES)
_NON_DATE_RE = re.compile(rf"(?<![\w])(?:{_NON_DATE})(?:\s+[^\s,;.]+){{0,4}}?(?=[,;.]|$)", re.IGNORECASE)
_DURATION = re.compile(rf"(?<![\w])(?:{phrase_alternation(cs.DEADLINE_PREPOSITIONS)})\s+\d+\s+"
                       rf"(?:{phrase_alternation(cs.DURATION_UNITS)})(?![\w])(?:\s+(?:{phrase_alternation(cs.DURATION_FOLLOWERS)})\s+[^,;.]+)?",
                       re.IGNORECASE)
_DUE_DATE = re.compile(rf"(?<![\w])(?:{phrase_alternation(cs.DEADLINE_PREPOSITIONS)})\s+$", re.IGNORECASE)
_NEXT_MEETING = re.compile(
    rf"(?<![\w])(?:{phrase_alternation(cs.NEXT_MEETING_PREPOSITIONS)})\s+(?:{phrase_alternation(cs.NEXT_MEETING_ADJECTIVES)})\s+"
    rf"(?:{phrase_alternation(cs.MEETING_NOUNS)})(?:\s+(?:{phrase_alternation(cs.MEETING_BODIES_GENITIVE)}))?(?![\w])",
    re.IGNORECASE)
# "každoročně k 31. 12.": a recurring deadline, not one date
_RECURRING = re.compile(rf"(?<![\w])(?:{phrase_alternation(cs.RECURRENCE_WORDS)})\s+"
                        rf"(?:(?:{phrase_alternation(cs.DEADLINE_PREPOSITIONS)})\s+)?$", re.IGNORECASE)


def _recurring(text: str, default_year: int | None) -> str | None:
    for d in find_dates(text, default_year or 2000):  # any year: only the date's place matters
        m = _RECURRING.search(text[max(0, d.start - 40):d.start])
        if m:
            return text[max(0, d.start - 40) + m.start():d.end].strip(" ,;")
    return None


def find_deadline(text: str, default_year: int | None = None) -> tuple[str | None, str | None]:
    """(date, None) for "do 31. 12. 2024" / "Termín: 27. 1. 2025"; (None, phrase) for
    "do příštího jednání"; (None, None) when no deadline is stated."""
    m = _DEAD_RE.search(text)
    if m:
        value = text[m.end():].strip()
        value = re.split(rf"\s{{2,}}|(?<![\w])(?:{_RESP})\s*:", value, flags=re.IGNORECASE)[0]
        return _deadline_value(value, default_year)
    recurring = _recurring(text, default_year)
    if recurring:
        return None, recurring
    for d in find_dates(text, default_year):
        if d.iso and _DUE_DATE.search(text[max(0, d.start - 20):d.start]):
            return d.iso, None
    md = _DURATION.search(text)
    if md:
        return None, md.group(0).strip(" .")
    mn = _NEXT_MEETING.search(text)
    if mn:
        return None, mn.group(0)
    m2 = _NON_DATE_RE.search(text)
    if m2:
        return None, m2.group(0).strip(" .")
    return None, None


# --------------------------------------------------------------------------- duties
@dataclass(frozen=True, slots=True)
class Duty:
    responsible: str | None  # raw text after "Zodpovídá:"
    deadline: str | None  # ISO date
    deadline_text: str | None


def _deadline_value(value: str, default_year: int | None) -> tuple[str | None, str | None]:
    value = value.strip(" ,;")
    recurring = _recurring(value, default_year)
    if recurring:
        return None, recurring
    dates = find_dates(value, default_year)
    if dates and dates[0].iso and dates[0].start <= 12:
        return dates[0].iso, None
    value = value.rstrip(" .")
    return None, (value or None)


def parse_duty(text: str, default_year: int | None = None) -> Duty | None:
    """A line stating who is responsible and/or by when: "Zodpovídá: X  Termín: D",
    "O: tajemník ÚMO", "T: trvale"."""
    t = text.strip()
    rm = _RESP_RE.search(t) or _RESP_NOCOLON.match(t) or _RESP_ABBR.match(t)
    dm = _DEAD_RE.search(t)
    if dm is None:  # "T: trvale" at the line start, or after a responsible label ("O: X  T: Y")
        da = _DEAD_ABBR.search(t)
        if da and (da.start() == 0 or rm is not None):
            dm = da
    if not rm and not dm:
        return None
    first = min(x.start() for x in (rm, dm) if x)
    if first > 3:  # the label must start the line (a dash or bullet may precede it)
        return None
    responsible = None
    if rm:
        end = dm.start() if dm and dm.start() > rm.start() else len(t)
        responsible = t[rm.end():end].strip(" ,;") or None
    date, dtext = None, None
    if dm:
        end = rm.start() if rm and rm.start() > dm.start() else len(t)
        value = re.split(r"\s{2,}", t[dm.end():end])[0]
        date, dtext = _deadline_value(value, default_year)
    return Duty(responsible, date, dtext)


# --------------------------------------------------------------------------- parties
_PLURAL_ROLES = {fold(f) for f in cs.PLURAL_ROLE_FORMS}


def _is_plural_role(form: str) -> bool:
    return fold(form) in _PLURAL_ROLES


def _is_abbrev(word: str) -> bool:
    """"OBH", "MěÚ", "ZM" (an office's abbreviation), not an initial "J."."""
    w = word.strip(",;:")
    return len(w) >= 2 and not w.endswith(".") and sum(c.isupper() for c in w) >= 2


def _looks_like_name(text: str) -> bool:
    """Every word capitalised (titles such as "doc." or "p." may be lower case)."""
    words = text.strip().split()
    if not words or _is_abbrev(words[0]):
        return False
    return all(w[:1].isupper() or (w.endswith(".") and w[:-1].isalpha()) for w in words)


_POSSESSIVE = re.compile(rf"^(?:{phrase_alternation(cs.ASSIGNEE_POSSESSIVES)})\s+", re.IGNORECASE)


_ADJ_ENDINGS = tuple(e for e, _ in cs.ADJECTIVE_TO_NOMINATIVE)
_LEADING_ADJECTIVES = re.compile(rf"^(?:[^\W\d_]+(?:{'|'.join(_ADJ_ENDINGS)})\s+){{1,2}}", re.IGNORECASE)


def _nominative_attribute(rest: str) -> str:
    """"finančnímu" -> "finanční": the first words after an office, when they are its
    adjective in another case (a genitive complement such as "investic" is kept)."""
    words = rest.split(" ")
    for k, w in enumerate(words[:2]):
        if _ROLE_RE.fullmatch(w):
            break
        if not w.islower():
            break
        for end, nom in cs.ADJECTIVE_TO_NOMINATIVE:
            if w.endswith(end) and len(w) > len(end) + 2:
                words[k] = w[: -len(end)] + nom
                break
        else:
            break
    return " ".join(words)


def parse_parties(raw: str) -> list[Party]:
    """"náměstky J. Šolce a V. Prachaře" -> two persons with role "náměstek";
    "starostovi obce" -> the body "starosta obce"; "OBH" -> the body "OBH";
    "svému členovi Pavlu Zajícovi" -> the person Zajíc, role "člen"."""
    text = _POSSESSIVE.sub("", raw.strip(" ,;:."))
    if is_caps(text):  # "STAROSTOVI OBCE": read as written in lower case
        text = text.lower()
    if not text:
        return []
    pieces = _PARTY_SPLIT.split(text)
    chunks: list[str] = []
    for k in range(0, len(pieces), 2):
        piece = pieces[k].strip()
        if not piece:
            continue
        # "odboru správy majetku a investic": a lower-case word that is no office continues
        if chunks and piece[:1].islower() and not _ROLE_RE.match(piece):
            chunks[-1] = chunks[-1] + pieces[k - 1] + piece
        else:
            chunks.append(piece)
    out: list[Party] = []
    inherited: str | None = None
    for chunk in chunks:
        adjectives = _LEADING_ADJECTIVES.match(chunk)
        prefix = ""
        if adjectives and not _ROLE_RE.match(chunk) and _ROLE_RE.match(chunk[adjectives.end():]):
            prefix = _nominative_attribute(adjectives.group(0).strip()) + " "  # "finančnímu odboru"
            chunk = chunk[adjectives.end():]
        m = _ROLE_RE.match(chunk)
        if m:
            form = m.group("role")
            role = _ROLE_FORM[fold(form)]
            rest = chunk[m.end():].strip()
            inherited = role if _is_plural_role(form) else None
            if rest and _looks_like_name(rest):
                # with the role as written, so that its case gives the name's ("členovi Pavlu Zajícovi")
                p = parse_person(f"{form} {rest}", role=role)
                if p:
                    p.raw = rest
                    out.append(p)
                    continue
            rest = _nominative_attribute(rest)
            name = prefix + (role if not rest else f"{role} {rest}")
            if form[:1].isupper():
                name = name[:1].upper() + name[1:]
            out.append(BodyParty(name=name, raw=chunk))
            continue
        if inherited and _looks_like_name(chunk):
            p = parse_person(chunk, role=inherited)
            if p:
                out.append(p)
                continue
        if _is_abbrev(chunk.split()[0]) or chunk[:1].islower() or not _looks_like_name(chunk):
            out.append(BodyParty(name=chunk, raw=chunk))
        else:
            out.append(parse_party(chunk))
    return out


# --------------------------------------------------------------------------- assignments
def _is_infinitive(word: str, caps: bool = False) -> bool:
    w = fold(word)
    if not w.isalpha() or not (word[:1].islower() or caps) or len(w) < 4 or w in _NOT_INF:
        return False
    return w.endswith(cs.INFINITIVE_ENDINGS)


@dataclass(frozen=True, slots=True)
class Assignment:
    assignees: str  # raw text naming who
    text: str  # what, from the infinitive on ("vypracovat projektovou dokumentaci …")


def split_assignment(clause: str, max_assignee_words: int = 10) -> Assignment | None:
    """After "ukládá"/"pověřuje": "OBH vypracovat …" -> ("OBH", "vypracovat …");
    "tajemníkovi ÚMO, aby zajistil …" -> ("tajemníkovi ÚMO", "aby zajistil …")."""
    words = list(re.finditer(r"\S+", clause))
    caps = is_caps(clause)
    for k, w in enumerate(words[: max_assignee_words + 1]):
        token = w.group(0).strip(",;:")
        if k >= 1 and _is_infinitive(token, caps):
            return Assignment(_trim_assignee(clause[: w.start()]), clause[w.start():].strip())
    cm = _CONJ.search(clause)
    if cm and len(clause[: cm.start()].split()) <= max_assignee_words and cm.start() > 0:
        return Assignment(_trim_assignee(clause[: cm.start()]), clause[cm.start():].strip(" ,"))
    return None


_REQUEST_PREP = {fold(w) for w in cs.REQUEST_PREPOSITIONS}


def split_request(clause: str, max_assignee_words: int = 6) -> Assignment | None:
    """After "žádá": "děkana o jejich zveřejnění do 30. 11." -> ("děkana", "o jejich zveřejnění …")."""
    words = list(re.finditer(r"\S+", clause))
    for k, w in enumerate(words[: max_assignee_words + 1]):
        if k >= 1 and fold(w.group(0)) in _REQUEST_PREP:
            who = _trim_assignee(clause[: w.start()])
            if _ROLE_RE.match(_POSSESSIVE.sub("", who)) or _looks_like_name(who):
                return Assignment(who, clause[w.start():].strip())
            return None
    return None


def _trim_assignee(text: str) -> str:
    """Drop adverbs before the infinitive: "starostovi MO pravidelně" -> "starostovi MO"."""
    words = text.strip(" ,;:").split()
    while len(words) > 1 and fold(words[-1].strip(",")) in _ADVERBS:
        words.pop()
    return " ".join(words).strip(" ,;:")


@dataclass(frozen=True, slots=True)
class TaskCue:
    number: str | None
    assignees: str | None
    text: str


def match_task_cue(text: str) -> TaskCue | None:
    """"Úkol pro náměstky J. Šolce a V. Prachaře: Otevřít …" / "Úkol č. 3: …" / "Úkol: …".

    The cue must end with a colon (or a dash): "Úkoly č. 1 a 2 byly splněny" is prose."""
    m = _TASK_CUE.match(text)
    if not m:
        return None
    rest = text[m.end():]
    num = m.group("num").rstrip(".)") if m.group("num") else None
    if not num:
        nm = _TASK_NUMBER.match(rest)
        if nm:
            num, rest = nm.group(1), rest[nm.end():]
    fm = _FOR.match(rest)
    if fm:
        return TaskCue(num, fm.group("who").strip(), rest[fm.end():].strip())
    sep = re.match(r"^\s*[:–—-]\s*", rest)
    if not sep:
        return None
    body = rest[sep.end():].strip()
    return TaskCue(num, subject_of(body), body)





def subject_of(text: str) -> str | None:
    """Who does it, when a task names its doer first: "Ing. Kratochvíl zajistí …",
    "odbor správy majetku předloží …", "Starosta obce prověří …"."""
    words = text.split()
    if not words:
        return None
    # a person: titles, initials and capitalised words, then a lower-case verb
    k = 0
    while k < len(words) and (words[k][:1].isupper() or (words[k].endswith(".") and words[k][:-1].isalpha())):
        k += 1
    if 0 < k < len(words) and k <= 5 and any(w[:1].isupper() and not w.endswith(".") for w in words[:k]) \
            and _is_finite(words[k]):
        return " ".join(words[:k]).rstrip(",")
    # an office or body: a role noun, its complements, then the verb
    if _ROLE_RE.match(text):
        for j in range(1, min(len(words), 8)):
            if _is_finite(words[j]):
                return " ".join(words[:j]).rstrip(",")
    return None


def _is_finite(word: str) -> bool:
    w = word.strip(",;:")
    return (w[:1].islower() and w.isalpha() and len(w) >= 4 and fold(w) not in _NOT_INF
            and w.endswith(cs.FINITE_VERB_ENDINGS))


def strip_duty_text(text: str) -> str:
    """Task text without the trailing "Termín: …" / "Zodpovídá: …"."""
    cut = len(text)
    for rx in (_RESP_RE, _DEAD_RE):
        m = rx.search(text)
        if m and m.start() > 0:
            cut = min(cut, m.start())
    return text[:cut].strip(" ,;–—-")
