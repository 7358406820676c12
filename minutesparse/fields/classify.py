"""Stage 'classify': what kind of document this is, and why.

The title area (the first lines of page 1, before any attendance list or programme) is
read for type cues (``lang.cs.structure.TYPE_TITLE_CUES``): a cue at the start of a line,
a multi-word cue anywhere in a title line, or a single word that is (nearly) the whole line.
Each cue scores its type's priority plus a bonus for the page's largest or bold font, minus
a little per line of distance from the top; the best score wins.  Letter-spaced titles
("Z á p i s") are joined first; a garbled text layer is matched approximately.

Some cues count only at the start of a line (``TYPE_TITLE_START_CUES``: a voting system's
export headed "Hlasování z 6. zasedání …" or "Číslo hlasování: 1").

When the title says nothing, the body decides: numbered votes ("Číslo hlasování: 4") without a
programme make a vote record; attendance lists with votes, resolutions, signatures or a
programme make minutes; numbered resolutions alone make a resolution list; a programme with
"se koná"/"místo konání" and no votes an invitation; anything else is ``other``.  The reason and the cues found go to ``m.classification``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from minutesparse.document import Line, TextDocument
from minutesparse.extract.garble import GARBLED_AT, garble_score
from minutesparse.fields.names import fold
from minutesparse.lang.cs import attendance as cs_att
from minutesparse.lang.cs import structure as cs
from minutesparse.lang.cs import votes as cs_votes
from minutesparse.schema import Classification, Minutes

TITLE_AREA_LINES = 14
_NUMBERING = re.compile(r"^\s*(?:[(\[]?(?:\d{1,3}|[ivxlc]{1,5}|[a-z])[.)/\]]\s*)+")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\s*[./)]\s+\S")
_MEETING_ORDINAL = re.compile(r"^\s*\d{1,3}\.\s*(?:\w+\s+)?(?:" + "|".join(cs.MEETING_WORDS) + r")\b", re.IGNORECASE)


_SPACED = re.compile(r"(?<!\S)((?:[^\W\d_] ){3,}[^\W\d_])(?=[\s:;,.)]|$)")


def despace(text: str) -> str:
    """Join letter-spaced words, keeping word breaks where a capital follows a small letter:
    "M ě s t o L i t o v e l" -> "Město Litovel", "Z á p i s č. 5" -> "Zápis č. 5"."""
    def join(m: re.Match[str]) -> str:
        joined = m.group(1).replace(" ", "")
        return re.sub(r"(?<=[^\W\d_])(?<![A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])", " ", joined)
    out = _GLUED.sub(" ", _SPACED.sub(join, text))
    if len(out.split()) <= 6:
        # a letter-spaced label closed up short of its colon upstream ("Přítomn i:", "Progra m:")
        out = _STRAY_LETTER.sub(r"\1", out)
    return out


_STRAY_LETTER = re.compile(r"(?<=[^\W\d_]{3}) ([^\W\d_])(?=\s*:)")


# letter-spaced words closed up without their word break upstream ("MěstoLitovel"): a small
# letter pair followed by a capital and a small letter pair; "MěÚ", "PřF", "McDonald" stay
_GLUED = re.compile(r"(?<=[a-záčďéěíňóřšťúůýž]{2})(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]{2})")


def norm(text: str) -> str:
    """Folded, letter-spacing joined, punctuation to spaces: the form cues are matched in."""
    t = fold(despace(text))
    t = re.sub(r"[^\w/]+", " ", t)
    return " ".join(t.split())


INSIDE_WORD = 99  # a one-word cue that counts anywhere in a title line (its "number of words")


def _cue_table() -> list[tuple[str, str, int, bool]]:
    """(type, normalised cue, number of words, counts only at a line's start), longest first."""
    out = []
    for table, start_only in ((cs.TYPE_TITLE_CUES, False), (cs.TYPE_TITLE_START_CUES, True)):
        for dtype, cues in table.items():
            for cue in cues:
                n = norm(cue).replace(" ", "") if re.fullmatch(r"(?:\w )+\w", cue) else norm(cue)
                out.append((dtype, n, len(n.split()), start_only))
    for dtype, words in cs.TYPE_TITLE_INSIDE_WORDS.items():
        for word in words:
            out.append((dtype, norm(word), INSIDE_WORD, False))
    out.sort(key=lambda t: -len(t[1]))
    return out


_CUES = _cue_table()
_STOP_HEADINGS = tuple(norm(h) for h in (*cs_att.HEADINGS, *cs.AGENDA_HEADINGS))


@dataclass(slots=True)
class _Hit:
    dtype: str
    cue: str
    line: Line
    index: int
    score: float
    fuzzy: bool = False


def title_area(doc: TextDocument) -> list[Line]:
    """The first lines of page 1 up to the first attendance list or programme."""
    first_page = min((ln.page for ln in doc.lines), default=1)
    out: list[Line] = []
    for ln in doc.lines:
        if ln.page != first_page or len(out) >= TITLE_AREA_LINES:
            break
        n = norm(ln.text)
        if out and any(n.startswith(h) for h in _STOP_HEADINGS if len(h) > 3):
            break
        if len(out) >= 3 and _LIST_ITEM.match(ln.text) and not _MEETING_ORDINAL.match(ln.text):
            break
        out.append(ln)
    return out


def _line_hits(ln: Line, index: int, biggest: float, body_size: float) -> list[_Hit]:
    n = norm(ln.text)
    start = norm(_NUMBERING.sub("", despace(ln.text)))
    hits = []
    bonus = 0.0
    if ln.size and ln.size >= biggest - 0.1 and ln.size > body_size + 0.5:
        bonus += 4.0
    if ln.bold:
        bonus += 1.0
    for dtype, cue, nwords, start_only in _CUES:
        at_start = start == cue or start.startswith(cue + " ")
        inside = not start_only and nwords >= 2 and re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", n) is not None
        if at_start or inside:
            score = cs.TYPE_PRIORITY[dtype] + bonus - 0.3 * index + (0.5 if at_start else 0.0)
            hits.append(_Hit(dtype, cue, ln, index, score))
    return hits


def _pair_hits(area: list[Line], biggest: float, body_size: float) -> list[_Hit]:
    """A title word alone on its line, continued below ("OZNÁMENÍ" / "o konání zasedání …"): the
    multi-word cues of the two lines read together."""
    out = []
    for i, ln in enumerate(area[:-1]):
        if len(norm(ln.text).split()) > 2:
            continue
        joined = Line(text=f"{ln.text.strip()} {area[i + 1].text.strip()}", page=ln.page, size=ln.size, bold=ln.bold)
        out += [h for h in _line_hits(joined, i, biggest, body_size) if len(h.cue.split()) >= 2]
    return out


READABLE_BELOW = GARBLED_AT * 0.6  # a title area this readable is matched exactly, never approximately


def _fuzzy_hits(lines: list[Line], doc: TextDocument | None = None) -> list[_Hit]:
    """Approximate matches of multi-word cues for garbled text layers ("informace o kon6ni").
    Only where the text reads badly: in readable Czech "ustanovení z" is no "usnesení z"."""
    if doc is not None:
        sample = garble_score(" ".join(ln.text for ln in doc.lines[:40]))
        if sample.judged and sample.score < READABLE_BELOW:
            return []
    joined = [norm(ln.text) for ln in lines]
    hits = []
    for i, ln in enumerate(lines):
        text = " ".join(joined[i:i + 2])
        words = text.split()
        for dtype, cue, nwords, start_only in _CUES:
            if nwords < 2 or start_only or nwords == INSIDE_WORD:
                continue  # single words are too easy to hit by accident in garbled text
            for k in range(max(1, len(words) - nwords + 1)):
                window = " ".join(words[k:k + nwords])
                if abs(len(window) - len(cue)) > 3:
                    continue
                sm = SequenceMatcher(None, window, cue)
                if sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8 and sm.ratio() >= 0.8:
                    hits.append(_Hit(dtype, cue, ln, i, cs.TYPE_PRIORITY[dtype] - 0.3 * i - 1.0, fuzzy=True))
                    break
    return hits


def _starts_regex(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("^(?:" + "|".join(re.escape(norm(c)) for c in sorted(cues, key=len, reverse=True)) + ")")


_EV_ATTENDANCE = _starts_regex(tuple(cs_att.HEADINGS))
_EV_VOTES = _starts_regex(cs.VOTE_EVIDENCE)
_EV_RESOLUTIONS = _starts_regex(cs.RESOLUTION_EVIDENCE)
_EV_SIGNATURES = _starts_regex(cs.SIGNATURE_EVIDENCE)
_EV_PROGRAMME = _starts_regex(cs.PROGRAMME_EVIDENCE)
_EV_VOTE_RECORD = _starts_regex(cs.VOTE_RECORD_EVIDENCE)
_EV_MEETING = re.compile("|".join(re.escape(norm(c)) for c in cs.MEETING_WORDS_EVIDENCE))
_EV_CELL = re.compile("^(?:" + "|".join(sorted({re.escape(norm(w)) for k in ("yes", "no", "abstain")
                                                   for w in cs_votes.COUNT_LABELS[k] if w not in cs_votes.WEAK_LABELS},
                                                  key=len, reverse=True)) + ")")


def starts_resolution(text: str) -> bool:
    """A line that opens a resolution ("Číslo: RM/1/1/2022", "Usnesení č. 12")."""
    return bool(_EV_RESOLUTIONS.match(norm(text)))


def _evidence(doc: TextDocument) -> dict[str, int]:
    """Counts of lines that start like attendance lists, votes, resolutions, signatures, a programme."""
    normed = [norm(ln.text) for ln in doc.lines]
    ev = {k: 0 for k in ("attendance", "votes", "resolutions", "signatures", "programme", "meeting_words",
                         "vote_numbers")}
    for i, (ln, n) in enumerate(zip(doc.lines, normed)):
        ev["attendance"] += bool(_EV_ATTENDANCE.match(n))
        ev["votes"] += bool(_EV_VOTES.match(n)) or bool(ln.cells and any(_EV_CELL.match(norm(c)) for c in ln.cells))
        ev["resolutions"] += bool(_EV_RESOLUTIONS.match(n))
        ev["signatures"] += bool(_EV_SIGNATURES.match(n))
        ev["programme"] += bool(_EV_PROGRAMME.match(n))
        ev["vote_numbers"] += bool(_EV_VOTE_RECORD.match(n))
        ev["meeting_words"] += i < 40 and bool(_EV_MEETING.search(n))
    return ev


def title_index(doc: TextDocument, area: list[Line] | None = None) -> int | None:
    """Index (into ``title_area``) of the line that names the document ("Zápis ze 4. jednání …")."""
    area = title_area(doc) if area is None else area
    sizes = [ln.size for ln in doc.lines if ln.page == (area[0].page if area else 1) and ln.size]
    biggest = max(sizes, default=0.0)
    body_size = sorted(sizes)[len(sizes) // 2] if sizes else 0.0
    hits = [h for i, ln in enumerate(area) for h in _line_hits(ln, i, biggest, body_size)] or _fuzzy_hits(area, doc)
    if hits:
        meeting_like = [h for h in hits if h.dtype != "other"] or hits
        return max(meeting_like, key=lambda h: h.score).index
    big = [i for i, ln in enumerate(area) if ln.size and ln.size >= biggest - 0.1 and ln.size > body_size + 0.5]
    return big[0] if big else None


def classify(doc: TextDocument) -> Classification:
    """The document type as ``Classification(reason, cues)``; the type is ``cues[0]``'s type."""
    area = title_area(doc)
    sizes = [ln.size for ln in doc.lines if ln.page == (area[0].page if area else 1) and ln.size]
    biggest = max(sizes, default=0.0)
    body_size = sorted(sizes)[len(sizes) // 2] if sizes else 0.0
    hits = [h for i, ln in enumerate(area) for h in _line_hits(ln, i, biggest, body_size)]
    hits += _pair_hits(area, biggest, body_size)
    if not hits:
        hits = _fuzzy_hits(area, doc)
    ev = _evidence(doc)
    ev_text = ", ".join(f"{k}={v}" for k, v in ev.items() if v)
    if hits:
        best = max(hits, key=lambda h: h.score)
        meeting_like = [h for h in hits if h.dtype != "other"]
        if best.dtype == "other" and meeting_like:
            # "Střednědobý výhled rozpočtu" under "Zpráva pro jednání ZMO": the subject of a
            # report or resolution, not the kind of the document
            best = max(meeting_like, key=lambda h: h.score)
        how = "approximately (garbled text)" if best.fuzzy else ""
        reason = (f"{best.dtype}: title line {best.index + 1} {best.line.text.strip()[:80]!r} has the cue "
                  f"{best.cue!r} {how}".strip())
        cues = [best.dtype, best.cue] + sorted({h.cue for h in hits if h.cue != best.cue})
        return Classification(reason=reason + (f"; body evidence: {ev_text}" if ev_text else ""), cues=cues)
    if ev["vote_numbers"] >= 2 and ev["votes"] >= ev["vote_numbers"] and not ev["programme"]:
        dtype, why = "vote_record", "numbered votes with their counts and no programme (a voting system's export)"
    elif ev["attendance"] and (ev["votes"] or ev["resolutions"] or ev["signatures"]):
        dtype, why = "minutes", "attendance list with votes/resolutions/signatures"
    elif ev["attendance"] and ev["programme"]:
        dtype, why = "minutes", "attendance list and a programme"
    elif ev["resolutions"] >= 2 and not ev["attendance"]:
        dtype, why = "resolutions", "numbered resolutions without attendance"
    elif ev["programme"] and ev["meeting_words"] and not ev["votes"]:
        dtype, why = "invitation", "a programme and the time and place of a meeting, no votes"
    else:
        dtype, why = "other", "no title cue and no meeting structure"
    return Classification(reason=f"{dtype}: {why}" + (f" (body evidence: {ev_text})" if ev_text else ""),
                          cues=[dtype])


def apply(doc: TextDocument, m: Minutes) -> None:
    if not doc.lines:
        m.document_type = "other"
        m.classification = Classification(reason="other: the document has no text", cues=["other"])
        return
    c = classify(doc)
    m.document_type = c.cues[0]  # type: ignore[assignment]
    m.classification = c
