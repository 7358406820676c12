"""What one piece of text says about a vote, and the record of a vote found in lines.

- labelled counts in any order and punctuation: "pro 5, proti 0, zdržel se 0",
  "Hlasování: pro - 7, proti - 0, zdržel se – 0", "PRO ( 8 ) – PROTI ( 0 ) – ZDRŽEL SE
  ( 1 – Bc. Dušová )", "5 pro, 0 proti", "14 pro, nikdo proti, nikdo se nezdržel",
  "Návrh byl schválen 41 hlasy, proti 0, zdrželo se 2";
- bare number groups in a vote context: "(20/0/0)", "25 : 0 : 0 (pro : proti : zdrželo
  se)", "Hlasování: 5-0-0";
- "HLASOVÁNÍ: PRO 14", "jednomyslně" ("všemi hlasy přítomných (24)"), stated results.

``parse_vote_text`` reads them; ``VoteFound`` is what ``votes.scan_vote`` and
``vote_tables`` return for a vote read from one or more lines.  Words come from
``lang.cs.votes`` through ``vote_words``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutesparse.fields.phrases import fold, phrase_alternation
from minutesparse.fields.vote_words import (
    BALLOT_FIELDS,
    CUE,
    DASH,
    FAILED,
    FILLERS,
    LABELS,
    PASSED,
    RESULT_HEAD,
    UNANIMOUS,
    WEAK,
    field_of,
    norm,
    stated_result,
)
from minutesparse.fields.voters import NAME_SPLIT
from minutesparse.lang.cs import votes as cs

# label, then number: "pro 5", "Pro: 5", "pro - 7", "PRO ( 8 )", "ZDRŽEL SE ( 1 – Bc. Dušová )",
# "Pro návrh hlasovalo 7 členů"
LABEL_NUM = re.compile(
    rf"(?<![\w])(?P<label>{LABELS})(?:\s+(?:{FILLERS})(?![\w]))?\s*(?P<open>\()?\s*(?:[:=]|{DASH})?\s*(?P<open2>\()?\s*"
    rf"(?P<num>\d{{1,3}})(?![\d/.,]\d)(?!\w)",
    re.IGNORECASE)
# "Usnesení bylo přijato 7 hlasy"
_RESULT_VOTES = re.compile(rf"(?<![\w])(?:{phrase_alternation(cs.RESULT_PASSED)})\s+(?P<num>\d{{1,3}})\s+"
                           rf"(?:{phrase_alternation(cs.VOTE_NOUNS)})(?![\w])", re.IGNORECASE)
# number, then label: "5 pro, 0 proti, 1 se zdržel"
_NUM_LABEL = re.compile(
    rf"(?<![\w/.,])(?P<num>\d{{1,3}})\s*(?:(?:{phrase_alternation(cs.VOTE_NOUNS + cs.FILLERS)})\s+)?(?P<label>{LABELS})(?![\w])",
    re.IGNORECASE)
LABEL_ONLY = re.compile(rf"(?<![\w])(?P<label>{LABELS}|{RESULT_HEAD})(?![\w])", re.IGNORECASE)
# names after a count: "( 1 – Bc. Dušová )" (inside the count's parenthesis) or "2 (Ing. Vařecha, …)"
_NAMES_IN_OPEN = re.compile(rf"^\s*{DASH}\s*(?P<names>[^()]*?)\s*\)")
_NAMES_AFTER = re.compile(r"^\s*\)?\s*\((?P<names>[^()]*)\)")
_CLOSE = re.compile(r"^\s*\)")
_SENTENCE_END = re.compile(r"[.!?]\s+")
_GROUP = re.compile(
    r"(?<![\w/.,:])(?P<a>\d{1,3})\s*(?P<sep>/|:|[-–—])\s*(?P<b>\d{1,3})\s*(?P=sep)\s*(?P<c>\d{1,3})"
    r"(?:\s*(?P=sep)\s*(?P<d>\d{1,3}))?(?![\w/.,:]|\s*(?P=sep)\s*\d)")
_LEGEND = re.compile(r"\(([^()]*)\)")
_NOBODY = re.compile(rf"(?<![\w])(?:{phrase_alternation(cs.NOBODY_WORDS)})\s+"
                     rf"(?:(?P<neg>{phrase_alternation(cs.NEGATED_ABSTAIN)})|(?P<label>{LABELS}))(?![\w])", re.IGNORECASE)
_UNANIMOUS_COUNT = re.compile(rf"(?:{phrase_alternation(cs.UNANIMOUS)})\s*\(\s*(?P<num>\d{{1,3}})\s*\)", re.IGNORECASE)


@dataclass(slots=True)
class VoteFound:
    """A vote read from lines ``start`` .. ``end`` (exclusive)."""

    start: int
    end: int
    counts: dict[str, int] = field(default_factory=dict)
    voters: dict[str, list[str]] = field(default_factory=dict)  # field -> raw names
    result: str | None = None
    unanimous: bool = False
    page: int = 1
    raw: str = ""
    notation: str = ""
    prefix: str = ""  # text before the vote on its first line ("… dne 7. 10. 2024. (4/0/1)")

    @property
    def has_counts(self) -> bool:
        return any(k in self.counts for k in BALLOT_FIELDS)


# --------------------------------------------------------------------------- one line
@dataclass(slots=True)
class _Counts:
    counts: dict[str, int]
    voters: dict[str, list[str]]
    span: int  # characters covered by the counts (to judge whether the line is a vote)
    strong: int  # ballot labels (yes/no/abstain/not_voting) that are not weak words
    start: int  # where the first count starts


def labelled_counts(text: str) -> _Counts:
    forward: list[tuple[str, int, str | None, int, bool, int]] = []
    for m in LABEL_NUM.finditer(text):
        f = field_of(m.group("label"))
        if not f:
            continue
        rest = text[m.end():]
        names = None
        if m.group("open") or m.group("open2"):
            nm = _NAMES_IN_OPEN.match(rest)
            if nm:
                names = nm.group("names")
            elif (c := _CLOSE.match(rest)) and (nm2 := _NAMES_AFTER.match(rest[c.end():])):
                names = nm2.group("names")
        else:
            nm = _NAMES_AFTER.match(rest)
            if nm:
                names = nm.group("names")
        span = len(m.group(0)) + (len(names) if names else 0)
        forward.append((f, int(m.group("num")), names, span, fold(m.group("label")) in WEAK, m.start()))
    backward: list[tuple[str, int, str | None, int, bool, int]] = []
    for m in _NUM_LABEL.finditer(text):
        f = field_of(m.group("label"))
        if f:
            backward.append((f, int(m.group("num")), None, len(m.group(0)), fold(m.group("label")) in WEAK, m.start()))
    best = forward if len({x[0] for x in forward}) >= len({x[0] for x in backward}) else backward
    counts: dict[str, int] = {}
    voters: dict[str, list[str]] = {}
    span = 0
    strong = 0
    start = min((x[5] for x in best), default=0)
    for f, n, names, ln, weak, _pos in best:
        if f in counts:
            continue
        counts[f] = n
        span += ln
        if f in BALLOT_FIELDS and not weak:
            strong += 1
        if names and f in BALLOT_FIELDS:
            got = [p.strip() for p in NAME_SPLIT.split(names) if re.search(r"[^\W\d_]{2}", p)]
            if got:
                voters[f] = got
    return _Counts(counts, voters, span, strong, start)


def _group_counts(text: str, context: bool) -> tuple[dict[str, int], int] | None:
    for m in _GROUP.finditer(text):
        nums = [int(x) for x in (m.group("a"), m.group("b"), m.group("c"), m.group("d")) if x is not None]
        order = list(cs.DEFAULT_TRIPLE_ORDER)
        legend = _LEGEND.search(text[m.end():m.end() + 80])
        has_legend = False
        # the legend names the order: after the numbers "(pro : proti : zdrželo se)", or
        # before them "pro/proti/zdržel se: 5/0/0"
        for source in ([legend.group(1)] if legend else []) + [text[max(0, m.start() - 60):m.start()]]:
            named = [field_of(x.group("label")) for x in LABEL_ONLY.finditer(source)]
            named = [x for x in named if x and x != "result"][-len(nums):]
            if len(named) >= len(nums) - 1 and len(named) >= 2:
                order = named + [f for f in order if f not in named]
                has_legend = True
                break
        in_parens = text[:m.start()].rstrip().endswith("(") and text[m.end():].lstrip().startswith(")")
        if not (context or has_legend or in_parens):
            continue
        start = m.start() - 1 if in_parens else m.start()
        return {order[i]: n for i, n in enumerate(nums) if i < len(order)}, start
    return None


def parse_vote_text(text: str, *, context: bool = False) -> dict | None:
    """Counts, voters, result and unanimity stated in one piece of text, or None.

    ``context`` says the text is known to be about a vote (after "Hlasování:"), which
    lets bare number groups ("5-0-0") and a single label ("PRO 14") count.
    """
    t = norm(text)
    cue = bool(CUE.search(t)) or context
    lc = labelled_counts(t)
    counts = dict(lc.counts)
    voters = lc.voters
    notation = "labels"
    start = lc.start
    strong = lc.strong
    if counts:
        for nm in _NOBODY.finditer(t):  # "14 pro, nikdo proti, nikdo se nezdržel"
            f = "abstain" if nm.group("neg") else field_of(nm.group("label"))
            if f in BALLOT_FIELDS and f not in counts:
                counts[f] = 0
                strong += 1
    ballots = sum(1 for k in counts if k in BALLOT_FIELDS)
    ok = strong >= 2 or (ballots >= 2 and cue) or (ballots >= 1 and cue and strong >= 1)
    if not ok:
        grp = _group_counts(t, cue or bool(PASSED.search(t) or FAILED.search(t) or UNANIMOUS.search(t)))
        if grp:
            (counts, start), voters, notation, ok = grp, {}, "group", True
    unanimous = bool(UNANIMOUS.search(t))
    result = stated_result(t)
    rv = _RESULT_VOTES.search(t)
    if not ok and rv:
        counts, voters, notation, ok, start = {"yes": int(rv.group("num"))}, {}, "result", True, 0
    elif ok and rv and "yes" not in counts and rv.start() < start:
        # "Návrh byl schválen 41 hlasy, proti 0, zdrželo se 2.": the yes votes in the result phrase
        counts["yes"] = int(rv.group("num"))
        start = max((m.end() for m in _SENTENCE_END.finditer(t, 0, rv.start())), default=0)
    if not ok:
        if unanimous and (cue or result):
            counts, voters, notation, start = {}, {}, "unanimous", 0
            um = _UNANIMOUS_COUNT.search(t)
            if um:  # "Usnesení bylo přijato všemi hlasy přítomných (24)."
                counts = {"yes": int(um.group("num")), "no": 0, "abstain": 0}
        else:
            return None
    cm = CUE.search(t[:start]) if start else None
    if cm:
        start = cm.start()
    return {"counts": counts, "voters": voters, "result": result, "unanimous": unanimous,
            "notation": notation, "start": start}
