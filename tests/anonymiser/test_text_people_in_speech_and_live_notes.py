"""People as transcripts of speech and notes typed live write them: an interviewer's notes in lower case
("interviewers: rodolfo quintanal (lead), k. velthorne (HR), me (qv) taking notes"), a clipped given name that is also
a word ("opening from rod", "rod said"), initials acting in notes ("ZB liked this"), a title and a surname quoted in
lower case ('ref = "mrs gostwick"'), initials read out of a log book ('initials "K.T."'), a name with an honorific,
a caller's name at a voicemail's start, a roster typed in lower case, a name spelled letter by letter.

Every name here is invented (none occurs in the evaluation corpus). Each row gives the text, the mention to check, the
declared terms and whether it must be found (every letter in a finding naming someone) or left alone (no letter in
one: look-alikes, ordinary words that share the shape)."""
from __future__ import annotations

import re

import pytest

from anonymiser.text.engine import anonymise_text

_NAME_CATEGORIES = ("person", "name", "declared")
FOUND, LEFT = "found", "left"


def _outcome(text: str, mention: str, terms: tuple[str, ...], nth: int) -> str:
    matches = list(re.finditer(rf"(?<![\w]){re.escape(mention)}(?![\w])", text))
    assert len(matches) > nth, f"{mention!r} is not in {text!r}"
    start, end = matches[nth].span()
    result = anonymise_text(text, terms=terms)
    spans = [(f.start, f.end) for f in result.findings if f.category in _NAME_CATEGORIES]
    covered = [any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum()]
    if all(covered):
        return FOUND
    return LEFT if not any(covered) else "partly"


_NOTES = ("2nd interview - shift chemist role\n"
          "interviewers: rodolfo quintanal (lead), k. velthorne (HR), me (qv) taking notes\n"
          "09:40 opening from rod. covered the rota + the lab systems.\n"
          "09:52 q3 (ZB) deviations - clear examples of trending\n"
          "- asked about shared accounts: \"not on my watch\" - ZB liked this\n"
          "- reference checked by phone (ref = \"mrs gostwick\") then the form next week\n"
          "- asked how big the lab is - rod said 6 + two students\n"
          "- the rod was bent so she used a rod to lever the guard, fair enough\n"
          "file saved to the share - qv\n")

_ROSTER = ("present: ifor, torben k, wren, yi-fen, tavish, ingvar (vendor, dialled in)\n"
           "- ifor: the conveyor guard is back on\n- yi-fen: draft protocol with QA for comments\n")

CASES = [
    # a clipped given name that is a word, where the notes type the person's full name in lower case
    (_NOTES, "rod", (), 0, FOUND),          # "opening from rod."
    (_NOTES, "rod", (), 1, FOUND),          # "rod said 6"
    (_NOTES, "rod", (), 2, LEFT),           # "the rod was bent": an article before it
    (_NOTES, "rod", (), 3, LEFT),           # "a rod to lever": an article before it
    # a lower-case initial before a declared surname typed in lower case
    (_NOTES, "k. velthorne", ("Velthorne",), 0, FOUND),
    # the note-taker's own initials, and where they sign the notes off
    (_NOTES, "qv", (), 0, FOUND),
    (_NOTES, "qv", (), 1, FOUND),
    # initials already read as a person's, doing what a person does
    (_NOTES, "ZB", (), 1, FOUND),
    # a title and a surname quoted in lower case
    (_NOTES, "gostwick", (), 0, FOUND),
    # initials read out of a log book in an interview
    ('the balance log for that day has initials "K.T." against the check, nothing else.', "K.T.", (), 0, FOUND),
    ("the log was initialled QX at 06:10 and nobody queried it.", "QX", (), 0, FOUND),
    # a name with an honorific, as a transcript writes what was said
    ("We asked Hosokawa-san about the spare grippers and she said next month.", "Hosokawa", (), 0, FOUND),
    ("The anti-san coating and the Mon-kun stand were on the list.", "anti", (), 0, LEFT),
    # a given name in lower case quoted after the role of the person it names (a word too, "sonny")
    ('- label stock mixed up at the printer, spotted by operator "sonny" on lates', "sonny", (), 0, FOUND),
    ('- the operator "admin" account was shared on nights', "admin", (), 0, LEFT),
    # the name a caller gives for themselves at a voicemail's start, a word speech recognition misheard it as
    ('"Elspet it\'s Wistful again, about the pallet count on bay four."', "Wistful", (), 0, FOUND),
    ("Hi Gethwin, this is Quarrie calling from stores about the pallets.", "Quarrie", (), 0, FOUND),
    ("It's Monday again and the line is down.", "Monday", (), 0, LEFT),
    ("So it's Reception here, a parcel came for the lab.", "Reception", (), 0, LEFT),
    ("Hi all, it's Quiet here today so we ran the line. Nobody was quiet on nights.", "Quiet", (), 0, LEFT),
    # a diarised transcript's unmatched speaker, and a speaker's hesitation, are nobody
    ("[SPEAKER_03] 04:12 Has the filter been swapped?\n[SPEAKER_02] 04:15 Not yet, after the break.", "SPEAKER_03", (), 0, LEFT),
    ("Right. Umm, the filter housing was cracked on the left side.", "Umm", (), 0, LEFT),
    # who was there, listed in lower case: given names, a word ("wren"), a hyphened name, a name and an initial
    (_ROSTER, "torben k", (), 0, FOUND),
    (_ROSTER, "wren", (), 0, FOUND),
    (_ROSTER, "yi-fen", (), 0, FOUND),
    (_ROSTER, "yi-fen", (), 1, FOUND),
    # a department or a dictionary word in a roster of names is a team, no person
    ("present: ifor, tavish, maintenance, qa\n- ifor: guard back on\n", "maintenance", (), 0, LEFT),
    ("present: ifor, tavish, maintenance, qa\n- ifor: guard back on\n", "qa", (), 0, LEFT),
    ("present: ifor, tavish, planning, purchasing\n- ifor: guard back on\n", "planning", (), 0, LEFT),
    ("present: everyone, the qa team, ops\n- ops: line 2 changeover", "everyone", (), 0, LEFT),
    ("attendees: ops, qa, eng, hr\n- qa: nothing new", "ops", (), 0, LEFT),
    # a name spelled letter by letter after words of a letter ("with a w"): the run's last letters spell it
    ("the sampler was ingvar thats ingvar with a v i n g v a r and he logged it", "i n g v a r", (), 0, FOUND),
    ("the grades were a b a a b c across the panel", "a b a a b c", (), 0, LEFT),
    # look-alikes: no initials
    ("the initials are unclear on the scan, see the original.", "unclear", (), 0, LEFT),
    ('the vial was marked "OK" by the operator, initials "NO" were not used.', "NO", (), 0, LEFT),
    # "me (..)" holding a word, not initials
    ("the supervisor told me (in the office) to stop the line.", "in", (), 0, LEFT),
    # a clipped name in lower case where nobody's full name is typed in lower case: a word
    ("Rodolfo Quintanal chaired. The rod said to be bent was replaced by stores.", "rod", (), 0, LEFT),
]


@pytest.mark.parametrize("text,mention,terms,nth,want", CASES)
def test_people_in_speech_and_live_notes(text: str, mention: str, terms: tuple[str, ...], nth: int, want: str) -> None:
    assert _outcome(text, mention, terms, nth) == want
