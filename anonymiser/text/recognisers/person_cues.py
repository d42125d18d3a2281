"""The contexts that mark a run of capitalised words as a person's name (data for ``person``).

Names are found name-first (a fast scan for runs of capitalised words), then each run is accepted
when a cue sits just before it (``BEFORE``, matched on the lower-cased text ending at the name) or
just after it (``AFTER``, matched on the text from the name's end). Each cue has a confidence and
the reason shown in the report.
"""
from __future__ import annotations

import re

from anonymiser.text.recognisers.line_start import LineStartPattern
from anonymiser.text.wordtrie import trie_pattern

GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
# Upper- and lower-case Latin letters, Latin-1 to Latin Extended Additional ("Ólafur", "Gŵyr", "Dąbrowski",
# "Nguyễn"); the extended blocks mix both cases, so they sit in both classes.
UP = "A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ"
LO = "a-zß-öø-ÿĀ-ſƀ-ɏḀ-ỿ"
# (the same as "(?:O'|D')?[UP][LO]+…", tried in the same order, but starting with a character class, so
# ``re`` skips ahead to a capital in a pattern that starts with a word)
WORD_REST = rf"(?:(?<=[OD])'[{UP}])?[{LO}]+(?:[{UP}][{LO}]+)?(?:-[{UP}]?[{LO}]+)?"  # (after its capital)
WORD = rf"(?:[{UP}]{WORD_REST})"
PLAIN_WORD = rf"(?:(?:O'|D')?[{UP}][{LO}]+(?:[{UP}][{LO}]+)?(?:-[{UP}]?[{LO}]+)?)"
# Name particles: "van der", "de", Irish "Ó"/"Ní"/"Mac an", Welsh "ap", Arabic "bin" and "al-"; after an Irish particle
# the name may start with a lower-case eclipsis or prefix ("Mac an tSaoir", "Ó hAodha", "Ní bhFáil").
PARTICLE_WORDS = ("van", "von", "de", "der", "den", "del", "della", "dos", "das", "da", "di", "du", "le", "la", "ter", "ten",
                  "bin", "bint", "ibn", "al", "el", "ap", "ab")
PARTICLE = (r"(?:(?:" + "|".join(PARTICLE_WORDS) + r")[ \t]+|"
            r"(?:al|el|bin|ibn|abu)-(?=[" + UP + r"])|"
            r"(?:Ó|Ní|Nic|Uí|Ua|Mac|Mhic|Nig)(?:[ \t]+an)?[ \t]+(?:t|h|n|bh|gc|dt|mb|bp|ng)?(?=[" + UP + r"]))")
# A run of capitalised words (an optional middle initial): the candidates for a name.
# (Speed, same matches as "(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|St)\.[ \t]+)?{WORD}…", tried in the same order: the run
# starts with its capital, so ``re`` skips ahead to one, and the title's capital is checked behind it.)
_TITLE_REST = r"(?:(?<=D)r|(?<=P)rof|(?<=M)r|(?<=M)rs|(?<=M)s|(?<=M)x|(?<=S)t|(?<=S)ra|(?<=M)me)"
# (A title with its full stop leads a run of one word more: "Mrs. Rueda", "Mr. Green".)
# (Speed: the runs of lower-case letters of its words taken whole, never given back ("[LO]++"): what follows a word
# in a run is a space or the run's end, never a letter, so a word cut short can only fail; giving back letter by
# letter at the end of every capitalised word not followed by another cost more than the rest of the scan.)
_RUN_WORD_REST = rf"(?:(?<=[OD])'[{UP}])?[{LO}]++(?:[{UP}][{LO}]++)?(?:-[{UP}]?[{LO}]++)?"
_RUN_WORD = rf"(?:[{UP}]{_RUN_WORD_REST})"
_RUN_REST = rf"(?:(?:{GAP}[A-Z]\.)?{GAP}{PARTICLE}{{0,2}}{_RUN_WORD})"
RUN = re.compile(rf"[{UP}](?:{_TITLE_REST}\.[ \t]+{_RUN_WORD}{_RUN_REST}{{0,4}}|{_RUN_WORD_REST}{_RUN_REST}{{1,4}})")
_SIGN_OFF_WORDS = ("regards", "best wishes", "best", "thanks", "cheers", "many thanks", "sincerely", "yours", "warm regards")
# (the words as a trie: an alternation of words is tried word by word at every position)
SIGN_OFF = re.compile(rf"{trie_pattern(_SIGN_OFF_WORDS)}[ \t]*,?[ \t]*\n+[ \t]*")
# (or initials alone: "Best,\nB." / "Best, B.")
SIGN_OFF_NAME = re.compile(rf"(?:{WORD}(?:[ \t]+{WORD}){{0,2}}|[A-Z]\.(?:[ \t]?[A-Z]\.)?)(?=[ \t]*(?:\n|$))")
# "— Florence Smith" / "– Jo Bloggs, Site Lead" / "-- Sam Cole" at the start of a line (a signature).
DASH_SIGNATURE = LineStartPattern.of(
    rf"[ \t]*(?:\u2014|\u2013|--|~)[ \t]*(?P<name>{WORD}(?:[ \t]+{PARTICLE}{{0,2}}{WORD}){{0,2}})[ \t]*(?:,[^\n]{{0,80}})?$")
