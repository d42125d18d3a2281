"""What the first pass teaches the second: short forms, introduced acronyms, domain-derived names.

Also folds keys so "Smith" and "Jane Smith", or "Northfield" and "Northfield Biologics", share one
placeholder.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from anonymiser.text.data import english_words, surnames, uk_place_names, words, world_surnames
from anonymiser.text.document import Aliases, Document
from anonymiser.text.initials_column import a_word_among_initials
from anonymiser.text.name_forms import (LOGIN_MIN, clipped_names, derived_initials, familiar_names, given_name,
                                        hyphenated_logins, hyphenated_surname, initialled_names, login_names, login_owner,
                                        particled_surname, short_form_of)
from anonymiser.text.recognisers.organisation_suffix import LEADING_STOPWORDS, SECTOR, generic_words
from anonymiser.text.recognisers.given_name_alone import never_names
from anonymiser.text.recognisers import person_model
from anonymiser.text.recognisers.not_names import not_name_words
from anonymiser.text.recognisers.person import initials_match
from anonymiser.text.recognisers.person_cues import ROLE_WORDS
from anonymiser.text.recognisers.person_names import given_name_words, is_given_name, not_surname_words
from anonymiser.text.spans import Span, entity_key

_ACRONYM_AFTER = re.compile(r"\s*\(\s*[\"']?(?P<acr>[A-Z][A-Za-z0-9&]{1,7})[\"']?\s*\)")
# "Declan Martic (“Dec” to everyone)", "Robert Otiende ('Bob')", "Margaret Hale, known as Peggy,": a short
# name introduced for the person.
_NICKNAME_AFTER = re.compile(
    r"[ \t]*(?:\([ \t]*(?:(?:known[ \t]+as|aka|a\.k\.a\.)[ \t]+[\"'\u201c\u2018]?|[\"'\u201c\u2018])(?P<nick>[A-Z][a-z]{1,14})[\"'\u201d\u2019]?\)?"
    r"|,?[ \t]+(?:known[ \t]+as|aka|a\.k\.a\.)[ \t]+[\"'\u201c\u2018]?(?P<nick2>[A-Z][a-z]{1,14})\b)")
# "Temitope Adewale (Tope)", "Kristiane Hallqvist (Kris)": a word in brackets after a name, a nickname when it is a
# familiar form or a clipping of the given name (not "(QA)", "(Dispensary)", "(Vendor)").
_BRACKETED_WORD = re.compile(r"[ \t]*\([ \t]*(?P<nick>[A-Z][a-z]{1,14})[ \t]*\)")
# '"Dusty" Millar', "'Big Kev' Thompson" in a list: the nickname in quotes before a surname found alone.
_NICKNAME_BEFORE = re.compile(r"(?:^|(?<=[\s|(\[,;:]))[\"'\u201c\u2018](?P<nick>[A-Z][a-z]{1,14}(?:[ \t][A-Z][a-z]{1,14})?)"
                              r"[\"'\u201d\u2019][ \t]+$")
# 'Oluwaseun "Shaun" Aherne': the nickname inside the name.
_NICKNAME_INSIDE = re.compile(r"[ \t][\"'\u201c\u2018](?P<nick>[A-Z][a-z]{1,14})[\"'\u201d\u2019][ \t]")
_SECTOR_TAIL = re.compile(rf"\s+(?:{SECTOR})$", re.IGNORECASE)
_HOST = re.compile(r"(?:^[^@\s]+@|^(?:https?://)?(?:www\.)?)(?P<host>[a-z0-9.-]+)", re.IGNORECASE)
_PUBLIC_SUFFIX = re.compile(r"(?:\.(?:co|org|ac|gov|nhs|com|net|ltd|plc))?\.[a-z]{2,10}$", re.IGNORECASE)
_LEARN_FROM = frozenset({"organisation", "person", "declared", "product"})


def learn(docs: Sequence[Document], spans_by_doc: Sequence[Iterable[Span]]) -> dict[str, str]:
    """Fill every document's shared ``aliases``; return a key remap (short key → full key)."""
    aliases = docs[0].aliases if docs else Aliases()
    remap: dict[str, str] = {}
    names: list[Span] = []
    sure: set[str] = set()
    # Names whose hyphenated surname and log-in names are taught already: another mention would add the same
    # aliases again, which ``Aliases.add`` leaves as they are (and nothing here removes one of their shapes).
    hyphenated: set[tuple[str, str]] = set()
    logins: set[str] = set()
    found_logins: list[tuple[str, str]] = []
    found_codes: list[tuple[str, str, str]] = []
    named: dict[str, str] = {}  # (a person's key → their given name: taught clipped once the rest is taught)
    # Mentions whose initials are taught already: ``derived_initials`` again would add what ``Aliases.add`` leaves as
    # it is (the initials stay among the aliases once taught: ``_own_initials`` puts back what it takes out).
    initialled: set[tuple[str, str]] = set()
    spans_by_doc = [list(spans) for spans in spans_by_doc]
    people = frozenset(word for spans in spans_by_doc for span in spans if span.category == "person"
                       for word in span.key.split())  # (keys are lower case: "ottilie brannagh")
    coined: set[str] = set()  # (organisations whose first word names them alone: ``_coined_org``)
    for doc, spans in zip(docs, spans_by_doc):
        for span in spans:
            if span.category == "organisation" and span.recogniser in _HEAD_TEACHERS and span.key not in coined \
                    and _coined_org(doc.text, span):
                coined.add(span.key)
            if span.category in ("person", "name") and _quote_before(doc.text, span.start) and \
                    (nickname := _NICKNAME_BEFORE.search(doc.text, max(0, span.start - 24), span.start)):
                aliases.add(nickname.group("nick"), "person", "Person", span.key)  # (a name with a nickname: a person)
            if span.category in _LEARN_FROM and not person_model.unsure(span):
                names.append(span)
                if span.recogniser == "initials_actor" and span.key not in aliases.by_alias:
                    aliases.in_action_only.add(span.key)  # "MW" elsewhere may be megawatts
                elif span.recogniser == "table_column" and span.key not in aliases.by_alias \
                        and a_word_among_initials(doc.text[span.start:span.end]):
                    # ("AM", "TO", "PV" signing among others' initials: not the AM shift or "PV" of another column)
                    aliases.in_action_only.add(span.key)
                elif span.category == "person" and span.recogniser != "initials_actor":
                    sure.add(span.key)  # ("QA reviewer: WK" is also a person's field: "WK" everywhere)
                if span.category != "person":
                    _acronym(doc, span, aliases, people)
                elif initials := initials_match(doc.text, span.start, span.end):
                    _own_initials(initials, span, aliases, remap)
                elif (mention := (span.key if span.recogniser == "ocr_name" else doc.text[span.start:span.end],
                                  span.key)) not in initialled:
                    # (a name read off a scan by its key, as printed: "EBERHARD QU0RNL\nEY" is T. Q., not three words)
                    initialled.add(mention)
                    derived_initials(*mention, aliases)
                if span.category == "person" and span.recogniser == "other_script":
                    # "北川 春菜" for "KITAGAWA Haruna": each part of the name in its own script is that person
                    # ("the seal reads 北川"; two characters make a whole name in Chinese, Japanese and Korean)
                    for part in doc.text[span.start:span.end].split():
                        if len(part) >= 2:
                            aliases.add(part, "person", "Person", span.key, any_case=True)  # (no capitals there)
                if span.category == "person":
                    if (mention := (doc.text[span.start:span.end], span.key)) not in hyphenated:
                        hyphenated.add(mention)
                        hyphenated_surname(*mention, aliases)
                        hyphenated_logins(*mention, aliases)
                    if span.key not in logins:
                        logins.add(span.key)
                        login_names(span.key, aliases)
                        initialled_names(span.key, aliases)
                        if given := given_name(span.key):
                            named[span.key] = given
                    if nickname := _NICKNAME_INSIDE.search(doc.text, span.start, span.end):
                        aliases.add(nickname.group("nick"), "person", "Person", span.key)
                    if nickname := _NICKNAME_AFTER.match(doc.text, span.end):
                        aliases.add(nickname.group("nick") or nickname.group("nick2"), "person", "Person", span.key)
                    elif (bracketed := _BRACKETED_WORD.match(doc.text, span.end)) \
                            and short_form_of(bracketed.group("nick").lower(), span.key):
                        aliases.add(bracketed.group("nick"), "person", "Person", span.key)
            elif span.category == "name" and is_given_name(doc.text[span.start:span.end].split()[0]) \
                    and (initials := initials_match(doc.text, span.start, span.end)):
                _own_initials(initials, span, aliases, remap)  # ("Tobin Q (TQ)": a name no list knows whole, and his initials)
            elif span.recogniser in ("email", "url"):
                _domain(doc.text[span.start:span.end], aliases)
            elif span.label == "Handle" and span.recogniser in _LOGIN_TEACHERS:
                found_logins.append((doc.text[span.start:span.end], span.key))
            elif span.category == "identifier":
                found_codes.append((doc.text[span.start:span.end], span.label, span.key))
            if span.recogniser == "compound_code" and span.category == "product":
                _found_family(doc.text[span.start:span.end], aliases)
    aliases.in_action_only -= sure
    for mention, key in found_logins:  # (after the people's: a log-in made from a name found is that person's)
        _login(mention, key, aliases)
    for mention, label, key in found_codes:
        _code(mention, label, key, aliases)
    names += _declared_as_spans(docs[0] if docs else None)
    written_lower = _written_lower(docs, coined)
    _declared_families(docs[0].terms if docs else (), aliases)
    seen: set[tuple[str, str, str]] = set()
    for span in sorted(names, key=lambda s: (-len(s.key), s.key)):
        if (span.key, span.category, span.label) in seen:
            continue  # another mention of a name already taught: it would teach nothing new
        seen.add((span.key, span.category, span.label))
        if span.recogniser == "login_name":
            if owner := login_owner(span.key, aliases):
                remap[span.key] = owner  # ("AKUMBHARE2" is Arjun Kumbhare's log-in: his placeholder, not its own)
                continue
            # (a log-in read where a log names who did a thing is that person in the log's other cells too)
            aliases.add(span.key, "person", "Person", span.key, any_case=True)
        for short in _short_forms(span, coined - written_lower if span.key in coined else frozenset()):
            if short not in remap and short != span.key:
                remap[short] = span.key
            aliases.add(short, span.category, span.label, span.key, any_case=_any_case(span, short))
        if span.category == "person" and (user := _USER_NAME.fullmatch(span.key)):
            # "dmitri.k" (a user name) → "dmitri", also written "Dmitri" or "DMITRI"
            given = user.group("given")
            aliases.add(given, "person", "Person", span.key,
                        any_case=lower_case_variant_ok(given) and is_given_name(given.capitalize()))
        if span.category in ("organisation", "declared") and " " in span.key:
            aliases.add(span.key.replace(" ", ""), span.category, span.label, span.key, any_case=True)
    for key, given in named.items():
        clipped_names(given, key, aliases)
    for key in sorted(logins):  # (after every clipped name: a name's own letters say more than a table's custom)
        familiar_names(key, aliases, remap)
    return remap


