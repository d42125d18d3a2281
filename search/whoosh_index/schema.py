"""The whoosh schema: one boosted content field, lessons, unstemmed words, a field per facet.

Field weights title > summary > body > lessons: title, summary and body are indexed together in
`content`, the title four times and the summary twice (boosting by repetition), and lessons in
a field of its own whose terms get a lower query boost. One content term per word instead of
one per field keeps whoosh's pure-Python matcher trees small, which is where query time goes.
The four text fields are stored as written, for snippets.
"""
from __future__ import annotations

import json

from whoosh import analysis, fields, formats

from search.model import FACETS, TEXT_FIELDS, SearchDocument
from search.querytext import clean_text

CONTENT = "content"
REPEATS: dict[str, int] = {"title": 4, "summary": 2, "body": 1}
BOOSTS: dict[str, float] = {CONTENT: 1.0, "lessons": 0.5}
"""Query-time term boosts of the two indexed text fields."""

WORDS = "words"
"""Every text field lowercased and unstemmed: prefix queries and spelling suggestions."""

SEPARATOR = "\x1f"

STEMMING = analysis.StemmingAnalyzer()
PLAIN = analysis.RegexTokenizer(r"\w+") | analysis.LowercaseFilter()
_FACET_ANALYZER = analysis.RegexTokenizer(r"[^\x1f]+")


def build_schema() -> fields.Schema:
    text = {name: fields.STORED() for name in TEXT_FIELDS if name not in BOOSTS}
    facets = {name: _unscored(_FACET_ANALYZER) for name in FACETS}
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        published_at=fields.NUMERIC(numtype=int, bits=64, stored=True, sortable=True),
        facets_json=fields.STORED(),
        **{WORDS: _unscored(PLAIN), CONTENT: fields.TEXT(analyzer=STEMMING)},
        lessons=fields.TEXT(analyzer=STEMMING, stored=True),
        **text,
        **facets,
    )


def _unscored(analyzer: analysis.Analyzer) -> fields.FieldType:
    """An indexed, unstored field with no frequencies or lengths: a term either occurs or not."""
    field = fields.FieldType(formats.Existence(), analyzer=analyzer, scorable=False, stored=False)
    return field


def to_fields(doc: SearchDocument) -> dict[str, object]:
    """The whoosh field values of one document (control characters removed from all text)."""
    values: dict[str, object] = {name: clean_text(getattr(doc, name)) for name in TEXT_FIELDS}
    facets = {name: [clean_text(v) for v in doc.facet_values(name)] for name in FACETS}
    for name, facet_values in facets.items():
        values[name] = SEPARATOR.join(facet_values)
    values[WORDS] = " ".join(str(values[name]) for name in TEXT_FIELDS)
    values[CONTENT] = "\n".join(str(values[name]) for name, n in REPEATS.items() for _ in range(n))
    values["id"] = doc.id
    values["published_at"] = int(doc.published_at.timestamp())
    values["facets_json"] = json.dumps(facets)
    return values
