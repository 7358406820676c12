"""OCR of image-only (or garbled) pages with tesseract and its Czech data.

Pages are rendered with pypdfium2 (grayscale, ~300 dpi, capped at ``MAX_PIXELS`` on the
long side so that scans stored as huge pages stay A4-sized) and handed to the
``tesseract`` command as an uncompressed PGM on stdin; its TSV output gives words with
boxes and its own block/paragraph/line grouping.  We call the binary directly rather than
through pytesseract: pytesseract writes the image to a temporary PNG and reads result
files back, while a pipe needs neither and the TSV is ten lines to read.

tesseract runs with ``OMP_THREAD_LIMIT=1`` unless that is set (see ``_env``); pages are
OCR'd one after another (the archive import already runs one process per core).

``MINUTESPARSE_TESSERACT`` names another binary (or a missing one, to test the path
where OCR is not available).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from minutesparse.extract.lines import Word

DPI = 300
MAX_PIXELS = 3600  # long side; A4 at 300 dpi is 3508
LANG = "ces"
TIMEOUT_S = 180


@dataclass(slots=True)
class OcrPage:
    lines: list[list[Word]]  # tesseract's lines, words left to right, in points
    confidence: float  # mean word confidence, 0-100


def tesseract_cmd() -> str | None:
    return os.environ.get("MINUTESPARSE_TESSERACT") or shutil.which("tesseract")


@lru_cache(maxsize=4)
def _available(cmd: str | None) -> str | None:
    """None when OCR can run, else the reason it cannot."""
    if not cmd or not (os.path.isfile(cmd) or shutil.which(cmd)):
        return "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-ces)"
    try:
        out = subprocess.run([cmd, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"tesseract cannot run ({exc})"
    langs = {ln.strip() for ln in (out.stdout + out.stderr).splitlines()}
    if LANG not in langs:
        return "tesseract has no Czech data (apt-get install tesseract-ocr-ces)"
    return None


def unavailable_reason() -> str | None:
    return _available(tesseract_cmd())


def render_page(pdf: Any, index: int) -> tuple[bytes, float]:
    """Render page ``index`` of a pypdfium2 document -> (PGM bytes, points per pixel)."""
    page = pdf[index]
    width, height = page.get_size()
    scale = min(DPI / 72.0, MAX_PIXELS / max(width, height, 1.0))
    bitmap = page.render(scale=scale, grayscale=True)
    image = bitmap.to_pil().convert("L")
    buf = io.BytesIO()
    image.save(buf, format="PPM")
    page.close()
    return buf.getvalue(), 1.0 / scale


def _env() -> dict[str, str]:
    """One OpenMP thread unless the user says otherwise: with several threads tesseract
    busy-waits, and on a shared 2-core machine a page took 37 s instead of 3.7 s."""
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")
    return env


def ocr_image(pgm: bytes, pt_per_px: float) -> OcrPage:
    """Run tesseract on one rendered page; raise RuntimeError with a one-line reason."""
    cmd = tesseract_cmd()
    if cmd is None:
        raise RuntimeError("tesseract is not installed")
    try:
        proc = subprocess.run([cmd, "stdin", "stdout", "-l", LANG, "--psm", "3", "tsv"], input=pgm,
                              capture_output=True, timeout=TIMEOUT_S, env=_env(), check=False)
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"tesseract timed out after {TIMEOUT_S} s") from exc
    except OSError as exc:
        raise RuntimeError(f"tesseract cannot run ({exc})") from exc
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"tesseract failed: {msg[-1] if msg else proc.returncode}")
    return parse_tsv(proc.stdout.decode("utf-8", "replace"), pt_per_px)


def parse_tsv(tsv: str, pt_per_px: float) -> OcrPage:
    groups: dict[tuple[str, str, str], list[Word]] = {}
    confs: list[float] = []
    for rec in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (rec.get("text") or "").strip()
        if rec.get("level") != "5" or not text:
            continue
        try:
            left, top = float(rec["left"]), float(rec["top"])
            width, height = float(rec["width"]), float(rec["height"])
            conf = float(rec["conf"])
        except (KeyError, TypeError, ValueError):
            continue
        confs.append(conf)
        key = (rec["block_num"], rec["par_num"], rec["line_num"])
        groups.setdefault(key, []).append(Word(
            text=text, x0=left * pt_per_px, x1=(left + width) * pt_per_px,
            top=top * pt_per_px, bottom=(top + height) * pt_per_px, size=0.0, chars=len(text),
        ))
    lines = []
    for words in groups.values():
        # the tallest word boxes (ascender, accent, descender) span about the font size
        tall = sorted(w.bottom - w.top for w in words)
        size = round(tall[int(0.9 * (len(tall) - 1))] * 2) / 2
        for w in words:
            w.size = size
        lines.append(sorted(words, key=lambda w: w.x0))
    return OcrPage(lines=lines, confidence=sum(confs) / len(confs) if confs else 0.0)
