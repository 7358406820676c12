"""The state of the decisions pass and the questions all of its parts ask.

``decisions._Builder`` reads the body lines once; what it has read so far lives here: the
open wording and task, the cue that confirms the next wording, the section it is in (a
list of resolutions, rejected proposals, verb headings over numbered points), the votes
not yet linked, the wordings nothing confirmed, and where each resolution, vote and task
started (for ordering and for pairing a summary with the proceedings).  ``wording_bounds``
(where a wording starts and ends) and ``resolution_records`` (what a wording becomes)
extend it; ``decisions`` drives the pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from minutesparse.document import TextDocument
from minutesparse.fields import bodies, segment
from minutesparse.fields import cues as cu
from minutesparse.fields import tasks as tk
from minutesparse.fields.wording import Wording
from minutesparse.schema import Minutes, Resolution, Task


@dataclass
class TaskBlock:
    """An explicit task being read ("Úkol …" / "Úkoly:" and its lines)."""

    start: int
    cue: tk.TaskCue
    lines: list[str] = field(default_factory=list)
    duties: list[tk.Duty] = field(default_factory=list)
    end: int = 0
    raw: str | None = None  # one item of a list of tasks


class DecisionState:
    def __init__(self, doc: TextDocument, m: Minutes):
        self.doc = doc
        self.m = m
        self.lines = segment.split_long_lines(doc.lines)
        numbered = m.document_type == "minutes"
        self.items = segment.assign_items(self.lines, m.agenda, numbered=numbered)
        self.heads = segment.item_headings(self.lines, m.agenda, numbered=numbered)
        self.titles = {it.number: it.title for it in m.agenda}
        self.hints: dict[int, str] = {}  # line index -> item named by an explicit reference
        self.paras = cu.paragraph_starts(self.lines)
        self.year = int(m.meeting.date[:4]) if m.meeting.date else None
        self.res: Wording | None = None
        self.task: TaskBlock | None = None
        self.pending_cue_until = -1
        self.is_list = m.document_type == "resolutions"
        self.rejected_section = False
        self.pending_item: str | None = None
        self.pending_proposal = False
        self.list_section = False  # after "Usnesení z 8. zasedání …": the meeting's resolutions follow
        self.loose_vote: tuple[int, int] | None = None  # (index into votes, line after it) of a vote with no wording
        self.dropped: list[Wording] = []  # wordings nothing confirmed (prose, or a document's only decisions)
        self.task_line: dict[int, int] = {}  # id(task) -> line it starts on (tasks are kept in reading order)
        self._last_block = -1  # the last line that opened or closed a block (a label, heading, vote)
        self._last_res_end = 0  # the line after the last resolution emitted
        self.group_actions: list[str] = []  # verbs of a heading over a group of numbered wordings
        self.awaiting: Wording | None = None  # a "Návrh usnesení:" wording whose vote may follow the discussion
        self.res_line: dict[int, int] = {}  # id(resolution) -> line its wording starts on
        self.res_tasks: dict[int, list[Task]] = {}  # id(resolution) -> the tasks it assigned
        self.vote_line: dict[int, int] = {}  # index into votes -> line the vote starts on
        self.group_mode = False  # under a verb heading ("I. schvaluje:") over bare-numbered points ("3/1 …")
        self.group_emitted: list[Resolution] = []  # the points read under verb headings so far

    def _item(self, i: int) -> str | None:
        """The agenda item of line ``i``: from the agenda headings, else the last explicit
        "K bodu 3" / "Číslo bodu: 3." before it."""
        item = self.items[i] if i < len(self.items) else None
        if item is None:
            for k in sorted(self.hints, reverse=True):
                if k <= i:
                    return self.hints[k]
        return item

    def _own_body(self, subject: str) -> bool:
        """Is ``subject`` the document's own body ("Komise doporučila …" in a commission's
        protocol), not another one whose decisions are narrated ("Rada města schválila loni …")?"""
        kind = self.m.body.kind
        found = bodies.find_bodies(subject)
        return kind is None or not found or found[0].kind == kind
