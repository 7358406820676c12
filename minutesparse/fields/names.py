"""Czech name declension read backwards: an inflected name -> its nominative.

The tables live in ``minutesparse.lang.cs.people`` (paradigms, weights, given names,
role nouns).  This module only reads them:

    >>> decline_name(["Pavla"], "Horáka").nominative
    ('Pavel', 'Horák')
    >>> family_readings("Prachaře")[0].nominative
    'Prachař'

Every reading is a hypothesis (nominative, gender, case, weight); a full name is
decoded jointly so that given and family name agree in case and gender ("Pavla
Horáka" is a man in the genitive, "Pavla Horáková" a woman in the nominative).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from minutesparse.lang.cs import people as cs

_PARADIGMS = cs.PARADIGMS


@dataclass(frozen=True, slots=True)
class Reading:
    nominative: str
    gender: str  # "m", "f" or "?" (indeclinable)
    case: str
    paradigm: str
    weight: float


def _fold_table() -> dict[int, str]:
    table = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch.lower()) if unicodedata.category(c) != "Mn")
        if base != ch:
            table[cp] = base
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp).lower()
    return table


_FOLD = _fold_table()


@functools.lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lowercase without diacritics ("Šolc" -> "solc"); a translate table for Latin letters,
    the full Unicode decomposition only for anything else."""
    out = s.translate(_FOLD)
    if out.isascii():
        return out
    return "".join(c for c in unicodedata.normalize("NFD", out.lower()) if unicodedata.category(c) != "Mn")


def _recase(template: str, text: str) -> str:
    """Give ``text`` the letter case of ``template`` (all caps stays all caps)."""
    if len(template) > 1 and template.isupper():
        return text.upper()
    return text


def _stem_ok(stem: str, cls: str | None) -> bool:
    if cls is None or not stem:
        return True
    last = stem[-1].lower()
    if last in cs.VOWELS:
        return False
    if cls == "hard":
        return last not in cs.SOFT_CONSONANTS
    return last in cs.SOFT_CONSONANTS or last in cs.SOFTISH_CONSONANTS


def _plausible(nominative: str) -> bool:
    low = nominative.lower()
    return len(low) >= 2 and not low.endswith(cs.IMPLAUSIBLE_NOMINATIVE_ENDINGS)


@functools.lru_cache(maxsize=8192)
def _readings(word: str, part: str) -> tuple[Reading, ...]:
    weights = cs.PARADIGM_WEIGHT_GIVEN if part == "given" else cs.PARADIGM_WEIGHT_FAMILY
    low = word.lower()
    out: dict[tuple[str, str, str], Reading] = {}

    def add(nominative: str, gender: str, case: str, paradigm: str, w: float) -> None:
        if part == "given":
            known = cs.GIVEN_NAMES_MALE if gender == "m" else cs.GIVEN_NAMES_FEMALE if gender == "f" else (
                cs.GIVEN_NAMES_MALE | cs.GIVEN_NAMES_FEMALE)
            w *= cs.KNOWN_GIVEN_NAME_BONUS if nominative.capitalize() in known else cs.UNKNOWN_GIVEN_NAME_FACTOR
        elif not _plausible(nominative):
            w *= 0.1
        key = (nominative, gender, case)
        if key not in out or out[key].weight < w:
            out[key] = Reading(nominative, gender, case, paradigm, w)

    for name, (gender, nom_end, cases, cls) in _PARADIGMS.items():
        w = weights.get(name, 0.1)
        if w <= 0.0:
            continue
        # the word as a nominative of this paradigm
        if nom_end:
            if low.endswith(nom_end) and len(low) > len(nom_end) + 1:
                factor = 1.0
                if part == "family" and name == "m_a" and low[: -len(nom_end)].endswith(cs.A_NOMINATIVE_UNLIKELY_STEMS):
                    factor = cs.A_NOMINATIVE_UNLIKELY_FACTOR  # "Nováka" is Novák's genitive
                add(word, gender, "nom", name, w * cs.CASE_PRIOR["nom"] * factor)
        elif _stem_ok(low, cls):
            add(word, gender, "nom", name, w * cs.CASE_PRIOR["nom"])
        for case, endings in cases.items():
            if case.startswith("pl_"):
                continue  # names are singular; plural forms serve role nouns
            for end in endings:
                if low.endswith(end) and len(low) > len(end) + 1:
                    stem = word[: len(word) - len(end)]
                    if not _stem_ok(stem, cls):
                        continue
                    nominative = stem + _recase(word, nom_end)
                    add(nominative, gender, case, name, w * cs.CASE_PRIOR.get(case, 0.1))
    # indeclinable: the word itself in any case
    add(word, "?", "*", "indecl", cs.INDECLINABLE_WEIGHT)
    return tuple(sorted(out.values(), key=lambda r: -r.weight))


