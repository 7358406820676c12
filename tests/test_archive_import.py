"""Bulk import: bad files, duplicates, re-import, lock, crashing workers, CLI."""

from __future__ import annotations

import json
import os
import sqlite3
import time
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

import pdfgen
from minutesparse.archive import Archive, ArchiveBusy
from minutesparse.archive import importer as importer_mod
from minutesparse.archive.indexing import search_module
from minutesparse.archive.lock import ImportLock
from minutesparse.archive.worker import parse_file
from minutesparse.cli import main


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    d = tmp_path_factory.mktemp("bad")
    expected = pdfgen.bad_files(d)
    (d / "readme.txt").write_text("not imported: no .pdf extension")
    return d, expected


@pytest.fixture(scope="module")
def bad_import(bad_dir, tmp_path_factory):
    d, expected = bad_dir
    archive = Archive(tmp_path_factory.mktemp("arch"))
    report = archive.import_paths([d], jobs=2, ocr="never")
    return archive, report, expected


def test_every_bad_file_is_listed_with_its_reason(bad_import) -> None:
    archive, report, expected = bad_import
    got = {Path(f["path"]).name: f["reason"] for f in archive.failures()}
    want = {name: reason for name, reason in expected.items() if reason != "ok"}
    assert got == want
    assert all(f["message"] and "Traceback" not in f["message"] for f in archive.failures())
    assert report.outcomes["failed"] == len(want)
    assert dict(report.failed_by_reason) == {r: list(want.values()).count(r) for r in set(want.values())}


def test_good_files_import_including_owner_password_only(bad_import) -> None:
    archive, report, expected = bad_import
    stored = {Path(p).name for r in archive.records("documents") for p in r["sources"]}
    assert stored == {name for name, reason in expected.items() if reason == "ok"}
    assert "jen_vlastnik.pdf" in stored
    assert report.ignored == 1  # readme.txt
    assert report.files == len(expected)
    assert sum(report.outcomes.values()) == report.files  # every file accounted for once


def test_duplicates_reimport_and_reparse(tmp_path: Path) -> None:
    src = tmp_path / "src"
    pdfgen.generate(src, 4)
    # the same bytes under names that differ only in Unicode normalisation (two files on Linux)
    data = pdfgen.minutes_pdf(50)
    nfc, nfd = unicodedata.normalize("NFC", "Zasedání_ZO.pdf"), unicodedata.normalize("NFD", "Zasedání_ZO.pdf")
    assert nfc != nfd
    (src / "sub").mkdir()
    (src / "sub" / nfc).write_bytes(data)
    (src / "sub" / nfd).write_bytes(data)
    (src / "sub" / "VELKE.PDF").write_bytes(pdfgen.minutes_pdf(51))
    archive = Archive(tmp_path / "arch")

    first = archive.import_paths([src], jobs=2, ocr="never")
    assert first.files == 7
    assert (first.outcomes["imported"], first.outcomes["duplicate"]) == (6, 1)
    docs = archive.records("documents")
    assert len(docs) == 6 == archive.stats()["documents"]
    two = [d for d in docs if len(d["sources"]) == 2]
    assert len(two) == 1 and {Path(p).name for p in two[0]["sources"]} == {nfc, nfd}

    again = archive.import_paths([src], jobs=2, ocr="never")
    assert again.outcomes["unchanged"] == 7 and again.parsed == 0

    # a document stored by another parser version is parsed again
    db = sqlite3.connect(archive.path / "archive.sqlite")
    db.execute("UPDATE documents SET parser_version = '0.0.0-old' WHERE id = (SELECT min(id) FROM documents)")
    db.commit()
    db.close()
    third = archive.import_paths([src], jobs=1, ocr="never")
    assert third.outcomes["updated"] == 1 and third.parsed == 1
    forced = archive.import_paths([src / "sub"], jobs=1, ocr="never", reparse=True)
    assert forced.outcomes["updated"] == 2 and forced.outcomes["duplicate"] == 1
    assert archive.stats()["documents"] == 6


def test_second_import_is_refused_while_one_runs(tmp_path: Path) -> None:
    pdfgen.generate(tmp_path / "src", 1)
    archive = Archive(tmp_path / "arch")
    with ImportLock(archive.path):
        with pytest.raises(ArchiveBusy, match="another import"):
            archive.import_paths([tmp_path / "src"], jobs=1)
        result = CliRunner().invoke(main, ["import", str(tmp_path / "src"), "--archive", str(archive.path)])
        assert result.exit_code == 1 and "another import" in result.output and "Traceback" not in result.output
    assert archive.import_paths([tmp_path / "src"], jobs=1).outcomes["imported"] == 1


def crash_on_marked(path: str, sha256: str, ocr: str, timeout: float) -> dict:
    """A worker that dies (like a segfault) on files named *crash*."""
    if "crash" in os.path.basename(path):
        os._exit(1)
    return parse_file(path, sha256, ocr, timeout)


def test_a_crashing_worker_does_not_kill_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "src"
    pdfgen.generate(src, 5)
    (src / "crash.pdf").write_bytes(pdfgen.minutes_pdf(77))
    monkeypatch.setattr(importer_mod, "START_METHOD", "fork")  # so the test's worker function is known
    imp = importer_mod.Importer(tmp_path / "arch", jobs=2, ocr="never", worker=crash_on_marked)
    report = imp.run([src])
    assert report.outcomes["imported"] == 5
    assert dict(report.failed_by_reason) == {"crash": 1}
    assert report.failures[0]["path"].endswith("crash.pdf")


