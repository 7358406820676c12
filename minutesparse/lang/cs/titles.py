"""Czech academic titles, honorifics and name particles (data only).

Titles are written as they appear in Czech documents; matching elsewhere ignores case
differences of the first letter only where noted and tolerates missing spaces
("Ing.arch.", "Ph.D" without the final dot).
"""

# Titles written before the name ("Ing. Mgr. Jana Nováková").  Multi-word titles first.
TITLES_BEFORE: tuple[str, ...] = (
    "Ing. arch.", "akad. arch.", "akad. mal.", "akad. soch.", "ak. mal.", "ak. arch.",
    "doc.", "prof.", "Doc.", "Prof.",
    "Ing.", "Mgr.", "MgA.", "Bc.", "BcA.",
    "MUDr.", "MDDr.", "MVDr.", "JUDr.", "PhDr.", "RNDr.", "PaedDr.", "PharmDr.", "ThDr.",
    "ThLic.", "ThMgr.", "ICDr.", "RSDr.", "RCDr.", "PhMr.", "Dr.", "ICLic.",
    "plk.", "pplk.", "mjr.", "kpt.", "npor.", "por.",
)

# Titles written after the name ("Jan Novák, Ph.D.", "Eva Malá, DiS.").
TITLES_AFTER: tuple[str, ...] = (
    "Ph.D.", "Th.D.", "CSc.", "DrSc.", "DiS.", "MBA", "MPA", "LL.M.", "LLM", "MSc.", "M.Sc.",
    "BSc.", "B.Sc.", "MA", "M.A.", "BA", "B.A.", "MBA.", "EMBA", "DBA", "ArtD.", "dr. h. c.",
    # spellings seen in real minutes (canonicalised to the first spelling above)
    "Dis.", "DIS.", "Ph.d.", "PhD.", "Csc.", "CSC.",
)

# Honorifics that precede a name but are not titles: "p. Kohout", "pí Nováková", "paní Malá".
HONORIFICS: tuple[str, ...] = (
    "p.", "pí", "pí.", "pan", "paní", "pana", "panu", "panem", "sl.", "slečna", "sl",
)

# Words after a name that are not part of it (the "v. r." of signature blocks).
SIGNATURE_MARKS: tuple[str, ...] = ("v. r.", "v.r.", "v.r", "v. r", "(v. r.)", "vlastní rukou", "v z.", "v.z.", "v. z.")
