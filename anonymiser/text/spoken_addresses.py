"""E-mail addresses and websites read out, as speech recognition, captions and dictation write them down:
"a dot nnamdi at castlegate healthcare dot co dot uk", "j dot o apostrophe riordan at ...", "k wexley all one
word at northbrae dot com", "j, w, e, x, l, e, y, at ...", "qa at northbrae.co.uk", "w w w dot northbrae labs dot
co dot uk forward slash careers", "go to northbrae dot com".

Each is found from its spoken ending ("dot com", "dot co dot uk", or a domain written with its dots after "at")
backwards. Read by ``recognisers.spoken_contact``; no recogniser itself.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from anonymiser.text.languages import ENGLISH_SMALL_WORDS
from anonymiser.text.spoken_numbers import CUE_BREAK, TOKEN

_WORD = r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?"
_S = rf"(?:[ \t]+|[ \t]*\n[ \t]*|{CUE_BREAK})"  # (a caption's line may break anywhere, and a caption end)
_JOIN = rf",?{_S}(?:dot|underscore|dash|hyphen|point|apostrophe),?{_S}"
# Letters spelled one by one, with or without commas: "j w e", "I, F, E,".
_LETTERS = rf"(?:[a-z],?{_S})*"
# (countries' endings that are no English words too: "... dot cz", "dot ae", "dot cn"; not "in", "no", "at", "is")
_TLD_WORDS = (r"(?:com|org|net|uk|eu|ie|de|fr|nl|io|info|ch|it|es|be|pl|se|dk|fi|us|ca|biz|ai|tech|bio|health|pharma|"
              r"cz|sk|ae|cn|jp|sg|hk|au|nz|za|pt|hu|ro|gr|lt|lv|ee|tw|kr|br|mx|"
              r"scot|wales|cymru|london|c[ \t]+o[ \t]+m|u[ \t]+k|d[ \t]+e|i[ \t]+e|e[ \t]+u|n[ \t]+l|c[ \t]+h|i[ \t]+o|"
              r"a[ \t]+i)")  # (or spelled: "u k", "c o m")
_SECOND_LEVEL = r"(?:co|org|ac|nhs|gov|ltd|plc|com|c[ \t]+o)"
# (a second level before a country's ending: "co dot uk", "co dot in", "com dot cn", "co dot za")
_TLD_FROM_DOT = rf"dot{_S}(?:{_SECOND_LEVEL}{_S}dot{_S}(?:uk|u[ \t]+k|au|nz|in|za|jp|cn|ae|sg|hk|br|mx|tr|my|kr|tw)|{_TLD_WORDS})(?![a-z'])"
_SPOKEN_TLD = re.compile(rf"{_S}{_TLD_FROM_DOT}")
# (Speed: led by whitespace, ``_SPOKEN_TLD`` is tried at every position of a text. Each of its matches holds one of
# ``_TLD_FROM_DOT``, led by a literal ``re`` skips ahead to and in few texts: a text without one is not scanned.)
_TLD_FROM_DOT_SCAN = re.compile(_TLD_FROM_DOT)


def _spoken_tlds(lower: str) -> Iterator[re.Match[str]]:
    """``_SPOKEN_TLD.finditer(lower)``."""
    if _TLD_FROM_DOT_SCAN.search(lower) is None:
        return iter(())
    return _SPOKEN_TLD.finditer(lower)
# What a speaker says inside an address to help the listener: "all one word", "lower case", "no spaces".
_ASIDE = rf"(?:,?{_S}(?:all[ \t]+)?(?:one[ \t]+word|lower[ \t]*case|small[ \t]+letters|no[ \t]+spaces|no[ \t]+dots?),?)?"
# The local part: spelled letters, words joined by "dot"/"underscore"/"apostrophe", digits said after ("seven two").
# (not the "s" of "it's", "that's" said before it)
_LOCAL = rf"(?<![a-z0-9])(?!(?<=['\u2019])s\b){_LETTERS}{_WORD}(?:{_JOIN}{_LETTERS}{_WORD})*(?:{_S}{TOKEN}){{0,4}}{_ASIDE}"
# ("@" as some speech recognition writes it; "malwen", the snail, as Welsh says it)
_AT = rf",?{_S}(?:at(?:[ \t]+(?:sign|symbol))?|@|malwen),?{_S}"
_DOMAIN = rf"(?:(?:[a-z],?{_S}){{2,30}}[a-z]|{_WORD}(?:(?:{_S}|{_JOIN}){_WORD}){{0,3}}){_ASIDE}"
# Before the ending: the local part, "at" (or "at sign"), and the domain ("castlegate healthcare", "cryo dash tech").
_BEFORE_TLD = re.compile(rf"(?P<local>{_LOCAL}){_AT}{_DOMAIN}$")
# "qa at northbrae.co.uk": the domain written with its dots by speech recognition, the rest spoken.
_WRITTEN_DOMAIN = re.compile(
    r"at(?<=[ \t\n]at)[ \t]+(?!www\.)[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:co\.uk|org\.uk|ac\.uk|nhs\.uk|nhs\.net|com|org|net|eu|ie|"
    r"de|fr|nl|io|ch|it|es|be|pl|se|dk|us|bio|cz|sk|ae|cn|jp|sg|hk|au|nz|za|pt|hu|fi|no|at|in)(?![\w/-]|\.[a-z0-9])")
_LOCAL_BEFORE_AT = re.compile(rf"{_LOCAL},?{_S}$")
# A word for e-mail just before a transcript's "... at northbrae.co.uk" written with capitals (no uncased speech).
_MAIL_CUE = re.compile(r"\b(?:e-?mail|mail|address|send|sent|write|contact|reach)\b(?:[ \t]+(?:me|us|him|her|them|it|is|it's|to|on|at|address))*[ \t,:]*$")
# The word before a spoken address's local part, which a mailbox's name of two words begins ("lims support at
# ..."), unless it is a small word or one said before an address ("e mail", "send", "contact", "is").
_LOCAL_WORD_BEFORE = re.compile(r"(?<![a-z0-9])([a-z]{2,12})[ \t]+$")
_SAID_BEFORE_ADDRESS = frozenset("""mail email send sent contact write wrote reach address is it's thats that's me him her
    them us via cc copy forward forwarded reply respond ping drop message mailbox inbox account""".split())
# Words said before "at" that are no mailbox: "have a look at ...", "find us at ...", "we're based at ...".
_NO_MAILBOX = ENGLISH_SMALL_WORDS | frozenset("""look looking looked find found visit visiting online based available
    located site website page us me him them here there stop stay staying arrive arrived work works working meet
    meeting see seen aimed signed logged live""".split())


def addresses(lower: str, in_speech: Callable[[int], bool]) -> Iterator[tuple[int, int]]:
    """Where each e-mail address read out starts and ends (with a domain written with its dots, on lines of
    speech or after a word for e-mail only: elsewhere "visit us at northbrae.com" is a website)."""
    if " dot " in lower or "\ndot " in lower:
        for tld in _spoken_tlds(lower):
            start = _address_start(lower, tld.start())
            if start is not None:
                yield start, tld.end()
    if " at " in lower:
        for domain in _WRITTEN_DOMAIN.finditer(lower):
            local = _LOCAL_BEFORE_AT.search(lower, max(0, domain.start() - 120), domain.start())
            if local and _a_mailbox(local.group().rstrip(", \t\n")) and (
                    in_speech(domain.start()) or _MAIL_CUE.search(lower, max(0, local.start() - 40), local.start())):
                yield _with_word_before(lower, local.start()), domain.end()


_LINES_BACK = 5  # (this line and the one before, or a caption's cue, its times and a blank line between)


def _address_start(lower: str, tld_start: int) -> int | None:
    """Where the address ending at a spoken top-level domain starts (this line and the one before), if one does."""
    line_start = tld_start
    for _ in range(_LINES_BACK):
        line_start = lower.rfind("\n", 0, max(line_start - 1, 0))
    line_start += 1
    before = _BEFORE_TLD.search(lower, max(line_start, tld_start - 160), tld_start)
    if not before or not _a_mailbox(before.group("local")) or _WWW_AFTER_AT.search(before.group()):
        return None
    return _with_word_before(lower, before.start(), line_start)


def _a_mailbox(local: str) -> bool:
    """Whether a local part read out is a mailbox's: not words of a sentence before "at" ("have a look at")."""
    words = local.replace(",", " ").split()
    return not words or words[-1] not in _NO_MAILBOX or bool(_JOIN_WORDS & set(words))


