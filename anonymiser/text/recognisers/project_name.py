"""Internal project, programme and system code names: "Project Falcon", "PROJECT FALCON", "codenamed Osprey",
"we call it Spindrift", a project's field ("Project: PENNISTOW (eBR rollout)", "Project title: Quennick - ...") and a
name before what it names ("the Gorsefell programme", "Hollinbeck steering group"); not a role or a body of the
project ("Project Manager", "Programme Board", "Project Final Report"), a description in a project's field
("Project: Robotic case packing cell") or a trade's acronym ("the MES programme")."""
from __future__ import annotations

import re
from functools import cache

from anonymiser.text.data import english_words, uk_place_names, words
from anonymiser.text.document import Document
from anonymiser.text.generic_medicines import named_as_generic
from anonymiser.text.languages import ENGLISH_SMALL_WORDS
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser, before_marks, widest
from anonymiser.text.recognisers.code_name_capitals import sayable
from anonymiser.text.recognisers.organisation_suffix import generic_words
from anonymiser.text.recognisers.person_cues import ROLE_WORDS
from anonymiser.text.recognisers.person_names import is_given_name, lower_case_use
from anonymiser.text.recognisers.word_as_name import habitual_words

# (on one line, one space between its words: a line break or a column's gap ends a name)
_NAME = r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,2}"
_CAPITALS_NAME = r"[A-Z][A-Z0-9-]*[A-Z0-9](?:[ ][A-Z][A-Z0-9-]*[A-Z0-9])?(?![\w-])"
# Words after "Project" that make a role, a body, a field or a document of the project, not its name.
_NOT_NAMES = ROLE_WORDS | frozenset("""board office team sponsor sponsors phase phases stage stages plan plans charter
    report reports final design review reviews update updates status summary overview scope budget brief closure
    management governance steering committee group meeting meetings we the our this title name names number no ref
    reference code codes id period controls control eng engineering description objective objectives background
    details information info risk risks cost costs schedule timeline deliverables partner partners funding start end
    date dates duration type manager managers support tbc tbd none all various internal general management impact
    finance finances benefits outcomes results resources milestones file files folder folders work works document
    documents close-out closeout kick-off kickoff handover lessons""".split())


# "we call it Spindrift", "the team calls it Kestrel", "which we called \"Greenhouse\"" (the caller is checked
# by ``_a_name``: "they called Bob" is no name given to a thing)
_CALLED = re.compile(rf"call(?:s|ed)?(?:[ \t]+(?P<obj>it|them|this|the[ \t]+\w+))?,?[ \t]+[\"'\u201c\u2018]?(?P<n>{_NAME})")
_NAMER = re.compile(r"(?i:(?:\b(?:we|they|everyone)|the[ \t]+team|the[ \t]+operators)[ \t]+(?:now[ \t]+|all[ \t]+)?)$")
# "a programme called Foxhollow", "the project, which the company calls Quennick": a thing named, whoever names it
_THING_CALLED = re.compile(r"(?i:\b(?:programme|program|project|system|platform|tool|initiative|line|robot|app)"
                           r"(?:,?[ \t]+which[ \t]+(?:the[ \t]+)?\w+)?[ \t]+)$")
_WHICH_NAMER = re.compile(r"(?i:\b(?:which|that)[ \t]+(?:we|they)[ \t]+(?:have[ \t]+)?)$")
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                      "august september october november december christmas easter".split())
# A title or a header writes the word in capitals or cuts it short: "PROJECT PENNISTOW – RAID LOG", "Proj DUNHARROW";
# a Welsh notice writes "Prosiect".
_CAPITALS = re.compile(rf"\b(?:PROJECT|PROGRAMME|Proj\.?|Prosiect)[ ](?P<n>{_CAPITALS_NAME}|{_NAME})")
# Prose writes the word in lower case and the name in capitals or with a capital: "(project SKERRYVORE)", "the
# programme TERNSAY", "under programme Sallowby we replaced ...".
_LOWER_WORD_CAPITALS = re.compile(r"\b(?:project|programme)[ ](?P<n>[A-Z][A-Z0-9-]{3,14}[A-Z0-9]|[A-Z][a-z]{3,15})(?![\w-])")
# (a word for a thing, not a name, after "the project": "the project Updates", "programme Management")
_NOUN_ENDINGS = ("tion", "ment", "ing", "ness", "ity", "ance", "ence", "s", "ed", "al", "ive")
# A system, a line or a cell with its name in brackets after it: "our LIMS (ALDER)", "Line 4 (Vireling)", "the dispense
# booth (Quennick)", "Serialisation HMI (SABREVANE)".
_BRACKETED_KIND = (r"\b(?i:system|platform|tool|app|lims|mes|ebr|hmi|scada|historian|cell|line|booth|isolator|robot|"
                   r"skid|module|portal|database|dashboard|software|suite|train|fleet|project|programme)(?:[ ]\d{1,2})?")
