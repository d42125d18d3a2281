"""The text anonymisation engine: normalise → recognise (two passes) → resolve → operate → report.

Pass one runs every configured recogniser over every field of a document; what it finds teaches
pass two (short forms, introduced acronyms, domain-derived names) which runs over every field
again, so one entity has one placeholder across title, summary and body.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from types import MappingProxyType
from typing import TypeGuard

from anonymiser.errors import InputTooLarge, InvalidInput
from anonymiser.text.allowed_names import allowed_stretches, inside
from anonymiser.text.code_variants import attach_code_variants
from anonymiser.text.column_gaps import SPLIT_CATEGORIES, has_column_gap, split_at_column_gaps
from anonymiser.text.document import Aliases, Document
from anonymiser.text.dosage_forms import attach_dosage_forms
from anonymiser.text.file_names import attach_file_names
from anonymiser.text.initials_beside import attach_initials
from anonymiser.text.initials_lists import initials_in_lists
from anonymiser.text.learn import learn
from anonymiser.text.normalise import normalise
from anonymiser.text.operators.apply import replacement
from anonymiser.text.operators.placeholder import Placeholders
from anonymiser.text.policy import Policy
from anonymiser.text.recognisers.base import Recogniser, SecondOpinion
from anonymiser.text.recognisers.not_names import calendar_word_of_a_date, unit_after_number
from anonymiser.text.recognisers.not_names import not_name_words
from anonymiser.text.recognisers.person_cues import TITLE_BEFORE
from anonymiser.text.recognisers.registry import build
from anonymiser.text.residual import residual_warnings
from anonymiser.text.resolve import CONTAINER_CATEGORIES, NAME_CATEGORIES, NAMING, join_repeats, resolve
from anonymiser.text.result import AnonymisationResult, Finding, ResidualWarning
from anonymiser.text.revisions import attach_revisions
from anonymiser.text.salt_forms import attach_salt_forms
from anonymiser.text.spans import REVIEW, Span, entity_key

log = logging.getLogger(__name__)

MAX_INPUT_BYTES = 2 * 1024 * 1024
_SECOND_PASS = "learned_aliases"
_LABELS = {"organisation": "Organisation", "person": "Person", "place": "Place"}


def anonymise_text(text: str, *, terms: Sequence[str] = (), organisation_terms: Sequence[str] = (),
                   policy: Policy | None = None) -> AnonymisationResult:
    """Anonymise one text. Same text, terms and policy → same result."""
    return anonymise_fields({"text": text}, terms=terms, organisation_terms=organisation_terms, policy=policy)["text"]


def anonymise_fields(
    fields: Mapping[str, str], *, terms: Sequence[str] = (), organisation_terms: Sequence[str] = (),
    policy: Policy | None = None,
) -> dict[str, AnonymisationResult]:
    """Anonymise the fields of one document with placeholders consistent across them.

    ``organisation_terms`` are declared terms known to name an organisation (the contributor's own
    names): matched like ``terms`` and always labelled ``[Organisation X]``.
    """
    policy = policy or Policy()
    recognisers = build(policy.recognisers)
    names = list(fields)
    docs = _documents(fields, terms, organisation_terms, policy)
    reviews: list[list[Span]] = [[] for _ in docs]
    kept_names = [allowed_stretches(doc.lower, policy.allow) for doc in docs]  # (read once for both passes)
    first = [_detect(doc, recognisers, policy, kept, second=False, review=review)
             for doc, kept, review in zip(docs, kept_names, reviews)]
    remap = learn(docs, first)
    placeholders = Placeholders()
    results: dict[str, AnonymisationResult] = {}
    for name, doc, spans, kept, review in zip(names, docs, first, kept_names, reviews):
        spans = spans + _detect(doc, recognisers, policy, kept, second=True, shadow=_shadow(spans))
        spans = [s.rekeyed(remap[s.key]) if s.key in remap else s for s in spans]
        spans = initials_in_lists(attach_initials(join_repeats(resolve(spans), doc.text), doc.text), doc.text)
        spans = attach_dosage_forms(attach_code_variants(attach_salt_forms(spans, doc.text), doc.text), doc.text)
        spans = attach_file_names(attach_revisions(spans, doc.text), doc.text)
        results[name] = _apply(doc.text, spans, policy, placeholders, review)
    log.info("anonymised %d field(s): %d finding(s)", len(results), sum(len(r.findings) for r in results.values()))
    return results


def first_pass(text: str, *, terms: Sequence[str] = (), policy: Policy | None = None) -> tuple[Document, list[Span]]:
    """One text as the first pass reads it, and what that pass finds: what a second opinion is given
    (``build_person_model.py`` trains on it with the second opinion left out of ``policy``)."""
    policy = policy or Policy()
    doc = _documents({"text": text}, terms, (), policy)[0]
    return doc, _detect(doc, build(policy.recognisers), policy, allowed_stretches(doc.lower, policy.allow), second=False)


def _documents(fields: Mapping[str, str], terms: Sequence[str], organisation_terms: Sequence[str],
               policy: Policy) -> list[Document]:
    """The fields checked and normalised, sharing one set of aliases and the declared terms' labels."""
    _check(fields, terms)
    _check({}, organisation_terms)
    organisations = {t for t in (normalise(t).strip() for t in organisation_terms) if t}
    clean_terms = tuple(sorted({t for t in (normalise(t).strip() for t in terms) if t} | organisations))
    labels = dict(_term_labels_cached(clean_terms, tuple(policy.recognisers)))
    org_keys = {entity_key(t) for t in organisations}
    # ... and so are their leading words declared on their own ("Kestrel" for "Kestrel Moor")
    labels.update({key: "Organisation" for key in map(entity_key, clean_terms)
                   if key in org_keys or any(o.startswith(key + " ") for o in org_keys)})
    aliases = Aliases()
    return [Document(normalise(fields[n]), clean_terms, aliases, term_labels=labels) for n in fields]