# "Great effort, everyone — Florence Smith" ending a line (the first word must be a known given name).
DASH_SIGNATURE_END = re.compile(rf"[ \t](?:\u2014|\u2013|--)[ \t]*(?P<name>{WORD}(?:[ \t]+{PARTICLE}{{0,2}}{WORD}){{1,2}})[ \t]*$", re.MULTILINE)
# '..." - Pat, packing', '...again" — Sue': who said a quotation, after it and a dash, to the line's end or a comma
# and a word (the first word must be a known given name, a word or not: not '" - Operator, packing', '" - May, 2024').
# (found from the dash, which ``re`` skips ahead to, the closing quote looked behind at)
QUOTE_ATTRIBUTION = re.compile(rf"[-\u2013\u2014](?:(?<=[\"\u201d][ \t].)|(?<=[\"\u201d].))[ \t]*"
                               rf"(?P<name>{WORD}(?:[ \t]+(?:{WORD}|[{UP}]\.?))?)(?=[ \t]*(?:$|,[ \t]*[^\W\d_]))", re.MULTILINE)
# "@Tom Ellis" (a tagged person in a social post).
MENTION = re.compile(rf"@(?P<name>{WORD}(?:[ \t]+{PARTICLE}{{0,2}}{WORD}){{1,2}})")
# "Thanks, Priya" / "Best wishes, Tom Ellis" ending a line.
# (the sign-off word is found in the lower-cased text, the name after it in the text)
_INLINE_SIGN_OFF = trie_pattern([*_SIGN_OFF_WORDS, "thank you"])
INLINE_SIGN_OFF_WORD = re.compile(rf"(?m:(?:^|[.!?][ \t]+)[ \t]*{_INLINE_SIGN_OFF},[ \t]*)")
# Where an ``INLINE_SIGN_OFF_WORD`` match can start is found from its word (``person`` looks back from it).
INLINE_SIGN_OFF_ANCHOR = re.compile(rf"{_INLINE_SIGN_OFF},")
INLINE_SIGN_OFF_NAME = re.compile(rf"(?P<name>{WORD}(?:[ \t]+{WORD}){{0,2}}|[A-Z]\.(?:[ \t]?[A-Z]\.)?)[ \t]*[.!]?[ \t]*(?:\n|$)")
# A given name alone before a verb of speech: "Adaeze in QA asked", "Priya said" (checked against the
# given-name list by ``person``).
_SPEECH = trie_pattern(
    """said says asked asks explained explains added adds commented noted notes told recalled argued insisted agreed
    suggested suggests noticed spotted found wrote replied joked reckons admitted admits pointed_out points_out laughs
    laughed smiles smiled warned warns proposed confirmed who""".replace("_", " ").split()
)
# (the verb is found in the lower-cased text; the name is looked for just before it)
SPEECH_VERB = re.compile(rf"[ \t]{_SPEECH}\b")
GIVEN_BEFORE_VERB = re.compile(rf"(?P<name>{WORD})(?:[ \t]+(?:in|from|at|on)[ \t]+(?:the[ \t]+)?[A-Z][\w&]*(?:[ \t]+[A-Z][\w&]*)?|[ \t]+(?:on|in)[ \t]+(?:my|our|his|her|their|the)[ \t]+team)?,?(?:[ \t]+(?:has|had|also|will))?$")
# "Dr P says", "ask Mrs K": a title before a lone initial (the initial is the person; the title stays).
# (the same as "\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|Miss)…", tried in the same order, but led by the titles' first letters,
# which ``re`` skips ahead to, the boundary and each title's first letter looked behind at from there)
TITLED_INITIAL = re.compile(r"[DPM](?<!\w.)(?:(?<=D)r|(?<=P)rof|(?<=M)r|(?<=M)rs|(?<=M)s|(?<=M)x|(?<=M)iss)\.?[ \t]+"
                            r"(?P<name>[A-Z])(?![\w.'\u2019&-])")
# ("A. Smith", "A.B. Smith"; and two initials hyphenated or spaced: "A-M Harlan", "S-J Adewunmi", "C J Harrigan"; a
# second word after one space only: "C J Harrigan      Date" is a name and the next column's label; "Q.No" is no one)
# (led by Spain's "M.ª" for María, which NFKC makes "M.a": "M.ª T. Olabarri"; read after its "M", so that the pattern is
# led by one capital, which ``re`` skips ahead to: led by the optional "M.a", it was tried at every position)
INITIAL_SURNAME = re.compile(rf"[A-Z](?:(?<=M)\.a[ \t][A-Z])?(?:\.(?:[ \t]?[A-Z]\.)?[ \t]?|-[A-Z]\.?[ \t]+|[ \t][A-Z][ \t]+)(?!(?:No|Nr|Ref)\b)(?:{PARTICLE}{{1,2}})?{WORD}(?:[ ]{WORD})?")
# "Bishop, Andrew" in a mail header or before a chat message: a surname, a comma and a given name, then a
# colon, a semicolon, an address or the line's end.
# (found from the comma: the given name after it, then the surname before it)
# (or a table cell's end, a tab, a quote or a bracket: "| Khan, Aisha  |", "Foster, Callum (Vendor)")
# (or a gap of two spaces, the next column of a printed register: "MARWICK, Isolde      E/I     02:45")
_AFTER_GIVEN = r"(?=[ \t]{2}|[ \t]*(?::|;|<|\||\t|\"|\(|[\u2013\u2014-][ \t]|$))"
# (a given name's second part in lower case too, as Korean names are written: "Ji-ho", "Min-jun")
GIVEN_AFTER_COMMA = rf"[{UP}][{LO}]+(?:-[{UP}]?[{LO}]+)?"
COMMA_GIVEN = re.compile(rf"(?m:,[ \t]+(?P<given>{GIVEN_AFTER_COMMA}){_AFTER_GIVEN})")
# (every particle in capitals, and the Irish ones with "AN" after: "VAN DER QUELLBORNE", "MAC AN BRANNOCH")
_CAPITALS_PARTICLE = "(?:" + "|".join(("NÍ", "NIC", "MAC", "MC", "UÍ", "ST", "AN", *(w.upper() for w in PARTICLE_WORDS))) + ")"
# (a surname in capitals too, as an organisation chart or a register prints it: "MACKENZIE-ROSS, Fiona")
_SURNAME = rf"(?:{WORD}|[{UP}]{{2,}}(?:[-'\u2019][{UP}]{{2,}})?)"
# (its particles before it, in capitals or not: "DE LA VORRA, Ysmeni", "van der Pellorin, Anna")
# (or an Irish one, with "an" and the surname's lower-case mutation after it: "Ó Drennagh, Crispin", "Mac an tSelvin, Ailbhe")
_SURNAME_PARTICLES = (rf"(?:(?:{_CAPITALS_PARTICLE}|{'|'.join(PARTICLE_WORDS)}|{'|'.join(w.capitalize() for w in PARTICLE_WORDS)})[ \t]+){{0,2}}"
                      rf"(?:(?:Ó|Ní|Nic|Uí|Ua|Mac|Mhic|Nig)(?:[ \t]+an)?[ \t]+(?:t|h|n|bh|gc|dt|mb|bp|ng)?(?=[{UP}]))?")