def _quote_before(text: str, start: int) -> bool:
    """Whether a quotation mark closes just before ``start``, spaces (and a line break) between: where
    ``_NICKNAME_BEFORE`` may match, which ends in a closing mark and spaces (its "$" also before a final line break).
    Most names have none before them: the search of the text before them is passed over."""
    end = start - 1 if start and text[start - 1] == "\n" else start
    at = end
    while at and text[at - 1] in " \t":
        at -= 1
    return 0 < at < end and text[at - 1] in _CLOSING_QUOTES


_CLOSING_QUOTES = "\"'\u201d\u2019"


def _own_initials(initials: str, span: Span, aliases: Aliases, remap: dict[str, str]) -> None:
    """"Parveen Coogan (PC)": "PC" stands for her in this document, even where it is a word (and where the first pass
    found them on their own, "PvdB" of "Pieter van der Doorn (PvdD)", they are hers too: her placeholder)."""
    if (key := entity_key(initials)) != span.key:
        remap.setdefault(key, span.key)
    aliases.in_action_only.discard(initials.lower())  # introduced: taken everywhere
    if aliases.by_alias.get(initials.lower(), ("",) * 3)[2] != span.key:
        aliases.by_alias.pop(initials.lower(), None)  # it stands for this person, not the one it was made from
    aliases.add(initials, span.category, span.label, span.key)
    if initials.isupper():  # ("PvdB" as it was introduced, its first letter a capital)
        aliases.capitals_only.add(initials.lower())


