"""Meeting places: "v zasedací místnosti č. 209" -> "zasedací místnost č. 209".

The head noun's locative -> nominative pairs and the adjective endings are data
(``lang.cs.structure.PLACE_NOUN_FORMS``, ``PLACE_ADJECTIVE_ENDINGS``).
"""

from __future__ import annotations

import re

from minutesparse.fields.names import fold
from minutesparse.lang.cs import structure as cs

_PREP = re.compile(r"^\s*(?:" + "|".join(cs.PLACE_PREPOSITIONS) + r")\s+", re.IGNORECASE)
_FOLDED_NOUNS = {fold(k): v for k, v in cs.PLACE_NOUN_FORMS.items()}


def find_place_phrase(text: str) -> tuple[int, int] | None:
    """Span of "v <adjectives> <place noun> …" in ``text`` (to the end of the sentence), or None."""
    words = list(re.finditer(r"[^\W\d_]+", text))
    for k, w in enumerate(words):
        if fold(w.group(0)) not in _FOLDED_NOUNS:
            continue
        # walk back over adjectives to the preposition ("v malé zasedací místnosti", "na Obecním úřadě")
        j = k - 1
        while j >= 0 and _adjective_like(words[j].group(0)) and fold(words[j].group(0)) not in cs.PLACE_PREPOSITIONS:
            if k - j > 3:
                break
            j -= 1
        if j >= 0 and fold(words[j].group(0)) in cs.PLACE_PREPOSITIONS:
            end = _phrase_end(text, w.end())
            return words[j].start(), end
    return None


_NOMINATIVES = frozenset(fold(w) for w in cs.PLACE_NOMINATIVES)
_NOM_ADJ = tuple(fold(e) for e in cs.PLACE_NOMINATIVE_ADJECTIVE_ENDINGS)


def find_bare_place(text: str) -> tuple[int, int] | None:
    """Span of a place written in the nominative after a comma, following a date or time ("Jednání
    komise dne 2. 2. 2017 od 18.00 hodin, salonek restaurace U Bílé labutě"; "… od 18,00 hod, velká
    zasedací místnost radnice."), or None."""
    from minutesparse.fields import dates

    for comma in re.finditer(r",\s*", text):
        before = text[:comma.start()]
        if not (dates.find_times(before[-30:]) or dates.find_dates(before[-25:], default_year=2000)):
            continue
        words = list(re.finditer(r"[^\W\d_]+", text[comma.end():]))[:4]
        for k, w in enumerate(words):
            f = fold(w.group(0))
            if f in _NOMINATIVES and w.group(0)[:1].islower():
                return comma.end(), _phrase_end(text, comma.end() + w.end())
            if not (w.group(0)[:1].islower() and f.endswith(_NOM_ADJ)):
                break
    return None


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# a place runs to a sentence end, a semicolon, "od 18 hodin" / "a do 20", "dne …", "v 17:00", a dash, a wide gap
_PHRASE_END = re.compile(rf"\.(?:\s|$)|;|\s+(?:(?:{_words(cs.AND_WORDS)})\s+)?(?:{_words(cs.PLACE_END_RANGE_WORDS)})\s+\d"
                         rf"|\s+(?:{_words(cs.PLACE_END_WORDS)}|(?:{_words(cs.PLACE_END_TIME_WORDS)})\s+\d)|\s+[-–]\s+|\s{{3,}}")
_ADJ_ENDINGS = tuple({end for pairs in cs.PLACE_ADJECTIVE_ENDINGS.values() for end, _nom in pairs})


def _adjective_like(word: str) -> bool:
    """A small-letter word, or a capitalised one with a locative adjective ending ("Obecním")."""
    return word[:1].islower() or (word[:1].isupper() and fold(word).endswith(tuple(fold(e) for e in _ADJ_ENDINGS)))


def _phrase_end(text: str, pos: int) -> int:
    """The place runs to the end of the sentence (". " or end), a semicolon or a closing cue."""
    abbrevs = {a.lower() for a in cs.ABBREVIATIONS}
    for m in _PHRASE_END.finditer(text[pos:]):
        if m.group(0).startswith("."):
            before = re.search(r"(\S+)$", text[:pos + m.start()])
            if before and (before.group(1).lower() + "." in abbrevs or len(before.group(1)) == 1):
                continue  # "č. 209", "ul. Hlavní", an initial
        return pos + m.start()
    return len(text)


def place_nominative(phrase: str) -> str:
    """"v malé zasedací místnosti Městského úřadu" -> "malá zasedací místnost Městského úřadu"."""
    text = _PREP.sub("", phrase.strip()).strip(" ,.;")
    words = text.split(" ")
    for k, w in enumerate(words):
        key = fold(w.strip(",.;"))
        if key in _FOLDED_NOUNS:
            nom, gender = _FOLDED_NOUNS[key]
            words[k] = _recase(w, nom) + w[len(w.rstrip(",.;")):]
            for j in range(k - 1, -1, -1):
                adj = words[j]
                if not _adjective_like(adj):
                    break
                for end, repl in cs.PLACE_ADJECTIVE_ENDINGS.get(gender, ()):
                    if adj.endswith(end):
                        words[j] = adj[: len(adj) - len(end)] + repl
                        break
                else:
                    break
            break
    return " ".join(words).strip()


def _recase(template: str, word: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word