_BRACKETED = re.compile(_BRACKETED_KIND + r"[ ]\((?P<n>[A-Z][A-Za-z]{2,15}(?:-[A-Z][A-Za-z]{1,12})?)\)")
# (Speed: led by case-insensitive alternatives, ``_BRACKETED`` would be tried at every position; it is tried only
# from its kind's longest reach before each " (" and a capital.)
_BRACKET_MARK = re.compile(r" \([A-Z]")
# A name with what it is beside it: "Dunwold, our digital batch record system", "Quennick is the new manufacturing
# execution system", "ALDER-QC, the laboratory execution system".
_APPOSITIVE = re.compile(r"(?P<n>[A-Z][A-Za-z]{2,15}(?:-[A-Z][A-Za-z]{1,12})?)(?:,|[ ]is|[ ]was|[ ]\u2013|[ ]\u2014)[ ]"
                         r"(?:our|the|their|its)[ ](?:[\w-]+[ ]){0,5}?(?:system|platform|tool|app|MES|LIMS|eBR|EBR|"
                         r"database|dashboard|portal|software|historian)\b"
                         # (not a noun the kind word only qualifies: "Maren, the eBR project would have died without you")
                         r"(?![ -](?:project|programme|team|owner|owners|manager|lead|group|support|data|rollout)\b)")
# Speech written down has no capitals: "go no go for project ardent", "they called it project shuttle".
_SPOKEN = re.compile(r"\b(?:project|programme)[ ](?P<n>[a-z]{4,15})\b")
_AUXILIARIES = frozenset("was were is are be been being has had have will would should could can may might must shall "
                         "does did done get got".split())
# A form's or a header's project field: "Project: PENNISTOW (eBR rollout)", "Project title: Quennick – real-time
# release", "Project        : ORRELBY", "Project / budget code:  GLASSWEIR capex", "Project: 10061958 – SABREVANE: ...".
# What it holds is a name when written in capitals, or one word or code the field's punctuation ends.
_FIELD = re.compile(
    r"(?i:project|programme)(?:[ ](?i:title|name)|[ ]/[ ][A-Za-z ]{2,20})?[ \t]*:[ \t]*(?:\d{5,}[ \t]*[-\u2013\u2014][ \t]*)?"
    r"(?P<n>[A-Z][A-Z0-9]{2,}(?:-[A-Za-z0-9]+)?(?![\w-])"
    r"|[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?(?=[ \t]*(?:$|\n|[(:;,|\u2013\u2014]|[ \t]-[ \t]|[ \t]{2})))", re.MULTILINE)
# A name with a note in brackets that it is one: "Dralmore (internal name) is our platform", "Heron (project name)",
# "serial data kept in Wendmoor (our name for the site server)", "Tolvane (our internal name for the hosted build)".
_NAMED_AFTER = re.compile(r"(?P<n>[A-Z](?<![\w-].)[A-Za-z]{2,15})[ ]\((?:(?:internal|project|code)[ -]?name\)"
                          r"|our[ ](?:own[ ]|internal[ ])?name[ ]for[ ])")
