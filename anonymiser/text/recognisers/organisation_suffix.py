"""Organisation names shaped like one: capitalised words ending in a legal suffix or a sector word.

"Northfield Biologics", "Harbour & Lyle Pharma Ltd", "Kestrel Therapeutics GmbH". Leading words
that merely start a sentence ("Yesterday", "At") are trimmed.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from functools import cache

from anonymiser.text.column_gaps import has_column_gap
from anonymiser.text.document import NAME_GAP, Document
from anonymiser.text.irish_counties import IRISH_COUNTY

from anonymiser.text.recognisers.not_names import not_name_words
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.wordtrie import trie_pattern

LEGAL_WORDS = ("Ltd", "Ltd.", "Limited", "plc", "PLC", "Plc", "Inc", "Inc.", "Incorporated", "LLC", "LLP", "L.L.C.",
               "GmbH", "AG", "S.A.", "SA", "SAS", "S.A.S.", "BV", "B.V.", "NV", "N.V.", "A/S", "AB", "SpA", "S.p.A.",
               "Co.", "Corp", "Corp.", "Corporation", "K.K.", "Pty", "Oy", "ApS",
               # partners and sister companies abroad: "Calderbrook Polska Sp. z o.o.", "Meccanica Ferraresi S.r.l."
               "Co., Ltd.", "Co.,Ltd.", "Co., Ltd", "Sp. z o.o.", "sp. z o.o.", "S.r.l.", "Srl", "SRL", "S.L.", "S.L.U.", "s.r.o.", "Kft.", "Kft", "Zrt.", "Zrt",
               "KG", "ASA", "Oyj", "SARL", "Lda", "Ltda", "Pvt", "Bhd", "Pte", "S.p.A",
               # Malaysia's private limited company: "Sentul Medika Sdn. Bhd."
               "Sdn. Bhd.", "Sdn Bhd", "Sdn. Bhd", "SDN BHD", "SDN. BHD.",
               # Egypt's joint-stock company: "Nile Valley Pharma S.A.E."
               "S.A.E.",
               # Lithuania's, Estonia's and the Balkans' private companies, public joint-stock companies, and South
               # Africa's and South Asia's private companies: "Kelmora Baltic UAB", "Vestrolab d.o.o.", "Tarnview
               # Instruments (Pty) Ltd", "Kavrin Labs (Pvt) Ltd" (not Latvia's "SIA", a validation's system impact
               # assessment, nor "JSC", a joint steering committee)
               "UAB", "OÜ", "d.o.o.", "PJSC", "(Pty) Ltd", "(Pty) Ltd.", "(Pvt) Ltd", "(Pvt.) Ltd.",
               "Pvt. Ltd.", "Pvt Ltd", "Private Limited",
               # Ireland's designated activity companies and companies limited by guarantee, and community interest
               # companies: "Vantreau Biomanufacturing DAC" (not Norway's "AS": "COPY VERIFIED AS" is a stamp)
               "DAC", "Teoranta", "Teo.", "CLG", "ULC", "CIC",
               # the Gulf's free-zone companies: "Qasrawen Pharma Projects FZ-LLC", "Qasr Medical FZE"
               "FZ-LLC", "FZ LLC", "FZE", "FZCO")
SECTOR_WORDS = tuple(
    "Pharma Pharmaceutical Pharmaceuticals Biopharma Biopharmaceuticals BioPharma Biologics Therapeutics "
    "Biotherapeutics Bioscience Biosciences BioScience BioSciences Biotech Biotechnology Bio Labs Laboratories "
    "Healthcare Health Vaccines Genomics Diagnostics Biomedical Medicines Sciences Biosystems Therapies Chemicals "
    "Biomanufacturing Bioprocessing Generics Group Holdings Robotics Systems Partners Supplies Services Solutions "
    "Engineering Automation Logistics Oncology Technologies Consulting Analytics Informatics Instruments "
    "Scientific Medical Freight Manufacturing Industries Ventures Capital Consultants Software Genetics Cells "
    "Biosolutions Bioservices Chemistry Packaging Clinical "
    # contract makers, suppliers and public-sector bodies named like companies
    "BioManufacturing CDMO Vectors Supply Partnership Imaging Foods Hospice Hospitals Compliance Consultancy "
    # integrators, validation houses, excipient makers, wholesalers and printers
    "Controls Integration Validation Assurance Excipients Wholesale Distribution Cellworks LabSystems Print Pack "
    "Packing Alliance Cluster Accelerator "
    # process-modelling and simulation houses and network integrators a twin or an OT project hires
    "Modelling Modeling Simulation Simulations Networks".split()
) + ("NHS Trust", "NHS Foundation Trust", "Foundation Trust", "Wildlife Trust", "Health Board")
LEGAL = trie_pattern(LEGAL_WORDS)
SECTOR = trie_pattern(SECTOR_WORDS)
_WORD = r"(?:[A-Z][\w'&+]*(?:-[A-Z]?[\w']+)*|&|and)"
# Found from the suffix backwards: the sector word or legal suffix is a cheap literal to scan for.
_SUFFIX = re.compile(rf"{trie_pattern(SECTOR_WORDS + LEGAL_WORDS)}(?![\w-])")
_NAME_WORD = re.compile(rf"{_WORD},?")
_TOKEN = re.compile(r"\S\S*")  # (led by one character, not a repeat: ``re`` skips ahead to it)
_MORE_SUFFIXES = re.compile(rf"(?:{NAME_GAP}(?:{SECTOR}))*(?:,?{NAME_GAP}(?:{LEGAL}))?(?![\w-])")
_LEGAL_END = re.compile(rf"(?:{LEGAL})$")
LEADING_STOPWORDS = frozenset(
    "the a an at in on of for with from by to and our their its his her this that these those as after before "
    "when while since during yesterday today last next both each every new former partner customer supplier "
    "client contract rival competitor meanwhile however then also said says according via vp svp evp".split()
)
# A name needs one word that is none of these (else "Manufacturing Execution Systems" is a company).
_GENERIC_WORDS = frozenset(
    "cell gene therapy global national european british uk us international data clinical contract freight "
    "oncology robotics supply supplies logistics execution enterprise integrated advanced smart industrial "
    "medical scientific analytical cloud mobile visual inspection robotic vaccine vaccines bio life lab "
    "laboratory lims mes eqms erp innovation innovate & and of de von de packaging partners systems software "
    "analytics informatics instruments chemistry genetics cells services solutions engineering automation "
    "technologies consulting consultants industries ventures capital holdings group sciences biosciences "
    "biotech biopharma health healthcare generics diagnostics genomics our your its their knowledge transfer "
    "quality process computer computerised computerized system cleaning method methods equipment access security "
    "controls integration validation assurance distribution wholesale excipients control network qa qc it ot "
    "sterility sterile sap print pack packing alliance cluster accelerator modelling modeling simulation simulations "
    "networks bioprocess digital twin neural predictive".split()
)


@cache
def generic_words() -> frozenset[str]:
    return not_name_words() | _GENERIC_WORDS


class OrganisationSuffixRecogniser:
    name = "organisation_suffix"

    def find(self, doc: Document) -> Iterator[Span]:
        text, after = doc.text, 0
        for suffix in _SUFFIX.finditer(text):
            if suffix.start() < after or suffix.start() == 0 or text[suffix.start() - 1] not in " \t\n":
                continue  # (after a comma with no space, "IT OT,Packaging Ops", a data file's cell starts with it)
            if suffix.group() == "Co." and IRISH_COUNTY.match(text, suffix.start()):
                continue  # "Ringfort, Co. Cork": an Irish county, not a company
            if _JOB_AFTER.match(text, suffix.end()) or _BODY_AFTER.match(text, suffix.end()):
                continue  # "Mark Jarvis, Engineering Manager", "Good Manufacturing Practice": no company
            if text[suffix.start() - 2:suffix.start()] == ", " and not _LEGAL_END.match(suffix.group()):
                continue  # "School of Science, Engineering and Technology": a list, not "Science Engineering"
            first = _name_start(text, suffix.start())
            if first is None:
                continue
            end = _MORE_SUFFIXES.match(text, suffix.end()).end()  # type: ignore[union-attr]
            start = self._trim(text, first, suffix.start())
            if start is None or _DESCRIBED.fullmatch(text, start, end) or _DISCIPLINE.fullmatch(text, start, end):
                continue
            after = end
            confidence = 0.9 if _LEGAL_END.search(text, max(0, end - 20), end) else 0.8
            yield Span(start, end, "organisation", self.name, confidence, "Organisation",
                       org_key(text[start:end]), "Company name (legal suffix or sector word)")
        if _CAPITALS_SUFFIX.search(text):
            for match in _CAPITALS_COMPANY.finditer(text):
                if any(w.lower() not in generic_words() for w in match.group("name").split()):
                    yield Span(match.start(), match.end(), "organisation", self.name, 0.9, "Organisation",
                               org_key(match.group()), "Company name in capitals with its legal suffix")

    def _trim(self, text: str, start: int, end: int) -> int | None:
        """Drop leading sentence words; ``None`` when no distinctive name word remains."""
        words = list(re.finditer(r"\S+", text[start:end]))
        for i, word in enumerate(words):
            if word.group().strip("'\"").lower() not in LEADING_STOPWORDS:
                rest = [w.group().strip("'\"").lower() for w in words[i:]]
                return start + word.start() if any(r not in generic_words() for r in rest) else None
        return None


_CELL_MARKS = (",", ";")


def _name_start(text: str, suffix_start: int) -> int | None:
    """Walk back over up to six capitalised words (one line break at most) before a suffix ("East Suffolk and
    North Essex NHS Foundation Trust")."""
    window_start = max(0, suffix_start - 100)
    tokens = list(_TOKEN.finditer(text, window_start, suffix_start))
    start: int | None = None
    boundary = suffix_start
    tokens = tokens[-7:]
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 7), -1):
        token = tokens[index]
        gap = text[token.end():boundary]
        if gap.count("\n") > 1 or ("\n" in gap and _not_prose(text, token.end())):
            break  # a short line above ("S. Licorith\nEasington Biologics") ends there: only prose wraps names
        if token.group() in ("and", "&") and index and _ENDS_NAME.fullmatch(tokens[index - 1].group().rstrip(",")):
            break  # "Ottringham Vaccines and Sunk Island Automation Ltd": two companies
        if token.group()[0] in _OPENING and _NAME_WORD.fullmatch(token.group()[1:]):
            start = token.start() + 1  # "(Tees Line Systems, …)": the bracket opens the name
            break
        if (cell := max(token.group().rfind(mark, 0, len(token.group()) - 1) for mark in _CELL_MARKS)) >= 0:
            # "MY,Kelana Sentul Medika Sdn. Bhd.", "0000512207;Velmark Messtechnik AG": a row's cell starts after its
            # comma or semicolon
            rest = token.group()[cell + 1:]
            if rest[:1].isupper() and not rest.endswith(",") and _NAME_WORD.fullmatch(rest):
                start = token.start() + cell + 1
            break
        marked = _MARKED.fullmatch(token.group())
        if marked and "," not in token.group():
            start = token.start() + marked.start("word")  # "²Severnside Vision Ltd" (NFKC: "2Severnside")
            break
        if not _NAME_WORD.fullmatch(token.group()) or (start is not None and "," in token.group()):
            break
        if token.group()[0].isupper():
            start = token.start()
        boundary = token.start()
    if start is None or (start == window_start and start > 0 and not text[start - 1].isspace()):
        return None
    return start