def family_readings(word: str) -> tuple[Reading, ...]:
    """Nominative hypotheses for a family name, best first."""
    return _readings(word, "family")


def given_readings(word: str) -> tuple[Reading, ...]:
    return _readings(word, "given")


def is_known_given_name(word: str) -> bool:
    """True when ``word`` is a known given name in some case ("Pavla", "Jiřímu")."""
    if is_initial(word):
        return False
    cap = word[:1].upper() + word[1:].lower()
    if cap in cs.GIVEN_NAMES_MALE or cap in cs.GIVEN_NAMES_FEMALE:
        return True
    return any(r.weight >= cs.KNOWN_GIVEN_NAME_BONUS * 0.2 and r.nominative.capitalize() in
               (cs.GIVEN_NAMES_MALE | cs.GIVEN_NAMES_FEMALE) for r in given_readings(word))


def is_initial(word: str) -> bool:
    """"J.", "Ch.", "M" (an initial, with or without its dot)."""
    w = word.rstrip(".")
    return 1 <= len(w) <= 2 and w[:1].isupper() and (len(w) == 1 or w[1].islower()) and (
        word.endswith(".") or len(w) == 1)


def _matches(r: Reading, case: str, gender: str) -> bool:
    return (r.case == case or r.case == "*") and (r.gender == gender or r.gender == "?")


@dataclass(frozen=True, slots=True)
class Decoded:
    nominative: tuple[str, ...]  # given names (nominative) + family name (nominative), in the input order
    case: str
    gender: str
    score: float
    alternatives: tuple[str, ...] = ()  # other family nominatives about as likely (the name is ambiguous)


def decline_name(given: list[str], family: str, case_hint: str | None = None) -> Decoded:
    """Decode a name jointly: every word in the same case and gender.

    ``given`` are the given names or initials (initials are kept as written), ``family`` the
    family name (a hyphenated double name is decoded part by part).  ``case_hint`` (from a
    preposition or a role noun before the name) multiplies that case's prior.
    """
    fam_parts = family.split("-")
    best: Decoded | None = None
    decodings: list[Decoded] = []
    cases = ("nom", "gen", "dat", "acc", "loc", "ins")
    for case in cases:
        for gender in ("m", "f"):
            score = 3.0 if case_hint == case else 1.0
            if case_hint and case_hint != case:
                score *= 0.5
            fam_nom: list[str] = []
            for part in fam_parts:
                rs = [r for r in family_readings(part) if _matches(r, case, gender)]
                if not rs:
                    score = 0.0
                    break
                fam_nom.append(rs[0].nominative)
                score *= rs[0].weight
            if score == 0.0:
                continue
            giv_nom: list[str] = []
            for g in given:
                if is_initial(g):
                    giv_nom.append(g)
                    continue
                rs = [r for r in given_readings(g) if _matches(r, case, gender)]
                if not rs:
                    score = 0.0
                    break
                giv_nom.append(rs[0].nominative)
                score *= rs[0].weight
            if score == 0.0:
                continue
            d = Decoded((*giv_nom, "-".join(fam_nom)), case, gender, score)
            decodings.append(d)
            if best is None or score > best.score:
                best = d
    if best is None:
        return Decoded((*given, family), "nom", "?", 0.0)
    rivals = tuple(sorted({d.nominative[-1] for d in decodings if d.nominative[-1] != best.nominative[-1]
                           and d.score * cs.AMBIGUITY_RATIO >= best.score}))
    if rivals and case_hint is None:
        # genuinely ambiguous ("Adámka": Adámka or Adámek?): keep the name as written, say what else it may be
        options = tuple(sorted({best.nominative[-1], *rivals} - {family}))
        return Decoded((*given, family), "?", best.gender, best.score, options)
    return best


