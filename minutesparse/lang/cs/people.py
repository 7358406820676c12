"""Czech personal names: declension tables, common given names, role nouns (data only).

The algorithm that uses these tables is ``minutesparse.fields.people``.  A *paradigm* says
how a nominative ending changes in each grammatical case; the analyser reads the table
backwards ("Prachaře" ends with the genitive ending "e" of ``m_soft`` -> "Prachař").

Paradigm = (gender, nominative ending, {case: endings}, stem class or None).
Stem class restricts the consonant before the ending: "hard" = not a soft consonant,
"soft" = a soft consonant (or s/z, which behave softly in names: Klaus -> Klause).
Cases: gen dat acc loc ins voc, and plural ``pl_nom pl_gen pl_dat pl_acc pl_ins`` (used for
role nouns: "pro náměstky", "členům").
"""

SOFT_CONSONANTS = "žščřcjďťň"
SOFTISH_CONSONANTS = "sz"  # behave softly in surnames (Klaus -> Klause, Kraus -> Krause)
VOWELS = "aáeéěiíoóuúůyý"

PARADIGMS: dict[str, tuple[str, str, dict[str, tuple[str, ...]], str | None]] = {
    # pán: Novák, Horák, Michal, Petr, Lubomír
    "m_hard": ("m", "", {
        "gen": ("a",), "dat": ("ovi", "u"), "acc": ("a",), "loc": ("ovi", "u"), "ins": ("em",), "voc": ("e", "u"),
        "pl_nom": ("ové", "i"), "pl_gen": ("ů",), "pl_dat": ("ům",), "pl_acc": ("y",), "pl_ins": ("y",),
    }, "hard"),
    # muž: Prachař, Šolc, Aleš, Tomáš, Matěj
    "m_soft": ("m", "", {
        "gen": ("e",), "dat": ("ovi", "i"), "acc": ("e",), "loc": ("ovi", "i"), "ins": ("em",), "voc": ("i", "e"),
        "pl_nom": ("ové", "é", "i"), "pl_gen": ("ů",), "pl_dat": ("ům",), "pl_acc": ("e",), "pl_ins": ("i",),
    }, "soft"),
    # fleeting e: Papoušek -> Papouška, Roubínek -> Roubínka, náměstek -> náměstka / náměstci
    "m_ek": ("m", "ek", {
        "gen": ("ka",), "dat": ("kovi", "ku"), "acc": ("ka",), "loc": ("kovi", "ku"), "ins": ("kem",), "voc": ("ku",),
        "pl_nom": ("ci", "kové"), "pl_gen": ("ků",), "pl_dat": ("kům",), "pl_acc": ("ky",), "pl_ins": ("ky",),
    }, None),
    # Zdeněk -> Zdeňka
    "m_nek": ("m", "něk", {
        "gen": ("ňka",), "dat": ("ňkovi", "ňku"), "acc": ("ňka",), "loc": ("ňkovi", "ňku"), "ins": ("ňkem",),
        "voc": ("ňku",),
    }, None),
    # Němec -> Němce
    "m_ec": ("m", "ec", {
        "gen": ("ce",), "dat": ("covi", "ci"), "acc": ("ce",), "loc": ("covi", "ci"), "ins": ("cem",), "voc": ("če",),
    }, None),
    # Pavel -> Pavla, Karel -> Karla, Havel -> Havla; "Pavlu Zajícovi" (a given name before the surname)
    "m_el": ("m", "el", {
        "gen": ("la",), "dat": ("lovi", "lu"), "acc": ("la",), "loc": ("lovi", "lu"), "ins": ("lem",), "voc": ("le",),
    }, None),
    # Mirko, Marko
    "m_o": ("m", "o", {"gen": ("a",), "dat": ("ovi",), "acc": ("a",), "loc": ("ovi",), "ins": ("em",)}, None),
    # předseda: Vytiska, Broza, Svoboda, starosta, místostarosta
    "m_a": ("m", "a", {
        "gen": ("y",), "dat": ("ovi",), "acc": ("u",), "loc": ("ovi",), "ins": ("ou",), "voc": ("o",),
        "pl_nom": ("ové",), "pl_gen": ("ů",), "pl_dat": ("ům",), "pl_acc": ("y",), "pl_ins": ("y",),
    }, None),
    # soudce: zástupce, správce
    "m_e": ("m", "e", {
        "gen": ("e",), "dat": ("i", "ovi"), "acc": ("e",), "loc": ("i", "ovi"), "ins": ("em",),
        "pl_nom": ("i", "ové"), "pl_dat": ("ům",), "pl_acc": ("e",), "pl_ins": ("i",),
    }, None),
    # mladý: Malý, Černý, Nový
    "m_adj": ("m", "ý", {
        "gen": ("ého",), "dat": ("ému",), "acc": ("ého",), "loc": ("ém",), "ins": ("ým",),
        "pl_nom": ("í",), "pl_dat": ("ým",), "pl_acc": ("é",), "pl_ins": ("ými",),
    }, None),
    # jarní: Jiří, Jančí, Krejčí, vedoucí, radní, předsedající
    "m_soft_adj": ("m", "í", {
        "gen": ("ího",), "dat": ("ímu",), "acc": ("ího",), "loc": ("ím",), "ins": ("ím",),
        "pl_dat": ("ím",), "pl_ins": ("ími",),
    }, None),
    # mladá: Nováková, Malá, Lenertová
    "f_adj": ("f", "á", {
        "gen": ("é",), "dat": ("é",), "acc": ("ou",), "loc": ("é",), "ins": ("ou",),
        "pl_nom": ("é",), "pl_dat": ("ým",), "pl_acc": ("é",), "pl_ins": ("ými",),
    }, None),
    # žena: Eva, Jana, Petra (dat/loc with consonant changes below)
    "f_a": ("f", "a", {
        "gen": ("y",), "dat": ("ě", "e"), "acc": ("u",), "loc": ("ě", "e"), "ins": ("ou",), "voc": ("o",),
        "pl_nom": ("y",), "pl_dat": ("ám",), "pl_acc": ("y",), "pl_ins": ("ami",),
    }, None),
    "f_ka": ("f", "ka", {"dat": ("ce",), "loc": ("ce",)}, None),   # Lenka -> Lence, členka -> člence
    "f_ra": ("f", "ra", {"dat": ("ře",), "loc": ("ře",)}, None),   # Petra -> Petře, Věra -> Věře
    "f_ga": ("f", "ga", {"dat": ("ze",), "loc": ("ze",)}, None),   # Olga -> Olze
    # růže / předsedkyně: Marie (-ie), předsedkyně, tajemnice
    "f_ie": ("f", "ie", {"gen": ("ie",), "dat": ("ii",), "acc": ("ii",), "loc": ("ii",), "ins": ("ií",)}, None),
    "f_e": ("f", "e", {
        "gen": ("e",), "dat": ("i",), "acc": ("i",), "loc": ("i",), "ins": ("í",),
        "pl_nom": ("e",), "pl_dat": ("ím",), "pl_acc": ("e",), "pl_ins": ("emi",),
    }, None),
    "f_ě": ("f", "ě", {
        "gen": ("ě",), "dat": ("i",), "acc": ("i",), "loc": ("i",), "ins": ("í",),
        "pl_nom": ("ě",), "pl_dat": ("ím",), "pl_acc": ("ě",), "pl_ins": ("ěmi",),
    }, None),
    # Paradigms of body nouns only (weight 0 for names): hrad (výbor, senát), spolek,
    # město (zastupitelstvo), stavení (shromáždění), muzeum (kolegium).
    "m_inan": ("m", "", {"gen": ("u",), "dat": ("u",), "acc": ("",), "loc": ("u", "ě", "e"), "ins": ("em",),
                         "pl_nom": ("y",), "pl_gen": ("ů",), "pl_dat": ("ům",), "pl_ins": ("y",)}, None),
    "m_inan_ek": ("m", "ek", {"gen": ("ku",), "dat": ("ku",), "acc": ("ek",), "loc": ("ku",), "ins": ("kem",)}, None),
    "n_o": ("n", "o", {"gen": ("a",), "dat": ("u",), "acc": ("o",), "loc": ("u", "ě", "e"), "ins": ("em",)}, None),
    "n_í": ("n", "í", {"gen": ("í",), "dat": ("í",), "acc": ("í",), "loc": ("í",), "ins": ("ím",)}, None),
    "n_um": ("n", "um", {"gen": ("a",), "dat": ("u",), "acc": ("um",), "loc": ("u",), "ins": ("em",)}, None),
}

