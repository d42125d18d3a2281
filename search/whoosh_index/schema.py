"""The whoosh schema: boosted text fields, an unstemmed word field, one list field per facet."""
from __future__ import annotations

import json

from whoosh import analysis, fields, formats

from search.model import FACETS, TEXT_FIELDS, SearchDocument
from search.querytext import clean_text

BOOSTS: dict[str, float] = {"title": 4.0, "summary": 2.0, "body": 1.0, "lessons": 0.7}
"""BM25F field weights, title > summary > body > lessons (applied as query-time term boosts)."""

WORDS = "words"
"""Every text field lowercased and unstemmed: prefix queries and spelling suggestions."""

SEPARATOR = "\x1f"

STEMMING = analysis.StemmingAnalyzer()
PLAIN = analysis.RegexTokenizer(r"\w+") | analysis.LowercaseFilter()
_FACET_ANALYZER = analysis.RegexTokenizer(r"[^\x1f]+")


def build_schema() -> fields.Schema:
    text = {name: fields.TEXT(analyzer=STEMMING, stored=True) for name in TEXT_FIELDS}
    facets = {name: _unscored(_FACET_ANALYZER) for name in FACETS}
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        published_at=fields.NUMERIC(numtype=int, bits=64, stored=True, sortable=True),
        facets_json=fields.STORED(),
        **{WORDS: _unscored(PLAIN)},
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
    values["id"] = doc.id
    values["published_at"] = int(doc.published_at.timestamp())
    values["facets_json"] = json.dumps(facets)
    return values
