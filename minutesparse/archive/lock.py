"""The import lock: one writer per archive.

``fcntl.flock`` on ``<archive>/import.lock``: the kernel releases it when the holder
dies (even by ``kill -9``), so a crashed import never leaves a stale lock behind.
The file holds the holder's PID, for the error message only.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

LOCK_NAME = "import.lock"


class ArchiveBusy(RuntimeError):
    """Another import is writing to this archive."""


class ImportLock:
    def __init__(self, archive_dir: Path):
        self.path = Path(archive_dir) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise ArchiveBusy(
                f"another import (pid {holder}) is writing to {self.path.parent}; "
                "wait for it to finish or use another --archive") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    @property
    def fd(self) -> int | None:
        """The locked descriptor (a forked child should close its copy)."""
        return self._fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "ImportLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
