"""The contexts that mark a run of capitalised words as a person's name (data for ``person``).

Each cue is a regular expression with a ``name`` group, a confidence and a reason for the report.
Role words and verbs are matched in any case; the name itself must be capitalised.
"""
from __future__ import annotations

import re

GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
LO = "a-zß-öø-ÿĀ-ž"
CAP = rf"(?:[{UP}][{LO}]+(?:[-'][{UP}]?[{LO}]+)?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O'[A-Z][a-z]+)"
PARTICLE = r"(?:(?:van|von|de|der|den|da|di|du|le|la|bin|al|el)[ \t]+)"
FULL = rf"(?:{CAP}(?:{GAP}[A-Z]\.)?(?:{GAP}{PARTICLE}{{0,2}}{CAP}){{1,2}})"
ONE_TO_THREE = rf"(?:{CAP}(?:[ \t]+{PARTICLE}{{0,2}}{CAP}){{0,2}})"
CAPS_NAME = r"(?:[A-Z]{2,}(?:[-'][A-Z]{2,})?(?:[ \t]+[A-Z]{2,}(?:[-'][A-Z]{2,})?){1,2})"
TITLE = r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady)\.?"
INITIALS = r"(?:[A-Z]\.(?:[ \t]?[A-Z]\.)?[ \t]?)"

ROLE_AFTER = (
    r"(?:Head|Director|Manager|Engineer|Lead|VP|Vice[ \t]President|Chief|Senior|Principal|CEO|CTO|COO|CFO|CIO|"
    r"Scientist|Specialist|Officer|Analyst|Technician|Supervisor|Operator|Consultant|Professor|Founder|"
    r"Co-founder|QA|QC|IT|R&D|Regulatory|Engineering|Technical|Commercial|Supply|Research|President|Chair|Partner|"
    r"Architect|Coordinator|Controller|Qualified[ \t]Person|QP|Global|Site|Plant|Group|Associate|Team|Project|"
    r"Programme|Operations|Automation|Quality|Digital|Validation|Production|Process|Continuous|Data|Manufacturing|"
    r"our|the|a|an|who|one|head|director|manager|engineer|lead|chief|senior|continuous|process|data|site|quality)\b"
)
ROLE_AFTER_WORD = r"(?i:engineer|manager|director|lead|head|officer|scientist|analyst|specialist|executive|president|chair|founder|consultant|coordinator|technician|qp)"
_ROLE_BEFORE = (r"(?i:executive|officer|director|manager|engineer|lead|head|analyst|scientist|chair|chairman|founder|"
                r"president|ceo|cto|coo|cfo|qp|colleague|auditor|technician|inspector|consultant|specialist|"
                r"supervisor|coordinator|champion|sponsor|owner|author|reviewer|approver)")
_VERB_BEFORE = (r"(?i:said|says|explained|explains|added|adds|commented|comments|noted|notes|told|recalled|recalls|"
                r"according[ \t]to|asked|interview[ \t]with|thanks[ \t]to|thank[ \t]you|thanks|spoke[ \t]to|spoke[ \t]with|"
                r"speak[ \t]to|talked[ \t]to|ask|contact|call|email|e-mail|message|congratulations|congratulations[ \t]to|"
                r"well[ \t]done|shout-out[ \t]to|welcome|i'm|i[ \t]am|my[ \t]name[ \t]is|"
                r"(?:led|run|sponsored|championed|facilitated|chaired|presented|written|prepared|reviewed|approved|"
                r"signed|owned|built|managed|coordinated|authored|developed)[ \t]by)")
_VERB_AFTER = (r"(?:said|says|explained|explains|added|adds|commented|noted|notes|told|recalled|recalls|remembers|"
               r"asked|argued|argues|insisted|insists|agreed|agrees|believes|thinks|estimates|estimated|leads|led|"
               r"heads|headed|runs|ran|manages|managed|joined|joins|presented|presents|wrote|writes|built|builds|"
               r"arranged|spent|will|can|would|could|has|had|was|is|who|laughs|smiles|recommends|warned|warns|"
               r"designed|developed|championed|pushed|set[ \t]up|left|leaves|retired)\b")
