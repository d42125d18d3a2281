"""Unicode normalisation applied before detection: the normalised text is the report's source text.

NFKC folds compatibility forms (full-width letters, ligatures, NBSP); smart quotes and dashes become
ASCII; zero-width and soft-hyphen characters, used to hide a name from a matcher, are removed.
"""
from __future__ import annotations

import re
import unicodedata

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_PUNCTUATION = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u3000": " ",
    "\u2028": "\n", "\u2029": "\n", "\r\n": "\n",
}
_TABLE = str.maketrans({**dict.fromkeys(_INVISIBLE, None), **{k: v for k, v in _PUNCTUATION.items() if len(k) == 1}})
_SPECIAL = re.compile("[" + "".join(ch for ch in {**dict.fromkeys(_INVISIBLE), **_PUNCTUATION} if len(ch) == 1) + "]")
# (what ``_TABLE`` maps each character of ``_SPECIAL`` to, as a string: "" for one it removes)
_SPECIAL_AS = {chr(code): to or "" for code, to in _TABLE.items()}

# Letters from other scripts that look like Latin ones (a homoglyph attack on a declared term).
_CONFUSABLE_CHARS = "\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0456\u0458\u0455\u04bb\u0501\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7\u03bf\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425"
_CONFUSABLES = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0456\u0458\u0455\u04bb\u0501\u0391\u0392\u0395\u0396\u0397\u0399\u039a"
    "\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7\u03bf\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425",
    "aeopcxyijshdABEZHIKMNOPTYXoABEKMHOPCTX",
)


# A footnote's or an affiliation's marker in superscript glued to a name: "Kellowan¹", "O'Keshane¹,³", "Nowakᵃ". NFKC
# would fold it into the name ("Kellowan1", "Nowaka"): it is written "^" and the folded marker ("Kellowan^1"). (After a
# capitalised word of three letters or more: a unit's "m²" stays.)
# (superscript digits and letters; not "⁺⁻⁼⁽⁾", a charge's or a formula's, "NH₄⁺"; a subscript is no word's letter)
_MARKS = "\u00b9\u00b2\u00b3\u2070-\u2079\u207f\u1d2c-\u1d6a\u02b0-\u02b8"
_NOT_WORD = f"\\W\\d_{_MARKS}\u2080-\u209c\u207a-\u207e"
# (a word starts after no letter, apostrophe or hyphen, and is read possessively: no restart inside "a-a-a-…", whose
# every "-" would otherwise start a scan to the run's end)
_GLUED_MARKER = re.compile(rf"(?<![\w'\u2019-])(?P<word>[^{_NOT_WORD}]++(?:['\u2019-][^{_NOT_WORD}]++)*+)"
                           rf"(?P<marker>[{_MARKS}]++(?:[,*][{_MARKS}]++)*+)(?![\w{_MARKS}])")
_HAS_MARK = re.compile(f"[{_MARKS}]")


def _set_apart(marked: re.Match[str]) -> str:
    word = marked.group("word")
    return f"{word}^{marked.group('marker')}" if len(word) >= 3 and word[0].isupper() else marked.group()


def normalise(text: str) -> str:
    """The canonical form every recogniser and every offset in the report refers to."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():
        return text
    if _HAS_MARK.search(text):
        text = _GLUED_MARKER.sub(_set_apart, text)
    if "\u2122" in text:
        # (the trade mark sign marks a brand, "Pellamyx™": NFKC would fold it into the letters "TM", glued to the name)
        text = "\u2122".join(unicodedata.normalize("NFKC", part) for part in text.split("\u2122"))
    else:
        text = unicodedata.normalize("NFKC", text)
    # (each special character present replaced on its own: ``str.translate`` looks every character of a text up in
    # its table, ~30 times slower than a search; what replaces one is ASCII, which no later replacement touches)
    for special in set(_SPECIAL.findall(text)):
        text = text.replace(special, _SPECIAL_AS[special])
    if any(ch in text for ch in _CONFUSABLE_CHARS):
        text = text.translate(_CONFUSABLES)
    return text


def lower_view(text: str) -> str:
    """A lower-cased copy with exactly the same length, so offsets found in it index ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
