"""Generate many small, sample-like Czech minutes PDFs (and one file of each bad kind).

Shared by the archive tests (kill -9 import, bad files) and ``benchmarks/import_speed.py``.
Deterministic: the same seed gives the same bytes... except reportlab's creation date,
which we pin with ``invariant=1``.

    python tests/pdfgen.py OUT_DIR [N]
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
)

TOWNS = [("Litovel", "Litovle"), ("Čerčany", "Čerčan"), ("Blešno", "Blešna"), ("Liberec", "Liberce"),
         ("Úvaly", "Úval"), ("Kostelec", "Kostelce"), ("Hlinsko", "Hlinska"), ("Řevnice", "Řevnic")]
BODIES = [("Rada města", "rady města", "RM"), ("Zastupitelstvo obce", "zastupitelstva obce", "ZO"),
          ("Finanční výbor", "finančního výboru", "FV"), ("Komise pro Smart City", "komise pro Smart City", "KSC")]
GIVEN = ["Jan", "Petr", "Jiří", "Pavel", "Martin", "Eva", "Jana", "Marie", "Lucie", "Tomáš", "Michal", "Hana"]
FAMILY = ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Marek",
          "Pokorný", "Král", "Růžička", "Beneš", "Fiala", "Šolc", "Prachař", "Malý", "Kožušník", "Roubínek"]
TITLES = ["Ing.", "Mgr.", "Bc.", "MUDr.", "", "", ""]
TOPICS = ["dotace na opravu chodníku v ulici Nádražní", "rozpočtové opatření č. 3", "pronájem nebytových prostor",
          "zadání veřejné zakázky na rekonstrukci školy", "smlouva o zřízení věcného břemene",
          "výroční zpráva příspěvkové organizace", "prodej pozemku parc. č. 1234/5", "plán zimní údržby",
          "cenová nabídka na opravu hřiště", "žádost spolku o finanční příspěvek"]
VERBS = ["schvaluje", "bere na vědomí", "doporučuje", "neschvaluje", "ukládá", "souhlasí s"]
MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
          "listopadu", "prosince"]


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "GenSans" in pdfmetrics.getRegisteredFontNames():
        return "GenSans"
    for cand in _FONT_CANDIDATES:
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("GenSans", cand))
            return "GenSans"
    return "Helvetica"  # no Czech glyphs, but still a valid text PDF


def _person(rng: random.Random) -> str:
    t = rng.choice(TITLES)
    return f"{t} {rng.choice(GIVEN)} {rng.choice(FAMILY)}".strip()


def minutes_lines(seed: int, max_pages: int = 3) -> tuple[list[str], int]:
    """Text lines of one generated document and its target page count (1–max_pages)."""
    rng = random.Random(seed)
    town, town_gen = rng.choice(TOWNS)
    body, body_gen, abbr = rng.choice(BODIES)
    year = rng.choice([2021, 2022, 2023, 2024])
    number = rng.randint(1, 60)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    present = [_person(rng) for _ in range(rng.randint(3, 7))]
    excused = [_person(rng) for _ in range(rng.randint(0, 2))]
    items = rng.sample(TOPICS, rng.randint(2, 6))
    lines = [f"Město {town}", "", f"Zápis z {number}. jednání {body_gen} {town_gen}",
             f"konaného dne {day}. {MONTHS[month - 1]} {year} od 16:00 hodin v zasedací místnosti",
             "", "Přítomni: " + ", ".join(present)]
    if excused:
        lines.append("Omluveni: " + ", ".join(excused))
    lines += [f"Přítomno je {len(present)} členů, {body.split()[0].lower()} je usnášeníschopná.", "", "Program:"]
    lines += [f"{i}. {t.capitalize()}" for i, t in enumerate(items, 1)]
    lines.append("")
    n = len(present)
    for i, topic in enumerate(items, 1):
        yes = rng.randint(n // 2, n)
        no = rng.randint(0, n - yes)
        abst = n - yes - no
        verb = rng.choice(VERBS)
        lines += [f"K bodu {i}: {topic.capitalize()}",
                  f"Předkladatel seznámil přítomné s materiálem k bodu {topic}. Proběhla diskuse.",
                  f"Usnesení č. {number}/{i}/{year}/{abbr}",
                  f"{body} {town_gen} {verb} {topic}.",
                  f"Hlasování: pro {yes}, proti {no}, zdržel se {abst}",
                  "Usnesení bylo přijato." if yes > n / 2 else "Usnesení nebylo přijato.", ""]
    lines += [f"Zapsal: {_person(rng)}", f"Ověřovatel: {rng.choice(present)}", f"V {town_gen} dne {day}. {month}. {year}"]
    return lines, min(rng.randint(1, 3), max_pages)


def minutes_pdf(seed: int, max_pages: int = 3) -> bytes:
    """One small text PDF (1–3 pages, footer 'Stránka i z n')."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _font()
    lines, pages = minutes_lines(seed, max_pages)
    per_page = len(lines) if pages == 1 else max(12, -(-len(lines) // pages))
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    width, height = A4
    for p, chunk in enumerate(chunks, 1):
        y = height - 60
        step = min(16.0, (height - 110) / max(1, len(chunk)))  # everything fits above the footer
        for line in chunk:
            c.setFont(font, min(13 if line.startswith("Zápis") else 10, step * 0.8))
            c.drawString(60, y, line[:110])
            y -= step
        c.setFont(font, 8)
        c.drawString(width / 2 - 30, 30, f"Stránka {p} z {len(chunks)}")
        c.showPage()
    c.save()
    return buf.getvalue()


def generate(out_dir: Path, n: int, start: int = 0, max_pages: int = 3) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in range(start, start + n):
        p = out_dir / f"zapis_{seed:05d}.pdf"
        p.write_bytes(minutes_pdf(seed, max_pages))
        paths.append(p)
    return paths


def scanned_pdf(seed: int = 7) -> bytes:
    """An image-only PDF (a 'scan' of a generated page, no text layer)."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    lines, _ = minutes_lines(seed)
    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    try:
        fnt = ImageFont.truetype(_FONT_CANDIDATES[0], 26)
    except OSError:
        fnt = ImageFont.load_default()
    for i, line in enumerate(lines[:40]):
        draw.text((100, 100 + i * 38), line, fill=0, font=fnt)
    png = io.BytesIO()
    img.save(png, "PNG", optimize=True)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, *A4)
    c.showPage()
    c.save()
    return buf.getvalue()


def bad_files(out_dir: Path) -> dict[str, str]:
    """One file of each bad kind plus an owner-password-only PDF (good).  -> {filename: expected reason}"""
    import pikepdf

    out_dir.mkdir(parents=True, exist_ok=True)
    good = minutes_pdf(1)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, reason: str) -> None:
        (out_dir / name).write_bytes(data)
        expected[name] = reason

    with pikepdf.open(io.BytesIO(good)) as pdf:
        enc = io.BytesIO()
        pdf.save(enc, encryption=pikepdf.Encryption(user="tajne", owner="tajne", R=6))
        owner = io.BytesIO()
        pdf.save(owner, encryption=pikepdf.Encryption(user="", owner="vlastnik", R=6,
                                                      allow=pikepdf.Permissions(extract=False, modify_other=False)))
    put("zaheslovany.pdf", enc.getvalue(), "encrypted")
    put("jen_vlastnik.pdf", owner.getvalue(), "ok")
    put("poskozeny.pdf", b"%PDF-1.7\n" + bytes(random.Random(3).randrange(256) for _ in range(4000)) + b"\n%%EOF\n",
        "corrupt")
    put("useknuty.pdf", good[: len(good) // 3], "truncated")
    put("prazdny.pdf", b"", "empty")
    put("neni_pdf.PDF", "Toto je obyčejný text, ne PDF.\n".encode(), "not_pdf")
    put("sken.pdf", scanned_pdf(), "scanned_no_text")
    put("dobry.pdf", minutes_pdf(99_999), "ok")
    return expected


if __name__ == "__main__":
    target = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    print(len(generate(target, count)), "PDFs in", target)
