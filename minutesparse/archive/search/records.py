"""One parsed document -> the records the index holds, one per thing an analyst asks for.

- ``document``   title, body, meeting, the agenda titles (id = the document id)
- ``agenda``     one per agenda item: number, title, presenters
- ``resolution`` one per resolution: its full wording including every part a) b) …; ``actions``
                 holds the resolution's verbs and every part's verb; result from its linked vote
- ``vote``       one per vote: counts, result, named voters, the raw vote line
- ``task``       one per task: text, assignees (people and bodies), deadline
- ``person``     one per attendance entry (present, guests, excused, absent in that order)

Record ids follow :mod:`minutesparse.archive.ids`, so ``Archive.get(hit.id)`` finds the record.
"""

from __future__ import annotations

from typing import Iterable

from minutesparse.archive.ids import record_id
from minutesparse.archive.search.models import IndexDoc, IndexRecord
from minutesparse.lang.cs.search import ATTENDANCE_WORDS, RESULT_WORDS, TYPE_WORDS
from minutesparse.schema import BodyParty, Minutes, Person

ATTENDANCE_LISTS = ("present", "guests", "excused", "absent")
_STATUS = {"present": "present", "guests": "guest", "excused": "excused", "absent": "absent"}


def _name(p: Person | BodyParty) -> str:
    return p.name


def _names(people: Iterable[Person | BodyParty]) -> list[str]:
    out: list[str] = []
    for p in people:
        if p.name and p.name not in out:
            out.append(p.name)
    return out


def _person_words(p: Person) -> str:
    """Name as written and in the nominative, titles and role, for the record's text."""
    parts = [" ".join(p.titles_before), p.name, ", ".join(p.titles_after)]
    if p.role:
        parts.append(f"– {p.role}")
    return " ".join(x for x in parts if x).strip()


def to_records(doc: IndexDoc) -> list[IndexRecord]:
    m: Minutes = doc.minutes
    sources = list(doc.sources) or ([m.source.path] if m.source.path else [])
    base = dict(
        doc_id=doc.doc_id,
        source=sources[0] if sources else "",
        sources=sources,
        meeting_date=m.meeting.date,
        meeting_number=m.meeting.number,
        body=m.body.name,
        body_kind=m.body.kind,
        municipality=m.municipality,
        document_type=m.document_type,
    )
    records: list[IndexRecord] = []

    head = [m.title or "", m.body.name or "", m.municipality or ""]
    head += [f"{a.number} {a.title}" for a in m.agenda]
    everyone = [p for lst in ATTENDANCE_LISTS for p in getattr(m.attendance, lst)]
    records.append(IndexRecord(
        id=doc.doc_id, type="document", text="\n".join(x for x in head if x), page=1,
        persons=_names(everyone), actions=sorted({a for r in m.resolutions for a in _actions(r)}), **base,
    ))

    for i, a in enumerate(m.agenda):
        text = f"{a.number} {a.title}"
        if a.presenters:
            text += " – " + ", ".join(_person_words(p) for p in a.presenters)
        records.append(IndexRecord(
            id=record_id(doc.doc_id, "agenda", i), type="agenda", text=text, page=a.page,
            number=a.number, item=a.number, persons=_names(a.presenters), **base,
        ))

    for i, r in enumerate(m.resolutions):
        vote = m.votes[r.vote] if r.vote is not None and 0 <= r.vote < len(m.votes) else None
        text = r.text
        missing_parts = [p for p in r.parts if p.text and p.text not in text]
        if missing_parts:
            text += "\n" + "\n".join(f"{p.label} {p.text}" for p in missing_parts)
        if r.number and r.number not in text:
            text = f"{r.number}\n{text}"
        people = _names(r.responsible)
        records.append(IndexRecord(
            id=record_id(doc.doc_id, "resolution", i), type="resolution", text=text, page=r.page,
            number=r.number, item=r.item, actions=_actions(r), adopted=r.adopted,
            result=vote.result if vote else None, persons=people, deadline=r.deadline or r.deadline_text,
            counts=vote.counts.model_dump() if vote else None,
            extra_text=" ".join(r.references), **base,
        ))

    for i, v in enumerate(m.votes):
        voters = v.voters
        named = [*voters.yes, *voters.no, *voters.abstain, *voters.not_voting]
        extra = [RESULT_WORDS.get(v.result or "", "")]
        for label, lst in (("proti", voters.no), ("zdržel se", voters.abstain), ("pro", voters.yes)):
            if lst:
                extra.append(label + " " + ", ".join(_name(p) for p in lst))
        records.append(IndexRecord(
            id=record_id(doc.doc_id, "vote", i), type="vote", text=v.raw, page=v.page,
            number=v.resolution, item=v.item, result=v.result, persons=_names(named),
            counts=v.counts.model_dump(), extra_text=" ".join(x for x in extra if x), **base,
        ))

    for i, t in enumerate(m.tasks):
        who = ", ".join(_name(p) for p in t.assignees)
        records.append(IndexRecord(
            id=record_id(doc.doc_id, "task", i), type="task", text=t.text, page=t.page,
            number=t.resolution, item=t.item, persons=_names(t.assignees),
            deadline=t.deadline or t.deadline_text, extra_text=who, **base,
        ))

    n = 0
    for lst in ATTENDANCE_LISTS:
        for p in getattr(m.attendance, lst):
            status = _STATUS[lst]
            records.append(IndexRecord(
                id=record_id(doc.doc_id, "person", n), type="person", text=_person_words(p), page=1,
                persons=[p.name], role=p.role, status=status,
                extra_text=ATTENDANCE_WORDS[status], **base,
            ))
            n += 1
    for r in records:
        r.extra_text = " ".join(x for x in (TYPE_WORDS.get(r.type, ""), r.extra_text) if x)
    return records


def _actions(r) -> list[str]:
    out = list(r.actions)
    for p in r.parts:
        if p.action and p.action not in out:
            out.append(p.action)
    return out
