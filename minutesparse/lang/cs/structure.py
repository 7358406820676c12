"""Czech cues for the structure of meeting documents (data only).

Document types, titles, meeting numbers, agenda (programme) headings, signatures, the next
meeting, and abbreviations that never end a sentence.  Matching is case-insensitive and,
where marked, also without diacritics (garbled or OCR'd text).
"""

# ----------------------------------------------------------------- document types
# Title cues per document type, checked on the first lines of page 1 (the title area).
# A cue must start a line (after optional numbering) or be the whole line; several cues of
# different types can appear ("Zpráva o plnění usnesení") - the earliest, strongest wins.
TYPE_TITLE_CUES: dict[str, tuple[str, ...]] = {
    "vote_record": ("protokol o hlasování", "záznam o hlasování", "výsledky hlasování", "jmenovité hlasování"),
    "minutes": (
        "zápis", "zápisu", "záznam z jednání", "záznam ze zasedání", "záznam z porady", "protokol z jednání",
        "zpráva z jednání", "zpráva ze zasedání", "zpráva ze schůze", "zpráva z porady",
        "protokol o jednání", "protokol z", "protokol o otevírání obálek", "protokol o posouzení",
        "protokol o hodnocení", "z á p i s",
    ),
    "resolutions": ("usnesení", "výpis usnesení", "výpis z usnesení", "přehled usnesení", "u s n e s e n í",
                    "usnesení z", "seznam usnesení"),
    "invitation": ("pozvánka", "p o z v á n k a", "oznámení o konání", "informace o konání", "informace o zasedání",
                   "svolávám", "svolání zasedání", "svolává", "oznámení o svolání"),
    "report": ("zpráva", "zpráva pro jednání", "zpráva o činnosti", "výroční zpráva", "informativní zpráva",
               "kontrola plnění usnesení", "kontrola usnesení", "rozbor hospodaření", "činnost starosty",
               "plnění úkolů", "vyhodnocení", "důvodová zpráva", "plnění za rok", "informace o činnosti"),
    "other": ("zpravodaj", "bulletin", "informační bulletin", "občasník", "noviny", "měsíčník", "čtvrtletník",
              "vyhláška", "obecně závazná vyhláška", "nařízení", "směrnice", "kanalizační řád", "provozní řád",
              "řád", "svozový plán", "harmonogram", "jízdní řád", "ceník", "rozpis", "kalendář", "smlouva",
              "rozpočet", "návrh rozpočtu", "střednědobý výhled", "závěrečný účet", "příloha", "pravidla",
              "statut", "stanovy", "jednací řád", "územní plán", "oznámení", "veřejná vyhláška", "program rozvoje",
              # what else a municipal archive folder holds: published intentions, contracts, budget
              # measures, grant programmes, official notices of proceedings
              "záměr", "záměr obce", "záměr prodeje", "záměr pronájmu", "záměr směny", "záměr prodat",
              "záměr pronajmout", "veřejnoprávní smlouva", "kupní smlouva", "darovací smlouva", "nájemní smlouva",
              "smlouva o dílo", "smlouva o poskytnutí", "dodatek ke smlouvě", "dodatek č", "rozpočtové opatření",
              "dotační program", "program pro poskytování dotací", "program na podporu", "dotační titul",
              "oznámení o zahájení", "rozhodnutí", "výzva"),
}

# Title cues that count only at the start of a title line: the header of a voting system's
# export ("Hlasování z 6. zasedání ZM …", "HLASOVÁNÍ ZASTUPITELŮ", "Číslo hlasování: 1"); inside
# a minutes title ("… včetně výsledků hlasování") they say nothing about the type.
TYPE_TITLE_START_CUES: dict[str, tuple[str, ...]] = {
    "vote_record": ("hlasování z", "hlasování ze", "hlasování zastupitelů", "hlasování členů", "hlasování rady",
                    "číslo hlasování", "hlasování č", "hlasování číslo", "přehled hlasování",
                    "výsledky hlasování", "výsledek hlasování z", "jmenovité hlasování", "protokol o hlasování"),
}

# Single words that name the type wherever they stand in a title line: the convening verb of an
# invitation ("Starosta obce … podle § 91 zákona o obcích svolává" / "zasedání Zastupitelstva …").
TYPE_TITLE_INSIDE_WORDS: dict[str, tuple[str, ...]] = {
    "invitation": ("svolává", "svolávám", "svoláváme"),
}