SURNAME_BEFORE_COMMA = re.compile(rf"(?<![\w,-]){_SURNAME_PARTICLES}(?P<surname>{_SURNAME})$")
# (with a title in brackets after it, as a register prints it: "Kestell, Isolde (Dr)")
SURNAME_COMMA_GIVEN = re.compile(rf"(?P<name>{_SURNAME_PARTICLES}(?P<surname>{_SURNAME}),[ \t]+(?P<given>{GIVEN_AFTER_COMMA})"
                                 r"(?:[ \t]+\((?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx)\.?\))?)" + _AFTER_GIVEN, re.MULTILINE)
# A surname in capitals with its initials, either side, as registers, sign-off sheets and scanned forms print
# them: "MARWICK, R.", "KESTELL I.J.", "R. MARWICK", "E.J. PRYNNE-VARRICK" (the surname checked by ``person``: no
# word, acronym or place). (Led by a capital, looked behind at after it, so that ``re`` skips ahead to capitals.)
_CAPITALS_SURNAME = rf"(?:[OD]['\u2019])?[{UP}]{{3,}}(?:[-'\u2019][{UP}]{{2,}})?"
_DOTTED_INITIALS = r"[A-Z]\.(?:[ \t]?[A-Z]\.)?"
# (initials without full stops after the surname only as an item of a list or before a bracket: "VARRICK E, KESTELL
# I", "KESTELL S L (12-JUN)"; "ZONE B" and "GRADE A" are words, which ``person`` checks)
_UNDOTTED_IN_LIST = r"[A-Z](?:[ \t][A-Z])?(?=[ \t]*(?:[,;(]|$))"
# (each led by a capital, looked behind at after it, so that ``re`` skips ahead to capitals)
# (an initial without its full stop too, as a stamp prints it, "H VARRICK"; not "A" or "I", a word in capitals)
# (a compound given name's initials joined by a hyphen as French writes them, "J.-Y. LE BRAZIDEC", "M.-C. DA SILVA", and
# the particle of a surname in capitals before it: "LE", "DA", "VAN DER")
INITIALS_CAPITALS_SURNAME = re.compile(rf"[A-Z](?<![\w.'\u2019-].)(?:\.(?:[ \t]?[A-Z]\.|-[A-Z]\.)?|(?<![AI]))[ \t]"
                                       rf"(?:(?:LE|LA|DE|DU|DA|DOS|DAS|DES|DEL|DI|VAN|VON|DER|DEN|TER|TEN)[ \t]){{0,2}}"
                                       rf"(?P<surname>{_CAPITALS_SURNAME})"
                                       r"(?![\w'\u2019-])")
CAPITALS_SURNAME_INITIALS = re.compile(rf"(?P<surname>[{UP}](?<![\w.,'\u2019-].)(?:(?<=[OD])['\u2019][{UP}])?[{UP}]{{2,}}(?:[-'\u2019][{UP}]{{2,}})?),?[ \t]+"
                                       rf"(?:{_DOTTED_INITIALS}(?![\w'\u2019-])|{_UNDOTTED_IN_LIST})")
# A given name in capitals and one or two words in capitals after it ("JOHN STONE", "MAIREAD OKONKWO-BELL"): a full
# name, as forms and scans print one, when ``person`` finds it the shape of one. (Led by a capital, looked behind at
# after it, so that ``re`` skips ahead to capitals; the words after it read ahead, so that each word may lead.)
_CAPITALS_WORD = r"[A-Z]{2,}(?:['\u2019-][A-Z]{2,})?"
# (the words after a name that make it a thing's: "JOHN INNES CENTRE", "DAVID LLOYD LEISURE")
NAMED_THING_CAPITALS = re.compile(r" (?:INSTITUTE|FUND|FOUNDATION|TRUST|PRIZE|AWARD|MEDAL|LECTURE|BUILDING|CENTRE|CENTER|"
                                  r"LABORATORY|LABORATORIES|HALL|HOUSE|HOSPITAL|UNIVERSITY|COLLEGE|SCHOOL|STREET|ROAD|WAY|PARK|"
                                  r"SQUARE|MUSEUM|LIBRARY|THEATRE|PROGRAMME|PROGRAM|GROUP|PHARMA|LTD|LIMITED|PLC|LLP|INC|"
                                  r"ENTERPRISES|INDUSTRIES|ASSOCIATES|PARTNERS|LEISURE|CONSULTING|SERVICES|ENGINEERING)\b")