_NAMED_AFTER_MARK = re.compile(r" \((?:(?:internal|project|code)[ -]?name|our (?:own |internal )?name for )")
# A name with the kind of system it is in brackets after it, as a table's source column or a list writes it: "raised
# in Wendmoor (QMS)", "| Tolvane (eQMS) |". One word alone (not the surname of "Dilys Quarrick (MES)", a team member's role).
_SYSTEM_AFTER = re.compile(r"(?P<n>[A-Z](?<![\w.&/-].)[a-z]{2,15})[ ]\((?:e?QMS|LIMS|MES|ERP|EDMS|eDMS|WMS|CDS|RTSM|IRT|"
                           r"CMMS|EBR|eBR|historian)\)")
# (``[a-z] \((?:e?QMS|…)\)``, found from its bracket, which ``re`` skips ahead to, the letter and space looked behind at)
_SYSTEM_AFTER_MARK = re.compile(r"\((?<=[a-z] \()(?:e?QMS|LIMS|MES|ERP|EDMS|eDMS|WMS|CDS|RTSM|IRT|CMMS|EBR|eBR|historian)\)")
# (a capitalised word before it, "Dilys Quarrick (MES)", makes the word a surname or the end of a longer name)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'-]*[ \t]+$")
# A name before what it names: "the Gorsefell programme", "Hollinbeck steering group", "DUNHARROW go-live", "(Quennick
# Phase 2)", "fixed in Gorsefell release 3.2".
_KINDS = r"(?:programme|project|workstream|initiative|steering[ ]group|go-live|cutover|rollout|MES|LIMS|e?QMS|e?BR|EBR|platform|[Pp]hase[ ]\d|Ph\d|release[ ]\d)"
# (Speed, the same matches as "(?P<n>[A-Z][a-z]{2,15}|[A-Z]{4,12})…", tried in the same order: the capital both
# alternatives start with taken first, so ``re`` skips ahead to a capital instead of trying every position.)
_KIND = re.compile(rf"(?P<n>[A-Z](?:[a-z]{{2,15}}|[A-Z]{{3,11}}))[ ]{_KINDS}\b")
# (before it, a word in lower case or an opening: mid-sentence, not a sentence's or a heading's first word)
_MID_SENTENCE_BEFORE = re.compile(r"(?:\b(?:the|our|their|its|for|on|of|in|under|with|to|from|and|a|The|Our|Their|Its)[ \t]+"
                                  r"|[(\"'\u201c])$")

# A programme's code name in a code key, the compound's code on the other side of "=": "Cerulean Stoat = CBP-441",
# "Kestrel = KMP-2217 (oral)", "QRX-118 = Amber Fox" (one or two capitalised words: the key is what names the code).
_KEY_NAME = r"[A-Z](?<![\w&.#-].)[a-z]{2,15}(?:[ ][A-Z][a-z]{2,15})?"
_KEY_CODE = r"[A-Z]{2,5}[- ]?\d{3,5}(?!\d)"
_NAME_BEFORE_CODE = re.compile(rf"(?P<n>{_KEY_NAME})[ \t]*=[ \t]*{_KEY_CODE}")
# (and a colour-led code name with the code in brackets after it: "Amber Kestrel (QRX-5521)", "Slate Heron (QRX 612-A,
# oral)"; a colour first, as pipelines name programmes, not "Freeze Dryer (FD-1200)", a machine and its tag)
_COLOURS = (r"(?:Amber|Azure|Black|Blue|Bronze|Burgundy|Cerulean|Charcoal|Cobalt|Copper|Coral|Crimson|Cyan|Ebony|Emerald"
            r"|Gold|Golden|Green|Grey|Gray|Indigo|Ivory|Jade|Lilac|Magenta|Maroon|Mauve|Ochre|Olive|Onyx|Orange|Pearl"
            r"|Pink|Plum|Purple|Red|Ruby|Russet|Rust|Saffron|Sapphire|Scarlet|Sepia|Sienna|Silver|Slate|Teal|Topaz"
            r"|Turquoise|Umber|Vermilion|Violet|White|Yellow)")
