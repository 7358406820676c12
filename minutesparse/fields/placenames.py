"""Names of towns and villages read back to the nominative.

    >>> nominative("Kamenova", "gen")
    'Kamenov'
    >>> nominative("Novém Městě na Moravě", "loc")
    'Nové Město na Moravě'
    >>> nominative("Horní Radouň", "gen")   # written in the nominative after "obce": kept
    'Horní Radouň'

The ending tables are ``lang.cs.bodies.TOWN_*``.  A qualifier after "na/nad/pod/u" ("na Moravě",
"u Jilemnice") is kept as written.  ``written_in`` tells whether the document itself confirms a
reading (the caller warns when it does not).
"""

from __future__ import annotations

import re

from minutesparse.fields.names import fold
from minutesparse.lang.cs import bodies as cs


def _split(name: str) -> tuple[list[str], str]:
    """("Novém Městě", "na Moravě") for "Novém Městě na Moravě"."""
    words = name.split()
    for k, w in enumerate(words[1:], start=1):
        if w.lower() in cs.TOWN_NAME_LINKS:
            return words[:k], " ".join(words[k:])
    return words, ""


def _recase(template: str, text: str) -> str:
    return text.upper() if len(template) > 1 and template.isupper() else text


def _noun(word: str, case: str, alone: bool = False) -> tuple[str, str] | None:
    table = cs.TOWN_GENITIVE_ENDINGS if case == "gen" else cs.TOWN_LOCATIVE_ENDINGS
    if case == "loc" and alone:
        table = table + cs.TOWN_LOCATIVE_ADJECTIVE_ENDINGS  # "Sadské" -> "Sadská"
    low = word.lower()
    for end, nom, gender in sorted(table, key=lambda t: -len(t[0])):
        if low.endswith(end) and len(low) > len(end):
            if end == nom and case == "gen":
                return None  # written in the nominative after "obce" ("Nové Sedlice")
            return word[: len(word) - len(end)] + _recase(word, nom), gender
    return None


def _adjective(word: str, gender: str) -> str:
    low = word.lower()
    for end, nom in cs.TOWN_ADJECTIVE_ENDINGS.get(gender, ()):
        if low.endswith(end) and len(low) > len(end) + 1:
            return word[: len(word) - len(end)] + _recase(word, nom)
    return word



def nominative(name: str, case: str) -> str:
    """The nominative of a town's name written in ``case`` ("gen" after "města/obce", "loc" after "V")."""
    head, qualifier = _split(" ".join(name.split()))
    if not head:
        return name
    read = _noun(head[-1], case, alone=len(head) == 1)
    if read is None:
        return name
    noun, gender = read
    words = [_adjective(w, gender) if w[:1].isupper() and k < len(head) - 1 else w for k, w in enumerate(head[:-1])]
    return " ".join([*words, noun, qualifier]).strip()


def written_in(name: str, text: str) -> bool:
    """True when ``text`` writes ``name`` as it is (case and diacritics aside)."""
    return re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", fold(text)) is not None