def _check(fields: Mapping[str, str], terms: Sequence[str]) -> None:
    if isinstance(terms, str) or not all(isinstance(t, str) for t in terms):
        raise InvalidInput("terms must be a sequence of strings")
    total = 0
    for value in fields.values():
        if not isinstance(value, str):
            raise InvalidInput("text must be a string")
        total += len(value.encode("utf-8", errors="surrogatepass"))
    if total > MAX_INPUT_BYTES:
        raise InputTooLarge(f"text is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")


def _detect(doc: Document, recognisers: Sequence[Recogniser], policy: Policy,
            kept_names: Sequence[tuple[int, int]], *, second: bool,
            shadow: Mapping[tuple[int, int, bool], tuple[float, str]] | None = None,
            review: list[Span] | None = None) -> list[Span]:
    """Pass one (``second`` false) or two over ``doc``. A second opinion (``find_among``) runs last in
    pass one and reads what the others found. What a recogniser was unsure of (``REVIEW`` spans) goes to
    ``review`` when given, never among the findings. ``kept_names``: where the allow-list's names of several words
    stand in ``doc`` (``allowed_stretches``), whose parts no recogniser takes."""
    spans: list[Span] = []
    allow, text = policy.allow, doc.text
    kept: dict[str, bool] = {}  # by mention: names recur, and recognisers find the same ones

    def admit(found: Iterable[Span]) -> None:
        # (the parts a span is split into are admitted in its place, before the spans after it: a stack of what is
        # being read, not a call of ``admit`` from itself, whose closure would then hold it in a reference cycle with
        # the policy and every span of the field, kept until the cyclic garbage collector found them)
        reading = [iter(found)]
        while reading:
            for s in reading[-1]:
                if s.category == REVIEW:
                    if review is not None and s.key not in allow:
                        review.append(s)
                    continue
                if s.category in SPLIT_CATEGORIES and has_column_gap(text[s.start:s.end]):
                    # ("Andrius Kavaliauskas   Sign": a name and the next cell)
                    reading.append(iter(split_at_column_gaps(s, text)))
                    break
                if shadow and _shadowed(s, shadow):
                    continue
                if s.category != "declared":
                    if s.key in allow and not _titled(s, text):
                        continue  # (a vendor or a public body, but not "Dr. Rockwell": a person of that name)
                    if kept_names and inside(kept_names, s.start, s.end):
                        continue  # ("MHRA Defective Medicines" of the allow-listed "… Report Centre")
                    if s.category == "person" and unit_after_number(text, s.start, s.end):
                        continue  # ("4:47 PM", "211 KB": whoever "PM" and "KB" stand for elsewhere)
                    if s.category in NAMING and calendar_word_of_a_date(text, s.start, s.end):
                        continue  # ("Donnerstag, 13. Februar 2025": whoever Herr Freitag is elsewhere)
                    mention = text[s.start:s.end]
                    if (keep := kept.get(mention)) is None:
                        keep = kept[mention] = _keeps(mention, policy)
                    if keep and not _titled(s, text):
                        continue
                spans.append(s)
            else:
                reading.pop()

    opinions: list[SecondOpinion] = []
    for recogniser in recognisers:
        if (recogniser.name == _SECOND_PASS) != second:
            continue
        if _is_second_opinion(recogniser):
            if not second:
                opinions.append(recogniser)
            continue
        admit(recogniser.find(doc))
    for opinion in opinions:
        admit(opinion.find_among(doc, tuple(spans)))
    return spans


