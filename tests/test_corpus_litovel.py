"""Litovel resolution lists against the peer parser (a reference, not ground truth).

A handful of the 50 PDFs, chosen for what they exercise, so the test stays fast; the
whole set is measured by ``scripts/litovel_agreement.py``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

import minutesparse
from minutesparse.schema import Minutes

pytestmark = pytest.mark.corpus

FURNITURE = re.compile(r"(?i)\bstránka\s+\d+\s+z\s+\d+\b")


@lru_cache(maxsize=None)
def _parse(path: str) -> Minutes:
    return minutesparse.parse(path, ocr="never")


@pytest.fixture(scope="module")
def peer(corpus: Path) -> dict[str, dict]:
    rows = [json.loads(x) for x in (corpus / "litovel" / "peer_phase2.jsonl").read_text(encoding="utf-8").splitlines() if x]
    return {r["id"]: r for r in rows}


def _peer_ids(peer: dict, m: Minutes, prefix: str) -> set[str]:
    return {rid for rid, r in peer.items() if r["datum"] == m.meeting.date and rid.startswith(prefix)}


@pytest.mark.parametrize("name, prefix", [
    ("rm-rm_1_22.pdf", "RM/"),  # "Stránka 1 z 5" footers inside resolutions, a) b) parts
    ("zm-usneseni_1._zml.pdf", "ZM/"),  # elections, "Zastupitelstvo města Litovel:" + parts
    ("rm-usneseni_z_13._schuze_rady_mesta_litovel_ze_dne_1._cervna_2023.pdf", "RM/"),  # "č. RM/320/11/2023" in prose
    ("rm-usneseni_z_30._schuze_rady_mesta_litovel_ze_dne_22._unora_2024.pdf", "RM/"),  # "(…usnesení RM 811/29):"
    ("zm-usneseni_z_10._zasedani_zastupitelstva_mesta_litovel.pdf", "ZM/"),  # NEPŘIJATÉ NÁVRHY
])
def test_numbers_agree_with_peer(corpus: Path, peer: dict, name: str, prefix: str) -> None:
    m = _parse(str(corpus / "litovel" / name))
    ours = [r.number for r in m.resolutions if r.number]
    assert len(ours) == len(set(ours)), "a resolution number found twice"
    assert set(ours) == _peer_ids(peer, m, prefix)
    for r in m.resolutions:
        assert not FURNITURE.search(r.text), f"{r.number}: page furniture in the text"
        assert r.text.startswith(("Rada města Litovel", "Zastupitelstvo města Litovel")), r.text[:60]
        assert "v. r." not in r.text


def test_actions_and_parts(corpus: Path, peer: dict) -> None:
    m = _parse(str(corpus / "litovel" / "rm-rm_1_22.pdf"))
    same = sum(set(r.actions) == set(peer[r.number]["actions"]) for r in m.resolutions)
    assert same == len(m.resolutions)
    r = next(r for r in m.resolutions if r.number == "RM/3/1/2022")
    assert [(p.label, p.action) for p in r.parts] == [("a", "bere na vědomí"), ("b", "ukládá")]
    assert r.adopted is True  # a list of adopted resolutions
    (task,) = [t for t in m.tasks if t.resolution == "RM/3/1/2022"]
    assert [a.name for a in task.assignees] == ["OBH"]
    assert task.text.startswith("vypracovat projektovou dokumentaci")
    r10 = next(r for r in m.resolutions if r.number == "RM/10/1/2022")
    assert r10.references == ["RM/2777/83/2022"]


def test_page_break_inside_a_resolution(corpus: Path) -> None:
    m = _parse(str(corpus / "litovel" / "rm-rm_1_22.pdf"))
    r = next(r for r in m.resolutions if r.number == "RM/6/1/2022")
    assert (r.page, r.page_end) == (1, 2)
    assert [p.label for p in r.parts] == ["a", "b"]
    assert "Stránka" not in r.text


def test_rejected_proposals(corpus: Path) -> None:
    m = _parse(str(corpus / "litovel" / "zm-usneseni_z_10._zasedani_zastupitelstva_mesta_litovel.pdf"))
    rejected = [r for r in m.resolutions if r.number is None]
    assert rejected and all(r.adopted is False for r in rejected)
    assert rejected[0].item == "7.4"
    last = next(r for r in m.resolutions if r.number == "ZM/14/10/2024")
    assert "NEPŘIJATÉ" not in last.text and last.actions == ["schvaluje", "pověřuje"]
    assert not [t for t in m.tasks if t.resolution is None]  # rejected proposals assign nothing


def test_names_list_stays_in_its_part(corpus: Path) -> None:
    m = _parse(str(corpus / "litovel" / "rm-usneseni_z_30._schuze_rady_mesta_litovel_ze_dne_22._unora_2024.pdf"))
    r = next(r for r in m.resolutions if r.number == "RM/847/30/2024")
    assert [p.label for p in r.parts] == ["a", "b"] and r.actions == ["jmenuje"]
