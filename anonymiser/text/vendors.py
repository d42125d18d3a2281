"""The technology vendors the default allow-list keeps, as one-word names ("Emerson", "Körber"), and the words
that name their products ("Syncade", "DeltaV"): a vendor's name before its product is neither a person nor a place."""
from __future__ import annotations

from functools import cache

from anonymiser.text.data import lines, words


@cache
def vendors() -> frozenset[str]:
    """One-word names of the default allow-list ("emerson", "körber"), lower case: kept names, and what follows
    them is their product ("Emerson Syncade"), not a name to take."""
    return frozenset(line.lower() for line in lines("allow_list.txt") if " " not in line)


@cache
def product_words() -> frozenset[str]:
    """Lower-case words that name a product or platform rather than anyone ("syncade", "deltav", "sharepoint")."""
    return words("proper_words.txt") | frozenset(word.lower() for word in words("known_products.txt"))