_LABEL = (r"(?im:(?:^|(?<=[.;] ))[ \t]*(?:[-*\u2022][ \t]*)?(?:[A-Za-z][A-Za-z /&-]{0,30}?)?"
          r"(?:contact|contacts|owner|lead|leads|sponsor|author|authors|reviewer|approver|manager|champion|by|"
          r"from|to|cc|chair|presenter|speaker|interviewee|engineer|director|head|signatory|analyst|scientist)"
          r"[ \t]*:[ \t]*)")
_GREETING = r"(?im:^[ \t]*(?:hi|hello|dear|hey|morning|afternoon)[ \t]+)"
_SIGN_OFF = r"(?i:regards|best[ \t]wishes|best|thanks|cheers|many[ \t]thanks|sincerely|yours[ \t]sincerely|yours|warm[ \t]regards)[ \t]*,?[ \t]*\n+[ \t]*"

CUES: tuple[tuple[re.Pattern[str], float, str], ...] = (
    (re.compile(rf"\b{TITLE}{GAP}(?P<name>{INITIALS}*{CAP}(?:{GAP}{PARTICLE}{{0,2}}{CAP}){{0,2}})"), 0.95, "Name after a title"),
    (re.compile(rf"\b{_VERB_BEFORE}{GAP}(?P<name>{FULL})"), 0.9, "Name in an attribution"),
    (re.compile(rf"(?P<name>{FULL}),?{GAP}{_VERB_AFTER}"), 0.85, "Name in an attribution"),
    (re.compile(rf"(?P<name>{FULL})(?:,|[ \t]+\(|[ \t]+[-\u2013\u2014][ \t]+){GAP}?{ROLE_AFTER}"), 0.85, "Name with a job title"),
    (re.compile(rf"\b{_ROLE_BEFORE},?[ \t]+(?P<name>{FULL})\b"), 0.85, "Name after a job title"),
    (re.compile(rf"{_LABEL}(?P<name>{INITIALS}?{ONE_TO_THREE})(?=[ \t]*(?:$|[,(<.;\n]))"), 0.85, "Name in a labelled field"),
    (re.compile(rf"(?m:^[ \t]*(?P<name>{FULL})[ \t]*\n[ \t]*[A-Z][A-Za-z &,/-]{{0,40}}{ROLE_AFTER_WORD}[ \t]*$)"), 0.8, "Name above a job title"),
    (re.compile(rf"{_GREETING}(?P<name>{ONE_TO_THREE})(?=[ \t]*[,!\n])"), 0.85, "Name in a greeting"),
    (re.compile(rf"{_SIGN_OFF}(?P<name>{ONE_TO_THREE})[ \t]*$", re.MULTILINE), 0.85, "Name in a sign-off"),
    (re.compile(rf"(?m:^[ \t]*(?P<name>{FULL}|{CAPS_NAME})[ \t]*:)"), 0.8, "Speaker in an interview"),
    (re.compile(rf"(?<![\w.])(?P<name>{INITIALS}{CAP})\b"), 0.7, "Initial and surname"),
)
GIVEN_THEN_SURNAME = re.compile(rf"\b(?P<given>[{UP}][{LO}]+)(?P<rest>(?:{GAP}[A-Z]\.)?(?:{GAP}{PARTICLE}{{0,2}}{CAP}){{1,2}})")
LEADING_TITLE = re.compile(rf"{TITLE}{GAP}")
# After a person: ", Temitope Adebayo", " and Bronwen Harries" (lists of people).
COORDINATED = re.compile(rf"(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)(?P<name>{INITIALS}?{FULL}|{INITIALS}{CAP})")
