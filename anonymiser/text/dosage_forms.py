"""A medicine's mark, release form, strength and dosage form written after its name go with it: "Oxaprelin® 20 mg
tablets", "Dulcivane™ oral solution", "Tessaline® XR", "Felodox 2.5 mg prolonged-release tablets", an ERP line's
"NUVACORT 5MG TABS 28" or "NUVACORT 5MG TABS 30 IE", a development code's "QX-118 5mg core coated". The name with what
follows it names one marketed or clinical product, as a tracker, a batch record or a material master writes it; a
placeholder followed by "® 20 mg tablets" keeps the product's strength and form beside a redaction that was meant to
hide it, and a pack's count and market after "TABS" say which one.

Only after a product (found, or a declared term not read as a person, an organisation or a place), with nothing found
in between. A strength needs its unit here ("Brand 500" without one is left to ``product_context.strength_after``),
and not a mass a batch or a campaign weighs ("240 kg", "500 g"): a dose's units only. A form is a run of the words a
dosage form is named by that ends on its noun ("tablets", "oral solution", "powder for solution for injection"), so
a word that only may start one ("oral", "hard") stays. A count after the form goes with it where a pack's is written
("x 28", "28s", or in an ERP line in capitals, "TABS 28", "TABS 30 IE"); a number after a form in prose ("tablets 300
were rejected") does not. Run on the resolved spans, like ``salt_forms``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from anonymiser.text.spans import Span

_NOT_PRODUCTS = frozenset({"Person", "Organisation", "Place"})  # (a declared term read as one of these)
# (a tool's name in CamelCase takes no dose: "PackHand 2 mg was a typo")
_CAMEL_CASE = re.compile(r"[a-z][A-Z][a-z]")
_POSSESSIVE = ("'s", "\u2019s")  # ("Brancaster Medical's inhaler": a maker's product, not its name)

_MARK = r"(?:[ \t]?(?:[\u00ae\u2122]|\((?:R|TM)\)))"
_RELEASE = r"(?:[ ](?:XR|SR|ER|CR|XL|LA|MR|PR|DR|IR|ODT))"
# A dose with its unit, in either case as an ERP line writes it ("5MG"), per a volume or a dose ("2.5 mg/5 ml",
# "40 mg/0.4 ml", "100 mcg/dose"), or two strengths of one product ("10 mg / 25 mg" is left: two products).
# (one space or tab before it: a number a table's next column holds, "RS24-0031       104 %", is no strength; a share
# glued to its number, "2.5% cream")
_UNIT = r"(?:[ \t]?(?:mg|MG|Mg|mcg|MCG|\u00b5g|\u03bcg|ug|micrograms?|ml|mL|ML|IU|units?|MBq)|%)"
_STRENGTH = (rf"(?:[ \t]\d{{1,5}}(?:\.\d{{1,3}})?{_UNIT}"
             rf"(?:/(?:\d{{1,4}}(?:\.\d{{1,3}})?[ \t]?)?(?:ml|mL|ML|g|dose|h|actuation))?(?![\w/]))")
# The words a dosage form's name is made of (Standard Terms, and what batch records and ERP lines shorten them to).
# (their hyphens written or not: "film coated", "prolonged release")
_FORM_WORDS = (r"(?:film[- ]coated|coated|uncoated|prolonged[- ]release|modified[- ]release|extended[- ]release"
               r"|delayed[- ]release|gastro[- ]resistant|orodispersible|dispersible|chewable|effervescent|soluble|sublingual"
               r"|buccal|oral|nasal|eye|ear|topical|cutaneous|transdermal|vaginal|rectal|hard|soft|pre-?filled"
               r"|immediate[- ]release)")
_FORM_NOUNS = (r"(?:tablets?|tabs?|caplets?|capsules?|caps?|solution|suspension|syrup|drops|cream|ointment|gel|spray"
               r"|injection|infusion|emulsion|concentrate|powder|granules|sachets?|lozenges?|patch(?:es)?|inhaler"
               r"|pessar(?:y|ies)|suppositor(?:y|ies)|vials?|ampoules?|syringes?|pens?|PFS|FCT|cores?[ ](?:film-)?coated"
               # (an ERP line's short forms: "ORAL SOLN", "SUSP", "INJ", "CAPS")
               r"|soln|susp|inj|oint|crm|sach)")
_FORM = (rf"(?:[ \t]+(?:{_FORM_WORDS}[ ]){{0,2}}{_FORM_NOUNS}"
         rf"(?:[ ]for[ ](?:{_FORM_WORDS}[ ])?{_FORM_NOUNS}){{0,2}}(?![\w-]))")
# A pack's count: "x 28", "x28", "28s" after the strength or the form (and the strength after the form, as a price list
# writes it: "LAGOON nasal spray 0.05%").
# (not a course's length: "10 mg x 3 days")
_PACK = r"(?:[ \t]+(?:[xX][ \t]?\d{1,3}|\d{1,3}s)(?![\w.,/%-]|[ \t]+(?i:days?|weeks?|months?|hours?|times?|daily)\b))"
# (a tablet's core only after its strength, "200 mg core": after a name, "Project Kestrel core team" is no form)
_CORE = r"(?:[ ]cores?(?:[ ](?:film-)?coated)?(?![\w-]))"
# (grams only before a form: "1 g sachets" is a dose, "500 g" alone a mass a batch weighs)
_GRAMS = rf"(?:[ \t]\d{{1,4}}(?:\.\d{{1,3}})?[ \t]?g(?=(?i:{_FORM})))"
_TAIL = re.compile(rf"(?P<mark>{_MARK})?(?P<release>{_RELEASE}(?![\w-]))?"
                   rf"(?:(?P<strength>{_STRENGTH}|{_GRAMS})(?i:{_CORE})?)?"
                   rf"(?P<form>(?i:{_FORM})(?:{_STRENGTH})?)?(?P<pack>{_PACK})?")
# In an ERP line in capitals, the pack's count and its market after the form: "TABS 28", "TABS 30 IE".
# (not a strength after its form, "FILM-COATED TABLETS 10 mg")
# (and a bottle's volume: "ORAL SOLN 150ML")
# (a blister's layout and the pack's kind or its market after the count: "FCT 3X10 BLI", "CAPS 56 GB"; not "30 QA")
_CAPITALS_PACK = re.compile(r"[ ](?:\d{1,3}|\d{1,4}ML|\d{1,2}X\d{1,3})(?![\w.,/%-]|[ \t]?(?i:mg|mcg|ml|g)\b)"
                            r"(?:[ ](?:GB|UK|IE|NI|EU|DE|FR|ES|IT|NL|BE|PT|PL|SE|DK|NO|FI|AT|CH|US|CA|AU|NZ|BLI|BLIS|BLST"
                            r"|BTL|BOT|HDPE)(?![\w-]))?")


# (a pack's count alone goes with a name whose span already holds its strength: "Zelvoran 10 mg" found, "x 28" after)
_ENDS_WITH_STRENGTH = re.compile(rf"\d{_UNIT}$")


def tail_end(text: str, end: int) -> int:
    """Where what goes with a product's name ending at ``end`` ends: its mark, release form, strength, dosage form and
    pack (``end`` when none of the release, strength or form is written; a mark alone stays as it was)."""
    tail = _TAIL.match(text, end)
    assert tail is not None  # (every part is optional)
    if not (tail.group("release") or tail.group("strength") or tail.group("form")
            or tail.group("pack") and _ENDS_WITH_STRENGTH.search(text, max(0, end - 12), end)):
        return end
    stop = tail.end()
    form = tail.group("form")
    if form and not tail.group("pack") and form.strip().isupper() and (count := _CAPITALS_PACK.match(text, stop)):
        stop = count.end()
    return stop


def attach_dosage_forms(spans: Sequence[Span], text: str) -> list[Span]:
    """``spans`` (resolved, in text order) with the mark, strength and form written after a product's name taken into
    its span, up to the next span found."""
    out: list[Span] = []
    for i, span in enumerate(spans):
        if span.end < len(text) and text[span.end] in " \t\u00ae\u2122(" and not text.endswith(_POSSESSIVE, 0, span.end) \
                and not _CAMEL_CASE.search(text, span.start, span.end) \
                and (span.category == "product" or span.category == "declared" and span.label not in _NOT_PRODUCTS):
            ceiling = spans[i + 1].start if i + 1 < len(spans) else len(text)
            if span.end < (stop := tail_end(text, span.end)) <= ceiling:
                span = span.moved(span.start, stop)
        out.append(span)
    return out
