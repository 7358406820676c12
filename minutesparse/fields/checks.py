"""Stage 'checks': consistency warnings over the finished record (never changes data).

Codes (``Minutes.warnings[].code``):

- ``vote_count_mismatch``      yes+no+abstain+not_voting contradicts the vote's "přítomno"
                               count, or exceeds the attendance's present count / membership
- ``vote_result_mismatch``     the stated result contradicts the counts ("přijato" with 2 for,
                               5 against)
- ``vote_names_mismatch``      more named voters than the count they belong to
- ``vote_without_counts``      a vote whose counts and result could not be read
- ``resolution_no_action``     a numbered resolution without a recognised verb
- ``resolution_without_vote``  minutes (which must record every vote) with a resolution
                               whose vote could not be found
- ``resolution_number_duplicate``  the same resolution number twice in one document
- ``placeholder``              an unfinished draft: "č. 1.??/2022", "[doplnit]"
"""

from __future__ import annotations

import re
from collections import Counter

from minutesparse.document import TextDocument
from minutesparse.lang.cs import decisions as cs
from minutesparse.schema import Minutes, Vote

_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in cs.PLACEHOLDERS), re.IGNORECASE)
_MAX_PLACEHOLDER_WARNINGS = 5


def _vote_label(k: int, v: Vote) -> str:
    where = f"resolution {v.resolution}" if v.resolution else (f"item {v.item}" if v.item else f"page {v.page}")
    return f"vote {k + 1} ({where}{', part ' + v.part if v.part else ''})"


def _check_vote(m: Minutes, k: int, v: Vote) -> None:
    c = v.counts
    att = m.attendance
    ballots = [c.yes, c.no, c.abstain, c.not_voting]
    known = [x for x in ballots if x is not None]
    cast = sum(known)
    label = _vote_label(k, v)
    if not known and v.result is None and not v.unanimous:
        m.warn("vote_without_counts", f"{label}: no counts or result could be read: {v.raw[:60]!r}", v.page)
        return
    if c.present is not None:
        if cast > c.present or (len(known) == 4 and cast != c.present):
            m.warn("vote_count_mismatch",
                   f"{label}: {cast} votes (yes+no+abstain+not voting) but {c.present} present", v.page)
    else:
        present = att.present_count if att.present_count is not None else (len(att.present) or None)
        if present and not att.movements and cast > present:
            m.warn("vote_count_mismatch", f"{label}: {cast} votes but the attendance lists {present} present", v.page)
        elif att.total_members and cast > att.total_members:
            m.warn("vote_count_mismatch", f"{label}: {cast} votes but the body has {att.total_members} members",
                   v.page)
    if v.result and not v.result_inferred and c.yes is not None:
        yes, no, abstain = c.yes, c.no or 0, c.abstain or 0
        # only a contradiction by any rule: associations decide by a majority of those present,
        # so a "passed" with yes <= half of the members is not flagged (municipal law would)
        basis = c.present
        if v.result == "passed" and (yes <= no or (basis and yes <= basis / 2)):
            m.warn("vote_result_mismatch", f"{label}: stated as passed with {yes} for, {no} against"
                   + (f" of {basis}" if basis else ""), v.page)
        elif v.result == "failed" and ((att.total_members and yes > att.total_members / 2)
                                       or (yes > 0 and no == 0 and abstain == 0 and not c.not_voting)):
            m.warn("vote_result_mismatch", f"{label}: stated as failed with {yes} for, {no} against", v.page)
    for f in ("yes", "no", "abstain", "not_voting"):
        names = getattr(v.voters, f)
        count = getattr(c, f)
        if names and count is not None and len(names) > count:
            m.warn("vote_names_mismatch", f"{label}: {len(names)} people named for '{f}' but the count is {count}",
                   v.page)


def apply(doc: TextDocument, m: Minutes) -> None:
    for k, v in enumerate(m.votes):
        _check_vote(m, k, v)
    numbers = Counter(r.number for r in m.resolutions if r.number)
    for r in m.resolutions:
        if r.number and not r.actions:
            m.warn("resolution_no_action", f"resolution {r.number}: no resolution verb recognised", r.page)
        if m.document_type == "minutes" and r.vote is None and r.adopted is not False:
            m.warn("resolution_without_vote",
                   f"resolution {r.number or r.text[:40]!r}: no vote found for it in the minutes", r.page)
        if r.number and numbers[r.number] > 1:
            m.warn("resolution_number_duplicate", f"resolution number {r.number} appears {numbers[r.number]} times",
                   r.page)
    shown = 0
    for line in doc.lines:
        hit = _PLACEHOLDER.search(line.text)
        if hit and shown < _MAX_PLACEHOLDER_WARNINGS:
            m.warn("placeholder", f"unfinished text {hit.group(0)!r}: {line.text.strip()[:70]!r}", line.page)
            shown += 1
