"""Exact money amounts (£2.3m, $4 billion, EUR 750,000, 1.2 million pounds, and as the rest of Europe writes them:
148 600,00 €, 86.450,00 EUR, CHF 1'234.50, 2 310,00 Kč, DKK 312.00); banded by the operator."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache, lru_cache

import ahocorasick

from anonymiser.text.document import Document
from anonymiser.text.spans import Span

_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9, "billion": 1e9}
# Each currency as matched in the lower-cased text, and what its band is written with.
_SYMBOL = {"£": "£", "$": "$", "€": "€", "gbp": "£", "usd": "$", "eur": "€", "us$": "$",
           "pounds": "£", "sterling": "£", "dollars": "$", "euros": "€",
           "chf": "CHF ", "sek": "SEK ", "nok": "NOK ", "dkk": "DKK ", "pln": "PLN ", "czk": "CZK ", "huf": "HUF ",
           "jpy": "JPY ", "cny": "CNY ", "rmb": "CNY ", "inr": "INR ", "cad": "CAD ", "aud": "AUD ", "sgd": "SGD ",
           "zar": "ZAR ", "aed": "AED ", "¥": "¥", "₹": "₹", "zł": "PLN ", "kč": "CZK ", "kr": "kr "}
# Currencies whose amounts are written the continental way: "1.234" is a thousand and more, "12,50" a decimal.
_CONTINENTAL = frozenset({"€", "eur", "euros", "chf", "sek", "nok", "dkk", "pln", "czk", "huf", "zł", "kč", "kr"})
_CODES = ("gbp", "usd", "eur", "chf", "sek", "nok", "dkk", "pln", "czk", "huf", "jpy", "cny", "rmb", "inr", "cad", "aud",
          "sgd", "zar", "aed")
_BEFORE = ("£", "$", "€", "us$", "¥", "₹", *_CODES)
_AFTER = ("pounds", "sterling", "dollars", "euros", "€", "zł", "kč", "kr", *_CODES)  # (not "Ft": feet more often)
_SYMBOLS = frozenset("£$€¥₹")
# An amount, led by its first digit (``re`` skips ahead to digits): groups of three after a dot, a space (or a
# no-break or thin one) or an apostrophe and a decimal comma ("148 600,00", "86.450,00", "1'234.50"); groups after a
# comma and a decimal point ("1,024,500.00"); a decimal comma alone ("98,00", "11,2"); or digits and a decimal point.
# Never from inside a run of digits and separators (after a digit, or a digit and a separator): tried from every
# group of a long run ("123 123 123 …", "123,123,…" without a currency after it), the groups would be read again from
# each, quadratic in the run.
_NUMBER = (r"(?P<num>\d(?<!\d\d)(?<!\d[.,'\u00a0\u202f ]\d)(?:\d{0,2}(?:[.\u00a0\u202f ]\d{3})+(?:,\d{1,2})?(?![\d,.])|\d{0,2}(?:'\d{3})+(?:\.\d{1,2})?"
           r"|\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*,\d{1,2}(?![\d,])|\d*(?:\.\d+)?))")
_SCALE_RE = r"(?:[ \t]?(?P<scale>k|m|mn|bn|b|thousand|million|billion)\b)?"
_WORDS_AFTER = frozenset({"pounds", "sterling", "dollars", "euros", "kr", *_CODES})


@lru_cache(maxsize=64)
def _patterns(before: tuple[str, ...], after: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The scans for the currencies a text holds: written before the amount, and after it. (Matched in the
    lower-cased text, same offsets; only the currencies present, so that most texts try two or three.)"""
    out = []
    if before:
        alternatives = "|".join(re.escape(c) + ("" if c in _SYMBOLS else r"(?![a-z])") for c in before)
        out.append(re.compile(rf"(?P<cur>{alternatives})[ \t]?{_NUMBER}{_SCALE_RE}"))
    if after:
        alternatives = "|".join(re.escape(c) + (r"\b" if c in _WORDS_AFTER else "") for c in after)
        out.append(re.compile(rf"{_NUMBER}{_SCALE_RE}[ \t\u00a0]?(?P<cur>{alternatives})"))
    return tuple(out)


