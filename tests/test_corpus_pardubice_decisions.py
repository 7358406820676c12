"""Pardubice V control-committee reports: quoted resolutions come out with their votes.

"Kontrola usneseni RMO/ZMO" reports quote council and assembly resolutions, each under a
title and "(usnesení č. 346/2018 R)", with an inline vote "Pro 5, zdržel se 0, proti 0" —
sometimes one per numbered point.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

import minutesparse
from minutesparse.schema import Minutes

pytestmark = pytest.mark.corpus


@lru_cache(maxsize=None)
def _parse(path: str) -> Minutes:
    return minutesparse.parse(path, ocr="never")


def _report(corpus: Path, name: str) -> Minutes:
    return _parse(str(corpus / "pardubice-v" / name))


def _res(m: Minutes, number: str):
    return next(r for r in m.resolutions if r.number == number)


def test_rmo_report_votes_per_point(corpus: Path) -> None:
    m = _report(corpus, "191218-2-Kontrola usneseni RMO.pdf")
    numbered = [r for r in m.resolutions if r.number]
    assert len(numbered) == 23 and all(r.vote is not None for r in numbered)
    assert all(v.resolution for v in m.votes), "every vote belongs to a quoted resolution"
    r344 = _res(m, "344/2018 R")
    v = m.votes[r344.vote]
    assert (v.counts.yes, v.counts.abstain, v.counts.no) == (4, 0, 0) and v.raw == "Pro 4, zdržel se 0, proti 0"
    assert r344.text.startswith("Rada Městského obvodu Pardubice V rozhodla")
    assert "Pro 4" not in r344.text and "usnesení č." not in r344.text
    # 346/2018 R: points 1. a) 1. b) 2. … 8., each voted on separately
    r346 = _res(m, "346/2018 R")
    votes = [v for v in m.votes if v.resolution == "346/2018 R"]
    assert [v.part for v in votes] == ["1a", "1b", "2", "3", "4", "5", "6", "7", "8"]
    assert [(v.counts.yes, v.counts.no, v.counts.abstain) for v in votes[:2]] == [(3, 0, 1), (0, 3, 1)]
    assert [v.result for v in votes[:2]] == ["passed", "failed"] and votes[0].result_inferred
    assert [p.label for p in r346.parts] == ["1a", "1b", "2", "3", "4", "5", "6", "7", "8"]
    assert r346.actions == ["souhlasí"] and r346.adopted is True
    # the next title is not part of the previous wording
    assert "Rozhodnutí zadavatele" not in r346.text
    r349 = _res(m, "349/2018 R")
    assert [(p.label, p.action) for p in r349.parts] == [("a", "ruší"), ("b", "rozhoduje")]
    assert r349.references == ["345/2018 R"] or r349.references == ["345/2018"]


def test_zmo_report_results_and_names(corpus: Path) -> None:
    m = _report(corpus, "130319-3-Kontrola usneseni ZMO.pdf")
    r11 = _res(m, "11/2018 Z")
    v = m.votes[r11.vote]
    assert (v.counts.yes, v.counts.abstain, v.counts.no) == (2, 6, 6)
    assert v.result == "failed" and not v.result_inferred  # "Návrh nebyl přijat."
    assert [p.family_name for p in v.voters.yes] == ["Vařecha", "Jelínková"]
    assert r11.adopted is False
    r12 = _res(m, "12/2018 Z")
    v = m.votes[r12.vote]
    assert [p.family_name for p in v.voters.abstain] == ["Hájek", "Netolický"]
    assert [p.family_name for p in v.voters.no] == ["Vařecha", "Jelínková"]
    # the report's own proposal ("Návrh usnesení:") is kept, adoption unknown
    proposal = m.resolutions[0]
    assert proposal.number is None and proposal.adopted is None and proposal.actions[0] == "schvaluje"
    # "2. Ukládá: a) …, aby … O: … T: …" — each point a task with its own responsible and deadline
    tasks = [t for t in m.tasks if t.resolution == "75/2009 Z"]
    assert len(tasks) == 4
    assert tasks[2].deadline_text == "do týdne po ověření usnesení"
    assert tasks[3].deadline_text == "trvale"


def test_quoted_points_starting_mid_list(corpus: Path) -> None:
    m = _report(corpus, "130319-2-Kontrola usneseni RMO.pdf")
    r19 = _res(m, "19/2018 R")
    assert [p.label for p in r19.parts] == ["3", "4", "5"]
    votes = [v for v in m.votes if v.resolution == "19/2018 R"]
    assert [(v.part, v.result) for v in votes] == [("3", "failed"), ("4", "passed"), ("5", "failed")]


def test_invitation_has_no_decisions(corpus: Path) -> None:
    m = _report(corpus, "191218-Pozvánka.pdf")
    assert m.votes == [] and m.resolutions == [] and m.tasks == []


def test_proposal_with_numbered_points_is_one_resolution(corpus: Path) -> None:
    m = _report(corpus, "191218-8-Návrh rozpočtu MO Pardubice V na r. 2019.pdf")
    (r,) = m.resolutions
    assert r.number is None and r.adopted is None  # a proposal in a report
    assert [p.label for p in r.parts] == [str(k) for k in range(1, 11)]
    assert r.parts[1].action == "svěřuje" and (r.page, r.page_end) == (1, 3)
