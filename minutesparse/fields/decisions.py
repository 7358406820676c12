"""Stage 'decisions': votes, resolutions and tasks, in one pass over the body lines.

Reading order of a typical body, and what each line becomes:

    3/ Strategie služeb bezpečnosti …        item heading (segment.py): later lines are item "3"
    … přijala komise následující usnesení:   cue: the next wording is a resolution
    Usnesení č. 12/2024/RM  /  Číslo: RM/1/1/2022  /  (usnesení č. 8/2018 R)   label: opens a resolution
    Komise Smart City doporučuje radě …      wording (from the body's name), parts a) b) / A) / I. / 1.
    PŘÍTOMNO: PRO: … / 5 5 0 0 0 Přijato     vote (votes.py): linked to the open resolution and part
    Zodpovídá: Ing. P. Hojgr  Termín: …      duty (tasks.py): the resolution's responsible and deadline
    Úkol pro náměstky J. Šolce …: …          task (tasks.py)
    Zapsala: … / … v. r.                     end of every open block

A resolution without a number is kept only when something confirms it: a cue line
before it, a vote after it, a document that is a list of resolutions, or a section of the
minutes that lists them ("Usnesení z 8. zasedání …").  After a vote, only the next part
label (b), 2., II.) continues the resolution; anything else closes it (the next lines are a
title, a task or prose).  A wording nothing confirms ends with its sentence; its tasks are
kept ("Kontrolní výbor ukládá svému členovi …"), and when the document has no resolution at
all, its own body's decisions in prose become its resolutions ("Komise doporučila …").

Where the vote stands relative to its wording varies between municipalities, and all of
these are read: after the wording (the usual case); before the label ("Hlasování: 13 – 0 – 0"
/ "Usnesení č. 3/1/2024: ZM schvaluje …"); inside the label ("Výsledek hlasování o usnesení
č.: 41/2023" / counts / wording); and with the number after the vote ("Rada města" / "volí"
/ wording / "Pro: 4 …" / "Usnesení č.: 702").  A text layer without line breaks (one
paragraph) is first cut before labels and vote cues (``segment.split_long_lines``).

This module is the pass itself (what each line does to the open blocks).  Its state and
the questions every part asks are ``decision_state``; where a wording starts and ends,
``wording_bounds``; what a finished wording or task block becomes (Resolution and Task
records, and the post-passes over them), ``resolution_records``.
"""

from __future__ import annotations

import re

from minutesparse.document import TextDocument
from minutesparse.fields import assignments, segment
from minutesparse.fields import cues as cu
from minutesparse.fields import resolutions as rs
from minutesparse.fields import tasks as tk
from minutesparse.fields import votes as vt
from minutesparse.fields.decision_state import TaskBlock
from minutesparse.fields.phrases import fold
from minutesparse.fields.resolution_records import ResolutionRecords
from minutesparse.fields.vote_words import counter_proposal
from minutesparse.fields.wording import SENTENCE_END, Wording
from minutesparse.fields.wording_bounds import WordingBounds
from minutesparse.schema import Minutes

# lines of discussion a proposal's wording may wait for its vote ("Návrh usnesení: …" /
# "Diskuze zahájena …" / "K tomuto bodu se vyjádřili …" / "Hlasování …")
_AWAIT_LINES = 12


