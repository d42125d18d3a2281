"""Numbers read out, as speech recognition, captions and call notes write them down: the words of a number
("oh one six", "double four", "treble seven", "seven hundred", "forty four"), the digits they spell, and the
pieces of one number said with something between them ("oh one six three two, erm, nine six oh ...",
"... nine six. sorry, that's nine six oh four one seven", a caption's cue or the other speaker's "yep" between
two halves).

Read by ``recognisers.spoken_contact``; no recogniser itself.
"""
from __future__ import annotations

import re

DIGIT = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|o)(?![a-z])"
TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# ("double four", "treble seven": British speech; "double-oh" as some transcripts hyphenate it)
REPEAT = r"(?:double|triple|treble)"
TOKEN = (rf"(?:{REPEAT}[ \t-]+{DIGIT}|{TENS}(?:[ \t-]+(?!oh\b|o\b|zero\b|nought\b){DIGIT})?|{TEEN}|{DIGIT}"
         rf"|hundred|\d{{1,5}})")
_TOKEN_PART = re.compile(rf"({REPEAT})[ \t-]+{DIGIT}|({TENS})(?:[ \t-]+({DIGIT}))?|{TEEN}|\d+|hundred|{DIGIT}")

_UNITS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_UNITS.update(oh="0", o="0", nought="0")
_TEN_VALUES = {w: str(i) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_TEEN_VALUES = {w: str(i) for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 10)}
_TIMES = {"double": 2, "triple": 3, "treble": 3}


def digits(run: str) -> str:
    """The digits a run of number words spells: "four five double oh two one" → "450021", "treble seven" → "777"."""
    out: list[str] = []
    for part in _TOKEN_PART.finditer(run):
        word = part.group()
        if part.group(1):
            out.append(_UNITS[re.split(r"[ \t-]+", word)[-1]] * _TIMES[part.group(1)])
        elif part.group(2):
            out.append(_TEN_VALUES[part.group(2)] + (_UNITS[part.group(3)] if part.group(3) else "0"))
        elif word in _TEEN_VALUES:
            out.append(_TEEN_VALUES[word])
        elif word == "hundred":
            out.append("00")
        elif word.isdigit():
            out.append(word)
        else:
            out.append(_UNITS[word])
    return "".join(out)


_YEAR = re.compile(rf"(?:twenty|nineteen)[ \t]+(?:{TENS}(?:[ \t]+{DIGIT})?|{TEEN}|oh[ \t]+{DIGIT})")


def year_like(run: str) -> bool:
    """"twenty twenty four", "nineteen ninety nine": a year, not a number to redact as a contact."""
    return bool(_YEAR.fullmatch(run.replace("-", " ").strip()))


# What may stand between two pieces of one telephone number read out: pauses and full stops ("oh one six three
# two. nine six oh."), a dictated "comma", fillers and corrections ("erm", "sorry, that's", "I mean", "scrap that"), the listener's turn ("yep",
# "got that", "go on") after a speaker's label, a caption's cue number and times, a transcript's "[inaudible]".
_FILLER = (r"(?:erm|um+|uh+|er|ah|eh|hmm+|mm+|mhm|uh[ -]huh|sorry|so|that's|thats|that[ \t]+is|it's|its|i[ \t]+mean|no|"
           r"wait|hang[ \t]+on|let[ \t]+me[ \t]+see|again|then|and|yeah|yes|yep|ok|okay|right|got[ \t]+(?:it|that)|"
           r"go[ \t]+on|the[ \t]+rest[ \t]+is|and[ \t]+then|comma|scrap[ \t]+that|scratch[ \t]+that)(?![a-z'])")