_COLOUR_NAME_BEFORE_CODE = re.compile(rf"(?P<n>{_COLOURS}[ ][A-Z][a-z]{{2,15}})[ ]\({_KEY_CODE}(?![\w.]|/\d)")
_NAME_AFTER_CODE = re.compile(rf"{_KEY_CODE}(?:[-/][A-Z0-9]{{1,3}})?[ \t]*=[ \t]*(?P<n>{_KEY_NAME})(?![\w-])")
# A programme's code name with what it is in brackets after it, as a pipeline slide writes it: "Crimson Heron (oral GLP-1
# programme, code held by ...)", "Osprey (inhaled peptide platform)" (the kind word ends the description: not "(programme
# manager)", a person's role).
_DESCRIBED = re.compile(r"(?P<n>[A-Z](?<![\w&.#-].)[a-z]{2,15}(?:[ ][A-Z][a-z]{2,15})?)[ ]\((?:[\w-]+[ ]){1,4}?"
                        r"(?:programme|program|asset|candidate|compound|molecule|platform)(?=[,;)])")
_DESCRIBED_MARK = re.compile(r"[ ](?:programme|program|asset|candidate|compound|molecule|platform)[,;)]")
# (a word for a place or a thing last makes a room, a zone, a card or a vessel with its tag, not a code name: "White
# Room (CR-1021)", "Yellow Card (YC-12345)", "TK-2001 = Holding Tank")
_PLACE_OR_THING_WORDS = frozenset("""room rooms zone zones area areas card cards book books line lines tag tags bay bays
    tank tanks vessel vessels suite hall lab labs laboratory store stores building block wing floor corridor gate door
    cabinet fridge freezer incubator oven tray box bin bag drum label labels sheet sheets form forms list log pass badge
    page flag light lights alarm cell unit station point panel pack kit stock water status file report key code sign
    signal channel pipe valve pump filter belt chart board desk office site yard dock shelf rack cage corner side
    level grade class phase team group shift week day""".split())
# The words a form's field or a substance is written with before "=" or a description in brackets.
_FIELD_OR_SUBSTANCE_WORDS = _PLACE_OR_THING_WORDS | frozenset("""material materials instrument instruments total subtotal
    sum item items part parts product products equipment asset assets batch lot order sample samples reference ref
    number name type model serial balance result value amount quantity qty count price cost target limit spec
    specification method test assay standard reagent solvent excipient substance compound salt base acid water
    sodium potassium calcium magnesium lithium zinc iron chloride sulfate sulphate phosphate citrate aspirin paracetamol
    ibuprofen insulin penicillin morphine codeine heparin warfarin methadone lactose glucose sucrose""".split())


# (a code name is a noun, "Quennick", "Gorsefell"; a word with an adjective's or a verb's ending before "programme"
# says what kind it is: "the Pharmaceutical MES", "the Integrated programme")
_DESCRIBING_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ed", "ing", "ible", "able",
                       # (and a noun of what the programme does or is for: "the Graduate programme", "the Apprenticeship
                       # programme", "the Transformation programme", "the Recovery initiative")
                       "ship", "tion", "sion", "ment", "ity", "ance", "ence", "ery", "ness", "ism", "ure", "age", "ate",
                       "ice", "th")
# (and the kinds of programme a company runs, named by a word no ending gives away)
_PROGRAMME_KINDS = frozenset("lean energy pilot upgrade outreach skills capex opex kaizen apprentice graduate intern "
                             "trainee cadet mentor wellness wellbeing talent".split())


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(w.lower() for w in words("known_acronyms.txt"))


@cache
def _not_code_names() -> frozenset[str]:
    """Capitalised words that are no project's name alone: trade words, acronyms, places, habitual capitals."""
    return (generic_words() | habitual_words() | _acronyms() | uk_place_names()
            | _NOT_NAMES | _CALENDAR)


