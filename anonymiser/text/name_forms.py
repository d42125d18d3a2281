"""The other forms a person's name is written in, once the text names them in full: a double-barrelled or
particled surname alone ("Sorusor-Barrow", "Ní Bharave"), the log-ins made from the name ("aplizga",
"anjali.plizga"), the surname with an initial ("Furrow O"), the initials ("AK", "A.K."), and the given name
clipped ("Kris", "Fez") or in a familiar form ("Peggy" for Margaret). ``learn`` teaches them to the second pass.
"""
from __future__ import annotations

import re

from anonymiser.text.data import english_words
from anonymiser.text.document import Aliases
from anonymiser.text.hypocorisms import familiar_forms
from anonymiser.text.recognisers.given_name_alone import never_names
from anonymiser.text.recognisers.not_names import INITIALS_AS_WORDS, not_initials
from anonymiser.text.recognisers.person import login_shapes, name_initials
from anonymiser.text.recognisers.person_names import fold_accents, is_given_name
from anonymiser.text.spans import entity_key


def hyphenated_surname(name: str, key: str, aliases: Aliases) -> None:
    """"Ingrid Sorusor-Barrow" → "Sorusor-Barrow": a double-barrelled surname used alone is that
    person (the key folds the hyphen, so the short forms alone would give "Barrow")."""
    words = name.split()
    if len(words) >= 2 and "-" in words[-1].strip("-"):
        aliases.add(entity_key(words[-1]), "person", "Person", key)


def hyphenated_logins(name: str, key: str, aliases: Aliases) -> None:
    """"Amrit Kaur-Kellowan" → "akaurkellowan", "akaur-kellowan"; "Hyun-woo Torvaine" (or "Torvaine, Hyun-woo") → "hwtorvaine": the log-ins a
    user directory makes of a name with a hyphened part, which the key (its hyphens folded) makes of one word only
    ("awebb", "hbaek"). A given name's parts give their initials, a surname's its letters joined or hyphened."""
    name = _MIDDLE_INITIAL.sub(" ", name)  # ("Jonathan P. Tressick-Mirren" → "jtressickmirren")
    surname, comma, given = name.partition(",")
    if not comma:
        given, _, surname = name.partition(" ")
    given, surname = (_plain(part) for part in (given, surname))
    given_parts, surname_parts = given.split("-"), surname.split("-")
    if not (given and surname and all(p.isalpha() for p in given_parts + surname_parts)) \
            or len(given_parts) == len(surname_parts) == 1:
        return
    logins = set(login_shapes(given.replace("-", ""), surname.replace("-", "")))
    if len(surname_parts) > 1:
        logins.add(given[0] + surname)  # ("akaur-kellowan")
    initialled: set[str] = set()
    if len(given_parts) > 1:
        initials = "".join(p[0] for p in given_parts)
        initialled = {initials + surname.replace("-", ""), f"{initials}.{surname.replace('-', '')}"}
    for login in logins | initialled:
        # (a given name's initials and a short surname may make four letters: "wyau" for Wing-Yan Au; any other shape
        # of four, "mali" of "Mo Ali", is a word or a place as often as a log-in)
        least = LOGIN_MIN - 1 if login in initialled else LOGIN_MIN
        if len(login.replace(".", "").replace("-", "")) >= least and login not in english_words():
            aliases.add(login, "person", "Person", key, any_case=True)
    truncated_logins(given[0] + surname.replace("-", ""), key, aliases)


# A middle initial between a given name and a surname: "Jonathan P. Tressick-Mirren", "Ana M Ruiz".
_MIDDLE_INITIAL = re.compile(r"(?<=\S)[ \t]+[A-Z]\.?(?=[ \t]+\S)")
# A directory cuts a long log-in to its first letters: eight (as Unix did), ten or more.
_TRUNCATED_MIN = 8


def truncated_logins(login: str, key: str, aliases: Aliases) -> None:
    """"Korbinian Okonjo-Prenn" → "kokonjopre", "kokonjop": a log-in of the initial and a long surname cut to the length a
    user directory allows (eight letters or more, each shorter than the whole; none an English word), which exports and
    e-signature manifests print beside the full name."""
    if not login.isalpha():
        return
    for length in range(_TRUNCATED_MIN, len(login)):
        cut = login[:length]
        if cut not in english_words():
            aliases.add(cut, "person", "Person", key, any_case=True)