_USER_NAME = re.compile(r"(?P<given>[^\W\d_]{3,})\.[^\W\d_]{1,12}")
# Everyday words that are also surnames or given names (beyond ``given_name_words``): a name's lower-case
# form is the person only when it is no such word ("kwame" after "Kwame Muchui", not "green" after "Jo Green").
_EVERYDAY = frozenset("""
    green brown white black gray grey young old long short little small large big hall wood woods hill hills field
    fields marsh moss bush banks bank rivers river lake pond brook ford bridge stone rock cliff dale glen heath moor
    bell bird fox wolf lamb hunt nash rice cook baker butler carpenter mason miller smith taylor turner walker ward
    wells west north south east day knight page parsons price rose wilde wise good best rich poor fair small strong
    sharp swift quick bright moody mills bloom bond booth cross dyer fisher foster gardener golding hardy hart hope
    house kay lane lee long love marshall may moon nail oak parks pool reed rush sand sands sharp ship shore snow star
    steel street summers temple thorn tower vale waters wells wing winter woodward worth wright barker potter weaver
    chamberlain stewart steward archer bishop abbot pope dean cannon knight major sergeant judge sheriff
    """.split())


def _any_case(span: Span, short: str) -> bool:
    """A person's name is taken in lower case too when it is (or follows) a known given name
    ("kwame" after "Kwame Odan"); "filling" after a misread "Filling Suite" is not."""
    if not (span.category == "person" or span.label == "Person") or not lower_case_variant_ok(short):
        return False
    # (the given name only: a surname read across a line break, "Nuala Brennan\nClosure", is no name)
    return short == span.key.split()[0] and is_given_name(short.capitalize())


