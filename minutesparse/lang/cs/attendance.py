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
    "veřejnost": "guests", "dále přítomni": "guests", "dále přítomen": "guests", "dále přítomna": "guests",
}

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
                                "přítomných", "je přítomno", "bylo přítomno")
MEMBER_WORDS: tuple[str, ...] = ("členů", "člena", "členové", "členky", "zastupitelů", "zastupitele",
                                 "zastupitelé", "radních", "senátorů", "osob", "osoby", "členek")
OF_WORDS: tuple[str, ...] = ("z", "ze", "/")

# Quorum statements (positive and negative).  Matched on folded text, so the common misspelling
# "usnášení schopná" and the OCR'd "usnasenischopne" both count.
QUORUM_POSITIVE: tuple[str, ...] = (
    "usnášeníschopn", "usnášení schopn", "usnášeníschopná", "schopna usnášet", "schopno usnášet",
    "schopen usnášet", "schopný usnášet", "usnesení schopn", "usnesení-schopn", "je usnášeníschopné",
    "nadpoloviční většina", "usnašeníschopn", "usnáš. schopn",
)
QUORUM_NEGATIVE: tuple[str, ...] = (
    "není usnášeníschopn", "nebyla usnášeníschopn", "nebylo usnášeníschopn", "nebyl usnášeníschopn",
    "není usnášení schopn", "nebyla usnášení schopn", "není schopn", "nebyla schopna", "nebylo schopno",
    "neusnášeníschopn", "usnesení neschopn", "nebyla přítomna nadpoloviční",
)

# Movements during the meeting: late arrival and early departure verbs (any gender).
ARRIVAL_VERBS: tuple[str, ...] = ("se dostavil", "se dostavila", "přišel", "přišla", "příchod", "dostavil se",
                                  "dostavila se", "se připojil", "se připojila", "přítomen od", "přítomna od")
DEPARTURE_VERBS: tuple[str, ...] = ("odešel", "odešla", "odchod", "opustil", "opustila", "se vzdálil",
                                    "se vzdálila", "přítomen do", "přítomna do", "se omluvil a odešel",
                                    "se odpojil", "se odpojila")
