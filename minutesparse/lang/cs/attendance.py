"""Czech attendance vocabulary: list headings, counts, quorum statements, movements (data only)."""

# Heading -> the attendance list it opens.  Matched at the start of a line, case-insensitive,
# followed by ":" or by the names ("Přítomni: …", "Omluven – Ing. Z. Vavřina").  Longest first.
HEADINGS: dict[str, str] = {
    # present
    "přítomni členové": "present", "přítomní členové": "present", "přítomni členové komise": "present",
    "přítomni členové výboru": "present", "přítomni členové rady": "present",
    "přítomni členové zastupitelstva": "present", "přítomní zastupitelé": "present",
    "přítomni zastupitelé": "present", "přítomni": "present", "přítomní": "present", "přítomno": "present",
    "přítomen": "present", "přítomna": "present", "přítomny": "present", "účastníci": "present",
    "členové komise": "present", "členové výboru": "present", "členové senátu": "present",
    "členové rady": "present", "účast": "present", "přítomni senátoři": "present",
    "přítomní senátoři": "present", "přítomni členové senátu": "present",
    # excused
    "omluveni": "excused", "omluven": "excused", "omluvena": "excused", "omluveny": "excused",
    "omluvení": "excused", "omluvili se": "excused", "omluvil se": "excused", "omluvila se": "excused",
    "omluveni členové": "excused", "nepřítomni omluveni": "excused", "nepřítomen omluven": "excused",
    "nepřítomna omluvena": "excused", "nepřítomní omluvení": "excused",
    # absent
    "nepřítomni": "absent", "nepřítomen": "absent", "nepřítomna": "absent", "nepřítomní": "absent",
    "neomluveni": "absent", "neomluven": "absent", "neomluvena": "absent", "neomluvení": "absent",
    "nepřítomni neomluveni": "absent", "nepřítomen neomluven": "absent", "chybějící": "absent",
    # guests
    "hosté": "guests", "host": "guests", "stálí hosté": "guests", "stálý host": "guests",
    "přizváni": "guests", "přizvaní": "guests", "přizván": "guests", "přizvána": "guests",
    "přizvaní hosté": "guests", "další přítomní": "guests", "ostatní přítomní": "guests",
    "náhradníci": "guests", "náhradník": "guests", "za úřad": "guests", "za ÚMO": "guests", "za MěÚ": "guests",
    "za ÚMČ": "guests", "za OÚ": "guests", "za MÚ": "guests", "za obecní úřad": "guests",
    "za městský úřad": "guests", "za úřad městské části": "guests", "za magistrát": "guests",
    "dále přítomny": "guests",
    "veřejnost": "guests", "dále přítomni": "guests", "dále přítomen": "guests", "dále přítomna": "guests",
    "dále přítomní": "guests", "přítomní hosté": "guests", "přítomni hosté": "guests",
    # a sentence used as a heading: "Jednání se zúčastnili tři členové výboru ze tří: …"
    "jednání se zúčastnili": "present", "zasedání se zúčastnili": "present", "schůze se zúčastnili": "present",
    "zúčastnili se": "present", "jednání se zúčastnil": "present",
}

# Words before a heading that do not change it ("Dle prezenční listiny přítomni: …").
HEADING_PREFIXES: tuple[str, ...] = ("dle prezenční listiny", "podle prezenční listiny", "dle presenční listiny",
                                     "podle presenční listiny", "dle listiny přítomných")

# "Přítomní za ÚMČ: …", "Přítomni za úřad: …": staff of the office attend as guests, not members.
STAFF_AFFILIATIONS: tuple[str, ...] = (
    "úřad", "úřadu", "obecní úřad", "městský úřad", "ÚMČ", "ÚMO", "MěÚ", "MÚ", "OÚ", "ÚM", "magistrát",
    "magistrátu", "MMP", "MML", "KÚ", "krajský úřad", "zaměstnance", "zaměstnanci",
)

# A status written at an entry of a list ("Nepřítomni: p. Žák – omluven", "Jan Novák (omluven)").
ENTRY_STATUS: dict[str, str] = {
    "omluven": "excused", "omluvena": "excused", "omluveni": "excused", "omluveno": "excused",
    "neomluven": "absent", "neomluvena": "absent", "neomluveni": "absent",
    "nepřítomen": "absent", "nepřítomna": "absent",
}