# Endings a nominative family name practically never has; a candidate ending like this is
# an artefact of reading a table backwards ("Papoušk", "Pavl", "Němc").
IMPLAUSIBLE_NOMINATIVE_ENDINGS: tuple[str, ...] = (
    "šk", "čk", "žk", "řk", "sk", "nk", "dk", "tk", "pk", "vk", "bk", "lk", "rk", "ňk", "ěk", "mk", "zk", "ck",
    "jk", "fk", "hk", "ťk", "ďk",
    "vl", "bl", "dl", "tl", "pl", "kl", "ml", "sl", "zl", "šl", "nl", "rl",
    "mc", "dc", "tc", "vc", "šc", "bc", "pc", "kc", "sc", "zc", "hc", "čc", "žc", "řc",
    # case endings that a nominative practically never ends with
    "ovi", "em", "ého", "ému", "ím", "ým", "ém", "ou",
)

# Stems after which a nominative in -a is rare: "Nováka", "Kubíka", "Zemana", "Šimona" are the
# genitive/accusative of Novák, Kubík, Zeman, Šimon far more often than nominatives of their own.
A_NOMINATIVE_UNLIKELY_STEMS: tuple[str, ...] = ("ák", "ík", "ýk", "ůk", "ín", "ýn", "an", "án", "on", "ón", "ář",
                                                "yl", "íl", "il")
