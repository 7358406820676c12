"""Generate many sample-like Czech minutes PDFs (and one file of each bad kind).

Shared by the archive tests (kill -9 import, bad files) and ``benchmarks/import_speed.py``.
"Sample-like" means like ``samples/*.pdf`` and real minutes: 1–3 A4 pages of wrapped prose,
about 3,000–5,000 characters (the samples hold 2,900–6,000 characters on 2–3 pages; the Litovel
resolution lists ~2,000 characters a page): a header, attendance with guests and roles, a
numbered programme, per item a discussion paragraph, a resolution with its vote in the
document's one notation and its result, tasks with deadlines, the next meeting and signatures;
bold headings, a running footer with page numbers, a running header on later pages.
``max_pages=1`` keeps only as many items as fit one page; ``items=1`` makes short documents
(the kill test uses both, for speed: it needs many files, not long ones).

Deterministic: the same seed gives the same bytes (reportlab's creation date is pinned with
``invariant=1``).

    python tests/pdfgen.py OUT_DIR [N]
"""

from __future__ import annotations

import io
import random
import sys
from dataclasses import dataclass
from pathlib import Path

_FONT_CANDIDATES = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
)

# (nominative, genitive, locative)
TOWNS = [("Litovel", "Litovel", "Litovli"), ("Čerčany", "Čerčany", "Čerčanech"), ("Blešno", "Blešno", "Blešně"),
         ("Liberec", "Liberec", "Liberci"), ("Úvaly", "Úvaly", "Úvalech"), ("Kostelec", "Kostelec", "Kostelci"),
         ("Hlinsko", "Hlinsko", "Hlinsku"), ("Řevnice", "Řevnice", "Řevnicích"), ("Dolní Lomnice", "Dolní Lomnice",
         "Dolní Lomnici"), ("Nové Sedlice", "Nové Sedlice", "Nových Sedlicích")]
# (name, genitive, abbreviation, quorum adjective, meeting noun)
BODIES = [("Rada města", "rady města", "RM", "usnášeníschopná", "schůze"),
          ("Zastupitelstvo obce", "zastupitelstva obce", "ZO", "usnášeníschopné", "zasedání"),
          ("Finanční výbor", "finančního výboru", "FV", "usnášeníschopný", "jednání"),
          ("Kontrolní výbor", "kontrolního výboru", "KV", "usnášeníschopný", "jednání"),
          ("Komise pro Smart City", "komise pro Smart City", "KSC", "usnášeníschopná", "jednání"),
          ("Komise stavební", "komise stavební", "KS", "usnášeníschopná", "jednání")]
GIVEN_M = ["Jan", "Petr", "Jiří", "Pavel", "Martin", "Tomáš", "Michal", "Josef", "Karel", "Radek", "Ondřej"]
GIVEN_F = ["Eva", "Jana", "Marie", "Lucie", "Hana", "Lenka", "Tereza", "Renata", "Petra"]
FAMILY = [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Dvořák", "Dvořáková"), ("Černý", "Černá"),
          ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Horák", "Horáková"),
          ("Němec", "Němcová"), ("Marek", "Marková"), ("Pokorný", "Pokorná"), ("Král", "Králová"),
          ("Růžička", "Růžičková"), ("Beneš", "Benešová"), ("Fiala", "Fialová"), ("Šolc", "Šolcová"),
          ("Prachař", "Prachařová"), ("Malý", "Malá"), ("Kožušník", "Kožušníková"), ("Roubínek", "Roubínková")]
TITLES = ["Ing.", "Mgr.", "Bc.", "MUDr.", "Ing. arch.", "", "", "", ""]
ROLES = ["vedoucí odboru správy majetku", "vedoucí finančního odboru", "tajemník úřadu", "ředitelka mateřské školy",
         "projektant", "zástupce společnosti Vodovody a kanalizace, a. s.", "velitel JSDH"]
STREETS = ["Nádražní", "Husova", "Zahradní", "Palackého", "Školní", "Za Humny", "Komenského", "Lipová"]
MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
          "listopadu", "prosince"]

