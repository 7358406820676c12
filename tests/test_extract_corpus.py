"""Extraction on the real documents in ../shared/corpus (skipped when absent)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutesparse.extract import read_pdf, to_text_document
from minutesparse.extract.layout import page_number_form

pytestmark = pytest.mark.corpus

FOOTER = re.compile(r"Stránka\s+\d+\s+z\s+\d+")


def test_litovel_lines_are_free_of_furniture(corpus: Path) -> None:
    """Every Litovel file: no page footer left in the content, one removed per page."""
    files = sorted((corpus / "litovel").glob("*.pdf"))
    assert len(files) >= 40
    problems = []
    for path in files:
        raw = read_pdf(path, ocr="never")
        doc = to_text_document(raw)
        left = [ln for ln in doc.lines if FOOTER.search(ln.text)
                or (page_number_form(ln.text, ln.page, doc.page_count) or ("",))[0] == "strong"]
        if left:
            problems.append(f"{path.name}: {[(ln.page, ln.text) for ln in left]}")
        if len(doc.furniture) != doc.page_count:
            problems.append(f"{path.name}: {len(doc.furniture)} furniture lines on {doc.page_count} pages: "
                            f"{[ln.text for ln in doc.furniture]}")
        assert raw.notices == [], f"{path.name}: {raw.notices}"
    assert not problems, "\n".join(problems)


def test_litovel_resolution_reads_on_across_the_page_break(corpus: Path) -> None:
    """rm-rm_1_22: RM/6/1/2022 starts on page 1 and ends on page 2 with no footer between."""
    doc = to_text_document(read_pdf(corpus / "litovel" / "rm-rm_1_22.pdf", ocr="never"))
    texts = [ln.text for ln in doc.lines]
    i = texts.index("a) souhlasí s poskytnutím dotace ve výši 10.000 Kč na činnost družstva malé kopané v roce 2022.")
    assert doc.lines[i].page == 1
    assert texts[i + 1].startswith("b) schvaluje uzavření smlouvy o poskytnutí dotace mezi městem Litovel a D. K.")
    assert doc.lines[i + 1].page == 2
    # the heading is letter-spaced in the PDF and the signatures stand side by side
    assert texts[0] == "Město Litovel"
    j = texts.index("Viktor Kohout v. r.") if "Viktor Kohout v. r." in texts else -1
    if j >= 0:
        assert texts[j + 1] == "starosta města"


def test_litovel_square_metres_keep_their_superscript(corpus: Path) -> None:
    doc = to_text_document(read_pdf(corpus / "litovel" / "rm-rm_1_22.pdf", ocr="never"))
    assert "o výměře 200 m², druh pozemku" in doc.text
    assert not any(ln.text.strip() in {"2", "²"} for ln in doc.lines)


def test_pardubice_budget_tables_do_not_break_extraction(corpus: Path) -> None:
    """Big ruled budget tables: rows come out with cells, and no word is lost or doubled."""
    path = corpus / "pardubice-v" / "191218-9-Střednědobý výhled rozpočtu 2018-2022.pdf"
    import pdfplumber

    raw = read_pdf(path, ocr="never")
    rows = [ln for p in raw.pages for ln in p.lines if ln.cells is not None]
    assert len(rows) > 20
    with pdfplumber.open(path) as pdf:
        for page, plumber_page in zip(raw.pages, pdf.pages):
            theirs = sorted((plumber_page.extract_text() or "").split())
            ours = sorted(" ".join(ln.text for ln in page.lines).split())
            assert len(ours) == pytest.approx(len(theirs), rel=0.02), page.number


@pytest.mark.parametrize("rel", [
    "pardubice-v/130319-Pozvánka.pdf",
    "pardubice-v/191218-5-Odměny NČOZ.pdf",
    "cercany/usneseni.pdf",
    "not-minutes/svozovy-plan-pro-rok-2019.pdf",
    "not-minutes/bib-2019-01.pdf",
])
def test_other_corpus_files_extract(corpus: Path, rel: str) -> None:
    """Different producers and layouts: lines come out, furniture goes, nothing raises."""
    doc = to_text_document(read_pdf(corpus / rel, ocr="never"))
    assert len(doc.lines) >= 10
    assert not any((page_number_form(ln.text, ln.page, doc.page_count) or ("",))[0] == "strong" for ln in doc.lines)
    assert all(ln.text.strip() for ln in doc.lines)
