"""Czech names of bodies (komise, rada, zastupitelstvo …), their kinds, and municipality cues (data only)."""

# Head noun of a body name -> (paradigm of each word, kind).  Multi-word heads are an
# adjective + noun in agreement ("akademický senát", "valná hromada").  Paradigms are those
# of ``lang.cs.people.PARADIGMS``.
BODY_NOUNS: dict[str, tuple[tuple[str, ...], str]] = {
    "komise": (("f_e",), "commission"),
    "rada": (("f_a",), "council"),
    "zastupitelstvo": (("n_o",), "assembly"),
    "výbor": (("m_inan",), "committee"),
    "akademický senát": (("m_adj", "m_inan"), "senate"),
    "senát": (("m_inan",), "senate"),
    "spolek": (("m_inan_ek",), "other"),
    "valná hromada": (("f_adj", "f_a"), "other"),
    "členská schůze": (("f_adj", "f_e"), "other"),
    "výroční členská schůze": (("f_adj", "f_adj", "f_e"), "other"),
    "představenstvo": (("n_o",), "other"),
    "shromáždění": (("n_í",), "other"),
    "kolegium": (("n_um",), "other"),
    "porada": (("f_a",), "other"),
    # the head first, then words that keep their form ("indecl"): the owners' assembly of an SVJ
    "shromáždění vlastníků jednotek": (("n_í", "indecl", "indecl"), "other"),
    "shromáždění vlastníků": (("n_í", "indecl"), "other"),
    "shromáždění společenství": (("n_í", "indecl"), "other"),
}

# Heads named by the genitive noun phrase after them ("Komise výstavby a životního prostředí",
# "výbor regionálního rozvoje"), and the folded endings such a genitive word has.
GENITIVE_NAMED_HEADS: tuple[str, ...] = ("komise", "výbor")
GENITIVE_NAME_ENDINGS: tuple[str, ...] = ("y", "i", "eho", "iho", "e", "u", "ch", "stvi", "ani", "eni")

# Institutions whose proper name goes on in small letters after the capitalised noun
# ("Fakulty sportovních studií", "Fakulty stavební", "Ústavu zdravotnických věd"): the genitive
# and adjective words after them belong to the name.  Any case form.
INSTITUTION_NOUNS: tuple[str, ...] = (
    "fakulta", "fakulty", "fakultě", "fakultu", "fakultou", "univerzita", "univerzity", "univerzitě",
    "ústav", "ústavu", "katedra", "katedry", "institut", "institutu", "akademie", "škola", "školy",
    "gymnázium", "gymnázia", "učiliště", "muzeum", "muzea", "nemocnice",
)

# Adjectives that turn a head into another kind ("dozorčí rada" is a company board, not a
# municipal council).  Keys are the adjective's nominative (any gender form) and the head.
KIND_OVERRIDES: dict[tuple[str, str], str] = {
    ("dozorčí", "rada"): "other",
    ("správní", "rada"): "other",
    ("školská", "rada"): "other",
    ("vědecká", "rada"): "other",
    ("umělecká", "rada"): "other",
    ("akademická", "rada"): "other",
    ("krajská", "rada"): "other",
}

# Abbreviations of bodies as used in headers and resolution numbers.
BODY_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "RM": ("Rada města", "council"),
    "RO": ("Rada obce", "council"),
    "RMO": ("Rada městského obvodu", "council"),
    "RMČ": ("Rada městské části", "council"),
    "ZM": ("Zastupitelstvo města", "assembly"),
    "ZO": ("Zastupitelstvo obce", "assembly"),
    "ZMO": ("Zastupitelstvo městského obvodu", "assembly"),
    "ZMČ": ("Zastupitelstvo městské části", "assembly"),
    "KV": ("Kontrolní výbor", "committee"),
    "FV": ("Finanční výbor", "committee"),
    "AS": ("Akademický senát", "senate"),
}

# Words that introduce the name of a municipality after a body head ("Rada města Litovel",
# "Zastupitelstva obce Čerčany", "ZMO Pardubice V").  Each with its genitive form(s).
MUNICIPALITY_KINDS: dict[str, tuple[str, ...]] = {
    "město": ("města", "městu", "městem", "městě"),
    "obec": ("obce", "obci", "obcí"),
    "městys": ("městyse", "městysu"),
    "statutární město": ("statutárního města",),
    "městský obvod": ("městského obvodu", "MO", "m. o."),
    "městská část": ("městské části", "MČ", "m. č."),
    "kraj": ("kraje",),
}