# Strength of each type's title cue when several types compete in the title area.  A
# minutes title beats "usnesení" mentioned in it ("Zápis … a usnesení"), an invitation beats
# the programme it lists, and "other" only wins when nothing meeting-like is in the title.
TYPE_PRIORITY: dict[str, int] = {
    "vote_record": 6, "invitation": 5, "minutes": 4, "resolutions": 3, "report": 2, "other": 1,
}

# Body cues: structural evidence read from the whole text (counts of lines starting so).
ATTENDANCE_EVIDENCE = ("přítomni", "přítomno", "přítomen", "omluveni", "omluven", "hosté", "členové komise")
VOTE_EVIDENCE = ("hlasování", "pro:", "proti", "zdržel", "přítomno:")
RESOLUTION_EVIDENCE = ("usnesení č", "číslo:", "usnesení číslo", "návrh usnesení")
SIGNATURE_EVIDENCE = ("zapsal", "zapisovatel", "ověřovatel", "ověřil")
PROGRAMME_EVIDENCE = ("program", "navržený program", "návrh programu", "pořad jednání", "body programu")
# Lines that number the votes of a voting system's export ("Číslo hlasování: 4", "Hlasování č. 5").
VOTE_RECORD_EVIDENCE = ("číslo hlasování", "hlasování č", "hlasování číslo", "pořadové číslo hlasování")
MEETING_WORDS_EVIDENCE = ("místo konání", "doba konání", "datum konání", "které se koná", "která se koná",
                          "se bude konat", "se koná")

# Words for "meeting" in titles: "4. jednání", "45. schůze", "12. zasedání", "3. řádné jednání".
MEETING_WORDS: tuple[str, ...] = (
    "jednání", "schůze", "schůzi", "zasedání", "sezení", "porady", "porada", "zasedáni", "jednáni",
)
MEETING_ADJECTIVES: tuple[str, ...] = (
    "řádné", "řádného", "mimořádné", "mimořádného", "ustavující", "ustavujícího", "veřejné", "veřejného",
    "slavnostní", "neveřejné", "pracovní",
)
# Number labels: "Zápis č. 5", "č. 1/2020", "číslo 3".
NUMBER_LABELS: tuple[str, ...] = ("č.", "čís.", "číslo", "c.")

