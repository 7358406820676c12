"""Votes: every notation Czech minutes use, read from one or a few lines.

Notations (labels and words come from ``lang.cs.votes``):

- ruled tables: a header row PŘÍTOMNO | PRO | PROTI | ZDRŽEL SE | NEHLASOVAL | VÝSLEDEK
  and a row of values (``Line.cells``, or the same as plain text lines);
- labelled counts in any order and punctuation: "pro 5, proti 0, zdržel se 0",
  "Hlasování: pro - 7, proti - 0, zdržel se – 0", "PRO ( 8 ) – PROTI ( 0 ) – ZDRŽEL SE
  ( 1 – Bc. Dušová )", "5 pro, 0 proti", one label per line ("Pro: 5" / "Proti: 0");
- bare number groups in a vote context: "(20/0/0)", "25 : 0 : 0 (pro : proti : zdrželo
  se)", "Hlasování: 5-0-0";
- "HLASOVÁNÍ: PRO 14", "jednomyslně", stated results ("Návrh nebyl přijat");
- roll calls: one line per member "Ing. J. Novák – pro" (optionally followed by totals).

``scan_vote(lines, i)`` reads the vote starting at line ``i`` (or returns None) and says
how many lines it used; ``to_vote`` turns it into a schema ``Vote``.

Result rule when the document does not state one (``result_inferred = True``): passed
when the yes votes are more than half of the body's members if their number is known
(``attendance.total_members``), else more than half of those present (the vote's own
"přítomno" count, else the attendance count), else more than half of the votes cast.
This is the Czech municipal rule (zákon o obcích § 39, § 87: a majority of all members)
degraded gracefully when the membership is not stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutesparse.document import Line
from minutesparse.fields.people import split_people
from minutesparse.fields.phrases import fold, phrase_alternation
from minutesparse.fields.vote_words import (
    BALLOT_FIELDS,
    COUNT_FIELDS,
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
    may_be_vote,
    norm,
    stated_result,
)
from minutesparse.fields.voters import (
    NAME_SPLIT,
    name_block,
    name_list,
    split_run_together,
)
from minutesparse.lang.cs import votes as cs
from minutesparse.schema import Vote, VoteCounts, Voters

# label, then number: "pro 5", "Pro: 5", "pro - 7", "PRO ( 8 )", "ZDRŽEL SE ( 1 – Bc. Dušová )",
# "Pro návrh hlasovalo 7 členů"
_LABEL_NUM = re.compile(
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
_LABEL_ONLY = re.compile(rf"(?<![\w])(?P<label>{LABELS}|{RESULT_HEAD})(?![\w])", re.IGNORECASE)
# names after a count: "( 1 – Bc. Dušová )" (inside the count's parenthesis) or "2 (Ing. Vařecha, …)"
_NAMES_IN_OPEN = re.compile(rf"^\s*{DASH}\s*(?P<names>[^()]*?)\s*\)")
_NAMES_AFTER = re.compile(r"^\s*\)?\s*\((?P<names>[^()]*)\)")
_CLOSE = re.compile(r"^\s*\)")

_SENTENCE_END = re.compile(r"[.!?]\s+")
_RESULT_SUBJECT = re.compile(rf"^\W*(?:{phrase_alternation(cs.RESULT_SUBJECTS)})(?![\w])", re.IGNORECASE)

# bare groups: "20/0/0", "25 : 0 : 0", "5-0-0" (the same separator throughout)
_GROUP = re.compile(
    r"(?<![\w/.,:])(?P<a>\d{1,3})\s*(?P<sep>/|:|[-–—])\s*(?P<b>\d{1,3})\s*(?P=sep)\s*(?P<c>\d{1,3})"
    r"(?:\s*(?P=sep)\s*(?P<d>\d{1,3}))?(?![\w/.,:]|\s*(?P=sep)\s*\d)")
_LEGEND = re.compile(r"\(([^()]*)\)")
_NOBODY = re.compile(rf"(?<![\w])(?:{phrase_alternation(cs.NOBODY_WORDS)})\s+"
                     rf"(?:(?P<neg>{phrase_alternation(cs.NEGATED_ABSTAIN)})|(?P<label>{LABELS}))(?![\w])", re.IGNORECASE)
_UNANIMOUS_COUNT = re.compile(rf"(?:{phrase_alternation(cs.UNANIMOUS)})\s*\(\s*(?P<num>\d{{1,3}})\s*\)", re.IGNORECASE)
_WRAPPED_END = re.compile(r"^\s*[^\W\d_A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*[.)]?\s*$")
_ENDS_WITH_LABEL = re.compile(rf"(?<![\w])(?:{LABELS})\s*:?\s*$", re.IGNORECASE)
_SHARE = re.compile(rf"(?<![\w])(?:{LABELS})\s*[:=]?\s*\d{{1,3}}(?:[,.]\d{{1,3}})?\s*%", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w/.,])\d{1,3}(?![\w/.,]\d|\d)")



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


def _labelled_counts(text: str) -> _Counts:
    forward: list[tuple[str, int, str | None, int, bool, int]] = []
    for m in _LABEL_NUM.finditer(text):
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
            named = [field_of(x.group("label")) for x in _LABEL_ONLY.finditer(source)]
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
    lc = _labelled_counts(t)
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


# --------------------------------------------------------------------------- tables
def _header_fields(line: Line) -> list[str] | None:
    """Field names of a vote-table header row in column order ('result' for VÝSLEDEK)."""
    t = norm(line.text)
    if re.search(r"\d", t):
        return None
    cols: list[str] = []
    if line.cells:
        for cell in line.cells:
            c = norm(cell or "").strip(" :")
            f = field_of(c) if c else ""
            if not f and c and re.fullmatch(RESULT_HEAD, c, re.IGNORECASE):
                f = "result"
            cols.append(f)
    else:
        left = t
        for m in _LABEL_ONLY.finditer(t):
            f = field_of(m.group("label"))
            if not f and re.fullmatch(RESULT_HEAD, m.group("label"), re.IGNORECASE):
                f = "result"
            cols.append(f)
            left = left.replace(m.group(0), " ", 1)
        if re.search(r"[^\W\d_]", left):
            return None  # other words on the line: prose, not a header
    ballots = [c for c in cols if c in BALLOT_FIELDS]
    if len(set(ballots)) < 2 or len(cols) < 3:
        return None
    return cols


def _row_values(line: Line, cols: list[str]) -> tuple[dict[str, int], str | None] | None:
    t = norm(line.text)
    if line.cells and len(line.cells) == len(cols):
        vals = [(norm(c or "")).strip() for c in line.cells]
    else:
        vals = re.findall(r"\d+|[^\W\d_][^\d]*", t)
        vals = [v.strip() for v in vals if v.strip()]
    counts: dict[str, int] = {}
    result = None
    nums = [v for v in vals if re.fullmatch(r"\d{1,3}", v)]
    if len(nums) < 2:
        return None
    if len(vals) == len(cols):
        for f, v in zip(cols, vals):
            if f in COUNT_FIELDS and re.fullmatch(r"\d{1,3}", v):
                counts[f] = int(v)
            elif f == "result":
                result = stated_result(v)
    else:  # fewer values than columns: numbers fill the count columns in order
        count_cols = [f for f in cols if f in COUNT_FIELDS]
        for f, v in zip(count_cols, nums):
            counts[f] = int(v)
        words = " ".join(v for v in vals if not v.isdigit())
        result = stated_result(words) if words else None
    return counts, result


# --------------------------------------------------------------------------- roll calls
_ROLL = re.compile(rf"^(?P<name>[^\W\d_][^:–—]*?)\s*(?:[:–—]|\s-\s|\t|\s{{2,}})\s*(?P<label>{LABELS})\s*[.,;]?\s*$",
                   re.IGNORECASE)


def _roll_entry(line: Line) -> tuple[str, str] | None:
    if line.cells and len(line.cells) >= 2:
        name = (line.cells[0] or "").strip()
        f = field_of(norm(line.cells[-1] or "").strip(" :.")) if line.cells[-1] else ""
        if name and f in BALLOT_FIELDS and re.search(r"[^\W\d_]{2}", name) and not field_of(name):
            return name, f
        return None
    m = _ROLL.match(norm(line.text).strip())
    if not m:
        return None
    f = field_of(m.group("label"))
    name = m.group("name").strip()
    if f not in BALLOT_FIELDS or field_of(name) or len(name.split()) > 6:
        return None
    return name, f


_MARK = re.compile(r"^\s*(?:[xX×✓✔✗●•+]|ano)\s*$", re.IGNORECASE)
_GRID_OPTION = re.compile(rf"(?<![\w])(?:{LABELS})(?![\w])|(?<!\S)[—–-](?!\S)", re.IGNORECASE)
_GRID_NAME = re.compile(r"^[^\W\d_][^\W\d_.'’-]*(?:[-'’][^\W\d_]+)*$")


def _grid_options(line: Line) -> list[str] | None:
    """"pro | pro | zdržela se | proti | —": one option per member, "—" for one who did not vote."""
    if line.cells:
        cells = [norm(c or "").strip(" .") for c in line.cells]
        out = [("" if re.fullmatch(r"[—–-]?", c) else field_of(c)) for c in cells]
        ok = all(f in BALLOT_FIELDS or re.fullmatch(r"[—–-]?", c) for f, c in zip(out, cells))
        return out if ok and sum(f in BALLOT_FIELDS for f in out) >= 2 else None
    t = norm(line.text).strip()
    found = list(_GRID_OPTION.finditer(t))
    if not found or _GRID_OPTION.sub(" ", t).strip(" ,;"):
        return None  # other words on the line
    out = ["" if m.group(0) in "—–-" else field_of(m.group(0)) for m in found]
    return out if sum(f in BALLOT_FIELDS for f in out) >= 2 else None


def _name_grid(lines: list[Line], i: int) -> VoteFound | None:
    """A roll call written as a grid: a row of members' names over a row of their votes
    ("Kocourek | Rybářová | Šimek" / "pro | pro | zdržela se")."""
    if i + 1 >= len(lines):
        return None
    line = lines[i]
    names = [c.strip() for c in line.cells] if line.cells else line.text.split()
    if len(names) < 3 or not all(_GRID_NAME.match(n.split()[-1]) if n.split() else False for n in names) \
            or not all(n[:1].isupper() for n in names) or any(field_of(norm(n)) for n in names):
        return None
    opts = _grid_options(lines[i + 1])
    if opts is None or len(opts) != len(names):
        return None
    voters: dict[str, list[str]] = {}
    for name, f in zip(names, opts):
        if f in BALLOT_FIELDS:
            voters.setdefault(f, []).append(name)
    counts = {f: len(voters.get(f, [])) for f in ("yes", "no", "abstain")}
    return VoteFound(i, i + 2, counts=counts, voters=voters, notation="roll_call")


def _marked_roll_call(lines: list[Line], i: int, cols: list[str]) -> VoteFound | None:
    name_cols = [k for k, f in enumerate(cols) if not f]
    if not name_cols:
        return None
    voters: dict[str, list[str]] = {}
    j = i + 1
    while j < len(lines) and lines[j].cells and len(lines[j].cells) == len(cols):
        cells = [c or "" for c in lines[j].cells]
        marked = [cols[k] for k, c in enumerate(cells) if cols[k] in BALLOT_FIELDS and _MARK.match(c)]
        name = " ".join(cells[k] for k in name_cols).strip()
        if len(marked) != 1 or not re.search(r"[^\W\d_]{2}", name):
            break
        voters.setdefault(marked[0], []).append(name)
        j += 1
    if j - i < 3:
        return None
    counts = {f: len(voters.get(f, [])) for f in cols if f in BALLOT_FIELDS}
    return VoteFound(i, j, counts=counts, voters=voters, notation="roll_call")


# --------------------------------------------------------------------------- scanning
def _is_result_line(text: str) -> bool:
    """"Usnesení bylo přijato." / "Návrh nebyl přijat, neboť pro něj nehlasovala většina …"."""
    t = norm(text).strip(" -–•*.")
    if bool(stated_result(t)) and len(t.split()) <= 8:
        return True
    head = re.split(r"[,;(]", t, maxsplit=1)[0].strip()
    return bool(_RESULT_SUBJECT.match(head)) and bool(stated_result(head)) and len(head.split()) <= 5


_LABEL_COUNT_NAMES = re.compile(
    rf"^\s*(?P<label>{LABELS})\s*:?\s*\(?\s*(?P<num>\d{{1,3}})\s*\)?\s*[:–—-]?\s*(?P<names>.*)$", re.IGNORECASE)


_COUNT_NOUN = re.compile(rf"^(?:{phrase_alternation(cs.COUNT_NOUNS)})(?![\w])", re.IGNORECASE)
_COUNT_NOUN_ANY = re.compile(rf"(?<![\w])(?:{phrase_alternation(cs.COUNT_NOUNS)})(?![\w])", re.IGNORECASE)


def _single_label_line(text: str) -> tuple[dict[str, int], dict[str, list[str]]] | None:
    """A line that is just one labelled count ("Pro: 5", "Proti 0 (Novák)"), or a count with
    the names of those who voted so ("pro: (14) Mgr. Jiří Hladík , Josef Hnyk , …")."""
    t = norm(text)
    m = _LABEL_COUNT_NAMES.match(t)
    if m and (f := field_of(m.group("label"))):
        names = _COUNT_NOUN.sub("", m.group("names").strip(" |")).strip(" |.,;")
        listed = name_list(names) if names else []
        if listed is not None:
            return {f: int(m.group("num"))}, ({f: listed} if listed and f in BALLOT_FIELDS else {})
    lc = _labelled_counts(t)
    if len(lc.counts) != 1:
        return None
    rest = _LABEL_NUM.sub(" ", t)
    rest = re.sub(r"\([^()]*\)", " ", rest)
    rest = _COUNT_NOUN_ANY.sub(" ", rest)
    if re.search(r"[^\W\d_]{3,}", rest) and not CUE.search(rest):
        return None
    return lc.counts, lc.voters


def _label_heading(text: str) -> str | None:
    """"Pro:" alone on a line — the names of those who voted so follow on the next lines."""
    t = norm(text).strip().rstrip(":").strip()
    f = field_of(t) if t and len(t.split()) <= 3 else ""
    return f if f in BALLOT_FIELDS else None


_SEGMENTS = re.compile(rf"\s*;\s*(?=(?:{LABELS})\s*:)", re.IGNORECASE)


def _names_line(text: str) -> tuple[str, list[str]] | None:
    """'Proti: Ing. Novák, Dvořák' — a label followed by names, no count."""
    m = re.match(rf"^\s*(?P<label>{LABELS})\s*[:–—-]\s*(?P<names>[^\d]+)$", norm(text), re.IGNORECASE)
    if not m:
        return None
    f = field_of(m.group("label"))
    names = [p.strip(" .") for p in NAME_SPLIT.split(m.group("names")) if re.search(r"[^\W\d_]{2}", p)]
    if f not in BALLOT_FIELDS or not names:
        return None
    return f, names


def _intro_line(text: str) -> bool:
    """"Na žádost p. Macháčka proběhlo jmenovité hlasování:" — announces the vote below."""
    t = norm(text).rstrip()
    return t.endswith(":") and bool(CUE.search(t)) and not _labelled_counts(t).counts


def _column_header(line: Line) -> bool:
    """"Člen zastupitelstva | Hlasování": the header of a roll-call table."""
    return len(line.text.split()) <= 5 and bool(CUE.search(norm(line.text))) and not re.search(r"\d", line.text)


def scan_vote(lines: list[Line], i: int, *, _nested: bool = False) -> VoteFound | None:
    """The vote starting at ``lines[i]``, with the lines that belong to it, or None."""
    line = lines[i]
    grid = _name_grid(lines, i)
    if grid is None and not may_be_vote(line.text):
        return None
    if grid is None and not _nested and _intro_line(line.text) and i + 1 < len(lines):
        k = i + 1
        if _column_header(lines[k]) and k + 1 < len(lines):
            sub = scan_vote(lines, k + 1, _nested=True)
        else:
            sub = scan_vote(lines, k, _nested=True)
        if sub:
            sub.start = i  # the intro and a column header are consumed, not kept as raw
            return sub
    found: VoteFound | None = grid
    # 1. ruled table (or its plain-text rendering): header row + value row
    cols = _header_fields(line) if found is None else None
    if cols and i + 1 < len(lines):
        row = _row_values(lines[i + 1], cols)
        if row:
            counts, result = row
            found = VoteFound(i, i + 2, counts=counts, result=result, notation="table")
    # 1b. a ruled roll-call table: Jméno | PRO | PROTI | ZDRŽEL SE, a mark in one column per row
    if found is None and cols and line.cells:
        found = _marked_roll_call(lines, i, cols)
    # 2. roll call: at least three consecutive "name – option" lines
    if found is None and _roll_entry(line):
        j = i
        voters: dict[str, list[str]] = {}
        while j < len(lines) and (e := _roll_entry(lines[j])):
            voters.setdefault(e[1], []).append(e[0])
            j += 1
        if j - i >= 3:
            counts = {f: len(v) for f, v in voters.items()}
            for f in ("yes", "no", "abstain"):
                counts.setdefault(f, 0)
            found = VoteFound(i, j, counts=counts, voters=voters, notation="roll_call")
    # 3. inline notation on this line
    if found is None:
        got = parse_vote_text(line.text)
        end = i + 1
        if got and _ENDS_WITH_LABEL.search(norm(line.text)) and i + 1 < len(lines) \
                and re.match(r"\s*\(?\s*\d", lines[i + 1].text):
            # "… (proti: 14 / zdržel se: 3 / pro:" / "4).": a count wrapped away from its label
            joined = parse_vote_text(f"{line.text} {lines[i + 1].text}")
            if joined and len(joined["counts"]) > len(got["counts"]):
                got, end = joined, i + 2
        if got:
            found = VoteFound(i, end, counts=got["counts"], voters=got["voters"], result=got["result"],
                              unanimous=got["unanimous"], notation=got["notation"])
            prefix = line.text[: got["start"]].rstrip(" –—-:,;")
            if len(re.findall(r"[^\W\d_]{2,}", prefix)) >= 3:
                found.prefix = prefix
    # 3b. shares instead of head counts ("Výsledek hlasování: pro 68,12 %, proti 0,00 %, …" in an
    # owners' association): a vote whose counts are not numbers of voters
    if found is None and len(_SHARE.findall(norm(line.text))) >= 2 and CUE.search(norm(line.text)):
        found = VoteFound(i, i + 1, result=stated_result(line.text), notation="shares")
    # 4. a cue line ("Hlasování:") or single-label lines followed by more counts
    if found is None:
        t = norm(line.text)
        cue_only = bool(CUE.match(t.strip())) and len(re.findall(r"[^\W\d_]{3,}", CUE.sub(" ", t))) <= 3
        single = _single_label_line(t)
        if cue_only or single:
            counts = dict(single[0]) if single else {}
            voters = {k: list(v) for k, v in single[1].items()} if single else {}
            last_names = next(iter(voters), None)
            j = i + 1
            if cue_only:
                got = parse_vote_text(t, context=True)
                if got:
                    counts.update(got["counts"])
            while j < len(lines) and j < i + 12:
                nxt = _single_label_line(lines[j].text)
                if nxt and not (nxt[0].keys() & counts.keys()):
                    counts.update(nxt[0])
                    voters.update({k: list(v) for k, v in nxt[1].items()})
                    last_names = next(iter(nxt[1]), None)
                    j += 1
                    continue
                more = name_list(lines[j].text) if last_names else None
                if more:  # the list of names goes on over the next line
                    voters[last_names].extend(more)
                    j += 1
                    continue
                if cue_only and j == i + 1:
                    got = parse_vote_text(lines[j].text, context=True)
                    if got and got["counts"]:
                        counts.update(got["counts"])
                        j += 1
                        continue
                break
            ballots = [k for k in counts if k in BALLOT_FIELDS]
            if len(ballots) >= 2 or (cue_only and ballots):
                found = VoteFound(i, j, counts=counts, voters=voters, notation="lines")
            elif cue_only and not counts and stated_result(CUE.sub(" ", t)):
                # "Hlasování: Návrh nebyl přijat." — the result without counts
                found = VoteFound(i, i + 1, result=stated_result(CUE.sub(" ", t)), notation="cue")
            elif cue_only and j == i + 1 and i + 1 < len(lines):
                nxt_t = norm(lines[i + 1].text)
                if UNANIMOUS.search(nxt_t) or (_is_result_line(nxt_t)):
                    found = VoteFound(i, i + 1, notation="cue")
    if found is None:
        return None
    # 5. lines that complete the vote: an open parenthesis ("… proti 0 (RMO navrhuje …" /
    # "… 248 m²)"), results, names, unanimity, totals after a roll call
    j = found.end
    depth = sum(ln.text.count("(") - ln.text.count(")") for ln in lines[i:found.end])
    while depth > 0 and j < len(lines) and j < found.end + 4:
        depth += lines[j].text.count("(") - lines[j].text.count(")")
        j += 1
    found.end = j
    while j < len(lines) and j < found.end + 3:
        t = lines[j].text
        if j == found.end and _WRAPPED_END.match(t) and not _is_result_line(t) \
                and not lines[j - 1].text.rstrip().endswith((".", "!", "?", ":", ";")):
            j = found.end = j + 1  # "… zdrželo se 3,23 % hlasů" / "přítomných.": the vote's sentence wrapped
            continue
        heading = _label_heading(t)
        if heading and heading not in found.voters:  # "Pro:" then lines of names
            names, k = name_block(lines, j + 1, _label_heading)
            if names:
                found.voters[heading] = names
                j = found.end = k
                continue
        prev = lines[j - 1].text.rstrip()
        if not prev.endswith((".", "!", "?", ":", ";")) and _is_result_line(t):
            # "… zdrželo se 6. Protinávrh nebyl" / "přijat.": a result phrase wrapped at the margin
            tail = re.split(r"[.!?;:]\s+", prev)[-1]
            joined = stated_result(f"{tail} {t}")
            if joined and found.result in (None, stated_result(tail), stated_result(t)):
                found.result = joined
                j += 1
                continue
        if _is_result_line(t) and found.result in (None, stated_result(t)):
            found.result = stated_result(t)
            found.unanimous = found.unanimous or bool(UNANIMOUS.search(norm(t)))
            j += 1
            continue
        more = _single_label_line(t) if found.notation in ("labels", "lines") else None
        if more and not (more[0].keys() & found.counts.keys()):  # "Hlasování: pro 7" / "proti 0" / …
            found.counts.update(more[0])
            found.voters.update(more[1])
            j += 1
            continue
        named = [nl for seg in _SEGMENTS.split(t) if (nl := _names_line(seg))]
        if named and len(named) == len(_SEGMENTS.split(t)) and not any(f in found.voters for f, _ in named):
            for f, names in named:  # "Proti: Digrin, Páterová; zdrželi se: Davis, Kotouč"
                found.voters[f] = names
            j += 1
            continue
        if UNANIMOUS.search(norm(t)) and len(t.split()) <= 6:
            found.unanimous = True
            found.result = found.result or stated_result(t)
            j += 1
            continue
        if found.notation == "roll_call":
            got = parse_vote_text(t)
            if got and got["counts"]:
                found.counts.update(got["counts"])
                found.result = found.result or got["result"]
                j += 1
                continue
        break
    found.end = j
    found.page = lines[i].page
    found.raw = "\n".join(ln.text for ln in lines[i:j])
    if found.prefix:
        found.raw = found.raw[len(found.prefix):].lstrip()
    return found


def result_only_vote(lines: list[Line], i: int) -> VoteFound | None:
    """"Usnesení bylo přijato." on its own line: a vote whose counts are not given."""
    t = norm(lines[i].text).strip(" -–•*")
    if not _RESULT_SUBJECT.match(t) or not _is_result_line(t):
        return None
    return VoteFound(i, i + 1, result=stated_result(t), unanimous=bool(UNANIMOUS.search(t)),
                     page=lines[i].page, raw=lines[i].text, notation="result")


# --------------------------------------------------------------------------- results
def infer_result(counts: VoteCounts, *, total_members: int | None = None,
                 present: int | None = None) -> str | None:
    """The result by the documented majority rule, or None when yes is unknown."""
    if counts.yes is None:
        return None
    basis = total_members or counts.present or present
    if not basis:
        cast = [c for c in (counts.yes, counts.no, counts.abstain) if c is not None]
        basis = sum(cast)
    if not basis:
        return None
    return "passed" if counts.yes > basis / 2 else "failed"


def to_vote(found: VoteFound, *, item: str | None = None, resolution: str | None = None,
            part: str | None = None, total_members: int | None = None,
            present: int | None = None) -> Vote:
    counts = VoteCounts(**{k: v for k, v in found.counts.items() if k in COUNT_FIELDS})
    unanimous = found.unanimous or (bool(counts.yes) and not any((counts.no, counts.abstain, counts.not_voting)))
    voters = Voters(**{f: split_people(", ".join(split_run_together(names, found.counts.get(f))), case="nom")
                       for f, names in found.voters.items()})
    result = found.result
    inferred = False
    if result is None:
        if unanimous:
            result, inferred = "passed", True
        else:
            result = infer_result(counts, total_members=total_members, present=present)
            inferred = result is not None
    return Vote(item=item, resolution=resolution, part=part, counts=counts, result=result,
                result_inferred=inferred, unanimous=unanimous, voters=voters,
                raw=found.raw, page=found.page)