def lower_case_variant_ok(alias: str) -> bool:
    """Whether a learned name may also be taken in lower case ("kwame"): a word of three letters or
    more that is no everyday English word, trade word, place or header word."""
    return (len(alias) >= 3 and alias.replace("-", "").replace("'", "").isalpha() and " " not in alias
            and alias not in _EVERYDAY and alias not in given_name_words() and alias not in never_names()
            and alias not in not_surname_words())


def _declared_as_spans(doc: Document | None) -> list[Span]:
    """Declared terms teach short forms even when they never appear whole ("Penhallow" for
    "Ysolde Penhallow"): read as the person or organisation they look like."""
    if doc is None:
        return []
    return [Span(0, 0, "declared", "declared_terms", 1.0, doc.term_labels.get(entity_key(t), "Term"), entity_key(t))
            for t in doc.terms]


def _short_forms(span: Span, coined: Iterable[str] = frozenset()) -> list[str]:
    words = span.key.split()
    kind = {"Person": "person", "Organisation": "organisation"}.get(span.label, span.category)
    if kind == "person" and len(words) >= 2:
        forms = [w for w in (words[-1], words[0]) if len(w) >= 3 and w.strip(".") not in not_name_words()]
        if particled := particled_surname(words):
            forms.append(particled)  # ("Ní Bharave" read alone is a name of its own: the same person's)
        return forms
    if kind == "organisation":
        forms = [span.key]
        bare = _SECTOR_TAIL.sub("", span.key)
        if bare != span.key and len(bare) >= 4 and bare not in LEADING_STOPWORDS and bare not in not_name_words():
            forms.append(bare)
        if span.category == "declared" and len(words) >= 2 and _distinctive_head(words[0]):
            forms.append(words[0])  # "Pennard" for the declared "Pennard Sterile Manufacturing"
        elif span.key in coined:
            forms.append(words[0])  # "Vostrel" for "Vostrel Reliability Analytics Ltd", met again alone
        return forms
    if span.category == "declared" and (bare := _without_kind_words(words)):
        return [span.key, bare]  # "Kestrel" for the declared "Kestrel EBR", "Arledge Lane" for "Arledge Lane plant"
    if span.recogniser == "project_name" and (bare := _project_code_name(words)):
        return [span.key, bare]
    return [span.key]


# What leads a project's name: "Project Quennick", "PROGRAMME QUENNICK", "Proj QUENNICK", "Prosiect Quennick".
_PROJECT_WORDS = frozenset("project programme program operation initiative proj prosiect".split())


