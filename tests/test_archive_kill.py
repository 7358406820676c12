"""kill -9 in the middle of an import, twice, then the same command: the archive ends up
exactly as after an uninterrupted import (no duplicates, no half-written record)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pdfgen
from minutesparse.archive import Archive
from minutesparse.archive.indexing import search_module

N_FILES = 200
TABLES = ("documents", "sources", "people", "attendance", "agenda_items", "votes", "vote_voters", "resolutions",
          "resolution_parts", "tasks", "task_assignees", "failures", "bodies", "meetings")


def _cmd(src: Path, archive: Path) -> list[str]:
    return [sys.executable, "-c", "from minutesparse.cli import main; main()", "import", str(src),
            "--archive", str(archive), "--jobs", "2", "--ocr", "never", "--quiet"]


def _documents(archive: Path) -> int:
    db = archive / "archive.sqlite"
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created yet
        return 0


def _kill_after(src: Path, archive: Path, at_least: int, deadline: float = 120.0) -> int:
    """Start the import, SIGKILL it once ``at_least`` documents are committed."""
    proc = subprocess.Popen(_cmd(src, archive), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    t0 = time.monotonic()
    try:
        while _documents(archive) < at_least:
            if proc.poll() is not None:
                pytest.fail(f"import finished before it could be killed: {proc.stderr.read().decode()[-500:]}")
            if time.monotonic() - t0 > deadline:
                pytest.fail("import made no progress")
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return _documents(archive)


def _counts(archive: Path) -> dict[str, int]:
    conn = sqlite3.connect(archive / "archive.sqlite")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_9_mid_import_then_rerun_completes(tmp_path: Path) -> None:
    src = tmp_path / "src"
    pdfgen.generate(src, N_FILES, max_pages=1, items=1)  # short one-page minutes keep the test fast

    reference = tmp_path / "reference"
    Archive(reference).import_paths([src], jobs=2, ocr="never")
    want = _counts(reference)
    assert want["documents"] == N_FILES and want["failures"] == 0

    archive = tmp_path / "archive"
    first = _kill_after(src, archive, at_least=20)
    assert 0 < first < N_FILES
    second = _kill_after(src, archive, at_least=first + 20)  # killed again while resuming
    assert second < N_FILES
    done = subprocess.run(_cmd(src, archive), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]

    got = _counts(archive)
    assert got == want, f"{got} != {want}; failures: {Archive(archive).failures()[:3]}"
    stats = Archive(archive).stats()
    assert stats["documents"] == N_FILES and stats["sources"] == N_FILES
    if search_module() is not None:
        assert stats["unindexed"] == 0
        mod = search_module()
        mod.SearchIndex(archive).search("zápis")  # the index opens and answers after the kills