CAPITALS_GIVEN_FIRST = re.compile(rf"[A-Z](?<![\w'\u2019.-].)[A-Z]+(?:-[A-Z]{{2,}})?(?= (?P<rest>{_CAPITALS_WORD}(?: {_CAPITALS_WORD})?)(?![\w'\u2019-]))")
# A register printed wholly in capitals: "QUILTY, RAHMAT", "NÍ CHEALLAIGH, ÚNA", "KYPRIANOU, PEI XIN" (checked by
# ``person``), before a column gap, a bracket, a dash, a separator or the line's end.
# (found from the comma, the given name after it; then the surname before it)
CAPITALS_COMMA = re.compile(rf",[ \t]+(?P<given>[{UP}]{{2,}}(?:-[{UP}]{{2,}})?(?:[ \t][{UP}]{{2,}})?)"
                            r"(?=[ \t]{2}|[ \t]*(?:[:;<|\t\"(.,]|[\u2013\u2014-][ \t]|$))", re.MULTILINE)
CAPITALS_BEFORE_COMMA = re.compile(rf"(?<![\w,.'\u2019-])(?P<surname>(?:{_CAPITALS_PARTICLE}[ \t]){{0,2}}[{UP}]{{2,}}(?:['\u2019-][{UP}]{{2,}})?)$")
# "Farouk A;Jan W": a given name and a surname's initial as a cell or an item of a delimited list.
# (``(?m:(?:^|[;"|\t,])[ \t]*(?P<name>…)…)`` scanned from the line breaks and separators: read by its group)
GIVEN_INITIAL_ITEM = LineStartPattern.either("", "[;\"|\t,]", r"[ \t]*(?P<name>[A-Z][a-z]{1,15}[ \t][A-Z])(?=[ \t]*(?:[;\"|\t]|$))",
                                             re.MULTILINE)
# Exported records naming a person in a field: "fullName": "Tamsin Okonedo", assignee: Tamsin Okonedo,
# "initials": "TO". (The field names of people, not of owners, which are often a team.)
KEYED_PERSON = re.compile(
    r"(?i:[\"']?(?:full[ _]?name|display[ _]?name|author|assignee|approver|reviewer|initials|"
    r"(?:created|modified|updated|approved|reviewed)[ _]?by)[\"']?[ \t]*[:=][ \t]*)[\"']?"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t][A-Z][\w'\u2019.-]*){0,3})(?=[\"']|[ \t]*(?:[,}(]|$))", re.MULTILINE)
# (its field's name, looked for in the lower-cased text before the pattern is tried there)
KEYED_PERSON_ANCHOR = re.compile(r"(?:full[ _]?name|display[ _]?name|author|assignee|approver|reviewer|initials|"
                                 r"(?:created|modified|updated|approved|reviewed)[ _]?by)")
# A drawing's title block or a delivery note: "DRAWN  P. J. MORTIMER", "APPROVED: A. OTIENDE-KING", "Received by:
# A. FROST" (a digit 0 for an O where a scan was read).
TITLE_BLOCK_NAME = re.compile(
    r"(?i:drawn|drn|chkd|checked|appd|approved|designed|dsgn|received[ \t]+by|delivered[ \t]+by)[ \t]*:?[ \t]+"
    rf"(?P<name>(?:[{UP}]\.[ \t]?){{1,3}}[{UP}0][{UP}0'\u2019-]+(?:[ \t][{UP}0][{UP}0'\u2019-]+)?)(?![\w.])")
TITLE_BLOCK_ANCHOR = re.compile(r"(?:drawn|drn|chkd|checked|appd|approved|designed|dsgn|received|delivered)")
# A mail header's line ("From: Obi, Chinonso", "To: Hope, Daniel; Lee, Ana"): every "Surname, Given" on it is a person.
# (read by its line breaks, ``line`` its span: a pattern led by "(?m:^" is tried at every position)
MAIL_HEADER_LINE = LineStartPattern.of(
    r"(?P<line>[ \t>]*(?:From|To|Cc|CC|Bcc|BCC|Sent[ \t]+by|Reply-To|Organi[sz]er|Required|Optional)[ \t]*:[^\n]*)")
HEADER_SURNAME_COMMA = re.compile(rf"(?:(?<=:)|(?<=;))[ \t]*(?P<name>{_SURNAME},[ \t]+[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)(?=[ \t]*(?:;|<|\(|\[|$))", re.MULTILINE)
# "HENDERSON/MORAG MS": a traveller's name as airline and travel systems print it, surname first, then a title.
# (the look-behind after the first capital, so that ``re`` skips ahead to capitals)
# (the title the system prints after it with it: it is part of the name's field)
BOOKING_NAME = re.compile(r"(?P<name>[A-Z](?<![\w/].)[A-Z'-]+/[A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]+)?[ \t]+"
                          r"(?:MR|MRS|MS|MISS|MSTR|DR|PROF))(?![\w/])")
# (the cheap test first: most texts hold no booking; "[A-Z]/[A-Z]" found from its slash, which ``re`` skips ahead to)
HAS_SLASHED_CAPITALS = re.compile(r"/(?<=[A-Z]/)[A-Z]")
CAPS_SPEAKER = LineStartPattern.of(r"[ \t]*(?P<name>[A-Z]{2,}(?:[-'][A-Z]{2,})?(?:[ \t]+[A-Z]{2,}(?:[-'][A-Z]{2,})?){1,2})[ \t]*:")

# A title just before a word ("Dr. ", "Mr ", "Herr "; ``TITLES`` written as a letter writes them): what follows is a
# person's surname, even one a vendor or a word shares.
TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Mx|Dr|Miss|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Sra|Srta|Dña|Dhr|Mevr)"
                          r"\.?[ \t]+$")
# (and the titles of letters and minutes abroad: "Herr Weißenrode", "Frau Förmel", "Mme Dupimith", "Sra. Rueda")
TITLES = frozenset("dr prof professor mr mrs ms miss mx sir dame lord lady herr frau mme mlle sra srta signora"
                   " dña doña dhr mevr".split())
