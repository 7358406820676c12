"""Where a resolution's wording starts and ends in the lines of minutes.

Questions the decisions pass asks about the lines around the open wording: does this line
start a wording ("Rada města Litovel schvaluje …", "Rada města" over "volí", "1. AS schválil
…"), continue the previous paragraph, restart in the present tense after a narrated sentence
("Komise projednala … Komise doporučuje …"), stand inside a sentence, or is it a title
under a label ("Různé – revokace")?  Read-only: no record is made here.
"""

from __future__ import annotations

import re

from minutesparse.fields import cues as cu
from minutesparse.fields import resolutions as rs
from minutesparse.fields.decision_state import DecisionState
from minutesparse.fields.phrases import fold, unspace
from minutesparse.fields.wording import SENTENCE_END, Wording


class WordingBounds(DecisionState):
    def _wrapped_reference(self, i: int, t: str) -> bool:
        res = self.res
        return (res is not None and bool(res.text_lines) and res.text_lines[-1] == i - 1 and not res.after_vote
                and not SENTENCE_END.search(self.lines[i - 1].text) and t.rstrip().endswith("."))

    _SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")

    def _present_restart(self, res: Wording, t: str) -> int | None:
        """Where a decision in the present tense starts inside ``t`` when the unconfirmed wording
        it would continue opened with a narrated one ("Komise projednala žádost …" / "… bydlení.
        Komise doporučuje Radě města …"): the offset of the new sentence, or None."""
        if res.number is not None or res.confirmed or res.parts or res.votes or not res.text_lines:
            return None
        sv = rs.subject_verb(self.lines[res.text_lines[0]].text)
        first = self.lines[res.text_lines[0]].text
        if sv is None or sv.verb is None or fold(first[sv.verb.start:sv.verb.end]) == fold(sv.verb.action):
            return None  # the wording itself is in the present tense
        for m in self._SENTENCE_START.finditer(t):
            rest = t[m.end():]
            nv = rs.subject_verb(rest)
            if nv is not None and nv.verb is not None and self._own_body(nv.subject) \
                    and fold(rest[nv.verb.start:nv.verb.end]) == fold(nv.verb.action):
                return m.end()
        return None

    def _title_after_label(self, t: str) -> bool:
        """"4. Usn. 213/2024/OSM" / "Různé – revokace" / wording: a heading word right under a
        label whose wording has not started is the resolution's title, not the end of a block."""
        res = self.res
        return (res is not None and res.number is not None and res.empty and not res.pre
                and cu.END_HEADING.match(t.strip()) is not None and not cu.END_MARK.search(t))

    def _inside_sentence(self, i: int, t: str) -> bool:
        """A line ending in "… (doplnění usnesení RM 811/29):" inside an open wording whose
        previous line does not end a sentence is part of that wording, not a cue."""
        if cu.CUE.match(t) or self.res is None or not self.res.text_lines or i == 0:
            return False
        return not SENTENCE_END.search(self.lines[i - 1].text)

    def _after_title(self, i: int) -> bool:
        """Right under an "USNESENÍ (zastupitelstva obce …)" title, outside any wording."""
        if self.res is not None and self.res.text_lines:
            return False
        for k in range(max(0, i - 2), i):
            t = unspace(self.lines[k].text).strip()
            if cu.USNESENI.match(t) and t[:1].isupper() and len(t.split()) <= 8:
                return True
        return False

    def _starts_wording(self, i: int, t: str) -> bool:
        """"Rada města Litovel schvaluje …", "Zastupitelstvo obce Čerčany:" + "a) schvaluje",
        "Rada města" + "volí" (the verb on a line of its own), "1. AS schválil program …"."""
        sv = rs.subject_verb(t)
        if sv is None:
            pl = rs.part_label(t)
            if pl is None or pl.style not in ("1.", "1)", "a)"):
                return False
            sv = rs.subject_verb(t[pl.end:])
            return bool(sv and sv.verb)
        return bool(sv.verb or t.endswith(":") or self._next_is_part_verb(i) or self._next_is_verb(i))

    def _next_is_verb(self, i: int) -> bool:
        """The line after a body's name is its verb alone ("Rada města" / "schvaluje" / …)."""
        if i + 1 >= len(self.lines):
            return False
        nxt = self.lines[i + 1].text.strip()
        return len(nxt.split()) <= 3 and rs.leading_action(nxt, 2) is not None and nxt[:1].islower()

    def _next_starts_wording(self, i: int) -> bool:
        """Does a resolution's wording start on the line after ``i``?"""
        if i + 1 >= len(self.lines):
            return False
        nxt = self.lines[i + 1].text.strip()
        pl = rs.part_label(nxt)
        if pl is not None and rs.leading_action(nxt[pl.end:], 2):
            return True
        return self._starts_wording(i + 1, nxt) or rs.leading_action(nxt, 1) is not None

    def _next_is_part_verb(self, i: int) -> bool:
        if i + 1 >= len(self.lines):
            return False
        nxt = self.lines[i + 1].text
        pl = rs.part_label(nxt)
        return bool(pl and pl.index == 0 and rs.leading_action(nxt[pl.end:], 2))

    def _continues(self, i: int, end: int) -> bool:
        """Does line ``i`` continue the paragraph that ended at line ``end - 1``?"""
        if i != end:
            return False
        if i in self.paras:
            return False
        prev = self.lines[i - 1].text.rstrip()
        t = self.lines[i].text.lstrip()
        if rs.part_label(t) or rs.subject_verb(t):
            return False
        return not prev.endswith((".", "!", "?")) or t[:1].islower()
