"""Input bytes -> an open pdfplumber document, or a one-line ``errors.InputError``.

Every reason names the path, says what is wrong and, where it helps, what to do.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pdfplumber

from minutesparse.errors import CorruptPdf, EmptyFile, EncryptedPdf, FileMissing, InputError, NotAPdf, TruncatedPdf

# What a non-PDF file named .pdf usually is, by its first bytes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (a .docx/.odt/.xlsx document?)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"<!DOCTYPE html", "an HTML page"),
    (b"<html", "an HTML page"),
    (b"<?xml", "an XML file"),
)
HEADER_WINDOW = 1024  # the PDF header may follow some junk (the spec allows 1 KB)
EOF_WINDOW = 8192


def load_bytes(source: str | Path | bytes | bytearray) -> tuple[bytes, str]:
    """Read the input; raise FileMissing / InputError / EmptyFile / NotAPdf."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data, path = bytes(source), "<bytes>"
    else:
        path = str(source)
        p = Path(source)
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            raise FileMissing(f"{path}: no such file", path) from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a directory, not a PDF file", path) from None
        except PermissionError:
            raise InputError(f"{path}: cannot read the file (permission denied)", path) from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})", path) from None
    if not data:
        raise EmptyFile(f"{path}: empty file (0 bytes)", path)
    head = data[:HEADER_WINDOW]
    if b"%PDF-" not in head:
        raise NotAPdf(f"{path}: not a PDF ({_sniff(head)}, no %PDF header)", path)
    return data, path


def _sniff(head: bytes) -> str:
    stripped = head.lstrip()
    for magic, what in _MAGIC:
        if stripped[: len(magic)].lower() == magic.lower():
            return f"looks like {what}"
    sample = stripped[:512]
    if sample and all(b in b"\t\n\r" or 32 <= b < 127 or b >= 128 for b in sample):
        try:
            sample.decode("utf-8")
            return "looks like plain text"
        except UnicodeDecodeError:
            pass
    return "unknown content"


def open_pdf(data: bytes, path: str) -> Any:
    """Open with pdfplumber and touch the page tree; map failures to one-line errors."""
    truncated = b"%%EOF" not in data[-EOF_WINDOW:]
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfplumber wraps pdfminer's many exception types
        raise _classify(exc, path, truncated) from None
    try:
        pages = pdf.pages
    except Exception as exc:
        pdf.close()
        raise _classify(exc, path, truncated) from None
    if not pages:
        pdf.close()
        if truncated:
            raise TruncatedPdf(f"{path}: truncated PDF (the file ends early; no pages can be read)", path)
        raise CorruptPdf(f"{path}: damaged PDF (no pages can be read)", path)
    if truncated:
        pdf.close()
        raise TruncatedPdf(f"{path}: truncated PDF (no end-of-file marker: the file is incomplete, "
                           "download or copy it again)", path)
    return pdf


def _inner(exc: BaseException) -> BaseException:
    if type(exc).__name__ == "PdfminerException" and exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc


def _classify(exc: BaseException, path: str, truncated: bool) -> InputError:
    inner = _inner(exc)
    name = type(inner).__name__
    if name == "PDFPasswordIncorrect":
        return EncryptedPdf(f"{path}: password-protected PDF: a password is needed to open it", path)
    if name in ("PDFEncryptionError", "PDFEncryptionWarning"):
        return EncryptedPdf(f"{path}: encrypted PDF with an unsupported encryption ({inner})", path)
    if truncated:
        return TruncatedPdf(f"{path}: truncated PDF (the file ends early: {_detail(inner)})", path)
    return CorruptPdf(f"{path}: damaged PDF, cannot be read ({_detail(inner)})", path)


def _detail(exc: BaseException) -> str:
    text = str(exc).strip().replace("\n", " ")
    return f"{type(exc).__name__}: {text}"[:160] if text else type(exc).__name__
