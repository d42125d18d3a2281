"""Initials that act in minutes, action lists and drafts: "TW reported that…", "ACTION 16: AN — second
quote", "notes (MW)", "— MW to push back", "A2 SO/MTR — data residency", "[JB: check the figure]".

Two to four capitals (a lower-case particle letter may sit between them: "RDdV") at the start of a
line or bullet before a verb, a colon or a dash, after "Action:" or "Owner:", in brackets, in a
table's cell, or after a slash next to other initials; when the same initials occur at least twice
in the document, or once where initials stand for someone ("Signed: GF", "A1 LP - issue the
charter", "[COMMENT RMcK: …]", an owner's cell, "JW to propose", "notes taken by FB.", a checklist's
"… YES   KT", a list of who was present or copied in: "Present: me, PK, SB", "Cc: Tom Fisher; DW"); never an acronym of the trade ("QA", "MES") nor one
spelled out just before them.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache

from anonymiser.text.data import english_words
from anonymiser.text.comment_markers import comment_marker_initials
from anonymiser.text.document import Document
from anonymiser.text.initials_in_records import record_actors
from anonymiser.text.initials_key import initials_keys, legend_codes
from anonymiser.text.recognisers.line_start import LineStartPattern
from anonymiser.text.recognisers.not_names import not_initials
from anonymiser.text.recognisers.person import name_initials
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.spelled_abbreviations import abbreviations_spelled_out, bracketed_abbreviations
from anonymiser.text.recognisers.person_cues import ACTION_VERBS, ROLE_WORDS, TWO_LETTER_WORDS
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.wordtrie import trie_pattern

_TOKEN = r"[A-Z](?:[a-z]?[A-Z]){1,3}"
_TOKEN_REST = r"(?:[a-z]?[A-Z]){1,3}"  # (after its first capital: a look-behind placed there lets ``re`` skip ahead to one)
_END = r"(?![\w&'\u2019=-])"  # (not a key: "CN=", "OU=" in a directory's names)
_VERB = (r"(?:to|and|will|reported|raised|noted|presented|agreed|asked|confirmed|queried|suggested|summarised|"
         r"summarized|explained|proposed|updated|chasing|chased|said|owns|leads|led|reminded|outlined|gave|took|"
         r"circulated|shared|thanked|welcomed|opened|closed|introduced|described|demonstrated)\b")
_AFTER = rf"(?=[ \t]*(?::(?!\S)|/|[\u2014\u2013]|-[ \t]|,[ \t]*{_TOKEN}{_END})|[ \t]+{_VERB})"
# (a colon with no space after it keys a record's field: "FN:Dr Ada Obi", "ORG:Merrivale" in a vCard)
_LINE_START = LineStartPattern.of(rf"[ \t]*(?:[-*\u2022][ \t]*)?(?:[A-Z]?\d{{1,3}}(?:\.\d{{1,3}})*[.)]?[ \t]+)?(?P<i>{_TOKEN}){_END}{_AFTER}")
# (the colon first, then the field name before it)
_FIELD = re.compile(rf":[ \t]*(?P<i>{_TOKEN}){_END}")
# Dotted initials in such a field: "Initials: R.K.", "Checked: A. B." (a patient's or a signer's).
_DOTTED_FIELD = re.compile(r":[ \t]*(?P<i>(?:[A-Z]\.[ \t]?){1,3}[A-Z]\.)(?![\w&'\u2019-])")
_BARE_BY = re.compile(r"(?<![\w-])(?i:by)$")
_FIELD_NAME = re.compile(r"(?i:\b(?:action|actions|owner|owners|lead|who|assigned[ \t]+to))(?:[ \t]+\d{1,3})?[ \t]*$")
# Fields that take a person's initials once and for all: "Signed: GF", "Approved by: MD", a message pad's "taken: GW".
_SIGNATURE_FIELD = re.compile(r"(?i:\b(?:signed|signature|initials|notes|minutes|scribe|note[ \t-]?taker|chair|"
                              r"sign[ \t-]?off|signed[ \t]+off(?:[ \t]+by)?|last[ \t]+(?:edit|edited|change|changed)(?:[ \t]+by)?|"
                              r"(?:edited|modified|amended|changed)(?:[ \t]+by)?|"
                              r"(?:approved|reviewed|prepared|checked|verified|completed|updated|witnessed|authori[sz]ed|"
                              r"performed|executed|raised|closed|written|taken)(?:[ \t]+by)?|"
                              r"author|owner|action|lead|assigned[ \t]+to|mentor|buddy|coach|assessor|trainer|"
                              r"(?:line[ \t]+)?manager|supervisor|reviewer|approver|checker|verifier|buyer|requester|"
                              r"requestor|originator|initiator|interviewees?|attendees|present))"
                              r"(?:[ \t]+\d{1,3}|[ \t]*\([^()\n]{1,20}\))?[ \t]*$")
# Initials as a sentence's subject before a verb ("JW to propose", "DM has listed", "DF on leave"),
# or after "by", "from", "cc" at the end of a clause ("Notes taken by FB.", "Comment from MP:").
# (these scans at a line start go from line break to line break: see ``LineStartPattern``)
_BULLET = r"[ \t]*(?:[-*\u2022][ \t]*)?"
_SUBJECT = LineStartPattern.either(_BULLET, r"[.!?;][ \t]+", rf"(?P<i>{_TOKEN}){_END}"
                                   rf"(?=[ \t]+(?:(?:will|has|had|is|was|on|please|can|could|should|must|needs?)[ \t]+[a-z]|{_VERB}"
                                   r"|(?:wants|thinks|says|reckons|reminds|reflected|signing|told|tells|mentioned|emailed|messaged|rang|phoned)\b))")
# Two people acting together: "FL and KM to agree", "RK and EM will review".
_PAIR = re.compile(rf"(?P<i>[A-Z](?<![\w&-].){_TOKEN_REST}){_END}[ \t]+(?:and|&)[ \t]+(?P<j>{_TOKEN}){_END}(?=[ \t]+{_VERB})")
_ACTIONS = rf"(?:{trie_pattern(ACTION_VERBS)})"
# An action at a line's start: "- SJW: propose a SKU list", "RK - book the room".
_ACTION_LINE = LineStartPattern.of(
    rf"{_BULLET}(?P<i>{_TOKEN}){_END}[ \t]*(?::|-|[\u2014\u2013])[ \t]*(?:to[ \t]+)?{_ACTIONS}\b")
# Initials as the subject of "to" and an action: "MS to follow up", "TOR to schedule the run" (taken where they are
# abbreviations or words elsewhere, since "to" and an action name a person's task).
# ("SCAR to follow" is a document to come: "follow" only as "follow up")
_TO_ACT = LineStartPattern.either(_BULLET, r"[.!?;:][ \t]+", rf"(?P<i>{_TOKEN}){_END}[ \t]+to[ \t]+"
                                  rf"(?:follow[ \t]+up|(?!follow\b){_ACTIONS})\b")
# A checklist's sign-off column: "… removed from the hopper ....... YES   KT", "… challenged .... PASS  MAB".
_SIGN_OFF = re.compile(rf"(?m:(?:YES|Yes|NO|No|PASS|Pass|FAIL|Fail|N/A|OK|DONE|Done|\u2713|\u2714)[ \t]+(?P<i>{_TOKEN}){_END}[ \t]*$)")
# (each word's look-behind after it, as in ``_PAIR``: ``re`` skips ahead to a word's first letter)
_BY = re.compile(rf"(?:by(?<!\wby)|from(?<!\wfrom)|cc(?<!\wcc)|with(?<!\wwith))[ \t]+(?P<i>{_TOKEN}){_END}"
                 r"(?=[ \t]*(?:[.,;:)\]\u2014\u2013]|$)|[ \t]+(?:on[ \t]+)?\d{1,2}(?:[:/.]\d{2}|[ \t]+[A-Z][a-z]{2}))",
                 re.MULTILINE)
# A numbered action: "A1 LP - issue the charter", "5.3 DF - book the room", "A24-19 RK to follow up".
_NUMBERED_ACTION = LineStartPattern.of(
    rf"{_BULLET}[A-Z]?\d{{1,3}}(?:[.-]\d{{1,3}})*[.)]?[ \t]+(?P<i>{_TOKEN}){_END}"
    rf"(?:[ \t]?/[ \t]?{_TOKEN}{_END})*(?:[ \t]*(?:-[ \t]|[\u2014\u2013:])|[ \t]+{_VERB})")
# ("(RS, 20 min)", "(GO, 18/03/2025)": a presenter or a reviewer with a time or a date)
_BRACKET = re.compile(rf"\((?P<i>{_TOKEN})(?:\)|,[ \t]+\d)")
# A reviewer's comment left in a draft: "[JB: check with Priya]", "[PR - can't name the client]".
# (in square brackets or braces: "[JB: check the figure]", "{MO: lovely - can we thank her?}")
_COMMENT = re.compile(rf"[\[{{](?:(?i:comment)[ \t]+)?(?P<i>{_TOKEN}){_END}[ \t]*(?::|[\u2014\u2013]|-[ \t])")
# Initials answering after a sentence: "Not like for like. HA: accepted, footnote it."
_ANSWER = re.compile(rf"[.!?][ \t]+(?P<i>{_TOKEN}){_END}:[ \t]+(?=[a-z])")
# (these two start with the token's capital, so ``re`` skips ahead to one; the look-behind then checks the
# character before it)
_SLASH = re.compile(rf"(?P<h>[A-Z](?<![\w/].){_TOKEN_REST})[ \t]?/[ \t]?(?P<i>{_TOKEN}){_END}")
# An owner's cell in a Markdown table: "| YZ |", "| TO / CD |".
_CELL = re.compile(rf"\|[ \t]*(?P<i>{_TOKEN}){_END}[ \t]*(?=\||/|$)", re.MULTILINE)
_DASH = re.compile(rf"[\u2014\u2013][ \t]+(?P<i>{_TOKEN}){_END}(?=[ \t]+{_VERB})")
_ANY = re.compile(rf"[A-Z](?<![\w&].){_TOKEN_REST}{_END}")
# Initials with a date after them sign or own something: "Approved (QA): NO 21/06/24", "| P | HM 21/10/24",
# "verified by BO 03/06/2024", "– IB – 14/02/2025", "NC (31/10/2024):", "— TO — 31 January 2025" (not after a
# number: "2 PM 21/10" is a time).
_DATED = re.compile(rf"(?P<i>[A-Z](?<![\w&'\u2019.-].)(?<!\d .){_TOKEN_REST}){_END}(?:[ \t]*[,\u2013\u2014-][ \t]*|[ \t]+\(?)"
                    # (a date read from a scan may hold a letter for a digit: "12/O3/24", "12/03/2A")
                    r"(?:\d[\dOlI]?/[\dOlI]{1,2}(?:/(?:[\dOlIAS]{4}|[\dOlIAS]{2}))?|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})"
                    r"|\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{4})(?![\w/.]|\.\d)")
# Initials after a date in a change history: "2023-05-11  EM  v1.0 first version", "14/03/2023  ROB   Initial issue".
# (led by the digit both dates start with, the look-behind after it: ``re`` skips ahead to a digit)
_AFTER_DATE = re.compile(rf"\d(?<![\w/.-].)(?:\d{{3}}-\d{{2}}-\d{{2}}|\d?/\d{{1,2}}/(?:\d{{4}}|\d{{2}}))[ \t]+(?P<i>{_TOKEN}){_END}"
                         r"(?=[ \t]{2,}|[ \t]+v?\d|[ \t]*\|)")
# Initials signing a message: "— OA" or "- RA" ending a sentence's line, "– DC" or "SJ" alone at the end
# of a text or before the name they stand for, "— MH, 16 September 2024".
_SIGNED_AFTER_SENTENCE = re.compile(
    rf"(?m:[.!?)\"\u201d](?:[ \t]+|[ \t]*\n[ \t]*)[-\u2013\u2014][ \t]*(?P<i>[A-Z]|{_TOKEN})\.?(?:,[ \t]+\d[^\n]{{0,25}})?[ \t]*$)")
_SIGNED_ALONE_REST = (
    rf"[ \t]*(?:[-\u2013\u2014][ \t]*)?(?P<i>[A-Z]|{_TOKEN}|[A-Z]\.(?:[A-Z]\.){{1,2}})\.?"
    # (the gaps after the initials possessive: a run of spaces after them, read in every split, was cubic in its length)
    rf"(?:,[ \t]+\d[^\n]{{0,25}})?[ \t]*+(?=\n[ \t]*+\n[ \t]*+(?:-{{2,}}|_{{2,}}|From:|Sent\b|On\b[^\n]*wrote:"
    rf"|[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){{1,3}}[ \t]*(?:\n|$))|\n?[ \t]*+\Z)")
# (at the text's start, or after a blank line: the second scanned from its line break, the first tried alone)
_SIGNED_ALONE = LineStartPattern(re.compile(rf"(?:^|\n[ \t]*\n){_SIGNED_ALONE_REST}"),
                                 re.compile(rf"\n[ \t]*\n{_SIGNED_ALONE_REST}"))
# "Notes typed up by TR", "Written up by CB for the group" (found from "by": a scan for the verbs is slower).
_BY_INITIALS = re.compile(rf"by(?<!\wby)[ \t]+(?P<i>{_TOKEN}){_END}")
# (the verb may be a few words before "by": "typed up from the whiteboard by TR")
_WRITTEN_BEFORE = re.compile(r"(?i:\b(?:written|typed|taken|compiled|minuted|transcribed|drafted|collated))(?:[ \t]+up)?"
                             r"(?:[ \t]+[\w'\u2019-]+){0,5}[ \t]+$")
# A list of three or more initials after a word that introduces people: "between MG, CD and RV" (tried where
# two initials stand before a comma: few texts have any; looked for at ``_ANY``'s matches, where any starts).
_TWO_LISTED = re.compile(rf"[A-Z](?<![\w&].){_TOKEN_REST},[ \t]*{_TOKEN}{_END}")
# (the same as "\b(?:between|with|by|from|cc|attendees:|present:)…", tried in the same order, but led by the words'
# first letters, which ``re`` skips ahead to, the word's start and first letter looked behind at)
_LISTED = re.compile(rf"[bwfcap](?<!\w.)(?:(?<=b)etween|(?<=w)ith|(?<=b)y|(?<=f)rom|(?<=c)c|(?<=a)ttendees:|(?<=p)resent:)"
                     rf"[ \t]+(?P<list>{_TOKEN}{_END}(?:,[ \t]*{_TOKEN}{_END})+"
                     rf",?[ \t]+(?:and|&)[ \t]+{_TOKEN}{_END})")
_LIST_ITEM = re.compile(_TOKEN)
# Initials before their role in brackets: "Interviewees: AV (Site Director), KO (Head of Engineering)".
_BEFORE_ROLE = re.compile(rf"(?P<i>[A-Z](?<![\w&'.-].){_TOKEN_REST}){_END}[ \t]+\((?P<role>[A-Za-z][\w &/-]{{1,40}})\)")
# The people at a meeting or on a message, listed after their line's word: "Present: me, PK, SB, M. Tretor",
# "Attendees: DK (Automation), RH (Process Eng), MB (Production)", "Cc: Tom Fisher; DW".
# (read by its line breaks: a pattern led by "(?m:^" is tried at every position; read by its group only)
_ROSTER = LineStartPattern.of(
    r"(?i:[ \t>]*(?:present|attendees|attendance|attending|apologies|absent|cc|bcc|to|distribution|"
    r"circulation|invitees|participants|panel|interviewers|signatories)[ \t]*:)(?P<list>[^\n]*)")
# A newsletter's credits, wherever in the line: "Words: H. Ode, Comms. Photos: XQ & Ada Obi."
# (led by the word's first letter, the word's start looked behind at: ``re`` skips ahead to those letters instead of
# trying every position)
_CREDITS = re.compile(r"[PpWwCcIi](?<![\w-].)(?i:(?<=p)hoto(?:s|graphs?|graphy)?|(?<=p)ictures?|(?<=w)ords|(?<=c)redits?|"
                      r"(?<=i)llustrations?)[ \t]*:"
                      r"(?=(?P<list>[^\n]*))")  # (a look-ahead: the next credit on the line is read on its own)
# (one of them: before a comma, "&", "and", a full stop or the line's end)
_CREDIT_ITEM = re.compile(rf"(?:^|[,;&]|\band\b)[ \t]*(?P<i>{_TOKEN}){_END}(?=[ \t]*(?:[,;&]|and\b|\.(?!\w)|$))")
_ROSTER_ITEM = re.compile(rf"(?:^|[,;&]|\band\b)[ \t]*(?P<i>{_TOKEN}){_END}(?=[ \t]*(?:\([^()\n]*\))?[ \t]*(?:[,;&]|and\b|$))")
# A bracketed list of three or more initials: "Decision: GO (YB, CL, AF)".
_BRACKETED_LIST = re.compile(rf"\((?P<list>{_TOKEN}{_END}(?:,[ \t]*{_TOKEN}{_END}){{2,}})\)")
# Initials after a dash after a quotation, signing it with their role: '"... mopping." - XQ, QA (on nights then)'.
_QUOTE_SIGNED = re.compile(rf"[\"\u201d][ \t]*[-\u2013\u2014][ \t]*(?P<i>{_TOKEN}){_END}(?=,[ \t]+[A-Z]|[ \t]+\(|[ \t]*$)",
                           re.MULTILINE)
# Initials with the name they stand for in brackets after them: "approved by XQ (Xanthe Quill)".
_NAME_AFTER = re.compile(rf"(?P<i>[A-Z](?<![\w&'.-].){_TOKEN_REST}){_END}[ \t]+"
                         r"\((?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,2})\)")
# A signer's initials in brackets after their initial and surname: "Reviewed by  X. Quillaby  (XV)" (the letters of
# a register's name need not be those of the name as written: a middle name, a family name used at work).
_AFTER_INITIAL_AND_SURNAME = re.compile(r"(?P<first>[A-Z])(?<![\w.][A-Z])\.[ \t]?(?:[A-Z]\.[ \t]?)?[A-Z][a-z'\u2019-]+(?:-[A-Z][a-z]+)?"
                                        rf"[ \t]+\((?P<i>{_TOKEN}){_END}\)")
# Initials after a dash ending a line, alone or slashed: "to be validated separately – HF / COD."
_DASH_END = re.compile(rf"(?m:[\u2013\u2014][ \t]*(?P<i>{_TOKEN}){_END}(?:[ \t]?/[ \t]?{_TOKEN}{_END})*\.?[ \t]*$)")
# Initials ending a clause after a word of approval or ownership: "Approved ST.", "witnessed HB.", "(owner GS, due …)".
_CLAUSE_END = re.compile(rf"(?P<i>[A-Z](?<![\w&'.-].){_TOKEN_REST}){_END}(?=[ \t]*(?:[.,;)]|$))", re.MULTILINE)
_APPROVED_BEFORE = re.compile(r"(?i:approved|reviewed|checked|verified|witnessed|signed|initialled|owner)(?:[ \t]+by)?[ \t]+$")
# A log line's initials after its last sentence: "... Verified transfer in MES. PO", "WR closed. RK".
_LINE_END = re.compile(rf"(?m:[.!?][ \t]+(?P<i>{_TOKEN}){_END}\.?[ \t]*$)")

# Capitals that are words or common abbreviations, not anyone's initials (beyond the trade's acronyms).
_NOT_ACTORS = frozenset("""
    CI CD PO NA TBC TBD SAT FAT IQ OQ PQ AOB RACI WIP ETA FYI ASAP EOD COB NB PS AM PM UTC GMT BST TV PC ID OS UI
    UX SDK PR HQ MD VP RFQ RFP POC POC MVP NDA SOW TL WP OK NO YES IS IF OR AND THE FOR TO BY AT ON IN OF AS BE DO
    GO ME MY UP WE HE IT US UK EU USA NHS CPI KPI ROI QP OEE CAPA HMI PLC SCADA ERP LIMS MHRA FDA EMA MES PAT GMP QA
    QC SOP URS R&D HR AI ML IT OT CEO CTO CFO COO MSAT RAG ALL ANY NEW OPS DR PROF MR MRS MS CC BCC RE FW FWD
    Q A QR CV PhD MSc BSc MBA MEng BEng HNC HND KTP EPSRC BBSRC UKRI IUK
    RED LOW MED HIGH PASS FAIL DONE OPEN PPE LNG RSVP EXT SKU
    TN EN END ENDS
    PDF XLSX XLS XLSM DOCX CSV TXT XML JSON PPTX ZIP PNG JPG
    """.split())  # (TN, EN: a translator's or editor's note, "{TN: ...}", "[EN: ...]"; initials taught from a name still go;
# END, ENDS: a transcript's "[END - 00:52:14]" and the line that ends a press release;
# PDF, XLSX...: a file's format, in an inventory's "Format" column)


@cache
def _never() -> frozenset[str]:
    return _NOT_ACTORS | not_initials()


# Abbreviations that are also many people's initials: taken where initials are sure to stand for someone.
_ALSO_INITIALS = frozenset("MD MS PR CD PO TL VP NO SO TO GO IF OR AS AT BE DO ME MY UP WE HE US ON IN OF BY IS".split())


@cache
def _never_when_sure() -> frozenset[str]:
    return _never() - _ALSO_INITIALS


class InitialsActorRecogniser:
    name = "initials_actor"

    def find(self, doc: Document) -> Iterator[Span]:
        text = _initials_as_printed(doc.text)
        tokens = list(_ANY.finditer(text))
        starts = [m.start() for m in tokens]  # (where the scans led by initials standing alone are tried)
        candidates: list[tuple[int, int]] = []
        dashed = list(_DASH.finditer(text))  # (read twice below: scanned once)
        candidates += [m.span("i") for m in _LINE_START.finditer(text)]
        candidates += [m.span("i") for m in dashed]
        fields = list(_FIELD.finditer(text))
        candidates += [m.span("i") for m in fields if _FIELD_NAME.search(text, max(0, m.start() - 24), m.start())]
        # Where one use is enough: a signature or owner field, a numbered action or an action line, a
        # checklist's sign-off, a subject before a verb, after "by", a reviewer's comment, an owner's cell
        # (initials that are no word there: "SO" in a table may be "so").
        dotted = list(_DOTTED_FIELD.finditer(text))
        once = [m.span("i") for m in (*fields, *dotted) if _SIGNATURE_FIELD.search(text, max(0, m.start() - 24), m.start())]
        # (dotted initials in a stamp's bare "by:" field, "ENTERED ON SYSTEM | by: K.O.": no acronym is so written)
        once += [m.span("i") for m in dotted if _BARE_BY.search(text, max(0, m.start() - 8), m.start())]
        once += [m.span("i") for m in _ACTION_LINE.finditer(text)]
        once += [m.span("i") for m in _SIGN_OFF.finditer(text)]
        once += [m.span("i") for matches in (_SUBJECT.finditer(text), _BY.finditer(text), dashed) for m in matches
                 if not _a_word(m.group("i"))]
        once += [m.span(g) for m in _at_tokens(_PAIR, text, starts) for g in ("i", "j") if not _a_word(m.group(g))]
        if "(" in text:  # "(MW)" after a space or at a line start
            candidates += [m.span("i") for m in _BRACKET.finditer(text) if not m.start() or text[m.start() - 1] in " \t\n"]
        if "|" in text:
            cells = _not_in_a_header(text, _CELL.finditer(text))
            once += [m.span("i") for m in cells if not _a_word(m.group("i"))]
            candidates += [m.span("i") for m in cells]
        once += [m.span("i") for regex in (_SIGNED_AFTER_SENTENCE, _SIGNED_ALONE) for m in regex.finditer(text)]
        once += [m.span("i") for m in _BY_INITIALS.finditer(text) if _WRITTEN_BEFORE.search(text, max(0, m.start() - 64), m.start())]
        once += [m.span("i") for m in _LINE_END.finditer(text) if not _a_word(m.group("i"))]
        once += [m.span("i") for m in _DASH_END.finditer(text)]
        once += [m.span("i") for m in _LOG_LINE_SIGNED.finditer(text)]
        once += [m.span("i") for m in _QUOTE_SIGNED.finditer(text) if not _a_word(m.group("i"))]
        once += [m.span("i") for m in _AFTER_DATE.finditer(text) if not _a_word(m.group("i"))]
        logged, acting_again = record_actors(text)
        once += [(s, e) for s, e in logged if not _a_word(text[s:e])]
        candidates += acting_again
        if "(" in text:
            once += [m.span("i") for m in _at_tokens(_BEFORE_ROLE, text, starts)
                     if any(w.lower() in ROLE_WORDS for w in m.group("role").split())]
            once += _items(_BRACKETED_LIST.finditer(text))
        once += [m.span("i") for m in _at_tokens(_CLAUSE_END, text, starts) if _APPROVED_BEFORE.search(text, max(0, m.start() - 20), m.start())]
        once += [(m.start("list") + i.start("i"), m.start("list") + i.end("i")) for m in _ROSTER.finditer(text)
                 for i in _ROSTER_ITEM.finditer(m.group("list"))]
        if ":" in text:
            once += [(m.start("list") + i.start("i"), m.start("list") + i.end("i")) for m in _CREDITS.finditer(text)
                     for i in _CREDIT_ITEM.finditer(m.group("list")) if not _a_word(i.group("i"))]
        if next(_at_tokens(_TWO_LISTED, text, starts), None):
            once += _items(_LISTED.finditer(text))
        # Where initials are sure to stand for someone, also those that are abbreviations elsewhere ("MD", "PR"):
        # before a date, in a reviewer's comment, in a numbered action.
        sure = [m.span("i") for m in _at_tokens(_DATED, text, starts)]
        if "[" in text or "{" in text:
            sure += [m.span("i") for m in _COMMENT.finditer(text)]
        once += [m.span("i") for m in _ANSWER.finditer(text) if not _a_word(m.group("i"))]
        sure += [m.span("i") for m in _NUMBERED_ACTION.finditer(text)]
        sure += [m.span("i") for m in _TO_ACT.finditer(text)]
        signers = [m.span("i") for m in _AFTER_INITIAL_AND_SURNAME.finditer(text)
                   if m.group("i")[0] == m.group("first") and not _a_word(m.group("i"))] if "(" in text else []
        once += signers
        candidates += once + sure
        alone, strong = set(once) | set(sure), set(sure)
        if candidates and "/" in text:  # "SO/MTR", "MT / GR" beside initials acting ("UF/DF" is no one)
            acting = {s for s, _ in candidates}
            for m in _SLASH.finditer(text):
                if m.span("h") in alone or m.span("i") in alone:
                    alone |= {m.span("h"), m.span("i")}
                if m.span("h") in strong or m.span("i") in strong:
                    strong |= {m.span("h"), m.span("i")}
                if m.start("h") in acting or m.start("i") in acting:
                    candidates += [m.span("h"), m.span("i")]
        if "(" in text:
            for m in _at_tokens(_NAME_AFTER, text, starts):
                # (the name's own initials, its first a given name: "IT (Information Technology)" is no one)
                if name_initials(m.group("name")) == m.group("i") and is_given_name(m.group("name").split()[0]):
                    yield Span(*m.span("i"), "person", self.name, 0.8, "Person", entity_key(m.group("name")),
                               "Initials with the name they stand for in brackets")
        yield from self._written_initials(text)
        for start, end, owner in comment_marker_initials(text):  # ("Comment [KO3]:": whatever letters they are)
            yield Span(start, end, "person", self.name, 0.8, "Person", entity_key(owner), "A commenter's initials in a comment marker")
        keyed = initials_keys(text)  # ("DY = Dorrit Yelland": the name and its initials, one person)
        for initials_at, name_at in keyed:
            key = entity_key(text[slice(*name_at)])
            yield Span(*name_at, "person", self.name, 0.8, "Person", key, "A name in a key of initials")
            yield Span(*initials_at, "person", self.name, 0.8, "Person", key, "Initials spelled with a name in a key")
        spelled = abbreviations_spelled_out(text)
        # (the trade's abbreviations, "DS" where "drug substance" is written, stand for someone where sure initials
        # act: "DS to chase the courier"; those introduced in brackets never do)
        trade = spelled - bracketed_abbreviations(text)
        declared = {t.upper() for t in doc.terms} | spelled
        coded = legend_codes(text)  # ("AL = annual leave": a rota's mark, no one)
        candidates = [(s, e) for s, e in candidates
                      if (text[s:e].upper() not in declared or (s, e) in strong and text[s:e] in trade)
                      and text[s:e] not in coded
                      and (s, e) not in {at for at, _ in keyed}
                      and text[s:e] not in (_never_when_sure() if (s, e) in strong else _never())]
        if not candidates:
            return
        counts = Counter(m.group() for m in tokens)
        introduced: set[str] = set()
        for m in _BRACKET.finditer(text) if "(" in text else ():
            if _a_persons_own(text, m.start(), m.group("i")) or m.span("i") in signers:
                alone.add(m.span("i"))  # ("Tobin Q (TQ)": his, also where he acts under them)
            elif _named_before(text, m.start()):
                introduced.add(m.group("i"))
        for start, end in sorted(set(candidates)):
            initials = text[start:end]
            # (taken for being written twice, a word of three letters or more is a header's or a form's, "DATE",
            # "PAGE", "OUT", unless it is a given name too, "ROB")
            counted = counts[initials] >= 2 and not _a_longer_word(initials)
            if (counted or (start, end) in alone) and initials not in introduced:
                yield Span(start, end, "person", self.name, 0.75, "Person", entity_key(initials),
                           "Initials acting in minutes or an action list")

    def _written_initials(self, text: str) -> Iterator[Span]:
        """Initials said to be someone's: 'initials "K.T."', "initialled QX" (a log book's entry read out in an
        interview), and the initials a note-taker gives themselves, "me (qv)", as notes typed live write them, with
        the same letters where they sign a line ("... - qv") or stand in brackets elsewhere ("(qv)")."""
        for m in _INITIALS_NAMED.finditer(text):
            if not _a_word(m.group("i")) or "." in m.group("i"):
                yield Span(*m.span("i"), "person", self.name, 0.8, "Person", entity_key(m.group("i").replace(" ", "")),
                           "Initials said to be someone's")
        mine = {m.group("i") for m in _ME_INITIALS.finditer(text)
                if m.group("i").lower() not in TWO_LETTER_WORDS and m.group("i").lower() not in english_words()
                and m.group("i").upper() not in _never()}
        for letters in sorted(mine)[:_NOTE_TAKERS]:  # (a text has a note-taker or two: each is one more scan)
            for m in _own_initials_pattern(letters).finditer(text):
                yield Span(*m.span("i" if m.group("i") else "j"), "person", self.name, 0.75, "Person", entity_key(letters),
                           "A note-taker's own initials")


# Initials said to be someone's: 'initials "K.T."', "initialled QX", "initials: R. K." (led by the word's first letter).
_INITIALS_NAMED = re.compile(r"[Ii](?<![\w-].)nitial(?:s|led|ed)[ \t]*:?[ \t]*[\"\u201c'\u2018]?"
                             r"(?P<i>(?:[A-Z]\.[ \t]?){1,2}[A-Z]\.?|[A-Z]{2,3})(?![\w'\u2019-])")
# The note-taker naming themselves by their initials: "me (qv) typing", "me (QV)".
_NOTE_TAKERS = 3
_ME_INITIALS = re.compile(r"\b(?i:me)[ \t]*\((?P<i>[a-z]{2,3}|[A-Z]{2,3})\)")


@lru_cache(maxsize=64)
def _own_initials_pattern(letters: str) -> re.Pattern[str]:
    """Where a note-taker's initials (as they wrote them) stand for them: in brackets ("me (qv)", "(qv)") or after a
    dash ending a line ("file saved to the share - qv")."""
    i = re.escape(letters)
    return re.compile(rf"\((?P<i>{i})\)|(?:^|(?<=[ \t]))[-\u2013\u2014][ \t]*(?P<j>{i})[ \t]*$", re.MULTILINE)


# Dotted initials signing a log line led by its time, at the line's end after a dash, a column gap or a sentence:
# "22:40  CIP started - X.Q.", "06:00  Handover to days. T.Q.K", "05:30  Sweep done    Q.X."
_LOG_LINE_SIGNED = re.compile(r"(?m:^[ \t]*\[?\d{1,2}[:.]\d{2}\b[^\n]*?(?:[ \t]+[-\u2013\u2014][ \t]*|[ \t]{2,}|[.!?][ \t]+)"
                              r"(?P<i>[A-Z]\.[ \t]?[A-Z](?:\.[ \t]?[A-Z])?\.?)[ \t]*$)")
# A scan's misreadings: a "0" or "1" inside a word of letters ("L0G", "granu1ator"), an "l" among capitals ("SHlFT").
_MISREAD = re.compile(r"[A-Za-z](?:[01]|(?<=[A-Z])l(?=[A-Z]))[A-Za-z]")
# Initials a scan misread: an "O" read as "0", an "I" as "l", with or without full stops ("0.T.", "0T", "T.l.K").
_MISREAD_INITIALS = re.compile(r"(?<![\w.])(?=[A-Z0l.]*[0l])(?=[A-Z0l.]*[A-Z])(?:[A-Z0l]\.){1,3}[A-Z0l]?\.?(?![\w.])"
                               r"|(?<![\w.])(?=[A-Z0l]*[0l])(?=[A-Z0l]*[A-Z])[A-Z0l]{2,3}(?![\w.])")


# ``_MISREAD`` found from its middle character, the letter before it looked behind at: where its first match starts is
# one before where this finds its first (the same three characters), and most texts hold none. (Speed: led by the
# class of "0", "1" and "l", which ``re`` skips ahead to, instead of a class of letters tried at every letter.)
_MISREAD_MIDDLE = re.compile(r"(?:[01](?<=[A-Za-z].)|l(?<=[A-Z]l)(?=[A-Z]))[A-Za-z]")


def _initials_as_printed(text: str) -> str:
    """``text`` with the initials a scan misread read as printed, of the same length ("0.T." → "O.T."), in a text
    that shows a scan's misreadings twice or more; else ``text``."""
    first = _MISREAD_MIDDLE.search(text, 0, 200_000)
    if first is None or len(_MISREAD.findall(text, first.start() - 1, 200_000)) < 2:
        return text
    return _MISREAD_INITIALS.sub(lambda m: m.group().replace("0", "O").replace("l", "I"), text)


