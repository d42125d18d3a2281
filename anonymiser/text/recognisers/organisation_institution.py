"""Universities, colleges, hospitals, networks and forums, which have no legal suffix or sector word:
"University of Reading", "Abertay University", "Queen's University Belfast", "Imperial College
London", "Coleg Gŵyr Abertawe", "Penrith Building Society", "Great Ormond Street Hospital",
"Royal Infirmary of Edinburgh", "Midlands Pharma Network", "Northern Process Industries Forum"; and academies,
institutes, centres, funds, pharmacies and local papers named the same way ("Bangor Institute of Process
Science", "New Anglia Manufacturing Fund", "Hexham & District Advertiser").

Keyword first (one regex scan for the few head words), then the capitalised words around it.
A third party's name identifies the contributor's partners as much as a company's does.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.recognisers.organisation_suffix import LEADING_STOPWORDS, generic_words, org_key
from anonymiser.text.recognisers.person_cues import LO, UP
from anonymiser.text.spans import Span

_CAP = rf"(?:[{UP}][{LO}'\u2019&-]*[{LO}](?:-[{UP}][{LO}'\u2019]*[{LO}])*|St\.?|[{UP}]{{2,5}})"
_HEADS = ("University", "College", "Coleg", "Prifysgol", "Building Society", "Hospital", "Hospitals", "Infirmary",
          "Health Board", "Network", "Forum", "Festival", "Association", "Consortium", "Academy", "Institute",
          "Centre", "Center", "Fund", "Pharmacy", "Gazette", "Herald", "Advertiser", "Chronicle", "Programme")
# "University of the West of England", "University of St Andrews", "College of Food"
_OF = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?{_CAP}){{0,2}}")
# "Coleg Gŵyr Abertawe", "Prifysgol Bangor" (Welsh: the name follows)
_WELSH = re.compile(rf"(?:[ \t]+{_CAP}){{1,3}}")
# "Queen's University Belfast", "Imperial College London": one capitalised word after the head word
_AFTER = re.compile(rf"[ \t]+(?P<word>{_CAP})(?![\w'\u2019-])")
# (two places joined in one name: "Truro and Penwith Technical College", "Hexham & District Advertiser")
# (four words at most: "Wenstroud Life Sciences Growth Fund", "Kerrowmaen Manufacturing Innovation Programme")
_BEFORE = re.compile(rf"(?:{_CAP}(?:['\u2019]s)?[ \t]+(?:(?:and|&)[ \t]+(?=[{UP}]))?){{1,4}}$")
# A hospital's name may hold "of": "Countess of Chester Hospital" (a university's is "Zhou of Nottingham University")
_BEFORE_HOSPITAL = re.compile(rf"(?:{_CAP}(?:['\u2019]s)?[ \t]+(?:of[ \t]+(?=[{UP}]))?){{1,3}}$")
_HOSPITALS = frozenset(("Hospital", "Hospitals", "Infirmary"))
# A programme is a funder's or a region's only where a word of its name is no dictionary word: a place or a
# coined name ("Kerrowmaen Manufacturing Innovation Programme"), not a company's own scheme of everyday words.
_PROGRAMMES = frozenset({"Programme"})
_WEAK = frozenset("the a an this that our their his her its of and new old".split())


@cache
def _not_name_words() -> frozenset[str]:
    return generic_words() | LEADING_STOPWORDS | frozenset(
        "university universities college colleges school department faculty institute centre center royal national "
        "hospital hospitals infirmary health board network networks forum festival association consortium general "
        "open state community technical further higher sixth form education training science sciences technology "
        "arts art music medicine engineering business management".split())


def _head_words(text: str) -> list[tuple[int, str]]:
    """Where the head words stand as whole words (literal searches: C speed), in text order."""
    found = []
    for head in _HEADS:
        at = text.find(head)
        while at >= 0:
            end = at + len(head)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                found.append((at, head))
            at = text.find(head, end)
    return sorted(found)


class InstitutionRecogniser:
    name = "organisation_institution"

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        for at, head in _head_words(text):
            start, end = at, at + len(head)
            if head in ("Coleg", "Prifysgol"):
                welsh = _WELSH.match(text, end)
                if welsh is None:
                    continue
                end = welsh.end()
            else:
                before = (_BEFORE_HOSPITAL if head in _HOSPITALS else _BEFORE).search(text, max(0, start - 80), start)
                if before is not None:
                    start = self._unlisted(text, self._trim(text, before.start(), start), start)
                of = _OF.match(text, end) if head != "Building Society" else None
                if of is not None:
                    end = of.end()
                elif start < at and head != "Building Society":
                    after = _AFTER.match(text, end)
                    if after is not None and after.group("word").lower() not in _not_name_words() \
                            and not text.startswith((".", ","), after.end()):
                        end = after.end()
                if start == at and end == at + len(head):
                    continue  # "the University" alone names nothing
            if text.endswith(("'s", "\u2019s"), start, end):  # "University of Castlebridge's engineers"
                end -= 2
            name = text[start:end]
            if all(w.strip("'\u2019s").lower() in _not_name_words() | _WEAK or w == head for w in name.split()):
                continue
            if head in _PROGRAMMES and all(w.lower() in english_words() for w in name.split() if w != head):
                continue  # ("Digital Transformation Programme", "Operational Excellence Programme": a company's own)
            yield Span(start, end, "organisation", self.name, 0.85, "Organisation", org_key(name),
                       "University, college, hospital, network or forum")

    @staticmethod
    def _unlisted(text: str, start: int, stop: int) -> int:
        """Start after "and" or "&" where the word before it ends another organisation's name ("Marrick
        Healthcare and Stannard Pharmacy" are two)."""
        joined = re.search(r"[ \t](?:and|&)[ \t]+", text[start:stop])
        if joined is None:
            return start
        before = text[start:start + joined.start()].split()
        return start + joined.end() if before and before[-1].lower() in _not_name_words() else start

    @staticmethod
    def _trim(text: str, start: int, stop: int) -> int:
        """Drop leading words that only start a sentence or describe ("The", "Royal" stays in a name)."""
        words = list(re.finditer(r"\S+", text[start:stop]))
        for i, word in enumerate(words):
            if word.group() == "New" and i + 1 < len(words) and _mid_sentence(text, start + word.start()):
                return start + word.start()  # "from the New Tamsett Manufacturing Fund": a place's "New", not news
            if word.group().lower() in LEADING_STOPWORDS or word.group().lower() in _WEAK:
                continue
            return start + word.start()
        return stop


_LOWER_WORD_BEFORE = re.compile(r"[a-z,][ \t]+$")


def _mid_sentence(text: str, at: int) -> bool:
    """Whether a capitalised word stands after a word in lower case or a comma: inside a sentence, where a capital
    is the name's, not the sentence's."""
    return bool(_LOWER_WORD_BEFORE.search(text, max(0, at - 4), at))


RECOGNISER = InstitutionRecogniser()
