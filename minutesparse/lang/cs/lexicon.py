"""Frequent Czech word forms and the Czech alphabet (data only).

Used by ``extract/garble.py`` to tell a readable text layer from a garbled one (an OCR
layer that reads "eerdany" for "Čerčany").  The list is the few hundred most frequent
forms of general and administrative Czech: in real minutes 35–60 % of the word tokens
are on it; in a garbled layer far fewer, because garbling hits exactly the diacritics
that most frequent forms carry.  Lower case, NFC.
"""

from __future__ import annotations

# Letters of the Czech alphabet beyond ASCII (lower case).
DIACRITIC_LETTERS = "áčďéěíňóřšťúůýž"

# Letters a Czech word may contain (lower case); anything else inside a word is suspect.
ALPHABET = "abcdefghijklmnopqrstuvwxyz" + DIACRITIC_LETTERS

FUNCTION_WORDS: frozenset[str] = frozenset("""
a aby ač ale ani aniž až bez beze by byl byla byli bylo byly být během či co což č
dle do jak jako je jehož jejich její jeho jemu jen jenž jež již jí jsou jsem jste k ke
kde kdy když kromě který která které kterého kterou kterým kterých kteří ku mezi mi mimo
místo mu my na nad nade naší náš ne nebo nebyl nebyla nebylo nejsou než nic ním nich o
ob od ode on ona oni ono po pod pode podle pokud pouze pro proti protože před přede přes
při s se si sice skrze snad so ta tak také takže tam tato té tedy ten tento této těchto
tímto to tohoto tom tomto tomu touto tu tuto tyto u už v vám ve však vše všech všechny
vůči z za zda ze že
""".split())

CONTENT_WORDS: frozenset[str] = frozenset("""
akce bod bodu bodě body celkem částka částku čísla číslo člen členové členů dne den dnes
dodatek dodatku dohoda dohody dotace dotaci dotací doporučuje hlasování hlasovalo
informace informaci jednání jednáním jednomyslně komise komisi kontrola kontroly kč
ministerstva místo místostarosta místostarostka město města městem městu městě
nájem nájemní nájmu návrh návrhu nebo obce obec obci obcí obecní odbor odboru ohledně
okres omluven omluveni pan paní parc pozemek pozemku pozemků pověřuje předložený
předloženém předložené předložený předsedající předseda program programu projednání
proti přijato přítomni přítomno přítomných rada rady radě radou rok roce roku rozpočet
rozpočtu rozpočtové rozpočtová schvaluje schválení schváleno schůze schůzi smlouva
smlouvy smlouvu smlouvě souhlasí spolek spolku starosta starostka starosty stavby
stavba strana stránka termín termínu ukládá usnesení úřad úřadu úkol úkoly uzavření
věcného výbor výboru výše výši zápis zápisu zasedání zastupitelstvo zastupitelstva
zastupitelstvu zdržel zdrželo znění zpráva zprávu zprávy žádost žádosti hod hodin
ing mgr bc judr rndr ve v.r dubna února ledna března května června července srpna září
října listopadu prosince
bere vědomí
""".split())

COMMON_WORDS: frozenset[str] = FUNCTION_WORDS | CONTENT_WORDS


def ocr_labels() -> tuple[str, ...]:
    """The label words a line of minutes starts with ("Přítomni:", "Omluveni:", "Program:",
    "Zapsala:", "Ověřovatelé zápisu:"), gathered from the other data modules: an OCR'd line whose
    first words miss one of them by a letter ("Pfitomni:", "0mluveni:") is read as that label."""
    from minutesparse.lang.cs import attendance, structure

    words = (*attendance.HEADINGS, *structure.AGENDA_HEADINGS, *structure.RECORDER_LABELS,
             *structure.VERIFIER_LABELS, *structure.CHAIR_LABELS, *structure.PLACE_LABELS,
             *structure.DATE_LABELS, *structure.START_LABELS, *structure.END_LABELS)
    return tuple(sorted(dict.fromkeys(w for w in words if len(w) >= 5), key=len, reverse=True))


# Characters OCR puts for the letter meant in a label word (a digit zero for "O", a one for "l").
OCR_LOOKALIKES: dict[str, str] = {"0": "o", "1": "l", "|": "l", "$": "s", "5": "s"}
