"""The wording of one resolution as it is read, line by line.

A ``Wording`` holds the lead text ("Rada města Litovel" / "Zastupitelstvo obce Čerčany:")
and the parts that follow it — a) b) / A) B) / I. II. / 1. 2. — each with its own
sub-parts ("1. a) nájem …"), plus the line indices everything came from, so that
``decisions`` can give pages and raw text.  Part labels are recognised only in sequence
(b after a, II after I), so "V. Prachař" or "3. patro" in prose are not taken for parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutesparse.fields import resolutions as rs
from minutesparse.fields import tasks as tk
from minutesparse.schema import ResolutionPart

TRAILING_MARKS = " \t\n•▪·◦‣-–—"
SENTENCE_END = re.compile(r"[.!?:;“”\"]\s*$")


@dataclass
class Part:
    label: str
    style: str  # "a)", "1.", "I." … (style[-1] is the punctuation as written)
    index: int  # position in its sequence (a = 0)
    lines: list[str] = field(default_factory=list)
    subs: list[Part] = field(default_factory=list)
    sub_style: str | None = None
    idx: list[int] = field(default_factory=list)  # line indices

    @property
    def lead(self) -> str:
        return " ".join(self.lines).strip()

    def text(self) -> str:
        out = self.lead
        for s in self.subs:
            out += ("\n" if out else "") + f"{s.label}{s.style[-1]} {s.text()}"
        return out

    def split_nested_first(self) -> None:
        """"1. a) nájem …" (a sub-label right after the label) -> part 1 with sub-part a."""
        if self.lines and not self.subs:
            pl = rs.part_label(self.lines[0])
            if pl and pl.index == 0 and pl.style != self.style:
                self.sub_style = pl.style
                self.subs.append(Part(pl.label, pl.style, 0, [self.lines[0][pl.end:].strip()] + self.lines[1:],
                                      idx=list(self.idx)))
                self.lines = []


@dataclass
class Chunk:
    """A clause that may assign tasks: the lead or one part, with its sub-items."""

    label: str | None
    text: str
    subs: list[tuple[str, str]]  # (composite label, text)
    idx: list[int]


@dataclass
class Wording:
    start: int  # line index of the label (or of the first line)
    number: str | None
    proposal: bool = False
    confirmed: bool = False
    parenthesized: bool = False
    subject_seen: bool = False
    pre: list[int] = field(default_factory=list)  # lines before the body's name (a title)
    lead: list[str] = field(default_factory=list)
    lead_idx: list[int] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    text_lines: list[int] = field(default_factory=list)
    votes: list[int] = field(default_factory=list)  # indices into Minutes.votes
    after_vote: bool = False
    duties: list[tuple[str | None, tk.Duty]] = field(default_factory=list)  # (part label, duty)
    end: int = 0
    item_hint: str | None = None  # "k bodu č. 7.4" in the cue line
    rejected: bool = False  # listed under "NEPŘIJATÉ NÁVRHY"
    vote_label: bool = False  # opened by "Výsledek hlasování o usnesení č. 41/2023": the vote may come first
    vote_first: bool = False  # its vote came before its wording
    pre_vote: int | None = None  # a vote right before the label, used when the wording gets no vote of its own

    @property
    def empty(self) -> bool:
        return not self.text_lines and not self.lead and not self.parts

    def current_label(self) -> str | None:
        if not self.parts:
            return None
        p = self.parts[-1]
        return p.label + (p.subs[-1].label if p.subs else "")

    # ------------------------------------------------------------------ reading
    def add_line(self, i: int, text: str) -> None:
        self.text_lines.append(i)
        pl = rs.part_label(text)
        if pl:
            # a list starts at a) / 1. — or anywhere right after a colon (a report quoting
            # parts 3–5), or on the wording's first line
            if not self.parts and (pl.index == 0 or (self.lead and self.lead[-1].rstrip().endswith(":"))
                                   or len(self.text_lines) == 1):
                self.parts.append(Part(pl.label, pl.style, pl.index, [text[pl.end:].strip()], idx=[i]))
                return
            if self.parts:
                top = self.parts[-1]
                if pl.style == top.style and pl.index == top.index + 1:
                    self.parts.append(Part(pl.label, pl.style, pl.index, [text[pl.end:].strip()], idx=[i]))
                    return
                if pl.style != top.style and ((top.sub_style is None and pl.index == 0)
                                              or (pl.style == top.sub_style and top.subs
                                                  and pl.index == top.subs[-1].index + 1)):
                    top.sub_style = pl.style
                    top.subs.append(Part(pl.label, pl.style, pl.index, [text[pl.end:].strip()], idx=[i]))
                    top.idx.append(i)
                    return
        if self.parts:
            top = self.parts[-1]
            holder = top.subs[-1] if top.subs else top
            holder.lines.append(text)
            holder.idx.append(i)
            if holder is not top:
                top.idx.append(i)
        else:
            self.lead.append(text)
            self.lead_idx.append(i)

    def continues_after_vote(self, text: str) -> bool:
        """After a vote only the next part label (b), 2., II.) continues the wording."""
        top = self.parts[-1] if self.parts else None
        pl = rs.part_label(text)
        return pl is not None and top is not None and (
            (pl.style == top.style and pl.index == top.index + 1)
            or (pl.style == top.sub_style and bool(top.subs) and pl.index == top.subs[-1].index + 1))

    def next_listed_resolution(self, text: str) -> bool:
        """Numbered items that each name the body and its verb are separate resolutions
        (unless they share a number, as the points of "Usnesení č. 15/2018 Z", or follow
        "Návrh usnesení:" — one proposal with numbered points)."""
        if self.number is not None or self.proposal or self.lead or not self.parts:
            return False
        pl = rs.part_label(text)
        first = self.parts[0]
        if not pl or pl.style != first.style or pl.index != self.parts[-1].index + 1 or not first.lines:
            return False
        sv_new, sv_first = rs.subject_verb(text[pl.end:]), rs.subject_verb(first.lines[0])
        return bool(sv_new and sv_new.verb and sv_first and sv_first.verb)

    def drop_trailing_title(self, line_texts: list[str], max_lines: int = 3) -> None:
        """Lines just before "(usnesení č. …)" that do not end a sentence are the next
        resolution's title, not the end of this one's wording."""
        dropped = 0
        while self.text_lines and dropped < max_lines:
            text = line_texts[self.text_lines[-1]]
            if SENTENCE_END.search(text) or text.rstrip().endswith(","):
                break
            self.text_lines.pop()
            if self.parts:
                top = self.parts[-1]
                holder = top.subs[-1] if top.subs else top
                if holder.lines:
                    holder.lines.pop()
            elif self.lead:
                self.lead.pop()
            dropped += 1

    # ------------------------------------------------------------------ finishing
    def finish(self) -> None:
        """Settle the structure once the wording is complete."""
        if self.number is None and not self.lead and len(self.parts) == 1 and not self.parts[0].subs:
            sv = rs.subject_verb(self.parts[0].lead)
            if sv and sv.verb:  # one item of a list of resolutions: its label is no part
                self.lead, self.lead_idx, self.parts = self.parts[0].lines, self.parts[0].idx, []
        for p in self.parts:
            p.split_nested_first()

    def text(self) -> str:
        out = " ".join(self.lead).strip()
        for p in self.parts:
            out += ("\n" if out else "") + f"{p.label}{p.style[-1]} {p.text()}"
        return out.rstrip(TRAILING_MARKS)

    def schema_parts(self, voted_labels: set[str | None]) -> list[ResolutionPart]:
        """Top-level parts; a part whose sub-parts were voted on one by one becomes those
        sub-parts ("1a", "1b")."""
        out: list[ResolutionPart] = []
        for p in self.parts:
            if p.subs and voted_labels & {p.label + s.label for s in p.subs}:
                for s in p.subs:
                    body = (p.lead + " " if p.lead and s is p.subs[0] else "") + s.text()
                    out.append(_schema_part(p.label + s.label, body))
            else:
                out.append(_schema_part(p.label, p.text()))
        return out

    def chunks(self) -> list[Chunk]:
        out = [Chunk(None, " ".join(self.lead), [], self.lead_idx)] if self.lead else []
        for p in self.parts:
            out.append(Chunk(p.label, p.lead, [(p.label + s.label, s.text()) for s in p.subs], p.idx))
        return out


def _schema_part(label: str, text: str) -> ResolutionPart:
    text = text.strip().rstrip(",;").rstrip()
    sv = rs.subject_verb(text)  # "a) Rada městského obvodu schvaluje …"
    lv = sv.verb if sv and sv.verb else rs.leading_action(text, 2)
    return ResolutionPart(label=label, text=text, action=lv.action if lv else None)
