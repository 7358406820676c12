"""Votes: the vote that starts at a line, whatever its notation, and its schema record.

``scan_vote(lines, i)`` tries the layouts of ``vote_tables`` (ruled tables, roll calls,
grids), the notations of one line (``vote_notations.parse_vote_text``), shares instead of
counts in an owners' association ("pro 68,12 %"), and a cue line followed by one label per
line ("Hlasování:" / "Pro: 5" / "Proti: 0"); then it takes the lines that complete the vote
(the stated result, names of those who voted so, a wrapped end) and says how many lines it
used.  ``result_only_vote`` reads "Usnesení bylo přijato." on its own; ``to_vote`` turns a
``VoteFound`` into a schema ``Vote``.

Result rule when the document does not state one (``result_inferred = True``): passed
when the yes votes are more than half of the body's members if their number is known
(``attendance.total_members``), else more than half of those present (the vote's own
"přítomno" count, else the attendance count), else more than half of the votes cast.
This is the Czech municipal rule (zákon o obcích § 39, § 87: a majority of all members)
degraded gracefully when the membership is not stated.
"""

from __future__ import annotations

import re

from minutesparse.document import Line
from minutesparse.fields.people import split_people
from minutesparse.fields.phrases import phrase_alternation
from minutesparse.fields.resolutions import leading_action
from minutesparse.fields.vote_notations import (
    LABEL_NUM,
    VoteFound,
    labelled_counts,
    parse_vote_text,
)
from minutesparse.fields.vote_tables import (
    header_fields,
    marked_roll_call,
    name_grid,
    roll_entry,
    row_values,
)
from minutesparse.fields.vote_words import (
    BALLOT_FIELDS,
    COUNT_FIELDS,
    CUE,
    LABELS,
    UNANIMOUS,
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

__all__ = ["VoteFound", "infer_result", "parse_vote_text", "result_only_vote", "scan_vote", "to_vote"]

_RESULT_SUBJECT = re.compile(rf"^\W*(?:{phrase_alternation(cs.RESULT_SUBJECTS)})(?![\w])", re.IGNORECASE)

# bare groups: "20/0/0", "25 : 0 : 0", "5-0-0" (the same separator throughout)
_WRAPPED_END = re.compile(r"^\s*[^\W\d_A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*[.)]?\s*$")
_ENDS_WITH_LABEL = re.compile(rf"(?<![\w])(?:{LABELS})\s*:?\s*$", re.IGNORECASE)
_SHARE = re.compile(rf"(?<![\w])(?:{LABELS})\s*[:=]?\s*\d{{1,3}}(?:[,.]\d{{1,3}})?\s*%", re.IGNORECASE)


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
    lc = labelled_counts(t)
    if len(lc.counts) != 1:
        return None
    rest = LABEL_NUM.sub(" ", t)
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
    return t.endswith(":") and bool(CUE.search(t)) and not labelled_counts(t).counts


def _column_header(line: Line) -> bool:
    """"Člen zastupitelstva | Hlasování": the header of a roll-call table."""
    return len(line.text.split()) <= 5 and bool(CUE.search(norm(line.text))) and not re.search(r"\d", line.text)


def scan_vote(lines: list[Line], i: int, *, _nested: bool = False) -> VoteFound | None:
    """The vote starting at ``lines[i]``, with the lines that belong to it, or None."""
    line = lines[i]
    grid = name_grid(lines, i)
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
    cols = header_fields(line) if found is None else None
    if cols and i + 1 < len(lines):
        row = row_values(lines[i + 1], cols)
        if row:
            counts, result = row
            found = VoteFound(i, i + 2, counts=counts, result=result, notation="table")
    # 1b. a ruled roll-call table: Jméno | PRO | PROTI | ZDRŽEL SE, a mark in one column per row
    if found is None and cols and line.cells:
        found = marked_roll_call(lines, i, cols)
    # 2. roll call: at least three consecutive "name – option" lines
    if found is None and roll_entry(line):
        j = i
        voters: dict[str, list[str]] = {}
        while j < len(lines) and (e := roll_entry(lines[j])):
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
                wrapped = name_list(lines[j].text) if last_names else None
                if wrapped and last_names:  # the list of names goes on over the next line
                    voters[last_names].extend(wrapped)
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
        if j == found.end and _WRAPPED_END.match(t) and not _is_result_line(t) and leading_action(t, 1) is None \
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
            whole = stated_result(f"{tail} {t}")
            if whole and found.result in (None, stated_result(tail), stated_result(t)):
                found.result = whole
                j += 1
                continue
        if _is_result_line(t) and found.result in (None, stated_result(t)):
            found.result = stated_result(t)
            found.unanimous = found.unanimous or bool(UNANIMOUS.search(norm(t)))
            j += 1
            continue
        single = _single_label_line(t) if found.notation in ("labels", "lines") else None
        if single and not (single[0].keys() & found.counts.keys()):  # "Hlasování: pro 7" / "proti 0" / …
            found.counts.update(single[0])
            found.voters.update(single[1])
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
    return Vote(item=item, resolution=resolution, part=part, counts=counts,
                result="passed" if result == "passed" else "failed" if result == "failed" else None,
                result_inferred=inferred, unanimous=unanimous, voters=voters,
                raw=found.raw, page=found.page)