def _is_second_opinion(recogniser: Recogniser) -> TypeGuard[SecondOpinion]:
    """Whether a recogniser is a ``SecondOpinion`` (it has ``find_among``), decided once per class: a check
    against the runtime protocol reads the attributes every time, for every recogniser of every field."""
    return _second_opinion_class(type(recogniser))


@cache
def _second_opinion_class(cls: type) -> bool:
    return callable(getattr(cls, "find_among", None))


def _shadow(first: Sequence[Span]) -> dict[tuple[int, int, bool], tuple[float, str]]:
    """For each stretch of text a first-pass declared term or name covers, the best
    ``(-confidence, recogniser)`` there, declared terms and names apart.

    Names only among the others, since a declared term may be widened to a name's extent: another
    name over the same text keeps that possible. Two declared terms over the same text are widened
    alike (or dropped alike inside an e-mail address or URL)."""
    best: dict[tuple[int, int, bool], tuple[float, str]] = {}
    for s in first:
        declared = s.category == "declared"
        if declared or s.category in NAME_CATEGORIES:
            rank = (-s.confidence, s.recogniser)
            if rank < best.get((s.start, s.end, declared), (1.0, "")):
                best[(s.start, s.end, declared)] = rank
    return best


def _shadowed(span: Span, shadow: Mapping[tuple[int, int, bool], tuple[float, str]]) -> bool:
    """Whether ``resolve`` is sure to drop this second-pass span: a first-pass span of its kind
    (declared or not) over exactly the same text sorts before it, so either that span is kept or
    what overlaps it is, and this one overlaps both. Most second-pass finds are names the first
    pass already had; they are not worth resolving again."""
    if span.category in CONTAINER_CATEGORIES:
        return False
    rank = shadow.get((span.start, span.end, span.category == "declared"))
    return rank is not None and rank <= (-span.confidence, span.recogniser)


def _titled(span: Span, text: str) -> bool:
    """A person found after a title ("Dr. Emerson", "Mr Rockwell"): a surname the allow-list's vendors share is theirs."""
    return span.category == "person" and TITLE_BEFORE.search(text, max(0, span.start - 8), span.start) is not None


def _keeps(mention: str, policy: Policy) -> bool:
    """Allow-listed names (technology vendors, public bodies) stay in the text, also when listed
    together ("Siemens and Rockwell Automation")."""
    if "and" not in mention and "&" not in mention:  # no connector: one part, split would return it
        return policy.keeps(mention)
    return all(policy.keeps(part) for part in _CONNECTOR.split(mention))


