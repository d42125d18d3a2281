"""Words that are no one's name and capitals that are no one's initials, read by the person recognisers and by the
engine's later passes that must not take a word of a form, of the trade or an acronym for a name."""
from __future__ import annotations

import re
from functools import cache

from anonymiser.text.data import lines


@cache
def not_name_words() -> frozenset[str]:
    """Capitalised words that are never part of a person's name: English ones (not_name_words.txt) and the words of
    letters and forms from abroad no English dictionary lists ("Gesendet", "Geschäftsführer", "Objet", "Atentamente":
    foreign_words.txt, one language a line after its code)."""
    foreign = (word for line in lines("foreign_words.txt") for word in line.split()[1:])
    return frozenset(word for line in lines("not_name_words.txt") for word in line.split()) | frozenset(foreign)


# An e-mail header's labels abroad that are also a name's particle ("Von:", "An:", "De:", "Para:", "Od:", "Do:",
# "Aan:", "À:"): header words only as the whole label before its colon ("Van Dyke:" may speak). The other languages'
# header words, no particle ("Gesendet:", "Betreff:", "Objet:", "Asunto:", "Temat:"), are in foreign_words.txt.
HEADER_PARTICLES = frozenset("von an de à a para od do van aan".split())


# Capitals that are words of a form or a note, never anyone's initials.
INITIALS_AS_WORDS = frozenset({"TBC", "TBD", "TBA", "NA", "ALL", "NONE", "YES", "NO", "OK", "ANY", "NEW", "OPS", "ID"})


@cache
def not_initials() -> frozenset[str]:
    """Capitals that are no one's initials: the trade's acronyms, "TBC", "N/A"."""
    known = {word for line in lines("known_acronyms.txt") for word in line.split()}
    return frozenset(known | INITIALS_AS_WORDS)


# Capitals that after a number are its unit, the half of the day or a time zone, never anyone's initials: "10:12 AM",
# "412 KB", "09:00 GMT" (a person whose initials are "AM" or "KB" is learned with their name; the same capitals after a
# number are the clock's or the measure's, wherever they stand).
UNITS_AFTER_NUMBER = frozenset("""
    AM PM UTC GMT BST CET CEST EST EDT PST IST
    KB MB GB TB PB KW MW GW KWH MWH KV KVA MVA KG MG ML HZ KHZ MHZ GHZ RPM PSI KPA MPA LPM CFM BPM DB BAR NM UM CM MM KM
    """.split())
# (a number alone, not the end of a code or a sentence: "A4 AM -" and "A24-20 KM to" are action numbers and whose they
# are; "booked for 11 February 2025. AM to confirm")
_NUMBER_BEFORE = re.compile(r"(?<![\w./-])\d(?:[.,:]?\d)*[ \t]?$")


# Weekdays and months of the languages letters abroad come in: surnames as often ("Freitag", "Sonntag", "Abril",
# "Maggio", "Piątek"), so no word of ``not_name_words``; a date's only beside its digits ("Donnerstag, 13. Februar 2025",
# "12 de marzo de 2025", "lundi 3 mars").
CALENDAR_ABROAD = frozenset("""
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar jänner februar märz juni juli oktober dezember
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février juin juillet août septembre octobre novembre décembre
    lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre
    noviembre diciembre
    poniedziałek wtorek środa czwartek piątek sobota niedziela styczeń luty marzec kwiecień maj czerwiec lipiec sierpień
    wrzesień październik listopad grudzień stycznia lutego marca kwietnia maja czerwca lipca sierpnia września
    października listopada grudnia
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei augustus
    lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio settembre ottobre
    dicembre
    """.split())
# English weekdays cut short, as a log, a rota or a message pad writes them before the day's date ("MON 04/03",
# "Thu 7 Mar"): in capitals they look like anyone's initials, and "WED" or "SAT" like words.
WEEKDAYS_SHORT = frozenset("mon tue tues wed weds thu thur thurs fri sat sun".split())
_DIGIT_NEAR = re.compile(r"\d")


# A date beside an English weekday cut short: its day and month after it ("MON 04/03", "Sun 4 Mar") or before it
# ("04/03 MON"); a surname or a given name so spelled ("Wei Sun", "Thu") is beside no such date ("Sun 4 samples").
_DATE_AFTER = re.compile(r"[ \t,.]*\d{1,2}(?:st|nd|rd|th)?(?:[/.-]\d{1,2}\b|[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
_DATE_BEFORE = re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t,]*$")


def calendar_word_of_a_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a weekday or a month abroad beside a date's digits (within four characters), or
    an English weekday cut short beside a date's day and month."""
    lower = text[start:end].lower()
    if lower in CALENDAR_ABROAD:
        return bool(_DIGIT_NEAR.search(text, max(0, start - 5), start) or _DIGIT_NEAR.search(text, end, end + 5))
    return lower in WEEKDAYS_SHORT and bool(
        _DATE_AFTER.match(text, end) or _DATE_BEFORE.search(text, max(0, start - 14), start))


def unit_after_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a unit or "AM"/"PM" written just after a number ("4:47 PM", "211 KB")."""
    return text[start:end] in UNITS_AFTER_NUMBER and bool(_NUMBER_BEFORE.search(text, max(0, start - 16), start))
