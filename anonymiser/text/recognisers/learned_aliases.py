"""Second pass: short forms of names found in the first pass ("Northfield" after "Northfield
Biologics Ltd", "Smith" after "Jane Smith", "NFB" after "Northfield Biologics (NFB)").

The engine fills ``Document.aliases`` from the first pass over every field of a document.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.initials_in_prose import particle_initials, stands_for_someone
from anonymiser.text.languages import ENGLISH_SMALL_WORDS
from anonymiser.text.learn import lower_case_variant_ok
from anonymiser.text.name_forms import CLIP_ENDINGS, CLIP_MIN
from anonymiser.text.recognisers.organisation_suffix import LEGAL
from anonymiser.text.recognisers.not_names import not_initials
from anonymiser.text.recognisers.product_context import strength_after, takes_strength
from anonymiser.text.spans import Span, entity_key


class LearnedAliasesRecogniser:
    name = "learned_aliases"

    def find(self, doc: Document) -> Iterator[Span]:
        if not doc.aliases.by_alias:
            return
        view, text = doc.compact, doc.text
        # (whole words only: most hits sit inside a longer word, dropped before they cost a lookup here)
        found = [(view.source_offset(cstart), view.source_offset(cend), value)
                 for cstart, cend, value in doc.aliases.matcher().find_words(view)]
        clipped = doc.aliases.clipped
        typed_lower: dict[str, bool] = {}  # (per person: whether the text types their full name in lower case)
        confirmed = _confirmed_clipped(text, [(s, e) for s, e, _ in found if text[s:e].lower() in clipped])
        for start, end, value in found:
            if "\n" in text[start:end] and _BLANK_LINE.search(text, start, end):
                continue  # (the view folds a paragraph break to a space: "Baker\n\nJ. …" is no "Baker J")
            category, label, key, any_case = value  # type: ignore[misc]
            if not (any_case or text[start].isupper() or _said(doc, start, end) or _tagged(text, start, category)
                    or text[start:end].lower() in clipped and _clipped_acting_in_lower_case(text, start, end, key, typed_lower)):
                continue
            if category in ("organisation", "declared") and (suffix := _LEGAL_AFTER.match(text, end)):
                end = suffix.end()  # "Sunk Island Automation Ltd" where "Sunk Island Automation" was learned
            if label == "Product" and takes_strength(text[start:end]) and (strength := strength_after(text, start, end)) > end:
                end = strength  # "Velquist 20 mg", "Velquist 500 caplets": a medicine found, with its strength
            elif category == "product" and _a_name_of_words(text[start:end]) and (version := _VERSION_AFTER.match(text, end)) \
                    and not (takes_strength(text[start:end]) and _a_count_ending_a_clause(text, version)):
                # "CartWell 400", "DoseWand v4.1", "PackHand C2": the model or the release (a medicine's one word before a
                # bare number ending a clause, "we sent Tovrix 40,", is no release: a count, unless ``strength_after``
                # read it as its strength)
                end = version.end()
            if label == "Person" and (_used_as_a_word(text, start, end) or _asking(text, start, end)):
                continue
            if any_case and label == "Person" and text[start:end].islower() and (tail := _ACCOUNT_SUFFIX.match(text, end)):
                end = tail.end()  # "bhalloway-a", "qvantreck_c", "tpellbright_adm": a person's other account, its suffix with it
            if not text[start].isupper() and not _free_standing_lower(text, start, end) and not _tagged(text, start, category) \
                    and not (category == "identifier" and text[start].isdigit()):
                continue  # "kwame" for "Kwame Muchui", not inside a file name, a path or a compound (a code's digits: "1178")
            if text[start].isdigit() and _a_measure_or_a_page(text, start, end):
                continue  # (a code's last digits, "3391" of "QX-LOT-24-3391", that are a measure or a page elsewhere)
            mention = text[start:end].lower()
            if mention in doc.aliases.in_action_only and not (_in_action(text, start, end) or _initials_in_a_cell(text, start, end)
                                                             or _initials_acting(text, start, end)
                                                             or particle_initials(text, start, end)
                                                             or stands_for_someone(text, start, end)):
                continue
            if mention in doc.aliases.acronym_initials and not (_in_action(text, start, end) or _in_a_cell(text, start, end)
                                                                or stands_for_someone(text, start, end)):
                continue
            if mention in doc.aliases.capitals_only and not text[start:end].isupper():
                continue
            if mention in clipped and not (_clipped_taken(text, start, end)
                                           or mention in confirmed and _confirmed_taken(text, start, end)
                                           or _clipped_acting_in_lower_case(text, start, end, key, typed_lower)):
                continue
            # A surname already seen on a person here is that person, also where a town shares it ("Maxey").
            confidence = 0.9 if label == "Person" else 0.8
            yield Span(start, end, category, self.name, confidence, label, key, "Another mention of a name found earlier")
        yield from _numbered_logins(doc, self.name)
        yield from _family_codes(doc, self.name)


# "akaspar2", "LSMITH3", "j.otiende2": a log-in made from a name, numbered because the plain one was taken.
_NUMBERED = re.compile(r"(?<![\w.@/\\-])(?P<login>[A-Za-z][A-Za-z.]{3,30}[A-Za-z])\d{1,2}(?![\w@/\\-]|\.[A-Za-z])")
# (where a letter meets a digit: found from the digit, which ``re`` skips ahead to, the letter looked behind at)
_LETTER_DIGIT = re.compile(r"\d(?<=[A-Za-z]\d)")
_LOGIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_LONGEST_LOGIN = 32


def numbered_logins(text: str) -> Iterator[re.Match[str]]:
    """``_NUMBERED.finditer(text)``, tried only where a match can start (a scan led by a look-behind tries
    every position). A match's log-in is letters and dots after none of them, then a digit: the whole run
    of letters and dots that a letter ends where a digit follows. So each place a letter meets a digit has
    one start, that run's, found by walking back (no further than a log-in is long: a longer run, or a
    start inside one, has no match)."""
    after = 0
    for boundary in _LETTER_DIGIT.finditer(text):
        end = boundary.start()
        start = end - 1
        while start > 0 and text[start - 1] in _LOGIN_CHARS and end - start <= _LONGEST_LOGIN:
            start -= 1
        if start >= after and (match := _NUMBERED.match(text, start)):
            after = match.end()
            yield match


def _numbered_logins(doc: Document, name: str) -> Iterator[Span]:
    """The log-ins ``learn`` made from the people's names (``any_case`` person aliases), with a number after them."""
    aliases = doc.aliases.by_alias
    if not any(label == "Person" and any_case for _, label, _, any_case in aliases.values()):
        return
    for match in numbered_logins(doc.text):
        value = aliases.get(match.group("login").lower())
        if value is not None and value[1] == "Person" and value[3]:
            yield Span(match.start(), match.end(), value[0], name, 0.85, value[1], value[2],
                       "A log-in made from a name found earlier, numbered")