def inflect(lemma: str, paradigm: str) -> dict[str, tuple[str, ...]]:
    """Every form of a noun or adjective -> its cases ("komise", "f_e" -> {"komise": ("nom",
    "gen", …), "komisi": ("dat", "acc", "loc"), …})."""
    _gender, nom_end, cases, _cls = _PARADIGMS[paradigm]
    stem = lemma[: len(lemma) - len(nom_end)] if nom_end and lemma.endswith(nom_end) else lemma
    out: dict[str, list[str]] = {lemma: ["nom"]}

    def put(form: str, case: str) -> None:
        lst = out.setdefault(form, [])
        if case not in lst:
            lst.append(case)

    for case, ends in cases.items():
        for e in ends:
            put(stem + e, case)
    for sub in ("f_ka", "f_ra", "f_ga"):
        _g, sub_end, sub_cases, _ = _PARADIGMS[sub]
        if paradigm == "f_a" and lemma.endswith(sub_end):
            stem_sub = lemma[: len(lemma) - len(sub_end)]
            for case, ends in sub_cases.items():
                for e in ends:
                    put(stem_sub + e, case)
    return {f: tuple(c) for f, c in out.items()}


def phrase_forms(words: tuple[str, ...], paradigms: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Forms of a multi-word phrase whose words agree in case ("akademický senát" ->
    {"akademického senátu": ("gen",), …})."""
    # "indecl": a word that keeps its form whatever the case of the phrase ("vlastníků jednotek")
    every = ("nom", "gen", "dat", "acc", "loc", "ins")
    per_word = [inflect(w, p) if p != "indecl" else {w: every} for w, p in zip(words, paradigms)]
    all_cases: list[str] = []
    for forms in per_word:
        for cs_ in forms.values():
            all_cases.extend(c for c in cs_ if c not in all_cases)
    out: dict[str, list[str]] = {}
    for case in all_cases:
        choices = [[f for f, c in forms.items() if case in c] for forms in per_word]
        if not all(choices):
            continue
        combos: list[list[str]] = [[]]
        for ch in choices:
            combos = [c + [w] for c in combos for w in ch]
        for combo in combos:
            lst = out.setdefault(" ".join(combo), [])
            if case not in lst:
                lst.append(case)
    return {f: tuple(c) for f, c in out.items()}


def adjective_nominative(word: str, case: str, gender: str) -> str | None:
    """The nominative of an adjective agreeing with a noun in ``case``/``gender``
    ("finančního", "gen", "m" -> "finanční"; "bytové", "gen", "f" -> "bytová")."""
    low = word.lower()
    for name in ("m_adj", "m_soft_adj", "f_adj"):
        g, nom_end, cases, _ = _PARADIGMS[name]
        if name == "m_soft_adj":
            g = gender  # soft adjectives have one form for all genders
        if g != gender and not (gender == "n" and name != "f_adj"):
            continue
        ends = (nom_end,) if case == "nom" else cases.get(case, ())
        if name == "m_adj" and gender == "n":
            ends = ("é",) if case == "nom" else ends
        for e in ends:
            if low.endswith(e) and len(low) > len(e) + 2:
                nom = ("é" if (gender == "n" and name == "m_adj") else nom_end)
                return word[: len(word) - len(e)] + _recase(word, nom)
    return None


@functools.lru_cache(maxsize=1)
def role_forms() -> dict[str, tuple[str, str]]:
    """Every inflected form of every role noun -> (lemma, case); "místostarostu" -> ("místostarosta", "acc")."""
    forms: dict[str, tuple[str, str]] = {}
    for lemma, paradigm in cs.ROLE_NOUNS.items():
        _gender, nom_end, cases, _cls = _PARADIGMS[paradigm]
        merged = dict(cases)
        # consonant changes of feminine -a nouns (členka -> člence) come from the sub-paradigms
        for sub in ("f_ka", "f_ra", "f_ga"):
            _sg, sub_end, sub_cases, _ = _PARADIGMS[sub]
            if paradigm == "f_a" and lemma.endswith(sub_end):
                merged.update(sub_cases)
                stem_sub = lemma[: len(lemma) - len(sub_end)]
                for case, ends in sub_cases.items():
                    for e in ends:
                        forms.setdefault(stem_sub + e, (lemma, case))
        stem = lemma[: len(lemma) - len(nom_end)] if nom_end else lemma
        forms.setdefault(lemma, (lemma, "nom"))
        for case, ends in cases.items():
            for e in ends:
                forms.setdefault(stem + e, (lemma, case))
    return forms


def role_lemma(word: str) -> tuple[str, str] | None:
    """(lemma, case) when ``word`` is a form of a role noun, else None."""
    return role_forms().get(word.lower())


def base_case(case: str) -> str:
    """Plural role cases govern the same singular case of the names after them."""
    return case.removeprefix("pl_")