def _plain(part: str) -> str:
    """One part of a name as a log-in writes it: lower case, plain letters, no apostrophe or stray full stop."""
    return fold_accents(part.strip(" .").replace("'", "").replace("\u2019", "")).lower()


LOGIN_MIN = 5
# Words that go with the surname after them: "Ricardo De Stotts" → "rdestotts", "Siobhán Ní Bharave" →
# "snibharave", "Fatima al-Sayegh" → "falsayegh", "Pieter van der Berg" → "pvanderberg".
_SURNAME_PARTICLES = frozenset("de da di du van von der den ter le la mac mc del dos das ni nic o ua ui al el bin "
                               "ibn abu ap".split())


def particled_surname(words: list[str]) -> str:
    """The surname with the particles that lead it ("siobhán ní bharave" → "ní bharave", "sjoerd van der linde"
    → "van der linde"), or "" when it has none."""
    i = len(words) - 2
    while i >= 1 and fold_accents(words[i]) in _SURNAME_PARTICLES:
        i -= 1
    return " ".join(words[i + 1:]) if i < len(words) - 2 else ""


def login_names(key: str, aliases: Aliases) -> None:
    """"Anjali Plizga" (or "A. Plizga", "Plizga, Anjali") → "aplizga", "a.plizga", "anjali.plizga", "anjaliplizga",
    "plizgaa", and the whole name in lower case, joined or not ("anjali-plizga", "anjali_plizga"): the shapes of a
    user name made from a person's name, which audit trails and ticket exports print without ever writing the
    name beside them. A name with accents or an apostrophe gives them without too ("Magdalena Kopeč" →
    "mkopec", "Aoife O'Neill" → "aoneill"): user names are plain letters."""
    words = [w for w in (w.strip(".,").replace("'", "") for w in key.split()) if w.isalpha()]
    if len(words) < 2:
        return
    given, surname = words[0], words[-1]
    if "," in key.split()[0]:  # "Oyenedun, Dayo": the surname first
        given, surname = surname, given
    else:
        for particle in reversed(words[1:-1]):
            if fold_accents(particle) not in _SURNAME_PARTICLES:
                break
            surname = particle + surname
    shapes = {(given, surname), (fold_accents(given), fold_accents(surname))}
    middle = [w for w in words[1:-1] if len(w) == 1]
    for given, surname in shapes:
        _login_shapes(given, surname, key, aliases)
        if len(middle) == 1 and len(surname) >= 3:  # ("Jonathan P. Tressick" → "jptressick")
            aliases.add(given[0] + middle[0] + surname, "person", "Person", key, any_case=True)
        truncated_logins(given[0] + surname, key, aliases)


def initialled_names(key: str, aliases: Aliases) -> None:
    """"Ottoline Furrow" (or "Furrow, Ottoline") → "Furrow O" and "O Furrow": the surname with the given name's initial, as
    plans, rotas and sign-offs write colleagues, taken with a capital (a surname that is a word, "Furrow", is no
    alias alone). Not with the initial "A" or "I" ("Hill A" is a grid cell, "I Wood" a sentence)."""
    words = [w for w in (w.strip(".,") for w in key.split()) if w.isalpha()]
    if len(words) < 2:
        return
    given, surname = (words[-1], words[0]) if "," in key.split()[0] else (words[0], words[-1])
    if len(surname) >= 2 and given[0] not in "ai":
        for form in (f"{surname} {given[0]}", f"{given[0]} {surname}"):
            aliases.add(form, "person", "Person", key)


def _login_shapes(given: str, surname: str, key: str, aliases: Aliases) -> None:
    for login in login_shapes(given, surname):
        if len(login.replace(".", "")) >= LOGIN_MIN and login not in english_words():
            aliases.add(login, "person", "Person", key, any_case=True)
    if not (given in english_words() and surname in english_words()):
        # (the whole name in lower case, joined or not: "kenji-niblett", "kenji_niblett", "ellen ward calling")
        aliases.add(f"{given} {surname}", "person", "Person", key, any_case=True)


def login_owner(login: str, aliases: Aliases) -> str:
    """The key of the person a log-in found alone was made from ("akumbhare2" → "arjun kumbhare"), or ""."""
    value = aliases.by_alias.get(login.rstrip("0123456789"))
    return value[2] if value is not None and value[1] == "Person" and value[3] and value[2] != login else ""


