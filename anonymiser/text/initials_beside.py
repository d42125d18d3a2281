"""A person's initials written just beside their found name go with it: "G. Wainwright", "F. Z. Benali",
"J.-P. Legère", "| H Shepherd |", "| Wiśniewska A. |", "Wiśniewska, A.", and the initial of the given name a surname found
alone was learned with ("A Nwomer" after "Adaeze Nwomer"), as is that of the surname after a given name found
alone ("Dorota K" after "Dorota Kapinos"); so do the particles of a surname found without them ("Ó Broin,
Ciarán", "Ní Bharave", "Van der Linde", "bin Saeed"), and the word a nickname puts before a name ("Big Tammo").

Recognisers that find a name by its cue ("Host signature:", a learned surname) may leave an initial before
or after it; a lone initial left beside a placeholder still narrows who it was. Run on the resolved spans.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from anonymiser.text.data import english_words, surnames, world_surnames
from anonymiser.text.languages import ENGLISH_SMALL_WORDS
from anonymiser.text.recognisers.person_cues import LETTERED, LETTERED_MORE
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.spans import Span

_LETTERED = LETTERED | LETTERED_MORE

# Dotted initials before a name ("G. ", "F. Z. "), the first of two joined by a hyphen ("A-" of "A-R. Siggers",
# "J.-" of "J.-P. Legère"), after a space, a cell's edge, a bracket or punctuation; or one capital without a dot at
# a cell's or a line's start ("| H Shepherd |": not "A Smith") or after a signature's dotted leader ("....J Qorrin....").
_BEFORE = re.compile(r"(?:(?:(?<=[\s|(\[,;:\"'\u201c])|^)(?:(?:[A-Z]\.[ \t]?){1,3}|[A-Z]\.?-"
                     r"|(?<=[|\t\n])[ \t]*[B-HJ-Z] )|(?<=\.\.|__)[A-HJ-Z] )$")
# Dotted initials in lower case before a name typed in lower case ("k. velthorne", "j.p. marrable"), as notes typed live write
# them; not "e.g." or "i.e." before a name given as an example.
_LOWER_BEFORE = re.compile(r"(?:(?<=[\s|(\[,;:\"'\u201c])|^)(?!e\.g\.|i\.e\.)(?:[a-z]\.[ \t]?){1,2}[ \t]?$")
# Dotted initials after a name, before a cell's edge, punctuation or the line's end ("Wiśniewska A. |"), or a
# double-barrelled surname's two initials joined by a hyphen, as a training matrix's header writes them ("Ekow A-M |").
_AFTER = re.compile(r"[ \t](?:[A-Z]\.(?:[ \t]?[A-Z]\.){0,2}|[A-Z]\.?-[A-Z]\.?)(?=[ \t]*(?:[|,;)\t]|$))", re.MULTILINE)
# Initials after a surname and its comma, as registers, sign-off lines and citations write a name ("Crowmarsh, J.",
# "Lindqvarn, J. R.", "Thorlacius-Varnley, M.-C.", "| Varnley, P |"): dotted before anything but the next name's surname
# ("Smith, A. Jones" lists two people), one capital without a dot only before a cell's edge or the line's end.
_AFTER_COMMA = re.compile(r",[ \t]?(?:[A-Z]\.(?:[ \t]?-?[A-Z]\.){0,2}(?![\w'\u2019-])(?![ \t]*[A-Z][a-z])"
                          r"|[A-Z](?=[ \t]*(?:[|;)\t]|$)))", re.MULTILINE)


# The particles that lead a surname, just before a name found without them, after a space, a cell's edge, a bracket
# or punctuation: Irish "Ó", "Ní", "Nic", "Uí", "Mac an"; Dutch "van der", "van 't", "Van den"; "de", "da", "dos",
# "von"; Arabic "bin", "ibn", "al-"; Welsh "ap". (Recognisers that find a surname alone, learned from the full
# name or read surname first in a list, leave them.) Capitalised forms only for those that lead a name at a sentence's
# start too ("Van der Linde said"), never the "Da"/"Di"/"Du" of ordinary words.
_PARTICLES_BEFORE = re.compile(
    r"(?:(?<=[\s|(\[,;:\"'\u201c])|^)(?:(?:Ó|Ní|Nic|Uí|Ua|Mhic|Nig)(?:[ \t]+an)?|Mac[ \t]+an"
    r"|[Vv]an(?:[ \t]+(?:der|den|de|'t))?|[Vv]on(?:[ \t]+der)?|[Dd]e(?:[ \t]+la)?|[Dd]os|da|di|du|ter|ten"
    r"|bin|binti|bint|ibn|ap)[ \t]$|(?:(?<=[\s|(\[,;:\"'\u201c])|^)(?:al|el)-$")


# The word a nickname puts before a given name: "Big Tammo", "little steve", "Aunty Pat" (gold and colleagues write
# them as one name); after no determiner ("a big Tom fan", "the little Ada").
_NICKNAME_BEFORE = re.compile(r"(?:(?<=[\s|(\[,;:\"'\u201c])|^)(?:[Bb]ig|[Ll]ittle|[Aa]unty|[Aa]untie|[Uu]ncle)[ \t]$")
_DETERMINER_BEFORE = re.compile(r"(?<![\w'])(?i:a|an|the|this|that|my|your|his|her|our|their|such|so|very)[ \t]+$")


# A given name and a nickname in quotes before a surname found alone: 'ANTON "SANDS" QUILLABY', "Anton 'Sands' Quillaby".
_GIVEN_AND_QUOTED_BEFORE = re.compile(r"(?:(?<=[\s|(\[,;:])|^)(?P<given>[A-Z][A-Za-z'\u2019-]{1,20})[ \t]+"
                                      r"[\"\u201c'\u2018][A-Z][A-Za-z]{1,14}[\"\u201d'\u2019][ \t]+$")
# The rest of a word broken by a hyphen at a line's end, on the next line or after a space where a scan joined the lines.
_BROKEN_AFTER = re.compile(r"-(?:[ \t]*\n[ \t]*|[ \t]+)(?P<rest>[a-z\u00df-\u00ff]{2,8})(?![\w'\u2019-])")
# The second of two initials joined by a hyphen after a name ending in the first ("Dilys P" + "-W"), before a cell's
# edge, punctuation or the line's end.
_SECOND_INITIAL_AFTER = re.compile(r"-[A-Z]\.?(?=[ \t]*(?:[|,;)\t]|$))", re.MULTILINE)
_INITIAL_LAST = re.compile(r"[ \t][A-Z]\.?\Z")
# The lower-case rest of a word a scanner split after a name's last capitalised part ("Aarti Sha" + " rma"), before
# punctuation, a cell's edge or the line's end.
_SPLIT_TAIL_AFTER = re.compile(r"[ \t](?P<rest>[a-z]{2,10})(?=[ \t]*(?:[|,;:.)\t]|$|[ \t]{2}|[ \t]+\d))", re.MULTILINE)
_LAST_PART = re.compile(r"(?<![\w'-])(?P<head>[A-Z][a-z]{0,5})\Z")


def _split_surname(text: str, start: int, end: int, split: re.Match[str]) -> bool:
    """Whether a name's last part and the lower-case letters after it are one surname split by a stray space: the rest
    is no word, and the whole is a surname the lists know or the part is no word ("Sha rma", "Fer guson", "Ch ikwanha";
    not "Aarti Shah ran", nor "Orville Fer was")."""
    head = _LAST_PART.search(text, start, end)
    rest = split.group("rest")
    if head is None or head.start() == start or rest in english_words() or rest in ENGLISH_SMALL_WORDS:
        return False
    whole = (head.group("head") + rest).lower()
    return whole not in english_words() and (whole in surnames() or whole in world_surnames()
                                              or len(head.group("head")) <= 2 and len(rest) >= 5)


# Letters after a question mark a transcriber put for a letter they could not read, joined to the name's end.
_UNSURE_LETTERS_AFTER = re.compile(r"(?:\?+[A-Za-z\u00c0-\u017f]+)+(?![\w?])")


def _lettered(text: str, at: int) -> bool:
    """Whether the word before ``at`` takes a letter ("Grade A.", "Table B."): the letter is no initial."""
    words = text[max(0, at - 16):at].split()
    return bool(words) and words[-1].lower().strip("(") in _LETTERED


def _own_initial(text: str, start: int, span: Span) -> bool:
    """Whether the capital just before a surname (or a given name) found alone is the initial of the other part
    of the name it was learned with ("A Nwomer" for Adaeze Nwomer, "signature ....J Wooldridge"): "A" and "I"
    are no initials otherwise."""
    letter = text[start - 2]
    return (text[start - 1] == " " and letter.isupper() and (start == 2 or not text[start - 3].isalnum())
            and _initial_of_the_other_part(text[span.start:span.end], span.key) == letter.lower())


def _own_surname_initial(text: str, end: int, span: Span) -> bool:
    """Whether the capital just after a given name (or a surname) found alone is the initial of the other part of
    the name it was learned with ("Dorota K (Dispensary)" for Dorota Kapinos, "@Arjun V", "Oyenedun T" in a plan
    for Tolu Oyenedun)."""
    return (text[end:end + 1] == " " and text[end + 1:end + 2].isupper() and not text[end + 2:end + 3].isalnum()
            and _initial_of_the_other_part(text[span.start:end], span.key) == text[end + 1].lower())


# A capital that may be written alone after a name as the other part's initial: not "A" or "I" ("asked Raj I
# think", "Kofi A and B" are words and labels as often).
_LONE_INITIALS = frozenset("BCDEFGHJKLMNOPQRSTUVWXYZ")


def _initial_after_one_name(text: str, end: int, span: Span) -> bool:
    """Whether a capital alone just after a name found as one word, and known only so, is the other part's
    initial: "Raj P called back", "Ng K, Drummond-Hay F", "Mo D" in notes and plans that give colleagues a given
    name (or a surname) and an initial. Not after a name of two words or more (the initial would be a third part,
    or a label after it), nor after a part of a name known whole (``_own_surname_initial`` knows its initial)."""
    if not (" " not in span.key and " " not in text[span.start:end].strip() and text[end:end + 1] == " "
            and not text[end + 2:end + 3].isalnum()):
        return False
    letter = text[end + 1:end + 2]
    if letter in _LONE_INITIALS:
        return True
    # (in lower case after a name in lower case, as hurried chat writes it, "dave k logged it"; not a letter spelling
    # the name out, "tadhg t a d h g")
    return letter.upper() in _LONE_INITIALS and letter.islower() and text[span.start:end].islower() \
        and not _SPELLED_ON.match(text, end + 2)


_SPELLED_ON = re.compile(r"[ \t-][a-z](?![\w'])")


def _initial_of_the_other_part(mention: str, key: str) -> str | None:
    """For a given name or a surname found alone, the initial of the other part of the name it was learned with
    (the key, written either way round: "arjun valachovic", "valachovic, arjun"); None otherwise."""
    surname, comma, given = key.partition(",")
    words = given.split() + surname.split() if comma else key.split()
    mention = mention.lower()
    if len(words) < 2 or " " in mention:
        return None
    # (a hyphenated part is several words of the key: "Okafor-Lind" of "a. okafor lind")
    parts = mention.split("-")
    if parts == words[:len(parts)] and len(parts) < len(words):
        return words[-1][0]
    return words[0][0] if parts == words[-len(parts):] and len(parts) < len(words) else None


def _initialled_lower(text: str, span: Span) -> bool:
    """A declared word of unknown kind typed in lower case with a lower-case initial before it ("k. velthorne")."""
    return " " not in span.key and text[span.start:span.end].islower() \
        and _LOWER_BEFORE.search(text, max(0, span.start - 8), span.start) is not None


def attach_initials(spans: Sequence[Span], text: str) -> list[Span]:
    """``spans`` (resolved, in text order) with each person's initials beside the name taken into the span."""
    out: list[Span] = []
    for i, span in enumerate(spans):
        if span.category in ("person", "name") or span.label == "Person" or span.label == "Term" and _initialled_lower(text, span):
            floor = out[-1].end if out else 0
            start, end = span.start, span.end
            if particles := _PARTICLES_BEFORE.search(text, max(0, start - 12), start):
                # (a particle taken alone as a name, the "Van" of "Van der Linde", goes into the surname's span)
                while out and out[-1].end > particles.start() and out[-1].category in ("person", "name") \
                        and out[-1].start >= particles.start():
                    out.pop()
                floor = out[-1].end if out else 0
                if floor <= particles.start():
                    start = particles.start()
            if (nickname := _NICKNAME_BEFORE.search(text, max(floor, start - 12), start)) \
                    and (text[nickname.start()].isupper()
                         or not _DETERMINER_BEFORE.search(text, max(0, nickname.start() - 8), nickname.start())):
                # ("Big Tammo", "little steve": the nickname is the word and the name; "a Little Tammo on nights"
                # too, written with its capital, but not "a big Tom fan")
                start = nickname.start()
            if (quoted := _GIVEN_AND_QUOTED_BEFORE.search(text, max(floor, start - 40), start)) \
                    and is_given_name(quoted.group("given").capitalize()):
                start = quoted.start()  # ('ANTON "SANDS" QUILLABY': the given name and the nickname inside the name)
            before = _BEFORE.search(text, max(floor, start - 10), start)
            if before is None and text[start:end].islower():
                before = _LOWER_BEFORE.search(text, max(floor, start - 8), start)
            if before and not _lettered(text, before.start()):
                start = before.start() + len(before.group()) - len(before.group().lstrip())
            elif start - 2 >= floor and _own_initial(text, start, span):
                start -= 2
            ceiling = spans[i + 1].start if i + 1 < len(spans) else len(text)
            if ((after := _AFTER.match(text, end)) or (text.startswith(",", end) and " " not in text[start:end]
                                                        and (after := _AFTER_COMMA.match(text, end)))) \
                    and after.end() <= ceiling:
                end = after.end()
            elif end + 2 <= ceiling and (_own_surname_initial(text, end, span) or _initial_after_one_name(text, end, span)):
                end += 2
            if (broken := _BROKEN_AFTER.match(text, end)) and broken.end() <= ceiling and text[end - 1].isalpha() \
                    and broken.group("rest") not in ENGLISH_SMALL_WORDS:
                end = broken.end()  # ("Ottoline Quorr- ick": a name broken at a line's end by a hyphen, read off a scan)
            if (second := _SECOND_INITIAL_AFTER.match(text, end)) and second.end() <= ceiling \
                    and _INITIAL_LAST.search(text, start, end):
                end = second.end()  # ("Dilys P-W |": a double-barrelled surname's two initials in a matrix's header)
            elif (split := _SPLIT_TAIL_AFTER.match(text, end)) and split.end() <= ceiling and _split_surname(text, start, end, split):
                end = split.end()  # ("Aarti Sha rma": a surname a scanner split with a space)
            if (unsure := _UNSURE_LETTERS_AFTER.match(text, end)) and unsure.end() <= ceiling:
                end = unsure.end()  # ("ZELINSKA KW?ARTOWA": a letter a transcriber could not read, marked inside the name)
            if (start, end) != (span.start, span.end):
                span = span.moved(start, end)
        out.append(span)
    return out
