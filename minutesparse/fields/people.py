"""People and parties: "Ing. Vojtěch Prachař – garant SC" -> Person.

Interface used by every field parser (names fixed):

- ``parse_person(raw, role=None, case=None) -> Person | None``   one name with titles and role
- ``parse_party(raw) -> Person | BodyParty``                      offices/bodies ("OBH", "tajemník úřadu")
- ``split_people(text, case=None) -> list[Person]``               "Mgr. M. Malý, Ing. J. Vytiska a E. Kožušník"
- ``find_people(text) -> list[Person]``                           names inside running text (spaCy patterns)
- ``Roster(people).match(person) -> Person | None``               the same person in the attendance roster

Names are turned to the nominative with the declension tables of ``lang.cs.people``
(read by ``fields.names``): "J. Šolce" -> Šolc, "místostarostu Pavla Horáka" -> Pavel Horák,
role místostarosta.  Titles, honorifics and signature marks come from ``lang.cs.titles``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from minutesparse.fields import names
from minutesparse.lang.cs import bodies as cs_bodies
from minutesparse.lang.cs import people as cs_people
from minutesparse.lang.cs import titles as cs_titles
from minutesparse.schema import BodyParty, Person

_L = r"[^\W\d_]"  # any letter


def _title_pattern(title: str, final_dot_optional: bool = False) -> str:
    parts = [re.escape(p) for p in re.split(r"\s*\.\s*", title.strip()) if p]
    sep = r"\.\s*"
    pat = sep.join(parts) + (r"\.?" if final_dot_optional and title.endswith(".") else r"\." if title.endswith(".") else "")
    return pat


def _alternation(items: tuple[str, ...], final_dot_optional: bool = False) -> str:
    pats = sorted({_title_pattern(t, final_dot_optional) for t in items}, key=len, reverse=True)
    return "|".join(pats)


# a title or honorific ends at its dot ("ing.miloš", "p.Dvořáček") or before a non-letter
_TB = re.compile(rf"(?:{_alternation(cs_titles.TITLES_BEFORE)})(?:(?<=\.)|(?!{_L}))", re.IGNORECASE)
_TA = re.compile(rf"(?:{_alternation(cs_titles.TITLES_AFTER, final_dot_optional=True)})(?!{_L})")
# honorific words also capitalised at a sentence start ("Pan Mrázek"); "P." stays an initial
_HON = re.compile(rf"(?:{_alternation(cs_titles.HONORIFICS)}|(?:{_alternation(tuple(h.capitalize() for h in cs_titles.HONORIFICS if len(h.rstrip('.')) > 1))}))(?:(?<=\.)|(?!{_L}))")
_SIG = re.compile(rf"\(?(?:{_alternation(cs_titles.SIGNATURE_MARKS, final_dot_optional=True)})\)?(?!{_L})",
                  re.IGNORECASE)
_INITIAL = re.compile(r"(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]h?\.)(?:\s*-\s*[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\.)?")
_WORD = re.compile(rf"{_L}+(?:['’-]{_L}+)*")
_DASH_SPLIT = re.compile(r"\s+[–—-]+\s+|\s*[–—]\s*")


@dataclass(slots=True)
class _Tok:
    kind: str  # tb ta hon sig init word punct
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    pos, n = 0, len(text)
    while pos < n:
        if text[pos].isspace():
            pos += 1
            continue
        for kind, rx in (("sig", _SIG), ("tb", _TB), ("ta", _TA), ("hon", _HON), ("init", _INITIAL), ("word", _WORD)):
            m = rx.match(text, pos)
            if m and m.end() > pos:
                # "M." of a name run must not be read as a title-after "MA"; titles need a boundary
                out.append(_Tok(kind, m.group(0), pos, m.end()))
                pos = m.end()
                break
        else:
            out.append(_Tok("punct", text[pos], pos, pos + 1))
            pos += 1
    # "ing.miloš Fiala": a given name written in small letters right after a title
    for k in range(1, len(out) - 1):
        t = out[k]
        if (t.kind == "word" and t.text[:1].islower() and out[k - 1].kind in ("tb", "hon")
                and out[k + 1].kind == "word" and out[k + 1].text[:1].isupper()
                and names.is_known_given_name(t.text.capitalize())):
            out[k] = _Tok("word", t.text.capitalize(), t.start, t.end)
    return out


def _is_name_word(tok: _Tok, all_caps_run: bool) -> bool:
    if tok.kind == "init":
        return True
    if tok.kind != "word" or not tok.text[:1].isupper():
        return False
    # an abbreviation (MO, SC, ZŠ, OŠKS) inside a normally written name run is no name
    return not (tok.text.isupper() and len(tok.text) > 1 and not all_caps_run and len(tok.text) < 5)


@dataclass(slots=True)
class _Analysis:
    titles_before: list[str] = field(default_factory=list)
    titles_after: list[str] = field(default_factory=list)
    given: list[str] = field(default_factory=list)     # as written
    family: str = ""                                   # as written
    role_before: str | None = None                     # lemma of a role noun before the name
    role_plural: bool = False
    case_hint: str | None = None
    role_after: str | None = None                      # role text written after the name


def _name_runs(toks: list[_Tok], text: str) -> list[tuple[int, int]]:
    """Index ranges [i, j) of maximal runs of name tokens."""
    caps_words = [t for t in toks if t.kind == "word" and t.text[:1].isupper()]
    all_caps = bool(caps_words) and all(t.text.isupper() for t in caps_words) and len(caps_words) >= 2
    if not all_caps and any(t.text.isupper() and len(t.text) > 1 for t in caps_words):
        # "NOVÁK Jan", "ŠOLC Jiří": a capitals family name next to a known given name
        all_caps = any(names.is_known_given_name(t.text) for t in caps_words if not t.text.isupper())
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if _is_name_word(toks[i], all_caps) and not names.role_lemma(toks[i].text):
            j = i
            while j < len(toks) and _is_name_word(toks[j], all_caps) and (j == i or not _gap(toks[j - 1], toks[j], text)):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _gap(a: _Tok, b: _Tok, text: str) -> bool:
    """True when something other than spaces separates two tokens (a comma, a newline)."""
    between = text[a.end:b.start]
    return bool(between.strip()) or "\n" in between


def _plausible_run(toks: list[_Tok]) -> bool:
    words = [t for t in toks if t.kind == "word"]
    if not words:
        return len(toks) >= 2  # anonymised "K. K."
    # every part is a word or an initial with its dot; a bare "V" (Pardubice V) is not a name
    parts_ok = all(t.kind == "init" or len(t.text) >= 2 for t in toks)
    return parts_ok and not any(w.text.lower() in _non_name_words() for w in words)


@functools.lru_cache(maxsize=1)
def _non_name_words() -> frozenset[str]:
    return frozenset(w.lower() for w in cs_bodies.NON_NAME_WORDS)


@functools.lru_cache(maxsize=1)
def _title_canon() -> dict[str, str]:
    out: dict[str, str] = {}
    for t in cs_titles.TITLES_BEFORE + cs_titles.TITLES_AFTER:
        out.setdefault(re.sub(r"\s+", "", t).lower(), t)  # the first spelling in the list is canonical
    return out


def _canonical_title(written: str) -> str:
    """"Ing.arch." -> "Ing. arch.", "ING." -> "Ing." (the form of the title list)."""
    key = re.sub(r"\s+", "", written).lower()
    canon = _title_canon()
    return canon.get(key) or canon.get(key + ".") or " ".join(written.split())


def _order(run: list[str]) -> tuple[list[str], str]:
    """Split a name run into given names and the family name (surname-first aware)."""
    if len(run) == 1:
        return [], run[0]
    first, last = run[0], run[-1]
    if names.is_initial(last) and not names.is_initial(first):
        return run[1:], first                       # "Kohout V."
    if names.is_initial(first):
        return run[:-1], last                       # "M. Malý", "K. K."
    if len(first) > 1 and first.isupper() and not last.isupper():
        return run[1:], first                       # "NOVÁK Jan"
    if names.is_known_given_name(last) and not names.is_known_given_name(first):
        return run[1:], first                       # "Malý Michal"
    return run[:-1], last


def _analyse(raw: str, case: str | None = None) -> _Analysis | None:
    text = " ".join(raw.split())
    a = _Analysis(case_hint=case)
    parts = _DASH_SPLIT.split(text, maxsplit=1)
    name_part = parts[0]
    dash_role = parts[1].strip(" ,;:.") if len(parts) > 1 else None
    toks = _tokens(name_part)
    runs = [r for r in _name_runs(toks, name_part) if _plausible_run(toks[r[0]:r[1]])]
    if not runs and dash_role:  # "garant SC – Ing. Vojtěch Prachař"
        toks2 = _tokens(dash_role)
        runs2 = [r for r in _name_runs(toks2, dash_role) if _plausible_run(toks2[r[0]:r[1]])]
        if runs2:
            name_part, dash_role = dash_role, name_part.strip(" ,;:.")
            toks, runs = toks2, runs2
    if not runs:
        return None
    # prefer the run right after titles, else a run of 2+ tokens, else the last one
    chosen = None
    for i, j in runs:
        if i > 0 and toks[i - 1].kind in ("tb", "hon"):
            chosen = (i, j)
            break
    if chosen is None:
        multi = [r for r in runs if r[1] - r[0] >= 2]
        chosen = multi[0] if multi else runs[-1]
    i, j = chosen
    run = [t.text for t in toks[i:j]]
    # a known given name inside a longer run starts the name ("Litovel Viktor Kohout")
    if len(run) > 3:
        for k, w in enumerate(run):
            if names.is_known_given_name(w):
                run = run[k:]
                break
        run = run[-3:]
    a.given, a.family = _order(run)
    # before the name: titles, honorifics, role nouns, case governors
    role_words: list[str] = []
    for t in toks[:i]:
        if t.kind == "hon" and t.text.lower() in cs_people.HONORIFIC_CASES and a.case_hint is None:
            a.case_hint = cs_people.HONORIFIC_CASES[t.text.lower()]
        if t.kind == "tb":
            a.titles_before.append(_canonical_title(t.text))
        elif t.kind == "word":
            low = t.text.lower()
            rl = names.role_lemma(low)
            if role_words and not rl and t.text[:1].islower() and low not in cs_people.CASE_GOVERNORS:
                role_words.append(t.text)  # "starosta města", "předseda kontrolního výboru"
                a.role_before = " ".join(role_words)
                continue
            role_words = []
            if rl:
                role_words = [rl[0]]
                a.role_before = rl[0]
                a.role_plural = rl[1].startswith("pl_")
                if rl[1] != "nom" or a.case_hint is None:
                    a.case_hint = names.base_case(rl[1]) if rl[1] != "nom" else a.case_hint
            elif low in cs_people.CASE_GOVERNORS and a.case_hint is None:
                a.case_hint = cs_people.CASE_GOVERNORS[low]
    # after the name: titles after, signature marks, then the role as written
    rest_start = None
    for t in toks[j:]:
        if t.kind == "ta":
            a.titles_after.append(_canonical_title(t.text))
            continue
        if t.kind == "sig" or (t.kind == "punct" and t.text in ",;.:"):
            continue
        rest_start = t.start
        break
    if rest_start is not None:
        rest = _SIG.sub("", name_part[rest_start:])
        rest = " ".join(rest.split()).strip(" ,;:–-")
        if rest:
            # titles-after that follow the role text are still titles ("… , DiS.")
            a.role_after = rest
    if dash_role:
        dash_role = " ".join(_SIG.sub("", dash_role).split()).strip(" ,;:–-") or None
        a.role_after = f"{a.role_after} {dash_role}".strip() if a.role_after and dash_role else (dash_role or a.role_after)
    return a


def _build(raw: str, a: _Analysis, role: str | None) -> Person:
    decoded = names.decline_name(a.given, a.family, a.case_hint)
    nom = [_uncap(w) for w in decoded.nominative]
    family = nom[-1]
    given_parts = nom[:-1]
    given = " ".join(given_parts) or None
    display = " ".join([*given_parts, family])
    the_role = role or a.role_after or a.role_before
    return Person(name=display, family_name=family, given_name=given, titles_before=a.titles_before,
                  titles_after=a.titles_after, role=the_role, raw=" ".join(raw.split()).strip(" ,;"))


def _uncap(word: str) -> str:
    """"NOVÁK" -> "Novák", "NOVÁKOVÁ-MALÁ" -> "Nováková-Malá" (initials stay)."""
    if len(word) > 2 and word.isupper():
        return "-".join(p.capitalize() for p in word.split("-"))
    return word


def parse_person(raw: str, role: str | None = None, case: str | None = None) -> Person | None:
    """One person from ``raw`` ("Ing. Vojtěch Prachař – garant SC", "Kohout V.", "místostarostu
    Pavla Horáka"), or None when there is no name in it.  ``case`` is the grammatical case when
    known ("nom" for attendance lists keeps every name as written)."""
    if not raw or not raw.strip():
        return None
    a = _analyse(raw, case)
    if a is None:
        return None
    return _build(raw, a, role)


def parse_party(raw: str) -> Person | BodyParty:
    """A person, or an office/body ("OBH", "tajemník úřadu", "Rada města", "odbor MHaSI")."""
    text = " ".join(raw.split()).strip(" ,;:.")
    first = text.split(" ", 1)[0].lower() if text else ""
    if text and first not in _non_name_words() and not (first and names.role_lemma(first) and _only_role(text)):
        p = parse_person(text)
        if p is not None and not (p.given_name is None and not p.titles_before and p.family_name.isupper()):
            return p
    name = text
    if first:
        rl = names.role_lemma(first)
        if rl:
            name = rl[0] + text[len(first):]
    return BodyParty(name=name or raw.strip(), raw=raw.strip())


def _only_role(text: str) -> bool:
    """"starostovi města" (an office) rather than "starostovi Viktoru Kohoutovi" (a person)."""
    a = _analyse(text)
    return a is None


_SPLIT = re.compile(rf"\s*[;\n]\s*|\s*,\s*|\s+(?:{'|'.join(re.escape(w) for w in cs_people.LIST_CONJUNCTIONS)}|&)\s+")


_PLACE_PREPOSITIONS = frozenset(cs_people.PLACE_PREPOSITIONS)


def _after_place_preposition(toks: list[_Tok]) -> bool:
    """The first capitalised run of a role chunk follows "v"/"ve"/"na": it names a place."""
    for k, t in enumerate(toks):
        if t.kind == "word" and t.text[:1].isupper():
            return k > 0 and toks[k - 1].text.lower() in _PLACE_PREPOSITIONS
    return False


def split_people(text: str, case: str | None = None) -> list[Person]:
    """People of a list: "Mgr. M. Malý, Ing. J. Vytiska a E. Kožušník", "Kohout V.; Malý M.",
    "J. Šolce a V. Prachaře".  A comma chunk that holds only titles-after ("Ph.D.") or only a
    role ("starosta MO Pardubice V") belongs to the person before it.  A plural role noun or a
    preposition before the first name applies to all ("pro náměstky J. Šolce a V. Prachaře")."""
    chunks: list[str] = []
    for chunk in _SPLIT.split(text or ""):
        chunk = chunk.strip()
        if not chunk:
            continue
        toks = _tokens(chunk)
        if chunks and toks and (toks[0].kind == "ta" or all(t.kind in ("ta", "sig", "punct") for t in toks)):
            chunks[-1] += ", " + chunk  # "Jan Novák, Ph.D." / "…, CSc. – děkan"
            continue
        if chunks and toks and toks[0].kind == "word" and toks[0].text[:1].islower():
            a = _analyse(chunk)
            # "zastupitel ZO Blešno", "starosta MO Pardubice V": a role (with a place), not a person;
            # "velitel požární stanice v Nové Bystřici": capitals after a place preposition name a place
            if a is None or (not a.titles_before and not _HON.search(chunk)
                             and (not a.given or _after_place_preposition(toks))):
                chunks[-1] += ", " + chunk
                continue
        chunks.append(chunk)
    out: list[Person] = []
    shared_role: str | None = None
    shared_case = case
    for chunk in chunks:
        a = _analyse(chunk, shared_case)
        if a is None:
            continue
        if a.role_before and a.role_plural:
            shared_role = a.role_before
        if a.case_hint and shared_case is None:
            shared_case = a.case_hint
        if a.case_hint is None and shared_case:
            a.case_hint = shared_case
        if a.role_before is None and a.role_after is None and shared_role:
            a.role_before = shared_role
        out.append(_build(chunk, a, None))
    return out


def find_people(text: str) -> list[Person]:
    """People named inside running text ("ukládá místostarostovi Pavlu Horákovi zajistit …"),
    found with the spaCy patterns of ``models/`` (see ``minutesparse.nlp``)."""
    from minutesparse import nlp

    out: list[Person] = []
    prev: _Analysis | None = None
    prev_end = -1
    for span_text, start, end in nlp.person_spans(text):
        a = _analyse(span_text)
        if a is None or not _looks_like_person(span_text, a):
            prev = None
            continue
        # "pro náměstky J. Šolce a V. Prachaře": the second name shares the plural role and case
        if prev is not None and _LIST_GLUE.fullmatch(text[prev_end:start]):
            if a.case_hint is None:
                a.case_hint = prev.case_hint
            if a.role_before is None and a.role_after is None and prev.role_plural:
                a.role_before, a.role_plural = prev.role_before, True
        out.append(_build(span_text, a, None))
        prev, prev_end = a, end
    return out


_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+a|,?\s+i)\s+")


def _looks_like_person(span_text: str, a: _Analysis) -> bool:
    """In running text, two capitalised words are a name only with some evidence: a title,
    an honorific, a role noun, an initial, or a known given name ("Smart City" is not)."""
    if a.titles_before or a.titles_after or a.role_before:
        return True
    if _HON.search(span_text):
        return True
    words = [*a.given, a.family]
    return any(names.is_initial(w) or names.is_known_given_name(w) for w in words)


def case_alternatives(person: Person) -> tuple[str, ...]:
    """Other family names ``person`` may stand for when its case is genuinely ambiguous ("p. Smetanu":
    Smetan or Smetana); empty when the reading is clear.  The name itself was kept as written."""
    a = _analyse(person.raw) if person.raw else None
    if a is None or not a.family:
        return ()
    return names.decline_name(a.given, a.family, a.case_hint).alternatives


# --------------------------------------------------------------------------- roster


def family_forms(person: Person) -> set[str]:
    """Every nominative the family name of ``person`` may stand for (lowercase)."""
    forms = {person.family_name.lower()}
    a = _analyse(person.raw) if person.raw else None
    surface = a.family if a else person.family_name
    for part_readings in [names.family_readings(surface)]:
        for r in part_readings:
            if r.weight >= 0.004:
                forms.add(r.nominative.lower())
    return forms


def _given_compatible(mention: Person, roster: Person) -> bool:
    g1, g2 = mention.given_name, roster.given_name
    if not g1 or not g2:
        return True
    g1s, g2s = g1.split()[0], g2.split()[0]
    if names.is_initial(g1s) or names.is_initial(g2s):
        return names.fold(g1s.rstrip("."))[:1] == names.fold(g2s.rstrip("."))[:1] and (
            not (names.is_initial(g1s) and names.is_initial(g2s)) or names.fold(g1s) == names.fold(g2s))
    if names.fold(g1s) == names.fold(g2s):
        return True
    forms = {r.nominative.lower() for r in names.given_readings(g1s)}
    return g2s.lower() in forms


class Roster:
    """The people of a document's attendance lists; finds the same person for a mention."""

    def __init__(self, people: list[Person]):
        self.people: list[Person] = []
        seen: set[tuple[str, str]] = set()
        for p in people:
            key = (p.family_name.lower(), (p.given_name or "").lower())
            if key not in seen:
                seen.add(key)
                self.people.append(p)

    def candidates(self, person: Person) -> list[Person]:
        """Every roster person the mention could be (empty, one, or several = ambiguous)."""
        if names.is_initial(person.family_name):
            # anonymised "K. K.": only an exact written match
            return [p for p in self.people if p.name == person.name]
        forms = family_forms(person)
        out = [p for p in self.people if p.family_name.lower() in forms and _given_compatible(person, p)]
        if len(out) > 1:
            exact = [p for p in out if p.family_name.lower() == person.family_name.lower()]
            if len(exact) == 1 and not any(p.family_name.lower() == exact[0].family_name.lower()
                                           for p in out if p is not exact[0]):
                # the mention's own nominative reading wins over a rarer reading
                out = exact
        return out

    def match(self, person: Person) -> Person | None:
        """The one roster person ``person`` refers to, or None (absent or ambiguous)."""
        c = self.candidates(person)
        return c[0] if len(c) == 1 else None