_DECIMAL_COMMA = re.compile(r",\d{1,2}$")
_DOT_THOUSANDS = re.compile(r"\.\d{3}(?:$|\.)")
_CONTINENTAL_GROUPS = re.compile(r"[.\u00a0\u202f ]")


def _amount(number: str, currency: str) -> float:
    """The value of an amount as written with ``currency`` (its lower-case form as matched)."""
    if "'" in number:
        return float(number.replace("'", ""))
    grouped = any(sep in number for sep in " \u00a0\u202f")
    if _DECIMAL_COMMA.search(number) or grouped or (currency in _CONTINENTAL and _DOT_THOUSANDS.search(number)):
        return float(_CONTINENTAL_GROUPS.sub("", number).replace(",", "."))
    return float(number.replace(",", ""))


# A figure written as money, its pence or cents after thousands ("26,950.00", "1,367,137.00"), standing alone in a
# text that names its currency elsewhere (an invoice's lines, a claim's table): no measurement is so written, and a
# unit or a percentage after it says it is none. (Found from its comma, which ``re`` skips ahead to.)
_FIGURE = re.compile(r"\d(?<![\w.,£$€]\d)\d{0,2}(?:,\d{3})+\.\d{2}(?![\d%])"
                     r"(?![ \t]?(?:kg|g|mg|L|l|mL|ml|m|mm|km|h|hrs?|units|vials|tablets|packs)\b)")
# What names the currency of a text's or a column's bare figures: a symbol or a code ("(GBP)", "Budget £").
_NAMED_CODES = ("GBP", "EUR", "USD", "CHF")
NAMED = rf"[£€$]|\b(?:{'|'.join(_NAMED_CODES)})\b"
# (the same matches, led by one class, which ``re`` skips ahead to, the boundary looked behind at: led by the
# alternation's "\b", ``NAMED`` is tried at every position)
_NAMED = re.compile(r"[£€$]|[GEUC](?<!\w.)(?:(?<=G)BP|(?<=E)UR|(?<=U)SD|(?<=C)HF)\b")
_NAMES = ("£", "€", "$", *_NAMED_CODES)  # (looked for first: most texts hold none, and need no scan)


def symbol(named: str) -> str:
    """What a band of amounts in a currency named so (``NAMED``) is written with: "£", "CHF "."""
    return _SYMBOL[named.lower()]


# An amount a scanner misread, an "O" or "o" for a nought and an "l" or "I" for a one, after its currency: "£37,20O",
# "£26,4O0.00", "€5,190.OO" (read again as printed where such a run stands; found from the currency, a symbol or code).
_MISREAD_AMOUNT = re.compile(r"(?:[£$€]|\b(?i:gbp|eur|usd|chf)[ \t]?)[ \t]?(?P<run>[\dOolI][\dOolI,.]*[\dOolI])(?![\w])")
_LOOK_ALIKES = frozenset("OolI")
# Where such an amount may start, in the lower-cased text: its symbol, or a code not after a letter or digit.
# (Led by one class, which ``re`` skips ahead to.)
_MISREAD_AMOUNT_AT = re.compile(r"[£$€]|[gecu](?<![a-z0-9_].)(?:(?<=g)bp|(?<=e)ur|(?<=u)sd|(?<=c)hf)")
_AS_DIGITS = str.maketrans("OolI", "0011")
# The upper end of a range after an amount, its currency written once and its scale after both: "£42-47k", "$4–6m".
_RANGE_TAIL = re.compile(r"[ \t]?[-\u2013][ \t]?[£$€]?(?P<num>\d+(?:\.\d+)?)"
                         r"(?:[ \t]?(?P<scale>k|m|mn|bn|thousand|million|billion)\b)?(?![\w/-]|[.,]\d)")
# "Ph. Eur. 2.6.21", "Ph.Eur 2.9.17": a chapter of the European Pharmacopoeia, no amount in euros.
_PHARMACOPOEIA_BEFORE = re.compile(r"\bph\.?[ \t]?\Z")