def _family_codes(doc: Document, name: str) -> Iterator[Span]:
    """Another code of a product family the text declared or introduced ("FWB 3310 A", "FWB-4471" where "FWB-2207"
    was declared; "FWB.4471", "FWB/4471"): the family's letters, a number of three to six digits, joined by a hyphen, a space or nothing,
    and the letter of a variant standing alone after it at a cell's or a line's end ("FWB 3310 A   Reference")."""
    families = doc.aliases.code_families
    if not families:
        return
    if all(_FAMILY_LETTERS.fullmatch(family) for family in families):
        matches: Iterator[re.Match[str]] = (match for match in _ANY_FAMILY_CODE.finditer(doc.text)
                                            if match.group("family") in families)
    else:
        matches = family_code_pattern(frozenset(families)).finditer(doc.text)
    for match in matches:
        mention = match.group()
        yield Span(match.start(), match.end(), "product", name, 0.8, "Code", entity_key(mention),
                   "Another code of a product family declared or introduced")


_FAMILY_CODE_REST = r"(?:[ -]?|[./_](?=\d))\d{3,6}(?:-[A-Z0-9]{1,4})*(?:[ ][A-Z](?=[ \t]{2}|[ \t]*(?:\n|$)|[,;)]))?(?![\w-])"
# (``learn`` makes every family of two to five capitals)
_FAMILY_LETTERS = re.compile(r"[A-Z]{2,5}")
# A code of any family of such letters, led by its first capital (``re`` skips ahead to one), the look-behind after it.
# The family a code of ``family_code_pattern`` starts with is the whole run of capitals it starts at: the rest starts
# with no capital, and a run's start is where the look-behind lets a match start; no match of either starts inside
# another's code. So the codes of the families are the matches of this whose run of capitals is one of them, with
# no pattern compiled per document.
_ANY_FAMILY_CODE = re.compile(r"(?P<family>[A-Z](?<![\w-].)[A-Z]{1,4})" + _FAMILY_CODE_REST)