A_NOMINATIVE_UNLIKELY_FACTOR = 0.3
# Two readings of a name whose weights are closer than this are "genuinely ambiguous": the name is
# kept as written and a warning says so ("p. Smetanu": Smetan or Smetana?).  A nominative in -ka
# against an -ek genitive ("Procházka" / "Procházek") is just below it: the nominative is kept silently.
AMBIGUITY_RATIO = 1.4

# How often each paradigm occurs among family names and among given names.  Used to
# weigh competing readings ("Šolce": genitive of Šolc (m_soft) beats a nominative Šolce (m_e)).
PARADIGM_WEIGHT_FAMILY: dict[str, float] = {
    "m_hard": 1.0, "m_soft": 1.0, "m_ek": 1.0, "m_nek": 0.5, "m_ec": 0.8, "m_el": 0.6, "m_o": 0.2,
    "m_a": 0.8, "m_e": 0.15, "m_adj": 1.0, "m_soft_adj": 0.6, "f_adj": 1.0,
    "f_a": 0.05, "f_ka": 0.05, "f_ra": 0.05, "f_ga": 0.05, "f_ie": 0.05, "f_e": 0.05, "f_ě": 0.05,
    "m_inan": 0.0, "m_inan_ek": 0.0, "n_o": 0.0, "n_í": 0.0, "n_um": 0.0,
}
PARADIGM_WEIGHT_GIVEN: dict[str, float] = {
    "m_hard": 1.0, "m_soft": 1.0, "m_ek": 1.0, "m_nek": 1.0, "m_ec": 0.3, "m_el": 1.0, "m_o": 0.5,
    "m_a": 0.3, "m_e": 0.1, "m_adj": 0.01, "m_soft_adj": 0.5, "f_adj": 0.01,
    "f_a": 1.0, "f_ka": 1.0, "f_ra": 1.0, "f_ga": 1.0, "f_ie": 1.0, "f_e": 0.3, "f_ě": 0.3,
    "m_inan": 0.0, "m_inan_ek": 0.0, "n_o": 0.0, "n_í": 0.0, "n_um": 0.0,
}
# A word read as-is in any case (Fojtů, Mirko, foreign names) when no paradigm fits.
INDECLINABLE_WEIGHT = 0.1
# Bonus for a given-name reading that is a known given name; factor for one that is not.
KNOWN_GIVEN_NAME_BONUS = 3.0
UNKNOWN_GIVEN_NAME_FACTOR = 0.3

