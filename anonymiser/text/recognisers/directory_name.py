"""A person in a directory's distinguished name: "CN=Surname\\, Given,OU=Staff,DC=corp,DC=local".

Active Directory and LDAP exports (a user's ``manager``, a group's ``member`` and ``managedBy``, a certificate's
subject) print a person's common name surname first, the comma between surname and given names escaped with a
backslash so that it does not end the name. The value after "CN=" runs to the next unescaped comma (before the next
key, "OU=", "DC=") or the end of the quoted cell or the line. An escaped comma between two runs of capitalised words
(an initial may end it: "Smith\\, Alan J") is a person's "Surname, Given"; a container's name ("CN=Users",
"CN=Domain Admins") has no escaped comma, and a pair of dictionary words ("CN=Sales\\, North") is no one.
"""
from __future__ import annotations

import re

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from anonymiser.text.recognisers.person_names import is_given_name

_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019-]*"
_NAME = re.compile(
    r"(?<![\w-])(?i:cn)=[ \t]?"
    rf"(?P<value>{_WORD}(?:[ \t]{_WORD}){{0,2}}\\,[ \t]?{_WORD}(?:[ \t](?:{_WORD}|[A-Z]\.?)){{0,2}})"
    r"(?=[ \t]*(?:,|\"|'|;|\n|$|\)|/))")
_WORDS = re.compile(r"[^\W\d_]+")


def _person(match: re.Match[str], doc: Document) -> bool:
    surname, _, given = match.group("value").partition("\\,")
    words = _WORDS.findall(surname + " " + given)
    if not words:
        return False
    first_given = _WORDS.findall(given)[0]
    if is_given_name(first_given.capitalize()):
        return True
    return not all(w.lower() in english_words() for w in words if len(w) > 1)


RECOGNISER = PatternRecogniser(
    name="directory_name",
    category="person",
    label="Person",
    patterns=(Pattern(_NAME, 0.85, "value", anchor=re.compile(r"cn="), requires=re.compile(r"\\,")),),
    validate=_person,
    reason="A person's common name in a directory's distinguished name",
)
