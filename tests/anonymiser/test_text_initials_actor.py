"""Initials acting in minutes and action lists, and the capitals that are nobody: trade acronyms,
acronyms spelled out before them, initials seen once, "UF/DF". (Invented initials.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.recognisers.initials_actor import RECOGNISER


def _initials(text: str, terms: tuple[str, ...] = ()) -> list[str]:
    doc = Document(text, terms)
    return [text[s.start:s.end] for s in RECOGNISER.find(doc)]


def test_initials_acting_twice_in_minutes_are_a_person() -> None:
    text = "Item 3\nKQ reported that line 4 is aggregating.\nACTION 16: KQ \u2014 second quote by May.\n"
    assert _initials(text) == ["KQ", "KQ"]


@pytest.mark.parametrize("text", [
    "notes (VZ)\n- budget: \u00a364k \u2014 VZ to push back\n",
    "Owner: JdW\n- JdW: draft the URS\n",
    "RtV: three runs complete\nSee the plan (RtV)\n",
    "It fills vials [QW: can we say that?] for nine clients [QW \u2014 check the count].\n",
    "2. Programme status (KX)\n5.1 KX - re-baseline the plan\n",
    "Background presented (RZ, 20 min)\n- QM / RZ to draft the section\n",
    "| 1 | Comparability data | YX |\n| 3 | API access | QA / YX |\n",
])
def test_initials_after_a_field_a_dash_in_brackets_or_starting_a_line_are_found(text: str) -> None:
    assert len(_initials(text)) == 2


def test_initials_seen_once_outside_a_persons_place_are_left_alone() -> None:
    assert _initials("The ZK press tripped; a ZK-series spare came.\n") == []


@pytest.mark.parametrize("text, initials", [
    ("Line 2 running.\nSigned: GX   Received: ____\n", ["GX"]),
    ("Actions\nA1 LQ - issue project charter - 19/01\nA2 PW - firmware list\n", ["LQ", "PW"]),
    ("[COMMENT RMcK: we agreed to go anonymous]\n", ["RMcK"]),
    ("| 1 | Camera drift | 40 | Daily challenge set | FX | open |\n| 2 | Bin mix-up | 15 | Sensor | SO | done |\n", ["FX"]),
    ("Late e-signatures on terminals. JQ to propose auto-lock to the group.\n", ["JQ"]),
    ("- DZ on leave 10-14 February; Grace will cover.\n", ["DZ"]),
    ("Approve the draw-down. (Recommended by AQ.)\n", ["AQ"]),
    ("Comment from MX: good example of fixing the system.\n", ["MX"]),
    ("All closed. MQ reported that the supplier has not signed.\n", ["MQ"]),
    ("Fraser noted it. FX and KQ to agree a format.\n", ["FX", "KQ"]),
    ("A24-19 RQ to follow up the chiller CAPAs with EX \u2014 due 6 Dec\n", ["RQ", "EX"]),
    ("Nice one. TQ please log the parts.\n", ["TQ"]),
    ("A1 All capsules removed from hopper ........ YES   KX\nB1 Recipe changed ..... PASS  MQB\n", ["KX", "MQB"]),
    ("Notes: QX\nWe met at ten.\n", ["QX"]),
    ("- SJQ: propose a SKU list to the team\n- MES: live\n", ["SJQ"]),
    ("Prepared: LQ 17/06/24   Reviewed: DZ   Approved (QA): NO 21/06/24\n", ["LQ", "DZ", "NO"]),
    ("| 1 | Check the label | As expected | P | HX 21/10/24\n", ["HX"]),
    (" 6.2   Charge binder         61.6 - 62.4 kg    62.l kg       WX     12/O5/24    ZQ     12/05/2A\n", ["WX", "ZQ"]),
    ("1. Smoke study protocol \u2013 IQX \u2013 14/02/2025\n2. Operator consultation \u2013 MZ / GQ \u2013 29/01/2025\n",
     ["IQX", "MZ", "GQ"]),
    ("A4 MD - confirm the resource plan\nA5 HZ/OX - fit-gap workshop schedule\n", ["MD", "HZ", "OX"]),
    ("It fills vials [PR: can't name the client] [COMMENT IF: the real number]\n", ["PR", "IF"]),
    ("Market action decision to the QP this afternoon. \u2014 QA\nSo it goes. \u2014 ZO\n", ["ZO"]),
    ("Thanks all, SAT must be complete by Friday.\n\nSQ\n\nSarah-Jane Wooldridge\nAutomation Lead\n", ["SQ"]),
    ("Ring me after 8pm.\n\u2013 DX\n", ["DX"]),
    ("Questions to the QA inbox.\n\n\u2014 MX, 16 September 2024\n", ["MX"]),
    ("Notes typed up by TQ, not yet reviewed.\nWritten up by CZ for the review group.\n", ["TQ", "CZ"]),
    ("- Monthly progress review between MG, CQ and RV.\n", ["MG", "CQ", "RV"]),
    ("01:00 Verified transfer of lot 118 in MES. PZ\n", ["PZ"]),
    ("Audit trail exported by TZ on 10 May 2024. Restart approved by SJX 12:45.\n", ["TZ", "SJX"]),
    ("| 1 | Crushing | Verify forces | LX\n| 2 | Slip | Provide a dispenser | PX\n", ["LX", "PX"]),
    ("NX (31/10/2024): retrain the shift.\n- Update the template \u2014 TO \u2014 31 January 2025\n", ["NX", "TO"]),
    ("False rejects fell to 9. SX wants this on all three lines.\nDiscussed; KLX reflected well on it.\n", ["SX", "KLX"]),
    ("Archive to be validated separately \u2013 HX / COX.\n", ["HX", "COX"]),
    ("Impact assessed \u2013 MD / TX \u2013 17/10\n", ["MD", "TX"]),
    ("Hope has her graduation. Approved SX.\nRetested, witnessed HX.\nTighten the limits (owner GX, due 31/03)\n",
     ["SX", "HX", "GX"]),
    ("Strong content. MS to follow up.\nActions: TOR to schedule the run.\n", ["MS", "TOR"]),
    ("Interviewees: AX (Site Director), KX (Head of Engineering)\n", ["AX", "KX"]),
    ("Go/No-Go call at 13:00. Decision: GO (YX, CX, AX).\n", ["YX", "CX", "AX"]),
    ("Three late deliveries. (Buyer: RX)\n", ["RX"]),
])
def test_initials_once_in_a_signature_a_numbered_action_a_comment_or_an_owner_cell_are_a_person(
        text: str, initials: list[str]) -> None:
    assert _initials(text) == initials


@pytest.mark.parametrize("text", [
    "QA reported no issues.\nACTION 2: QA \u2014 review the SOP.\n",
    "Equipment data (UF/DF, bioreactors).\n- Two UF/DF skids replaced\n",
    "Automated visual inspection (AVI) line.\nAVI to be extended next year.\n",
    "Northfield Biologics plc (NBP) \u00b7 steering\nNBP will extend the site.\n",
    "Framework file (YAML, UTF-8).\nYAML syntax errors are refused.\n",
    "See [QA: approved] and [QA: approved again].\n",
    "We wear PPE. IT will advise. The AM is early; checked by UV.\n",
    "Residue below LOQ 0.05 \u00b5g/swab; impurity C 0.31% (specification NMT 0.20%).\n",
    "Approved: NO\nShift starts 6 AM 21/10 sharp.\n",
    "Steps\n\n- CIP\n- SIP\n- WFI\n\nThe skids are cleaned in place.\n",
    "We checked the OEE. MES\n",
    "Mismatch for lactose from the supplier. SCAR to follow.\n",
    "The plant (OEE, CIP, SIP) runs; the PLC (Line Lead) is new.\n",
])
def test_acronyms_spelled_out_or_of_the_trade_are_no_one(text: str) -> None:
    assert _initials(text) == []


def test_declared_initials_stay_the_declared_term() -> None:
    assert _initials("KBX reported.\nACTION 1: KBX \u2014 x\n", ("KBX",)) == []


def test_initials_learned_from_an_action_are_not_taken_as_a_unit_elsewhere() -> None:
    text = "ACTION 4: MV \u2014 confirm the quote\nMV to chase the vendor.\nThe site draws 5 MV at peak.\n"
    assert "5 MV at peak" in anonymise_text(text).text


@pytest.mark.parametrize(("text", "initials"), [
    ("Present: me, PK, SB, M. Tretor (site dir)\n\n1. Budget", ["PK", "SB"]),
    ("Attendees: DK (Automation), RH (Process Eng), MB (Production - day shift)", ["DK", "RH", "MB"]),
    ("To: Ngozi Adeyemi-Clarke\nCc: Tom Fisher; DW\nSubject: RE: capex", ["DW"]),
])
def test_initials_listed_as_present_or_copied_in_are_people(text, initials):
    result = anonymise_text(text)
    assert not any(f" {i}" in result.text or f"{i} " in result.text for i in initials)


@pytest.mark.parametrize("text", ["To: QA, IT and Production", "Attendees: QA; HR", "Present: MES team, LIMS vendor"])
def test_departments_listed_as_present_stay(text):
    assert all(f.recogniser != "initials_actor" for f in anonymise_text(text).findings)


@pytest.mark.parametrize("text", [
    '"She mopped the floor at 3am." - XQ, Stores (asleep at the time)',
    '"Best boss I ever had." \u2014 XQ\n',
    "Words: H. Ode, Comms. Photos: XQ & Ada Obi.",
    "Pictures: ZW, XQ",
    "Cake by Pearl. Photos: XQ.",
])
def test_initials_signing_a_quotation_or_credited_in_a_newsletter_are_a_person(text: str) -> None:
    assert "XQ" in _initials(text)


@pytest.mark.parametrize("text", [
    '"Sterility passed." - QA, Stores',
    "Words: SO, many words.",
    'The label said "Do not open" - OK, fine.',
])
def test_a_department_or_a_word_after_a_quotation_or_a_credit_stays(text: str) -> None:
    assert _initials(text) == []


def test_initials_with_the_name_they_stand_for_in_brackets_are_that_person_even_an_acronym() -> None:
    assert _initials("Budget approved by IQ (Iain Quillaby).") == ["IQ"]
    assert _initials("Raise it with IT (Information Technology).") == []


def test_initials_in_brackets_after_a_signers_initial_and_surname_are_theirs() -> None:
    assert _initials("Reviewed by  X. Quillaby  (XV)   Date 3 May") == ["XV"]
    assert _initials("Reviewed by  X. Quillaby  (QA)   Date 3 May") == []
    assert _initials("Sample from B. Quillaby (PV) line") == []


def test_dotted_initials_in_a_stamps_bare_by_field_are_a_person() -> None:
    assert _initials("  |  ENTERED ON SYSTEM  14 FEB 2024    |\n  |  by: X.Q.     SRM ref CX-0001        |") == ["X.Q."]


def test_a_department_in_a_by_field_stays() -> None:
    assert _initials("Checked by: QA") == []


@pytest.mark.parametrize(("text", "initials"), [
    ("22:40  Granulator CIP started - X.Q.\n", "X.Q."),
    ("06:00  Handover to days, told re held batch. T.Q.K\n", "T.Q.K"),
    # (read off a scan: an "O" misread as "0", an "I" as "l", in a text the scan misread elsewhere too)
    ("SHlFT L0G  B00K 37\n22:40  granu1ator CIP started - 0.Q.\n", "0.Q."),
    ("SHlFT L0G  B00K 37\n06:00  Handover to days. T.l.K\n", "T.l.K"),
])
def test_dotted_initials_signing_a_timed_log_line_are_a_person(text: str, initials: str) -> None:
    assert _initials(text) == [initials]


@pytest.mark.parametrize("text", [
    "22:40  Shipped to the U.S.\n",
    "22:40  Granulator started at 0.5 bar\n",
    "Page 2 of the log - X.Q.\n",
])
def test_a_log_line_without_a_signer_at_its_end_stays(text: str) -> None:
    assert _initials(text) == []