def _at_tokens(regex: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for a scan whose every match starts where ``_ANY`` finds initials (``_PAIR``,
    ``_BEFORE_ROLE``, ``_CLAUSE_END``, ``_DATED``, ``_TWO_LISTED``: the same capitals before ``_END`` or a comma, after a character that
    ``_ANY`` also lets stand before them), tried at the ``starts`` of ``_ANY``'s matches only, not at every
    capital of the text."""
    after = 0
    for start in starts:
        if start >= after and (match := regex.match(text, start)):
            after = match.end()
            yield match


def _items(lists: Iterator[re.Match[str]]) -> list[tuple[int, int]]:
    """Where each initials of some lists ("MG, CD and RV") stand."""
    return [(m.start("list") + i.start(), m.start("list") + i.end()) for m in lists for i in _LIST_ITEM.finditer(m.group("list"))]


def _a_word(initials: str) -> bool:
    """Whether initials read as an English word ("SO", "AM", "HIGH"): then one use is not enough."""
    lower = initials.lower()
    return lower in TWO_LETTER_WORDS if len(lower) == 2 else lower in english_words()


def _not_in_a_header(text: str, cells: Iterator[re.Match[str]]) -> list[re.Match[str]]:
    """The cells not in the first row of a table split by bars, a row of no digits over another row ("| Rev | DRN |
    CHK | APP |"): its cells name the columns (a drawing's "drawn", "checked", "approved"), not who signed them.
    (Each line read once, however many cells it holds.)"""
    kept: list[re.Match[str]] = []
    line_end, header = -1, False
    for cell in cells:
        if cell.start() > line_end:
            start = text.rfind("\n", 0, cell.start()) + 1
            line_end = text.find("\n", cell.start())
            header = _a_header_row(text, start, line_end)
            if line_end < 0:
                line_end = len(text)
        if not header:
            kept.append(cell)
    return kept


def _a_header_row(text: str, start: int, end: int) -> bool:
    if end < 0 or text.count("|", start, end) < 3 or any(c.isdigit() for c in text[start:end]):
        return False
    before = text[text.rfind("\n", 0, max(0, start - 1)) + 1:start]
    after_end = text.find("\n", end + 1)
    return "|" not in before and "|" in text[end + 1:after_end if after_end > 0 else len(text)]


def _a_longer_word(initials: str) -> bool:
    """Whether capitals of three letters or more read as an English word that is no given name ("DATE", "OUT")."""
    return len(initials) >= 3 and initials.lower() in english_words() and not is_given_name(initials.capitalize())


def _a_persons_own(text: str, bracket: int, initials: str) -> bool:
    """"Tobin Q (TQ)", "Orlagh Vane-Murtagh (OVM)": initials in brackets after a given name and the rest of a name, each
    word's first letter (or the first and the last): the person's own, who acts under them elsewhere ("TQ wants the
    new layout"), not an acronym introduced for the words."""
    words = text[max(0, bracket - 60):bracket].split()
    capitals = "".join(c for c in initials if c.isupper())
    for k in (2, 3):
        run = words[-k:]
        if len(run) < k or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in run):
            continue
        own = name_initials(" ".join(run))
        if is_given_name(run[0]) and capitals in (own, own[:1] + own[-1:]):
            return True
    return False


def _named_before(text: str, bracket: int) -> bool:
    """"Northfield Biologics plc (NFB)", "automated visual inspection (AVI)": initials introduced for
    the words just before them (a person's are learned with the name), not someone acting."""
    words = text[max(0, bracket - 80):bracket].split()
    close = min((i for i in (text.find(")", bracket), text.find(",", bracket)) if i > 0), default=len(text))
    letters = [c for c in text[bracket + 1:close] if c.isupper()]
    # ("Northfield Biologics (NFB)": a capitalised word just before, with the initials' first letter;
    # "Programme status (KA)" is someone's item)
    if any(w[:1] == letters[0] for w in words[-2:] if w[:1].isupper()):
        return True
    firsts = [w[0].upper() for w in words if w[:1].isalpha() and w.lower() not in ("of", "and", "for", "the", "&")]
    return firsts[-len(letters):] == letters


RECOGNISER = InitialsActorRecogniser()
