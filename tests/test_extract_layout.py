"""Layout: page furniture removed, pages stitched, hyphenation joined (PDF and plain text)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from minutesparse.document import Line
from minutesparse.extract import read_pdf, text_to_document, to_text_document
from minutesparse.extract.layout import join_hyphenation, page_number_form

_spec = importlib.util.spec_from_file_location("extract_pdfs", Path(__file__).parent / "fixtures" / "extract" / "pdfs.py")
pdfs = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(pdfs)  # type: ignore[union-attr]


@pytest.mark.parametrize("text,page,pages,expected", [
    ("Stránka 1 z 5", 1, 5, ("strong", 1)),
    ("Strana 3", 3, 5, ("strong", 3)),
    ("str. 2 z 5", 2, 5, ("strong", 2)),
    ("strana 2/5", 2, 5, ("strong", 2)),
    ("Stránka 2 (celkem 5)", 2, 5, ("strong", 2)),
    ("- 2 -", 2, 5, ("strong", 2)),
    ("– 12 –", 12, 20, ("strong", 12)),
    ("2/5", 2, 5, ("strong", 2)),
    ("2 / 5", 2, 5, ("strong", 2)),
    ("2", 2, 5, ("bare", 2)),
    ("Page 4 of 9", 4, 9, ("strong", 4)),
    ("Stránka 6 z 5", 6, 5, None),  # a page number never exceeds the count
    ("12/2024", 1, 3, None),  # a resolution number, not a page number
    ("Rada města Litovel", 1, 3, None),
])
def test_page_number_forms(text: str, page: int, pages: int, expected: tuple[str, int] | None) -> None:
    assert page_number_form(text, page, pages) == expected


def test_furniture_removed_and_resolution_continues_across_page_break() -> None:
    doc = to_text_document(read_pdf(pdfs.furniture_pdf(), ocr="never"))
    text = doc.text
    assert "Stránka" not in text and "Usnesení z 5. schůze" not in text and "16. 5. 2024" not in text
    furniture = [ln.text for ln in doc.furniture]
    assert furniture.count("Usnesení z 5. schůze Rady města Litovel") == 3
    assert [t for t in furniture if t.startswith("Stránka")] == ["Stránka 1 z 3", "Stránka 2 z 3", "Stránka 3 z 3"]
    # real content that repeats at different heights stays
    assert [ln.text for ln in doc.lines].count("Rada města Litovel schvaluje") == 3
    # the resolution's last line on page 1 is followed directly by its continuation on page 2
    lines = [ln.text for ln in doc.lines]
    i = lines.index("Rada města Litovel schvaluje smlouvu o dílo se společností HOCHTIEF")
    assert lines[i + 1] == "CZ a.s. v předloženém znění."
    assert doc.lines[i].page == 1 and doc.lines[i + 1].page == 2
    assert doc.page_count == 3


def test_hyphenated_words_are_joined_but_real_hyphens_kept() -> None:
    lines = [ln.text for ln in to_text_document(read_pdf(pdfs.furniture_pdf(), ocr="never")).lines]
    assert "výpůjčku pozemku v k.ú. Litovel, který je uvedený" in lines
    assert "v příloze, a zřízení služebnosti Frýdek-Místek" in lines
    assert "v předloženém znění." in lines
    assert not any(t.startswith("dený") for t in lines)


@pytest.mark.parametrize("form", ["Stránka {n} z {m}", "- {n} -", "{n}", "str. {n} z {m}", "{n}/{m}", "Strana {n}"])
def test_every_page_number_form_is_furniture(form: str) -> None:
    doc = to_text_document(read_pdf(pdfs.page_number_forms_pdf(form), ocr="never"))
    assert len(doc.furniture) == 3, [ln.text for ln in doc.furniture]
    assert all(ln.text.endswith(": usnesení a hlasování.") for ln in doc.lines)
    assert len(doc.lines) == 15


def _line(text: str, page: int = 1, top: float = 0.0) -> Line:
    return Line(text=text, page=page, top=top, size=11.0)


def test_join_hyphenation_rules() -> None:
    out = join_hyphenation([_line("byl uve-", top=10), _line("dený v zápisu", top=24),
                            _line("obec Frýdek-", top=38), _line("Místek", top=52),
                            _line("stavba č. IV-12-", top=66), _line("8024445/VB/001", top=80),
                            _line("Litovel -", top=94), _line("rekonstrukce", top=108)])
    assert [ln.text for ln in out] == ["byl uvedený", "v zápisu", "obec Frýdek-Místek", "stavba č. IV-12-8024445/VB/001",
                                       "Litovel -", "rekonstrukce"]


def test_join_hyphenation_across_pages_and_not_sideways() -> None:
    out = join_hyphenation([_line("usnesení bylo schvá-", page=1, top=700), _line("leno všemi", page=2, top=60)])
    assert [ln.text for ln in out] == ["usnesení bylo schváleno", "všemi"]
    side = join_hyphenation([Line(text="Novák-", page=1, top=100, x0=50, x1=120, size=11),
                             Line(text="starosta", page=1, top=100, x0=300, x1=350, size=11)])
    assert [ln.text for ln in side] == ["Novák-", "starosta"]


def test_text_to_document_furniture_and_hyphenation() -> None:
    pages = []
    for n, topic in enumerate(["rozpočet", "dotace", "prodej"], start=1):
        pages.append(f"Zápis z jednání zastupitelstva obce\nBod {topic}: zastupitelstvo schvaluje uve-\n"
                     f"dený návrh.\nDalší text bodu {topic}.\nStránka {n} z 3\n")
    doc = text_to_document("\f".join(pages), path="x.txt")
    assert doc.page_count == 3 and doc.path == "x.txt"
    assert [ln.text for ln in doc.lines] == [
        "Bod rozpočet: zastupitelstvo schvaluje uvedený", "návrh.", "Další text bodu rozpočet.",
        "Bod dotace: zastupitelstvo schvaluje uvedený", "návrh.", "Další text bodu dotace.",
        "Bod prodej: zastupitelstvo schvaluje uvedený", "návrh.", "Další text bodu prodej."]
    assert [ln.page for ln in doc.lines] == [1, 1, 1, 2, 2, 2, 3, 3, 3]
    assert len(doc.furniture) == 6


def test_text_to_document_keeps_single_page_text() -> None:
    doc = text_to_document("Zápis č. 5\n\nPřítomni: Jan Novák\n")
    assert [ln.text for ln in doc.lines] == ["Zápis č. 5", "Přítomni: Jan Novák"]
    assert doc.page_count == 1 and doc.furniture == []


def test_seed_text_is_unchanged_by_layout() -> None:
    seed = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_0cd74ed28c505c6b.txt"
    if not seed.exists():
        pytest.skip("seed text not present")
    text = seed.read_text(encoding="utf-8")
    doc = text_to_document(text)
    assert [ln.text for ln in doc.lines] == [t.strip() for t in text.splitlines() if t.strip()]


def test_text_to_document_closes_letter_spacing() -> None:
    doc = text_to_document("M ě s t o   L i t o v e l\nZ á p i s  č. 5\nbody a, b, c, d\nPřítomni:   Jan Novák\n")
    assert [ln.text for ln in doc.lines] == ["Město Litovel", "Zápis č. 5", "body a, b, c, d", "Přítomni:   Jan Novák"]
