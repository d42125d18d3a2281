"""Document identifiers: SOP-QA-0042, DEV-2023-117, CC-21-0045, WI-PKG-113, VMP/2022/07, with a version after
them: LBL-0412-310-FR-v3. (Not a European regulator's published guideline, cited by its number:
"EMA/CHMP/QWP/917233/2013", "CPMP/ICH/2736/99": a public document, no company's record.)"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

_TASK = re.compile(r"(?:SC|C|P|S|PRJ)?TASK\d{7}(?![\w-])")
_TASK_MARK = re.compile(r"TASK\d{7}")


def _task_starts(text: str) -> Iterator[int]:
    """Where a match of ``_TASK`` may start: at its "TASK" (found by a literal search) or up to three capitals before."""
    for mark in _TASK_MARK.finditer(text):
        at = mark.start()
        yield from (start for start in range(max(0, at - 3), at + 1) if text[start:at].isupper() or start == at)


# A published guideline's or reflection paper's number, led by its agency and committee ("EMA/CHMP/...", "CPMP/ICH/...",
# "EMEA/CVMP/...").
# (not a product's procedure number, "EMEA/H/C/007412", which names the product)
_GUIDELINE = re.compile(r"(?:EMA|EMEA)/(?:CHMP|CVMP|CPMP|PRAC|COMP|PDCO|HMPC|CAT|CMDh|ICH)/|(?:CPMP|CHMP|CVMP)/")


def published_guideline(code: str) -> bool:
    """Whether a code is a European regulator's published guideline's number ("EMA/CHMP/QWP/917233/2013")."""
    return _GUIDELINE.match(code) is not None


_ELECTRONIC_RECORD = re.compile(r"e(?<![\w-]e)[A-Z]{2,4}-(?=[A-Z0-9/-]*\d)[A-Z0-9]{2,12}(?:[-/][A-Z0-9]{1,8}){0,3}(?![\w-])")


def _a_record(match: re.Match[str], doc: object) -> bool:
    return not published_guideline(match.group())


RECOGNISER = PatternRecogniser(
    name="document_id",
    category="identifier",
    label="Document",
    reason="Document identifier",
    validate=_a_record,
    # "[A-Z][A-Z]{1,5}" is "[A-Z]{2,6}" starting with a character class: ``re`` skips ahead to a capital.
    patterns=(
        Pattern(re.compile(r"[A-Z][A-Z]{1,5}(?:(?:[-/_][A-Z]{1,6})+(?:[-/_]\d{2,6}){1,3}|(?:[-/_]\d{2,6}){2,3})(?:[-/_][A-Z0-9]{1,4})?(?:[-_][vV]\d{1,2})?(?![\w-])"), 0.9),
        # a service desk's record, numbered as ServiceNow numbers them: "INC0048813", "RITM0031277", "SCTASK0031277"
        # (the prefixes of five letters or fewer are compound codes' shape too; the longer ones are no one else's)
        Pattern(_TASK, 0.85, starts=_task_starts),
        # a record's kind as an abbreviation in capitals is part of its number: "SOP 10234", "BMR 0417-22", "CC 24-0113"
        Pattern(re.compile(r"(?:SOP|CAPA|CC|CR|DR|NCR?|OOS|OOT|BMR|MBR|BPR|MFR|EBR|DEV)[ \t]+(?!(?:19|20)\d\d(?![\w/-]))"
                           r"(?:\d\d[-/])?\d{3,8}(?:[-/]\d{1,4})?(?![\w/-])"), 0.85,
                anchor=re.compile(r"(?:sop|capa|cc|cr|dr|ncr?|oo[st]|bmr|mbr|bpr|mfr|ebr|dev) ")),
        # a record's kind and its number alone, as a record cites another of its site: "WI-203", "FRM-0112", "LOG-5512"
        # ("URS-029" is a requirement's number inside its URS, no record's); a deviation or a non-conformance of a
        # protocol numbered from 01 ("PASS w/ DEV-05")
        Pattern(re.compile(r"(?:SOP|WI|WP|FRM|FORM|LOG|LB|BMR|MBR|BPR|VMP|CCR|(?P<low>DEV|DV|NCR|CAPA|OOS|OOT))"
                           r"-(?:\d{3,6}|(?(low)\d\d|(?!)))[A-Z]?(?![\w/-]|\.\d)"), 0.85,
                anchor=re.compile(r"(?:sop|wi|wp|frm|form|log|lb|bmr|mbr|bpr|vmp|ccr|dev|dv|ncr|capa|oos|oot)-\d")),
        # "change request CR#4471", "NCR 24-0113", "CC 24-0113", "CAPA: 2291", "OOS no.: 24-017", "Deviation #4471": a record's kind, then its number
        # (not a year alone: "the report 2024")
        Pattern(re.compile(r"\b(?i:deviation|capa|change control|change request|cc|cr|dr|nc|ncr|oos|oot|sop|work instruction|"
                           r"protocol|report|document|doc|bmr|mbr|bpr|mfr|ebr)(?:[ \t]+|(?=#)|:[ \t]*(?=\d))(?:(?:no\.?|number|#|ref\.?)[ \t]*:?)?[ \t]*"
                           r"(?P<id>(?!(?:19|20)\d\d(?![\w/-]))[A-Z]{0,4}-?(?:\d\d[-/])?\d{3,8}(?:[-/]\d{1,4})?)\b"), 0.85, "id",
                re.compile(r"(?:deviation|capa|change c|cc|cr|dr|nc|oo|sop|work i|protocol|report|doc|bmr|mbr|bpr|mfr|ebr)")),
        # an electronic record's number led by its system's name in its mixed case, as the system prints it: "eBR-HX25E0077",
        # "eBMR-24-0117", "eQMS-DEV-0412" (a digit in it: "eBR-ready" is no record)
        Pattern(_ELECTRONIC_RECORD, 0.85, requires=re.compile(r"e[A-Z]{2,4}-[A-Z0-9]")),
    ),
)