def _a_name(match: re.Match[str], doc: Document) -> bool:
    words_ = match.group("n").split()
    first = words_[0].lower()
    if match.re is _CALLED:
        namer = _NAMER if match.group("obj") else _WHICH_NAMER
        if first in _CALENDAR or not (namer.search(doc.text, max(0, match.start() - 24), match.start())
                                      or _THING_CALLED.search(doc.text, max(0, match.start() - 40), match.start())):
            return False
    if match.re is _FIELD or match.re is _KIND:
        return _a_code_name(match, doc)
    if match.re is _SPOKEN:
        return _a_spoken_code_name(match, doc)
    if match.re is _LOWER_WORD_CAPITALS:
        name = match.group("n")
        if not name.isupper():
            lower = name.lower()
            return not (lower in _not_code_names() or lower in ROLE_WORDS or is_given_name(name)
                        or lower_case_use(doc.text, name)
                        or lower in english_words() and lower.endswith(_NOUN_ENDINGS))
        return (name.lower() not in _not_code_names() and name.lower().split("-")[0] not in _not_code_names()
                and (sayable(name.replace("-", "")) or name.lower() in english_words()))
    if match.re is _BRACKETED or match.re is _APPOSITIVE:
        return _a_bracketed_name(match, doc) and not lower_case_use(doc.text, match.group("n"))
    if match.re is _SYSTEM_AFTER:
        # (nor a word of what the system holds or does: "Deviations (QMS)", "Integration (ERP)", "Recipes (MES)")
        lower = match.group("n").lower()
        return (not _CAPITALISED_BEFORE.search(doc.text, max(0, match.start() - 30), match.start())
                and not (lower in english_words() and lower.endswith(_NOUN_ENDINGS))
                and _a_bracketed_name(match, doc) and not lower_case_use(doc.text, match.group("n")))
    if match.re is _NAME_BEFORE_CODE or match.re is _NAME_AFTER_CODE or match.re is _DESCRIBED:
        return _a_keyed_name(match, doc)
    if match.re is _COLOUR_NAME_BEFORE_CODE:
        # (the colour may be a given name too, "Amber", "Ruby": the code in brackets says what it names)
        return not (_CAPITALISED_BEFORE.search(doc.text, max(0, match.start() - 30), match.start())
                    or match.group("n").split()[1].lower() in _PLACE_OR_THING_WORDS
                    or lower_case_use(doc.text, match.group("n").split()[1]))
    if match.group("n").lower() in _acronyms():
        return False  # ("the internal name for the whole EM digitalisation": the trade's acronym)
    # (no role anywhere in it: "Program Division Director" is a regulator's officer)
    return (first not in _NOT_NAMES and not any(w.lower() in ROLE_WORDS for w in words_)
            and "\n" not in doc.text[match.start():match.start("n")])


def _a_code_name(match: re.Match[str], doc: Document) -> bool:
    """A field's value or a word before "programme" that names: no trade word, acronym or place, no word the text
    writes in lower case; before "programme", mid-sentence (not "Digital programme" heading a section)."""
    name = match.group("n")
    lower = name.lower()
    if lower in _not_code_names() or lower.split("-")[0] in _not_code_names():
        return False
    if match.re is _KIND and (not _MID_SENTENCE_BEFORE.search(doc.text, max(0, match.start() - 12), match.start())
                              or doc.foreign.in_foreign(match.start())
                              or lower in english_words() and lower.endswith(_DESCRIBING_ENDINGS)
                              or lower in _PROGRAMME_KINDS):
        return False
    return not (lower in english_words() and not name.isupper() and lower_case_use(doc.text, name))


def _a_bracketed_name(match: re.Match[str], doc: Document) -> bool:
    """A name in brackets after a system or a line, or with what it is beside it: no acronym of the trade or of the
    words before it ("system (BMS)"), no three capitals ("(STD)"), no vendor, place, month or person's given name
    ("line 5 (Marek)", "Frank, the system owner"), no word the text writes in lower case ("However, the LIMS")."""
    name = match.group("n")
    lower = name.lower()
    if lower in _not_code_names() or is_given_name(name) or is_given_name(name.capitalize()):
        return False
    return not (name.isupper() and len(name) <= 3)