@lru_cache(maxsize=64)
def family_code_pattern(families: frozenset[str]) -> re.Pattern[str]:
    """The codes of ``families`` in one pattern, longest family first (the plain form of ``_ANY_FAMILY_CODE``)."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(families, key=len, reverse=True)) + ")" + _FAMILY_CODE_REST)


# Where initials stand for a person in minutes and action lists: "AK: send the plan", "- AK to confirm",
# "(AK)", "Action: AK", "to AK by Friday", "AK/BOC", a numbered question's asker ("Q2 AK: can the labour go in?").
_ACTION_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*|[QA]\d{1,3}[.:)]?[ \t]+)?|\(|/|(?i:action|actions|owner|owners|by|who|to|with|cc)[ \t]*:?[ \t]+)$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ACTION_AFTER = re.compile(r"[ \t]*(?::|\)|\]|/|\.(?:\s|$)|,[ \t]*[A-Z]{2,4}\b|[ \t]+(?:to|and)[ \t]+[a-zA-Z]|[ \t]+by[ \t]+[A-Z0-9]|[ \t]*$|[ \t]*\n)")


# A product's model or release after its name: "400", "v4.1", "version 7", "C2"; not a quantity or a dose
# ("PackHand 2 mg", "4 x", "20%") nor a year.
_VERSION_AFTER = re.compile(r"[ ](?:v(?:er(?:sion)?)?\.?[ ]?)?(?!(?:19|20)\d\d\b)(?:\d{1,4}(?:\.\d{1,2}){0,2}|[A-Z]\d{1,2})"
                            r"(?![\w.%/-]|\.\d)(?![ ]?(?:mg|ml|mL|g|kg|%|x|L|h|s|min|m|mm|cm|\u00b0|units?|pcs|packs?)\b)")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,;)\n]|\.(?!\d)|$)")


def _a_count_ending_a_clause(text: str, version: re.Match[str]) -> bool:
    """" 40," or " 500." at a clause's end: a number alone, no "v", release point or letter ("DoseWand v4", "PackHand
    2.1", "PackHand C2")."""
    return version.group().strip().isdigit() and bool(_CLAUSE_END.match(text, version.end()))


def _a_name_of_words(mention: str) -> bool:
    """A product's name of letters, which a model or release may follow ("DoseWand v4.1"); a code ("QX0075") has its number."""
    return not any(c.isdigit() for c in mention) and any(c.islower() for c in mention)


_LEGAL_AFTER = re.compile(rf",?[ \t]+(?:{LEGAL})(?![\w-])")


def _said(doc: Document, start: int, end: int) -> bool:
    """A name found earlier said again in an uncased line of speech ("welsch", "navimotion"): a word that is
    no everyday word, which such a line writes in lower case."""
    return doc.speech.contains(start) and lower_case_variant_ok(doc.text[start:end].lower())


def _tagged(text: str, start: int, category: str) -> bool:
    """A project's or product's name found earlier, written in lower case as a channel or a tag ("#quennick",
    "#quennick-cutover"): chat and social posts write their tags so."""
    return category == "product" and start > 0 and text[start - 1] == "#"