# A letterhead's or a register's company name in capitals: "KESTREL ROBOTIC SYSTEMS LTD".
# (with a Chinese or a Singaporean company's "CO., LTD." and "PTE LTD", and a Gulf free zone's "FZ-LLC", "FZE", "FZCO":
# "SHANGHAI QUANFENG MACHINERY CO., LTD.", "QASRAWEN PHARMA PROJECTS FZ-LLC")
_CAPITALS_LEGAL = r"(?:(?:CO\.,?[ \t]?|PTE\.?[ \t]|PVT\.?[ \t])?(?:LTD|LIMITED)|PLC|LLP|(?:FZ-)?LLC|INC|GMBH|FZE|FZCO)"
_CAPITALS_COMPANY = re.compile(r"(?P<name>[A-Z](?<![\w&'-].)[A-Z0-9&'.-]*(?:[ \t]+[A-Z][A-Z0-9&'.-]*){0,5})[ \t]+"
                               rf"{_CAPITALS_LEGAL}\b\.?")
_CAPITALS_SUFFIX = re.compile(rf"[ \t]{_CAPITALS_LEGAL}\b")
_JOB_AFTER = re.compile(r"[ \t]+(?:Chain|Manager|Lead|Leader|Director|Engineer|Head|Officer|Specialist|Technician|Analyst|"
                        r"Scientist|Supervisor|Coordinator|Consultant|Department|Dept|Team|Function)\b")