# The place of a meeting: labels and cue phrases ("Místo konání: …", "v zasedací místnosti …").
PLACE_LABELS: tuple[str, ...] = ("místo konání", "místo jednání", "místo", "konané v", "konaného v")
PLACE_NOUNS: tuple[str, ...] = (
    "zasedací místnost", "zasedací místnosti", "místnost", "místnosti", "sál", "sále", "sálu", "salonek",
    "salonku", "budova", "budově", "kancelář", "kanceláři", "klubovna", "klubovně", "obřadní síň",
    "obřadní síni", "radnice", "radnici", "kulturní dům", "kulturním domě", "hasičská zbrojnice",
    "hasičské zbrojnici", "učebna", "učebně", "restaurace", "hostinec", "hostinci", "aula", "aule",
)
# Place nouns as written after "v" (locative) -> (nominative, gender).  Adjectives before the
# noun agree with it ("v malé zasedací místnosti" -> "malá zasedací místnost").
PLACE_NOUN_FORMS: dict[str, tuple[str, str]] = {
    "místnosti": ("místnost", "f"), "místnost": ("místnost", "f"), "zasedačce": ("zasedačka", "f"),
    "sále": ("sál", "m"), "sálu": ("sál", "m"), "salonku": ("salonek", "m"), "budově": ("budova", "f"),
    "kanceláři": ("kancelář", "f"), "klubovně": ("klubovna", "f"), "síni": ("síň", "f"),
    "domě": ("dům", "m"), "domu": ("dům", "m"), "zbrojnici": ("zbrojnice", "f"), "učebně": ("učebna", "f"),
    "aule": ("aula", "f"), "restauraci": ("restaurace", "f"), "hostinci": ("hostinec", "m"),
    "radnici": ("radnice", "f"), "přísálí": ("přísálí", "n"), "knihovně": ("knihovna", "f"),
    "škole": ("škola", "f"), "sokolovně": ("sokolovna", "f"), "hasičárně": ("hasičárna", "f"),
    "kulturáku": ("kulturák", "m"), "centru": ("centrum", "n"), "objektu": ("objekt", "m"),
    "prostorách": ("prostory", "pl"), "prostorech": ("prostory", "pl"), "areálu": ("areál", "m"),
    "sídle": ("sídlo", "n"), "kapli": ("kaple", "f"), "hale": ("hala", "f"), "pracovně": ("pracovna", "f"),
    "úřadě": ("úřad", "m"), "úřadu": ("úřad", "m"), "posluchárně": ("posluchárna", "f"),
    "jídelně": ("jídelna", "f"), "tělocvičně": ("tělocvična", "f"), "hospodě": ("hospoda", "f"),
    "místnostech": ("místnosti", "pl"), "děkanátu": ("děkanát", "m"),
    "sborovně": ("sborovna", "f"), "ředitelně": ("ředitelna", "f"), "hotelu": ("hotel", "m"),
    "penzionu": ("penzion", "m"), "galerii": ("galerie", "f"), "muzeu": ("muzeum", "n"), "kinosále": ("kinosál", "m"),
    "kavárně": ("kavárna", "f"), "faře": ("fara", "f"), "klubu": ("klub", "m"), "družině": ("družina", "f"),
    "menze": ("menza", "f"), "besídce": ("besídka", "f"), "altánu": ("altán", "m"), "auditoriu": ("auditorium", "n"),
    "pivnici": ("pivnice", "f"), "kulturním středisku": ("kulturní středisko", "n"), "středisku": ("středisko", "n"),
}
# Place nouns written in the nominative after a comma in a header ("… od 18 hodin, velká zasedací
# místnost radnice"): every nominative of the table above.
PLACE_NOMINATIVES: tuple[str, ...] = tuple(sorted({nom for nom, _g in PLACE_NOUN_FORMS.values()} | {
    "salonek", "sál", "místnost", "kancelář", "klubovna", "učebna", "zasedačka", "síň", "budova", "radnice",
    "restaurace", "hostinec", "aula", "tělocvična", "sokolovna", "knihovna", "zbrojnice", "hasičárna"}))
# Nominative adjective endings before such a noun ("velká zasedací místnost").
PLACE_NOMINATIVE_ADJECTIVE_ENDINGS: tuple[str, ...] = ("á", "ý", "é", "í")
# Locative adjective endings -> nominative, by the noun's gender.
PLACE_ADJECTIVE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "f": (("é", "á"), ("í", "í")),
    "m": (("ém", "ý"), ("ím", "í")),
    "n": (("ém", "é"), ("ím", "í")),
    "pl": (("ých", "é"), ("ích", "í")),
}
# Words that introduce a place ("v", "ve") and words that end the place phrase.
PLACE_PREPOSITIONS: tuple[str, ...] = ("v", "ve", "na")

# Title lines continue on the next line when it starts with one of these (a wrapped
# "ZÁPIS / z 3. jednání …", "Výpis usnesení / z 1. schůze …", "Pozvánka / na 3. jednání …").
TITLE_CONTINUATIONS: tuple[str, ...] = ("z", "ze", "na", "o", "k", "ke", "pro")

# The conjunction that joins the last subject of a body's name ("komise kultury, sportu a volného času").
AND_WORDS: tuple[str, ...] = ("a",)

# Legal forms kept with a body's name ("Přátelé Jizerky, z. s.").
LEGAL_FORMS: tuple[str, ...] = ("z. s.", "z.s.", "o. p. s.", "o.p.s.", "s. r. o.", "s.r.o.", "a. s.", "a.s.",
                                "z. ú.", "z.ú.", "p. o.", "p.o.", "o. s.", "o.s.", "spolek")
# Body heads whose name is the proper name that follows ("spolku Přátelé Jizerky" -> "Přátelé Jizerky").
BODY_NAME_IS_QUALIFIER: tuple[str, ...] = ("spolek",)
# Body heads that are a meeting of another body ("členská schůze spolku …"): used only when no other body is named.
MEETING_BODIES: tuple[str, ...] = ("členská schůze", "valná hromada")
# Words that end a body name's qualifier ("komise pro Smart City | dne 16. 5. 2024").
BODY_QUALIFIER_STOPS: tuple[str, ...] = (
    "dne", "ze", "konané", "konaného", "konaném", "konaná", "konaných", "konaného", "o", "k", "ke", "na", "od",
    "do", "č.", "čís.", "číslo", "které", "která", "který", "kde", "se", "jež", "a", "s", "za", "při", "po",
    "konané dne", "ve", "v", "dle", "podle",
)

