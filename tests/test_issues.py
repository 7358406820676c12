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


def test_footer_containing_the_page_number_is_furniture_on_page_one(corpus):
    # cercany/usneseni.pdf: the footer "Usnesení o vydání změny č. 1 ÚP Čerčan" contains "1",
    # which on page 1 equals the page number; it was kept there and ran into the resolution.
    doc = to_text_document(read_pdf(corpus / "cercany" / "usneseni.pdf"))
    assert [ln.page for ln in doc.furniture if "ÚP Čerčan" in ln.text] == [1, 2, 3]
    assert not any(ln.text == "Usnesení o vydání změny č. 1 ÚP Čerčan" for ln in doc.lines)


def test_letter_spaced_labels_keep_their_last_letter_and_word_breaks():
    # reported by the meeting-side owner: "P r o g r a m:" closed up as "Progra m:",
    # "M ě s t o L i t o v e l" (single spaces) as "MěstoLitovel".
    from minutesparse.extract.layout import _close_spacing

    assert _close_spacing("P r o g r a m:") == "Program:"
    assert _close_spacing("P ř í t o m n i :") == "Přítomni:"
    assert _close_spacing("M ě s t o L i t o v e l") == "Město Litovel"
    assert _close_spacing("Z A P I S č. 3/2022") == "ZAPIS č. 3/2022"  # "č." stays an abbreviation
    assert _close_spacing("Z á p i s  č. 5") == "Zápis č. 5"