# A number after a word: "Oct 2024", "Val 3", "Mar-25".
_NUMBER_AFTER = re.compile(r"[ \t./-]*\d")
# A word in lower case before it, with a comma or not: "nice one Val", "thanks, Kris".
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'-])[a-z]+,?[ \t]+$")
_QUOTES = "\"'"


def _clipped_taken(text: str, start: int, end: int) -> bool:
    """A clipped given name ("Kwadz", "Fez") or a familiar form ("Peggy") is the person where written with a capital,
    or in lower case on a line of speech (which ``_said`` has checked), and no number after it. One that is also an
    English word is taken with a capital only mid-sentence, after a word in lower case that is no article ("nice
    one Val", "once Bill signs"; not "Hard limits", "Not Committed Yet", "the Bill"), or quoted alone ('do not
    call her "Kris"'); in lower case only with a nickname's ending ("ta hards", "mads we need to order", not "hard
    reset"). (A greeting or a signature, "Hi Sue,", "Cheers,\nBex", the first pass finds alone.)"""
    mention = text[start:end]
    if mention.isupper() or _NUMBER_AFTER.match(text, end):
        return False
    if mention.lower() not in english_words():
        return True
    if mention.islower():  # (a nickname's ending after a clipping, "hards", "fez"; not "was" clipped from "Wasif")
        return mention.endswith("z") or len(mention) > CLIP_MIN and mention.endswith(CLIP_ENDINGS)
    quoted = start and end < len(text) and text[start - 1] in _QUOTES and text[end] == text[start - 1]
    mid_sentence = _LOWER_WORD_BEFORE.search(text, max(0, start - 24), start) and not _after_determiner(text, start)
    return bool(quoted or mid_sentence)


# What a person does or says, just after their name or initials in notes: "rod said", "ZB liked this", "rod to send".
_ACTING_AFTER = re.compile(
    r"[ \t]+(?:said|says|asked|asks|mentioned|flagged|liked|agreed|disagreed|confirmed|explained|noted|thinks|thought|"
    r"wants|wanted|felt|feels|suggested|raised|queried|challenged|probed|led|chaired|closed|opened|will|would|to[ \t]+[a-z]+)\b")
# A word that hands a thing to someone, or says who did it, just before a name in lower case: "intro by rod", "w/ rod".
_ACTING_BEFORE = re.compile(r"(?<![\w'-])(?:by|with|w/|per|to|from|thanks|thx|cc|asked|told|ask|tell)[ \t]*,?[ \t]+$")


def _clipped_acting_in_lower_case(text: str, start: int, end: int, key: str, typed_lower: dict[str, bool]) -> bool:
    """A clipped given name that is also a word ("rod" for Rodolfo), in lower case, in a text that types the person's
    name in lower case too ("rodolfo quintanal", as notes typed live do): the person where a person stands, after "by",
    "with", "thanks" or before "said", "asked", "to" and a verb ("intro by rod", "rod said he would chase it"); never
    after an article ("a tad late")."""
    mention = text[start:end]
    if not (mention.islower() and " " in key) or _after_determiner(text, start):
        return False
    if (typed := typed_lower.get(key)) is None:
        typed = typed_lower[key] = key in text  # (once per person: a search of the whole text)
    return typed and bool(_ACTING_AFTER.match(text, end) or _ACTING_BEFORE.search(text, max(0, start - 12), start))


def _initials_acting(text: str, start: int, end: int) -> bool:
    """Initials a first pass read as a person's, in capitals, doing what a person does: "ZB liked this", "QW said"."""
    return text[start:end].isupper() and bool(_ACTING_AFTER.match(text, end))


# An article or a determiner before it, alone or before a word in lower case: "the Bill", "a red Dot".
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'-])(?i:the|an?|this|that|these|those|its|each|every|any|no)[ \t]+(?:[a-z]+[ \t]+)?$")


def _confirmed_taken(text: str, start: int, end: int) -> bool:
    """A name the text confirms (``_confirmed_clipped``) is the person wherever written with a capital, no number
    after it and no article before it ("pay the Bill")."""
    return (text[start].isupper() and not text[start:end].isupper() and not _NUMBER_AFTER.match(text, end)
            and not _after_determiner(text, start))