def _project_code_name(words: list[str]) -> str:
    """"Project Quennick" → "Quennick", "Project Quennick MES" → "Quennick": once a text has introduced a project, it
    writes the code name alone ("Quennick go-live", "the QUENNICK steering group"), the way a declared term is
    shortened (``_without_kind_words``); a name of three letters or more, no trade word."""
    if len(words) < 2 or words[0] not in _PROJECT_WORDS:
        return ""
    rest = words[1:]
    while len(rest) > 1 and (rest[-1] in _KIND_WORDS or rest[-1] in _TRADE_TAILS):
        rest = rest[:-1]
    bare = " ".join(rest)
    return bare if len(bare) >= 3 and bare not in _KIND_WORDS and bare not in not_name_words() else ""


# (what a project's name is followed by that is no part of it: "Project Quennick URS", "Project Quennick AGVs")
_TRADE_TAILS = frozenset("urs agvs agv amrs amr ebr mes lims stage wave go live golive".split())


# Words that say what kind of thing a declared project, system or site is, not which one it is.
_KIND_WORDS = frozenset(
    "the project programme program mes ebr lims qms erp scada hmi eqms system systems platform tool app portal "
    "dashboard suite pilot rollout initiative phase plant site works facility campus line lines cell cells hall building".split())


def _without_kind_words(words: list[str]) -> str:
    """A declared term of two to four words without its kind words, when what is left still names it: a
    word of four letters or more that is no word of the trade."""
    rest = [w for w in words if w not in _KIND_WORDS]
    if not 2 <= len(words) <= 4 or not rest or len(rest) == len(words):
        return ""
    named = any(len(w) >= 4 and w.isalpha() and w not in not_name_words() for w in rest)
    return " ".join(rest) if named else ""


# Words that start many organisations' names and are no name by themselves ("Northern Pharma").
_COMMON_HEADS = frozenset(
    "north northern south southern east eastern west western central mid british english scottish welsh irish "
    "royal national united general advanced applied precision quality first premier global new great greater "
    "city county regional continental pacific atlantic international universal standard modern".split()
)


# Recognisers whose organisations are named by a coined word and what the company does ("Vostrel Reliability
# Analytics", "Quarrender Bioprocess Modelling Ltd"): a vendor or a partner a case study or a report names in full
# once, then by its first word ("Vostrel's subscription", "rework by Quarrender").
_HEAD_TEACHERS = frozenset({"organisation_suffix"})
_WORD_TOKEN = re.compile(r"[^\W\d_]+")
# A capitalised word after a name: a heading's or a title's run of capitals goes on ("Effluent Treatment Automation
# Upgrade"), where a company's name is no surer than a description's.
_TITLE_GOES_ON = re.compile(r"[ \t]+[A-Z]")
_LISTED = re.compile(r"[ \t](?:&|and)[ \t]")
_PARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:van|von|de|der|den|du|la|le|di|da|del|dos|ter|ten)[ \t]+$")


def _written_lower(docs: Sequence[Document], coined: Iterable[str]) -> frozenset[str]:
    """The first words of the organisations ``coined`` whose lower-case form a document writes ("aperture" in "the
    camera's aperture"): an everyday word there, which the company's first word alone is not taken for. (Returned
    as the keys of those organisations.)"""
    heads: dict[str, list[str]] = {}
    for key in coined:  # (every organisation of a first word: two may share one, "Vostrel Ltd" and "Vostrel Analytics")
        heads.setdefault(key.split()[0], []).append(key)
    if not heads:
        return frozenset()
    lower = {w for doc in docs for w in _WORD_TOKEN.findall(doc.text) if w in heads}
    return frozenset(key for head in lower for key in heads[head])