# "Datum a čas: …": words that may follow a date label before its colon.
DATE_LABEL_SUFFIXES: tuple[str, ...] = ("a čas",)
# The word before a date in a place-and-date line ("V Liberci dne 16. 5. 2024").
DATE_WORDS: tuple[str, ...] = ("dne",)
# A title's tail after the body's name: "…, konaného dne 15. 6. 2023", "…, které se konalo …".
TITLE_TAIL_CUES: tuple[str, ...] = (
    "konaného", "konané", "konaná", "konaném", "konaný", "konaných", "konanou", "konanému",
    "který se konal", "která se konala", "které se konalo", "které se konaly", "kteří se konali",
    "který se koná", "která se koná", "které se koná", "které se konají", "který se bude konat",
    "která se bude konat", "které se bude konat",
)
# Words that end a place phrase: a time range ("v sále KD od 18 hodin"), a time ("… v 17:00"), a date.
PLACE_END_RANGE_WORDS: tuple[str, ...] = ("od", "do")
PLACE_END_TIME_WORDS: tuple[str, ...] = ("v", "ve")
PLACE_END_WORDS: tuple[str, ...] = ("dne",)
# Words of a role heading a signature: the chair, the recorder (the verifier's are VERIFIER_ROLE_NOUNS).
CHAIR_ROLE_WORDS: tuple[str, ...] = ("předseda", "předsedkyně", "předsedající", "řídící")
RECORDER_ROLE_WORDS: tuple[str, ...] = ("zapisovatel", "zapisovatelka", "zapsal", "zapsala")
# "Ověřovatelé zápisu z minulého zasedání": the word for the minutes before the marker.
MINUTES_WORDS: tuple[str, ...] = ("zápisu", "zápis")

DATE_LABELS: tuple[str, ...] = ("datum konání", "datum jednání", "datum", "termín konání", "doba konání", "konané dne",
                                "konaného dne", "konaném dne", "ze dne", "dne")
START_LABELS: tuple[str, ...] = ("zahájeno", "zahájení", "zahájil", "zahájila", "začátek", "čas zahájení",
                                 "jednání zahájeno", "od")
END_LABELS: tuple[str, ...] = ("ukončeno", "ukončen", "ukončena", "ukončil", "ukončila", "konec", "ukončení",
                               "čas ukončení", "skončeno", "skončilo", "do")

# ----------------------------------------------------------------- agenda
# Headings that introduce the programme list.
AGENDA_HEADINGS: tuple[str, ...] = (
    "program jednání", "program zasedání", "program schůze", "program", "navržený program", "návrh programu",
    "schválený program", "pořad jednání", "pořad zasedání", "body jednání", "projednávané body",
    "návrh projednávaného materiálu", "návrh projednávaných materiálů", "projednávané materiály",
    "program:", "přijetí navrženého programu", "schválení programu", "přijetí programu", "navrhovaný program",
    "projednáno", "projednávané záležitosti", "projednané záležitosti", "body k projednání",
    "body programu", "program kontroly", "program porady", "program setkání", "program shromáždění",
    "program valné hromady", "program členské schůze", "program výroční schůze", "program zasedání výboru",
)
# Words that make a line ending with ":" introduce the programme ("Předsedající seznámil přítomné
# s návrhem programu …:", "Návrh projednávaného materiálu:").
AGENDA_WORDS: tuple[str, ...] = (
    "program", "programu", "programem", "pořad jednání", "pořadu jednání", "body jednání",
    "projednávaného materiálu", "projednávaných materiálů", "body programu",
)
# Cues before a presenter's name inside an item ("– předkládá Ing. Novák", "(zpravodaj: …)").
PRESENTER_CUES: tuple[str, ...] = ("předkládá", "předkladatel", "předkladatelka", "zpravodaj", "zpravodajka",
                                   "uvede", "uvádí", "přednese", "referuje", "odpovídá", "předloží")