def _after_determiner(text: str, start: int) -> bool:
    """"the Bill", "a Pip", "the spill Kit": a word, not a person."""
    return bool(_DETERMINER_BEFORE.search(text, max(0, start - 30), start))


def _confirmed_clipped(text: str, mentions: list[tuple[int, int]]) -> frozenset[str]:
    """The clipped or familiar names that are English words a text confirms as the person's: taken twice
    ("thanks to Del", "where Del was presented") and never written in lower case ("press del"). Such a name is
    the person at a sentence's start too ("Del joined as an apprentice"), as ``word_as_name`` takes a word the
    text always capitalises. (Once is not enough: "press Del" is a capital after a word in lower case too.)"""
    taken: Counter[str] = Counter()
    lower: set[str] = set()
    for start, end in mentions:
        mention = text[start:end]
        if mention.islower():
            lower.add(mention)
        elif mention.lower() in english_words() and _clipped_taken(text, start, end):
            taken[mention.lower()] += 1
    return frozenset(name for name, count in taken.items() if count >= _CONFIRMED and name not in lower)


_CONFIRMED = 2


def _in_action(text: str, start: int, end: int) -> bool:
    return bool(_ACTION_BEFORE.search(text, max(0, start - 12), start) and _ACTION_AFTER.match(text, end))


# A cell of its own: between column gaps (a tab, a bar, two spaces or more, the semicolon of a semicolon-separated
# export: "...;call supervisor;MB;Keep.") or a gap and the line's edge.
_CELL_BEFORE = re.compile(r"(?:^|\n|\t|  |\||;)[ \t]*$")
# (or a date after them, as a sign-off is written in a record's column: "ZQ 06/03", "ZQ 06.03.25")
_CELL_AFTER = re.compile(r"[ \t]*(?:$|\n|\t|\||;)|  |[ ]\d{1,2}[/.]\d{1,2}(?:[/.]\d{2}(?:\d\d)?)?(?![\d/.])")


def _initials_in_a_cell(text: str, start: int, end: int) -> bool:
    """Two or three capitals the first pass read as a person's in one row, in a cell of their own in another
    ("[x]    RG        08/07/24"), that are no word ("OK", "DATE") and no acronym of the trade."""
    mention = text[start:end]
    return (2 <= len(mention) <= 3 and mention.isupper() and mention.isalpha() and mention.lower() not in english_words()
            and mention not in not_initials() and _in_a_cell(text, start, end))


def _in_a_cell(text: str, start: int, end: int) -> bool:
    """Initials in a cell of their own ("...... PASS  MAB", "Divert to drain\tPV\tMust match"): who did or checked it."""
    return bool(_CELL_BEFORE.search(text, max(0, start - 12), start) and _CELL_AFTER.match(text, end))


_JOINERS = frozenset("-/_.\\")


def _free_standing_lower(text: str, start: int, end: int) -> bool:
    mention = text[start:end]
    if not (mention.islower() or mention.isalpha() and ord(mention[0]) >= _CJK_FIRST):
        return False  # (a name in Chinese, Japanese or Korean writing has no capitals to be written in)
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in "-_" and _ACCOUNT_PREFIX.search(text, max(0, start - 6), start):
        before = " "  # "ext-kniblett", "adm-kniblett": an account of the person's log-in
    elif before == "\\" and _WINDOWS_DOMAIN.search(text, max(0, start - 17), start):
        before = " "  # "CORP\kniblett", "uvm\kniblett": a log-in with its Windows domain, as audit trails print it
    # (a dot after it is a full stop, or a user name: "dmitri.k"; before it, part of a host or path)
    return before not in _JOINERS and after not in "-/_\\" and not (after == "." and text[end + 1:end + 2].isalpha()
                                                                 and not _USER_TAIL.match(text, end))


