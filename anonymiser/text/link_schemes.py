"""The scheme a link writes before an address or a number ("mailto:", "tel:", "sip:"), part of what names the mailbox
or the line: a Markdown or HTML link's target ("[Jo](mailto:jo@acme.com)", "(tel:+441632960418)") would otherwise
leave the scheme beside a placeholder. One pattern for the e-mail and the phone recognisers, each with its schemes."""
from __future__ import annotations

import re

# A scheme's word and its colon (a "//" may follow: "callto://"), straight before the address; not inside a word or an
# address ("Softphone: sip:", "href=tel:"; not "x.tel:").
_SCHEME_BEFORE = re.compile(r"(?<![\w.+-])(?P<scheme>[A-Za-z]{3,9}):(?://)?\Z")
_LONGEST = 12  # ("facetime://", "whatsapp://")

EMAIL_SCHEMES = frozenset({"mailto", "sip", "sips", "xmpp", "msteams"})
PHONE_SCHEMES = frozenset({"tel", "callto", "sms", "facetime", "whatsapp", "skype", "sip"})


def scheme_before(text: str, start: int, schemes: frozenset[str], *, lower_case_only: bool = False) -> int | None:
    """Where the scheme of ``schemes`` written straight before ``start`` starts, or ``None``. ``lower_case_only``: a
    scheme in capitals is a label instead ("Tel:01632 960418" on a card)."""
    scheme = _SCHEME_BEFORE.search(text, max(0, start - _LONGEST), start)
    if scheme is None or scheme.group("scheme").lower() not in schemes:
        return None
    if lower_case_only and not scheme.group("scheme").islower():
        return None
    return scheme.start()