# The English words of two letters (the dictionary lists most pairs of letters as abbreviations: "dz",
# "mp"): two capitals or a short capitalised word that is one of these is no one's initials or name.
TWO_LETTER_WORDS = frozenset("am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we".split())
# Verbs of thanks that start a sentence before a name: "Thank Shira Ben-Ami", "Credit Tom Ellis".
CREDIT_WORDS = frozenset("thank credit congratulate".split())
GREETINGS = frozenset("hi hello dear hey thanks congratulations welcome".split())
# Verbs of a task given to someone: "JW - book the room", "Tom to build a report", "MS to follow up".
ACTION_VERBS = tuple(
    "propose draft send book update check confirm review circulate chase arrange share prepare follow contact ask "
    "raise set schedule organise organize write investigate complete provide agree finalise finalize issue add look "
    "collate compile email call brief present run test validate order source escalate align build fix speak talk "
    "liaise discuss".split()
)
ROLE_WORDS = frozenset(
    "executive officer director manager engineer lead head analyst scientist chair chairman chairwoman founder "
    "president ceo cto coo cfo cio qp colleague auditor technician inspector consultant specialist supervisor "
    "coordinator champion sponsor owner author reviewer approver chief vp".split()
)
_ROLE_AFTER = (
    r"(?:Head|Director|Manager|Engineer|Lead|VP|Vice[ \t]President|Chief|Senior|Principal|CEO|CTO|COO|CFO|CIO|"
    r"Scientist|Specialist|Officer|Analyst|Technician|Supervisor|Operator|Consultant|Professor|Founder|"
    r"Co-founder|QA|QC|IT|R&D|Regulatory|Engineering|Technical|Commercial|Supply|Research|President|Chair|Partner|"
    r"Architect|Coordinator|Controller|Qualified[ \t]Person|QP|Global|Site|Plant|Group|Associate|Team|Project|"
    r"Programme|Operations|Automation|Quality|Digital|Validation|Production|Process|Continuous|Data|Manufacturing|"
    r"our|the|a|an|who|one|head|director|manager|engineer|lead|chief|senior|continuous|process|data|site|quality)\b"
)
_ROLE_NOUN = (r"(?:Lead|Leader|Manager|Director|Head|Engineer|Officer|Scientist|Analyst|Specialist|Executive|"
              r"President|Chair|Founder|Consultant|Coordinator|Technician|Supervisor|Operator|Partner|Architect|"
              r"Controller|Professor|Lecturer|Fellow|Researcher|Pharmacist|Chemist|Microbiologist|Owner)")
ROLE_AFTER = _ROLE_AFTER
_ROLE_LINE_WORD = r"(?i:engineer|manager|director|lead|head|officer|scientist|analyst|specialist|executive|president|chair|founder|consultant|coordinator|technician|qp)"
_VERBS_BEFORE = (
    r"(?:said|says|explained|explains|added|adds|commented|comments|noted|notes|told|recalled|recalls|"
    r"according to|asked|interview with|thanks to|thank you|thanks|spoke to|spoke with|speak to|talked to|ask|"
    r"contact|call|email|e-mail|message|congratulations to|congratulations|congrats to|congrats|well done|"
    r"shout-out to|shout out to|shoutout to|kudos to|credit to|hats off to|props to|grateful to|proud of|welcome|i'm|"
    r"i am|my name is|thank|credit|(?:input|help|support|contributions) from|(?:led|run|sponsored|championed|facilitated|chaired|presented|written|prepared|reviewed|"
    r"approved|signed|owned|built|managed|coordinated|authored|developed) by)"
)
# Verbs after a name, as a trie (tried after every run of capitalised words, so it must reject fast).
_VERBS_AFTER = trie_pattern(
    """said says explained explains added adds commented noted notes told recalled recalls remembers asked
    argued argues insisted insists agreed agrees believes thinks estimates estimated leads led heads headed
    runs ran manages managed joined joins presented presents wrote writes built builds arranged spent
    will can would could has had was is who laughs smiles recommends warned warns
    designed developed championed pushed set_up left leaves retired noticed notices suggested suggests
    realised realized proposed proposes spotted admitted admits pointed_out points_out reckons reckoned
    joked replied answered decided wanted wants co-wrote co-authored authored remarked remarks put_it puts_it
    talked spoke speaks tells""".replace("_", " ").split()
) + r"\b"
# Verbs that things do as well as people ("Pareto Analysis showed", "Root Cause Analysis found"): no
# evidence of a person by themselves (a known given name before a surname already is).
_LABEL_WORDS = (r"(?:contact|contacts|enquiries|present|attendees|apologies|attendance|owner|lead|leads|sponsor|author|authors|reviewer|approver|manager|champion|by|"
                r"from|to|cc|chair|presenter|speaker|interviewee|engineer|director|head|signatory|analyst|scientist|"
                # (an HR form's people: "Note taker: ...", "Companion: ...", "Employee name: ...", "Witness: ...")
                r"companion|representative|witness|note[ -]?taker|adviser|advisor|employee|colleague|appellant|complainant|"
                r"investigator|interviewer|assessor|mentor|buddy|supervisor|"
                r"(?:employee|staff|full|worker|candidate|colleague|trainee|operator|printed)[ \t]+name)")