_CJK_FIRST = 0x2E80
_ACCOUNT_PREFIX = re.compile(r"(?<![\w.@/\\-])(?:ext|adm|admin|svc|sa|x|a|da|su|tmp)[-_]$")
# A Windows domain before a log-in and its backslash, itself no part of a path ("\\fs01\kniblett" is a share's folder).
_WINDOWS_DOMAIN = re.compile(r"(?<![\w.\\/:$-])[A-Za-z][A-Za-z0-9-]{1,14}\\$")
_USER_TAIL = re.compile(r"\.[a-z]{1,3}(?![\w.@/-])")
# The suffix a directory gives a person's second account, joined to their log-in: a contractor's, an administrator's, an
# external or a test account ("_c", "-a", "_adm", "-ext", "_x"), or a number ("_2").
_ACCOUNT_SUFFIX = re.compile(r"[-_](?:c|a|x|e|t|adm|admin|ext|sa|su|da|tmp|test|old|svc|\d{1,2})(?![\w@/\\-]|\.\w)")


# A verb that opens a question before its subject ("Will I lose my job?", "May we record?"), which a person called
# Will or May never does: their name is followed by what they do.
_ASKING_VERBS = frozenset({"Will", "May", "Can", "Shall"})
_SUBJECT_AFTER = re.compile(r"[ \t]+(?:I|you|we|they|he|she|it|my|your|our|their|his|her|the|this|that|these|those|"
                            r"there|anyone|someone|everyone|all)\b")


def _asking(text: str, start: int, end: int) -> bool:
    """A name that is a verb opening a question: "Will I lose my job?", "Will my hon. Friend give way?"."""
    return text[start:end] in _ASKING_VERBS and bool(_SUBJECT_AFTER.match(text, end))


def _used_as_a_word(text: str, start: int, end: int) -> bool:
    """Initials that stand for a person ("PC") used as the ordinary acronym: "the PC upgrade"; or that spell a small
    word between words in capitals, as a heading writes it: "OUTCOME OF THE HEARING" (not "SO LONG, MO - 31 YEARS",
    where no small word is spelled)."""
    if not text[start:end].isupper():
        return False
    if _A_KEY_AFTER.match(text, end) or (end - start >= 2 and _A_CODE_BEFORE.search(text, max(0, start - 3), start)):
        return True  # a record's key ("CN=", "OU=") or the end of a code joined by hyphens ("SUITE2-GB-IN"), not initials
    before = text[max(0, start - 6):start].lower()
    if before.endswith((" the ", " a ", " an ", "\nthe ", " our ", " his ", " her ")) or before in ("the ", "a ", "an "):
        return True
    return end - start <= 3 and text[start:end].lower() in ENGLISH_SMALL_WORDS and _between_capital_words(text, start, end)


_A_KEY_AFTER = re.compile(r"[ \t]?=")
_A_CODE_BEFORE = re.compile(r"[A-Z0-9]-$")
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w'])[A-Z]{2,}[ \t]+$")
_CAPITAL_WORD_AFTER = re.compile(r"[ \t]+[A-Z]{2,}(?![\w'])")


def _between_capital_words(text: str, start: int, end: int) -> bool:
    return bool(_CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start) and _CAPITAL_WORD_AFTER.match(text, end))


RECOGNISER = LearnedAliasesRecogniser()


# A number that measures or counts something ("3391 mL", "1000 units"), is a page's ("page 1000", "p. 1178") or an amount
# ("£3391"): not the code whose last digits it shares.
_UNIT_AFTER = re.compile(r"[ \t]?(?:%|mL|ml|L|l|µL|uL|kg|g|mg|µg|mcg|t|m|mm|cm|km|h|hrs?|min|s|°C|bar|rpm|Hz|kHz|"
                         r"units?|packs?|vials|tablets|doses|pages?|pcs|x)\b")
_PAGE_OR_AMOUNT_BEFORE = re.compile(r"(?:(?<![\w])(?i:page|pages|pp?\.|p)[ \t]*|[£$€][ \t]?)$")


def _a_measure_or_a_page(text: str, start: int, end: int) -> bool:
    return bool(_UNIT_AFTER.match(text, end) or _PAGE_OR_AMOUNT_BEFORE.search(text, max(0, start - 8), start))