_CONNECTOR = re.compile(r"\s+(?:and|&)\s+")
_PERSON_SHAPED = re.compile(r"[A-Z][a-z'\u00c0-\u017f-]+(?: [A-Z][a-z'\u00c0-\u017f-]+){1,2}")
_CLASSIFIERS = ("organisation_suffix", "organisation_gazetteer", "uk_place", "drug_brand", "compound_code", "person")


@lru_cache(maxsize=256)
def _term_labels_cached(terms: tuple[str, ...], names: tuple[str, ...]) -> Mapping[str, str]:
    """``_term_labels`` by term list and recognisers: a contribution's list recurs from field to
    field and run to run (the command, the review page). Callers copy what they change."""
    return MappingProxyType(_term_labels(terms, build(names)))


def _term_labels(terms: Sequence[str], recognisers: Sequence[Recogniser]) -> dict[str, str]:
    """Read each declared term as some recognisers would: an organisation, a person, a place.

    All terms go through in one document, one per paragraph, so this costs one small pass.
    """
    if not terms:
        return {}
    joined = "\n\n".join(terms)
    starts = [0]
    for term in terms[:-1]:
        starts.append(starts[-1] + len(term) + 2)
    doc = Document(joined)
    found = sorted((s for r in recognisers if r.name in _CLASSIFIERS for s in r.find(doc)),
                   key=lambda s: (-s.length, -s.confidence, s.recogniser))
    labels: dict[str, str] = {}
    for term, start in zip(terms, starts):
        whole = next((s for s in found if s.start >= start and s.end <= start + len(term)
                      and s.length >= len(term) * 0.8), None)
        if whole:
            labels[entity_key(term)] = _LABELS.get(whole.category, whole.label)
        elif _PERSON_SHAPED.fullmatch(term) and not any(w.lower() in not_name_words() for w in term.split()):
            labels[entity_key(term)] = "Person"
    return labels


def _apply(text: str, spans: Sequence[Span], policy: Policy, placeholders: Placeholders,
           review: Sequence[Span] = ()) -> AnonymisationResult:
    out: list[str] = []
    findings: list[Finding] = []
    cursor = length = 0
    unsure = sorted(review, key=lambda s: s.start)
    checks: list[ResidualWarning] = []
    at = 0  # (the next of ``unsure`` to place)
    for span in spans:
        while at < len(unsure) and unsure[at].end <= span.start:  # (left in the text before this finding)
            checks.append(_unsure(unsure[at], length - cursor, text))
            at += 1
        while at < len(unsure) and unsure[at].start < span.end:  # (this finding replaces it: nothing left to check)
            at += 1
        action, new = replacement(span, policy.action(span.category), text, placeholders)
        out.append(text[cursor:span.start])
        length += span.start - cursor
        findings.append(Finding(span.start, span.end, length, length + len(new), text[span.start:span.end],
                                span.category, span.recogniser, span.confidence, action, new, span.reason))
        out.append(new)
        length += len(new)
        cursor = span.end
    out.append(text[cursor:])
    checks += [_unsure(s, length - cursor, text) for s in unsure[at:]]
    redacted = "".join(out)
    warnings: tuple[ResidualWarning, ...] = ()
    if policy.residual_warnings:
        # (the anonymiser's own words are no risk: "a site in Yorkshire and The Humber" is no name left behind, and the
        # band "100–250 kg" no exact figure, though its unit was the writer's)
        replaced = [(f.redacted_start, f.redacted_end) for f in findings if f.action != "keep"]
        left = (w for w in residual_warnings(redacted, policy.allow)
                if not inside(replaced, w.start, w.start + 1 if w.kind == "number_with_unit" else w.end))
        warnings = tuple(sorted((*left, *checks), key=lambda w: (w.start, w.kind)))
    return AnonymisationResult(redacted, text, tuple(findings), warnings)


def _unsure(span: Span, shift: int, text: str) -> ResidualWarning:
    """A ``REVIEW`` span as a warning at its place in the redacted text (``shift``: how far the findings before it moved
    it)."""
    return ResidualWarning(span.start + shift, span.end + shift, text[span.start:span.end], f"possible_{span.label.lower()}",
                           span.reason)
