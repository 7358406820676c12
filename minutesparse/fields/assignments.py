"""Tasks a resolution assigns: "ukládá X <infinitive> …", "pověřuje X zajistit …", a request
"žádá X o …", a lead "ukládá:" over numbered points ("1. místostarostovi připravit …"), and its
execution duties ("Zodpovídá: X  Termín: D", "Z: / T:"), which complete those tasks or, with no
assignment in the wording, make the resolution itself a task.

The wording of a resolution quoted for another body ("doporučuje ZM přijmout následující
usnesení: … ukládá starostovi …") assigns nothing.  Words come from ``lang.cs.decisions``.
"""

from __future__ import annotations

import re

from minutesparse.document import Line
from minutesparse.fields import resolutions as rs
from minutesparse.fields import tasks as tk
from minutesparse.fields.phrases import phrase_alternation
from minutesparse.fields.wording import TRAILING_MARKS, Wording
from minutesparse.lang.cs import decisions as cs
from minutesparse.schema import Resolution, Task

TASK_ACTIONS = set(cs.TASK_ACTIONS) | set(cs.TASK_ACTIONS_WITH_INFINITIVE)
_REQUESTS = set(cs.TASK_ACTIONS_REQUEST)
_TRAILING_AND = re.compile(rf"[\s,;]*(?:(?<![\w])(?:{phrase_alternation(cs.AND_WORDS)}))?[\s,;]*$", re.IGNORECASE)


def apply_duty(task: Task, duty: tk.Duty) -> None:
    """Fill what a duty line states and the task does not ("Zodpovídá: X", "Termín: D")."""
    if duty.responsible and not task.assignees:
        task.assignees = tk.parse_parties(duty.responsible)
    if duty.deadline and not task.deadline:
        task.deadline = duty.deadline
    if duty.deadline_text and not task.deadline and not task.deadline_text:
        task.deadline_text = duty.deadline_text


def resolution_tasks(resolution: Resolution, res: Wording, lines: list[Line], year: int | None) -> list[Task]:
    """The tasks of ``resolution`` (read from ``res``); also fills its ``responsible`` and
    ``deadline`` from the duty lines."""
    made: list[tuple[str | None, Task]] = []  # (part label, task)
    for chunk in res.chunks():
        label, subs, idx = chunk.label, chunk.subs, chunk.idx
        clause = rs.own_wording(chunk.text)  # not the tasks of a resolution quoted for another body
        page = lines[idx[0]].page if idx else resolution.page
        for v in rs.find_verbs(clause):
            if v.action in _REQUESTS:
                rq = tk.split_request(clause[v.end:])
                if rq:
                    made.append((label, _task(year, resolution, rq.assignees, rq.text, page,
                                                   f"{clause[v.start:v.end]} {rq.assignees} {rq.text}")))
                continue
            if v.action not in TASK_ACTIONS:
                continue
            after = clause[v.end:]
            if label is None and not after.strip(" :") and res.parts and not subs:
                # "Zastupitelstvo obce ukládá:" / "1. místostarostovi připravit …" / "2. starostce …"
                for p in res.parts:
                    psa = tk.split_assignment(p.text())
                    if psa:
                        ppage = lines[p.idx[0]].page if p.idx else page
                        made.append((p.label, _task(year, resolution, psa.assignees, psa.text, ppage,
                                                         f"{clause[v.start:v.end]} {psa.assignees} {psa.text}")))
                continue
            nxt = [w for w in rs.find_verbs(after) if w.action not in TASK_ACTIONS]
            if nxt and nxt[0].start > 20:  # up to the next decision verb ("… a schvaluje …")
                after = _TRAILING_AND.sub("", after[: nxt[0].start])
            sa = tk.split_assignment(after)
            verb = clause[v.start:v.end]
            if subs and len(after.split()) <= 12 and not sa:
                # "Ukládá starostovi obce: 1. zajistit …; 2. doručit …" or "Ukládá: a) radě, aby …"
                for sub_label, s in subs:
                    ssa = None if after.strip(" :") else tk.split_assignment(s)
                    who, what = (ssa.assignees, ssa.text) if ssa else (after.strip(" :") or None, s)
                    made.append((sub_label, _task(year, resolution, who, what, page, f"{verb} {after.strip()} {s}")))
                continue
            if sa:
                made.append((label, _task(year, resolution, sa.assignees, sa.text, page,
                                               f"{verb} {sa.assignees} {sa.text}")))
            elif after.strip() and v.action in cs.TASK_ACTIONS:
                made.append((label, _task(year, resolution, None, after.strip(), page, f"{verb} {after.strip()}")))
    for _, d in res.duties:
        if d.responsible:
            for party in tk.parse_parties(d.responsible):
                if party not in resolution.responsible:
                    resolution.responsible.append(party)
        resolution.deadline = resolution.deadline or d.deadline
        if not resolution.deadline:
            resolution.deadline_text = resolution.deadline_text or d.deadline_text
    if res.duties:
        duty_lines = [k for k in range(res.start, res.end) if tk.parse_duty(lines[k].text, year)]
        if made:
            for task_label, t in made:
                own = [d for lab, d in res.duties if lab is not None and lab == task_label]
                for d in own or [d for lab, d in res.duties if lab is None or len(made) == 1]:
                    apply_duty(t, d)
        else:
            made.append((None, Task(item=resolution.item, resolution=resolution.number,
                                    assignees=list(resolution.responsible), text=resolution.text,
                                    deadline=resolution.deadline, deadline_text=resolution.deadline_text,
                                    raw="\n".join(lines[k].text for k in duty_lines),
                                    page=lines[duty_lines[0]].page if duty_lines else resolution.page)))
    return [t for _, t in made]


def heading_tasks(resolution: Resolution, res: Wording, lines: list[Line], year: int | None, action: str) -> list[Task]:
    """A point whose verb is its heading's ("III. ukládá:" / "3/7 starostovi obce zajistit …")."""
    if action not in TASK_ACTIONS:
        return []
    sa = tk.split_assignment(tk.strip_duty_text(resolution.text))
    if not sa:
        return []
    task = _task(year, resolution, sa.assignees, sa.text, resolution.page, f"{action} {sa.assignees} {sa.text}")
    for _, d in res.duties:
        apply_duty(task, d)
    return [task]


def _task(year: int | None, resolution: Resolution, who: str | None, text: str, page: int, raw: str) -> Task:
    text = " ".join(text.split())
    deadline, dtext = tk.find_deadline(text.rstrip(TRAILING_MARKS + ";,"), year)  # "k 31. 12." keeps its dot
    text = text.rstrip(TRAILING_MARKS + ";,.")
    return Task(item=resolution.item, resolution=resolution.number,
                assignees=tk.parse_parties(who) if who else [], text=text,
                deadline=deadline, deadline_text=dtext, raw=" ".join(raw.split()), page=page)
