"""Bad input: one-line reasons from the library (``errors.*``) and the CLI (exit 1, no traceback)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from click.testing import CliRunner

import minutesparse
from minutesparse import errors
from minutesparse.cli import main
from minutesparse.extract import read_pdf

_spec = importlib.util.spec_from_file_location("extract_pdfs", Path(__file__).parent / "fixtures" / "extract" / "pdfs.py")
pdfs = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(pdfs)  # type: ignore[union-attr]


def _good() -> bytes:
    return pdfs.simple_pdf("Zápis z jednání komise pro Smart City")


def _corrupt() -> bytes:
    good = _good()
    start = good.index(b"stream")  # keep the header and the end marker, destroy the body
    return good[:20] + b"\x00garbage" * 200 + good[-40:] if start else good


CASES: dict[str, tuple[object, type[errors.InputError], str]] = {
    # name: (bytes, or None for a missing file), error class, words the reason must contain
    "missing": (None, errors.FileMissing, "no such file"),
    "empty": (b"", errors.EmptyFile, "empty file"),
    "html": (b"<!DOCTYPE html><html><body>404</body></html>", errors.NotAPdf, "not a PDF"),
    "text": ("Zápis z jednání\n".encode(), errors.NotAPdf, "not a PDF"),
    "docx": (b"PK\x03\x04" + b"\x00" * 100, errors.NotAPdf, "ZIP"),
    "corrupt": (None, errors.CorruptPdf, "damaged PDF"),
    "truncated": (None, errors.TruncatedPdf, "truncated PDF"),
    "encrypted": (None, errors.EncryptedPdf, "password-protected PDF: a password is needed to open it"),
}


def _make(name: str, tmp_path: Path) -> Path:
    data, _cls, _words = CASES[name]
    path = tmp_path / f"{name}.pdf"
    if name == "missing":
        return path
    if name == "corrupt":
        data = _corrupt()
    elif name == "truncated":
        good = _good()
        data = good[: len(good) // 2]
    elif name == "encrypted":
        data = pdfs.encrypted_pdf(user="tajne")
    path.write_bytes(data)  # type: ignore[arg-type]
    return path


@pytest.mark.parametrize("name", list(CASES))
def test_library_raises_one_line_reason_with_path(name: str, tmp_path: Path) -> None:
    path = _make(name, tmp_path)
    _data, cls, words = CASES[name]
    with pytest.raises(cls) as info:
        minutesparse.parse(path)
    reason = str(info.value)
    assert "\n" not in reason
    assert str(path) in reason
    assert words in reason
    assert info.value.path == str(path)
    assert isinstance(info.value, errors.InputError) and info.value.code


@pytest.mark.parametrize("name", list(CASES))
def test_cli_prints_one_line_and_exits_1(name: str, tmp_path: Path) -> None:
    path = _make(name, tmp_path)
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 1, result.output
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1, err
    assert str(path) in err and CASES[name][2] in err
    assert "Traceback" not in result.output + result.stderr
    assert result.stdout == ""


def test_bytes_input_errors_name_the_input() -> None:
    with pytest.raises(errors.NotAPdf, match="<bytes>: not a PDF"):
        read_pdf(b"hello")
    with pytest.raises(errors.EmptyFile):
        read_pdf(b"")


def test_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(errors.InputError, match="is a directory"):
        read_pdf(tmp_path)


def test_owner_password_only_parses_normally(tmp_path: Path) -> None:
    path = tmp_path / "owner-only.pdf"
    path.write_bytes(pdfs.encrypted_pdf(user=""))
    raw = read_pdf(path)
    assert [ln.text for p in raw.pages for ln in p.lines] == ["Tajný zápis z jednání"]
    m = minutesparse.parse(path)
    assert m.source.pages == 1
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output


def test_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(_good())
    bad = _make("empty", tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["parse", str(bad), str(good), "--out", str(out)])
    assert result.exit_code == 1
    assert (out / "good.json").exists()
    assert "empty file" in result.stderr and "Traceback" not in result.stderr


def test_invalid_ocr_mode_is_rejected() -> None:
    with pytest.raises(ValueError, match="ocr must be one of"):
        read_pdf(_good(), ocr="sometimes")  # type: ignore[arg-type]
