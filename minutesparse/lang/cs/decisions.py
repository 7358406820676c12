"""Czech decision vocabulary (data only): resolution verbs, labels, task and duty cues.

Used by ``minutesparse.fields.resolutions``, ``tasks``, ``segment`` and ``decisions``.
Everything is lower case unless noted; the parsers match case-insensitively.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------
# Resolution verbs.  Canonical form (present tense, 3rd person singular, lower case, as a
# resolution writes it) -> other forms seen in minutes (past tense of every gender and
# number, reflexive or perfective variants).  The canonical form always matches itself.
# Multi-word actions are fixed phrases that name a different decision than their verb
# alone ("bere na vědomí" is not "bere"; "uděluje výjimku" grants an exemption).
ACTIONS: dict[str, tuple[str, ...]] = {
    "schvaluje": ("schválila", "schválilo", "schválil", "schválili", "schválily", "schvalují"),
    "neschvaluje": ("neschválila", "neschválilo", "neschválil", "neschválili", "neschválily", "neschvalují"),
    "bere na vědomí": ("vzala na vědomí", "vzalo na vědomí", "vzal na vědomí", "vzali na vědomí",
                       "vzaly na vědomí", "berou na vědomí", "bere na vědomí informaci"),
    "nebere na vědomí": ("nevzala na vědomí", "nevzalo na vědomí", "nevzal na vědomí"),
    "doporučuje": ("doporučila", "doporučilo", "doporučil", "doporučili", "doporučují"),
    "nedoporučuje": ("nedoporučila", "nedoporučilo", "nedoporučil", "nedoporučili", "nedoporučují"),
    "ukládá": ("uložila", "uložilo", "uložil", "uložili", "ukládají"),
    "pověřuje": ("pověřila", "pověřilo", "pověřil", "pověřili", "pověřují"),
    "souhlasí": ("souhlasila", "souhlasilo", "souhlasil", "souhlasili", "vyslovuje souhlas",
                 "vyjadřuje souhlas", "dává souhlas", "uděluje souhlas", "dali souhlas", "dal souhlas",
                 "dala souhlas", "dalo souhlas", "vyslovili souhlas", "vyslovila souhlas"),
    "nesouhlasí": ("nesouhlasila", "nesouhlasilo", "nesouhlasil", "nesouhlasili", "vyslovuje nesouhlas",
                   "vyjadřuje nesouhlas"),
    "revokuje": ("revokovala", "revokovalo", "revokoval", "revokovali"),
    "volí": ("zvolila", "zvolilo", "zvolil", "zvolili", "volila", "volilo"),
    "jmenuje": ("jmenovala", "jmenovalo", "jmenoval", "jmenovali"),
    "odvolává": ("odvolala", "odvolalo", "odvolal", "odvolali"),
    "zřizuje": ("zřídila", "zřídilo", "zřídil", "zřídili"),
    "ruší": ("zrušila", "zrušilo", "zrušil", "zrušili"),
    "vyhovuje": ("vyhověla", "vyhovělo", "vyhověl", "vyhověli"),
    "nevyhovuje": ("nevyhověla", "nevyhovělo", "nevyhověl", "nevyhověli"),
    "určuje": ("určila", "určilo", "určil", "určili"),
    "vydává": ("vydala", "vydalo", "vydal", "vydali"),
    "ověřuje": ("ověřila", "ověřilo", "ověřil", "ověřili"),
    "rozhoduje": ("rozhodla", "rozhodlo", "rozhodl", "rozhodli"),
    "nerozhoduje": ("nerozhodla", "nerozhodlo", "nerozhodl", "nerozhodli"),
    "konstatuje": ("konstatovala", "konstatovalo", "konstatoval", "konstatovali"),
    "deleguje": ("delegovala", "delegovalo", "delegoval", "delegovali"),
    "navrhuje": ("navrhla", "navrhlo", "navrhl", "navrhli"),
    "odkládá": ("odložila", "odložilo", "odložil", "odložili"),
    "stanovuje": ("stanoví", "stanovila", "stanovilo", "stanovil", "stanovili"),
    "projednává": ("projednala", "projednalo", "projednal", "projednali"),
    "nominuje": ("nominovala", "nominovalo", "nominoval", "nominovali"),
    "zamítá": ("zamítla", "zamítlo", "zamítl", "zamítli"),
    "potvrzuje": ("potvrdila", "potvrdilo", "potvrdil", "potvrdili"),
    "přijímá": ("přijala", "přijalo", "přijal", "přijali"),
    "uděluje výjimku": ("udělila výjimku", "udělilo výjimku", "udělil výjimku"),
    "uděluje": ("udělila", "udělilo", "udělil", "udělili"),
    "vyhlašuje": ("vyhlásila", "vyhlásilo", "vyhlásil", "vyhlásili"),
    "zmocňuje": ("zmocnila", "zmocnilo", "zmocnil", "zmocnili"),
    "odsouhlasuje": ("odsouhlasila", "odsouhlasilo", "odsouhlasil", "odsouhlasili"),
    "povoluje": ("povolila", "povolilo", "povolil", "povolili"),
    "nepovoluje": ("nepovolila", "nepovolilo", "nepovolil", "nepovolili"),
    "vyjadřuje": ("vyjádřila", "vyjádřilo", "vyjádřil", "vyjádřili"),
    "stahuje bod": ("stáhla bod", "stáhlo bod", "stahuje z programu bod", "stahuje z programu",
                    "stáhla z programu", "stáhlo z programu"),
    "mění": ("změnila", "změnilo", "změnil", "změnili"),
    "doplňuje": ("doplnila", "doplnilo", "doplnil", "doplnili"),
    "prodlužuje": ("prodloužila", "prodloužilo", "prodloužil", "prodloužili"),
    "ponechává": ("ponechala", "ponechalo", "ponechal", "ponechali"),
    "vyřazuje": ("vyřadila", "vyřadilo", "vyřadil", "vyřadili"),
    "odmítá": ("odmítla", "odmítlo", "odmítl", "odmítli"),
    "vyzývá": ("vyzvala", "vyzvalo", "vyzval", "vyzvali"),
    "žádá": ("požádala", "požádalo", "požádal", "požádali", "žádala"),
    "požaduje": ("požadovala", "požadovalo", "požadoval", "požadovali"),
    "poskytuje": ("poskytla", "poskytlo", "poskytl", "poskytli"),
    "svěřuje": ("svěřila", "svěřilo", "svěřil", "svěřili"),
    "uznává": ("uznala", "uznalo", "uznal", "uznali"),
    "akceptuje": ("akceptovala", "akceptovalo", "akceptoval", "akceptovali"),
    "opravuje": ("opravila", "opravilo", "opravil", "opravili"),
    "ukončuje": ("ukončila", "ukončilo", "ukončil", "ukončili"),
    "předkládá": ("předložila", "předložilo", "předložil", "předložili"),
    "byla seznámena": ("byl seznámen", "bylo seznámeno", "byli seznámeni", "se seznámila",
                       "se seznámilo", "se seznámil", "je seznámena", "je seznámeno"),
}
# Passive forms ("Jako ověřovatelé zápisu byli schváleni …"): read only when a numbered
# resolution's first clause has no other decision verb (they also describe earlier decisions).
PASSIVE_ACTIONS: dict[str, tuple[str, ...]] = {
    "schvaluje": ("byl schválen", "byla schválena", "bylo schváleno", "byli schváleni", "byly schváleny"),
    "volí": ("byl zvolen", "byla zvolena", "bylo zvoleno", "byli zvoleni", "byly zvoleny"),
    "určuje": ("byl určen", "byla určena", "bylo určeno", "byli určeni", "byly určeny"),
    "jmenuje": ("byl jmenován", "byla jmenována", "byli jmenováni", "byly jmenovány"),
    "bere na vědomí": ("byl vzat na vědomí", "byla vzata na vědomí", "bylo vzato na vědomí"),
}

# "byla seznámena" (was acquainted with) has no present-tense form in use; it is kept as
# written (feminine, the usual gender of "rada"/"komise") so that search facets group it.

# Words opening a subordinate clause: a resolution verb after them is not the body's own
# decision ("smlouva, kterou schvaluje zastupitelstvo").
RELATIVE_WORDS: tuple[str, ...] = (
    "který", "která", "které", "kterého", "kterému", "kterým", "kterou", "kterých", "kterými",
    "jenž", "jež", "jehož", "jejíž", "jemuž", "jímž", "což", "aby", "pokud", "jestliže", "kdy",
    "kde", "kdo", "co", "jak", "zda", "zdali",
)

# Verbs whose object is an assignment to someone: they also produce tasks ("ukládá OBH
# vypracovat …").  The second list only when an infinitive follows ("pověřuje starostu
# zajistit …" is a task, "pověřuje starostu podpisem smlouvy" an authorisation).
TASK_ACTIONS: tuple[str, ...] = ("ukládá",)
TASK_ACTIONS_WITH_INFINITIVE: tuple[str, ...] = ("pověřuje",)
# Requests: "žádá děkana o zveřejnění podmínek do 30. 11." asks someone to act (a task); the
# assignee is followed by one of these prepositions.
TASK_ACTIONS_REQUEST: tuple[str, ...] = ("žádá",)
REQUEST_PREPOSITIONS: tuple[str, ...] = ("o",)

# Actions meaning the body decided *not* to do something; the resolution is still adopted.
NEGATIVE_ACTIONS: tuple[str, ...] = (
    "neschvaluje", "nedoporučuje", "nesouhlasí", "nevyhovuje", "nerozhoduje", "nepovoluje",
    "zamítá", "odmítá", "nebere na vědomí",
)

# ---------------------------------------------------------------------------------------
# Resolution-number labels at the start of a line: "Usnesení č. 12/2024/RM",
# "Číslo: RM/1/1/2022", "(usnesení č. 8/2018 R)", "USNESENÍ číslo 5".
# Each entry is a sequence of words; "č." / "číslo" / ":" may follow (NUMBER_MARKS).
LABEL_WORDS: tuple[str, ...] = (
    "usnesení", "usn.", "usnesení rady", "usnesení zastupitelstva", "usnesení komise", "usnesení výboru",
    "návrh usnesení", "přijaté usnesení", "číslo usnesení", "č. usnesení",
)
# Words before a label on the same line: "Výsledek hlasování o usnesení č.: 41/2015".
LABEL_PREFIXES: tuple[str, ...] = ("výsledek hlasování o", "hlasování o", "hlasování k")

# Words that label a number only when followed directly by a colon ("Číslo: RM/1/1/2022").
COLON_LABEL_WORDS: tuple[str, ...] = ("číslo", "č.", "čís.")
NUMBER_MARKS: tuple[str, ...] = ("č.", "čís.", "číslo", "č", "no.", "nr.")

# Words that may follow a bare "č. 5/2024" under an "USNESENÍ" title ("č. 5/2024 ze dne …").
BARE_LABEL_FOLLOWERS: tuple[str, ...] = ("ze dne", "z", "ze", "dne", "přijaté", "k bodu")
# Words before the date of a resolution after its number ("Usnesení č. 3/9/2024 ze dne 12. 9. 2024 …").
LABEL_DATE_WORDS: tuple[str, ...] = ("ze dne", "dne", "z")
# A verb right after a label makes the label the subject of a sentence ("Usnesení č. 3/9/2024
# obsahovalo chybnou výši dotace.", "… je nadále platné"): past-tense endings, and a few others.
PROSE_VERB_ENDINGS: tuple[str, ...] = ("l", "la", "lo", "li", "ly")
PROSE_VERBS: tuple[str, ...] = ("je", "jsou", "zůstává", "zůstávají", "trvá", "platí", "nabývá", "nabylo")

# Section headings after which the resolutions listed were not adopted ("NEPŘIJATÉ NÁVRHY").
REJECTED_SECTIONS: tuple[str, ...] = (
    "nepřijaté návrhy", "nepřijatá usnesení", "neschválené návrhy", "neschválená usnesení",
    "návrhy, které nebyly přijaty", "nepřijaté návrhy usnesení", "nepřijaté části usnesení",
    "neschválené části usnesení",
)
# … and headings that end such a section ("PŘIJATÁ USNESENÍ").
ADOPTED_SECTIONS: tuple[str, ...] = ("přijatá usnesení", "schválená usnesení", "přijaté návrhy")

# "Návrh usnesení:" / "Usnesení:" — the following text is a resolution (possibly unnumbered).
RESOLUTION_CUES: tuple[str, ...] = (
    "návrh usnesení", "usnesení", "přijaté usnesení", "znění usnesení", "návrh na usnesení",
    "usnesení číslo", "přijala následující usnesení", "přijal následující usnesení",
    "přijalo následující usnesení", "následující usnesení", "toto usnesení",
)
# Words after which a resolution proposal is explicitly not final (kept, adopted unknown).
PROPOSAL_CUES: tuple[str, ...] = ("návrh usnesení", "návrh na usnesení")

# Words referring to other resolutions ("revokuje usnesení č. RM/1142/38/2024").
REFERENCE_CUES: tuple[str, ...] = ("usnesení", "usnesením", "usnesením č.", "usnesení č.", "usn.")

# ---------------------------------------------------------------------------------------
# Bodies that pass resolutions: the subject at the start of a resolution's wording
# ("Rada města Litovel …", "Komise Smart City doporučuje …", "ZO schvaluje …").
# Capitalised nouns and abbreviations, matched at the start of a line.
RESOLVING_BODIES: tuple[str, ...] = (
    "Rada", "Zastupitelstvo", "Komise", "Výbor", "Finanční výbor", "Kontrolní výbor",
    "Osadní výbor", "Senát", "Akademický senát", "Valná hromada", "Členská schůze",
    "Shromáždění", "Představenstvo", "Dozorčí rada", "Výkonný výbor", "Správní rada",
    "Vědecká rada", "Kolegium", "Sněm", "Konference", "Porota", "Hodnotící komise",
    "Zastupitelstvo obce", "Zastupitelstvo města", "Rada obce", "Rada města",
    "ZO", "ZM", "ZMO", "ZML", "ZMČ", "RM", "RMO", "RMČ", "RO", "AS", "KV", "FV", "VR",
    "OZ", "ZMě", "RMě", "VV", "Zastupitelé",
)

# A heading that opens the list of the meeting's resolutions (at the end of minutes):
# "Usnesení z 8. zasedání Zastupitelstva obce …", "PŘEHLED USNESENÍ", "Usnesení výroční
# členské schůze:".  Matched at the start of a short line that is no number label.
RESOLUTION_SECTION_STARTS: tuple[str, ...] = (
    "usnesení z", "usnesení ze", "přehled usnesení", "přehled přijatých usnesení", "seznam usnesení",
    "souhrn usnesení", "usnesení výroční", "usnesení členské", "usnesení valné", "přijatá usnesení",
    "usnesení přijatá", "usnesení zastupitelstva", "usnesení rady", "usnesení komise", "usnesení výboru",
)

# Words after which a recommendation quotes the resolution another body should pass ("Rada
# doporučuje ZM přijmout následující usnesení: ZM schvaluje …"): the quoted verbs and tasks
# belong to that other body.
NESTED_RESOLUTION_CUES: tuple[str, ...] = (
    "přijmout následující usnesení", "přijmout toto usnesení", "přijmout usnesení", "následující usnesení",
    "usnesení v tomto znění", "usnesení ve znění", "v tomto znění",
)

# ---------------------------------------------------------------------------------------
# Tasks and execution duties.
TASK_CUES: tuple[str, ...] = ("úkol", "úkoly", "nový úkol", "úkol č.", "úkol číslo")
# "Úkol pro náměstky J. Šolce a V. Prachaře: …" — the word before the assignees.
TASK_FOR_WORDS: tuple[str, ...] = ("pro",)
RESPONSIBLE_LABELS: tuple[str, ...] = (
    "zodpovídá", "zodpovídají", "zodpovědný", "zodpovědná", "zodpovědní", "zodpovědnost",
    "zodp.", "odpovídá", "odpovídají", "odpovědný", "odpovědná", "odpovědní", "odpovědnost",
    "odp.", "za splnění odpovídá", "zajistí", "řešitel", "garant",
)
DEADLINE_LABELS: tuple[str, ...] = ("termín", "termín plnění", "termín splnění", "lhůta", "splnit do")
# Abbreviated labels at the start of a line, case-sensitive, always with a colon:
# "O: tajemník ÚMO" (odpovídá), "T: trvale" (termín), "KT: 31. 12." (kontrolní termín).
RESPONSIBLE_ABBREVIATIONS: tuple[str, ...] = ("O", "Z", "Odp", "Zodp")
DEADLINE_ABBREVIATIONS: tuple[str, ...] = ("T", "KT")
# Adverbs that end an assignee phrase before the infinitive ("starostovi pravidelně předkládat").
ASSIGNMENT_ADVERBS: tuple[str, ...] = (
    "dále", "nadále", "také", "rovněž", "zároveň", "opět", "ihned", "neprodleně", "průběžně",
    "pravidelně", "bezodkladně", "každoročně", "písemně", "operativně",
)
# Words that introduce the task after the assignee instead of an infinitive
# ("ukládá tajemníkovi, aby zajistil …").
ASSIGNMENT_CONJUNCTIONS: tuple[str, ...] = ("aby",)
# "do 31. 12. 2024", "nejpozději do …", "v termínu do …" introduce a deadline inside a task.
DEADLINE_PREPOSITIONS: tuple[str, ...] = ("nejpozději do", "v termínu do", "ve lhůtě do", "ve lhůtě", "do", "k")
# "do 15 dnů", "ve lhůtě 30 dní": a period instead of a date (kept in deadline_text).
DURATION_UNITS: tuple[str, ...] = ("dnů", "dní", "dny", "den", "týdnů", "týdny", "týdne", "měsíců", "měsíce", "měsíc", "let", "roků")
# Deadlines that are not dates, kept verbatim in deadline_text (with the words that follow,
# up to the end of the clause): "do konce ledna roku 2023", "do příštího jednání".
# Words making a date a recurring deadline, kept as text ("každoročně k 31. 12.").
RECURRENCE_WORDS: tuple[str, ...] = (
    "každoročně", "každý rok", "vždy", "pravidelně", "čtvrtletně", "pololetně", "měsíčně", "ročně",
    "každého roku", "každoročně vždy",
)
# "do příštího jednání komise", "na příštím zasedání": the next meeting as a deadline
# (preposition, adjective, meeting noun, optionally the body in the genitive).
NEXT_MEETING_PREPOSITIONS: tuple[str, ...] = ("do", "na", "k", "ke", "nejpozději do", "nejpozději na")
NEXT_MEETING_ADJECTIVES: tuple[str, ...] = (
    "příštího", "příštímu", "příštím", "příští", "nejbližšího", "nejbližšímu", "nejbližším", "nejbližší",
    "následujícího", "následujícím", "dalšího", "dalším", "další",
)
MEETING_NOUNS: tuple[str, ...] = ("jednání", "zasedání", "schůze", "schůzi", "schůzí", "porady", "poradě", "poradu")
MEETING_BODIES_GENITIVE: tuple[str, ...] = (
    "komise", "výboru", "rady", "zastupitelstva", "rady města", "rady obce", "zastupitelstva obce",
    "zastupitelstva města", "senátu", "představenstva", "členské schůze",
)
DEADLINE_PHRASES: tuple[str, ...] = (
    "do konce", "do příštího", "do nejbližšího", "do následujícího", "na příštím", "na nejbližším",
    "neprodleně", "bezodkladně", "stále", "průběžně", "ihned", "trvale", "do odvolání",
)

# Offices and bodies an assignment is addressed to, as they appear after "ukládá"
# (dative) or "pověřuje" (accusative), mapped to the nominative.  A following name
# makes the party a person with this role ("starostovi Pavlu Horákovi").
ASSIGNEE_ROLES: dict[str, tuple[str, ...]] = {
    "starosta": ("starostovi", "starostu", "starosty", "starostou", "starosta"),
    "starostka": ("starostce", "starostku", "starostka"),
    "místostarosta": ("místostarostovi", "místostarostu", "místostarosty", "místostarosta",
                      "místostarostům"),
    "místostarostka": ("místostarostce", "místostarostku", "místostarostka"),
    "náměstek": ("náměstkovi", "náměstka", "náměstky", "náměstkům", "náměstek"),
    "náměstkyně": ("náměstkyni", "náměstkyně"),
    "primátor": ("primátorovi", "primátora", "primátor"),
    "tajemník": ("tajemníkovi", "tajemníka", "tajemník"),
    "tajemnice": ("tajemnici", "tajemnice"),
    "ředitel": ("řediteli", "ředitele", "ředitel", "ředitelům"),
    "ředitelka": ("ředitelce", "ředitelku", "ředitelka"),
    "vedoucí": ("vedoucímu", "vedoucí", "vedoucím"),
    "předseda": ("předsedovi", "předsedu", "předseda", "předsedům"),
    "předsedkyně": ("předsedkyni", "předsedkyně"),
    "člen": ("členovi", "člena", "členům", "členy", "člen"),
    "členka": ("člence", "členku", "členka"),
    "rada": ("radě", "radu", "rada"),
    "zastupitelstvo": ("zastupitelstvu", "zastupitelstvo"),
    "komise": ("komisi", "komise"),
    "výbor": ("výboru", "výbor"),
    "odbor": ("odboru", "odbor", "odborům"),
    "úřad": ("úřadu", "úřad"),
    "správce": ("správci", "správce"),
    "zpracovatel": ("zpracovateli", "zpracovatele", "zpracovatel"),
    "zapisovatel": ("zapisovateli", "zapisovatele"),
    "zapisovatelka": ("zapisovatelce", "zapisovatelku"),
    "děkan": ("děkanovi", "děkana", "děkan"),
    "děkanka": ("děkance", "děkanku", "děkanka"),
    "rektor": ("rektorovi", "rektora", "rektor"),
    "proděkan": ("proděkanovi", "proděkana", "proděkan"),
    "jednatel": ("jednateli", "jednatele", "jednatel"),
    "pokladník": ("pokladníkovi", "pokladníka", "pokladník"),
    "účetní": ("účetní",),
}
# Adjective endings of an office's attribute in the dative (an assignment's case) -> nominative
# ("odboru finančnímu" -> "odbor finanční", "stavebnímu úřadu" -> "stavební úřad").
ADJECTIVE_TO_NOMINATIVE: tuple[tuple[str, str], ...] = (("ímu", "í"), ("ému", "ý"))
# Possessive pronouns before an assignee ("ukládá svému členovi Pavlu Zajícovi …").
ASSIGNEE_POSSESSIVES: tuple[str, ...] = ("svému", "svým", "své", "svou", "svého", "svojí")

# Infinitives end in -t/-ti/-ci; these common nouns and adverbs end so too but are not verbs.
NOT_INFINITIVES: tuple[str, ...] = (
    "rozpočet", "účet", "počet", "projekt", "dokument", "kontrakt", "text", "list", "bod",
    "prospekt", "fakt", "kabinet", "internet", "komplet", "pamflet", "paragraf",
    "ústředí", "oddělení", "zastupitelstvu", "správci", "radnici", "obci", "věci", "pomoci",
    "moci", "noci", "práci", "ulici", "budově", "dotaci", "dotací", "souvislosti", "činnosti",
    "společnosti", "organizaci", "organizací", "komisi", "tajemnici", "předsedkyni",
    "náměstkyni", "ředitelce", "starostce", "radě", "velikosti", "možnosti", "nemovitosti",
    "části", "oblasti", "míst", "měst", "obcí", "předsedovi", "zpracovateli", "řediteli",
    "ti", "k", "at", "cti", "šest", "sedmi", "deset", "dvacet", "třicet", "čtyřicet", "padesát",
    "sto", "jednotlivosti", "odpovědnosti", "povinnosti", "záležitosti", "skutečnosti",
    "lhůt", "akt", "plat", "most", "host", "hosti", "listopadu",
)

# ---------------------------------------------------------------------------------------
# Agenda-item headings in the body: "Ad 3)", "K bodu 3:", "Bod 3." before the number.
ITEM_HEADING_PREFIXES: tuple[str, ...] = (
    "ad", "k bodu", "bod", "bod č.", "k bodu č.", "bod programu", "číslo bodu", "číslo bodu:", "bod číslo",
)

# Lines that end a resolution or a task, matched at the start of a line that begins with
# a capital letter (wrapped prose starts lower case): notes, explanatory reports,
# recorder and verifiers, the next meeting …
BLOCK_END_STARTS: tuple[str, ...] = (
    "pozn.", "poznámka", "důvodová zpráva", "zapsal", "zapsala", "zapsal/a", "zapisovatel",
    "zapisovatelka", "ověřovatel", "ověřovatelé", "ověřovatelka", "další zasedání",
    "další jednání", "příští zasedání", "příští jednání", "další schůze", "příští schůze",
    "jedná se o anonymizovaný", "za správnost", "vyvěšeno", "sejmuto", "přílohy usnesení",
    "příloha usnesení", "seznam příloh",
)
# … these only on a short line or before a colon ("Diskuse:", "Závěr", "Ověřil:").
BLOCK_END_HEADINGS: tuple[str, ...] = (
    "diskuse", "diskuze", "závěr", "příloha", "přílohy", "podpis", "podpisy", "razítko",
    "ověřil", "ověřila", "ověřili", "informace", "různé", "průběh jednání", "průběh zasedání",
    "průběh schůze",
)
# … and these anywhere in a line (signature marks "v. r." / "v.r.", dotted signature lines).
BLOCK_END_MARKS: tuple[str, ...] = ("v. r.", "v.r.", "vlastní rukou", "........")

# Placeholders of unfinished drafts ("č. 1.??/2022", "ze dne ??. měsíc 2022", "[doplnit]").
PLACEHOLDERS: tuple[str, ...] = ("??", "[doplnit]", "(doplnit)", "[doplní se]", "xx.xx.", "…/…")

# ---------------------------------------------------------------------------------------
# Grammar the parsers need (small closed word classes and endings).
RESOLUTION_WORD: str = "usnesení"
AND_WORDS: tuple[str, ...] = ("a", "a dále", "a také")  # joining names or clauses
RANGE_WORDS: tuple[str, ...] = ("až",)  # "344/2018 R až 359/2018 R"
REFLEXIVE: tuple[str, ...] = ("se",)  # "se mění" (a reflexive passive is no decision)
DURATION_FOLLOWERS: tuple[str, ...] = ("od", "ode", "po")  # "do 30 dnů od doručení"
# Infinitives end in -t/-ti ("zajistit", "moci" is rare in assignments).
INFINITIVE_ENDINGS: tuple[str, ...] = ("t", "ti")
# Third-person verb endings after a named doer ("Ing. Kratochvíl zajistí", "odbor předá",
# "tajemník zašle", "KV provede", "předseda přinese").
FINITE_VERB_ENDINGS: tuple[str, ...] = ("í", "uje", "á", "ují", "ají", "ějí", "šle", "nese", "veze", "vede", "vezme")
# Assignee role forms that are plural: the names after them share the role
# ("náměstky J. Šolce a V. Prachaře").
PLURAL_ROLE_FORMS: tuple[str, ...] = (
    "náměstky", "náměstkům", "členům", "členy", "ředitelům", "místostarostům", "předsedům",
    "odborům", "vedoucím",
)