def _coined_org(text: str, span: Span) -> bool:
    """Whether an organisation's first word names it alone: a name of two to four words whose first, of five letters
    or more, is no word of a company's kind, no place, given name or surname ("Northern Process Analytics", "Cornwall
    Engineering", "Morgan Controls" are taught whole only). A first word that is a dictionary word ("Astrolabe Process
    Modelling") is taught only where the name lists no activities ("Granulation & Drying") and no capitalised word runs
    on after it, as a heading's do ("Effluent Treatment Automation Upgrade"). A name read across a line break or after a
    particle is no sure name."""
    words = span.key.split()
    head = words[0] if 2 <= len(words) <= 4 else ""
    if "\n" in text[span.start:span.end] or _PARTICLE_BEFORE.search(text, max(0, span.start - 8), span.start):
        return False  # (a signature's line above it, "Lead, Serialisation\nAcme Ltd"; "Van der Wissel Ltd" read from "Wissel")
    if not (len(head) >= 5 and head.isalpha() and _distinctive_head(head) and head not in uk_place_names()
            and not is_given_name(head.capitalize()) and head not in surnames() and head not in world_surnames()):
        return False
    if head not in english_words():
        return True
    return not (_LISTED.search(text, span.start, span.end) or _TITLE_GOES_ON.match(text, span.end))


def _distinctive_head(word: str) -> bool:
    """Whether the first word of a declared organisation name names it alone (taken capitalised only)."""
    return (len(word) >= 4 and word.isalpha() and word not in LEADING_STOPWORDS and word not in _COMMON_HEADS
            and word not in generic_words())


# Recognisers whose log-ins are sure enough to be taken wherever else they are written (a log-in in a column
# of log-ins; not yet those ``handle`` finds alone: a table's header "usename" would be taken in every query).
_LOGIN_TEACHERS = frozenset({"table_column", "handle"})
_LOGIN_TOKEN = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3}")


def _login(mention: str, key: str, aliases: Aliases) -> None:
    """A log-in found in a record's field or a table's column of log-ins ("cezost") is that account wherever
    else it is written ("Chiamaka (cezost) set it up"): a token in lower case of five letters or more that is
    no word and no given name (those stay where they were found)."""
    letters = re.sub(r"[^a-z]", "", mention)
    if (len(letters) >= LOGIN_MIN and _LOGIN_TOKEN.fullmatch(mention) and mention not in english_words()
            and letters not in english_words() and not is_given_name(letters.capitalize())):
        aliases.add(mention, "contact", "Handle", key, any_case=True)


# A code of letters and digits mixed, five characters or more: "GA25C0207", "SR-1044", "IR24D0058".
_CODE_TOKEN = re.compile(r"(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9][A-Za-z0-9./_-]{3,40}[A-Za-z0-9]")


# A code's last part after a hyphen, of four to eight digits, in a code of three parts or more led by one that holds
# letters ("QX-LOT-24-3391").
# (three parts at least: a prefix and a number alone, "QR-2207", is a row of a sequence whose bare numbers are counted
# and ranged as often as cited)
_CODE_TAIL = re.compile(r"(?=[^-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+-(?P<tail>\d{4,8})")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _code(mention: str, label: str, key: str, aliases: Aliases) -> None:
    """An identifier found once ("batch GA25C0207") is that identifier wherever else the text writes it
    ("QP certification pending: GA25C0207", a cell, a subject line): a batch, lot or order number is written
    bare once its kind is known. Only a code of letters and digits mixed is taught: a number alone or a
    word may be anything elsewhere."""
    if _CODE_TOKEN.fullmatch(mention):
        aliases.add(mention, "identifier", label, key, any_case=True)
        if (tail := _CODE_TAIL.fullmatch(mention)) and not _YEAR.fullmatch(digits := tail.group("tail")):
            # "QX-INT-24-1178" cited by its last part alone ("booked against 1178"): the part of a batch's or an
            # order's code that tells it from its neighbours, four digits or more, no year
            aliases.add(digits, "identifier", label, key, any_case=True)


def _acronym(doc: Document, span: Span, aliases: Aliases, people: frozenset[str]) -> None:
    match = _ACRONYM_AFTER.match(doc.text, span.end)
    if match and span.label == "Person" and initials_match(doc.text, span.start, span.end) != match.group("acr"):
        return  # "Trevannick Pellish (QP)", "(Head of QA)": a person's role in brackets, not another name for them
    if match and span.category == "product" and _a_kind(match.group("acr"), doc.text[span.start:span.end]):
        return  # "Wendmoor (QMS)": the trade's acronym of what the thing is, not another name for it
    if match and _reads_as_alias(match.group("acr"), doc.text[span.start:span.end], people):
        aliases.add(match.group("acr"), span.category, span.label, span.key)
        if span.category in ("product", "declared") and _FAMILY.fullmatch(match.group("acr")):
            aliases.code_families.add(match.group("acr"))


