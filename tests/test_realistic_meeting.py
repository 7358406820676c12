"""Held-out realistic minutes: every expected meeting-side field, one test per document and field.

The texts (``tests/realistic/meeting/*.txt``) reproduce formulations and layouts of real Czech
minutes with invented names; their expectations (``*.yaml``) were written from the text, not
from the parser's output.  A field the parser is known to get wrong is listed under
``known_wrong`` in its yaml and runs as a strict xfail, so a fix shows up as XPASS.

A few documents also go through a PDF drawn with reportlab (wrapped lines, page breaks), so the
extraction path is exercised on the same expectations; a document whose yaml has a ``layout`` is
drawn with the furniture and tables of real minutes (``tests/realistic/meeting_layout.py``: header
table with a logo, attendance or label tables, running header, page-numbered footer, signature
blocks side by side).

A few one-page documents (``scan: true``) also go through the OCR path: their PDF is rendered to a
grey, slightly turned, noisy picture (``tests/realistic/meeting_scan.py``), embedded as an
image-only PDF and parsed with tesseract; those tests skip when tesseract with Czech data is
missing.  OCR costs 2-5 s a page, so the subset stays small (at most four pages).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "realistic"))

import expectations as ex
import meeting_layout
import meeting_scan

import minutesparse
from minutesparse.extract import ocr as ocr_mod

CASES = {c.name: c for c in ex.load_cases()}
PDF_CASES = ("01_zo_prose_accusative", "08_zmc_roles_table", "18_zo_run_on_paragraph", "23_full_zo_two_pages",
             "25_komise_headings_one_line", "33_komise_one_paragraph",
             *sorted(name for name, case in CASES.items() if case.expected.get("layout")))
SCAN_CASES = tuple(sorted(name for name, case in CASES.items() if case.expected.get("scan")))
needs_tesseract = pytest.mark.skipif(ocr_mod.unavailable_reason() is not None,
                                     reason=f"OCR not available: {ocr_mod.unavailable_reason()}")


@cache
def _parsed(name: str):
    case = CASES[name]
    return minutesparse.parse_text(case.text, path=str(case.text_path))


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("realistic_pdf")


_PDF_CACHE: dict[str, object] = {}


def _parsed_pdf(name: str, pdf_dir: Path):
    if name not in _PDF_CACHE:
        _PDF_CACHE[name] = minutesparse.parse(_drawn_pdf(name, pdf_dir), ocr="never")
    return _PDF_CACHE[name]


def _drawn_pdf(name: str, directory: Path) -> Path:
    case = CASES[name]
    if case.expected.get("layout"):
        return meeting_layout.layout_to_pdf(case.text, case.expected["layout"], directory / f"{name}.pdf")
    return ex.text_to_pdf(case.text, directory / f"{name}.pdf")


_OCR_CACHE: dict[str, object] = {}


def _parsed_scan(name: str, pdf_dir: Path):
    if name not in _OCR_CACHE:
        drawn = _drawn_pdf(name, pdf_dir)
        scan = meeting_scan.scan_pdf(drawn, pdf_dir / f"{name}.scan.pdf", meeting_scan.seed_of(name),
                                     CASES[name].expected.get("scan"))
        _OCR_CACHE[name] = minutesparse.parse(scan, ocr="auto")
    return _OCR_CACHE[name]


def _params(names, pdf: bool, ocr: bool = False):
    out = []
    for name in names:
        case = CASES[name]
        for field in ex.fields_of(case):
            reason = case.known_wrong(field, pdf=pdf, ocr=ocr)
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            out.append(pytest.param(name, field, marks=marks, id=f"{name}::{field}"))
    return out


def test_held_out_set_is_large_enough():
    assert len(CASES) >= 20
    assert sum(1 for c in CASES.values() if c.expected.get("layout")) >= 5
    assert 3 <= len(SCAN_CASES) <= 4
    for case in CASES.values():
        assert ex.fields_of(case), f"{case.name}: no expectations"


@pytest.mark.parametrize("name, field", _params(sorted(CASES), pdf=False))
def test_text(name: str, field: str):
    ok, expected, got = ex.check(CASES[name], field, _parsed(name))
    assert ok, f"{name}: {field} expected {expected!r}, got {got!r}"


@pytest.mark.parametrize("name, field", _params(PDF_CASES, pdf=True))
def test_pdf(name: str, field: str, pdf_dir: Path):
    ok, expected, got = ex.check(CASES[name], field, _parsed_pdf(name, pdf_dir))
    assert ok, f"{name} (PDF): {field} expected {expected!r}, got {got!r}"


@needs_tesseract
@pytest.mark.parametrize("name, field", _params(SCAN_CASES, pdf=True, ocr=True))
def test_ocr(name: str, field: str, pdf_dir: Path):
    m = _parsed_scan(name, pdf_dir)
    assert m.source.ocr, f"{name}: the scan was not OCR'd"
    ok, expected, got = ex.check(CASES[name], field, m)
    assert ok, f"{name} (OCR): {field} expected {expected!r}, got {got!r}"


def test_every_record_validates_and_has_no_traceback_text():
    for name in CASES:
        m = _parsed(name)
        assert minutesparse.Minutes.model_validate(m.model_dump()) is not None
        for item in m.agenda:
            assert item.page >= 1 and item.raw, f"{name}: agenda item {item.number} without page/raw"
