"""Numbers a form or a letterhead says are numbers, whatever they number: "Supplier no. V01982", "Cert. no.
IS 771902", "Company reg. no. ........... 11840326", "No. PR 017734", "Registered in Ireland No. 548812",
"Meeting ID: 318 604 229 771", "Passcode: Qm4zWp", "Access code: 2301 774 95", and the registrations, tax and bank numbers of
letterheads abroad: "KvK 30198744", "HRB 734512", "BTW NL812334567B01", "SIRET 852 114 337 00021",
"P.IVA IT02987451206", "IBAN FR76 1020 6000 …", "BIC AGRIFRPP802", "factuur 2024-10418", "n° 4700012398"; and
licences and registers with their letters, which are part of the number: "(MIA 28814)", "HRB 734512", "PL 26981/0015-0016",
"Insp GMP 40532/2087713-0007" (the MHRA's inspection references), "CMS # 718344" (the FDA's); at home, VAT, learner (ULN) and
provider (UKPRN) numbers, goods received notes, requisitions, sort codes and IBANs printed in groups of four; a meeting's
number after its service's name ("Zoom 893 4410 2276") and a research council's grant ("EP/X931204/1"); a medicine's
code in the NHS dictionary after its kind ("dm+d AMPP 38011511000001108") and the MHRA's drug alert ("EL (24)A/17").

"No" must carry a mark ("no.", "No:", "n°"): the English word is no cue. The number holds three digits or
more and five characters or more (a passcode, a PIN or a password four or more with a digit): a year is too
short to be one, and a time's colon is no part of any.
"""
from __future__ import annotations

import re

from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

# (a dotted leader may run from the label to the value: "Company reg. no. ........... 11840326")
_LEADER = r"[ \t]*(?:\.{2,}[ \t]*)?"
# Groups of letters and digits joined by "-" or "/" or a single space before a group with a digit ("PR 017734",
# "318 604 229 771", "PO 4410-37815", "618 204 557#"; not "#318 FAILED"), holding a digit. ("#" is a number's
# mark only glued to it: "# was 3200" is a comment.)
# (a last group of one digit ends the line as a video call's ID ends it: "Video ID: 119 442 880 3", a check digit)
_VALUE = (r"(?P<id>(?=[A-Za-z0-9/ -]{0,40}\d)[A-Za-z0-9]{1,40}(?:(?:[-/]|[ ](?=[A-Z]*\d)(?=[A-Z0-9]{2,}))[A-Za-z0-9]{1,24}){0,7}"
          r"(?:(?<=\d)[ ]\d(?=[ \t]*(?:\n|$)))?#?)")
_NUMBER_WORD = (r"(?:(?i:no|nr|num)\.[ \t]*:?|(?i:no|nr)[ \t]*:|[Nn][°º][ \t]*:?|(?i:number|id|ref)\.?[ \t]*:?|#(?=\w)|"
                r"(?i:passcode|pin|password|conference[ \t]+(?:id|code)|meeting[ \t]+(?:id|number)|access[ \t]+code|webinar[ \t]+id|"
                r"participant[ \t]+(?:code|pin)|attendee[ \t]+id|pmi|"
                # (a meeting's ID and passcode in the languages invitations come in: German, French, Spanish, Italian, Dutch)
                r"besprechungs-?id|meeting-id|konferenz-?id|kenncode|zugangscode|id[ \t]+de[ \t]+(?:la[ \t]+)?r[ée]union|"
                r"code[ \t]+(?:secret|d'acc[èe]s)|id[ \t]+de[ \t]+(?:la[ \t]+)?reuni[óo]n|c[óo]digo[ \t]+de[ \t]+acceso|"
                r"id[ \t]+riunione|codice[ \t]+(?:d'accesso|di[ \t]+accesso)|vergadering-?id|toegangscode)[ \t]*:)")