# What may follow an amount and is part of it: a second amount of a range written with one currency ("£45-50k",
# "£32,000-36,000", "£14 to 16"), and the time a rate is paid by ("£17.54/hr", "£31,450 per annum", "£29k p.a.",
# "£2.10ph", "£1.65 an hour", "£515/day", "£16.20 p/h", "£310pw", "£1,150 pcm", "£95 per shift"): a pay slip's, an offer letter's, a rota's or a contractor's rate. The
# rate's words stay after the band ("under £100k per annum"). (Matched at the amount's end only.)
_RANGE_END = re.compile(r"[ \t]?(?:-|\u2013|\u2014|to)[ \t]?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)(?![\d,.]\d)"
                        r"(?:[ \t]?(?P<scale>k|m|mn|bn|thousand|million|billion)\b)?(?![\w%/-]|[ \t]?(?:%|per[ \t]?cent))")
_PER = re.compile(r"(?:[ \t]?/[ \t]?(?:hr|hrs|hour|h|day|yr|year|annum|month|mth|week|wk|shift)|[ \t]+(?:per|an?)[ \t]+"
                  r"(?:hour|day|year|annum|month|week|shift|calendar[ \t]month)|[ \t]+p\.a\.?|[ \t]+pa"
                  r"|[ \t]?(?:ph|p/h|pw|p/w|pcm)|[ \t]+pro[ \t]rata)(?![a-z0-9])")


def extend(lower: str, end: int, value: float, scale: str) -> tuple[int, float, str]:
    """An amount's end taken past the second figure of its range and the time it is paid by, if any (``lower`` the
    lower-cased text, ``end`` the first amount's end, ``value`` its value and ``scale`` the word or letter of its
    scale, "" for none, "x" for no range): the end, the value (the first figure's, scaled as the second when only it is: "£45-50k") and
    the rate's words ("" for none)."""
    if scale != "x" and (r := _RANGE_END.match(lower, end)) is not None:
        second_scale = r.group("scale") or ""
        first = value * (_SCALE.get(second_scale, 1) if second_scale and not scale else 1)
        second = float(r.group("num").replace(",", "")) * _SCALE.get(second_scale or scale, 1)
        if first < second:
            end, value = r.end(), first
    per = ""
    if (p := _PER.match(lower, end)) is not None:
        per, end = lower[end:p.end()], p.end()
    return end, value, per


# A figure with no currency that a pay slip's, an offer's or a claim's label says is pay: "Basic salary: 33,450",
# "Hourly rate ....... 14.85", "Overtime pay = 302.44", "Salary: 32.5k"; a figure is one written as money (thousands
# grouped, pence, four digits or more, or thousands with a "k"), with no unit, per cent or further figure after it.
# Labels of what is no amount stay ("Pay grade: 4", "Pay period: 11", "Salary review date: 2025").
_PAY_LABEL = re.compile(
    r"\b(?i:(?:basic[ \t]+|base[ \t]+|annual[ \t]+|gross[ \t]+|net[ \t]+|starting[ \t]+|current[ \t]+|new[ \t]+)?"
    r"(?P<word>salary|wage|wages|pay|earnings|remuneration|bonus|allowance|premium|"
    r"(?:hourly|day|daily|pay|basic|overtime|ot|charge|shift|night|weekend|agency)[ \t]+rate|rate[ \t]+of[ \t]+pay))"
    r"(?P<more>[^\n:=\d|,;.]{0,24}?)[ \t]*(?:[:=]|\.{3})[ \t.]*"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{2}|\d{4,6}(?:\.\d{1,2})?|\d{1,3}(?:\.\d)?[ \t]?k)"
    r"(?![\d.,/:%-]?\d|[a-jl-z])")
# What says a labelled figure is no amount: a unit, a per cent, a multiple ("12.5 hrs", "1.5x", "3%").
_UNIT_AFTER = re.compile(r"[ \t]?(?:%|x\b|per[ \t]?cent|(?:hrs?|hours?|h|days?|d|weeks?|wks?|mins?|kg|g|mg|ml|l|m|mm|units?|"
                         r"pts|points|vials|tablets|people|staff|operators|shifts?)\b)", re.IGNORECASE)
_NOT_PAY = frozenset("grade band point scale period date code ref reference no number id type frequency method day days "
                     "hours hrs week weeks review year band group status slip run".split())
# A figure with no currency before "per annum" or "p.a.": a salary ("33,450 per annum", "29k p.a.").
_ANNUAL = re.compile(r"(?<![\w.,£$€\u00a3])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d{4,6}(?:\.\d{2})?|\d{1,3}(?:\.\d)?[ \t]?k)"
                     r"(?P<per>[ \t]+(?:per[ \t]+annum|p\.a\.?)(?![a-z]))")
