"""``minutesparse search`` and ``minutesparse reindex`` over an archive holding the fixtures."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutesparse.archive.store import Store
from minutesparse.cli import main

FIXTURES = Path(__file__).resolve().parent / "relevance" / "fixtures"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("archive")
    store = Store(path)
    for f in sorted(FIXTURES.glob("*.json")):
        store.write_document(json.loads(f.read_text(encoding="utf-8")), [(f"/archiv/{f.stem}.pdf", 1000)])
    store.close()
    res = CliRunner().invoke(main, ["reindex", "--archive", str(path)])
    assert res.exit_code == 0, res.output
    assert "reindexed 3 documents" in res.output
    return path


def run(*args: str) -> tuple[int, str, str]:
    res = CliRunner(env={"COLUMNS": "200"}).invoke(main, list(args))
    return res.exit_code, res.stdout, res.stderr


def test_json_output_has_total_hits_and_facets(archive: Path):
    code, out, _ = run("search", "dotace", "--type", "resolution", "--from", "2023-01-01", "--to", "2023-12-31",
                       "--facets", "--format", "json", "--archive", str(archive))
    assert code == 0
    data = json.loads(out)
    assert data["total"] == 2 and data["facets"]["body"] == {"Rada města Lipová": 2}
    hit = data["hits"][0]
    for key in ("type", "id", "source", "page", "meeting_date", "body", "text", "snippet", "score"):
        assert key in hit
    assert hit["source"] == "/archiv/rada_lipova_12.pdf" and "<mark>" in hit["snippet"]


def test_table_output_shows_page_and_highlight(archive: Path):
    code, out, _ = run("search", "Dušovou", "--archive", str(archive))
    assert code == 0
    assert "rm_dolni_lhota_24.pdf:2" in out and "Dušovou" in out and "13/2024/RM" in out


def test_csv_output(archive: Path):
    code, out, _ = run("search", "", "--type", "vote", "--result", "failed", "--format", "csv", "--archive", str(archive))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == ["1111111111111111:vote:2"]
    assert "<mark>" not in rows[0]["snippet"]


def test_person_rejected_and_limit(archive: Path):
    code, out, _ = run("search", "", "--person", "Prachaře", "--archive", str(archive), "--format", "json")
    assert code == 0 and json.loads(out)["total"] == 0
    code, out, _ = run("search", "pozemku", "--rejected", "--format", "json", "--archive", str(archive))
    assert [h["id"] for h in json.loads(out)["hits"]] == ["1111111111111111:resolution:2"]
    code, out, _ = run("search", "", "--limit", "2", "--format", "json", "--archive", str(archive))
    data = json.loads(out)
    assert len(data["hits"]) == 2 and data["total"] > 2


@pytest.mark.parametrize("args,message", [
    (["search", "dotace", "--from", "2024-31-01"], "--from"),
    (["search", "a", "--format", "json"], "common words"),
    (["search", "dotace", "--from", "2024-02-01", "--to", "2024-01-01"], "after"),
])
def test_errors_are_one_line(archive: Path, args, message):
    code, out, err = run(*args, "--archive", str(archive))
    assert code != 0 and message in err and "Traceback" not in err + out


def test_missing_archive(tmp_path: Path):
    code, _, err = run("search", "dotace", "--archive", str(tmp_path / "nic"))
    assert code == 1 and "no archive" in err and "Traceback" not in err


def test_help_has_examples():
    for cmd in ("search", "reindex"):
        code, out, _ = run(cmd, "--help")
        assert code == 0 and "Example:" in out
