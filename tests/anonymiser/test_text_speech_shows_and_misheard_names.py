"""Two shapes of speech: a podcast's or a programme's name, as its host and its show notes say it ("welcome back to
Cleanroom Confidential", "HOPPER HOUR - Episode 12: ..."), and a name speech recognition misheard where the text itself
corrects it ("No, it's mar knee, not Marnie, the captions keep doing it.", "thats drosgol d r o s g o l not dross",
"with przy bora... with me", "Then Yevka... sorry, Dr Kestowe took over").

And a code read out as letters and groups of digits ("lot QK 31 604 C"). Every name here is invented (none occurs in
the evaluation corpus). Look-alikes: a welcome to a place or an event in a text that is no show's, corrections of
things ("it's the hose, not the pump"), pronouns ("it's him, not Marnie"), a speaker repeating a word that is no name ("left mine at home - sorry Marnie", "the crew... with me checking")."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text

FOUND, LEFT = "found", "left"
_NAMING = ("person", "name", "declared", "product", "identifier")

_PODCAST = ("HOPPER HOUR - Episode 12: \"What the granulator told us\"\n"
            "[00:00:00] HOST: Hello and welcome back to Hopper Hour, I'm the host, and this week a guest from a CDMO.\n"
            "[00:00:11] GUEST: Thanks. Long-time listener.\n"
            "SHOW NOTES\nProduced for Hopper Hour by the comms team.")

CASES = [
    (_PODCAST, "Hopper Hour", 0, FOUND),
    (_PODCAST, "HOPPER HOUR", 0, FOUND),
    (_PODCAST, "Hopper Hour", 1, FOUND),
    ("Cleanroom Confidential, episode 7: gowning myths. Subscribe wherever you get your podcasts.",
     "Cleanroom Confidential", 0, FOUND),
    # look-alikes: no show here, or a place or a trade's words welcomed
    ("Welcome to Quality Week, everyone: the stands open at ten.", "Quality Week", 0, LEFT),
    ("Hello and welcome back to Line Two, listeners: the changeover is done.", "Line Two", 0, LEFT),
    # a meeting's welcome, an action's number: no show without an episode or a podcast
    ("Welcome back to Monday Huddle. We are listening to the line leads today.", "Monday Huddle", 0, LEFT),
    ("Action Items #3: Fix Label Printer - nobody was listening.\nAction Items #4: Order Gloves.", "Action Items", 0, LEFT),
    # a code speech recognition wrote as letters and groups of digits, after a word for the record it numbers
    ("the hold is on lot QK 31 604 C until the retest comes back", "QK 31 604 C", 0, FOUND),
    ("I raised a ticket, I think YW 72 18 44, with their help desk.", "YW 72 18 44", 0, FOUND),
    ("Batch 1 was made under ISO 9001 2015 rules.", "ISO 9001 2015", 0, LEFT),
    ("we ran the line at PM 12 30 and nobody saw it.", "PM 12 30", 0, LEFT),
    ("Lot is QK 31 604 C.", "QK 31 604 C", 0, FOUND),
    ("The ticket number from Monday was something like QK 31 60 C, it will be in the log.", "QK 31 60 C", 0, FOUND),
    # standards, sizes, places: no record's word just before, or a standard's letters
    ("The batch met EN 285 2015 requirements.", "EN 285 2015", 0, LEFT),
    ("In any case, we moved to BS 5839 1 last year.", "BS 5839 1", 0, LEFT),
    ("The sample plan uses AQL 1 0 now.", "AQL 1 0", 0, LEFT),
    ("For this job use M 8 20 bolts.", "M 8 20", 0, LEFT),
    ("The batch is PH 7 2 buffer.", "PH 7 2", 0, LEFT),
    ("The job is on line CH 3 4 and room B 12 14.", "B 12 14", 0, LEFT),
    ("The order goes to gate B 2 3 or 4.", "B 2 3", 0, LEFT),
    # a name misheard, corrected by the speaker
    ("Przemo Halt   0:31\nMarnie took the samples.\n\nMaelie Sarto   0:49\nNo, it's mar knee, not Marnie, the captions keep"
     " doing it.", "mar knee", 0, FOUND),
    ("put it on the list for the fitter thats drosgol d r o s g o l not dross the app keeps changing it",
     "dross", 0, FOUND),
    ("Przemo Halt   2:56\nShe did the sign-off with przy bora... with me, on the Tuesday.",
     "przy bora", 0, FOUND),
    ("Then Yevka... sorry, Dr Kestowe took over the review.", "Yevka", 0, FOUND),
    # look-alikes
    ("Marnie said it's the hose, not the pump, that leaks.", "the hose", 0, LEFT),
    ("Marnie said it's him, not Marnie, who signed.", "him", 0, LEFT),
    ("Gloves (left mine at home - sorry Marnie) cost 12.40.", "mine", 0, LEFT),
    ("We cleaned it with the crew... with me checking the seals.", "the crew", 0, LEFT),
    # corrections of things, not names: a determiner, a dictionary word, a possessive, a note no speaker says
    ("It is the supplier, not Dovik Varrow, who must fix the label.", "the supplier", 0, LEFT),
    ("Speaker 1: It is the supplier, not Dovik Varrow, who must fix the label.", "the supplier", 0, LEFT),
    ("Speaker 1: well it's a training issue, not Selvi Crannock's fault", "training issue", 0, LEFT),
    ("Speaker 1: That's the plan, not Ysolde Ostvald's.", "the plan", 0, LEFT),
    ("Speaker 1: That's Ysolde Ostvald, not Finance, approving it.", "Finance", 0, LEFT),
    ("Speaker 1: Send it to QA... to Selvi Crannock", "QA", 0, LEFT),
    ("Speaker 1: Over to Finance... sorry, Selvi Crannock", "Finance", 0, LEFT),
    ("Check with procurement... with me first", "procurement", 0, LEFT),
    ("Speaker 1: Check with procurement... with me first", "procurement", 0, LEFT),
]


@pytest.mark.parametrize("text,mention,nth,want", CASES)
def test_speech_shows_and_misheard_names(text: str, mention: str, nth: int, want: str) -> None:
    starts = [i for i in range(len(text)) if text.startswith(mention, i)]
    start = starts[nth]
    end = start + len(mention)
    result = anonymise_text(text)
    spans = [(f.start, f.end) for f in result.findings if f.category in _NAMING]
    covered = [any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum()]
    assert (FOUND if all(covered) else LEFT if not any(covered) else "partly") == want
