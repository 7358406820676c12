"""Czech month and weekday names, and time-of-day cue words (data only)."""

# Month number -> every form seen in minutes (nominative, genitive as in "27. října 2022",
# locative "v říjnu"), plus Roman numerals used in dates ("16. V. 2024").
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("leden", "ledna", "lednu", "I"),
    2: ("únor", "února", "únoru", "II"),
    3: ("březen", "března", "březnu", "III"),
    4: ("duben", "dubna", "dubnu", "IV"),
    5: ("květen", "května", "květnu", "V"),
    6: ("červen", "června", "červnu", "VI"),
    7: ("červenec", "července", "červenci", "VII"),
    8: ("srpen", "srpna", "srpnu", "VIII"),
    9: ("září", "zář", "IX"),
    10: ("říjen", "října", "říjnu", "X"),
    11: ("listopad", "listopadu", "XI"),
    12: ("prosinec", "prosince", "prosinci", "XII"),
}

WEEKDAYS: tuple[str, ...] = (
    "pondělí", "úterý", "středa", "středu", "čtvrtek", "pátek", "sobota", "sobotu", "neděle", "neděli",
)

# "od 15:00 hodin", "v 17.00 hod.", "ukončeno v 16.25 h"
HOUR_WORDS: tuple[str, ...] = ("hodin", "hodiny", "hod.", "hod", "h.", "h")
START_CUES: tuple[str, ...] = ("od", "zahájen", "zahájeno", "zahájení", "začátek", "začátku", "v")
END_CUES: tuple[str, ...] = ("ukončen", "ukončeno", "ukončena", "ukončení", "konec", "do", "skončeno", "skončilo")
# Prepositions before a time, dropped with it from a name ("V 18:19 hod přišla …", "od 19,50").
TIME_PREPOSITIONS: tuple[str, ...] = ("v", "ve", "od", "do", "v čase")
# Words right before a time written without an hour word ("Zahájení: 17.00", "v 16. 30 v učebně").
BARE_TIME_CUES: tuple[str, ...] = START_CUES + END_CUES + ("ve", "čas", "zahájeno v", "ukončeno v", "skončilo v",
                                                           "skončení", "ukončení jednání", "zahájení jednání")

# Deadline phrases that are not dates; kept verbatim in deadline_text.
NON_DATE_DEADLINES: tuple[str, ...] = (
    "ihned", "průběžně", "trvale", "do příštího jednání", "na příštím jednání", "do konce roku",
)
