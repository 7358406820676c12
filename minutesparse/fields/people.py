"""People and parties: "Ing. Vojtěch Prachař – garant SC" -> Person.

MINIMAL FIRST VERSION (interface fixed; the meeting/attendance helper owns and improves it):
- parse_person(raw, role=None) -> Person | None
- parse_party(raw) -> Person | BodyParty        (offices/bodies such as "OBH", "tajemník úřadu")
- split_people(text) -> list[Person]            (comma/semicolon/"a"-separated lists)
- Roster(people).match(person) -> Person | None (the same person in the attendance roster)
"""

from __future__ import annotations

import re

from minutesparse.schema import BodyParty, Person

_TITLE_BEFORE = re.compile(r"^(?:(?:Ing\.\s*arch\.|Ing\.|Mgr\.|Bc\.|MUDr\.|JUDr\.|PhDr\.|RNDr\.|doc\.|prof\.|p\.|pí)\s*)+")


def parse_person(raw: str, role: str | None = None) -> Person | None:
    text = raw.strip(" ,;.")
    if not text:
        return None
    m = _TITLE_BEFORE.match(text)
    titles = m.group(0).split() if m else []
    rest = text[m.end():] if m else text
    parts = rest.split()
    if not parts:
        return None
    family = parts[-1]
    given = " ".join(parts[:-1]) or None
    return Person(name=rest.strip(), family_name=family, given_name=given,
                  titles_before=[t for t in titles if t not in ("p.", "pí")], role=role, raw=raw.strip())


def parse_party(raw: str) -> Person | BodyParty:
    p = parse_person(raw)
    if p is None or p.family_name.isupper() or p.family_name[:1].islower():
        return BodyParty(name=raw.strip(), raw=raw)
    return p


def split_people(text: str) -> list[Person]:
    out = []
    for chunk in re.split(r"[,;]\s*|\s+a\s+", text):
        p = parse_person(chunk)
        if p:
            out.append(p)
    return out


class Roster:
    def __init__(self, people: list[Person]):
        self.people = list(people)

    def match(self, person: Person) -> Person | None:
        for p in self.people:
            if p.family_name == person.family_name:
                return p
        return None