# Words opening a bracketed note after an item's title that names who brings the item
# ("… do 18 let (host Aneta Dušková)", "(předkladatel stavební komise)"): the note is no title.
PRESENTER_NOTE_CUES: tuple[str, ...] = PRESENTER_CUES + ("host", "hosté", "přizván", "přizvána", "přizváni",
                                                         "předkladatelé", "předkládají", "zpracovatel")
# Time allotted to an item, dropped from its title ("Různé (10 min.)").
DURATION_UNITS: tuple[str, ...] = ("min.", "min", "minut", "minuty", "hod.", "hod", "hodiny", "hodin", "h")
# Words between an item heading's number and its title, up to a dash ("Bod 1. programu ZMČ –
# Technický bod", "3. bod programu – Rozpočet").
ITEM_NUMBER_FILLERS: tuple[str, ...] = ("programu", "bodu programu", "bod programu", "programu jednání",
                                        "programu zasedání", "programu schůze", "bod")
# Prefixes of item headings in the body ("Ad 1)", "K bodu 2:", "Bod 3.").
ITEM_PREFIXES: tuple[str, ...] = ("ad", "k bodu", "bod", "k bodům", "bod programu", "bod č.")

# Headings after which numbered headings repeat programme items (the body of the minutes).
AGENDA_BODY_HEADINGS: tuple[str, ...] = (
    "projednávání bodů", "projednávání bodů dle programu", "průběh jednání", "projednané body",
    "jednání dle programu", "k jednotlivým bodům",
)
# Additions to the programme: the items after them are new items (never duplicates).
AGENDA_ADDITIONS: tuple[str, ...] = (
    "doplnění programu", "doplnění", "rozšíření programu", "materiály po termínu", "materiál po termínu",
    "dodatečně zařazené body", "změna programu", "návrh na doplnění",
)
# Item titles that are procedural headings, not programme items, when they introduce a list.
AGENDA_PROCEDURAL: tuple[str, ...] = ("přijetí navrženého programu", "schválení programu", "přijetí programu")

# ----------------------------------------------------------------- signatures
RECORDER_LABELS: tuple[str, ...] = ("zapsal", "zapsala", "zapisovatel", "zapisovatelka", "zápis provedl",
                                    "zápis provedla", "zápis zpracoval", "zápis zpracovala", "zpracoval",
                                    "zpracovala", "zapsal/a", "zapisovatel/ka", "zápis vyhotovil", "zápis vyhotovila",
                                    "vyhotovil", "vyhotovila", "zápis pořídil", "zápis pořídila", "zapisovatelem",
                                    "zapisovatelkou")
VERIFIER_LABELS: tuple[str, ...] = ("ověřovatelé zápisu", "ověřovatelé", "ověřovatel zápisu", "ověřovatelka zápisu",
                                    "ověřovatel", "ověřovatelka", "ověřil", "ověřila", "ověřili", "ověřovatelé zápisu ve složení")
CHAIR_LABELS: tuple[str, ...] = ("předseda", "předsedkyně", "předsedající", "předsedající schůze",
                                 "řídící schůze", "předseda komise", "předseda výboru", "předsedkyně komise",
                                 "předsedkyně výboru", "předseda senátu", "předsedkyně senátu", "jednání řídil",
                                 "jednání řídila", "schůzi řídil", "schůzi řídila", "zasedání řídil", "zasedání řídila",
                                 "řídil", "řídila", "předsedající jednání", "předsedající zasedání")