_WORD_RE = re.compile(r"[a-z]+")
# Where a pay label may start, in the lower-cased text: one of its first words (the optional one before it, or the word
# itself), not after a letter or digit. (Speed: the label's pattern, led by a word boundary and read in any case, gives
# ``re`` nothing to skip ahead to: tried at every position of every text, it was most of this recogniser's time.)
_PAY_LABEL_AT = re.compile(r"(?<![a-z0-9_])(?:basic|base|annual|gross|net|starting|current|new|salary|wages?|pay|earnings|"
                           r"remuneration|bonus|allowance|premium|hourly|day|daily|overtime|ot|charge|shift|night|"
                           r"weekend|agency|rate)")
# Letters a pattern read in any case takes for an "i" or an "s" that the lower-cased text does not hold as one ("İ",
# "ı", "ſ"): where the text holds one, a pattern is tried everywhere, as written.
_FOLDED = ("\u0130", "\u0131", "\u017f")


def _tried_at(pattern: re.Pattern[str], text: str, lower: str, starts: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``starts`` finds in ``lower`` (``text`` lower-cased, same offsets)
    where a match of it may start: the same matches, each from the first such place at or after the end of the one
    before. (``starts`` must find every place a match may start, save those inside a word it found already.)"""
    if any(c in text for c in _FOLDED):
        yield from pattern.finditer(text)
        return
    after = 0
    for start in starts.finditer(lower):
        if start.start() >= after and (m := pattern.match(text, start.start())) is not None:
            after = m.end()
            yield m


def _bare(number: str) -> float:
    """A bare figure's value: "33,450" and "32.5k"."""
    number = number.replace(",", "").replace(" ", "").replace("\t", "")
    return float(number[:-1]) * 1e3 if number.endswith("k") else float(number)


@cache
def _currency_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for currency in {*_BEFORE, *_AFTER}:
        automaton.add_word(currency, currency)
    automaton.make_automaton()
    return automaton


def _currencies_in(lower: str) -> set[str]:
    """The currencies (``_BEFORE``, ``_AFTER``) written anywhere in ``lower``, inside a word or not: what ``c in lower``
    says of each, from one pass (fifty searches of the text were a fifth of this recogniser's time)."""
    return {currency for _, currency in _currency_automaton().iter(lower)}


class MoneyRecogniser:
    name = "money"

    def find(self, doc: Document) -> Iterator[Span]:
        misread = list(self._misread(doc))
        for span in self._written(doc):  # (not the part before a misread letter: "£37,20" of "£37,20O")
            if not any(m.start <= span.start and span.end < m.end for m in misread):
                yield span
        yield from misread
        yield from self._pay(doc)
        text = doc.text
        if "," in text and any(c in text for c in _NAMES) and (named := [(m.start(), m.group()) for m in _NAMED.finditer(text)]):
            yield from self._figures(doc, named)

    def _pay(self, doc: Document) -> Iterator[Span]:
        """Figures a label says are pay, and figures per annum (``_PAY_LABEL``, ``_ANNUAL``): in the currency the
        text names nearest before them (or first after them; pounds in a text that names none)."""
        text, lower = doc.text, doc.lower
        found: list[tuple[int, int, float, str]] = []
        if "annum" in lower or "p.a" in lower:
            for m in _ANNUAL.finditer(lower):
                found.append((m.start("num"), m.end(), _bare(m.group("num")), text[m.start("per"):m.end()]))
        for m in _tried_at(_PAY_LABEL, text, lower, _PAY_LABEL_AT):
            words = set(_WORD_RE.findall((m.group("word") + m.group("more")).lower()))
            if words & _NOT_PAY or (len(m.group("num")) == 4 and m.group("num")[:2] in ("19", "20")):
                continue
            if _UNIT_AFTER.match(text, m.end()):
                continue
            end, _, per = extend(lower, m.end(), 0.0, "x")
            found.append((m.start("num"), end, _bare(m.group("num")), text[end - len(per):end]))
        if not found:
            return
        named = [(x.start(), x.group()) for x in _NAMED.finditer(text)] if any(c in text for c in _NAMES) else []
        starts = [at for at, _ in named]
        for start, end, value, per in found:
            if not value:
                continue
            written = symbol(named[max(0, bisect_right(starts, start) - 1)][1]) if named else "£"
            attrs = (("currency", written), ("value", repr(value))) + ((("per", per),) if per else ())
            yield Span(start, end, "money", self.name, 0.8, "Amount", f"{written}{value}",
                       "A figure its label or its rate says is pay", attrs)

    def _figures(self, doc: Document, named: list[tuple[int, str]]) -> Iterator[Span]:
        """Figures written as money (``_FIGURE``) in a text that names a currency: that of the nearest mention before
        it (or the first after it)."""
        starts = [at for at, _ in named]
        for m in _FIGURE.finditer(doc.text):
            i = max(0, bisect_right(starts, m.start()) - 1)
            written = symbol(named[i][1])
            value = float(m.group().replace(",", ""))
            yield Span(m.start(), m.end(), "money", self.name, 0.85, "Amount", f"{written}{value}",
                       "A figure written as money in a text that names its currency",
                       (("currency", written), ("value", repr(value))))

    def _misread(self, doc: Document) -> Iterator[Span]:
        """Amounts with a letter misread for a digit (``_MISREAD_AMOUNT``), read as printed."""
        runs = [m.span("run") for m in _tried_at(_MISREAD_AMOUNT, doc.text, doc.lower, _MISREAD_AMOUNT_AT)
                if _LOOK_ALIKES.intersection(m.group("run")) and sum(c.isdigit() for c in m.group("run")) >= 2]
        if not runs:
            return
        read = list(doc.text)
        for start, end in runs:
            read[start:end] = doc.text[start:end].translate(_AS_DIGITS)
        starts = [start for start, _ in runs]
        for span in self._written(Document("".join(read))):
            i = bisect_right(starts, span.end - 1) - 1
            if i >= 0 and runs[i][1] > span.start:
                yield Span(span.start, span.end, span.category, span.recogniser, 0.85, span.label, span.key,
                           "Exact money amount, letters misread for digits", span.attrs)

    def _written(self, doc: Document) -> Iterator[Span]:
        lower = doc.lower
        present = _currencies_in(lower)
        before = tuple(c for c in _BEFORE if c in present)
        after = tuple(c for c in _AFTER if c in present)
        for regex in _patterns(before, after):
            for m in regex.finditer(lower):
                if m.start() and (lower[m.start() - 1].isalnum() or lower[m.start()].isdigit() and lower[m.start() - 1] in ".,"):
                    continue  # (inside a word or a longer number: "v2.50 eur", "1.250,00 eur" cut short are no amounts)
                if lower.startswith(".", m.end()) and lower[m.end() + 1:m.end() + 2].isdigit():
                    continue  # (one part of a longer run: "Ph.Eur 2.6.21", a chapter)
                cur = m.group("cur")
                if cur == "eur" and _PHARMACOPOEIA_BEFORE.search(lower, max(0, m.start() - 4), m.start()):
                    continue
                written = _SYMBOL[cur]
                end, scale = m.end(), m.group("scale")
                value = _amount(m.group("num"), cur)
                if m.start() == m.start("cur") and (upper := _RANGE_TAIL.match(lower, end)) is not None \
                        and float(upper.group("num")) > value:
                    end, scale = upper.end(), scale or upper.group("scale")  # ("£42-47k": both thousands)
                    value *= _SCALE.get(scale or "", 1)
                    end, _, per = extend(lower, end, value, "x")  # ("£42-47k p.a.")
                else:
                    value *= _SCALE.get(scale or "", 1)
                    # ("£32,000-36,000", "£14 to 16", "£17.54/hr"; after an amount its currency follows, no range:
                    # "87,00 €/h")
                    end, value, per = extend(lower, end, value, (scale or "") if m.start("cur") < m.start("num") else "x")
                attrs = (("currency", written), ("value", repr(value))) + ((("per", doc.text[end - len(per):end]),) if per else ())
                yield Span(m.start(), end, "money", self.name, 0.95, "Amount", f"{written}{value}",
                           "Exact money amount", attrs)


RECOGNISER = MoneyRecogniser()