def given_name(key: str) -> str:
    """The given name of a person's name written given name first, of four letters or more: a known given name
    ("madeleine", "hardeep" of "hardeep sandhar"), or the first of two words or more that is no English word
    ("ramakant" of "ramakant vinayak joglekar"); else ""."""
    words = key.split()
    given = words[0] if "," not in words[0] else ""
    if len(given) < 4 or not given.isalpha():
        return ""
    return given if is_given_name(given.capitalize()) or len(words) >= 2 and given not in english_words() else ""


# How a given name is clipped: its first three to five letters, alone or with the ending a nickname takes
# ("Kris", "Hards", "Kwadz"); its first two with "z" ("Fez" for Felix, "Coz" for Courtney).
CLIP_MIN = 3
_CLIP_LENGTHS = range(CLIP_MIN, 6)
CLIP_ENDINGS = ("s", "z")


def short_form_of(form: str, key: str) -> bool:
    """Whether ``form`` is a familiar form or a clipping (its first three letters or more) of the given name of
    the person ``key`` names in full."""
    given = given_name(key)
    return form in familiar_forms(key) or len(form) >= 3 and bool(given) and given.startswith(form[:3]) \
        and form != given


def clipped_names(given: str, key: str, aliases: Aliases) -> None:
    """"Kristiane Hallqvist" → "Kris", "Hardeep Sandholt" → "Hards", "Felix Pruitt" → "Fez": the clipped given name
    colleagues write in notes, chat and speeches, a nickname no list of names holds. Not a month, a day or
    a word of the trade (``never_names``: "Oct" is no Octavia); where it is taken, ``learned_aliases`` says."""
    forms = {given[:2] + "z"}
    for length in _CLIP_LENGTHS:
        if length < len(given):
            forms.update(given[:length] + ending for ending in ("", *CLIP_ENDINGS))
    for form in sorted(forms - {given} - never_names()):
        aliases.add_clipped(form, key)


def familiar_names(key: str, aliases: Aliases, remap: dict[str, str]) -> None:
    """"Margaret Thistlewood" → "Peggy", "Mags"; "Derek Pedelorost" → "Del": the familiar forms of a given name that no
    clipping makes (``hypocorisms``), taught as clipped names are, so ``learned_aliases`` takes them where it takes
    those. A familiar form the first pass found as a person alone ("Peggy" after "thanks") is this person too."""
    for form in familiar_forms(key):
        owner = aliases.by_alias.get(form)
        if owner is None:
            aliases.add_clipped(form, key)
        elif owner[1] == "Person" and owner[2] == form and form not in remap:
            remap[form] = key


def derived_initials(name: str, key: str, aliases: Aliases) -> None:
    """"Aisling Kubow" → "AK" (or "A.K.", "A. K.") wherever it is written in capitals ("AK: send the plan", "— AK",
    "(AK, see INC…)"): minutes, logs and comments use the initials of the people named without introducing them.
    Initials that are also a trade acronym ("MAB", "PV") are taught only where initials stand for someone
    (``acronym_initials``); those that are a form's word ("OK", "NA") only dotted ("N.O.")."""
    if name.islower():
        name = name.title()  # ("orlagh murtagh" typed in notes is OM there as well)
    surname, comma, given = name.partition(",")
    initials = name_initials(f"{given} {surname}" if comma else name)  # ("Oyenedun, Dayo" is DO)
    if len(name.split()) < 2 or not 2 <= len(initials) <= 4:
        return
    if (plain := fold_accents(initials)) != initials and plain.isalpha() and plain.isupper():
        # (and without their accents, as a register's or a rota's column types them: "COD" for Crispin Ó Drennagh)
        _taught_initials(plain, key, aliases)
    _taught_initials(initials, key, aliases)


def _taught_initials(initials: str, key: str, aliases: Aliases) -> None:
    # (dotted, as forms and sign-offs write them: "Sign: ____A.K.____", "approved A. K.")
    forms = [".".join(initials), ". ".join(initials)] if initials not in ("NA", "OK") else []  # (N.A., O.K.: words)
    if initials not in INITIALS_AS_WORDS:
        if initials in not_initials() and initials.lower() not in aliases.by_alias:  # (not if introduced: "(PV)")
            aliases.acronym_initials.add(initials.lower())
        forms.append(initials)
    for form in forms:
        aliases.add(form, "person", "Person", key)
        aliases.capitals_only.add(form.lower())