_CUE = r"\n[ \t]*(?:\d+[ \t]*\n)?[ \t]*[\d:.,]+[ \t]*-->[ \t]*[\d:.,]+[^\n]*"
# Between two words of one thing said over two captions: the line break, the next cue's number and times.
CUE_BREAK = rf"[ \t]*\n?{_CUE}\n[ \t]*(?:<v[^>]*>)?"
_LABEL = r"\n[ \t]*(?:\[?[\d:.]+\]?[ \t]*)?[a-z][a-z0-9 .'()_-]{0,30}:"
_MARK_UP = r"<v[^>]*>|</v>|\[[a-z ]{1,20}\]|\((?:inaudible|crosstalk|pause)\)"
_GAP = re.compile(rf"(?:[\s,.;:!?-]|{_FILLER}|{_CUE}|{_LABEL}|{_MARK_UP})+")
_LONGEST_GAP = 100
_LETTER = re.compile(r"[a-z]")
# A gap with the other speaker's turn or a caption's cue in it: each piece is a span of its own.
TURN = re.compile(rf"{_CUE}|{_LABEL}")


def phone_start(number: str) -> bool:
    """Whether digits begin as a telephone number read out does: "0" (UK), "00" or "44" (abroad)."""
    return number.startswith(("0", "44"))


def complete_phone(number: str) -> bool:
    """Whether digits are as many as a whole telephone number beginning so has: 10 or 11 after "0", 11 to 15
    after "00" (an international call, "00 800" a freephone number worldwide), 12 after "44" (the UK's code
    read without "plus")."""
    if number.startswith("00"):
        return 11 <= len(number) <= 15
    if number.startswith("0"):
        return 10 <= len(number) <= 11
    return number.startswith("44") and len(number) == 12


# A speaker correcting themselves says the group again: "nine six, sorry, nine six oh four one seven".
_CORRECTION = re.compile(r"(?<![a-z])(?:sorry|no|wait|i[ \t]+mean|again|scratch[ \t]+that|scrap[ \t]+that)(?![a-z])")


def _corrected(said: str, again: str) -> str:
    """The digits said before a correction and the digits said after it, the group said again once:
    "0163296" then "960417" → "01632960417"; or, when the number was whole, the last group said again
    differently: "07700900416", "no sorry, scrap that, four six one" → "07700900461"."""
    for overlap in range(min(len(said), len(again)), 0, -1):
        if said.endswith(again[:overlap]):
            return said[:-overlap] + again
    if complete_phone(said) and len(again) < len(said) and complete_phone(replaced := said[:-len(again)] + again):
        return replaced
    return said + again


def joined_pieces(lower: str, runs: list[tuple[int, int]], start_digits: str) -> list[tuple[int, int]]:
    """The runs after the first that go on the telephone number the first began (``start_digits`` its digits): each
    after a gap of fillers, pauses or the other speaker's turn, as many as make the longest whole number. Empty
    when they make none (the first run is then a number of its own, or none)."""
    number, taken, best = start_digits, [], []
    end = runs[0][1]
    for start, stop in runs[1:]:
        if not _LETTER.search(lower, start, stop):
            continue  # (figures in a gap: a caption's cue "00:01:42,700", read as no piece)
        gap = lower[end:start]
        if len(gap) > _LONGEST_GAP or not _GAP.fullmatch(gap):
            break
        number = _corrected(number, digits(lower[start:stop])) if _CORRECTION.search(gap) else \
            number + digits(lower[start:stop])
        if len(number) > 15:
            break
        taken.append((start, stop))
        end = stop
        if complete_phone(number):
            best = list(taken)
    return best


def corrected_group(lower: str, runs: list[tuple[int, int]], end: int, number: str) -> tuple[int, int, str] | None:
    """The group of a whole telephone number said again differently just after it, with a correction between
    ("... four one six, no sorry, scrap that, four six one"): where it is said and the number it makes; None when
    the next run is no such group."""
    for start, stop in runs:
        if start < end:
            continue
        gap, group = lower[end:start], digits(lower[start:stop])
        if len(gap) <= _LONGEST_GAP and _GAP.fullmatch(gap) and _CORRECTION.search(gap) and len(group) < len(number) \
                and (fixed := _corrected(number, group)) != number and complete_phone(fixed):
            return start, stop, fixed
        return None
    return None