_JOIN_WORDS = frozenset({"dot", "underscore", "dash", "hyphen", "point", "apostrophe"})


def _with_word_before(lower: str, start: int, line_start: int = 0) -> int:
    """The local part's start, with the word before it when that begins a mailbox's name of two words."""
    word = _LOCAL_WORD_BEFORE.search(lower, max(line_start, start - 16), start)
    if word and word.group(1) not in ENGLISH_SMALL_WORDS and word.group(1) not in _SAID_BEFORE_ADDRESS \
            and word.group(1) not in _NO_MAILBOX:
        return word.start(1)  # "lims support at ashcombe pharma dot co dot uk": a mailbox of two words
    return start


# A website read out: its scheme ("h t t p s colon slash slash"), "w w w dot" ("triple w", "dub dub dub"), or a
# word before it saying it is one ("go to", "visit", "on our website"); then a path ("forward slash careers").
_SCHEME = rf"(?:h{_S}?t{_S}?t{_S}?p(?:{_S}?s)?|https?)(?:{_S}colon)?(?:{_S}(?:forward{_S})?slash){{1,2}}{_S}"
_WWW = (rf"(?:w,?{_S}w,?{_S}w|www|(?:triple|treble){_S}(?:w|double{_S}u)|dub{_S}dub{_S}dub"
        rf"|double{_S}u{_S}double{_S}u{_S}double{_S}u)")
