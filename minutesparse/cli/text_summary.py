"""``--format text``: a readable summary of one Minutes record."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from minutesparse.schema import Minutes, Person


def _p(p) -> str:
    if p is None:
        return "—"
    if isinstance(p, Person):
        t = " ".join(p.titles_before)
        s = f"{t} {p.name}".strip()
        if p.titles_after:
            s += ", " + ", ".join(p.titles_after)
        return s + (f" ({p.role})" if p.role else "")
    return p.name


def _ps(people) -> str:
    return ", ".join(_p(p) for p in people) or "—"


def summary(m: Minutes, width: int = 110) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=False, color_system=None, highlight=False)

    class _Plain:
        """Print document text literally: '[doporučuje]' is data, not rich markup."""

        @staticmethod
        def print(*args, **kwargs):
            kwargs.setdefault("markup", False)
            console.print(*args, **kwargs)

    c = _Plain()
    console.print(f"[b]{escape(m.title or '(no title)')}[/b]")
    c.print(f"type: {m.document_type}   body: {m.body.name or '—'} ({m.body.kind or '—'})   "
            f"municipality: {m.municipality or '—'}")
    mt = m.meeting
    c.print(f"meeting: no. {mt.number or '—'}  date {mt.date or '—'}  {mt.start_time or '?'}–{mt.end_time or '?'}  "
            f"place: {mt.place or '—'}")
    c.print(f"source: {m.source.path}  ({m.source.pages} pages{', OCR' if m.source.ocr else ''})")
    a = m.attendance
    console.print("\n[b]Attendance[/b]")
    c.print(f"  present ({a.present_count if a.present_count is not None else len(a.present)}): {_ps(a.present)}")
    c.print(f"  guests: {_ps(a.guests)}")
    c.print(f"  excused: {_ps(a.excused)}")
    c.print(f"  absent: {_ps(a.absent)}")
    c.print(f"  quorum: {a.quorum}")
    for mv in a.movements:
        c.print(f"  {mv.person.name} {mv.event} {mv.time or ''}")
    if m.agenda:
        console.print("\n[b]Agenda[/b]")
        for it in m.agenda:
            pres = f" – {_ps(it.presenters)}" if it.presenters else ""
            c.print(f"  {it.number} {it.title}{pres}  (p. {it.page})")
    if m.votes:
        c.print()
        t = Table(title="Votes", title_justify="left")
        for col in ("#", "item", "resolution", "part", "present", "yes", "no", "abstain", "not voting", "result", "page"):
            t.add_column(col)
        for i, v in enumerate(m.votes):
            k = v.counts
            res = (v.result or "—") + (" (inferred)" if v.result_inferred else "")
            t.add_row(str(i), v.item or "", v.resolution or "", v.part or "", *(str(x) if x is not None else "" for x in
                      (k.present, k.yes, k.no, k.abstain, k.not_voting)), res, str(v.page))
        c.print(t)
    if m.resolutions:
        console.print("\n[b]Resolutions[/b]")
        for r in m.resolutions:
            head = r.number or "(no number)"
            adopted = {True: "adopted", False: "REJECTED", None: "?"}[r.adopted]
            c.print(f"  {head} [{', '.join(r.actions)}] {adopted} (p. {r.page})")
            c.print(f"    {r.text}")
    if m.tasks:
        console.print("\n[b]Tasks[/b]")
        for tk in m.tasks:
            dl = tk.deadline or tk.deadline_text or "—"
            c.print(f"  → {_ps(tk.assignees)}: {tk.text}  [deadline {dl}] (p. {tk.page})")
    if m.next_meeting:
        n = m.next_meeting
        c.print(f"\nnext meeting: {n.date or '—'} {n.start_time or ''} {n.place or ''}")
    c.print(f"\nchair: {_p(m.chair)}   recorder: {_p(m.recorder)}   verifiers: {_ps(m.verifiers)}")
    if m.warnings:
        console.print("\n[b]Warnings[/b]")
        for w in m.warnings:
            c.print(f"  {w.code}: {w.message}" + (f" (p. {w.page})" if w.page else ""))
    return buf.getvalue()
