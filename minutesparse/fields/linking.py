"""Stage 'linking': every person mentioned anywhere -> the same person in the attendance roster.

Mentions are agenda presenters, task assignees, resolution responsibles, named voters, chair,
recorder, verifiers and the people of attendance movements.  ``people.Roster`` finds the
roster people a mention can be (family name read in every case: "J. Šolce" -> Šolc; given name
or initial compatible).  With exactly one candidate the mention takes the roster's identity
where the roster is fuller ("Ing. V. Prachař" -> Vojtěch Prachař, "p. Novák" -> Mgr. Petr Novák)
and keeps its own role and raw text; a mention fuller than the roster keeps its own form
("Mgr. Michal Malý" signing for "Mgr. M. Malý").  With several candidates the mention stays as
it is and a ``person_ambiguous`` warning says so: never a different person.
"""

from __future__ import annotations

from collections.abc import Callable

from minutesparse.document import TextDocument
from minutesparse.fields import names
from minutesparse.fields.people import Roster, case_alternatives
from minutesparse.schema import Minutes, Person


def _fuller_given(roster: str | None, mention: str | None) -> bool:
    if not roster:
        return False
    if not mention:
        return True
    return names.is_initial(mention.split()[0]) and not names.is_initial(roster.split()[0])


def merge(mention: Person, match: Person) -> Person:
    """The mention with the roster's identity where the roster knows more."""
    update: dict = {"family_name": match.family_name}
    given = mention.given_name
    if _fuller_given(match.given_name, mention.given_name):
        given = match.given_name
        update["titles_before"] = match.titles_before or mention.titles_before
        update["titles_after"] = match.titles_after or mention.titles_after
    else:
        if not mention.titles_before and match.titles_before:
            update["titles_before"] = match.titles_before
        if not mention.titles_after and match.titles_after:
            update["titles_after"] = match.titles_after
    update["given_name"] = given
    update["name"] = " ".join(x for x in (given, match.family_name) if x)
    return mention.model_copy(update=update)


class _Linker:
    def __init__(self, m: Minutes):
        a = m.attendance
        self.m = m
        self.roster = Roster([*a.present, *a.guests, *a.excused, *a.absent])
        self.linked = 0
        self.ambiguous = 0

    def link(self, p: Person, page: int | None = None) -> Person:
        if not self.roster.people:
            return self.check_case(p, page)
        cands = self.roster.candidates(p)
        if len(cands) == 1:
            self.linked += 1
            return merge(p, cands[0])
        if len(cands) > 1:
            self.ambiguous += 1
            self.m.warn("person_ambiguous",
                        f"{p.raw!r} may be any of: {', '.join(c.name for c in cands)}; left unmatched", page)
            return p
        return self.check_case(p, page)

    def check_case(self, p: Person, page: int | None = None) -> Person:
        """A name outside the roster whose grammatical case is unclear keeps its written form; say so."""
        alternatives = case_alternatives(p)
        if alternatives:
            self.m.warn("person_case_ambiguous", f"{p.raw!r}: kept as written ({p.family_name}); it may also be "
                        f"{' or '.join(alternatives)}", page)
        return p

    def link_party(self, party, page: int | None = None):
        return self.link(party, page) if isinstance(party, Person) else party

    def each(self, people: list, page: int | None, fn: Callable) -> list:
        return [fn(p, page) for p in people]


def apply(doc: TextDocument, m: Minutes) -> None:
    lk = _Linker(m)
    for item in m.agenda:
        item.presenters = lk.each(item.presenters, item.page, lk.link)
    for t in m.tasks:
        t.assignees = lk.each(t.assignees, t.page, lk.link_party)
    for r in m.resolutions:
        r.responsible = lk.each(r.responsible, r.page, lk.link_party)
    for v in m.votes:
        for field in ("yes", "no", "abstain", "not_voting"):
            setattr(v.voters, field, lk.each(getattr(v.voters, field), v.page, lk.link))
    if m.chair is not None:
        m.chair = lk.link(m.chair)
    if m.recorder is not None:
        m.recorder = lk.link(m.recorder)
    m.verifiers = lk.each(m.verifiers, None, lk.link)
    for mv in m.attendance.movements:
        mv.person = lk.link(mv.person, mv.page)
