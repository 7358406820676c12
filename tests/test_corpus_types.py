"""Real documents of ../shared/corpus: every file gets a sensible type; Litovel meeting facts.

The type and the meeting facts are read from the first page, so each PDF is cut to its
first page (pikepdf) before parsing: the test stays fast while reading the real layout.
Decided types (README design notes): Pardubice "Zpráva pro jednání ZMO" materials, budget
tables included, are *report* (material submitted to a meeting with a draft resolution);
their annexes that are directives or plans without a meeting record are *other*; the
Blešno tender-committee protocols are *minutes* (a committee met, members present, a
decision recorded).
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest

import minutesparse
from minutesparse.schema import Minutes

pytestmark = pytest.mark.corpus

pikepdf = pytest.importorskip("pikepdf")


@lru_cache(maxsize=None)
def _first_page(path: str, ocr: str = "never") -> Minutes:
    with pikepdf.open(path) as pdf:
        out = pikepdf.new()
        out.pages.append(pdf.pages[0])
        buf = io.BytesIO()
        out.save(buf)
    return minutesparse.parse(buf.getvalue(), ocr=ocr)  # type: ignore[arg-type]


def _expected_type(path: Path) -> str:
    folder, name = path.parent.name, path.name
    if folder == "litovel":
        return "resolutions"
    if folder == "not-minutes":
        return "other"
    if folder == "cercany":
        return "resolutions" if name == "usneseni.pdf" else "invitation"
    if folder == "blesno":
        return "minutes"
    if "Pozvánka" in name or "Pozva\u0301nka" in name:
        return "invitation"
    if "-Př." in name or "-Pr\u030c." in name:
        return "other"
    return "report"


def _files(corpus: Path, folder: str) -> list[Path]:
    return sorted(p for p in (corpus / folder).iterdir() if p.suffix.lower() == ".pdf")


@pytest.mark.parametrize("folder", ["pardubice-v", "not-minutes", "cercany"])
def test_every_file_gets_a_sensible_type(corpus: Path, folder: str) -> None:
    wrong = []
    for path in _files(corpus, folder):
        m = _first_page(str(path))
        if m.document_type != _expected_type(path):
            wrong.append(f"{path.name}: {m.document_type} ({m.classification.reason if m.classification else ''})")
    assert not wrong, "\n".join(wrong)


def test_litovel_types_and_meeting_facts_agree_with_peer(corpus: Path) -> None:
    rows = [json.loads(x) for x in (corpus / "litovel" / "peer_phase2.jsonl").read_text(encoding="utf-8").splitlines() if x]
    dates: dict[tuple[str, int], set[str]] = defaultdict(set)
    for r in rows:
        organ, _n, meeting, _year = r["id"].split("/")
        dates[(organ, int(meeting))].add(r["datum"])
    wrong = []
    for path in _files(corpus, "litovel"):
        m = _first_page(str(path))
        organ = {"council": "RM", "assembly": "ZM"}.get(m.body.kind or "", "?")
        expected_body = "Rada města Litovel" if path.name.startswith("rm-") else "Zastupitelstvo města Litovel"
        ok = (m.document_type == "resolutions" and m.body.name == expected_body and m.municipality == "Litovel"
              and m.meeting.number is not None and m.meeting.date in dates.get((organ, m.meeting.number), set()))
        if not ok:
            wrong.append(f"{path.name}: {m.document_type} {m.body} {m.meeting}")
    assert not wrong, "\n".join(wrong)


def test_pardubice_invitations_give_their_agenda(corpus: Path) -> None:
    for path in _files(corpus, "pardubice-v"):
        if _expected_type(path) != "invitation":
            continue
        m = _first_page(str(path))
        numbers = [a.number for a in m.agenda]
        assert numbers[:5] == ["I", "II", "III", "IV", "V"], numbers
        assert len(numbers) >= 12 and len(numbers) == len(set(numbers))
        assert m.body.kind == "assembly" and m.municipality == "Pardubice V" and m.meeting.start_time == "17:00"


def _tesseract_ces() -> bool:
    if not shutil.which("tesseract"):
        return False
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    return "ces" in out.split()


@pytest.mark.skipif(not _tesseract_ces(), reason="tesseract with Czech data not installed")
def test_blesno_scans_give_the_committee_members(corpus: Path) -> None:
    m = _first_page(str(corpus / "blesno" / "vr-radary-protokol.pdf"), ocr="auto")
    assert m.document_type == "minutes"
    assert m.meeting.date == "2011-10-21" and m.meeting.start_time == "17:00"
    assert m.municipality == "Blešno"
    assert [p.family_name for p in m.attendance.present] == ["Fryml", "Janko", "Kopelent", "Mužík", "Novák"]
    assert m.attendance.present[2].role == "starosta obce Blešno"