# Running text that names the recorder, the verifiers or the chair ("Zapisovatelkou určil paní
# Martinu Bílkovou", "Ověření provedou pí Etlová a p. Juránek", "jednání řízené starostou Ing.
# Habrmanem"): the people follow the cue, up to the end of the clause or the next cue.  Every case
# form of the role nouns below (``lang.cs.people.ROLE_NOUNS``) is a cue as well.  "…" stands for
# up to four words.
RECORDER_ROLE_NOUNS: tuple[str, ...] = ("zapisovatel", "zapisovatelka")
VERIFIER_ROLE_NOUNS: tuple[str, ...] = ("ověřovatel", "ověřovatelka")
RECORDER_TEXT_CUES: tuple[str, ...] = (
    "zápisem … pověřen", "zápisem … pověřena", "zápisem … pověřeni", "zápis provede", "zápis provedou",
    "zápis vypracuje", "zápis pořídí", "zápis vyhotoví", "zápis zpracuje", "zápis … vypracuje",
    "zápis … provede", "zápis … provedou", "zápis … pořídí", "zapisovat bude",
)
VERIFIER_TEXT_CUES: tuple[str, ...] = (
    "ověření zápisu", "ověření provedou", "ověření provede", "ověřením zápisu … pověřen", "zápis ověří",
    "zápis … ověří", "ověřením … pověřeni",
)
CHAIR_TEXT_CUES: tuple[str, ...] = (
    "zahájil a řídil", "zahájila a řídila", "řídil", "řídila", "řízené", "řízeného", "řízeném", "předsedal",
    "předsedala", "předsedajícím je", "předsedajícím byl", "předsedajícím byla", "předsedající je",
    "předsedajícím zvolen", "předsedající byl", "vedl", "vedla", "zahájil", "zahájila",
    "řízením … pověřen", "řízením … pověřena", "zahájeno", "zahájena", "zahájen", "řízeno", "řízena",
)
# The chair named before the cue ("Pan Mrázek se ujal řízení zasedání.").
CHAIR_TEXT_CUES_BEFORE: tuple[str, ...] = ("se ujal řízení", "se ujala řízení", "převzal řízení", "převzala řízení",
                                          "přivítal", "přivítala", "uvítal", "uvítala")
# A role cue about another meeting ("ověřovatelé zápisu z minulého zasedání …") names nobody of this one.
OTHER_MEETING_MARKERS: tuple[str, ...] = ("z minulého", "z předchozího", "minulého zasedání", "z posledního",
                                         "předchozího zasedání", "minulého jednání")

# Offices that sign minutes and lead the meeting when no chair is named.
SIGNING_OFFICES: tuple[str, ...] = ("starosta", "starostka", "primátor", "primátorka", "hejtman", "hejtmanka",
                                    "předseda", "předsedkyně", "místostarosta", "místostarostka")
# Phrases naming the chair in running text ("zasedání zahájil … starosta", "jednání řídil").
CHAIR_VERBS: tuple[str, ...] = ("zahájil", "zahájila", "řídil", "řídila", "vedl", "vedla", "předsedal", "předsedala")

# ----------------------------------------------------------------- next meeting
NEXT_MEETING_CUES: tuple[str, ...] = (
    "další zasedání", "další jednání", "další schůze", "příští zasedání", "příští jednání", "příští schůze",
    "nejbližší zasedání", "nejbližší jednání", "termín dalšího", "termín příštího", "další setkání",
    "příští setkání", "další porada", "příští porada", "datum příštího", "datum dalšího",
)
# Words announcing the next meeting after the cue ("další schůze bude 2. 2.", "příští jednání se
# uskuteční …", "Příští jednání komise: 9. 11."); a cue inside a sentence needs one of them.
NEXT_MEETING_VERBS: tuple[str, ...] = ("bude", "budou", "se koná", "se bude konat", "se uskuteční", "proběhne",
                                       "je svoláno", "je svolána", "je plánováno", "je plánována", "je naplánováno",
                                       "se předpokládá", "je stanoveno", "je stanoven", "stanoveno na", ":")
# Prepositions before a next-meeting cue that make it a deadline, not an announcement
# ("předložit na další jednání RM", "do příští schůze").
NEXT_MEETING_BLOCKERS: tuple[str, ...] = ("na", "do", "k", "ke", "pro", "o", "před", "po", "při", "od", "z", "ze")

# ----------------------------------------------------------------- abbreviations
# Tokens with a dot that never end a sentence (spaCy tokenizer special cases).
ABBREVIATIONS: tuple[str, ...] = (
    "č.", "čís.", "odst.", "písm.", "hod.", "tzv.", "resp.", "např.", "ul.", "čp.", "parc.", "Sb.", "zn.",
    "mj.", "tj.", "popř.", "str.", "s.r.o.", "a.s.", "o.p.s.", "z.s.", "p.č.", "k.ú.", "vč.", "cca.", "kap.",
    "sv.", "tel.", "příp.", "min.", "max.", "ev.", "kpt.", "ing.",
)