# Sentences that excuse members in running text ("Omluvil Ing. Miroslava Kuchaře.", "omluveni jsou
# pan Jurka a paní Polívková", "3 členové omluveni Ing. J. Pinkas, …", "se předem omluvil pan Souček").
# Cue -> the case of the names after it (an active verb takes its object in the accusative).
EXCUSE_CUES: dict[str, str] = {
    "omluvil": "acc", "omluvila": "acc", "omluvili": "acc",
    "se omluvil": "nom", "se omluvila": "nom", "se omluvili": "nom", "se předem omluvil": "nom",
    "se předem omluvila": "nom", "se předem omluvili": "nom", "omluveni jsou": "nom", "omluven je": "nom",
    "omluvena je": "nom", "omluveni byli": "nom", "omluven byl": "nom", "omluvena byla": "nom",
    "členové omluveni": "nom", "členové jsou omluveni": "nom", "členů omluveno": "nom", "člen omluven": "nom",
    "členka omluvena": "nom",
}

# Cardinal numerals written as words in attendance statements ("v počtu osm z devíti členů").
NUMERALS: dict[str, int] = {
    "jeden": 1, "jedna": 1, "jednoho": 1, "dva": 2, "dvě": 2, "dvou": 2, "tři": 3, "tří": 3, "čtyři": 4,
    "čtyř": 4, "pět": 5, "pěti": 5, "šest": 6, "šesti": 6, "sedm": 7, "sedmi": 7, "osm": 8, "osmi": 8,
    "devět": 9, "devíti": 9, "deset": 10, "deseti": 10, "jedenáct": 11, "jedenácti": 11, "dvanáct": 12,
    "dvanácti": 12, "třináct": 13, "třinácti": 13, "čtrnáct": 14, "čtrnácti": 14, "patnáct": 15, "patnácti": 15,
    "šestnáct": 16, "sedmnáct": 17, "osmnáct": 18, "devatenáct": 19, "dvacet": 20, "dvaceti": 20,
    "jednadvacet": 21, "jednadvaceti": 21, "pětadvacet": 25, "třicet": 30,
}

# The number of all members: "z celkového počtu 15 členů", "ze všech 9 členů".
TOTAL_CUES: tuple[str, ...] = ("z celkového počtu", "ze celkového počtu", "z celkového počtu všech", "ze všech",
                               "z celkem", "celkový počet členů", "celkový počet")

# Cells of an attendance table ("Ing. Jan Novák | přítomen"): the cell's word -> list.
PRESENCE_CELLS: dict[str, str] = {
    "přítomen": "present", "přítomna": "present", "přítomno": "present", "přítomni": "present", "ano": "present",
    "účast": "present", "omluven": "excused", "omluvena": "excused", "omluveni": "excused", "omluveno": "excused",
    "nepřítomen": "absent", "nepřítomna": "absent", "neomluven": "absent", "neomluvena": "absent", "ne": "absent",
    "host": "guests", "hosté": "guests",
}

# "Přítomni: dle prezenční listiny" - attendance given only by reference.
BY_LIST_CUES: tuple[str, ...] = ("dle prezenční listiny", "podle prezenční listiny", "viz prezenční listina",
                                 "viz prezenční listinu", "prezenční listina", "dle presenční listiny",
                                 "viz příloha", "dle přílohy")

# Counts: "přítomno 8 členů", "(19)", "5 z 7", "přítomno: 9", "počet přítomných: 7".
COUNT_WORDS: tuple[str, ...] = ("přítomno", "přítomni", "přítomen", "přítomna", "počet přítomných",
                                "přítomných", "je přítomno", "bylo přítomno", "přítomno všech", "v počtu",
                                "přítomno je", "přítomno bylo", "sešlo v počtu", "sešel v počtu")
MEMBER_WORDS: tuple[str, ...] = ("členů", "člena", "členové", "členky", "zastupitelů", "zastupitele",
                                 "zastupitelé", "radních", "senátorů", "osob", "osoby", "členek", "člen",
                                 "senátorek", "radní", "zastupitelek")
