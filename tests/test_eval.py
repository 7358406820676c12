"""``minutesparse eval``: scoring rules and the command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutesparse.cli import main
from minutesparse.evaluate import GROUPS, compare, misses

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _person(name: str, family: str, given: str | None = None) -> dict:
    return {"kind": "person", "name": name, "family_name": family, "given_name": given}


def test_identical_records_score_one():
    d = {"document_type": "minutes", "meeting": {"number": 4, "date": "2024-05-16"},
         "attendance": {"present": [_person("M. Malý", "Malý", "M.")], "present_count": 1},
         "agenda": [{"number": "1", "title": "Zahájení", "presenters": []}]}
    scores = compare(d, d)
    assert set(scores) == set(GROUPS)
    assert all(s.f1 == 1.0 for s in scores.values())


def test_missing_and_extra_items_lower_recall_and_precision():
    gold = {"agenda": [{"number": "1", "title": "Zahájení"}, {"number": "2", "title": "Rozpočet"}]}
    pred = {"agenda": [{"number": "1", "title": "Zahájení"}, {"number": "2", "title": "Rozpočet obce"},
                       {"number": "3", "title": "Různé"}]}
    s = compare(gold, pred)["agenda"]
    assert (s.expected, s.predicted, s.matched) == (2, 3, 1)
    assert s.precision == pytest.approx(1 / 3) and s.recall == pytest.approx(1 / 2)
    assert s.f1 == pytest.approx(0.4)
    missed, extra = misses(gold, pred, "agenda")
    assert missed == [("2", "Rozpočet")] and len(extra) == 2


def test_people_group_checks_nominative_and_linking():
    gold = {"tasks": [{"assignees": [_person("Jiří Šolc", "Šolc", "Jiří")]}]}
    pred = {"tasks": [{"assignees": [_person("J. Šolce", "Šolce", "J.")]}]}
    assert compare(gold, pred)["people"].matched == 0
    assert compare(gold, gold)["people"].matched == 1


def test_whitespace_is_collapsed():
    gold = {"title": "Zápis ze  4. jednání"}
    assert compare(gold, {"title": "Zápis ze 4.\njednání"})["meeting"].matched == 1


@pytest.mark.skipif(not (SAMPLES / "smart_city_liberec.pdf").is_file(), reason="samples not built")
def test_eval_command_table_and_json(tmp_path: Path):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(SAMPLES / "smart_city_liberec.expected.json", gold)
    runner = CliRunner()
    r = runner.invoke(main, ["eval", str(gold), str(SAMPLES)])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0].split()[:4] == ["group", "expected", "predicted", "matched"]
    assert any(line.startswith("attendance") for line in r.output.splitlines())
    r = runner.invoke(main, ["eval", str(gold), str(SAMPLES), "--format", "json"])
    data = json.loads(r.output)
    assert set(data["totals"]) == set(GROUPS)
    assert data["totals"]["attendance"]["recall"] == 1.0
    assert "smart_city_liberec" in data["documents"]


def test_eval_command_errors_are_one_line(tmp_path: Path):
    r = CliRunner().invoke(main, ["eval", str(tmp_path)])
    assert r.exit_code == 1
    assert "no *.expected.json" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(main, ["eval", "--help"])
    assert "Example:" in r.output
