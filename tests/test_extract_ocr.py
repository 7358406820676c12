"""Image-only pages: OCR with tesseract when present, ``scanned_no_text`` otherwise; garbled layers."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import minutesparse
from minutesparse.extract import ocr, read_pdf, to_text_document
from minutesparse.extract.garble import GARBLED_AT, garble_score

_spec = importlib.util.spec_from_file_location("extract_pdfs", Path(__file__).parent / "fixtures" / "extract" / "pdfs.py")
pdfs = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(pdfs)  # type: ignore[union-attr]

needs_tesseract = pytest.mark.skipif(ocr.unavailable_reason() is not None,
                                     reason=f"OCR not available: {ocr.unavailable_reason()}")


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTESPARSE_TESSERACT", "/nonexistent/tesseract")


def _codes(notices) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.code for n in notices]


def test_image_only_page_without_tesseract_warns_scanned_no_text(no_tesseract: None) -> None:
    raw = read_pdf(pdfs.image_only_pdf())
    assert raw.ocr is False and raw.pages[0].has_text_layer is False
    notice = next(n for n in raw.notices if n.code == "scanned_no_text")
    assert notice.page == 1 and "tesseract is not installed" in notice.message
    m = minutesparse.parse(pdfs.image_only_pdf())
    assert any(w.code == "scanned_no_text" for w in m.warnings)
    assert m.source.ocr is False


def test_ocr_never_reports_scan_and_does_not_ocr() -> None:
    raw = read_pdf(pdfs.image_only_pdf(), ocr="never")
    assert _codes(raw.notices) == ["scanned_no_text"]
    assert "--ocr never" in raw.notices[0].message
    assert raw.pages[0].lines == []


def test_blank_page_is_not_a_scan() -> None:
    raw = read_pdf(pdfs.blank_and_text_pdf())
    assert raw.notices == [] and raw.ocr is False
    assert [ln.text for p in raw.pages for ln in p.lines] == ["Jediný řádek textu na druhé stránce dokumentu."]


def test_text_pages_never_pay_for_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError("OCR called on a page with a good text layer")

    monkeypatch.setattr(ocr, "render_page", boom)
    monkeypatch.setattr(ocr, "ocr_image", boom)
    raw = read_pdf(pdfs.vote_table_pdf(), ocr="auto")
    assert raw.ocr is False and raw.notices == []


@needs_tesseract
def test_image_only_page_is_ocred() -> None:
    raw = read_pdf(pdfs.image_only_pdf())
    assert raw.ocr is True and raw.pages[0].ocr is True
    assert "ocr_used" in _codes(raw.notices) and "scanned_no_text" not in _codes(raw.notices)
    got = [ln.text for ln in to_text_document(raw).lines]
    assert got == pdfs.OCR_LINES
    line = raw.pages[0].lines[0]
    assert 8 <= line.size <= 20 and line.top > 0 and line.x1 > line.x0  # positions in points
    m = minutesparse.parse(pdfs.image_only_pdf())
    assert m.source.ocr is True and any(w.code == "ocr_used" for w in m.warnings)


@needs_tesseract
def test_ocr_always_reads_text_pages_too() -> None:
    raw = read_pdf(pdfs.simple_pdf("Zápis z jednání finančního výboru obce"), ocr="always")
    assert raw.pages[0].ocr is True
    assert [ln.text for ln in raw.pages[0].lines] == ["Zápis z jednání finančního výboru obce"]


def test_ocr_always_without_tesseract_says_so(no_tesseract: None) -> None:
    raw = read_pdf(pdfs.simple_pdf(), ocr="always")
    assert "ocr_unavailable" in _codes(raw.notices)
    assert [ln.text for ln in raw.pages[0].lines] == ["Zápis z jednání komise"]


def test_tsv_parsing_groups_lines_and_scales_to_points() -> None:
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    rows = [
        "5\t1\t1\t1\t1\t1\t100\t200\t120\t40\t96.0\tZápis",
        "5\t1\t1\t1\t1\t2\t240\t200\t60\t40\t90.0\tč.",
        "5\t1\t1\t1\t2\t1\t100\t260\t200\t40\t80.0\tPřítomni:",
        "4\t1\t1\t1\t2\t0\t100\t260\t200\t40\t-1\t",
    ]
    page = ocr.parse_tsv(header + "\n".join(rows) + "\n", pt_per_px=0.24)
    assert [[w.text for w in ln] for ln in page.lines] == [["Zápis", "č."], ["Přítomni:"]]
    assert page.lines[0][0].x0 == pytest.approx(24.0) and page.lines[0][0].top == pytest.approx(48.0)
    assert page.confidence == pytest.approx((96 + 90 + 80) / 3)


def test_garble_score_separates_readable_from_garbled() -> None:
    good = ("Rada města Litovel schvaluje uzavření smlouvy o poskytnutí dotace mezi městem Litovel a spolkem "
            "v předloženém znění a rozpočtovou změnu týkající se této dotace. Zastupitelstvo obce bere na vědomí "
            "zprávu o činnosti finančního výboru za rok 2023 a ukládá starostovi podepsat smlouvu.")
    garbled = ("Obec eerdany v souladu s ustanovenim $ 93 zAkonae. 1P.8,200 Sb., o obcfch, v platn6m zn6ni, "
               "informuje o kon6nf zased6niZastupitelstva obce eer6any. Misto kon6ni: v sele Kulturniho domu "
               "d. p. 28 eerdany Doba konini: 27, unora 2020 (6tvrtek) od 19,00 hod. NavrZen'f proqram")
    assert garble_score(good).score < GARBLED_AT / 2
    assert garble_score(garbled).garbled
    assert not garble_score("Stránka 1 z 5").judged  # too short to judge


@pytest.mark.corpus
def test_cercany_garbled_layer_is_detected(corpus: Path) -> None:
    path = next((corpus / "cercany").glob("Zased*_ZO_1_2020.PDF"))
    raw = read_pdf(path, ocr="never")
    assert "garbled_text_layer" in _codes(raw.notices)
    assert raw.ocr is False


@pytest.mark.corpus
@needs_tesseract
def test_cercany_garbled_layer_is_replaced_by_ocr(corpus: Path) -> None:
    path = next((corpus / "cercany").glob("Zased*_ZO_1_2020.PDF"))
    doc = to_text_document(read_pdf(path))
    assert doc.ocr is True
    assert {"garbled_text_layer", "ocr_used"} <= set(_codes(doc.notices))
    assert "Čerčany" in doc.text and "eerdany" not in doc.text
    assert "Zastupitelstva obce Čerčany" in doc.text


@pytest.mark.corpus
@needs_tesseract
def test_blesno_scan_page_ocr_is_decent(corpus: Path) -> None:
    import io

    import pikepdf

    src = pikepdf.open(corpus / "blesno" / "kanalizace-protokol-vr.pdf")
    one = pikepdf.new()
    one.pages.append(src.pages[0])
    buf = io.BytesIO()
    one.save(buf)
    doc = to_text_document(read_pdf(buf.getvalue()))
    assert doc.ocr is True
    text = doc.text
    for expected in ("PROTOKOL O OTEVÍRÁNÍ OBÁLEK", "Členové komise", "Jan Kopelent, starosta obce Blešno",
                     "Jaroslava Novotná", "Nabídka č. 1"):
        assert expected in text
    assert garble_score(text).score < GARBLED_AT


@pytest.mark.corpus
def test_blesno_without_tesseract_is_reported(corpus: Path, no_tesseract: None) -> None:
    raw = read_pdf(corpus / "blesno" / "vr-radary-protokol.pdf")
    notice = next(n for n in raw.notices if n.code == "scanned_no_text")
    assert f"1-{raw.page_count}" in notice.message
