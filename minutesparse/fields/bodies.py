"""Bodies and municipalities named in text.

    >>> [b.name for b in find_bodies("Zápis ze 4. jednání komise pro Smart City dne 16.5. 2024")]
    ['komise pro Smart City']
    >>> find_bodies("z 1. schůze Rady města Litovel, konané dne …")[0].name
    'Rada města Litovel'

A body mention is a head noun in any case (``lang.cs.bodies.BODY_NOUNS``, inflected with the
paradigms of ``lang.cs.people``), an agreeing adjective before or after it ("finančního
výboru" -> "finanční výbor", "Komise bytové" -> "Komise bytová"), and a qualifier that runs to
the first stop word, date, comma or the next body ("pro Smart City", "města Litovel").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from minutesparse.fields import names, placenames
from minutesparse.fields.names import fold
from minutesparse.lang.cs import bodies as cs
from minutesparse.lang.cs import structure as cs_structure

_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?|\d+[./]?|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class BodyMention:
    name: str           # nominative, as a document would write it in a title
    kind: str           # commission | council | assembly | committee | senate | other
    head: str           # lemma of the head noun ("komise", "rada")
    start: int
    end: int
    after_meeting_word: bool  # "jednání komise …": the body whose meeting this is
    municipality: str | None


@functools.lru_cache(maxsize=1)
def _head_forms() -> dict[str, tuple[str, tuple[str, ...], str]]:
    """Folded form -> (lemma, cases, kind)."""
    out: dict[str, tuple[str, tuple[str, ...], str]] = {}
    for lemma, (paradigms, kind) in cs.BODY_NOUNS.items():
        words = tuple(lemma.split())
        for form, cases in names.phrase_forms(words, paradigms).items():
            out.setdefault(fold(form), (lemma, cases, kind))
    return out


@functools.lru_cache(maxsize=1)
def _head_regex() -> re.Pattern[str]:
    forms = sorted(_head_forms(), key=len, reverse=True)
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")(?![\w])")


@functools.lru_cache(maxsize=1)
def _municipality_regex() -> re.Pattern[str]:
    forms = {f for fs in cs.MUNICIPALITY_KINDS.values() for f in fs}
    # the kind word in any letter case and also without diacritics ("Obce", "MESTA"); abbreviations as written
    words = sorted({f for f in forms if not f.isupper()} | {fold(f) for f in forms if not f.isupper()}, key=len,
                   reverse=True)
    alt = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in words)
    abbr = "|".join(re.escape(f) for f in sorted((f for f in forms if f.isupper()), key=len, reverse=True))
    links = "|".join(re.escape(w) for w in cs.TOWN_NAME_LINKS)
    name = (rf"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w.-]*(?:\s+(?:{links})\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]*|\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]*"
            r"|\s+[IVX]{1,4}\b|\s+\d{1,2}\b)*")
    return re.compile(rf"(?<![\w])(?P<kind>(?i:{alt})|{abbr})\s+(?P<name>{name})")


_GENITIVE_KINDS = frozenset(fold(f) for fs in cs.MUNICIPALITY_KINDS.values() for f in fs
                            if fold(f).endswith(cs.GENITIVE_KIND_ENDINGS) and not f.isupper())


def _titlecase(name: str) -> str:
    if not name.isupper():
        return name
    return " ".join(w if len(w) <= 1 or re.fullmatch(r"[IVX]+", w) else "-".join(p.capitalize() for p in w.split("-"))
                    for w in name.split())


@functools.lru_cache(maxsize=1)
def _non_adjectives() -> frozenset[str]:
    """Words before a body head that look like adjectives but name the document ("USNESENÍ Rady …")."""
    return frozenset(fold(c) for cues in cs_structure.TYPE_TITLE_CUES.values() for c in cues if " " not in c)


@functools.lru_cache(maxsize=1)
def _bare_kinds() -> frozenset[str]:
    return frozenset(fold(f) for fs in cs.MUNICIPALITY_KINDS.values() for f in fs if not f.isupper())


def _date_at(text: str) -> bool:
    from minutesparse.fields import dates

    found = dates.find_dates(text[:16], default_year=2000)
    return bool(found) and found[0].start == 0


_PROPER_ADJECTIVE_ENDINGS = cs.PROPER_ADJECTIVE_ENDINGS
_LOCATIVE_PREPOSITIONS = frozenset(cs.NAME_LOCATIVE_PREPOSITIONS)
_PURPOSE = frozenset(cs.PURPOSE_WORDS)
_AND = frozenset(cs_structure.AND_WORDS)
_NAME_END = frozenset(fold(w) for w in cs.NAME_END_WORDS)


def _stop_words() -> frozenset[str]:
    return frozenset(cs_structure.BODY_QUALIFIER_STOPS)


def _meeting_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in cs_structure.MEETING_WORDS)


def _cap_like(template: str, lemma: str) -> str:
    if template[:1].isupper():
        return lemma[:1].upper() + lemma[1:]
    return lemma


def municipality_in(text: str) -> str | None:
    """"Rada města Litovel" -> "Litovel", "ZMO Pardubice V" (via "MO Pardubice V") -> "Pardubice V",
    "Zastupitelstva města Kamenova" -> "Kamenov" (a genitive read back), "RADY MESTA CERVENA HORA" ->
    "Cervena Hora"."""
    m = None
    for cand in _municipality_regex().finditer(text):
        before = fold(text[:cand.start()]).split()
        if before and before[-1] in _union_words():
            continue  # "svazku obcí Mikroregion Podhradí": a union of municipalities
        m = cand
        break
    if not m:
        return None
    name = m.group("name").strip(" ,.;")
    words = name.split()
    # stop at a word that is not part of a place name (a body word, a cue)
    keep = []
    nonname = {w.lower() for w in cs.NON_NAME_WORDS} | {fold(w) for w in cs_structure.BODY_QUALIFIER_STOPS}
    for w in words:
        if w.lower() in nonname or fold(w) in nonname:
            break
        keep.append(w)
    if not keep:
        return None
    result = _titlecase(" ".join(keep))
    if fold(" ".join(m.group("kind").split())) in _GENITIVE_KINDS:
        result = placenames.nominative(result, "gen")
    return result


def names_union(text: str) -> bool:
    """True when ``text`` names a union of municipalities ("dobrovolného svazku obcí Mikroregion …")."""
    for cand in _municipality_regex().finditer(text):
        before = fold(text[:cand.start()]).split()
        if before and before[-1] in _union_words():
            return True
    return False


def find_bodies(text: str) -> list[BodyMention]:
    """Body mentions in ``text`` (one line or a joined title), in order."""
    folded = fold(text)
    out: list[BodyMention] = []
    heads = list(_head_regex().finditer(folded))
    forms = _head_forms()
    for k, m in enumerate(heads):
        key = re.sub(r"\s+", " ", m.group(1))
        lemma, cases, kind = forms[key]
        written = text[m.start():m.end()]
        head_paradigm = [p for p in cs.BODY_NOUNS[lemma][0] if p != "indecl"][-1]
        gender = {"f_e": "f", "f_a": "f", "n_o": "n", "n_í": "n", "n_um": "n"}.get(head_paradigm, "m")
        start, end = m.start(), m.end()
        head_words = lemma.split()
        written_words = written.split()
        nominative = " ".join(_cap_like(w, l) for w, l in zip(written_words, head_words))
        # an agreeing adjective before the head ("finančního výboru", "Kontrolního výboru")
        pre = re.search(r"([^\W\d_]+)\s+$", text[:start])
        pre_adj = None
        if pre and (not out or pre.start(1) >= out[-1].end):
            for case in cases:
                nom = names.adjective_nominative(pre.group(1), names.base_case(case), gender)
                if (nom and fold(pre.group(1)) not in _meeting_words() and not names.role_lemma(pre.group(1))
                        and fold(pre.group(1)) not in _non_adjectives()):
                    pre_adj = nom
                    break
        if pre_adj and pre is not None:
            start = pre.start(1)
            nominative = pre_adj + " " + nominative.lower() if not written[:1].isupper() else pre_adj + " " + nominative
        override = cs.KIND_OVERRIDES.get((fold(pre_adj or "").replace("y", "a"), lemma)) if pre_adj else None
        for (adj, head), k2 in cs.KIND_OVERRIDES.items():
            if pre_adj and head == lemma and fold(pre_adj)[:-1] == fold(adj)[:-1]:
                override = k2
        kind = override or kind
        # an agreeing adjective after the head ("Komise bytové")
        post = re.match(r"\s+([^\W\d_]+)(?=\s*(?:$|[^\w\s]|\d|[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]))", text[end:])
        post_adjective = False
        if post:
            for case in cases:
                nom = names.adjective_nominative(post.group(1), names.base_case(case), gender)
                if nom and post.group(1)[:1].islower():
                    nominative += " " + nom
                    end = end + post.end()
                    post_adjective = True
                    break
        # the qualifier: up to a stop word, a date, a comma, or the next body
        next_head = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        qual, qend = _qualifier(text, end, next_head, proper=lemma in cs_structure.BODY_NAME_IS_QUALIFIER,
                                genitive_names=lemma in cs.GENITIVE_NAMED_HEADS and not post_adjective and not pre_adj)
        before = fold(text[:m.start()]).split()
        after_meeting = bool(before) and (before[-1] in _meeting_words() or (
            pre_adj is not None and len(before) >= 2 and before[-2] in _meeting_words()))
        if lemma in cs_structure.BODY_NAME_IS_QUALIFIER and qual:
            name = qual
        else:
            name = f"{nominative} {qual}".strip() if qual else nominative
        muni = municipality_in(text[m.start():qend])
        if muni is None and pre_adj and fold(pre_adj) in _municipal_adjectives() and re.fullmatch(_TOWN, qual):
            muni = _titlecase(qual)  # "Městského zastupitelstva Dolní Beřkovice"
        out.append(BodyMention(name=name, kind=kind, head=lemma, start=start, end=qend if qual else end,
                               after_meeting_word=after_meeting, municipality=muni))
    return out


_TOWN = (r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+(?:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+)*"
         rf"(?:\s+(?:{'|'.join(cs.TOWN_NAME_LINKS)})\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+)?")


@functools.lru_cache(maxsize=1)
def _union_words() -> frozenset[str]:
    return frozenset(fold(w) for w in cs.MUNICIPALITY_UNION_WORDS)


@functools.lru_cache(maxsize=1)
def _municipal_adjectives() -> frozenset[str]:
    return frozenset(fold(a) for a in cs.MUNICIPAL_ADJECTIVES)


@functools.lru_cache(maxsize=1)
def _institutions() -> frozenset[str]:
    return frozenset(fold(w) for w in cs.INSTITUTION_NOUNS)


def _genitive_like(word: str) -> bool:
    """A small-letter word that reads as a genitive noun or adjective, not a verb ("výstavby",
    "životního", "prostředí"; not "schvaluje", "projednala")."""
    f = fold(word)
    if f.endswith(cs.VERB_ENDINGS) or len(f) < 4:
        return False
    return f.endswith(cs.GENITIVE_NAME_ENDINGS)


_SMALL = r"[a-záčďéěíňóřšťúůýž]+"


_NEXT_LETTER = re.compile(rf"\s+(?:(?:{'|'.join(re.escape(w) for w in cs.NAME_LOCATIVE_PREPOSITIONS)})\s+)?([^\W\d_])")


def _enumeration(after: str) -> bool:
    """The text after a comma continues a list of the body's subjects: small-letter words that are
    no stop words, up to the next comma or to "a" and the last subject ("sportu a volného času")."""
    m = re.match(rf"((?:{_SMALL}\s+){{0,2}}{_SMALL})(?=\s*,|\s+(?:{'|'.join(cs_structure.AND_WORDS)})\s+{_SMALL})", after)
    return m is not None and not any(w.lower() in _stop_words() for w in m.group(1).split())


def _capital_ahead(rest: str) -> bool:
    """Up to two more small-letter genitive words, then a capitalised word that is no cue: the
    small letters are inside a proper name ("… studií Západočeské univerzity")."""
    words = re.findall(r"[^\W\d_]+|[^\w\s]", rest[:80])
    for k, w in enumerate(words[:3]):
        if w[:1].isupper():
            return fold(w) not in _meeting_words()
        if not w[:1].isalpha() or not _genitive_like(w) or w.lower() in _stop_words():
            return False
    return False


def _qualifier(text: str, pos: int, limit: int, proper: bool = False, genitive_names: bool = False) -> tuple[str, int]:
    """The words that complete a body's name after its head: a municipality ("města Litovel",
    "městského obvodu Pardubice V"), a purpose ("pro Smart City", "pro dopravu"), proper names
    ("Fakulty stavební Západomoravské univerzity v Třebovicích"), a legal form (", z. s.")."""
    stops = _stop_words()
    legal = sorted(cs_structure.LEGAL_FORMS, key=len, reverse=True)
    muni = _municipality_regex()
    out_end = pos
    i = pos
    seen_word = False
    purpose = False
    prev_adjective = False
    institution = False  # after "Fakulty": small-letter genitives are still its name
    while i < limit:
        m = re.match(r"\s*", text[i:])
        j = i + (m.end() if m else 0)
        if j >= limit:
            break
        rest = text[j:limit]
        mm = muni.match(text, j)
        if mm and mm.end() <= limit:
            i = out_end = mm.end()
            seen_word = True
            continue
        if rest.startswith(","):
            after = rest[1:].lstrip()
            lf = next((f for f in legal if after.lower().startswith(f.lower())), None)
            if lf and seen_word:
                out_end = j + 1 + (len(rest[1:]) - len(after)) + len(lf)
                i = out_end
                continue
            if seen_word and (purpose or genitive_names) and _enumeration(after):
                i = j + 1  # "komise kultury, sportu a volného času", "výbor pro výchovu, vzdělávání a …"
                continue
            break
        lf = next((f for f in legal if rest.lower().startswith(f.lower()) and "." in f), None)
        if lf and seen_word:  # "Vodovody a.s." (a legal form without a comma)
            i = out_end = j + len(lf)
            continue
        w = re.match(r"[^\W\d_]+\.?|\d+\.?", rest)
        if not w:
            break
        word = w.group(0)
        low = word.lower()
        if word[:1].isdigit():
            # an ordinal inside a name ("Akademický senát 3. LF UK"), a number after one ("Praha 4");
            # never a date ("Školská rada 4. 9. 2018")
            ordinal = re.match(r"\d{1,2}\.\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]", rest) and not _date_at(rest)
            number = seen_word and not word.endswith(".") and len(word) <= 4
            if not (ordinal or number):
                break
            seen_word = True
            i = out_end = j + len(word)
            continue
        if fold(word) in _bare_kinds() and not seen_word and not re.match(r"\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]", rest[len(word):]):
            out_end = j + len(word)  # "rady města, konaného …": the town is not named
            break
        nxt = _NEXT_LETTER.match(rest[len(word):])
        next_cap = bool(nxt and nxt.group(1).isupper())  # "univerzity v Třebovicích" continues a name
        if seen_word and word[:1].isupper() and not word.isupper() and low in stops and next_cap:
            i = out_end = j + len(word)  # a street in a name: "domu Na Vyhlídce 1210"
            continue
        if low in _AND and (purpose or (genitive_names and seen_word)) and re.match(r"\S+\s+[a-záčďéěíňóřšťúůýž]", rest):
            i = j + len(word)  # "komise pro sport a volný čas"
            continue
        if low in stops and not (word.isupper() and seen_word):  # "Pardubice V" (a district numeral)
            # "v Třebovicích" is part of a name; "v zasedací místnosti" is not
            if low in _LOCATIVE_PREPOSITIONS and next_cap and seen_word:
                i = j + len(word)
                continue
            break
        if fold(word) in _meeting_words() or fold(word) in _NAME_END:
            break
        if genitive_names and not purpose and word[:1].islower() and _genitive_like(word) and low not in stops:
            seen_word = True  # "Komise výstavby a životního prostředí", "výbor pro …" is the purpose form
            prev_adjective = False
            i = out_end = j + len(word)
            continue
        if (seen_word and not purpose and word[:1].islower() and _genitive_like(word) and low not in stops
                and (institution or _capital_ahead(rest[len(word):]))):
            i = out_end = j + len(word)  # "Fakulty | zdravotnických studií | Západočeské univerzity"
            continue
        if low in _PURPOSE:
            purpose = True
        elif (word[:1].islower() and not purpose and not next_cap
              and not (proper and seen_word and not low.endswith(cs.PRESENT_VERB_ENDINGS))
              and not (prev_adjective and low not in stops)):
            break  # a verb or a common noun: "Rada města Litovel | schvaluje …" (a club's own name goes on)
        elif word[:1].islower() and low.endswith(cs.PRESENT_VERB_ENDINGS):
            break
        seen_word = True
        # "Jihočeské | univerzity": a small-letter noun after a capitalised adjective is still the name
        prev_adjective = word[:1].isupper() and fold(word).endswith(_PROPER_ADJECTIVE_ENDINGS)
        institution = word[:1].isupper() and fold(word) in _institutions()
        i = j + len(word)
        out_end = i
    return " ".join(text[pos:out_end].split()).strip(" ,"), out_end


def abbreviation_body(text: str, after_meeting_word: bool = False) -> tuple[str, str] | None:
    """(name, kind) for a body abbreviation in ``text`` ("Zpráva pro jednání ZMO").  With
    ``after_meeting_word`` only an abbreviation right after "jednání"/"zasedání"/"schůze" counts."""
    meeting = "|".join(re.escape(w) for w in cs_structure.MEETING_WORDS)
    for abbr, (name, kind) in sorted(cs.BODY_ABBREVIATIONS.items(), key=lambda t: -len(t[0])):
        pre = rf"(?:{meeting})\s+" if after_meeting_word else r"(?<![\w])"
        if re.search(rf"{pre}{re.escape(abbr)}(?![\w])", text, re.IGNORECASE if after_meeting_word else 0):
            if after_meeting_word and not re.search(rf"(?<![\w]){re.escape(abbr)}(?![\w])", text):
                continue
            return name, kind
    return None


def abbreviation_place(text: str) -> str | None:
    """The town named right after a body abbreviation: "ZO Lipová" -> "Lipová", "RM Kyjov" -> "Kyjov"."""
    nonname = {w.lower() for w in cs.NON_NAME_WORDS} | {fold(w) for w in cs_structure.BODY_QUALIFIER_STOPS}
    links = "|".join(cs.TOWN_NAME_LINKS)
    for abbr in sorted(cs.BODY_ABBREVIATIONS, key=len, reverse=True):
        m = re.search(rf"(?<![\w]){re.escape(abbr)}\s+([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž-]+"
                      rf"(?:\s+(?:{links})\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+|\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž-]+)*)", text)
        if m and m.group(1).split()[0].lower() not in nonname and fold(m.group(1).split()[0]) not in nonname:
            return m.group(1)
    return None
