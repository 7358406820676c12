"""What the decisions pass makes of what it read: Resolution and Task records.

- ``_emit``: a finished wording becomes a ``Resolution`` — its actions (the lead's and each
  part's verbs, a passive first clause, or a heading's verb), parts, adoption (from its
  vote or votes, a rejected-proposals section, a list of adopted resolutions), the vote it
  points to, raw text and pages — and its tasks (``assignments``).
- ``close_task`` / ``_emit_task``: an explicit "Úkol …" block, or one task per item of an
  "Úkoly:" list, with its duties.
- after the pass: wordings nothing confirmed become the resolutions of a document that has
  none (``_finish_dropped``), and a summary of decisions is paired with the proceedings
  that repeat them (``_merge_summary``).
"""

from __future__ import annotations

from minutesparse.fields import assignments
from minutesparse.fields import cues as cu
from minutesparse.fields import resolutions as rs
from minutesparse.fields import tasks as tk
from minutesparse.fields.decision_state import DecisionState, TaskBlock
from minutesparse.fields.phrases import fold
from minutesparse.fields.wording import Wording
from minutesparse.schema import Resolution, Task


class ResolutionRecords(DecisionState):
    def close_task(self) -> None:
        tsk = self.task
        self.task = None
        if tsk is None:
            return
        items = cu.list_items(tsk.lines[1:] if tsk.cue.text == (tsk.lines[0] if tsk.lines else None) else tsk.lines)
        if not tsk.cue.text and len(items) >= 1 and not tsk.cue.assignees:
            # "Úkoly:" followed by a list: one task per item ("- starosta zajistí …")
            for k, item in enumerate(items):
                sub = TaskBlock(tsk.start, tk.TaskCue(None, tk.subject_of(item), item), [item],
                            tsk.duties if k == len(items) - 1 else [], tsk.end, raw=item)
                self._emit_task(sub)
            return
        self._emit_task(tsk)

    def _emit_task(self, tsk: TaskBlock) -> None:
        text = " ".join(x for x in tsk.lines if x).strip()
        text_only = tk.strip_duty_text(text)
        inline = tk.parse_duty(text[len(text_only):].strip(), self.year) if len(text_only) < len(text) else None
        duties = ([inline] if inline else []) + tsk.duties
        assignees = tk.parse_parties(tsk.cue.assignees) if tsk.cue.assignees else []
        deadline, dtext = tk.find_deadline(text_only, self.year)
        task = Task(item=self._item(tsk.start),
                    assignees=assignees, text=text_only, deadline=deadline, deadline_text=dtext,
                    raw=tsk.raw or "\n".join(ln.text for ln in self.lines[tsk.start:tsk.end]),
                    page=self.lines[tsk.start].page)
        for d in duties:
            assignments.apply_duty(task, d)
        if not task.text:
            self.m.warn("task_empty", f"task without text: {self.lines[tsk.start].text.strip()[:60]}", task.page)
            return
        if not task.assignees:
            self.m.warn("task_no_assignee", f"task without an assignee: {task.text[:60]}", task.page)
        self.task_line[id(task)] = tsk.start
        self.m.tasks.append(task)

    def _emit(self, res: Wording) -> None:
        self._last_res_end = max(self._last_res_end, res.end)
        res.finish()
        voted = {self.m.votes[k].part for k in res.votes} if len(res.votes) > 1 else set()
        parts = res.schema_parts(voted)
        lead = " ".join(res.lead).strip()
        actions: list[str] = list(rs.find_actions(lead)) if lead else []
        for p in parts:
            for a in ([p.action] if p.action else []) + rs.find_actions(p.text):
                if a not in actions:
                    actions.append(a)
        if not actions and (fallback := rs.first_clause_action(res.text())):
            actions.append(fallback)  # "Jako ověřovatelé zápisu byli schváleni …"
        if not actions and res.number is not None and self.group_actions:
            actions.append(self.group_actions[-1])
        last = res.text_lines[-1]
        start_line = self.lines[res.start]
        adopted = self._adopted(res)
        resolution = Resolution(
            number=res.number, item=res.item_hint or self._item(res.start),
            text=res.text(), actions=actions, parts=parts, adopted=adopted, vote=self._main_vote(res),
            raw="\n".join(ln.text for ln in self.lines[res.start:max(res.end, last + 1)]),
            page=start_line.page, page_end=self.lines[last].page)
        for k in res.votes:
            v = self.m.votes[k]
            v.resolution = res.number
            if len(res.votes) == 1:
                v.part = None  # one vote after the last part decides the whole resolution
        self.m.resolutions.append(resolution)
        self.res_line[id(resolution)] = res.start
        if self.group_mode:
            self.group_emitted.append(resolution)
        if adopted is not False:  # a rejected proposal assigns nothing
            self._tasks_from(resolution, res)

    def _main_vote(self, res: Wording) -> int | None:
        if not res.votes:
            return None
        if res.parts and len(res.votes) > 1 and any(self.m.votes[k].part for k in res.votes):
            return res.votes[0]
        return res.votes[-1]

    def _adopted(self, res: Wording) -> bool | None:
        if res.votes:
            results = [self.m.votes[k].result for k in res.votes]
            main = self.m.votes[self._main_vote(res)].result  # type: ignore[index]
            if res.parts and len(res.votes) > 1 and any(self.m.votes[k].part for k in res.votes):
                if any(r == "passed" for r in results):
                    return True
                if all(r == "failed" for r in results):
                    return False
                return None
            return {"passed": True, "failed": False}.get(main or "")
        if res.rejected:
            return False
        if res.proposal or (res.number and "?" in res.number):
            return None
        if self.is_list and res.number:
            return True
        return None

    def _tasks_from(self, resolution: Resolution, res: Wording) -> None:
        made = assignments.resolution_tasks(resolution, res, self.lines, self.year)
        if self.group_actions and not rs.find_verbs(resolution.text) and resolution.actions == self.group_actions[-1:]:
            made = assignments.heading_tasks(resolution, res, self.lines, self.year, self.group_actions[-1]) or made
        for t in made:
            if not t.assignees:
                self.m.warn("task_no_assignee", f"task without an assignee in resolution {resolution.number}: "
                            f"{t.text[:60]}", t.page)
            self.task_line[id(t)] = res.start
        self.res_tasks[id(resolution)] = made
        self.m.tasks.extend(made)

    def _merge_summary(self) -> None:
        """Minutes that list their decisions first ("Závěry a usnesení: 1. AS schválil program …")
        and then record the proceedings ("Návrh usnesení: AS schvaluje …" / "Hlasování: …"):
        a wording written twice is one resolution (the voted occurrence is kept), and the
        summary's remaining unvoted decisions take, in order, the proceedings' votes that have
        no wording, when there are exactly as many and each vote comes after its decision."""
        m = self.m
        keep: list[Resolution] = []
        for r in m.resolutions:
            twin = next((k for k, o in enumerate(keep) if o.number == r.number and _same_wording(o.text, r.text)
                         and not (o.item and r.item and o.item != r.item)), None)
            if twin is None:
                keep.append(r)
                continue
            other = keep[twin]
            drop, stay = (other, r) if other.vote is None and r.vote is not None else (r, other)
            keep[twin] = stay
            dropped_tasks = {id(t) for t in self.res_tasks.get(id(drop), [])}
            m.tasks[:] = [t for t in m.tasks if id(t) not in dropped_tasks]
        if len(keep) == len(m.resolutions):
            return
        m.resolutions[:] = keep
        linked = {r.vote for r in m.resolutions if r.vote is not None}
        loose = [k for k, v in enumerate(m.votes) if k not in linked and v.resolution is None and v.result == "passed"]
        unvoted = [r for r in m.resolutions if r.vote is None and r.number is None and r.adopted is None]
        if not unvoted or len(unvoted) != len(loose):
            return
        if all(self.res_line.get(id(r), 0) < self.vote_line.get(k, -1) for r, k in zip(unvoted, loose)):
            for r, k in zip(unvoted, loose):
                r.vote, r.adopted = k, True
                r.item = r.item or m.votes[k].item

    def _finish_dropped(self) -> None:
        """Wordings nothing confirmed: when the document has no other resolution (a committee
        protocol whose only decision is "Komise doporučila uzavřít smlouvu …"), those that open
        with the body and its decision verb are its resolutions; otherwise they are prose, and
        only the tasks they assign are kept ("Kontrolní výbor ukládá svému členovi …")."""
        fallback = not self.m.resolutions and self.m.document_type in ("minutes", "report", "vote_record")
        for res in self.dropped:
            first = self.lines[res.text_lines[0]].text if res.text_lines else ""
            sv = rs.subject_verb(first)
            if fallback and sv is not None and sv.verb is not None and self._own_body(sv.subject):
                self._emit(res)
                self.m.warn("resolution_from_prose", "no labelled or voted resolution in the document; a decision "
                            f"read from its prose: {first.strip()[:60]!r}", self.lines[res.start].page)
                continue
            res.finish()
            text = res.text()
            start = self.lines[res.start]
            tmp = Resolution(number=None, item=res.item_hint or self._item(res.start), text=text,
                             page=start.page)
            self._tasks_from(tmp, res)


def _same_wording(a: str, b: str) -> bool:
    """The same resolution written twice (a summary and the proceedings)."""
    fa, fb = (" ".join(fold(x).split()).rstrip(" .;,") for x in (a, b))
    return fa == fb or (min(len(fa), len(fb)) >= 40 and (fa.startswith(fb) or fb.startswith(fa)))