def _reads_as_alias(word: str, named: str, people: frozenset[str]) -> bool:
    """Whether a word in brackets after a product or organisation is another name for it: an acronym or code
    ("(KFR)", "(TX-12)"), a word of its own name ("(Pennard)"), or a coined word ("(Corvexa)") - not a person's or
    a place's name, which is who or where the bracket names ("DEV-0412 (Hadley)": the code's owner, "Vantor
    (Cambridge)": its site). A name that is also a dictionary word ("(Falcon)") may be a code name: kept."""
    if not word[1:].islower() or word.lower() in named.lower().split():
        return True
    lower = word.lower()
    if is_given_name(word) or lower in people or lower in ROLE_WORDS:
        return False  # (nor a role: "ADEBANJO (Chair)")
    return lower in english_words() or not (lower in surnames() or lower in world_surnames() or lower in uk_place_names())


def _a_kind(word: str, named: str) -> bool:
    """Whether a bracketed word is the trade's acronym of a kind of thing ("QMS", "LIMS", "MES") and neither the
    initials of the name before it nor one of its words ("Quorn Medical Supplies (QMS)" introduces its acronym)."""
    if not word.isupper() or word.lower() not in _trade_acronyms():
        return False
    parts = named.split()
    return word.lower() not in named.lower().split() and word != "".join(part[0] for part in parts if part[:1].isupper())


# The letters of a product family: two to five capitals, alone ("FWB") or leading a code ("FWB-2207", "FWB 2207").
_FAMILY = re.compile(r"[A-Z]{2,5}")
_FAMILY_CODE = re.compile(r"(?P<family>[A-Z]{2,5})(?:[ -]?\d{2,6}(?:-[A-Z0-9]{1,4})?)?")


@cache
def _trade_acronyms() -> frozenset[str]:
    return frozenset(w.lower() for w in words("known_acronyms.txt"))


# A product's code found in the text: its family's letters, a hyphen and its number ("KLV-2291").
_FOUND_FAMILY_CODE = re.compile(r"(?P<family>[A-Z]{3,5})-\d{3,6}")


def _found_family(code: str, aliases: Aliases) -> None:
    """A product code found ("KLV-2291") names a family whose other codes the text writes in other ways ("KLV.3307",
    "KLV/4410"): three letters or more, no acronym of the trade."""
    match = _FOUND_FAMILY_CODE.fullmatch(code)
    if match and match.group("family").lower() not in _trade_acronyms():
        aliases.code_families.add(match.group("family"))


def _declared_families(terms: Sequence[str], aliases: Aliases) -> None:
    """A declared acronym or code ("FWB", "FWB-2207") names a family whose other codes the text writes without
    declaring them ("FWB 3310 A", "FWB-4471"): the trade's acronyms ("QA", "MES") lead no family."""
    for term in terms:
        match = _FAMILY_CODE.fullmatch(term.strip())
        if match and match.group("family").lower() not in _trade_acronyms():
            aliases.code_families.add(match.group("family"))


def _domain(mention: str, aliases: Aliases) -> None:
    """``jo@northfield-bio.co.uk`` → ``northfield-bio``: a company often writes its name that way too; and the domain
    whole, ``northfield-bio.co.uk``, is a web address wherever it is written bare (a contact list's "Website" column
    beside the e-mail addresses), whatever its country's domain ("pacifisur.cl", ".com.ng", ".vn")."""
    match = _HOST.match(mention)
    if not match or "." not in match.group("host"):
        return  # (a server named without its domain, "mes-app-02", is no company)
    host = match.group("host").lower().strip(".-")
    label = _PUBLIC_SUFFIX.sub("", host).rsplit(".", 1)[-1]
    if len(label.replace("-", "")) >= 5 and label not in _GENERIC_HOSTS:
        aliases.add(label.replace("-", " "), "organisation", "Organisation", label, any_case=True)
        if "@" in mention:
            aliases.add(host, "contact", "URL", host, any_case=True)


_GENERIC_HOSTS = frozenset({"gmail", "googlemail", "outlook", "hotmail", "yahoo", "icloud", "linkedin", "twitter",
                            "github", "google", "microsoft", "youtube", "facebook", "gov", "nhs"})