# The last word of every BEFORE cue: a window not ending in one of these needs no regex at all.
CUE_LAST_WORDS = frozenset(
    "dr dr. prof prof. professor mr mr. mrs mrs. ms ms. miss mx sir dame lord lady said says explained explains "
    "added adds commented comments noted notes told recalled recalls to asked with thanks you ask contact call of congrats "
    "email e-mail message congratulations done welcome i'm am is by hi hello dear hey thank credit from".split()
) | ROLE_WORDS | frozenset(w + "," for w in ROLE_WORDS)
# (cue, confidence, reason, whether a single word after it is taken as a name)
BEFORE: tuple[tuple[re.Pattern[str], float, str, bool], ...] = (
    (re.compile(r"\b(?:dr|prof|professor|mr|mrs|ms|miss|mx|sir|dame|lord|lady)\.?[ \t]+$"), 0.95, "Name after a title", True),
    (re.compile(rf"\b{_VERBS_BEFORE}[ \t]+$"), 0.9, "Name in an attribution", False),
    (re.compile(r"\b(?:" + "|".join(sorted(ROLE_WORDS)) + r"),?[ \t]+$"), 0.85, "Name after a job title", False),
    # (a form's second column too, two spaces or more after the first: "Companion: none      Note taker: Amber Hill")
    (re.compile(rf"(?:^|\n|[.;] |\(|[ \t]{{2}})[ \t]*(?:[-*\u2022][ \t]*)?(?:[a-z][a-z /&-]{{0,30}}?)?{_LABEL_WORDS}[ \t]*:[ \t]*$"), 0.85,
     "Name in a labelled field", False),
    (re.compile(r"(?:^|\n)[ \t]*(?:hi|hello|dear|hey)[ \t]+$"), 0.85, "Name in a greeting", True),
    (re.compile(r"(?:regards|best wishes|best|thanks|cheers|many thanks|sincerely|yours|warm regards)[ \t]*,?[ \t]*\n+[ \t]*$"),
     0.85, "Name in a sign-off", True),
)
AFTER: tuple[tuple[re.Pattern[str], float, str], ...] = (
    (re.compile(rf",?{GAP}{_VERBS_AFTER}"), 0.85, "Name in an attribution"),
    (re.compile(rf"(?:,|[ \t]+\(|[ \t]+[-\u2013\u2014][ \t]+){GAP}?{_ROLE_AFTER}"), 0.85, "Name with a job title"),
    (re.compile(rf"[ \t]*\n[ \t]*[A-Z][A-Za-z &,/-]{{0,40}}{_ROLE_LINE_WORD}[ \t]*(?:\n|$)"), 0.8, "Name above a job title"),
    (re.compile(rf",[ \t]+(?:[A-Z][\w-]*[ \t]+|&[ \t]+|and[ \t]+){{1,4}}{_ROLE_NOUN}\b"), 0.8, "Name with a job title"),
    (re.compile(r"[ \t]*(?:<|\[mailto:|\(|,[ \t]*)[^\s<>()@,]+@[^\s<>()@]+\.[A-Za-z]"), 0.9, "Name with an e-mail address"),
    (re.compile(r"[ \t]*\((?:left|right|centre|center|pictured|middle|front|back|far[ \t]left|far[ \t]right)\)"), 0.85,
     "Name in a photo caption"),
    (re.compile(r"[ \t]+(?:of|at|from)[ \t]+[A-Z][\w&-]+(?:[ \t]+[A-Z][\w&-]+)*,?[ \t]+(?i:said|says|added|adds|explained|told|noted)\b"),
     0.8, "Name of someone at a company, in an attribution"),
    (re.compile(rf"(?:(?:,[ \t]*|,?[ \t]+and[ \t]+|[ \t]*&[ \t]*){WORD}(?:[ \t]+{PARTICLE}{{0,2}}{WORD}){{1,2}}){{1,3}},?{GAP}{_VERBS_AFTER}"),
     0.8, "Name in a list of people, in an attribution"),
)
# All of ``AFTER`` in one pattern, branch ``a<i>`` for ``AFTER[i]``: the first branch that matches is the
# first cue that does (one call instead of eight, tried after every run of capitalised words).
ANY_AFTER = re.compile("|".join(f"(?P<a{i}>{regex.pattern})" for i, (regex, _, _) in enumerate(AFTER)))
LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?$")
SPEAKER_AFTER = re.compile(r"[ \t]*:")
# After a person: ", Temitope Adebayo", " and Bronwen Harries" (lists of people; not a data file's next cell, after a
# comma with no space: "Vesna Toderic,Packaging Night Shift").
COORDINATED = re.compile(rf"(?:[ \t]*\([^()\n]{{1,40}}\))?(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]*&[ \t]*)(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Sir|Dame)\.?[ \t]+)?(?P<name>(?!(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Sir|Dame)\.?[ \t])(?:[A-Z]\.[ \t]?)?{WORD}(?:[ \t]+{PARTICLE}{{0,2}}{WORD}){{1,2}}|[A-Z]\.[ \t]?{WORD})")
# An author list: "Hamish Urquhart¹, Mei-Ling Teo², Prof. Bogdan Kwiatkowski²" (``normalise`` sets each mark apart
# with a "^", "Urquhart^1", "Teo^a,b"; a digit glued to the name, "Urquhart1", is read as one too); a whole line of two
# or more such names.
_SURNAME_INITIALS = r"[ \t]+[A-Z]\.(?:[ \t]?[A-Z]\.){0,2}"
# An affiliation's mark after a name: "^1", "^1,3", "^a,b" as ``normalise`` writes a superscript, or digits glued.
AFFILIATION_MARK = r"(?:\^?\d{1,2}(?:,\d{1,2})*|\^[a-z](?:,[a-z])*)"
_AUTHOR = (rf"(?:(?:Dr|Prof|Professor)\.?[ \t]+)?{WORD}(?:(?:[ \t]+(?:[A-Z]\.[ \t]+)?{PARTICLE}{{0,2}}{WORD}){{1,3}}|{_SURNAME_INITIALS})"
           rf"{AFFILIATION_MARK}\*?")