# Words before "obcí" that name a union of municipalities, not a municipality ("dobrovolného svazku
# obcí Mikroregion Podhradí", "Sdružení obcí Orlicko").
MUNICIPALITY_UNION_WORDS: tuple[str, ...] = ("svazek", "svazku", "svazkem", "sdružení", "spolek", "spolku")

# Adjectives that make a body the municipality's own, so the proper name after it is the town
# ("Městského zastupitelstva Dolní Beřkovice", "Obecní rada Lipová").
MUNICIPAL_ADJECTIVES: tuple[str, ...] = ("městský", "městská", "městské", "obecní")

# Headers that name the municipality at the top of a document ("Město Litovel", "OBEC
# ČERČANY", "Městský obvod Pardubice V", "Statutární město Liberec").  Longest first.
MUNICIPALITY_HEADERS: tuple[str, ...] = (
    "Statutární město", "Městský obvod", "Městská část", "Městys", "Město", "Obec", "Obecní úřad",
    "Městský úřad", "Úřad městského obvodu", "Úřad městské části", "Magistrát města",
)

# Words before a municipality name in a place-and-date line ("V Liberci dne 16. 5. 2024").
PLACE_DATE_PREFIXES: tuple[str, ...] = ("V", "Ve")

# Capitalised words that are never personal names (so "Rada města" or "Úkol" is not a person).
NON_NAME_WORDS: tuple[str, ...] = (
    "Rada", "Rady", "Radě", "Radou", "Komise", "Komisi", "Komisí", "Zastupitelstvo", "Zastupitelstva",
    "Zastupitelstvu", "Výbor", "Výboru", "Výborem", "Senát", "Senátu", "Odbor", "Odboru", "Oddělení",
    "Úřad", "Úřadu", "Město", "Města", "Obec", "Obce", "Obci", "Městský", "Městská", "Městského",
    "Městské", "Obecní", "Obecního", "Úkol", "Úkoly", "Usnesení", "Program", "Programu", "Termín",
    "Zodpovídá", "Odpovídá", "Zapsal", "Zapsala", "Zapisovatel", "Zapisovatelka", "Ověřovatel",
    "Ověřovatelé", "Ověřovatelka", "Přítomni", "Přítomno", "Přítomen", "Přítomna", "Omluveni", "Omluven",
    "Omluvena", "Hosté", "Host", "Nepřítomni", "Neomluveni", "Hlasování", "Pro", "Proti", "Zdržel",
    "Návrh", "Zpráva", "Zápis", "Informace", "Diskuse", "Různé", "Závěr", "Zahájení", "Pozvánka",
    "Schůze", "Jednání", "Zasedání", "Společnost", "Smlouva", "Smlouvy", "Základní", "Mateřská", "Škola",
    "Školy", "Ministerstvo", "Krajský", "Kraj", "Kraje", "Republika", "Republiky", "Česká", "České",
    "Dne", "Ve", "Bod", "Body", "Příloha", "Přílohy", "Stránka", "Strana", "Starosta", "Místostarosta",
    "Předseda", "Předsedkyně", "Předsedající", "Tajemník", "Tajemnice", "Členové", "Člen", "Členka",
    "Statutární", "Magistrát", "Dotace", "Rozpočet", "Rozpočtu", "Kontrolní", "Finanční", "Akademický",
    "Akademického", "Ing", "Mgr", "Celkem", "Výsledek", "Přijato", "Schváleno", "Usnesení",
)


