"""Errors raised for input the parser cannot read.  Each carries a one-line reason."""

from __future__ import annotations


class MinutesparseError(Exception):
    """Base class; ``str(err)`` is a one-line, user-facing reason."""

    code = "error"

    def __init__(self, reason: str, path: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.path = path

    def __str__(self) -> str:  # one line, no traceback material
        return self.reason.replace("\n", " ")


class InputError(MinutesparseError):
    """The input could not be read as a PDF at all."""

    code = "unreadable"


class FileMissing(InputError):
    code = "missing"


class EmptyFile(InputError):
    code = "empty"


class NotAPdf(InputError):
    code = "not_pdf"


class CorruptPdf(InputError):
    code = "corrupt"


class TruncatedPdf(CorruptPdf):
    """The file ends before the PDF does (an interrupted download or copy)."""

    code = "truncated"


class EncryptedPdf(InputError):
    """A password is needed to open the PDF (an owner-only password is no obstacle)."""

    code = "encrypted"


class ParseTimeout(MinutesparseError):
    code = "timeout"