# programme items: (title, resolution wording after the verb, the verb)
TOPICS = [
    ("Rozpočtové opatření č. {n}/{year}", "schvaluje",
     "rozpočtové opatření č. {n}/{year}, kterým se zvyšují příjmy i výdaje rozpočtu o {amount} Kč"),
    ("Prodej pozemku p. č. {parc} v k. ú. {town}", "schvaluje",
     "prodej pozemku p. č. {parc} o výměře {m2} m2 v k. ú. {town} za kupní cenu {amount} Kč "
     "a pověřuje starostu podpisem kupní smlouvy"),
    ("Dotace na opravu chodníku v ulici {street}", "schvaluje",
     "podání žádosti o dotaci na opravu chodníku v ulici {street} a spolufinancování akce z rozpočtu "
     "ve výši {amount} Kč"),
    ("Pronájem nebytových prostor v domě {street} {cp}", "schvaluje",
     "pronájem nebytových prostor v domě {street} {cp} o výměře {m2} m2 za nájemné {amount} Kč ročně"),
    ("Veřejná zakázka na rekonstrukci základní školy", "schvaluje",
     "zadávací dokumentaci veřejné zakázky na rekonstrukci základní školy s předpokládanou hodnotou "
     "{amount} Kč bez DPH a jmenuje hodnoticí komisi ve složení {p1}, {p2}, {p3}"),
    ("Smlouva o zřízení věcného břemene", "schvaluje",
     "uzavření smlouvy o zřízení věcného břemene na pozemku p. č. {parc} ve prospěch společnosti "
     "ČEZ Distribuce, a. s., za jednorázovou úhradu {amount} Kč"),
    ("Výroční zpráva příspěvkové organizace", "bere na vědomí",
     "výroční zprávu příspěvkové organizace Mateřská škola {town} za rok {prev}"),
    ("Plán zimní údržby místních komunikací", "schvaluje",
     "plán zimní údržby místních komunikací na období {year}/{next}"),
    ("Žádost spolku o finanční příspěvek", "schvaluje",
     "poskytnutí finančního příspěvku ve výši {amount} Kč spolku TJ Sokol {town} na činnost mládeže "
     "a uzavření veřejnoprávní smlouvy o jeho poskytnutí"),
    ("Obecně závazná vyhláška o místním poplatku", "vydává",
     "obecně závaznou vyhlášku č. {n}/{year} o místním poplatku za obecní systém odpadového hospodářství"),
    ("Cenová nabídka na opravu dětského hřiště", "doporučuje",
     "radě města přijmout cenovou nabídku firmy Stavby {fam} s. r. o. na opravu dětského hřiště "
     "ve výši {amount} Kč včetně DPH"),
    ("Plán inventur na rok {year}", "schvaluje",
     "plán inventur na rok {year} a jmenuje ústřední inventarizační komisi ve složení {p1}, {p2}, {p3}"),
    ("Žádost o prodloužení nájemní smlouvy – byt č. {n}, {street} {cp}", "neschvaluje",
     "prodloužení nájemní smlouvy k bytu č. {n} v domě {street} {cp}"),
    ("Kontrola plnění usnesení", "bere na vědomí",
     "zprávu o plnění usnesení z minulého jednání"),
]
DISCUSSION = [
    "{pres} seznámil přítomné s podklady k tomuto bodu, které členové obdrželi spolu s pozvánkou.",
    "V diskusi se {p} dotazoval na harmonogram prací a na možnost rozložit úhradu do dvou rozpočtových let.",
    "Vedoucí odboru správy majetku uvedl, že práce budou zahájeny nejdříve na jaře příštího roku.",
    "{p} upozornil na nutnost projednat záměr s vlastníky sousedních pozemků ještě před podpisem smlouvy.",
    "Materiál projednal finanční výbor, který jej doporučil ke schválení bez připomínek.",
    "Záměr byl zveřejněn na úřední desce po dobu 15 dnů a připomínky k němu nebyly uplatněny.",
    "Cena odpovídá znaleckému posudku č. {n}/{year} a je v místě a čase obvyklá.",
    "Náklady akce jsou odhadovány na {amount} Kč včetně DPH, prostředky jsou zahrnuty ve schváleném rozpočtu.",
    "Členové se shodli, že je třeba doplnit podklady o fotodokumentaci současného stavu a o vyjádření správce sítí.",
    "{p} navrhl doplnit do usnesení termín předložení vyúčtování; návrh byl zapracován do textu usnesení.",
    "Ke smlouvě se vyjádřil právník úřadu, podle něhož návrh odpovídá platným předpisům.",
    "{p} připomněl, že obdobná žádost byla projednána již v loňském roce a tehdy nebyla podpořena.",
    "Předsedající doplnil, že akce je součástí střednědobého výhledu rozpočtu na roky {year}–{next}.",
    "Další připomínky nebyly vzneseny, předsedající proto přistoupil k hlasování.",
]
VOTE_FORMATS = ["Hlasování: pro {y}, proti {n}, zdržel se {a}",
                "Hlasování: pro - {y}, proti - {n}, zdržel se – {a}",
                "PRO ( {y} ) – PROTI ( {n} ) – ZDRŽEL SE ( {a} )",
                "Výsledek hlasování: pro {y}, proti {n}, zdržel se {a}"]


