"""Forum and social-media handles and user names: "Posted by mbarasa_ops", "Reply from @jo_lab",
"u/cleanroom_kev", "username: pkarlsson", "User j.osei re-integrated the peak", and any @-mention
("on X at @DeclanMoriartyPPW"). A handle is a single token of letters, digits, "_", "." or "-" after
a word that introduces a poster or a user; in lower case or with an underscore or digit (capitalised
words after these cues are names, which the person recognisers read). After a bare "user" (no
colon) it must hold a dot, an underscore or a digit: "user interface" is no user."""
from __future__ import annotations

import re

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from anonymiser.text.wordtrie import trie_pattern

_CUE = (r"(?:posted|replied|reposted|shared|written|asked|answered|started|quoted)[ \t]+by|reply[ \t]+from|"
        r"(?:forum[ \t]+name|username|user[ \t]+name|user|handle|screen[ \t]+name|gamertag)[ \t]*:|u/|user[ \t]+")
_HANDLE = re.compile(
    rf"(?i:{_CUE})[ \t]*@?(?P<handle>[A-Za-z0-9][A-Za-z0-9_.-]{{1,30}}[A-Za-z0-9])(?![\w@-]|\.[A-Za-z])")
_ANCHOR = re.compile(trie_pattern("posted replied reposted shared written asked answered started quoted reply forum user "
                                   "handle screen gamertag u/".split()))
_WORDS = frozenset("""the a an our my his her their your its this that me us him them you someone anyone everyone all
    admin moderator mod guest staff team email e-mail phone post thread message name
    all here channel everyone""".split())


# "@DeclanMoriartyPPW", "@jo_lab": a mention, not inside an e-mail address (the recogniser skips a match
# glued to a word before it) nor a domain after it.
_MENTION = re.compile(r"@(?P<handle>[A-Za-z][A-Za-z0-9_]{1,30})(?![\w@-]|\.[A-Za-z])")
_BARE_USER = re.compile(r"(?i:user)[ \t]")


def _looks_like_a_handle(match: re.Match[str], doc: Document) -> bool:
    handle = match.group("handle")
    if handle.lower() in _WORDS:
        return False
    if match.group().startswith("@"):
        return True
    if _BARE_USER.match(match.group()):
        return any(c in "._" or c.isdigit() for c in handle)
    # "Posted by Wanjiru" is a name (the person recognisers'); "posted by mbarasa_ops" a handle
    if "_" in handle or any(c.isdigit() for c in handle):
        return True
    return handle.islower() and len(handle) >= 4 and match.group().lower().startswith(_LABELS)


_LABELS = ("u/", "user", "handle", "screen", "gamertag", "forum")


RECOGNISER = PatternRecogniser(
    name="handle",
    category="contact",
    label="Handle",
    patterns=(Pattern(_HANDLE, 0.8, group="handle", anchor=_ANCHOR), Pattern(_MENTION, 0.8, group="handle")),
    validate=_looks_like_a_handle,
    reason="Forum or social-media handle",
)