# How likely a case is for a name found with no context (nominative dominates in lists).
CASE_PRIOR: dict[str, float] = {
    "nom": 1.0, "gen": 0.55, "acc": 0.55, "dat": 0.45, "ins": 0.45, "loc": 0.2, "voc": 0.05,
}

# Honorifics in an oblique case fix the case of the name after them ("pana M. Přikryla").
HONORIFIC_CASES: dict[str, str] = {"pana": "acc", "panu": "dat", "panem": "ins", "pane": "voc"}

# Words that fix the case of the name after them.
CASE_GOVERNORS: dict[str, str] = {
    "pro": "acc", "na": "acc", "za": "acc",
    "s": "ins", "se": "ins", "mezi": "ins", "před": "ins", "nad": "ins",
    "k": "dat", "ke": "dat", "proti": "dat", "díky": "dat",
    "od": "gen", "do": "gen", "z": "gen", "ze": "gen", "u": "gen", "bez": "gen", "podle": "gen", "dle": "gen",
    "o": "loc", "při": "loc", "po": "loc",
}

# Role nouns before or after names, with their paradigm (for recognising inflected
# forms: "místostarostu Pavla Horáka", "pro náměstky J. Šolce").  Lemma = nominative.
ROLE_NOUNS: dict[str, str] = {
    "starosta": "m_a", "starostka": "f_a", "místostarosta": "m_a", "místostarostka": "f_a",
    "primátor": "m_hard", "primátorka": "f_a", "náměstek": "m_ek", "náměstkyně": "f_ě",
    "hejtman": "m_hard", "hejtmanka": "f_a",
    "předseda": "m_a", "předsedkyně": "f_ě", "místopředseda": "m_a", "místopředsedkyně": "f_ě",
    "předsedající": "m_soft_adj",
    "tajemník": "m_hard", "tajemnice": "f_e", "člen": "m_hard", "členka": "f_a",
    "radní": "m_soft_adj", "zastupitel": "m_hard", "zastupitelka": "f_a",
    "ředitel": "m_soft", "ředitelka": "f_a", "vedoucí": "m_soft_adj", "zástupce": "m_e", "zástupkyně": "f_ě",
    "garant": "m_hard", "garantka": "f_a", "zapisovatel": "m_soft", "zapisovatelka": "f_a",
    "ověřovatel": "m_soft", "ověřovatelka": "f_a", "jednatel": "m_soft", "jednatelka": "f_a",
    "referent": "m_hard", "referentka": "f_a", "manažer": "m_hard", "manažerka": "f_a",
    "koordinátor": "m_hard", "koordinátorka": "f_a", "správce": "m_e", "správkyně": "f_ě",
    "velitel": "m_soft", "velitelka": "f_a", "host": "m_hard", "zpracovatel": "m_soft",
    "zpracovatelka": "f_a", "předkladatel": "m_soft", "předkladatelka": "f_a",
    "pověřenec": "m_ec", "pověřenkyně": "f_ě", "kronikář": "m_soft", "kronikářka": "f_a",
    "děkan": "m_hard", "děkanka": "f_a", "proděkan": "m_hard", "proděkanka": "f_a", "rektor": "m_hard",
    "prorektor": "m_hard", "kvestor": "m_hard", "senátor": "m_hard", "senátorka": "f_a",
    "zaměstnanec": "m_ec", "zaměstnankyně": "f_ě", "zastupitelé": "m_hard",
    "architekt": "m_hard", "architektka": "f_a", "auditor": "m_hard", "auditorka": "f_a",
    "účetní": "m_soft_adj", "pokladní": "m_soft_adj", "sekretář": "m_soft", "sekretářka": "f_a",
    "uchazeč": "m_soft", "projektant": "m_hard", "projektantka": "f_a", "stavbyvedoucí": "m_soft_adj",
}

