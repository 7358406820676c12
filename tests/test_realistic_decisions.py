"""Held-out realistic decisions: every expected vote, resolution and task field, one test per
document and field.

The texts (``tests/realistic/decisions/*.txt``) reproduce formulations and layouts of real Czech
minutes, resolution lists and committee protocols with invented names; their expectations
(``*.yaml``) were written from the text before the parser was run on them.  A field the parser
is known to get wrong is listed under ``known_wrong`` in its yaml and runs as a strict xfail, so
a fix shows up as XPASS.  A few documents also go through a PDF drawn with reportlab (wrapped
lines, page breaks, running header and footer), so the extraction path is exercised too; those
whose yaml gives a ``pdf:`` layout are drawn with real-layout traits (``layout_pdf``: ruled
tables, side-by-side signatures, a page break inside a resolution, page-numbered footers, and
Word-like traits: bold labels at tab stops, tab-numbered lists, a table repeated over a page
break).  A few one-page documents (``ocr: true``) also go through the OCR path: their PDF is
rendered to a grey, slightly turned, noisy picture (``tests/realistic/meeting_scan.py``), embedded
as an image-only PDF and parsed with tesseract; those tests skip without tesseract and its Czech
data.  OCR costs 2-5 s a page, so that subset stays at four pages at most.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "realistic"))
sys.path.insert(0, str(HERE / "realistic" / "decisions"))

import expect_decisions as ex
import expectations as meeting_ex
import meeting_scan
from layout_pdf import layout_to_pdf

import minutesparse
from minutesparse.extract import ocr as ocr_mod

CASES = {c.name: c for c in ex.load_cases()}
PDF_CASES = ("01_zo_prose_navrh", "02_rm_usneseni_list", "04_one_paragraph", "14_number_after_vote",
             "23_two_pages_break", "29_vote_record_export", "36_parts_without_verbs") + tuple(
    name for name, case in sorted(CASES.items()) if case.expected.get("pdf"))
OCR_CASES = tuple(name for name, case in sorted(CASES.items()) if case.expected.get("ocr"))

needs_tesseract = pytest.mark.skipif(ocr_mod.unavailable_reason() is not None,
                                     reason=f"OCR not available: {ocr_mod.unavailable_reason()}")


@cache
def _parsed(name: str):
    case = CASES[name]
    return minutesparse.parse_text(case.text, path=str(case.text_path))


_PDF_CACHE: dict[str, object] = {}


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("realistic_decisions_pdf")


def _drawn_pdf(name: str, pdf_dir: Path) -> Path:
    case = CASES[name]
    layout = case.expected.get("pdf")
    out = pdf_dir / f"{name}.pdf"
    return layout_to_pdf(case.text, layout, out) if layout else meeting_ex.text_to_pdf(case.text, out)


def _parsed_pdf(name: str, pdf_dir: Path):
    if name not in _PDF_CACHE:
        _PDF_CACHE[name] = minutesparse.parse(_drawn_pdf(name, pdf_dir), ocr="never")
    return _PDF_CACHE[name]


_OCR_CACHE: dict[str, object] = {}


def _parsed_scan(name: str, pdf_dir: Path):
    if name not in _OCR_CACHE:
        scan = meeting_scan.scan_pdf(_drawn_pdf(name, pdf_dir), pdf_dir / f"{name}.scan.pdf", meeting_scan.seed_of(name))
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


def _assert_field(case: ex.Case, m, field: str) -> None:
    bad = [c for c in ex.checks(case, m) if c.field == field and not c.ok]
    assert not bad, f"{case.name} :: {field}\n" + "\n".join(
        f"  {c.where}: expected {c.expected!r}, got {c.got!r}" for c in bad)


def test_the_set_is_big_enough() -> None:
    assert len(CASES) >= 20
    for case in CASES.values():
        assert {"votes", "resolutions", "tasks"} <= case.expected.keys(), case.name
        assert case.expected.get("layout"), case.name


@pytest.mark.parametrize("name, field", _params(sorted(CASES), pdf=False))
def test_text(name: str, field: str) -> None:
    _assert_field(CASES[name], _parsed(name), field)


@pytest.mark.parametrize("name, field", _params(PDF_CASES, pdf=True))
def test_pdf(name: str, field: str, pdf_dir: Path) -> None:
    _assert_field(CASES[name], _parsed_pdf(name, pdf_dir), field)


@needs_tesseract
@pytest.mark.parametrize("name, field", _params(OCR_CASES, pdf=True, ocr=True))
def test_ocr(name: str, field: str, pdf_dir: Path) -> None:
    m = _parsed_scan(name, pdf_dir)
    assert m.source.ocr, f"{name}: the scan was not OCR'd"
    _assert_field(CASES[name], m, field)


def test_the_ocr_subset_is_small_and_one_page() -> None:
    """OCR costs seconds a page: at most four documents, each one page when drawn."""
    assert 3 <= len(OCR_CASES) <= 4
    for name in OCR_CASES:
        assert "\f" not in CASES[name].text, name


def test_every_vote_resolution_and_task_has_provenance() -> None:
    for name in sorted(CASES):
        m = _parsed(name)
        for v in m.votes:
            assert v.page >= 1 and v.raw.strip(), (name, v)
        for r in m.resolutions:
            assert r.page >= 1 and r.raw.strip(), (name, r.number)
        for t in m.tasks:
            assert t.page >= 1 and t.raw.strip(), (name, t.text)


def test_layout_pdf_draws_tables_columns_and_page_furniture(tmp_path: Path) -> None:
    """The renderer itself: a ruled table comes back as table rows, a wide gap as two blocks side
    by side, a form feed as a new page, and the running header/footer on every page."""
    from minutesparse.extract import read_pdf, to_text_document

    text = ("Usnesení č. 1/2024\nRada obce schvaluje program.\n| Pro | Proti | Zdržel se |\n| 5 | 0 | 0 |\n"
            "\fDruhá strana\nJan Novák              Petr Dvořák\n")
    pdf = read_pdf(layout_to_pdf(text, {"header": "Obec Test", "footer": "Stránka {page} z {pages}"},
                                 tmp_path / "t.pdf"), ocr="never")
    assert len(pdf.pages) == 2
    for n, page in enumerate(pdf.pages, 1):
        texts = [ln.text for ln in page.lines]
        assert "Obec Test" in texts and f"Stránka {n} z 2" in texts
    rows = [ln.cells for pg in pdf.pages for ln in pg.lines if ln.cells]
    assert ["Pro", "Proti", "Zdržel se"] in rows and ["5", "0", "0"] in rows
    body = [ln.text for ln in to_text_document(pdf).lines]
    assert "Jan Novák" in body and "Petr Dvořák" in body and "Obec Test" not in body


def test_alignment_tolerates_a_missing_item() -> None:
    """One missed vote fails only that vote, not every later one."""
    case = CASES["01_zo_prose_navrh"]
    m = _parsed("01_zo_prose_navrh")
    before = {(c.where, c.field) for c in ex.checks(case, m) if not c.ok}
    cut = m.model_copy(deep=True)
    del cut.votes[1]
    after = {(c.where, c.field) for c in ex.checks(case, cut) if not c.ok}
    assert {where for where, field in after - before if field != "votes.count"} == {"votes[1]"}