@dataclass
class Block:
    """One paragraph of the document: ``kind`` is title, heading, text or sign."""

    kind: str
    text: str


def _font() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "GenSans" in pdfmetrics.getRegisteredFontNames():
        return "GenSans", "GenSans-Bold"
    for regular, bold in _FONT_CANDIDATES:
        if Path(regular).exists():
            pdfmetrics.registerFont(TTFont("GenSans", regular))
            pdfmetrics.registerFont(TTFont("GenSans-Bold", bold if Path(bold).exists() else regular))
            return "GenSans", "GenSans-Bold"
    return "Helvetica", "Helvetica-Bold"  # no Czech glyphs, but still a valid text PDF


class _People:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

        self.women: set[str] = set()

    def one(self) -> str:
        while True:
            female = self.rng.random() < 0.4
            given = self.rng.choice(GIVEN_F if female else GIVEN_M)
            family = self.rng.choice(FAMILY)[1 if female else 0]
            name = f"{self.rng.choice(TITLES)} {given} {family}".strip()
            if family not in self.used:
                self.used.add(family)
                if female:
                    self.women.add(name)
                return name


def _surname(person: str) -> str:
    return person.split()[-1]


def _amount(rng: random.Random) -> str:
    return f"{rng.randint(12, 2400) * 1000 + rng.choice([0, 500]):,}".replace(",", "\u00a0")