# Frequent Czech given names (nominative).  Used to tell given name from family name in
# surname-first lists ("Malý Michal") and to read a given name's case ("Pavla" -> Pavel).
GIVEN_NAMES_MALE: frozenset[str] = frozenset(["Adam", "Adolf", "Albert", "Aleš", "Alexandr", "Alois", "Antonín", "Arnošt", "Bedřich", "Blahoslav", "Bohdan", "Bohumil", "Bohumír", "Bohuslav", "Boris", "Bořek", "Bořivoj", "Břetislav", "Ctibor", "Čeněk", "Dalibor", "Daniel", "David", "Denis", "Dominik", "Drahomír", "Dušan", "Eduard", "Emil", "Erik", "Evžen", "Filip", "František", "Gustav", "Hubert", "Hynek", "Ivan", "Ivo", "Jakub", "Jan", "Jaromír", "Jaroslav", "Jindřich", "Jiří", "Josef", "Kamil", "Karel", "Kryštof", "Ladislav", "Leoš", "Libor", "Lubomír", "Luboš", "Luděk", "Ludvík", "Lukáš", "Marcel", "Marek", "Marian", "Martin", "Matěj", "Matouš", "Matyáš", "Michael", "Michal", "Mikuláš", "Milan", "Miloslav", "Miloš", "Miroslav", "Mirko", "Nikolas", "Oldřich", "Ondřej", "Oskar", "Otakar", "Patrik", "Pavel", "Petr", "Přemysl", "Radek", "Radim", "Radomír", "Radoslav", "Radovan", "René", "Richard", "Robert", "Roman", "Rostislav", "Rudolf", "Samuel", "Sebastián", "Silvestr", "Slavomír", "Stanislav", "Svatopluk", "Šimon", "Štěpán", "Tadeáš", "Tomáš", "Václav", "Vavřinec", "Viktor", "Vilém", "Vít", "Vítězslav", "Vladimír", "Vladislav", "Vlastimil", "Vojtěch", "Vratislav", "Zbyněk", "Zdeněk", "Zbyšek", "Zdislav", "Jáchym", "Kristián", "Vítek", "Bronislav", "Jarmil", "Metoděj", "Augustin", "Ervín", "Herbert"])

GIVEN_NAMES_FEMALE: frozenset[str] = frozenset(["Adéla", "Agáta", "Alena", "Alice", "Alžběta", "Amálie", "Andrea", "Aneta", "Anežka", "Anna", "Barbora", "Blanka", "Blažena", "Bohdana", "Bohumila", "Božena", "Dagmar", "Dana", "Daniela", "Danuše", "Denisa", "Dita", "Dominika", "Drahomíra", "Eliška", "Ema", "Emílie", "Eva", "Gabriela", "Hana", "Helena", "Hedvika", "Ilona", "Irena", "Iva", "Ivana", "Iveta", "Jana", "Jarmila", "Jaroslava", "Jindřiška", "Jiřina", "Jitka", "Johana", "Josefa", "Julie", "Kamila", "Karolína", "Kateřina", "Klára", "Kristýna", "Kristina", "Lada", "Lenka", "Libuše", "Lucie", "Ludmila", "Magdaléna", "Marcela", "Markéta", "Marie", "Marta", "Martina", "Michaela", "Milada", "Milena", "Miloslava", "Miroslava", "Monika", "Naděžda", "Natálie", "Nikola", "Olga", "Pavla", "Pavlína", "Petra", "Radka", "Renata", "Romana", "Růžena", "Sabina", "Simona", "Soňa", "Stanislava", "Šárka", "Tereza", "Vanda", "Vendula", "Věra", "Veronika", "Vladimíra", "Vlasta", "Zdeňka", "Zdenka", "Zuzana", "Žaneta", "Jiřina", "Ludmila", "Eliška", "Taťána", "Hedvika", "Libuše", "Ester", "Miriam", "Jolana", "Irena", "Marcela", "Světlana", "Vladislava", "Lýdie", "Nela", "Sára", "Vilma"])

# Conjunctions joining the names of a list ("Mgr. M. Malý, Ing. J. Vytiska a E. Kožušník").
LIST_CONJUNCTIONS: tuple[str, ...] = ("a", "i")

# Prepositions of place: capitals right after them in a role ("velitel požární stanice v Nové
# Bystřici", "ředitel školy na Zahradní") name a place, not a person.
PLACE_PREPOSITIONS: tuple[str, ...] = ("v", "ve", "na")
