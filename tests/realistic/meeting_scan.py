"""Turn a drawn PDF into a scanned-looking, image-only PDF, the way a paper copy comes back from
an office scanner: grey, ~200 dpi, slightly turned, with sensor noise and a few specks.

Used for the OCR path of the held-out meeting set (a case whose yaml says ``scan: true``): the
text is drawn with reportlab (``expectations.text_to_pdf`` or ``meeting_layout.layout_to_pdf``),
every page is rendered with pypdfium2, degraded, and placed as a picture on an A4 page, so the
parser has no text layer and must OCR it.  Deterministic: the degradation is seeded by the
case name, and the PDF is written with ``invariant=1``.
"""

from __future__ import annotations

import io
import zlib
from pathlib import Path

DPI = 200
MAX_TURN_DEG = 0.6     # a sheet fed slightly askew
NOISE_SIGMA = 10.0     # grey-level noise of the sensor
SPECKS = 120           # dust and toner dots per page


def seed_of(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


def _degrade(image, rng, noise: float, turn: float):  # type: ignore[no-untyped-def]
    import numpy as np
    from PIL import Image, ImageFilter

    angle = float(rng.uniform(-turn, turn))
    image = image.convert("L").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(radius=0.6))      # scanner optics
    pixels = np.asarray(image, dtype=np.float32)
    pixels = pixels * 0.92 + 10.0                                   # paper is never white, ink never black
    pixels += rng.normal(0.0, noise, size=pixels.shape)
    height, width = pixels.shape
    ys = rng.integers(0, height, size=SPECKS)
    xs = rng.integers(0, width, size=SPECKS)
    for y, x in zip(ys, xs, strict=True):
        pixels[max(0, y - 1):y + 2, max(0, x - 1):x + 2] = rng.uniform(20.0, 120.0)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def scan_pdf(source: Path, out: Path, seed: int, options: dict | None = None) -> Path:
    """Write ``out``: every page of ``source`` rendered, degraded and embedded as a picture.
    ``options`` (a case's ``scan:`` mapping) may ask for a worse copy: ``dpi``, ``noise``, ``turn``
    (degrees) - e.g. ``{dpi: 120, noise: 25, turn: 1.2}`` for a photocopy scanned at low resolution."""
    opts = options if isinstance(options, dict) else {}
    dpi = float(opts.get("dpi", DPI))
    noise = float(opts.get("noise", NOISE_SIGMA))
    turn = float(opts.get("turn", MAX_TURN_DEG))
    import numpy as np
    import pypdfium2
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = np.random.default_rng(seed)
    pdf = pypdfium2.PdfDocument(str(source))
    try:
        first = pdf[0]
        width, height = first.get_size()
        first.close()
        c = canvas.Canvas(str(out), pagesize=(width, height), invariant=1)
        for index in range(len(pdf)):
            page = pdf[index]
            image = page.render(scale=dpi / 72.0, grayscale=True).to_pil()
            page.close()
            buf = io.BytesIO()
            _degrade(image, rng, noise, turn).save(buf, format="PNG")
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, width=width, height=height)
            c.showPage()
        c.save()
    finally:
        pdf.close()
    return out