_NUMBERED = re.compile(rf"{_NUMBER_WORD}{_LEADER}{_VALUE}(?![\w/-])")
# Registrations, tax numbers and bank details of letterheads abroad, and orders and invoices in their languages.
_FOREIGN = re.compile(
    # (abroad, the registrations written in capitals only, whose letters are words or names in other languages: the
    # US employer's number, Australia's business and company numbers, Singapore's entity number, Brazil's, India's tax
    # and company numbers, the FDA's investigational application)
    r"(?:(?<![\w-])(?:EIN|ABN|ACN|UEN|CNPJ|GSTIN|CIN|IND|ISRCTN)(?![A-Za-z])|"
    r"(?i:kvk|hrb|hra|btw|siret|siren|p\.?[ ]?iva|partita[ ]iva|tva(?:[ ]intracom(?:munautaire)?\.?)?|ust-?id(?:nr)?\.?|nip|"
    r"regon|krs|cif|nif|kbo|rcs(?:[ ][A-Z][a-z]+)?|iban|bic|swift|eori|duns|cvr|org\.?[ ]?nr\.?|steuernummer|"
    r"handelsregister|factuur|rechnung|facture|fattura|factura|bestelling|bestellung|commande|auftrag|pedido|ordine|"
    # (and at home: VAT, learner and provider numbers, goods received notes, requisitions, sort codes, the FDA's
    # establishment and application numbers and warning letters)
    r"vat(?:[ ]reg(?:istration)?)?|uln|ukprn|grn|requisition|sort[ ]code|fei|a?nda|bla|dmf|warning[ ]letter))"
    rf"(?![A-Za-z])\)?[ \t]*(?:{_NUMBER_WORD})?[ \t]*:?{_LEADER}{_VALUE}(?![\w/-])")
# A licence or a register written with its letters, which are part of the number: "MIA 28814", "PL 51273/0004",
# "WDA(H) 12345", "HRB 734512" (capitals only: "ma 12345" is no marketing authorisation).
# (Speed, the same matches as "(?P<id>(?:MIA…|WDA…|PLGB|PL|MA|MS|HRB|HRA|UK[ \t]GMP|CMS…)…|[Il]nsp…)", tried in the same
# order: led by a class of the first letters, which ``re`` skips ahead to, each branch's first letter looked behind
# at; led by alternatives, the pattern was tried at every position of the text.)
_LETTERED = re.compile(
    r"(?P<id>[MWPHUCIl](?:(?:(?<=M)IA(?:[ \t]?\(IMP\))?|(?<=W)DA(?:\(H\))?|(?<=P)LGB|(?<=P)L|(?<=M)A|(?<=M)S|(?<=H)RB"
    r"|(?<=H)RA|(?<=U)K[ \t]GMP|(?<=C)MS[ \t]?#?)[ \t]?\d{5,8}"
    r"(?:/\d{3,4}(?:-\d{3,4})?)?"
    # the MHRA's inspection references, also misread from a scan: "Insp GMP 40532/2087713-0007", "lnsp GMP/GDP ..."
    r"|(?<=[Il])nsp[ \t]GMP(?:/GDP)?[ \t]\d{4,6}/\d{4,8}-\d{4}))(?![\w/-])")
# An IBAN as it is printed, in groups of four: "GB15 MIDL 4005 1522 3318 46".
_IBAN = re.compile(r"(?i:iban)[ \t]*:?[ \t]*(?P<id>[A-Z]{2}\d{2}(?:[ ][A-Z0-9]{4}){3,7}(?:[ ][A-Z0-9]{1,3})?)(?![\w-])")
# The UK's trial register's number, its letters part of it: "ISRCTN71284456".
_ISRCTN = re.compile(r"(?P<id>ISRCTN[ \t]?\d{8})(?!\d)")
# Brazil's company number by its shape, with or without its name: "27.318.664/0002-41".
_CNPJ = re.compile(r"(?P<id>\d\d\.\d{3}\.\d{3}/\d{4}-\d\d)(?![\w/-]|\.\d)")
# A meeting's number after its service's name, with no label: "Zoom 893 4410 2276", "Teams: 382 114 907 215" (its
# groups after the third all taken: no digits left in clear).
_CALL = re.compile(r"(?<![\w.@/-])(?i:zoom|teams|webex)(?:[ \t]+(?i:meeting|call))?[ \t]*:?[ \t]*"
                   r"(?P<id>\d{3,4}[ -]?\d{3,4}[ -]?\d{3,4}(?:[ -]?\d{1,4}){0,2})(?![\w-]|[.,]\d)")
# A UK research council's grant: "EP/X931204/1" (EPSRC), "BB/T008709/1" (BBSRC), "MR/V038346/1" (MRC).
_GRANT = re.compile(r"(?P<id>(?<![\w/])(?:AH|BB|EP|ES|MR|NE|ST)/[A-Z]\d{6}/\d{1,2})(?![\w/-])")
# A medicine's code in the NHS dictionary of medicines and devices (dm+d), a SNOMED CT identifier, after its kind (a
# formulary's or a tender's "dm+d AMPP 38011511000001108", "VMP: 42109611000001109", "SNOMED CT 322236009").
_DMD = re.compile(r"(?<![\w+])(?:dm\+d|(?i:snomed)(?:[ ]CT)?|AMPP|VMPP|AMP|VMP|VTM)(?:[ \t]+(?:AMPP|VMPP|AMP|VMP|VTM|"
                  r"(?i:code|id|concept(?:[ ]id)?)))?[ \t]*+(?:[:=#][ \t]*+)?(?:\n[ \t]*+)?(?P<id>\d{6,18})(?![\w/-])")