_WWW_AFTER_AT = re.compile(rf"{_AT}{_WWW}{_S}dot")  # ("look at w w w dot ...": a website)
_SITE_BEFORE = re.compile(rf"(?<![a-z0-9])(?:(?:{_SCHEME})?{_WWW}{_S}dot{_S}|{_SCHEME})"
                          rf"{_WORD}(?:(?:{_S}|{_JOIN}){_WORD}){{0,2}}$")
_DOMAIN_WORDS = re.compile(rf"{_WORD}(?:(?:[ \t]+|{_JOIN}){_WORD}){{0,2}}$")
_SITE_CUE = re.compile(r"(?:\b(?:go|goes|going|head|heading)(?:[ \t]+over)?[ \t]+to|\bvisit(?:ing)?|\bwebsite(?:[ \t]+is)?|"
                       r"\bsite(?:[ \t]+is)?|\bweb[ \t]+address(?:[ \t]+is)?|\bcheck[ \t]+out|\bonline[ \t]+at|"
                       r"\bfind[ \t]+(?:us|it|them|more|out[ \t]+more)[ \t]+(?:at|on)|\bat|\bon)[ \t,:]*$")
_PATH = re.compile(rf"(?:,?{_S}(?:forward{_S})?slash{_S}{_WORD}(?:{_JOIN}{_WORD})*)+")
_NOT_DOMAIN = ENGLISH_SMALL_WORDS | frozenset("""go to visit website site address check out online find us it them
    more head over web our my dot""".split())


def websites(lower: str) -> Iterator[tuple[int, int]]:
    """Where each website read out starts and ends (an address's "at ... dot com" is no website)."""
    for tld in _spoken_tlds(lower):
        line_start = lower.rfind("\n", 0, tld.start()) + 1
        low = max(line_start, tld.start() - 120)
        path = _PATH.match(lower, tld.end())
        end = path.end() if path else tld.end()
        if site := _SITE_BEFORE.search(lower, low, tld.start()):
            yield site.start(), end
        elif (start := _named_domain_start(lower, low, tld.start())) is not None \
                and (_SITE_CUE.search(lower, max(0, start - 30), start) or path):
            yield start, end


def _named_domain_start(lower: str, low: int, tld_start: int) -> int | None:
    """Where the words of a domain said before a top-level domain start: up to three words, none a small word
    or a word that says a website follows ("the dot com boom" has none)."""
    found = _DOMAIN_WORDS.search(lower, low, tld_start)
    if not found:
        return None
    start = found.start()
    for word in re.finditer(r"[a-z0-9][a-z0-9._-]*", found.group()):
        if word.group() in _NOT_DOMAIN or re.fullmatch(TOKEN, word.group()):
            start = found.start() + word.end()
    rest = lower[start:tld_start].lstrip(" \t,")
    return tld_start - len(rest) if rest else None


# "at kestrow pharma on linkedin", "at northbrae underscore labs on instagram": a social media handle read out.
_HANDLE = re.compile(
    r"(?<![a-z])at[ \t]+(?P<handle>[a-z0-9]+(?:[ \t]+(?:underscore[ \t]+)?[a-z0-9]+){0,3})[ \t]+on[ \t]+"
    r"(?:twitter|x|instagram|insta|linkedin|bluesky|blue[ \t]+sky|threads|tiktok|tik[ \t]+tok|youtube|mastodon|"
    r"facebook)(?![a-z])")