def hang_on_marked(path: str, sha256: str, ocr: str, timeout: float) -> dict:
    """A worker stuck where SIGALRM cannot reach it (signal blocked) on files named *hang*."""
    import signal
    import time

    if "hang" in os.path.basename(path):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(120)
    return parse_file(path, sha256, ocr, timeout)


def test_a_stuck_worker_is_killed_and_recorded_as_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "src"
    pdfgen.generate(src, 3, max_pages=1)
    (src / "hang.pdf").write_bytes(pdfgen.minutes_pdf(78, max_pages=1))
    monkeypatch.setattr(importer_mod, "START_METHOD", "fork")
    t0 = time.monotonic()
    report = importer_mod.Importer(tmp_path / "arch", jobs=2, ocr="never", timeout=2, worker=hang_on_marked).run([src])
    assert time.monotonic() - t0 < 60
    assert report.outcomes["imported"] == 3
    assert dict(report.failed_by_reason) == {"timeout": 1} and report.failures[0]["path"].endswith("hang.pdf")


def test_worker_timeout_is_a_failure(tmp_path: Path) -> None:
    pdfgen.generate(tmp_path, 1)
    path = str(tmp_path / "zapis_00000.pdf")
    res = parse_file(path, "0" * 64, "never", 1e-6)
    assert res == {"ok": False, "reason": "timeout", "message": f"{path}: parse took longer than 1e-06 s"}


def test_cli_import_failures_stats_show_export(bad_dir, tmp_path: Path) -> None:
    d, expected = bad_dir
    arch = str(tmp_path / "arch")
    run = CliRunner().invoke
    r = run(main, ["import", str(d), "--archive", arch, "--jobs", "2", "--ocr", "never", "--format", "json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.output)
    assert summary["files"] == len(expected) and summary["failed"] == sum(v != "ok" for v in expected.values())
    r = run(main, ["import", str(d), "--archive", arch, "--ocr", "never"])
    assert r.exit_code == 0 and "unchanged" in r.output

    fails = json.loads(run(main, ["failures", "--archive", arch, "--format", "json"]).output)
    assert {Path(f["path"]).name: f["reason"] for f in fails} == {k: v for k, v in expected.items() if v != "ok"}

    stats = json.loads(run(main, ["stats", "--archive", arch, "--format", "json"]).output)
    assert stats["documents"] == summary["documents"] == 2
    assert set(stats) >= {"by_body", "by_year", "by_type"}

    docs = [json.loads(line) for line in run(main, ["export", "--archive", arch, "--format", "jsonl"]).output.splitlines()]
    assert len(docs) == 2
    shown = json.loads(run(main, ["show", docs[0]["doc_id"], "--archive", arch, "--format", "json"]).output)
    assert shown["id"] == docs[0]["doc_id"] and shown["sources"] == docs[0]["sources"]
    assert run(main, ["show", docs[0]["doc_id"], "--archive", arch]).exit_code == 0

    for args in (["show", "ffffffffffffffff"], ["export", "--what", "tasks", "--format", "popolo"],
                 ["show", "x:y:z"]):
        r = run(main, [*args, "--archive", arch])
        assert r.exit_code == 1 and r.output.startswith("Error: ") and "Traceback" not in r.output
        assert len(r.output.strip().splitlines()) == 1
    r = run(main, ["stats", "--archive", str(tmp_path / "nowhere")])
    assert r.exit_code == 1 and "minutesparse import" in r.output


def test_samples_import(samples_dir: Path, tmp_path: Path) -> None:
    pdfs = sorted(samples_dir.glob("*.pdf"))
    if not pdfs:
        pytest.skip("no samples yet")
    archive = Archive(tmp_path / "arch")
    report = archive.import_paths([samples_dir], jobs=2)
    assert report.files == len(pdfs)
    assert set(report.failed_by_reason) <= {"scanned_no_text"}
    assert archive.stats()["documents"] == report.outcomes["imported"]
    mod = search_module()
    if mod is not None:  # the search index is kept in step with the store
        assert archive.stats()["unindexed"] == 0
        assert archive.search("zápis").total >= 1 or archive.search("usnesení").total >= 1
        assert archive.reindex() == archive.stats()["documents"]
        assert archive.stats()["unindexed"] == 0


@pytest.mark.corpus
def test_corpus_duplicate_names_differ_only_in_normalisation(corpus: Path, tmp_path: Path) -> None:
    archive = Archive(tmp_path / "arch")
    report = archive.import_paths([corpus / "cercany", corpus / "not-minutes"], jobs=2, ocr="never")
    assert report.files == 6
    assert report.outcomes["duplicate"] == 1
    stored = sum(report.outcomes[k] for k in ("imported", "duplicate"))
    assert stored + report.outcomes["failed"] == 6
    assert archive.stats()["documents"] == report.outcomes["imported"]
    dup = [d for d in archive.records("documents") if len(d["sources"]) == 2]
    assert len(dup) == 1 and all("Zasedání_ZO_1_2020" in unicodedata.normalize("NFC", p) for p in dup[0]["sources"])
