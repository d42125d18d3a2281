"""Addresses abroad, as partners', suppliers' and sister sites' letterheads, contact sheets and delivery notes write
them: a street whose type is glued to its name ("Velmarkstraße 14", "Velmarkdijk 12", "Skaldvägen 9") or
stands before it ("14, rue des Verriers", "Calle de la Velmara 27", "ul. Przemysłowa 17A", "Via Tarvina km 52"), with
the postcode and town after it ("…, 69117 Heidelberg", "· 382 45 Skaldby"); a postcode whose shape says its country
before a town ("62-300 Września", "1062 KT Amsterdam", "80331 München"); a town and its Indian PIN or Singapore's
code ("Mysuru 570001", "Singapore 628117"), an American town and its state ("Albany, NY 12207", "Parsippany, NJ"); an
Irish county ("Co. Kildare") and Eircode ("Cork T23 VK48"). UK addresses are ``address``'s and ``postcode``'s.

A street abroad is a whole line of an address: the street alone, its number and postcode left, still points at one
building. Look-alikes stay: a number and a word that is English ("24000 Units", "Spring 2025"), a year before two
capitals ("2024 QA Review"), a degree after a name ("Jane Tarvenhall, MD").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.irish_counties import IRISH_COUNTY
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.recognisers import anchor_scan
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.vendors import vendors

NAME = "address_abroad"

_UP = "A-ZÄÖÜÅØÆÉÈÀÁÍÓÚŁŚŻŹĆÇ"
_LO = "a-zäöüßåøæéèêàáâíóôõúûçñłśżźćńąęě"
_WORD = rf"[{_UP}][{_LO}'\u2019]*"
# The types of street written after the name, glued to it or joined by a hyphen: German, Swiss and Austrian
# ("-straße", "-str.", "-weg", "-gasse", "-allee", "-platz", "-damm", "-ufer", a "-park" glued to a word), Dutch and
# Flemish ("-laan", "-straat", "-dijk", "-plein", "-kade", "-gracht", "-singel", "-weg"), Scandinavian ("-vägen",
# "-gatan", "-vej", "-veien", "-gata").
# (the German ones also with a capital, as a hyphened name writes them: "Max-Quenzel-Straße")
_GERMAN_GLUED = ("straße", "strasse", "str.", "weg", "gasse", "allee", "platz", "damm", "ufer")
_OTHER_GLUED = ("laan", "straat", "dijk", "plein", "kade", "gracht", "singel", "vägen", "gatan", "vej", "veien", "gata")
_GLUED_TYPE = ("(?:" + "|".join([*(f"[{t[0].upper()}{t[0]}]{re.escape(t[1:])}" for t in _GERMAN_GLUED),
                                 *map(re.escape, _OTHER_GLUED)]) + "|(?<=[a-z])park)")
_HOUSE = r"\d{1,4}[a-zA-Z]?(?:[-\u2013/]\d{1,4}[a-zA-Z]?)?"
_GLUED_STREET = re.compile(
    rf"[{_UP}][{_LO}'\u2019]*(?:-[{_UP}{_LO}][{_LO}'\u2019]*)*?-?{_GLUED_TYPE}[ \t]+{_HOUSE}(?![\w.,:/]\d|[\w%])")
# (found from the type and the number after it, in the lower-case text, by the one automaton pass of ``anchor_scan``;
# the street's name is then read back from there, and a word before it that leads such names: "Am Skaldpark 12")
_GLUED_ANCHOR = anchor_scan.registered(re.compile(
    f"(?:{'|'.join(map(re.escape, (*_GERMAN_GLUED, *_OTHER_GLUED, 'park')))})[ \\t]+\\d"))
_NAME_BACK = re.compile(r"[\w'\u2019-]+$")
_LEADING_WORDS = re.compile(r"(?<![\w-])(?:Am|An[ \t]der|Im|In[ \t]der|Auf[ \t]der|Zum|Zur|Op[ \t]de|Aan[ \t]de)[ \t]+$")
# The types of street written before the name: French, Spanish, Portuguese, Italian, Catalan, Polish ("ul.", "al.").
_TYPES_BEFORE = ("rue", "Rue", "avenue", "chemin", "Chemin", "allée", "Allée", "impasse", "quai", "Quai", "Calle", "C/",
                 "Avda.", "Avenida", "Av.", "Paseo", "Carrer", "Rua", "Rodovia", "Estrada", "Via", "Viale", "Corso",
                 "Piazza", "Largo", "Strada", "ul.", "al.", "os.", "Polígono Industrial")
_TYPE_BEFORE = "(?:" + "|".join(re.escape(t).replace("\\ ", "[ \\t]") for t in _TYPES_BEFORE) + ")"
# (found in the lower-case text by the one automaton pass of ``anchor_scan``, by its first word)
_TYPE_ANCHOR = anchor_scan.registered(re.compile(
    f"(?:{'|'.join(re.escape(t) for t in sorted({t.lower().split()[0] for t in _TYPES_BEFORE}))})[ \\t]"))
_PARTICLE = r"(?:de|del|della|delle|dei|di|da|das|do|dos|des|du|la|le|les|el|d'|l')"
_NAMED = rf"(?:(?:{_PARTICLE}[ \t]+|{_PARTICLE}(?=[{_UP}])|(?:{_WORD}|[IVX]+|\d{{1,2}})(?:-{_WORD})*[ \t]+)){{0,5}}?"
_STREET_NAME = rf"{_NAMED}(?:{_WORD}|[IVX]+)(?:-{_WORD})*"
# "Calle de la Velmara 27", "C/ Plaza de Tarvona, 34", "ul. Skaldowska 3", "Via Tarvina km 52", "al. Jana Velmarka 45"
_TYPED_STREET = re.compile(rf"{_TYPE_BEFORE}[ \t]+{_STREET_NAME},?[ \t]+(?:km[ \t]+)?\d{{1,4}}(?:,\d)?[a-zA-Z]?"
                           rf"(?![\w.:/]\d|[\w%])")
# "14, rue des Verriers", "12 rue de la Gare": the number before, French-style (the name then ends the street)
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d{1,4}[a-z]?(?:[ \t]?(?:bis|ter))?,?[ \t]+$")
_NUMBERED_STREET = re.compile(rf"{_TYPE_BEFORE}[ \t]+{_STREET_NAME}")
# Street types that are also abbreviations or words ("Instr. 12", "Carpark 3", "et al. Lancet", "Av. Weight 250 mg",
# "Via Teams 12"): such a street is one only with its postcode and town after it.
_WEAK_GLUED = ("str.", "park")
_WEAK_BEFORE = ("al.", "os.", "Av.", "Via ", "Via\t")
# A standalone postcode and town start a line, a cell or a part of an address (after a comma, a colon, a bar, a dash or a
# bracket), and end one ("Depot: 80331 München"; not "a weight of 15000 Daltons", "30000 Moderna doses").
_PART_BEFORE = re.compile(r"(?:^|[,;:|\u00b7\u2013(]|[ \t]-)[ \t]*$", re.MULTILINE)
_LOCATIVE_BEFORE = re.compile(r"(?<![\w-])(?:in|at|near|from|to|of)[ \t]+$")
_AFTER_COMMA = re.compile(r",[ \t]*$")
_PART_AFTER = re.compile(r"[ \t]*(?:[,;.|)\u00b7\u2013\n]|-[ \t]|$)")
# A PIN or postal code's country after it ("Mysuru 570001, India").
_COUNTRY_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:India|Singapore)\b")
# An Eircode after its county ("Co. Tipperary, E32 KT19").
_COUNTY_BEFORE = re.compile(r"Co\.[ \t]+[A-Z][a-z]+,?[ \t]*$")
# After a street: its postcode and town ("69117 Heidelberg", "D-73760 Esslingen", "382 45 Skaldby", "4057 Basel",
# "46500 Sagunto (Valencia)", "79098 Freiburg/Breisgau", "1062 KT Amsterdam", "3012 KV Rotterdam").
_TOWN = rf"[{_UP}][{_LO}'\u2019]+(?:[-/][{_UP}]?[{_LO}'\u2019]+)*(?:[ \t]+(?:am|an[ \t]der|im|bei|sur|de|del)[ \t]+{_WORD})?"
_POSTCODE_TOWN = rf"(?:\d{{2}}-\d{{3}}|(?:[A-Z]{{1,2}}-)?\d{{3,5}}(?:[ \t]\d{{2}}|[ \t]?[A-Z]{{2}}(?![\w]))?)[ \t]+{_TOWN}(?:[ \t]*\([{_UP}][^()\n]{{1,30}}\))?"
_AFTER_STREET = re.compile(rf"(?:[ \t]*[,\u00b7|\u2013-][ \t]*|[ \t]+|[ \t]*\n[ \t]*){_POSTCODE_TOWN}")
# A postcode whose shape says its country, before a town, anywhere: Poland's "62-300 Września", the Netherlands'
# "1062 KT Amsterdam" (not the pairs Dutch post leaves out, "SA", "SD", "SS"), five digits before a town that is no
# English word ("80331 München", "45800 Saint-Genis-Laval").
_POSTCODE_ABROAD = re.compile(  # (one leading digit, which ``re`` skips ahead to, then each country's shape)
    rf"\d(?:\d-\d{{3}}[ \t]+(?P<pltown>{_TOWN})"
    rf"|(?<=[1-9])\d{{3}}[ \t]?(?!SA|SD|SS)[A-Z]{{2}}[ \t]+(?P<nltown>{_TOWN})"
    rf"|\d{{4}}[ \t]+(?P<town>{_TOWN})(?![ \t]*[\d%]))")
# The letters of a country written before its postcode with a hyphen ("D-", "CH-", "NL-").
_COUNTRY_BEFORE = re.compile(r"(?<![\w-])(?:A|B|D|E|F|I|L|N|P|S|CH|CZ|DK|FI|FIN|NL|PL|SK)-$")
# A town before India's PIN or Singapore's postal code: "Mysuru 570001", "Mysuru 570 010", "Mysuru - 570 001".
_PIN = re.compile(r"[1-8](?<![\d,.][1-8])\d{2}[ \t]?\d{3}(?!\d|[,.]\d)")
_TOWN_BEFORE_PIN = re.compile(rf"(?<![\w'\u2019-])(?P<town>{_WORD})(?:,[ \t]*{_WORD})?[ \t]*(?:[-\u2013][ \t]*)?$")
# An American town, its state and ZIP code ("Albany, NY 12207"), or a state that is no degree or word without one
# ("Parsippany, NJ"; not "Jane Tarvenhall, MD", "Kim Lee, MA", "Sam Ode, PA").
_US_STATES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
              "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC").split()
_PLAIN_STATES = frozenset(_US_STATES) - frozenset("CO DE ID IN LA MA MD ME MS OK OR PA DC".split())
_STATE = re.compile(rf",[ \t]+(?P<state>{'|'.join(_US_STATES)})(?P<zip>[ \t]+\d{{5}}(?:-\d{{4}})?)?(?![\w-])")
_US_TOWN_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<town>{_WORD}(?:[ \t]{_WORD}){{0,2}})$")
# Ireland's Eircodes after a town ("Cork T23 VK48"; not a column's "C18 X4P2" after a comma); its counties are
# ``IRISH_COUNTY``'s ("Co. Cork").
_EIRCODE = re.compile(r"[AC-FHKNPRTV-Y](?:(?<=[a-z] .)|(?<=[a-z], .))\d[\dW][ \t](?=[A-Z0-9]{4}\b)(?=\w*\d)(?=\w*[A-Z])"
                      r"[AC-FHKNPRTV-Y0-9]{4}\b")
_TOWN_BEFORE_EIRCODE = re.compile(rf"(?<![\w'\u2019-])[{_UP}][{_LO}]+[ \t]$")


# Labels a number follows that are no town ("Tel 411006", "Ref 500101").
_LABELS = frozenset("tel ext mob fax ref ver rev inv acc sku lot nr nro tlf tfn".split())


class AddressAbroadRecogniser:
    name = NAME

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        for start, end, weak in sorted(set(self._streets(doc))):
            if after := _AFTER_STREET.match(text, end):
                end = after.end()
            elif weak:
                continue
            yield self._span(text, start, end, 0.85)
        for match in _POSTCODE_ABROAD.finditer(text):
            start = match.start()
            if start and text[start - 1] == "-" and (country := _COUNTRY_BEFORE.search(text, max(0, start - 4), start)):
                start = country.start()  # ("D-33602 Ostwestfalen", as letters from Germany once wrote it)
            if not _PART_BEFORE.search(text, max(0, start - 12), start) or not _PART_AFTER.match(text, match.end()):
                continue
            town = match.group("town") or match.group("nltown") or match.group("pltown")
            if not _a_town(town) or town.lower() in vendors():
                continue
            yield self._span(text, start, match.end(), 0.8)
        for pin in _PIN.finditer(text):
            town = _TOWN_BEFORE_PIN.search(text, max(0, pin.start() - 50), pin.start())
            if town and _a_town(town.group("town")) and town.group("town").lower() not in _LABELS | vendors() \
                    and _PART_AFTER.match(text, pin.end()) and ("," in town.group() or _AFTER_COMMA.search(
                        text, max(0, town.start() - 4), town.start()) or _COUNTRY_AFTER.match(text, pin.end())):
                # (a part of an address: "…, Mysuru 570001", "Mysuru 570001, India")
                yield self._span(text, town.start(), pin.end(), 0.75)
        for state in _STATE.finditer(text):
            town = _US_TOWN_BEFORE.search(text, max(0, state.start() - 50), state.start())
            if town and (state.group("zip") or state.group("state") in _PLAIN_STATES and _a_plain_state(text, town, state)):
                yield self._span(text, town.start(), state.end(), 0.8)
        for match in IRISH_COUNTY.finditer(text):
            yield self._span(text, match.start(), match.end(), 0.85)
        for match in _EIRCODE.finditer(text):
            if _TOWN_BEFORE_EIRCODE.search(text, max(0, match.start() - 30), match.start()) \
                    or _COUNTY_BEFORE.search(text, max(0, match.start() - 24), match.start()):
                yield self._span(text, match.start(), match.end(), 0.85)

    @staticmethod
    def _streets(doc: Document) -> Iterator[tuple[int, int, bool]]:
        """Where each street abroad starts and ends (its postcode and town not yet read), and whether its type is one
        of ``_WEAK_GLUED`` or ``_WEAK_BEFORE``."""
        text = doc.text
        for at in anchor_scan.starts(_GLUED_ANCHOR, doc, doc.lower):
            name = _NAME_BACK.search(text, max(0, at - 40), at)
            start = name.start() if name else at
            if (street := _GLUED_STREET.match(text, start)) is None or street.end() <= at:
                continue
            lead = _LEADING_WORDS.search(text, max(0, start - 12), start)
            yield (lead.start() if lead else start), street.end(), doc.lower.startswith(_WEAK_GLUED, at)
        for at in anchor_scan.starts(_TYPE_ANCHOR, doc, doc.lower):
            if at and (text[at - 1].isalnum() or text[at - 1] in "_-"):
                continue
            weak = text.startswith(_WEAK_BEFORE, at)
            if number := _NUMBER_BEFORE.search(text, max(0, at - 12), at):
                if street := _NUMBERED_STREET.match(text, at):
                    yield number.start(), street.end(), weak
                    continue
            if street := _TYPED_STREET.match(text, at):
                yield at, street.end(), weak

    def _span(self, text: str, start: int, end: int, confidence: float) -> Span:
        return Span(start, end, "place", self.name, confidence, "Address", entity_key(text[start:end]),
                    "Address abroad (street, postcode and town)")


def _a_plain_state(text: str, town: re.Match[str], state: re.Match[str]) -> bool:
    """Whether a town and a state without its ZIP code are a place: a town no given name leads, said to be where
    something is ("in Parsippany, NJ") or ending a part of an address ("Parsippany, NJ."); not a name and initials
    ("Yselda Tarvenhall, NJ chaired": hers)."""
    return _a_town(town.group("town")) and not is_given_name(town.group("town").split()[0]) and bool(
        _PART_AFTER.match(text, state.end()) or _LOCATIVE_BEFORE.search(text, max(0, town.start() - 8), town.start()))


def _a_town(written: str) -> bool:
    """Whether a word of a town is no English word ("München", "Saint-Genis-Laval"; not "Units", "Tablets"), nor
    a unit's symbol ("Hz", "Nm")."""
    return any(len(word) > 2 and word.lower() not in english_words()
               for word in re.findall(rf"[{_UP}][{_LO}'\u2019]+", written))


RECOGNISER = AddressAbroadRecogniser()