_NETWORKS = ("twitter", "on x", "insta", "linkedin", "blue", "threads", "tik", "youtube", "mastodon", "facebook")


def handles(lower: str) -> Iterator[tuple[int, int]]:
    """Where each social media handle read out ("at" and its words, before "on linkedin") starts and ends."""
    if not any(network in lower for network in _NETWORKS):
        return
    for handle in _HANDLE.finditer(lower):
        words = handle.group("handle").split()
        if not any(word in _NOT_DOMAIN or word in _NO_MAILBOX for word in words):
            yield handle.start(), handle.end("handle")


# "I, F, E, O, M, A, dot, N, W, A, C, H, U, K, W, U": a mailbox spelled letter by letter, its "dot" said.
# (Speed, the same matches as "(?<![a-z'])(?:[a-z],?{_S})+[a-z]…", tried in the same order: led by the first letter,
# the character before it looked behind at; led by a look-behind, the pattern was tried at every position.)
_SPELLED_ADDRESS = re.compile(
    rf"[a-z](?<![a-z'][a-z]),?{_S}(?:[a-z],?{_S})*[a-z](?:,?{_S}(?:dot|underscore|at),?{_S}(?:[a-z],?{_S})+[a-z])+(?![a-z'])")
_FEWEST_SPELLED = 6


def spelled_addresses(lower: str) -> Iterator[tuple[int, int]]:
    """Where each mailbox spelled out letter by letter, with its "dot" or "at" said, starts and ends."""
    for spelled in _SPELLED_ADDRESS.finditer(lower):
        letters = re.sub(r"dot|underscore|at|[^a-z]", "", spelled.group())
        if len(letters) >= _FEWEST_SPELLED:
            yield spelled.span()


# A mailbox said without its domain, the listener told where it lives: "wenna dot mabry, same domain", "y underscore
# tollan at the same domain", "same domain, so wenna dot mabry"; or told how it differs from one they know: "her address
# is the same as mine but ysolde". Each is found from its "same" (``re`` skips ahead to it), the rest read beside it.
_SAME = re.compile(r"same(?<![a-z]same)(?![a-z])")
_MAILBOX_WORDS = rf"{_WORD}(?:{_JOIN}{_WORD})+"
_BEFORE_SAME = re.compile(rf"(?<![a-z0-9])(?P<local>{_MAILBOX_WORDS}),?{_S}(?:at{_S})?(?:the{_S})?$")
_SAME_WHAT = re.compile(rf"same{_S}(?:domain|address|company|as[ \t]+(?:mine|me|his|hers|ours|theirs|yours|before|above))\b")
_SAME_DOMAIN_THEN = re.compile(
    rf"same{_S}(?:domain|address)(?:{_S}as{_S}(?:mine|me|his|hers|ours|theirs|yours|before))?,?{_S}"
    rf"(?:(?:it's|its|just|so|but|then)[ \t,]+)?(?P<local>{_MAILBOX_WORDS})")
_SAME_BUT = re.compile(
    r"same[ \t]+as[ \t]+(?:mine|his|hers|ours|theirs|yours|before|my[ \t]+\w+)"
    rf",?[ \t]+(?:but|except|only|just)[ \t]+(?:with[ \t]+|it's[ \t]+|its[ \t]+)?(?P<local>{_WORD}(?:{_JOIN}{_WORD})*)")
_ADDRESS_BEFORE = re.compile(r"\b(?:address|e-?mail|mail)\b[^.\n]{0,30}$")
_NEAR_SAME = 80


def domainless_mailboxes(lower: str) -> Iterator[tuple[int, int]]:
    """Where each mailbox said without its domain starts and ends ("wenna dot mabry, same domain")."""
    for same in _SAME.finditer(lower):
        at = same.start()
        if _SAME_WHAT.match(lower, at) and (before := _BEFORE_SAME.search(lower, max(0, at - _NEAR_SAME), at)):
            yield before.span("local")
        if after := _SAME_DOMAIN_THEN.match(lower, at):
            yield after.span("local")
        elif (but := _SAME_BUT.match(lower, at)) and _ADDRESS_BEFORE.search(lower, max(0, at - 40), at) \
                and but.group("local") not in ENGLISH_SMALL_WORDS and but.group("local") not in _NO_MAILBOX:
            yield but.span("local")
