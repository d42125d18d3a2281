"""A compound's salt or hydrate written after its code goes with it: "QZ-6183 HCl", "RL-2093 sodium",
"TW-5180 mesilate monohydrate", "QZ-6183.HCl"; so does a metabolite or impurity named by what was done to it:
"QZ-6183 N-oxide", "cpd 6683-N-oxide" (or "-NO"), "RL-2093 des-fluoro", "TW-5180 O-desmethyl". The code with its form
names one drug substance, as a development report, a certificate of analysis or a filing writes it; a placeholder
followed by "HCl" or "N-oxide" reads as half a redaction.

Only after a product (found, or a declared term not read as a person, an organisation or a place) with a digit in it (a code, not a brand written in words: "Calverin sodium" is left to
what found the brand). Run on the resolved spans.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from anonymiser.text.spans import Span

# The forms a drug substance is made in: salts by their counter-ion (INN spellings and US ones, "HCl"-style
# abbreviations in their usual case), hydrates and solvates, the free base or acid; up to two ("sodium hydrate").
_FORM = (r"(?:HCl|HBr|Na|Ca|Mg|hydrochloride|dihydrochloride|hydrobromide|sodium|disodium|potassium|calcium|magnesium"
         r"|zinc|lithium|mesilate|mesylate|dimesilate|besilate|besylate|tosilate|tosylate|ditosylate|maleate|fumarate"
         r"|hemifumarate|succinate|citrate|tartrate|bitartrate|sulfate|sulphate|hemisulfate|bisulfate|phosphate"
         r"|acetate|lactate|malate|oxalate|nitrate|bromide|chloride|xinafoate|tromethamine|meglumine|trometamol"
         r"|hydrate|monohydrate|dihydrate|trihydrate|sesquihydrate|hemihydrate|solvate|anhydrous"
         r"|free[ \t]base|free[ \t]acid)")
# A metabolite or impurity named by what was done to the compound: oxidised at a nitrogen or a sulfur, an atom or
# group taken off ("des-fluoro", "N-desmethyl"), conjugated, or its isomer or dimer.
METABOLITE = (r"(?:[NS]-oxide|(?:[NO]-)?des-?(?:methyl|ethyl|fluoro|chloro|bromo|hydroxy|amino|acetyl|carboxy)"
              r"|glucuronide|sulfoxide|sulphoxide|sulfone|sulphone|dimer|epimer|enantiomer|diastereomer)")
_NOT_PRODUCTS = frozenset({"Person", "Organisation", "Place"})  # (a declared term read as one of these)
# (after a space, or glued: a salt's abbreviation after a point, "QZ-6183.HCl"; a metabolite after a hyphen, or its
# abbreviation "-NO")
_FORMS_AFTER = re.compile(rf"(?:[ \t]+{_FORM}(?:[ \t]+{_FORM})?|\.(?:HCl|HBr)|(?:[ \t]+|-){METABOLITE}|-NO)(?![\w-])")


def attach_salt_forms(spans: Sequence[Span], text: str) -> list[Span]:
    """``spans`` (resolved, in text order) with the salt, hydrate or metabolite written after a product code taken into
    its span."""
    out: list[Span] = []
    for i, span in enumerate(spans):
        if text.startswith((" ", "\t", ".", "-"), span.end) \
                and (span.category == "product" or span.category == "declared" and span.label not in _NOT_PRODUCTS) \
                and any(c.isdigit() for c in text[span.start:span.end]):
            ceiling = spans[i + 1].start if i + 1 < len(spans) else len(text)
            if (form := _FORMS_AFTER.match(text, span.end)) and form.end() <= ceiling:
                span = span.moved(span.start, form.end())
        out.append(span)
    return out
