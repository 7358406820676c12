"""What a worker process of the import pool does: parse one file, return JSON or a failure.

Workers never touch the database: they return plain picklable dicts and the main
process (the single writer) stores them.  A worker is warmed once by ``init_worker``
(imports the parser and runs it on a tiny text, so spaCy and the pattern files are
loaded before the first real file) and enforces the per-file timeout itself with
``SIGALRM``; the importer keeps a hard backstop for code stuck outside Python.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from typing import Any

from minutesparse.errors import MinutesparseError, ParseTimeout

#: failure reasons the archive records (``failures.reason``)
REASONS = ("encrypted", "corrupt", "truncated", "empty", "not_pdf", "scanned_no_text", "timeout", "crash",
           "unreadable", "internal_error")

_CODE_TO_REASON = {"unreadable": "corrupt", "missing": "unreadable", "error": "internal_error"}
_WARMUP_TEXT = "Zápis č. 1 z jednání rady obce\nPřítomni: Ing. Jan Novák\nUsnesení č. 1/2024\nRada obce schvaluje program.\n"


def init_worker(importer_pid: int | None = None, lock_fd: int | None = None) -> None:
    """Pool initializer: load the parser once per process, not once per file."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled by the main process
    if lock_fd is not None and importer_pid != os.getpid():
        try:  # a forked copy of the import lock: only the importer may hold it
            os.close(lock_fd)
        except OSError:
            pass
    if importer_pid:
        _exit_with(importer_pid)
    import minutesparse

    try:
        minutesparse.parse_text(_WARMUP_TEXT)
    except Exception:  # noqa: BLE001 - warming is best effort; real errors surface per file
        pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a killed but not yet reaped importer is a zombie: gone for our purpose
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return True


def _exit_with(pid: int, poll: float = 1.0) -> None:
    """Leave when the importer dies (``kill -9``): an orphaned worker would otherwise wait
    forever on the pool's queue (and keep the forkserver alive)."""

    def watch() -> None:
        while _alive(pid):
            time.sleep(poll)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-importer", daemon=True).start()


class _Alarm(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise _Alarm()


def _tail(path: str, size: int = 2048) -> bytes:
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        fh.seek(max(0, fh.tell() - size))
        return fh.read()


def display_path(path: str) -> str:
    """A path as text SQLite can store (undecodable bytes shown as \\x escapes)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def tail_has_eof(data: bytes) -> bool:
    """PDFs end with ``%%EOF`` (within the last KB, allowing trailing junk)."""
    return b"%%EOF" in data[-2048:]


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    e: BaseException | None = exc
    while e is not None and e not in seen:
        seen.append(e)
        e = e.__cause__ or e.__context__
    return seen


def classify(exc: BaseException, data: bytes | None) -> tuple[str, str]:
    """An exception raised while parsing -> (reason code, one-line message)."""
    msg = str(exc).replace("\n", " ").strip() or type(exc).__name__
    chain = _chain(exc)
    if any("password" in type(e).__name__.lower() or "encrypt" in type(e).__name__.lower() for e in chain):
        return "encrypted", msg
    if isinstance(exc, MinutesparseError):
        reason = _CODE_TO_REASON.get(exc.code, exc.code)
        if reason == "corrupt" and data is not None and not tail_has_eof(data):
            return "truncated", f"{msg} (the file ends without %%EOF: truncated)"
        return reason, msg
    return "internal_error", f"{type(exc).__name__}: {msg}"


def scanned_without_text(data: dict) -> str | None:
    """The message of a ``scanned_no_text`` warning when it covers the whole document."""
    warns = [w for w in data.get("warnings") or [] if w.get("code") == "scanned_no_text"]
    if not warns:
        return None
    pages = int((data.get("source") or {}).get("pages") or 0)
    covered = {w.get("page") for w in warns}
    if None in covered or len(covered) >= pages:
        return warns[0].get("message") or "image-only PDF and no OCR available"
    return None


def _prepare_index(sha256: str, data: dict, path: str) -> Any:
    """The document's search records analysed here, in parallel, so the single writer only adds
    them; None when that is not possible (the writer then analyses them itself)."""
    from minutesparse.archive.ids import doc_id
    from minutesparse.archive.indexing import prepare_doc

    try:
        return prepare_doc(doc_id(sha256), data, [display_path(path)])
    except Exception:  # noqa: BLE001 - an optimisation only: never fail a parsed file for it
        return None


def parse_file(path: str, sha256: str, ocr: str, timeout: float) -> dict[str, Any]:
    """Parse one PDF.  Returns ``{"ok": True, "json": ..., "pages": n}`` or
    ``{"ok": False, "reason": ..., "message": ...}``; never raises for a bad file."""
    import minutesparse

    t0 = time.perf_counter()
    data: bytes | None = None
    use_alarm = timeout and timeout > 0 and hasattr(signal, "setitimer")
    old = signal.signal(signal.SIGALRM, _on_alarm) if use_alarm else None
    try:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, timeout)
        data = _tail(path)
        m = minutesparse.parse(path, ocr=ocr)  # type: ignore[arg-type]
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
        m.source.path = display_path(path)
        m.source.sha256 = m.source.sha256 or sha256
        if not tail_has_eof(data):
            m.warn("truncated", "the file ends without %%EOF; pages after the cut are missing")
        out = m.model_dump(mode="json")
        scanned = scanned_without_text(out)
        if scanned:
            msg = scanned if path in scanned else f"{path}: {scanned}"
            return {"ok": False, "reason": "scanned_no_text", "message": msg, "pages": m.source.pages}
        if not tail_has_eof(data) and not (m.resolutions or m.votes or m.agenda or m.attendance.present):
            return {"ok": False, "reason": "truncated", "message": f"{path}: file is cut short (no %%EOF) and gave no records"}
        return {"ok": True, "json": out, "pages": m.source.pages, "seconds": time.perf_counter() - t0,
                "index": _prepare_index(sha256, out, path)}
    except (_Alarm, ParseTimeout):
        return {"ok": False, "reason": "timeout", "message": f"{path}: parse took longer than {timeout:g} s"}
    except OSError as exc:
        return {"ok": False, "reason": "unreadable", "message": f"{path}: {exc.strerror or exc}"}
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the batch
        reason, message = classify(exc, data)
        if path not in message:
            message = f"{path}: {message}"
        return {"ok": False, "reason": reason, "message": message}
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old or signal.SIG_DFL)