# ----------------------------------------------------------------- names of towns and villages
# Reading a town's name back to the nominative ("Zastupitelstva města Kamenova" -> Kamenov,
# "V Kolíně dne" -> Kolín, "V Novém Městě na Moravě dne" -> Nové Město na Moravě).  Each table
# lists (written ending, nominative ending, gender of the nominative), longest ending first; the
# first ending that fits wins unless the document itself names the town in another form.
# Genitive after "města/obce/městyse": only endings whose reading is near certain; anything else
# (Bukovany, Svojetice, Horní Radouň - the nominative written after "obce") is kept as written.
TOWN_GENITIVE_ENDINGS: tuple[tuple[str, str, str], ...] = (
    ("ice", "ice", "f"), ("ova", "ov", "m"), ("ína", "ín", "m"), ("ýna", "ýn", "m"), ("íka", "ík", "m"),
    ("ska", "sko", "n"), ("cka", "cko", "n"), ("rna", "rno", "n"), ("ce", "ec", "m"), ("šle", "šl", "f"),
    ("yšle", "yšl", "f"), ("íče", "íč", "m"), ("íže", "íž", "f"), ("álu", "ál", "m"), ("íku", "ík", "m"),
    ("sku", "sek", "m"),
)
# Locative after "V/Ve" (a place-and-date line).
TOWN_LOCATIVE_ENDINGS: tuple[tuple[str, str, str], ...] = (
    ("icích", "ice", "f"), ("ech", "y", "m"), ("ovci", "ovec", "m"), ("ci", "ec", "m"), ("ově", "ov", "m"),
    ("íně", "ín", "m"), ("ýně", "ýn", "m"), ("íku", "ík", "m"), ("sku", "sko", "n"), ("cku", "cko", "n"),
    ("stě", "sto", "n"), ("rně", "rno", "n"), ("tce", "tka", "f"), ("nce", "nka", "f"), ("ouci", "ouc", "f"),
    ("aze", "aha", "f"), ("ře", "ra", "f"), ("avě", "ava", "f"), ("vě", "va", "f"), ("pě", "pa", "f"),
    ("bě", "ba", "f"), ("dě", "da", "f"), ("tě", "ta", "f"), ("ně", "na", "f"), ("ách", "y", "f"),
    ("í", "í", "n"),
)
# Endings (without diacritics) of a capitalised adjective inside a proper name ("Západočeské |
# univerzity", "Jihočeské"): a small-letter noun after it still belongs to the name.
PROPER_ADJECTIVE_ENDINGS: tuple[str, ...] = ("ske", "skeho", "cke", "ckeho", "ni", "niho", "ove", "oveho", "ne", "neho")
# … the same at a title's line end, its noun on the next line ("… Západočeské" / "univerzity v Plzni").
TITLE_ADJECTIVE_CUT_ENDINGS: tuple[str, ...] = ("ske", "cke", "ni", "ove", "ovy")
# A town's adjective left at the margin ("… v Dolním" / "Bousíně").
NAME_CUT_ENDINGS: tuple[str, ...] = ("im", "em", "eho", "ske", "ni")
# Small-letter words ending so are verbs, not genitives of a body's name ("schvaluje", "projednala").
VERB_ENDINGS: tuple[str, ...] = ("uje", "uji", "ila", "ala", "ela", "ilo", "alo", "ili", "ali", "ly", "lo")
PRESENT_VERB_ENDINGS: tuple[str, ...] = ("uje", "ují")
# Endings of a municipality word in the genitive ("města", "obce", "městysu").
GENITIVE_KIND_ENDINGS: tuple[str, ...] = ("a", "e", "u")
# Prepositions inside a body's proper name before a capitalised place ("univerzity v Třebovicích").
NAME_LOCATIVE_PREPOSITIONS: tuple[str, ...] = ("v", "ve")
# The word that opens a body's purpose ("komise pro Smart City").
PURPOSE_WORDS: tuple[str, ...] = ("pro",)
# Words that end a body's name ("… rady města | zápis", "… | usnesení").
NAME_END_WORDS: tuple[str, ...] = ("zápis", "usnesení")

# A one-word name that is an adjective ("Sadská", "Lysá", "Bílá"): its locative after "V" ("V Sadské dne …").
TOWN_LOCATIVE_ADJECTIVE_ENDINGS: tuple[tuple[str, str, str], ...] = (("é", "á", "f"),)
# Adjectives of multi-word names ("Novém Městě", "Malé Úpě", "Horního Újezdu") by the noun's gender:
# (written ending, nominative ending).
TOWN_ADJECTIVE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "m": (("ého", "ý"), ("ém", "ý"), ("ím", "í"), ("ího", "í")),
    "n": (("ého", "é"), ("ém", "é"), ("ím", "í"), ("ího", "í")),
    "f": (("é", "á"), ("í", "í")),
}
# Words that join a qualifier to a town's name ("Nové Město na Moravě", "Roztoky u Jilemnice").
TOWN_NAME_LINKS: tuple[str, ...] = ("nad", "pod", "na", "u", "v", "ve", "při")