def minutes_blocks(seed: int, items: int | None = None) -> list[Block]:
    """The paragraphs of one generated document (``items``: programme items, default random)."""
    rng = random.Random(seed)
    town, town_gen, town_loc = rng.choice(TOWNS)
    body, body_gen, abbr, quorum_adj, meeting = rng.choice(BODIES)
    year = rng.choice([2021, 2022, 2023, 2024])
    number = rng.randint(1, 60)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    people = _People(rng)
    members = [people.one() for _ in range(rng.randint(5, 9))]
    excused = [members.pop() for _ in range(rng.randint(0, 2))]
    guests = [f"{people.one()} – {rng.choice(ROLES)}" for _ in range(rng.randint(0, 3))]
    present = len(members)
    chair, recorder = members[0], people.one()
    vote_fmt = rng.choice(VOTE_FORMATS)
    labelled = rng.random() < 0.5  # "Usnesení č. X: text" vs "Návrh usnesení: text ... Usnesení č. X bylo přijato."
    n_items = items if items is not None else rng.randint(2, 6)
    topics = rng.sample(TOPICS, n_items)

    men = [m for m in members if m not in people.women] or members  # the sentences say "uvedl", "upozornil"

    def fill(template: str) -> str:
        return template.format(
            n=rng.randint(1, 12), year=year, prev=year - 1, next=year + 1, amount=_amount(rng),
            parc=f"{rng.randint(100, 3999)}/{rng.randint(1, 40)}", m2=rng.randint(40, 2500), town=town,
            street=rng.choice(STREETS), cp=rng.randint(1, 999), fam=rng.choice(FAMILY)[0],
            p1=_surname(rng.choice(members)), p2=_surname(rng.choice(members)), p3=_surname(rng.choice(members)),
            pres=rng.choice(men), p=rng.choice(men))

    blocks = [Block("title", f"Město {town}" if abbr in ("RM", "KSC", "KS") else f"Obec {town}"),
              Block("title", f"Zápis z {number}. {meeting} {body_gen} {town_gen}"),
              Block("text", f"konaného dne {day}. {MONTHS[month - 1]} {year} od {rng.choice([15, 16, 17])}:00 hodin "
                            f"v zasedací místnosti {'městského' if abbr != 'ZO' else 'obecního'} úřadu"),
              Block("text", "Přítomni: " + ", ".join(members))]
    if excused:
        blocks.append(Block("text", ("Omluveni: " if len(excused) > 1 else "Omluven: ") + ", ".join(excused)))
    if guests:
        blocks.append(Block("text", "Hosté: " + ", ".join(guests)))
    blocks.append(Block("text", f"Přítomno je {present} členů, {body.split()[0].lower()} je {quorum_adj}. "
                                f"Jednání řídil {chair}. Ověřovatelem zápisu byl určen {rng.choice(members[1:])}."))
    titles = [fill(t[0]) for t in topics]
    blocks.append(Block("heading", "Program:"))
    blocks += [Block("text", f"{i}. {t}") for i, t in enumerate(titles, 1)]
    for i, ((_, verb, wording), title) in enumerate(zip(topics, titles), 1):
        blocks.append(Block("heading", f"Ad {i}) {title}"))
        sentences = rng.sample(DISCUSSION[:-1], rng.randint(2, 4)) + DISCUSSION[-1:]
        blocks.append(Block("text", " ".join(fill(s) for s in sentences)))
        yes = rng.randint(present // 2, present)
        no = rng.randint(0, present - yes)
        abst = present - yes - no
        text = f"{body} {town_gen} {verb} {fill(wording)}."
        res_no = f"{number}/{i}/{year}/{abbr}"
        passed = yes > present / 2
        if labelled:
            blocks.append(Block("text", f"Usnesení č. {res_no}: {text}"))
        else:
            blocks.append(Block("text", f"Návrh usnesení: {text}"))
        blocks.append(Block("text", vote_fmt.format(y=yes, n=no, a=abst)))
        if labelled:
            blocks.append(Block("text", "Usnesení bylo přijato." if passed else "Usnesení nebylo přijato."))
        else:
            blocks.append(Block("text", f"Usnesení č. {res_no} {'bylo' if passed else 'nebylo'} přijato."))
        if passed and rng.random() < 0.4:
            who = rng.choice(members + ["odbor správy majetku", "tajemník úřadu"])
            due = f"{rng.randint(1, 28)}. {rng.randint(1, 12)}. {year + 1}"
            if rng.random() < 0.5:
                blocks.append(Block("text", f"Zodpovídá: {who}   Termín: {due}"))
            else:
                blocks.append(Block("text", f"Úkol: {who} zajistí realizaci usnesení a informuje o ní na příštím "
                                            f"jednání – termín: do {due}."))
    blocks.append(Block("heading", "Různé"))
    nxt = f"{rng.randint(1, 28)}. {month % 12 + 1}. {year + (month == 12)}"
    blocks.append(Block("text", f"{_surname(rng.choice(men))} informoval o stavu přípravy investičních akcí "
                                f"na příští rok. Příští jednání se uskuteční {nxt} od 16:00 hod. "
                                f"Jednání bylo ukončeno v {rng.randint(17, 20)}:{rng.choice(['00', '15', '30', '45'])} hod."))
    blocks += [Block("sign", f"Zapsal/a: {recorder}"), Block("sign", f"Ověřovatel: {rng.choice(members[1:])}"),
               Block("sign", f"V {town_loc} dne {day}. {month}. {year}"),
               Block("sign", f"{chair}, předsedající")]
    return blocks


def minutes_lines(seed: int, max_pages: int = 3) -> tuple[list[str], int]:
    """Text lines of one generated document (unwrapped paragraphs) and its page count."""
    blocks, pages = _fitted(seed, max_pages)
    return [b.text for b in blocks], len(pages)


# --- layout --------------------------------------------------------------------------------------

_W, _H = 595.2756, 841.8898  # A4 in points
_MARGIN, _TOP, _BOTTOM = 62.0, 64.0, 70.0
_SIZES = {"title": (13.0, 17.0), "heading": (10.5, 14.5), "text": (10.0, 13.2), "sign": (10.0, 13.2)}


def _layout(blocks: list[Block]) -> list[list[tuple[str, str, float]]]:
    """Blocks -> pages of (kind, line, gap before the line)."""
    from reportlab.lib.utils import simpleSplit

    regular, bold = _font()
    pages: list[list[tuple[str, str, float]]] = [[]]
    y = _H - _TOP
    for b in blocks:
        size, lead = _SIZES[b.kind]
        font = bold if b.kind in ("title", "heading") else regular
        lines = simpleSplit(b.text, font, size, _W - 2 * _MARGIN) or [""]
        gap = 6.0 if b.kind in ("heading", "sign") or b.text.startswith(("Návrh", "Usnesení č.")) else 2.0
        for k, line in enumerate(lines):
            need = lead + (gap if k == 0 else 0.0)
            if y - need < _BOTTOM:
                pages.append([])
                y = _H - _TOP
            pages[-1].append((b.kind, line, gap if k == 0 else 0.0))
            y -= need
    return pages


def _fitted(seed: int, max_pages: int, items: int | None = None) -> tuple[list[Block], list[list[tuple[str, str, float]]]]:
    """The document with as many of its programme items as fit ``max_pages`` pages."""
    blocks = minutes_blocks(seed, items)
    pages = _layout(blocks)
    n = sum(1 for b in blocks if b.kind == "heading" and b.text.startswith("Ad "))
    while len(pages) > max_pages and n > 1:
        n -= 1
        blocks = minutes_blocks(seed, items=n)
        pages = _layout(blocks)
    return blocks, pages


def minutes_pdf(seed: int, max_pages: int = 3, items: int | None = None) -> bytes:
    """One text PDF of 1–``max_pages`` pages (footer 'Stránka i z n', running header after page 1);
    ``items``: programme items (default 2–6, as many as fit)."""
    from reportlab.pdfgen import canvas

    regular, bold = _font()
    blocks, pages = _fitted(seed, max_pages, items)
    header = blocks[1].text
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(_W, _H), invariant=1, pageCompression=1)
    for p, lines in enumerate(pages, 1):
        if p > 1:
            c.setFont(regular, 8)
            c.drawString(_MARGIN, _H - 36, header)
        y = _H - _TOP
        for kind, line, gap in lines:
            size, lead = _SIZES[kind]
            y -= gap
            c.setFont(bold if kind in ("title", "heading") else regular, size)
            if kind == "title":
                c.drawCentredString(_W / 2, y, line)
            else:
                c.drawString(_MARGIN, y, line)
            y -= lead
        c.setFont(regular, 8)
        c.drawCentredString(_W / 2, 34, f"Stránka {p} z {len(pages)}")
        c.showPage()
    c.save()
    return buf.getvalue()


def generate(out_dir: Path, n: int, start: int = 0, max_pages: int = 3, items: int | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in range(start, start + n):
        p = out_dir / f"zapis_{seed:05d}.pdf"
        p.write_bytes(minutes_pdf(seed, max_pages, items))
        paths.append(p)
    return paths


def scanned_pdf(seed: int = 7) -> bytes:
    """An image-only PDF (a 'scan' of a generated page, no text layer)."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    _, pages = _fitted(seed, 1)
    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    try:
        fnt = ImageFont.truetype(_FONT_CANDIDATES[0][0], 22)
    except OSError:
        fnt = ImageFont.load_default()
    for i, (_, line, _) in enumerate(pages[0][:48]):
        draw.text((100, 100 + i * 32), line, fill=0, font=fnt)
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
