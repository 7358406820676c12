"""Regression tests pinned to the real document that showed each bug (as pdfplumber's
tests/test_issues.py).  Corpus documents are read from ../shared/corpus (skipped when absent)."""

from __future__ import annotations

from minutesparse.extract import read_pdf, to_text_document


def test_spaces_drawn_over_glyphs_do_not_split_words(corpus):
    # pardubice-v invitation: the producer draws space glyphs overlapping "v" and "s";
    # read by position they split "salonku" into "s alonku".
    doc = to_text_document(read_pdf(corpus / "pardubice-v" / "191218-Pozvánka.pdf"))
    text = doc.text
    assert "v salonku DK Dukla" in text
    assert "ve středu 19. prosince 2018" in text