class _Builder(WordingBounds, ResolutionRecords):
    """The pass over the body lines (see the module docstring for the reading order)."""

    # ------------------------------------------------------------------ the pass
    def run(self) -> None:
        lines = self.lines
        i = 0
        while i < len(lines):
            t = lines[i].text.strip()
            ref = segment.explicit_item(t)
            if ref and i not in self.heads:
                self.close_all(i, boundary=True)
                self.hints[i] = ref  # "Číslo bodu: 3." / "K bodu 3:" without a parsed agenda
                rest = segment.heading_rest(t, "")
                if rest:
                    self.inline_text(i, rest)
                i += 1
                continue
            if i in self.heads:
                self.group_actions = []
                self.close_all(i, boundary=True)
                rest = segment.heading_rest(t, self.titles.get(self.heads[i], ""))
                if rest:  # "K bodu 1: Výbor zkontroloval …" — the heading line carries content
                    self.inline_text(i, rest)
                i += 1
                continue
            lm = rs.match_label(t, after_title=self._after_title(i))
            if lm and not lm.rest and self._wrapped_reference(i, t):
                lm = None  # "… O PLNĚNÍ" / "USNESENÍ Č. 7/4/2022." — the end of a sentence, not a label
            if lm and self._number_after(lm, i):
                i += 1
                continue
            if lm and rs.label_in_prose(lm.rest):
                lm = None  # "Usnesení č. 3/9/2024 ze dne 12. 9. 2024 obsahovalo chybnou výši dotace."
            if lm and lm.vote and (self._number_voted(lm) or vt.parse_vote_text(lm.rest, context=True)):
                lm = None  # "Hlasování o usnesení č. 5: pro 7 …": the vote of the open wording
            if lm:
                self.open_numbered(i, lm)
                i += 1
                continue
            vh = rs.verb_heading(t)
            if vh and i + 1 < len(lines) and rs.bare_numbered(lines[i + 1].text):
                self._enter_group(i, vh)
                i += 1
                continue
            bn = rs.bare_numbered(t) if self.group_mode else None
            if bn:
                self.open_numbered(i, bn)
                i += 1
                continue
            vf = vt.scan_vote(lines, i)
            if vf:
                if vf.prefix:
                    self.text_line(i, vf.prefix)
                self.add_vote(vf)
                i = vf.end
                continue
            if cu.is_block_end(t) and not self._title_after_label(t):
                self.group_actions = []
                self.close_all(i)
                i += 1
                continue
            if cu.REJECTED.match(t) or cu.ADOPTED.match(t):
                self.close_all(i)
                self.rejected_section = bool(cu.REJECTED.match(t))
                i += 1
                continue
            duty = tk.parse_duty(t, self.year)
            if duty:
                self.add_duty(i, duty)
                i += 1
                continue
            tc = tk.match_task_cue(t)
            if tc:
                self.close_all(i)
                self.task = TaskBlock(i, tc, [tc.text] if tc.text else [], end=i + 1)
                i += 1
                continue
            if cu.SECTION.match(t) and t[:1].isupper() and len(t.split()) <= 20 and not t.rstrip().endswith((",", ";")):
                self.close_all(i)
                self.list_section = True  # "Usnesení z 8. zasedání Zastupitelstva obce …"
                if t.rstrip().endswith(":"):
                    self.pending_cue_until = i + 3
                i += 1
                continue
            cue = cu.cue_rest(t)
            if cue is not None and not self._inside_sentence(i, t):
                self.close_all(i)
                self.pending_cue_until = i + 3
                self.pending_proposal = bool(cu.PROPOSAL.search(t))
                self.pending_item = segment.item_reference(t)
                if cue:
                    self.start_unnumbered(i, cue, confirmed=True)
                    self.pending_cue_until = -1
                i += 1
                continue
            rv = vt.result_only_vote(lines, i)
            if rv and (self.res is not None or self.task is None):
                self.add_vote(rv)
                i += 1
                continue
            self.text_line(i, t)
            i += 1
        self.close_all(len(lines))
        self._flush_awaiting()
        self._finish_dropped()
        self._merge_summary()
        order = {id(r): self.task_line.get(id(r), 0) for r in self.m.tasks}
        self.m.tasks.sort(key=lambda t: order[id(t)])

    def inline_text(self, i: int, t: str) -> None:
        """Text that shares a line with something else (a heading): labels, cues, tasks, prose."""
        lm = rs.match_label(t)
        if lm and not self._number_after(lm):
            self.open_numbered(i, lm)
            return
        tc = tk.match_task_cue(t)
        if tc:
            self.task = TaskBlock(i, tc, [tc.text] if tc.text else [], end=i + 1)
            return
        rest = cu.cue_rest(t)
        if rest is not None:
            self.pending_cue_until = i + 3
            self.pending_proposal = bool(cu.PROPOSAL.search(t))
            if rest:
                self.start_unnumbered(i, rest, confirmed=True)
                self.pending_cue_until = -1
            return
        self.text_line(i, t)

    def _number_after(self, lm: rs.LabelMatch, i: int | None = None) -> bool:
        """"Usnesení č. 1/12/2024 bylo přijato." after a vote numbers the voted wording; so does
        a bare "Usnesení č.: 702" right after the vote when no wording follows it."""
        res = self.res
        if (not lm.rest and i is not None and res is not None and res.number is None and res.votes
                and res.after_vote and i == res.end and not self._next_starts_wording(i)):
            res.number = lm.number
            for k in res.votes:
                self.m.votes[k].resolution = lm.number
            res.end = i + 1
            return True
        if not lm.rest or not vt.stated_result(lm.rest) or len(lm.rest.split()) > 6:
            return False
        if res is not None and res.number is None and res.votes:
            res.number = lm.number
            return True
        if (res is not None and res.number == lm.number) or (
                res is None and self.m.resolutions and self.m.resolutions[-1].number == lm.number):
            return True  # the result of a numbered wording repeated after its vote
        last = self.m.resolutions[-1] if self.m.resolutions else None
        if res is None and last is not None and last.number is None and last.vote is not None:
            last.number = lm.number
            for v in self.m.votes:
                if v is self.m.votes[last.vote]:
                    v.resolution = lm.number
            return True
        return False

    def _number_voted(self, lm: rs.LabelMatch) -> bool:
        """"Výsledek hlasování o usnesení č. 5/2024:" after an unnumbered wording numbers it."""
        res = self.res
        if res is not None and res.number is None and not res.empty and not res.votes:
            res.number = lm.number
            return True
        return False

    def _wording_before(self, start: int, reach: int = 3) -> Wording | None:
        """A vote with no wording open: the body's decision may start inside the lines just
        before it ("Tajné hlasování řídila komise. Akademický senát navrhuje prof. …" / "18 : 5 : 2")."""
        lo = max(self._last_block + 1, self._last_res_end, start - reach)
        for k in range(start - 1, lo - 1, -1):
            text = self.lines[k].text
            offsets = [m.end() for m in self._SENTENCE_START.finditer(text)]
            for off in reversed(offsets):
                sv = rs.subject_verb(text[off:])
                # the body's own decision in the present tense ("… navrhuje"), not a narrated one ("Rada navrhla …")
                if sv is not None and sv.verb is not None and self._own_body(sv.subject) \
                        and fold(text[off:][sv.verb.start:sv.verb.end]) == fold(sv.verb.action):
                    self.start_unnumbered(k, text[off:].strip(), confirmed=False)
                    for j in range(k + 1, start):
                        self.res_text(j, self.lines[j].text.strip())
                    return self.res
        return None

    # ------------------------------------------------------------------ resolutions
    def open_numbered(self, i: int, lm: rs.LabelMatch) -> None:
        group = self.group_mode and rs.bare_numbered(self.lines[i].text) is not None
        if lm.parenthesized and self.res and not self.res.votes:
            self.res.drop_trailing_title([ln.text for ln in self.lines])
        head = self.res
        if (head is not None and head.number is None and not head.votes and not head.parts and len(head.text_lines) == 1
                and self.lines[head.text_lines[0]].text.rstrip().endswith(":")):
            # "Zastupitelstvo projednalo a schválilo:" / "Usnesení č. 5/24" / "Závěrečný účet …": a heading
            # giving the verb of the numbered wordings below it
            self.group_actions = rs.find_actions(self.lines[head.text_lines[0]].text)
            self.res = None
        self.close_all(i, boundary=not group)
        self.res = Wording(i, lm.number, proposal=lm.proposal, confirmed=True, parenthesized=lm.parenthesized, end=i + 1,
                        rejected=self.rejected_section, vote_label=lm.vote)
        if self.loose_vote and self.loose_vote[1] == i and (lm.rest or self._next_starts_wording(i)):
            self.res.pre_vote = self.loose_vote[0]  # the vote came first, the label and wording after it
            self.res.vote_first = True
        self.loose_vote = None
        if group:
            self.res.subject_seen = True  # the body is the one over the verb headings
        if lm.rest:
            self.res_text(i, lm.rest)

    def start_unnumbered(self, i: int, text: str, confirmed: bool) -> None:
        self.close_all(i, boundary=True)
        self.res = Wording(i, None, proposal=self.pending_proposal and confirmed,
                        confirmed=confirmed or self.is_list or self.list_section or self.rejected_section, end=i + 1,
                        item_hint=self.pending_item if confirmed else None, rejected=self.rejected_section)
        self.res_text(i, text)

    def res_text(self, i: int, text: str) -> None:
        res = self.res
        assert res is not None
        if not res.subject_seen:
            sv = rs.subject_verb(text)
            if sv:
                res.subject_seen = True
                res.pre.clear()
            elif (not res.lead and not res.parts and rs.part_label(text) is None and not rs.leading_action(text, 3)
                  and len(res.pre) < 4 and res.number is not None):
                res.pre.append(i)  # a title between the label and the body's name
                res.end = i + 1
                return
            if res.pre and not sv:
                pre, res.pre = res.pre, []
                for k in pre:
                    self._add(res, k, self.lines[k].text.strip())
            res.subject_seen = True
        self._add(res, i, text)
        res.end = i + 1

    def _add(self, res: Wording, i: int, text: str) -> None:
        res.add_line(i, text)

    def text_line(self, i: int, t: str) -> None:
        if self.task is not None:
            if self._continues(i, self.task.end):
                self.task.lines.append(t)
                self.task.end = i + 1
                return
            self.close_task()
        res = self.res
        if res is not None and res.next_listed_resolution(t):
            confirmed = res.confirmed or bool(res.votes)  # a list whose previous member was voted on
            self.close_res()  # "1. ZO schvaluje …", "2. ZO bere na vědomí …": a list of resolutions
            self.start_unnumbered(i, t, confirmed=confirmed)
            return
        if res is not None and (res.vote_first or (res.number is None and not res.confirmed and not res.parts)) \
                and res.text_lines and SENTENCE_END.search(self.lines[i - 1].text) and (t[:1].isupper() or t[:1].isdigit()) \
                and not self.lines[i - 1].text.rstrip().endswith(":") and not res.continues_after_vote(t):
            # a wording whose vote came first, or that nothing confirms yet, ends with its sentence
            self.close_res()
            res = None
        if res is not None:
            if res.after_vote:
                if res.continues_after_vote(t):
                    res.after_vote = False
                    self.res_text(i, t)
                    return
                self.close_res()
            elif res.number is None and (res.lead or res.parts) and self._starts_wording(i, t) \
                    and SENTENCE_END.search(self.lines[i - 1].text) and not res.continues_after_vote(t):
                self.close_res()  # a new unnumbered wording right after the previous one
            else:
                cut = self._present_restart(res, t)
                if cut is not None:  # "Komise projednala žádost … bydlení. Komise doporučuje Radě …"
                    self.close_res()
                    self.start_unnumbered(i, t[cut:].strip(), confirmed=False)
                    return
                if res.parts:
                    res.parts[-1].split_nested_first()
                self.res_text(i, t)
                return
        pending = i <= self.pending_cue_until
        if self._starts_wording(i, t):
            self.start_unnumbered(i, t, confirmed=pending)
            self.pending_cue_until = -1
            return
        if pending and (rs.leading_action(t, 3) or rs.part_label(t)):
            self.start_unnumbered(i, t, confirmed=True)
            self.pending_cue_until = -1

    # ------------------------------------------------------------------ votes, duties
    def add_vote(self, vf: vt.VoteFound) -> None:
        if self.task is not None:
            self.close_task()
        res = self.res
        if res is not None and res.pre and not res.text_lines:
            pre, res.pre = res.pre, []
            for k in pre:
                self._add(res, k, self.lines[k].text.strip())
        idx = len(self.m.votes)
        item = self._item(vf.start)
        att = self.m.attendance
        present = att.present_count if att.present_count is not None else (len(att.present) or None)
        if att.movements:
            present = None
        vote = vt.to_vote(vf, item=item, resolution=res.number if res else None,
                          part=res.current_label() if res else None,
                          total_members=att.total_members, present=present)
        self.m.votes.append(vote)
        self.vote_line[idx] = vf.start
        self.loose_vote = None
        if res is not None and res.empty and res.number is not None and res.vote_label and not res.votes:
            # "Výsledek hlasování o usnesení č.: 41/2023" / "pro 13, proti 0, …" / then the wording
            res.votes.append(idx)
            res.vote_first = True
            res.end = vf.end
            return
        if res is None and self.awaiting is not None and not counter_proposal(vf.raw):
            if self.awaiting.end >= vf.start - _AWAIT_LINES and self._item(self.awaiting.start) == item:
                # "Návrh usnesení: ZM schvaluje …" / discussion / "Hlasování …": the proposal's vote
                res = self.res = self.awaiting
                self.awaiting = None
            else:
                self._flush_awaiting()
        if res is None and self.dropped and not self.dropped[-1].votes and self.dropped[-1].end >= vf.start - 3 \
                and self.dropped[-1].start > self._last_block:
            # "Rada schvaluje … smlouvu." / "Smlouva bude uzavřena …" / "Hlasování: …": the vote confirms it
            res = self.res = self.dropped.pop()
        if res is None:
            res = self._wording_before(vf.start)
        if res is None:
            self.loose_vote = (idx, vf.end)
        if res is not None:
            if res.empty and res.number is None:
                self.res = None  # a cue without wording: the vote stands alone
                self.loose_vote = (idx, vf.end)
            else:
                res.votes.append(idx)
                res.after_vote = True
                res.end = vf.end
                for k in range(vf.start + 1, vf.end):  # "Usnesení č. 3/12/2024 bylo přijato."
                    lm = rs.match_label(self.lines[k].text)
                    if lm:
                        self._number_after(lm)

        if self.group_mode:
            self.close_res()  # "Hlasování o usnesení: pro 9 …" after the points decides all of them
            result = self.m.votes[idx].result
            for r in self.group_emitted:
                if r.vote is None:
                    r.vote = idx
                    r.adopted = {"passed": True, "failed": False}.get(result or "", r.adopted)
            self.m.votes[idx].resolution = None
            self.group_mode = False
            self.group_emitted = []

    def add_duty(self, i: int, duty: tk.Duty) -> None:
        if self.task is not None and (i == self.task.end or i == self.task.end + 1):
            self.task.duties.append(duty)
            self.task.end = i + 1
            return
        if self.res is not None:
            self.res.duties.append((self.res.current_label(), duty))
            self.res.end = i + 1
            return
        if self.m.tasks and self.m.tasks[-1].page == self.lines[i].page:  # a duty under the last task
            last = self.m.tasks[-1]
            assignments.apply_duty(last, duty)

    # ------------------------------------------------------------------ closing
    def close_all(self, i: int, *, boundary: bool = False) -> None:
        """Close the open task and wording; at a ``boundary`` (an item heading, a label, a new
        wording) a proposal still waiting for its vote is given up too."""
        self.close_task()
        self.close_res()
        if boundary:
            self._flush_awaiting()
            self.group_mode = False
        self._last_block = max(self._last_block, i)

    def _enter_group(self, i: int, action: str) -> None:
        """"Zastupitelstvo obce Velký Luh" / "I. schvaluje:" / "3/1 program …" / "3/2 …": each
        point is a resolution of its own with the heading's verb; the body's name over the
        headings is no resolution."""
        res = self.res
        if res is not None and res.number is None and not res.votes and not rs.find_actions(res.text()):
            self.res = None  # the body's name over the verb headings
        self.close_all(i)
        self.group_actions = [action]
        self.group_mode = True

    def _flush_awaiting(self) -> None:
        res, self.awaiting = self.awaiting, None
        if res is not None:
            self._emit(res)

    def close_res(self) -> None:
        res = self.res
        self.res = None
        if res is None:
            return
        if res.pre and not res.text_lines:
            for k in res.pre:
                self._add(res, k, self.lines[k].text.strip())
            res.pre = []
        if not res.text_lines:
            if res.number:
                self.m.warn("resolution_empty", f"resolution {res.number} has no wording",
                            self.lines[res.start].page)
            return
        if not res.votes and res.pre_vote is not None:
            res.votes.append(res.pre_vote)  # "Hlasování: 13 – 0 – 0" right before "Usnesení č. 3/4/2024: ZM schvaluje …"
        if not res.confirmed and not res.votes:
            self.dropped.append(res)  # prose that only looked like a resolution (see _finish_dropped)
            return
        self._flush_awaiting()
        if res.proposal and not res.votes and res.number is None:
            self.awaiting = res  # its vote may come after the discussion (see add_vote)
            return
        self._emit(res)

    # ------------------------------------------------------------------ tasks in resolutions

    # ------------------------------------------------------------------ a summary and the proceedings


def apply(doc: TextDocument, m: Minutes) -> None:
    _Builder(doc, m).run()
    # references need every number of the document (its numbering scheme) first
    shapes = {rs.number_shape(r.number) for r in m.resolutions if r.number and re.search(r"[^\W\d_]", r.number)}
    for r in m.resolutions:
        r.references = rs.find_references(r.text, shapes, own=r.number)
