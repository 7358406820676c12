"""Czech language data for minutesparse.

Modules, one concern each (like spaCy's ``lang/cs`` or dateparser's locale data):

- ``dates``       month names in every case, weekday names, time cues ("hod.", "od", "do")
- ``titles``      academic and other titles before/after names, honorifics ("p.", "pí")
- ``people``      surname/given-name inflection endings, role nouns ("místostarosta", "náměstek")
- ``bodies``      body names and kinds (komise, rada, zastupitelstvo, výbor, akademický senát …)
- ``attendance``  attendance headings (Přítomni, Omluveni, Hosté …), quorum statements, movements
- ``structure``   document-type cues (zápis, usnesení, pozvánka …), agenda / programme cues,
                  signature cues (Zapsal/a, ověřovatel …), next-meeting cues
- ``decisions``   resolution verbs in all their forms, resolution-number labels, task cues
- ``votes``       vote labels (pro, proti, zdržel se, nehlasoval …), result phrases
- ``furniture``   page furniture: page-number forms ("Stránka 1 z 5", "- 2 -", "str. 2 z 5")

Adding another language (Slovak) means adding a sibling package with the same names.
"""