# What every match of ``_DMD`` holds, ``(?i:dm\+d|snomed)|(?:AMPP|VMPP|AMP|VMP|VTM)\b``, found from a "+" or an "m" (which
# ``re`` skips ahead to, the letters before it looked behind at): led by the alternation's first letters, the search tried
# every "d", "s" and "a" of a text.
_DMD_MARK = re.compile(r"[+Mm](?:(?<=\+)(?<=(?i:dm)\+)(?i:d)|(?<=[Mm])(?<=(?i:snom))(?i:ed)|(?<=M)(?<=[AV]M)PP?\b|(?<=M)(?<=VTM)\b)")
# The MHRA's drug alert (a recall's number): "EL (24)A/17", "EL(24)A/07".
_DRUG_ALERT = re.compile(r"(?<![\w-])(?P<id>EL[ ]?\(\d\d\)A/\d{1,3})(?![\w/-])")
_SECRET = re.compile(r"(?i:passcode|pin|password|kenncode|zugangscode|code|c[óo]digo|codice|toegangscode)")
# A word for a telephone before "no." or "#": "Fax no. 01632 960 124", "Contact no: 07700 900347" are the telephone
# recogniser's numbers, no references.
_PHONE_BEFORE = re.compile(r"(?i:\b(?:fax|tel|telephone|phone|mobile|mob|cell|telefax|facsimile|contact|whatsapp)\.?)[ \t]*\Z")


def _is_number(match: re.Match[str], doc: object) -> bool:
    if match.group()[:1] in "nN#" and _PHONE_BEFORE.search(doc.text, max(0, match.start() - 14), match.start()):  # type: ignore[attr-defined]
        return False
    value = match.group("id").rstrip("#")
    compact = value.replace(" ", "").replace("-", "").replace("/", "")
    if _SECRET.match(match.group()):
        return len(compact) >= 4 and any(c.isdigit() for c in compact)  # "Passcode: Qm4zWp"
    return len(compact) >= 5 and sum(c.isdigit() for c in compact) >= 3


RECOGNISER = PatternRecogniser(
    name="numbered_field",
    category="identifier",
    label="Reference",
    patterns=(Pattern(_NUMBERED, 0.8, "id", anchor=re.compile(
                  r"(?<![a-z])(?:no|nr|num|n[°º]|number|id|ref|passcode|pin|password|conference|meeting|access|webinar|participant|"
                  r"attendee|pmi|besprechungs|kenncode|zugangscode|konferenz|code|c[óo]digo|codice|toegangscode|vergadering)(?![a-z])|#")),
              Pattern(_FOREIGN, 0.85, "id", anchor=re.compile(
                  r"(?<![a-z])(?:kvk|hr[ab]|btw|sire[tn]|p\.?[ ]?iva|partita|tva|ust|nip|regon|krs|cif|nif|kbo|rcs|iban|bic|swift|eori|"
                  r"duns|cvr|org|steuernummer|handelsregister|factu|rechnung|fattura|bestel|commande|auftrag|pedido|ordine|"
                  r"vat|uln|ukprn|grn|requisition|sort|fei|a?nda|bla|dmf|warning|ein|abn|acn|uen|cnpj|gstin|cin|ind|isrctn)")),
              Pattern(_LETTERED, 0.85, "id", requires=re.compile(r"MIA|WDA|PL|MA|MS|HR[AB]|GMP|CMS")),
              Pattern(_IBAN, 0.9, "id", anchor=re.compile(r"iban")),
              Pattern(_ISRCTN, 0.85, requires=re.compile(r"ISRCTN")),
              # (``\d{3}/\d{4}-\d``, found from its "/", which ``re`` skips ahead to)
              Pattern(_CNPJ, 0.85, "id", requires=re.compile(r"/(?<=\d{3}/)\d{4}-\d")),
              Pattern(_CALL, 0.85, "id", anchor=re.compile(r"zoom|teams|webex")),
              # (``[A-Z]/[A-Z]\d{6}/``, found from its "/", which ``re`` skips ahead to)
              Pattern(_GRANT, 0.85, "id", requires=re.compile(r"/(?<=[A-Z]/)[A-Z]\d{6}/")),
              Pattern(_DMD, 0.85, "id", requires=_DMD_MARK),
              Pattern(_DRUG_ALERT, 0.85, "id", requires=re.compile(r"EL[ ]?\(\d\d\)A/"))),
    validate=_is_number,
    reason="A number its label says is one (a registration, an order, a certificate, a meeting)",
)