def _a_keyed_name(match: re.Match[str], doc: Document) -> bool:
    """A code key's or a described programme's name: no person's given name first, no trade word, role, acronym, place
    or month in it, no organisation's sector or legal word ("Salvani Pharma (licensing programme)"), no word the text
    writes in lower case ("Batch = AB-1234" of a form's field), and not the end of a longer name ("Big Red Fox = ...")."""
    words_ = match.group("n").split()
    start = match.start("n")
    if is_given_name(words_[0]) or _CAPITALISED_BEFORE.search(doc.text, max(0, start - 30), start):
        return False
    # (a form's field or a substance is no code name: "Material = MAT-10023", "Tank = TK-2001", "Sodium (new
    # compound)", "Aspirin (old oral candidate)"; a code name that is a word, "Kestrel = KMP-2217", still is; and a
    # place's or a thing's word last names a room or a vessel: "TK-2001 = Holding Tank")
    if len(words_) == 1 and (words_[0].lower() in _FIELD_OR_SUBSTANCE_WORDS or named_as_generic(words_[0])):
        return False
    if words_[-1].lower() in _PLACE_OR_THING_WORDS:
        return False
    return not any(w.lower() in _not_code_names() or w.lower() in ROLE_WORDS or lower_case_use(doc.text, w)
                   for w in words_)


def _a_spoken_code_name(match: re.Match[str], doc: Document) -> bool:
    """"project ardent" on a line of speech: a word after "project" that is no small word, auxiliary, role, body or
    document of the project and no word with a verb's or an adverb's ending ("project was", "project file")."""
    word = match.group("n")
    return (doc.speech.contains(match.start()) and word not in ENGLISH_SMALL_WORDS and word not in _AUXILIARIES
            and word not in _NOT_NAMES and word not in _not_code_names() and not word.endswith(("ing", "ed", "ly")))


RECOGNISER = PatternRecogniser(
    name="project_name",
    category="product",
    label="Project",
    reason="Internal project or system code name",
    validate=_a_name,
    patterns=(
        Pattern(re.compile(rf"\b(?:Project|Programme|Program|Operation|Initiative|Workstream)[ ]{{1,2}}(?P<n>{_NAME})"), 0.9, 0, re.compile(r"(?:project|program|operation|initiative|workstream)")),
        Pattern(_NAMED_AFTER, 0.85, "n", requires=_NAMED_AFTER_MARK),
        Pattern(_SYSTEM_AFTER, 0.75, "n", requires=_SYSTEM_AFTER_MARK),
        Pattern(_CAPITALS, 0.9, 0, re.compile(r"(?:project|programme|proj|prosiect)")),
        Pattern(re.compile(rf"(?i:code[- ]?named?(?:[ \t]*:)?|known internally as(?:[ \t]+the)?|internally called|dubbed|nicknamed|"
                           rf"(?:internal|working)(?:[ \t]+(?:programme|project|product|system))?[ \t]+name"
                           rf"(?:[ \t]+for[ \t]+the[ \t]+(?:programme|project|product|system|platform|tool|line))?(?:[ \t]+(?:was|is)|:)?)[ \t]+[\"'\u201c]?(?P<n>{_NAME})"), 0.9, "n",
                re.compile(r"code|known internally|internally called|dubbed|nicknamed|internal|working")),
        Pattern(_CALLED, 0.85, "n", re.compile(r"call")),
        Pattern(_FIELD, 0.85, "n", re.compile(r"(?:project|programme)")),
        Pattern(_SPOKEN, 0.8, 0, re.compile(r"(?:project|programme) ")),
        Pattern(_BRACKETED, 0.75, "n", starts=before_marks(_BRACKET_MARK, widest(_BRACKETED_KIND))),
        Pattern(_APPOSITIVE, 0.75, "n", requires=re.compile(r"(?:,| is| was| \u2013| \u2014) (?:our|the|their|its) ")),
        Pattern(_KIND, 0.7, "n", requires=re.compile(" " + _KINDS)),
        Pattern(_LOWER_WORD_CAPITALS, 0.8, "n", requires=re.compile(r"(?:project|programme) [A-Z][A-Za-z]{3}")),
        Pattern(_NAME_BEFORE_CODE, 0.8, "n", requires=re.compile(r"[a-z][ \t]*=[ \t]*[A-Z]{2}")),
        Pattern(_NAME_AFTER_CODE, 0.8, "n", requires=re.compile(r"\d[ \t]*=[ \t]*[A-Z][a-z]")),
        Pattern(_DESCRIBED, 0.75, "n", requires=_DESCRIBED_MARK),
        Pattern(_COLOUR_NAME_BEFORE_CODE, 0.75, "n", requires=re.compile(r"[a-z][ ]\([A-Z]{2,5}[- ]?\d")),
    ),
)