# (the cheap part first: a mark before a comma, glued to a letter (checked by ``person``); then the whole line)
AUTHOR_MARK = re.compile(r"(?:\d|\^\w{1,2})(?:,|\*|[ \t]+and[ \t]|[ \t]*&)")
AUTHOR_LINE = re.compile(rf"(?m:[ \t]*{_AUTHOR}(?:[ \t]*(?:,|and|&)[ \t]*{_AUTHOR})+[ \t]*,?[ \t]*$)")
AUTHOR_NAME = re.compile(rf"(?:(?:Dr|Prof|Professor)\.?[ \t]+)?(?P<name>{WORD}(?:(?:[ \t]+(?:[A-Z]\.[ \t]+)?{PARTICLE}{{0,2}}{WORD}){{1,3}}|{_SURNAME_INITIALS}))[\d^]")
# "Oyenedun K., Smith J.P. and Ng W.": two or more surnames each followed by initials (a reference or author list).
_SURNAME_INITIALS_ITEM = rf"{WORD}{_SURNAME_INITIALS}(?:\d{{1,2}}(?:,\d{{1,2}})*)?\*?"
# (a text without an initial before a comma, "and" or "&" has no such list: the cheap test first)
SURNAME_FIRST_HINT = re.compile(r"[A-Z]\.(?:\d{1,2}(?:,\d{1,2})*)?\*?[ \t]*(?:[,;&]|and[ \t])")
SURNAME_FIRST_LIST = re.compile(rf"{_SURNAME_INITIALS_ITEM}(?:[ \t]*(?:,|;|and|&)[ \t]*{_SURNAME_INITIALS_ITEM})+(?![\w])")
# "Hearne, S., Oyorenul, T. K. and Vanek, Z. (2020)", "Galamora, B. (2023)": a reference list's authors, each
# surname then a comma and initials: two or more, or one before the year.
_APA_ITEM = rf"{PARTICLE}{{0,2}}{WORD},[ \t]+[A-Z]\.(?:[ \t]?-?[A-Z]\.){{0,2}}"
_APA_JOIN = r"(?:,[ \t]*(?:&[ \t]*|and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)"
APA_HINT = re.compile(r",(?<=[a-z],)[ \t]+[A-Z]\.")  # ("[a-z],[ \t]+[A-Z]\." found from its comma, for ``search``)
APA_LIST = re.compile(rf"{_APA_ITEM}(?:{_APA_JOIN}{_APA_ITEM})*")
APA_ITEM = re.compile(rf"(?P<name>{_APA_ITEM})")
APA_YEAR_AFTER = re.compile(r",?[ \t]*\(?(?:19|20)\d\d[a-z]?\b")
# Words that take a letter after them and are no surname: "Table A., Figure C.", "Grade B.", "Annex D."
LETTERED = frozenset("""table tables figure figures fig annex annexes appendix appendices section part schedule grade
    plan step phase stage class zone room line lines unit suite vitamin type level group option options exhibit
    article chapter item items note notes box block building hall gate site area wing ward floor""".split())
# "Otiende J, Lashbrook-Acithefan S, Hoang M-T, Van der Megor P" (Vancouver style, no dots): two or more.
_UNDOTTED_INITIALS = r"[A-Z]{1,3}(?:-[A-Z]{1,2})?(?![^\W\d_]|\.[A-Z]|-)"
_UNDOTTED_ITEM = (rf"(?:(?:Van|Von|De|Den|Der|Del|Della|Dos|Da|Di|Du|Le|La|Ter|Ten|Bin|Ibn|Al|El|Ap)[ \t]+)?{PARTICLE}{{0,2}}"
                  rf"{WORD}[ \t]+{_UNDOTTED_INITIALS}{AFFILIATION_MARK}?\*?")
# (the cheap part first: a separator, then an item ending in capitals before another separator or the line end;
# the whole list is then looked for on that line only)
UNDOTTED_HINT = re.compile(r"[,;][ \t]*[^\W\d_][^\s,;]*(?:[ \t]+[^\s,;]+){0,3}?[ \t]+[A-Z]{1,3}(?:-[A-Z]{1,2})?"
                           r"(?:\^?\d{1,2}|\^[a-z])?\*?[ \t]*(?:[,;]|\.(?=[ \t]+[A-Z])|$)", re.MULTILINE)
UNDOTTED_LIST = re.compile(rf"{_UNDOTTED_ITEM}(?:[ \t]*[,;][ \t]*{_UNDOTTED_ITEM})+")
UNDOTTED_NAME = re.compile(rf"(?P<name>(?:(?:Van|Von|De|Den|Der|Del|Della|Dos|Da|Di|Du|Le|La|Ter|Ten|Bin|Ibn|Al|El|Ap)[ \t]+)?"
                           rf"{PARTICLE}{{0,2}}{WORD}[ \t]+(?P<initials>{_UNDOTTED_INITIALS}))")
# A numbered reference by one author, surname and initials before its title: "7. Osei K. Real-time release …",
# "[12] Van Rooyen JM. Title" (led by the line's number; a list of two or more is ``UNDOTTED_LIST``'s)
SOLE_AUTHOR = re.compile(rf"^[ \t]*(?:\[\d{{1,3}}\]|\d{{1,3}}\.)[ \t]+{UNDOTTED_NAME.pattern}\.[ \t]+[{UP}\d]", re.MULTILINE)
# Words before a letter that are no surname: "Table A, Annex B", "Phase I", "Grade A", "Zone C".
LETTERED_MORE = frozenset("""tier category level model batch lot cell bay tank train sample lab laboratory reactor vessel
    column skid round wave cohort arm team shift volume form module package work vitamin hepatitis strain serotype
    variant lane dock bed door tower zone grade class phase plan site line unit option stage study trial week day
    year month ward wing annex appendix figure table exhibit""".split())
