"""PDF -> RawDocument (pdfplumber; OCR fallback) and RawDocument -> TextDocument (layout).

Public to the rest of the package:
- ``read_pdf(source, ocr="auto") -> RawDocument``   raises ``errors.InputError`` subclasses
- ``to_text_document(raw) -> TextDocument``          furniture removed, hyphenation joined
- ``text_to_document(text) -> TextDocument``         for ``parse_text`` (form feeds split pages)
"""

from minutesparse.extract.layout import text_to_document, to_text_document
from minutesparse.extract.pdf import read_pdf

__all__ = ["read_pdf", "text_to_document", "to_text_document"]
