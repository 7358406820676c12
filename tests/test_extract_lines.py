"""Extraction: PDF -> Lines (font size, bold, side-by-side blocks, tables, superscripts)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from minutesparse.extract import read_pdf, to_text_document
from minutesparse.extract.lines import Word, close_letter_spacing, is_bold_font, segment

_spec = importlib.util.spec_from_file_location("extract_pdfs", Path(__file__).parent / "fixtures" / "extract" / "pdfs.py")
pdfs = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(pdfs)  # type: ignore[union-attr]


def texts(data: bytes) -> list[str]:
    return [ln.text for ln in to_text_document(read_pdf(data, ocr="never")).lines]


@pytest.mark.parametrize("name,bold", [
    ("ABCDEF+Arial-BoldMT", True), ("TimesNewRomanPS-BoldMT", True), ("Calibri,Bold", True),
    ("Verdana,B", True), ("Lato-Black", True), ("OpenSans-Semibold", True), ("Roboto-Heavy", True),
    ("TimesNewRomanPSMT", False), ("ArialMT", False), ("Calibri,Italic", False), ("DejaVuSans", False),
])
def test_bold_font_names(name: str, bold: bool) -> None:
    assert is_bold_font(name) is bold


def test_side_by_side_signature_blocks_are_separate_lines() -> None:
    lines = to_text_document(read_pdf(pdfs.signatures_pdf(), ocr="never")).lines
    got = [ln.text for ln in lines]
    # name over role, twice: read column by column, so each name is followed by its role
    i = got.index("Viktor Kohout v. r.")
    assert got[i:i + 4] == ["Viktor Kohout v. r.", "starosta města", "Mgr. Lubomír Broza v. r.", "místostarosta města"]
    # one row holding two blocks that each carry name and role
    assert "Bc. Lukáš Roubínek ověřovatel zápisu v.r." in got
    assert "Mgr. Michal Malý, předseda komise v.r." in got
    left = next(ln for ln in lines if ln.text.startswith("Bc. Lukáš"))
    right = next(ln for ln in lines if ln.text.startswith("Mgr. Michal"))
    assert left.top == pytest.approx(right.top) and left.x1 < right.x0


def test_font_size_and_bold_are_the_dominant_ones() -> None:
    lines = to_text_document(read_pdf(pdfs.signatures_pdf(), ocr="never")).lines
    by_text = {ln.text: ln for ln in lines}
    assert by_text["Viktor Kohout v. r."].bold is True
    assert by_text["starosta města"].bold is False
    assert all(ln.size == 11.0 for ln in lines)
    assert all(ln.page == 1 and ln.x1 > ln.x0 > 0 and ln.top > 0 for ln in lines)


def test_ruled_vote_table_rows_have_cells_and_are_not_repeated() -> None:
    lines = to_text_document(read_pdf(pdfs.vote_table_pdf(), ocr="never")).lines
    rows = [ln for ln in lines if ln.cells is not None]
    assert [r.cells for r in rows] == [pdfs.VOTE_HEADER, pdfs.VOTE_VALUES]
    assert rows[1].text == "5 5 0 0 0 Přijato"
    assert rows[0].table == rows[1].table == 0
    plain = [ln.text for ln in lines if ln.cells is None]
    assert plain == ["1/ Přijetí navrženého programu jednání:", "- Program jednání byl schválen"]
    assert not any("PROTI" in t for t in plain)


def test_a_frame_around_text_is_not_a_table() -> None:
    lines = to_text_document(read_pdf(pdfs.framed_text_pdf(), ocr="never")).lines
    assert all(ln.cells is None for ln in lines)
    assert [ln.text for ln in lines] == ["Komise doporučuje radě města schválit návrh.",
                                         "Hlasování: pro 5, proti 0, zdržel se 0."]


def test_superscripts_stay_inside_their_line() -> None:
    got = texts(pdfs.superscript_pdf())
    assert got == ["pronájem části pozemku o výměře 200 m², druh pozemku orná půda¹ v k.ú. Litovel.",
                   "Druhý řádek textu."]


def _w(text: str, x0: float, x1: float) -> Word:
    return Word(text=text, x0=x0, x1=x1, top=0, bottom=11, size=11)


def test_letter_spaced_heading_is_closed_up() -> None:
    # "M ě s t o   L i t o v e l": 4 pt between letters, 12 pt between the words
    words, x = [], 100.0
    for k, ch in enumerate("Město"):
        words.append(_w(ch, x, x + 6))
        x += 10
    x += 8
    for ch in "Litovel":
        words.append(_w(ch, x, x + 6))
        x += 10
    assert [w.text for w in close_letter_spacing(words)] == ["Město", "Litovel"]
    normal = [_w("a", 0, 6), _w("b", 10, 16), _w("Rada", 20, 40)]
    assert [w.text for w in close_letter_spacing(normal)] == ["a", "b", "Rada"]


def test_large_gap_splits_but_list_markers_and_labels_stay() -> None:
    row = [_w("Jan", 50, 70), _w("Novák", 73, 100), _w("Petr", 300, 320), _w("Svoboda", 323, 360)]
    assert [[w.text for w in part] for part in segment(row)] == [["Jan", "Novák"], ["Petr", "Svoboda"]]
    assert len(segment([_w("1.6", 50, 65), _w("Rozpočet", 100, 150)])) == 1
    assert len(segment([_w("a)", 50, 60), _w("schvaluje", 100, 150)])) == 1
    assert len(segment([_w("Přítomni:", 50, 95), _w("Ing.", 150, 170), _w("Malý", 173, 200)])) == 1


def test_rotated_page_is_read_and_sideways_text_reported() -> None:
    raw = read_pdf(pdfs.rotated_pdf(), ocr="never")
    assert [ln.text for ln in raw.pages[0].lines] == ["Zápis z jednání rady na otočené stránce."]
    # page 2 holds only sideways text: read in its own frame, three lines in order
    assert [ln.text for ln in raw.pages[1].lines] == [
        f"Svisle psaný text tabulky, řádek číslo {k} s hodnotami." for k in (1, 2, 3)]
    assert raw.notices == []


def test_text_in_two_directions_is_reported() -> None:
    raw = read_pdf(pdfs.mixed_direction_pdf(), ocr="never")
    assert [ln.text for ln in raw.pages[0].lines][:1] == ["Vodorovný text stránky, první řádek zápisu z jednání."]
    assert [(n.code, n.page) for n in raw.notices] == [("rotated_text", 1)]


def test_layout_table_cells_come_out_as_text_cell_by_cell() -> None:
    lines = to_text_document(read_pdf(pdfs.layout_table_pdf(), ocr="never")).lines
    assert all(ln.cells is None for ln in lines)
    assert lines[0].text == pdfs.LAYOUT_LABEL
    assert " ".join(ln.text for ln in lines[1:]) == pdfs.LAYOUT_TEXT
    assert len(lines) > 4