# 'Temperance "Tempe" Adeyemi-Clarke': a nickname in quotes inside a full name (checked by ``person``).
NICKNAME_ANCHOR = re.compile("[ \t][\"\u201c\u2018'][A-Z][a-z]{1,14}[\"\u201d\u2019'][ \t]")
QUOTED_NICKNAME = re.compile(rf"(?P<name>(?P<given>{WORD})[ \t]+[\"\u201c\u2018'](?P<nick>[{UP}][{LO}]{{1,14}})[\"\u201d\u2019'][ \t]+"
                             rf"{PARTICLE}{{0,2}}(?P<surname>{WORD}(?:[ \t]+{WORD})?))")
SURNAME_FIRST_NAME = re.compile(rf"(?P<name>{WORD}{_SURNAME_INITIALS})")
# "S.V. proposes", "J.K. said": dotted initials before a verb a person does (checked against abbreviations by ``person``).
# (starts with its capital so ``re`` skips ahead to one; the character before is checked by ``person``)
DOTTED_INITIALS = re.compile(rf"(?P<name>[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?),?[ \t]+{_VERBS_AFTER}")
# Dotted initials standing alone in a table's cell or in brackets, as revision tables and notes sign: "| P.J.M |",
# "| K.A-M |", "| L.O'D |", "(A.R.V.)", "(A.G., 3 June 2024)", "Annotations by M.W.".
_DOTTED = r"[A-Z]\.(?:[A-Z][.'\u2019-]?){1,3}"
# (Speed, the same matches as "(?:\|[ \t]*|\(|(?<=\bby) )…": led by the class of the three leads' characters, which ``re``
# skips ahead to, each looked behind at; led by alternatives, the pattern was tried at every position.)
DOTTED_INITIALS_ALONE = re.compile(rf"[|( ](?:(?<=\|)[ \t]*|(?<=\()|(?<=\bby ))(?P<name>{_DOTTED})(?=[ \t]*\||\)|,[ \t]*\d|[ \t]+for\b)")
HAS_DOTTED_INITIALS = re.compile(r"\.(?<=[A-Z]\.)[A-Z]")  # (the cheap test first: "[A-Z]\.[A-Z]" found from its full stop)
# A list of dotted initials, as contribution and interest statements write the authors: "C.E.-W., A.P., T.Z. and S.K.".
_DOTTED_ITEM = r"[A-Z]\.(?:-?[A-Z]\.){1,3}"
# (the look-behind after the first capital, so that ``re`` skips ahead to capitals)
DOTTED_INITIALS_LIST = re.compile(rf"(?P<list>[A-Z](?<![\w.].)\.(?:-?[A-Z]\.){{1,3}}(?:,[ \t]*{_DOTTED_ITEM}){{1,}}"
                                  rf"(?:,?[ \t]+(?:and|&)[ \t]+{_DOTTED_ITEM})?)")
DOTTED_INITIALS_ITEM = re.compile(_DOTTED_ITEM)
# One capital alone on the last line of a message, signing it: "...get well soon. G", "Good luck! L x".
SIGNING_LETTER = re.compile(r"[.!?)](?:[ \t]\n?|\n)(?P<name>[A-Z])\.?(?:[ \t]+x{1,3})?[ \t]*(?=\n[ \t]*\n|\n-{3,}|\n?\Z)")
NOT_DOTTED_INITIALS = frozenset({"U.S.", "U.K.", "E.U.", "U.N.", "N.B.", "P.S.", "A.M.", "P.M.", "D.C.", "Q.C.", "Q.A."})
# "Ciaran O." (a known given name and the initial of the surname, as forums and chats write them).
# (the cheap part first: a lone capital and a full stop after a space; the given name is then looked for before it)
LONE_INITIAL = re.compile(r"[ \t][A-Z]\.(?![ \t]?[A-Z][\w.])")
WORD_BEFORE_INITIAL = re.compile(rf"(?P<name>{WORD}[ \t]+[A-Z]\.)(?![ \t]?[A-Z][\w.])")
# "QA reviewer: RW", "Action: JT.": initials alone in a field that names a person (checked against the
# acronyms of the trade by ``person``).
# (the cheap part first: capitals after a colon; then the field's name just before it, in the lower-cased text)
INITIALS_AFTER_COLON = re.compile(r":[ \t]*(?P<name>[A-Z]{2,3})(?=[ \t]*(?:$|[,;)\n]|\.[ \t]|\.$))", re.MULTILINE)
INITIALS_FIELD = re.compile(r"\b(?:reviewer|owner|author|approver|action|actions|signed|checked|verified|approved|prepared|"
                            r"minutes|chair|note-taker|minute-taker)(?:[ \t]+by)?[ \t]*$")
# "Ruairí O'Kellowan (RO, chair)": initials in brackets after a name introduce them for this person (a particle's or
# a clan prefix's letters in lower case among them: "Pieter van der Doorn (PvdD)", "Declan McTaverly (DMcT)").
# (or after the person's role in brackets, a dash or an equals sign: "Emeka Uzith (Digital Lead, chair) - EU;")
INITIALS_AFTER = re.compile(r"[ \t]*(?:\([ \t]*(?P<initials>[A-Z]{2,4}|(?:[A-Z]\.){2,3}|[A-Z](?:[a-z]{1,3}[A-Z]|[A-Z]){1,3})[ \t]*[,)]"
                            r"|(?:\([^()\n]{1,60}\))?[ \t]*(?:[-\u2013\u2014=]|:)[ \t]*(?P<dashed>[A-Z]{2,4})(?=[ \t]*(?:[;,.)]|$)))",
                            re.MULTILINE)
INITIALS_BEFORE = re.compile(r"(?:^|(?<=[;:,(\n])|(?<=[;:,(][ \t]))(?P<initials>[A-Z]{2,4})[ \t]+$")