OF_WORDS: tuple[str, ...] = ("z", "ze", "/")
# Words between a count cue and its number ("přítomno všech 9", "přítomno je 8", "bylo 7").
COUNT_FILLERS: tuple[str, ...] = ("všech", "je", "bylo")
# Words between "z" and the total ("z celkového počtu 15").
TOTAL_FILLERS: tuple[str, ...] = ("celkového počtu", "celkového", "celkovém počtu", "celkem")
# A count ending a list ("…, L. Kubeš – 9 osob"): stems of the counted noun.
LIST_COUNT_NOUN_STEMS: tuple[str, ...] = ("osob", "člen")
# Case suffixes written after digits ("ze 7mi členů", "13ti").
NUMERAL_SUFFIXES: tuple[str, ...] = ("mi", "ti", "i")
# "Kujanová za Velemínského" (a substitute), "Přítomní za ÚMČ" (on behalf of an office).
SUBSTITUTE_WORDS: tuple[str, ...] = ("za",)
AFFILIATION_WORDS: tuple[str, ...] = ("za",)
# In an excuse sentence the names end at a relative clause or a late arrival ("… Kala, který se
# možná dostaví později"); filler words after the cue ("Omluvil také …").
EXCUSE_CLAUSE_ENDS: tuple[str, ...] = ("který", "která", "kteří", "které")
LATE_ARRIVAL_STEMS: tuple[str, ...] = ("přijd", "dostav")
LATER_WORDS: tuple[str, ...] = ("později",)
EXCUSE_FILLERS: tuple[str, ...] = ("také", "dále", "rovněž")
# Counts of the public, not of the members: "Občanů přítomno: 3", "přítomno 13 občanů, 2 hosté".
PUBLIC_COUNT_WORDS: tuple[str, ...] = ("občanů", "občané", "občana", "veřejnosti", "hostů", "hosté", "hostí",
                                       "zástupců veřejnosti", "diváků", "posluchačů", "obyvatel")

# Quorum statements (positive and negative).  Matched on folded text, so the common misspelling
# "usnášení schopná" and the OCR'd "usnasenischopne" both count.
QUORUM_POSITIVE: tuple[str, ...] = (
    "usnášeníschopn", "usnášení schopn", "usnášeníschopná", "schopna usnášet", "schopno usnášet",
    "schopen usnášet", "schopný usnášet", "usnesení schopn", "usnesení-schopn", "je usnášeníschopné",
    "nadpoloviční většina", "usnašeníschopn", "usnáš. schopn",
    # a few words may stand between the parts: "schopno platně jednat a usnášet se", "schopno usnášení"
    "schopn … usnášet", "schopn … usnášení", "usnášení … schopn",
)
QUORUM_NEGATIVE: tuple[str, ...] = (
    "není usnášeníschopn", "nebyla usnášeníschopn", "nebylo usnášeníschopn", "nebyl usnášeníschopn",
    "není usnášení schopn", "nebyla usnášení schopn", "není schopn", "nebyla schopna", "nebylo schopno",
    "neusnášeníschopn", "usnesení neschopn", "nebyla přítomna nadpoloviční", "není usnášení se schopn",
    "nebylo usnášení se schopn", "není schopno usnášet", "nebylo schopno usnášet", "méně než nadpoloviční",
)

# Movements during the meeting: late arrival and early departure verbs (any gender).
ARRIVAL_VERBS: tuple[str, ...] = ("se dostavil", "se dostavila", "přišel", "přišla", "příchod", "dostavil se",
                                  "dostavila se", "se připojil", "se připojila", "přítomen od", "přítomna od",
                                  "pozdní příchod", "dostavil", "dostavila")
DEPARTURE_VERBS: tuple[str, ...] = ("odešel", "odešla", "odchod", "opustil", "opustila", "se vzdálil",
                                    "se vzdálila", "přítomen do", "přítomna do", "se omluvil a odešel",
                                    "se odpojil", "se odpojila", "předčasný odchod", "odchod z jednání",
                                    "odchod ze zasedání")