_BODY_AFTER = re.compile(r"[ \t]+(?:Practice|Practices|Agency|Authority|Advisory|Council|Board|Committee|Steering|"
                         r"Forum|Association|Catapult|Network|Strategy|Guidelines?|Directive|Regulations?)\b")
# "a Cumbrian CDMO", "Welsh CMO": a kind of company described, not named.
_DESCRIBED = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese|ic)[ \t]+(?:CDMO|CMO|CRO|Pharma|Biotech)")
# "an MEng in Chemical Engineering", "School of Chemical and Process Engineering": a discipline, a degree's or a
# department's, not a company (a company so named has a word of its own: "Fennardy Process Engineering").
_DISCIPLINE = re.compile(r"(?:(?:Chemical|Mechanical|Electrical|Electronic|Civil|Process|Biomedical|Biochemical|Materials|"
                         r"Manufacturing|Software|Systems|Control|Industrial|Pharmaceutical|Biological|Life|Health|"
                         r"Computer|Medical|Molecular|Analytical|Environmental)(?:,?[ \t]+and[ \t]+|,[ \t]+|[ \t]+))+"
                         r"(?:Engineering|Sciences|Science|Chemistry|Technologies|Systems)")
_WRAPPED_LINE = 60


def _not_prose(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` is short or laid out in columns (a table's header, "... Description
    Cost"): no name wraps from such a line onto the next."""
    line = text.rfind("\n", 0, end) + 1
    return end - line < _WRAPPED_LINE or has_column_gap(text[line:end])
_OPENING = "([\"'\u201c\u2018"
_ENDS_NAME = re.compile(rf"(?:{SECTOR}|{LEGAL})")
# An affiliation mark glued to a name: "2Severnside" (a superscript ² after NFKC), "*Acme".
_MARKED = re.compile(r"(?:\d{1,2}|[\u2020\u2021])(?P<word>[A-Z][\w'&+]*(?:-[A-Z]?[\w']+)*)")
_SUFFIX_TAIL = re.compile(rf"(?:,?\s+(?:{LEGAL}))+$")


def org_key(mention: str) -> str:
    """The entity key of an organisation: its name without the legal suffix."""
    return entity_key(_SUFFIX_TAIL.sub("", " ".join(mention.split())))


RECOGNISER = OrganisationSuffixRecogniser()
