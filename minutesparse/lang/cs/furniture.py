"""Page furniture in Czech documents: page-number words and forms (data only).

``extract/layout.py`` builds its page-number regexes from these lists; it never spells a
Czech word itself.  Forms seen in minutes:

    "Stránka 1 z 5"   "Strana 3"   "str. 2 z 5"   "strana 2/5"   "- 2 -"   "– 2 –"
    "2/5"   "2 / 5"   "2"   "Stránka 2 (celkem 5)"   "Page 1 of 5" (English templates)
"""

from __future__ import annotations

# Words that introduce a page number ("Stránka 1 z 5", "str. 2", "List 3").  Matched
# case-insensitively; an optional trailing dot is allowed after abbreviations.
PAGE_WORDS: tuple[str, ...] = (
    "stránka", "stránky", "strana", "strany", "str", "s", "list", "page", "seite",
)

# Words between the page number and the page count ("1 z 5", "1 ze 5", "1 of 5").
OF_WORDS: tuple[str, ...] = ("z", "ze", "of", "von", "celkem", "z celkem")

# Separators between page number and page count without a word ("2/5", "2 / 5").
OF_SEPARATORS: tuple[str, ...] = ("/",)

# Dashes that frame a bare page number ("- 2 -", "– 2 –", "— 2 —").
NUMBER_FRAMES: tuple[str, ...] = ("-", "–", "—")
