"""Bulk import: walk folders, hash, parse in a process pool, write with ONE writer.

Flow for every file found:

1. hash its bytes (sha256) in the main process;
2. bytes already stored by this parser version -> ``unchanged`` (a new path for them is
   just another source row: ``duplicate``); a zero-byte file -> failure ``empty``;
3. everything else is parsed once per distinct sha256 by a worker process, which returns
   the record as JSON (or a failure reason);
4. the main process writes each document (record + children + source paths) in one SQLite
   transaction, then hands committed documents to the search index in batches.

Resumable: a ``kill -9`` loses at most the documents not yet committed; the next run skips
what is stored and re-parses the rest.  Crashing workers (segfaults, OOM kills) break
the pool; the importer restarts it and re-runs the suspects one at a time so the file
that kills a worker is recorded as ``crash`` and the innocent ones still import.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
import time
from collections import Counter, deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from minutesparse.archive.ids import doc_id as make_doc_id
from minutesparse.archive.indexing import IndexSync
from minutesparse.archive.lock import ImportLock
from minutesparse.archive.store import Store
from minutesparse.archive.worker import display_path, init_worker, parse_file
from minutesparse.version import __version__

DEFAULT_TIMEOUT = 120.0
# fork (Linux): workers start instantly with the parser already imported by the parent, and
# never re-run the caller's __main__ (scripts, stdin, notebooks work unguarded).  A forked
# worker closes its copy of the import-lock descriptor (so a worker outliving a killed
# importer cannot keep the archive locked), never touches the inherited SQLite/whoosh
# handles, and leaves through os._exit (no finalizers run on them).  Elsewhere: spawn.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"
WINDOW_PER_JOB = 16  # jobs submitted ahead per worker, so parsing goes on while the writer works
OUTCOMES = ("imported", "updated", "unchanged", "duplicate", "failed")


@dataclass
class ImportReport:
    """What one import did.  Every file found ends in exactly one outcome."""

    files: int = 0
    outcomes: Counter = field(default_factory=Counter)          # imported/updated/unchanged/duplicate/failed
    failed_by_reason: Counter = field(default_factory=Counter)
    by_type: Counter = field(default_factory=Counter)           # document_type of every file stored
    failures: list[dict[str, str]] = field(default_factory=list)
    ignored: int = 0                                             # files without a .pdf extension
    pages: int = 0                                               # pages parsed in this run
    parsed: int = 0                                              # documents parsed in this run
    documents: int = 0                                           # distinct documents in the archive after the run
    healed: int = 0                                              # documents (re)indexed at start
    seconds: float = 0.0
    jobs: int = 1

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def files_per_second(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files, "ignored_non_pdf": self.ignored,
            **{k: self.outcomes.get(k, 0) for k in OUTCOMES},
            "failed_by_reason": dict(sorted(self.failed_by_reason.items())),
            "by_document_type": dict(sorted(self.by_type.items())),
            "documents": self.documents, "pages_parsed": self.pages, "seconds": round(self.seconds, 2),
            "pages_per_second": round(self.pages_per_second, 2), "files_per_second": round(self.files_per_second, 2),
            "jobs": self.jobs, "failures": self.failures,
        }


@dataclass
class Progress:
    """Handed to the ``progress`` callback after every file (and once at the start)."""

    total: int
    done: int = 0
    pages: int = 0
    failed: int = 0
    started: float = field(default_factory=time.perf_counter)
    path: str | None = None


@dataclass
class _Job:
    sha256: str
    paths: list[tuple[str, int]]  # (path as stored, size)
    outcome_if_ok: str  # imported or updated
    fs_path: str = ""  # the first path as the OS spells it (may differ for undecodable names)
    started: float = 0.0  # when its future was first seen running
    breaks: int = 0  # broken pools it was part of
    isolated: bool = False  # submitted alone (to find the file that kills a worker)


def discover(paths: Iterable[str | Path]) -> tuple[list[str], int]:
    """Files to import (absolute, sorted, each once) and the number of non-PDF files skipped.

    Folders are walked recursively and yield files named ``*.pdf`` in any letter case;
    a file named on the command line is taken whatever its name.
    """
    found: dict[str, None] = {}
    ignored = 0
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    full = os.path.abspath(os.path.join(root, name))
                    if name.lower().endswith(".pdf") and os.path.isfile(full):
                        found[full] = None
                    else:
                        ignored += 1
        elif p.exists():
            found[os.path.abspath(p)] = None
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    return list(found), ignored


def default_jobs() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def sha256_file(path: str) -> tuple[str, int]:
    with open(path, "rb") as fh:
        digest = hashlib.file_digest(fh, "sha256")
    return digest.hexdigest(), os.path.getsize(path)


class Importer:
    """One import run into an archive (use :meth:`Archive.import_paths`)."""

    def __init__(self, archive_dir: Path, *, jobs: int | None = None, ocr: str = "auto", reparse: bool = False,
                 timeout: float = DEFAULT_TIMEOUT, progress: Callable[[Progress], None] | None = None,
                 worker: Callable[..., dict] = parse_file):
        self.dir = Path(archive_dir)
        self.jobs = max(1, jobs or default_jobs())
        self.ocr = ocr
        self.reparse = reparse
        self.timeout = timeout
        self.progress = progress
        self.worker = worker
        self.report = ImportReport(jobs=self.jobs)
        self._lock_fd: int | None = None

    # ------------------------------------------------------------------ driver
    def run(self, paths: Iterable[str | Path]) -> ImportReport:
        t0 = time.perf_counter()
        files, self.report.ignored = discover(paths)
        with ImportLock(self.dir) as lock:
            self._lock_fd = lock.fd
            self.store = Store(self.dir)
            try:
                self.index = IndexSync(self.dir, self.store)
                self.report.healed = self.index.heal()
                self.state = Progress(total=len(files))
                self._tick(None)
                jobs = self._plan(files)
                if jobs:
                    self._parse_all(jobs)
                self.index.flush()
                self.report.documents = self.store.counts()["documents"]
            finally:
                self.store.close()
        self.report.files = len(files)
        self.report.seconds = time.perf_counter() - t0
        return self.report

    def _tick(self, path: str | None, *, failed: bool = False, pages: int = 0, n: int = 1) -> None:
        if path is not None:
            self.state.done += n
            self.state.failed += n if failed else 0
            self.state.pages += pages
            self.state.path = path
        if self.progress:
            self.progress(self.state)

    # ------------------------------------------------------------------ planning
    def _plan(self, files: list[str]) -> list[_Job]:
        """Settle what needs no parsing; group the rest by content hash."""
        groups: dict[str, list[tuple[str, int]]] = {}
        real: dict[str, str] = {}
        for path in files:
            shown = display_path(path)
            try:
                sha, size = sha256_file(path)
            except OSError as exc:
                self._fail([(shown, 0)], None, "unreadable", f"{shown}: {exc.strerror or exc}")
                continue
            if size == 0:
                self._fail([(shown, 0)], sha, "empty", f"{shown}: empty file (0 bytes)")
                continue
            groups.setdefault(sha, []).append((shown, size))
            real.setdefault(sha, path)
        jobs: list[_Job] = []
        for sha, paths in groups.items():
            known = self.store.known(sha)
            if known and known.parser_version == __version__ and not self.reparse:
                self._unchanged(sha, known.id, paths)
                continue
            if not self.reparse and all(self._known_timeout(p, sha) for p, _ in paths):
                row = self.store.failure_at(paths[0][0])
                self._fail(paths, sha, "timeout", row["message"] + " (not retried; use --reparse)", write=False)
                continue
            jobs.append(_Job(sha, paths, "updated" if known else "imported", real[sha]))
        return jobs

    def _known_timeout(self, path: str, sha: str) -> bool:
        row = self.store.failure_at(path)
        return bool(row and row["sha256"] == sha and row["reason"] == "timeout" and row["parser_version"] == __version__)

    def _unchanged(self, sha: str, document_id: int, paths: list[tuple[str, int]]) -> None:
        before = set(self.store.source_paths(document_id))
        _, orphans = self.store.add_sources(sha, paths)
        self.index.delete(orphans)
        dtype = self.store.conn.execute("SELECT document_type FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
        for path, _ in paths:
            self.report.outcomes["unchanged" if path in before else "duplicate"] += 1
            self.report.by_type[dtype] += 1
            self._tick(path)

    def _fail(self, paths: list[tuple[str, int]], sha: str | None, reason: str, message: str,
              *, write: bool = True) -> None:
        message = display_path(message)
        for path, _ in paths:
            if write:
                self.index.delete(self.store.write_failure(path, sha, reason, message, __version__))
            self.report.outcomes["failed"] += 1
            self.report.failed_by_reason[reason] += 1
            self.report.failures.append({"path": path, "reason": reason, "message": message})
            self._tick(path, failed=True)

    # ------------------------------------------------------------------ parsing (the pool)
    def _pool(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        method = START_METHOD if START_METHOD in methods else "spawn"
        if method == "fork":
            import minutesparse.extract  # noqa: F401 - imported once here, shared by every worker
            import minutesparse.fields.pipeline  # noqa: F401
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context(method),
                                   initializer=init_worker, initargs=(os.getpid(), self._lock_fd if method == "fork" else None))

    def _parse_all(self, jobs: list[_Job]) -> None:
        """Keep every worker busy, store results as they come, survive crashes and hangs.

        The window of submitted jobs is deep (``WINDOW_PER_JOB`` per worker) so workers keep
        parsing while the writer commits and indexes.  A job counts as started once its
        future is ``running()``; the hard time limit is measured from then.  When a worker
        dies the pool breaks: jobs that had started (or were in two broken pools) are
        re-run one at a time, so the file that kills a worker alone is recorded as
        ``crash``; jobs that had not started are simply queued again.
        """
        queue: deque[_Job] = deque(jobs)
        suspects: deque[_Job] = deque()
        inflight: dict[Future, _Job] = {}
        # a job may wait in the executor's call queue for one parse, then run for one timeout;
        # past that (plus slack) its worker is stuck where SIGALRM cannot reach and is killed
        hard_limit = self.timeout * 2 + 5 if self.timeout else None
        window = self.jobs * WINDOW_PER_JOB
        pool = self._pool()
        try:
            while queue or suspects or inflight:
                if suspects:  # isolation: one job at a time until the suspects are cleared
                    if not inflight:
                        self._submit(pool, suspects.popleft(), inflight, alone=True)
                else:
                    while queue and len(inflight) < window:
                        self._submit(pool, queue.popleft(), inflight)
                # nothing left to hand out: index in small batches so little is left at the end
                self.index.draining = not queue and not suspects
                done, _ = wait(list(inflight), timeout=0.5, return_when=FIRST_COMPLETED)
                now = time.perf_counter()
                for fut, job in inflight.items():
                    if not job.started and fut.running():
                        job.started = now
                broken: list[_Job] = []
                for fut in done:
                    job = inflight.pop(fut)
                    try:
                        self._store_result(job, fut.result())
                    except BrokenProcessPool:
                        broken.append(job)
                stuck = [j for j in inflight.values() if hard_limit and j.started and now - j.started > hard_limit]
                if stuck:  # kill the workers; the futures then fail as a broken pool
                    for proc in list(getattr(pool, "_processes", {}).values()):
                        proc.kill()
                    for fut, job in list(inflight.items()):
                        try:
                            fut.result(timeout=10)
                        except Exception:  # noqa: BLE001 - expected: BrokenProcessPool
                            pass
                        if job in stuck:
                            self._fail(job.paths, job.sha256, "timeout",
                                       f"{job.paths[0][0]}: parse took longer than {hard_limit:g} s (worker killed)")
                        else:
                            job.started = 0.0
                            queue.appendleft(job)
                    inflight.clear()
                    pool = self._renew(pool)
                elif broken:
                    broken += list(inflight.values())
                    inflight.clear()
                    self._on_break(broken, queue, suspects)
                    pool = self._renew(pool)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _renew(self, pool: ProcessPoolExecutor) -> ProcessPoolExecutor:
        pool.shutdown(wait=False, cancel_futures=True)
        return self._pool()

    def _on_break(self, broken: list[_Job], queue: deque[_Job], suspects: deque[_Job]) -> None:
        if len(broken) == 1 and broken[0].isolated:
            job = broken[0]
            self._fail(job.paths, job.sha256, "crash",
                       f"{job.paths[0][0]}: the parser process died on this file (crash or out of memory)")
            return
        for job in broken:
            job.breaks += 1
            if job.started or job.breaks >= 2 or job.isolated:
                suspects.append(job)
            else:
                queue.appendleft(job)
            job.started = 0.0

    def _submit(self, pool: ProcessPoolExecutor, job: _Job, inflight: dict[Future, _Job], *,
                alone: bool = False) -> None:
        job.isolated = alone
        inflight[pool.submit(self.worker, job.fs_path or job.paths[0][0], job.sha256, self.ocr, self.timeout)] = job

    def _store_result(self, job: _Job, res: dict) -> None:
        if not res.get("ok"):
            self._fail(job.paths, job.sha256, res.get("reason") or "internal_error",
                       res.get("message") or "unknown error")
            return
        data = res["json"]
        outcome, orphans = self.store.write_document(data, job.paths)
        self.index.delete(orphans)
        did = make_doc_id(job.sha256)
        self.index.add(did, data, [p for p, _ in job.paths], res.get("index"))
        pages = int(res.get("pages") or 0)
        self.report.pages += pages
        self.report.parsed += 1
        for i, (path, _) in enumerate(job.paths):
            self.report.outcomes[job.outcome_if_ok if i == 0 else "duplicate"] += 1
            self.report.by_type[data.get("document_type") or "other"] += 1
            self._tick(path, pages=pages if i == 0 else 0)
