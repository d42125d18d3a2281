"""Contact details in the shapes UK, EU and US business, regulatory and technical documents really write them
(not the shapes the corpus happens to hold), by family: UK numbers in every grouping and prefix, numbers abroad,
e-mail addresses plain and obfuscated, web addresses and domains, meeting links, profiles, vCards, tel:/sip: URIs,
fax lines; and look-alikes that are no contact (versions, times, dates, lot numbers, money, standards, page refs,
GTINs, file names, dotted code names, measurement ranges). Every value is invented: Ofcom's drama ranges, the
US 555-01xx range, example.com/.org and invented domains."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


def _covered(text: str, said: str, categories: tuple[str, ...] = ("contact",)) -> bool:
    """Whether every letter and digit of ``said`` (its first mention) is inside a finding of one of ``categories``."""
    result = anonymise_text(text)
    start = text.index(said)
    spans = [(f.start, f.end) for f in result.findings if f.category in categories]
    return all(not text[i].isalnum() or any(s <= i < e for s, e in spans) for i in range(start, start + len(said)))


def _contacts(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "contact"]


def _cases(family: str, rows: list[tuple[str, str]]) -> list[object]:
    return [pytest.param(text, said, id=f"{family}-{i}") for i, (text, said) in enumerate(rows)]


UK_NUMBERS = [
    ("Tel: +44 (0)1632 960123", "+44 (0)1632 960123"),
    ("Tel +44 (0) 1632 960 123 (direct)", "+44 (0) 1632 960 123"),
    ("Tel: +44(0)1632-960123", "+44(0)1632-960123"),
    ("Phone 0044 1632 960123", "0044 1632 960123"),
    ("Phone 0044 (0)1632 960123", "0044 (0)1632 960123"),
    ("Call (01632) 960 123 today", "(01632) 960 123"),
    ("Call (01632) 960123 today", "(01632) 960123"),
    ("Call 01632-960123 today", "01632-960123"),
    ("Call 01632 960123 today", "01632 960123"),
    ("Call 01632960123 today", "01632960123"),
    ("Tel: 01632 960123 ext. 214", "01632 960123 ext. 214"),
    ("Tel: 01632 960123 x214", "01632 960123 x214"),
    ("Tel: 01632 960123 (ext 214)", "01632 960123 (ext 214"),
    ("Tel: 01632 960123 extn 214", "01632 960123 extn 214"),
    ("Mob. 07700 900347", "07700 900347"),
    ("M: 07700 900 347", "07700 900 347"),
    ("T/F: 01632 960123", "01632 960123"),
    ("T: +44 20 7946 0123 | F: 020 7946 0124", "+44 20 7946 0123"),
    ("T: +44 20 7946 0123 | F: 020 7946 0124", "020 7946 0124"),
    ("Freephone 0808 157 0123 (24 hours)", "0808 157 0123"),
    ("Customer line 0306 999 0123", "0306 999 0123"),
    ("Helpline: 0345 601 2345", "0345 601 2345"),
    ("Lo-call 0845 460 0123", "0845 460 0123"),
    ("Premium 0909 879 0123", "0909 879 0123"),
    ("Mobile +44 7700 900 347", "+44 7700 900 347"),
    ("Mobile +447700900347", "+447700900347"),
    ("Mobile 07700-900-123", "07700-900-123"),
    ("Mobile 07700 900 347", "07700 900 347"),
    ("Office 0161 496 0123", "0161 496 0123"),
    ("Office 0161-496-0123", "0161-496-0123"),
    ("Office (0161) 496 0123", "(0161) 496 0123"),
    ("London 020 7946 0123", "020 7946 0123"),
    ("London (020) 7946 0123", "(020) 7946 0123"),
    ("London 0207 946 0123", "0207 946 0123"),
    ("London 020-7946-0123", "020-7946-0123"),
    ("London 0207-946-0123", "0207-946-0123"),
    ("Tel 01632.960.123", "01632.960.123"),
    ("Tel 020.7946.0123", "020.7946.0123"),
    ("Tel +44.20.7946.0123", "+44.20.7946.0123"),
    ("Tel +44 (0)20 7946 0123", "+44 (0)20 7946 0123"),
    ("Tel +44-20-7946-0123", "+44-20-7946-0123"),
    ("Leeds office tel. 0113 496 0123", "0113 496 0123"),
    ("Belfast 028 9649 6123", "028 9649 6123"),
    ("Cardiff 029 2018 0123", "029 2018 0123"),
    ("Telephone: 01632 960 123 / 07700 900 456", "01632 960 123"),
    ("Telephone: 01632 960 123 / 07700 900 456", "07700 900 456"),
    ("Telephone: 01632 960 123 or 07700 900 456", "07700 900 456"),
    ("Tel 01632\n960123", "01632\n960123"),
    ("Tel +44 20\n7946 0123", "+44 20\n7946 0123"),
    ("Mob: 07700\n900 347", "07700\n900 347"),
    ("Mobile: 07700900347 (WhatsApp)", "07700900347"),
    ("WhatsApp +44 7700 900347", "+44 7700 900347"),
    ("Ph: 01632 960123", "01632 960123"),
    ("tel:+441632960123", "+441632960123"),
    ("Telephone +44 (0)1632 960123 Fax +44 (0)1632 960124", "+44 (0)1632 960124"),
    ("Fax: 01632 960124", "01632 960124"),
    ("Facsimile: (01632) 960124", "(01632) 960124"),
    ("F. 01632 960124", "01632 960124"),
    ("Tel: 01632 960123, 01632 960124", "01632 960124"),
    ("Tel: +44 (0)1632 960 123 Ext: 214", "+44 (0)1632 960 123 Ext: 214"),
    ("Tel\t01632 960123", "01632 960123"),
    ("Tel: 0 1632 960 123", "0 1632 960 123"),
    ("Text 07700 900 347 to confirm", "07700 900 347"),
    ("Call +44 (0)7700 900347", "+44 (0)7700 900347"),
    ("Call +44 0 7700 900347", "+44 0 7700 900347"),
    ("Tel: 01632 96 01 23", "01632 96 01 23"),
    ("Tel: 016 3296 0123", "016 3296 0123"),
    ("Mob +44 (0) 7700-900-123", "+44 (0) 7700-900-123"),
    ("Tel +44 (0)1632-96-01-23", "+44 (0)1632-96-01-23"),
    ("Tel: 01632 960123/960124", "01632 960123/960124"),
    ("Tel: 020 7946 0123/4", "020 7946 0123/4"),
    ("Tel: 01632 960123/4", "01632 960123/4"),
    ("Switchboard 0161 496 0123/0124/0125", "0161 496 0123/0124/0125"),
    ("Tel (0)1632 960123", "(0)1632 960123"),
    ("T +44 (0)20 7946 0123 E jo@example.com W example.com", "+44 (0)20 7946 0123"),
    ("Mobile: +44 (0) 77 00 90 03 47", "+44 (0) 77 00 90 03 47"),
    ("Tel: 0808 157 0123", "0808 157 0123"),
    ("Tel: +44 (0) 1632 960 123 Fax: +44 (0) 1632 960 124", "+44 (0) 1632 960 124"),
    ("Fax:01632960124", "01632960124"),
    ("Tel:+441632960123", "+441632960123"),
    ("Tel: (+44) 1632 960123", "(+44) 1632 960123"),
    ("Please call me on +44 (0)1632\n960123", "+44 (0)1632\n960123"),
    ("Phone +44 (0)1632 960 123 ext 2145", "+44 (0)1632 960 123 ext 2145"),
    ("Phone: +44 (0)1632 960123, Option 3", "+44 (0)1632 960123"),
    ("Tel 44 (0)1632 960123", "44 (0)1632 960123"),
    ("Tel 00 44 (0) 1632 960 347", "00 44 (0) 1632 960 347"),
    ("W: 01632 960347 H: 01632 960348", "01632 960348"),
    ("Mobile (DE): 0151 27183946", "0151 27183946"),
    ("\u260e 01632 960347 \u2709 jo@example.com", "01632 960347"),
    ("Tel 01632\u2013960123", "01632\u2013960123"),
    ("Tel 0161\u2013496\u20130123", "0161\u2013496\u20130123"),
    ("Tel 01632 \u2013 960 123", "01632 \u2013 960 123"),
    ("Tel 01632\u00a0960123", "01632\u00a0960123"),
    ("Tel 020\u202f7946\u202f0123", "020\u202f7946\u202f0123"),
    ("Tel \uff10\uff12\uff10 \uff17\uff19\uff14\uff16 \uff10\uff11\uff12\uff13",
     "\uff10\uff12\uff10 \uff17\uff19\uff14\uff16 \uff10\uff11\uff12\uff13"),
    ("Tel: O2O 7946 O123", "O2O 7946 O123"),
    ("Tel: 01632 960123 (x214)", "01632 960123 (x214"),
    ("Tel: +44 (0)1632 960 347 ext 214/215", "+44 (0)1632 960 347 ext 214/215"),
    ("[12/03/2024, 09:14:22] +44 7700 900347: running late", "+44 7700 900347"),
    ("<tel:+441632960347|01632 960347>", "01632 960347"),
    ("Tel: 020 - 7946 - 0347", "020 - 7946 - 0347"),
]

ABROAD = [
    ("Tel: +1 (212) 555-0129", "+1 (212) 555-0129"),
    ("Tel: +1-212-555-0129", "+1-212-555-0129"),
    ("Tel: +1 212 555 0129", "+1 212 555 0129"),
    ("Toll-free 1-800-555-0129", "1-800-555-0129"),
    ("Toll-free 1 (800) 555-0129", "1 (800) 555-0129"),
    ("Office (212) 555-0129", "(212) 555-0129"),
    ("Office 212-555-0129", "212-555-0129"),
    ("Office 212.555.0129", "212.555.0129"),
    ("Tel: +1.212.555.0129", "+1.212.555.0129"),
    ("Office (212) 555-0129 ext. 12", "(212) 555-0129 ext. 12"),
    ("Office 212-555-0129 x12", "212-555-0129 x12"),
    ("Dial 011 44 20 7946 0123 from the US", "011 44 20 7946 0123"),
    ("Dublin +353 1 555 0123", "+353 1 555 0123"),
    ("Dublin +353 (0)1 555 0123", "+353 (0)1 555 0123"),
    ("Mobile +353 87 555 0123", "+353 87 555 0123"),
    ("Mumbai +91 98765 43210", "+91 98765 43210"),
    ("Mumbai +91 22 5555 0123", "+91 22 5555 0123"),
    ("Munich +49 (0)89 2718 3946", "+49 (0)89 2718 3946"),
    ("Munich +49 89 27183946", "+49 89 27183946"),
    ("Berlin +49 30 1234567", "+49 30 1234567"),
    ("Mobil +49 (0) 151 2345 6789", "+49 (0) 151 2345 6789"),
    ("Munich 0049 89 27183946", "0049 89 27183946"),
    ("Munich 00 49 89 27183946", "00 49 89 27183946"),
    ("Tél. : +33 1 23 45 67 89", "+33 1 23 45 67 89"),
    ("Tél. : +33 (0)1 23 45 67 89", "+33 (0)1 23 45 67 89"),
    ("Portable +33 6 12 34 56 78", "+33 6 12 34 56 78"),
    ("Portable +33 6.12.34.56.78", "+33 6.12.34.56.78"),
    ("Tokyo +81 3-1234-5678", "+81 3-1234-5678"),
    ("Tokyo +81 (0)3 2718 3946", "+81 (0)3 2718 3946"),
    ("Beijing +86 10 2718 3946", "+86 10 2718 3946"),
    ("Mobile +86 138 0013 8000", "+86 138 0013 8000"),
    ("Cape Town +27 21 555 0123", "+27 21 555 0123"),
    ("Cape Town +27 (0)21 555 0123", "+27 (0)21 555 0123"),
    ("Lagos +234 803 123 4567", "+234 803 123 4567"),
    ("Lagos +234 1 234 5678", "+234 1 234 5678"),
    ("Dubai +971 4 123 4567", "+971 4 123 4567"),
    ("Dubai mobile +971 50 123 4567", "+971 50 123 4567"),
    ("Amsterdam +31 20 123 4567", "+31 20 123 4567"),
    ("Amsterdam +31 (0)20 123 4567", "+31 (0)20 123 4567"),
    ("Brussels +32 2 123 45 67", "+32 2 123 45 67"),
    ("Zurich +41 44 123 45 67", "+41 44 123 45 67"),
    ("Madrid +34 927 183 946", "+34 927 183 946"),
    ("Milan +39 02 2718 3946", "+39 02 2718 3946"),
    ("Stockholm +46 8 123 456 78", "+46 8 123 456 78"),
    ("Copenhagen +45 12 34 56 78", "+45 12 34 56 78"),
    ("Warsaw +48 22 123 45 67", "+48 22 123 45 67"),
    ("Sydney +61 2 9876 5432", "+61 2 9876 5432"),
    ("Sydney +61 (0)2 9876 5432", "+61 (0)2 9876 5432"),
    ("Singapore +65 6123 4567", "+65 6123 4567"),
    ("Hong Kong +852 2123 4567", "+852 2123 4567"),
    ("São Paulo +55 11 91234-5678", "+55 11 91234-5678"),
    ("Mexico City +52 55 2718 3946", "+52 55 2718 3946"),
    ("Seoul +82 2-123-4567", "+82 2-123-4567"),
    ("Tel.: +49 (0)89 / 2718 3946", "+49 (0)89 / 2718 3946"),
    ("Tlf. +45 12 34 56 78", "+45 12 34 56 78"),
    ("Tel. 089 27183946 (Germany)", "089 27183946"),
    ("Call 800-555-0129 now", "800-555-0129"),
    ("Call (800) 555-0129 now", "(800) 555-0129"),
    ("Call 1.800.555.0129 now", "1.800.555.0129"),
    ("Call +1 800 555 0129 now", "+1 800 555 0129"),
    ("Cell: 212-555-0129", "212-555-0129"),
    ("Cell: 212 555 0129", "212 555 0129"),
    ("Direct: 212.555.0129", "212.555.0129"),
    ("Dublin office 01 555 0123", "01 555 0123"),
    ("Dublin office (01) 555 0123", "(01) 555 0123"),
    ("Irish mobile 087 555 0123", "087 555 0123"),
    ("Tel. 030 1234567", "030 1234567"),
    ("Mobil 0151 23456789", "0151 23456789"),
    ("Tél. 01 23 45 67 89", "01 23 45 67 89"),
    ("Portable : 06 12 34 56 78", "06 12 34 56 78"),
    ("Tel. 020 123 4567 (Amsterdam)", "020 123 4567"),
    ("Mobiel 06-27183946", "06-27183946"),
    ("Tel. 91 234 56 78 (Madrid)", "91 234 56 78"),
    ("Tel. 02 2718 3946 (Milano)", "02 2718 3946"),
    ("Tel. 044 123 45 67 (Zürich)", "044 123 45 67"),
    ("Tel: +44 1632 960123 (UK), +1 212 555 0129 (US)", "+1 212 555 0129"),
    ("| T 0131 496 0880 | T 949 31 72 05 (ext. 147) |", "949 31 72 05 (ext. 147"),
]

EMAILS = [
    ("Orders to j.bloggs+orders@example.com today", "j.bloggs+orders@example.com"),
    ("Mail j.bloggs@mail.sales.example.co.uk", "j.bloggs@mail.sales.example.co.uk"),
    ("Mail J.Bloggs@Example.COM", "J.Bloggs@Example.COM"),
    ("From: Jo Bloggs <jo.bloggs@example.org>", "jo.bloggs@example.org"),
    ("Contact: mailto:jo.bloggs@example.org", "jo.bloggs@example.org"),
    ("Write to jo.bloggs [at] example [dot] com", "jo.bloggs [at] example [dot] com"),
    ("Write to jo.bloggs(at)example.co.uk", "jo.bloggs(at)example.co.uk"),
    ("Write to jo.bloggs at example dot com", "jo.bloggs at example dot com"),
    ("Write to jo.bloggs AT example DOT com", "jo.bloggs AT example DOT com"),
    ("Write to jbloggs at example-bio dot co dot uk", "jbloggs at example-bio dot co dot uk"),
    ("Write to jo dot bloggs at example dot com", "jo dot bloggs at example dot com"),
    ("Write to jo.bloggs {at} example {dot} com", "jo.bloggs {at} example {dot} com"),
    ("Write to jo.bloggs at example.com for a copy", "jo.bloggs at example.com"),
    ("Write to jo.bloggs @ example.com", "jo.bloggs @ example.com"),
    ("Write to jo.bloggs@example-\ncorp.co.uk", "jo.bloggs@example-\ncorp.co.uk"),
    ("Write to jo.bloggs@\nexample.com", "jo.bloggs@\nexample.com"),
    ("Write to jo.bloggs\n@example.com", "jo.bloggs\n@example.com"),
    ("Write to jo_bloggs99@example.io", "jo_bloggs99@example.io"),
    ("Write to seamus.o'neill@example.ie", "seamus.o'neill@example.ie"),
    ("Write to first.last@example.technology", "first.last@example.technology"),
    ("Write to info@example.berlin", "info@example.berlin"),
    ("Write to info@example.ca", "info@example.ca"),
    ("Write to info@example.com.au", "info@example.com.au"),
    ("Write to jo.bloggs＠example.com", "jo.bloggs＠example.com"),
    ("To: jo.bloggs@example.com;j.doe@example.com", "j.doe@example.com"),
    ("<mailto:jo.bloggs@example.com|jo.bloggs@example.com> wrote", "jo.bloggs@example.com"),
    ("EMAIL;TYPE=INTERNET:jo.bloggs@example.com", "jo.bloggs@example.com"),
    ("E-mail: JO.BLOGGS@EXAMPLE.CO.UK", "JO.BLOGGS@EXAMPLE.CO.UK"),
    ("e: jo@example.nhs.uk", "jo@example.nhs.uk"),
    ("Reply to jo.bloggs (at) example (dot) org", "jo.bloggs (at) example (dot) org"),
    ("Reply to jo.bloggs[at]example[dot]org", "jo.bloggs[at]example[dot]org"),
    ("Reply to jo.bloggs at example dot co dot uk", "jo.bloggs at example dot co dot uk"),
    ("Mail jörg.müller@example.de", "jörg.müller@example.de"),
    ("Mail jo.bloggs<at>example.com", "jo.bloggs<at>example.com"),
    ("Mail jo.bloggs [AT] example [DOT] com", "jo.bloggs [AT] example [DOT] com"),
    ("Mail jo.bloggs@example[.]com", "jo.bloggs@example[.]com"),
    ("Mail jo.bloggs[@]example.com", "jo.bloggs[@]example.com"),
    ("Mail jo.bloggs@example dot com", "jo.bloggs@example dot com"),
    ("Mail jo.bloggs (at) example.com", "jo.bloggs (at) example.com"),
    ("Mail jo.bloggs(at)example(dot)com", "jo.bloggs(at)example(dot)com"),
    ("Mail jo.bloggs @ example . com", "jo.bloggs @ example . com"),
    ("Mail jo.bloggs@example.co.uk. Thanks", "jo.bloggs@example.co.uk"),
    ("Mail jo.bloggs@xn--mller-kva.de", "jo.bloggs@xn--mller-kva.de"),
    ("Teams: jo.bloggs@example.com", "jo.bloggs@example.com"),
    ("IMPP:sip:jo.bloggs@example.com", "jo.bloggs@example.com"),
    ("<p>jo.bloggs&#64;example.com</p>", "jo.bloggs&#64;example.com"),
    ("<p>jo.bloggs&#x40;example.com</p>", "jo.bloggs&#x40;example.com"),
    ('{"email": "jo.bloggs\\u0040example.com"}', "jo.bloggs\\u0040example.com"),
]

URLS = [
    ("See www.example.co.uk/path?x=1 for details", "www.example.co.uk/path?x=1"),
    ("Visit example-bio.com today", "example-bio.com"),
    ("Login at https://example.com:8443/path/to/page", "https://example.com:8443/path/to/page"),
    ("Server http://intranet.example.local:8080/", "http://intranet.example.local:8080/"),
    ("See example.com/careers", "example.com/careers"),
    ("Doc https://example.sharepoint.com/sites/QA/Shared%20Documents/report.docx",
     "https://example.sharepoint.com/sites/QA/Shared%20Documents/report.docx"),
    ("Join https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ1YTk4@thread.v2/0?context=%7b%7d",
     "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ1YTk4@thread.v2/0?context=%7b%7d"),
    ("Join https://us02web.zoom.us/j/82718394690?pwd=QWxhZGRpbjE", "https://us02web.zoom.us/j/82718394690?pwd=QWxhZGRpbjE"),
    ("Join us02web.zoom.us/j/82718394690", "us02web.zoom.us/j/82718394690"),
    ("Join https://example.webex.com/meet/jo.bloggs", "https://example.webex.com/meet/jo.bloggs"),
    ("Join meet.google.com/abc-defg-hij", "meet.google.com/abc-defg-hij"),
    ("Profile https://www.linkedin.com/in/jo-bloggs-12345/", "https://www.linkedin.com/in/jo-bloggs-12345/"),
    ("Profile linkedin.com/in/jo-bloggs", "linkedin.com/in/jo-bloggs"),
    ("Follow x.com/jobloggs", "x.com/jobloggs"),
    ("Follow twitter.com/jobloggs", "twitter.com/jobloggs"),
    ("Code at github.com/jobloggs/tool", "github.com/jobloggs/tool"),
    ("Follow us on X @ExampleBioUK", "ExampleBioUK"),
    ("Site: example dot com", "example dot com"),
    ("Site: EXAMPLE.CO.UK", "EXAMPLE.CO.UK"),
    ("Site: example.org.uk", "example.org.uk"),
    ("Site: lab.example.ac.uk", "lab.example.ac.uk"),
    ("Site: example.app", "example.app"),
    ("Site: example.dev", "example.dev"),
    ("Site: example.shop", "example.shop"),
    ("Site: example.ca", "example.ca"),
    ("Site: example.com.au", "example.com.au"),
    ("Site: example.co.nz", "example.co.nz"),
    ("Site: example.co.za", "example.co.za"),
    ("Site: example.gov", "example.gov"),
    ("Site: example.edu", "example.edu"),
    ("Site: example.at", "example.at"),
    ("Site: example.no", "example.no"),
    ("Site: example.me", "example.me"),
    ("Site: example.in", "example.in"),
    ("Site: example.com.br", "example.com.br"),
    ("Short link bit.ly/3abcXYZ", "bit.ly/3abcXYZ"),
    ("Files at ftp.example.com", "ftp.example.com"),
    ("Broker example.com:8080", "example.com:8080"),
    ("<https://example.com/x|the link>", "https://example.com/x"),
    ("[www.example.com](https://www.example.com)", "https://www.example.com"),
    ("URL:https://www.example.com", "https://www.example.com"),
    ("URL;TYPE=work:https://www.example.com", "https://www.example.com"),
    ("Visit https://example.com.", "https://example.com"),
    ("Visit (https://example.com/a_(b))", "https://example.com/a_(b"),
    ("Link https://example.com/very/long/\npath/to/doc", "https://example.com/very/long/\npath/to/doc"),
    ("Link https://example.com/report?id=\n3816&x=2", "https://example.com/report?id=\n3816&x=2"),
    ("Link <https://example.com/x> ok", "https://example.com/x"),
    ("Link HTTPS://WWW.EXAMPLE.COM/X", "HTTPS://WWW.EXAMPLE.COM/X"),
    ("Link https://example.com/~jbloggs", "https://example.com/~jbloggs"),
    ("Link xn--mller-kva.de", "xn--mller-kva.de"),
    ("Link www.example.com.", "www.example.com"),
    ("Link example.co.uk.", "example.co.uk"),
    ("Profile instagram.com/jo.bloggs", "instagram.com/jo.bloggs"),
    ("Profile facebook.com/jo.bloggs.123", "facebook.com/jo.bloggs.123"),
    ("Profile https://orcid.org/0000-0002-1825-0097", "https://orcid.org/0000-0002-1825-0097"),
    ("Profile youtube.com/@jobloggs", "youtube.com/@jobloggs"),
    ("Profile https://mastodon.social/@jobloggs", "https://mastodon.social/@jobloggs"),
    ("Profile @jobloggs@mastodon.social", "jobloggs@mastodon.social"),
    ("GitHub: @jo-bloggs", "jo-bloggs"),
    ("Twitter: @jo_bloggs", "jo_bloggs"),
    ("Join https://meet.example.com/jo-bloggs", "https://meet.example.com/jo-bloggs"),
    ("Book calendly.com/jo-bloggs/30min", "calendly.com/jo-bloggs/30min"),
    ("Telegram: t.me/jobloggs", "t.me/jobloggs"),
    ("Web: kelvarro.app", "kelvarro.app"),
    ("W: kelvarro.store", "kelvarro.store"),
    ("Visit us at kelvarro.dev/docs", "kelvarro.dev/docs"),
    ("X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/jobloggs", "https://www.linkedin.com/in/jobloggs"),
    ('{"url": "https:\\/\\/example.com\\/reports\\/q3"}', "https:\\/\\/example.com\\/reports\\/q3"),
    ("DESCRIPTION:Join\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ1@thread.v2/0?context=%7b%7d\\nMeeting ID",
     "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ1@thread.v2/0?context=%7b%7d"),
]

VCARDS_AND_URIS = [
    ("TEL;TYPE=work,voice:+44 1632 960123", "+44 1632 960123"),
    ("TEL;TYPE=CELL:+447700900347", "+447700900347"),
    ("TEL;WORK;VOICE:(01632) 960123", "(01632) 960123"),
    ("item1.TEL;type=pref:01632 960123", "01632 960123"),
    ('TEL;VALUE=uri;TYPE="voice,home":tel:+1-212-555-0129;ext=55', "+1-212-555-0129"),
    ("tel:+44-1632-960123", "+44-1632-960123"),
    ("Call tel:01632960123", "01632960123"),
    ("SIP: sip:jo.bloggs@voip.example.com", "jo.bloggs@voip.example.com"),
    ("Extension sips:1001@pbx.example.local", "1001@pbx.example.local"),
    ("sip:+441632960123@gw.example.net;user=phone", "+441632960123@gw.example.net"),
    ("WhatsApp: wa.me/447700900347", "wa.me/447700900347"),
    ("WhatsApp: https://wa.me/447700900347", "https://wa.me/447700900347"),
    ("TEL;TYPE=work,voice;VALUE=uri:tel:+1-212-555-0129", "+1-212-555-0129"),
    ("TEL:+44-1632-960123", "+44-1632-960123"),
    ("WhatsApp me on 07700 900347", "07700 900347"),
    ("Signal: +44 7700 900347", "+44 7700 900347"),
    ("Assigned to [~jbloggs] yesterday", "jbloggs"),
    ("Assigned to [~accountid:5b10ac8d82e05b22cc7d4ef5]", "accountid:5b10ac8d82e05b22cc7d4ef5"),
    ("Bleep 3816 out of hours", "Bleep 3816"),
    ("Pager no. 5927", "Pager no. 5927"),
    ("One tap mobile: +442034815240,,81234567890#,,,,*482913# United Kingdom", "+442034815240,,81234567890#,,,,*482913#"),
    ("Server 2001:db8:4a::17 is down", "2001:db8:4a::17"),
    ("Link-local fe80::1c2f:3aff:fe10:9b2%eth0", "fe80::1c2f:3aff:fe10:9b2"),
    ("Host 2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
    ("Proxy [2001:db8::8a2e:370]:8080", "2001:db8::8a2e:370"),
]

# Accounts as systems write them: a shell's, a directory's, a cloud's, a chat log's, a repository's remote.
ACCOUNTS = [
    ("Run ssh jbloggs@build01 then sudo", "jbloggs@build01"),
    ("jbloggs@pc-0412:~$ ls -la", "jbloggs@pc-0412"),
    ("scp f.txt jbloggs@10.4.1.9:/tmp", "jbloggs@10.4.1.9"),
    ("Bind as uid=jbloggs,ou=people,dc=example,dc=com", "jbloggs"),
    ("sAMAccountName: jbloggs", "jbloggs"),
    ("mailNickname: jo.bloggs", "jo.bloggs"),
    ('"user_name": "jbloggs",', "jbloggs"),
    ("arn:aws:iam::271839465012:user/jbloggs", "jbloggs"),
    ("git clone git@github.com:jobloggs/tool.git", "git@github.com:jobloggs/tool.git"),
    ("[2024-03-12 09:14] <jbloggs> build is green", "jbloggs"),
    ("09:14 <@jbloggs> pushed the fix", "jbloggs"),
]

# Meeting IDs and passcodes: a way in to one meeting, labelled identifiers (not contacts) where the corpus has them.
MEETINGS = [
    ("Meeting ID: 812 3456 7890\nPasscode: 482913", "812 3456 7890"),
    ("Meeting ID: 812 3456 7890\nPasscode: 482913", "482913"),
    ("Meeting ID: 345 678 901 234 | Passcode: aB3xYz", "aB3xYz"),
    ("Webex access code: 2345 678 90", "2345 678 90"),
    ("Conference ID: 123 456 789#", "123 456 789"),
    ("Meeting number: 2345 678 90", "2345 678 90"),
    ("Webinar ID: 812 3456 7890", "812 3456 7890"),
    ("Participant code: 5566 7788", "5566 7788"),
    ("PMI: 271 839 4650", "271 839 4650"),
]


@pytest.mark.parametrize(("text", "said"), _cases("uk", UK_NUMBERS) + _cases("abroad", ABROAD)
                         + _cases("email", EMAILS) + _cases("url", URLS) + _cases("vcard", VCARDS_AND_URIS)
                         + _cases("account", ACCOUNTS))
def test_a_contact_in_a_real_world_format_is_found(text: str, said: str) -> None:
    assert _covered(text, said)


@pytest.mark.parametrize(("text", "said"), _cases("meeting", MEETINGS))
def test_a_meeting_id_or_passcode_is_found(text: str, said: str) -> None:
    assert _covered(text, said, ("contact", "identifier"))


LOOK_ALIKES = [
    "Upgraded to v2.10.3 and then 1.2.3.4 of the agent.",
    "Python 3.11.4 and Node 18.17.1 are installed.",
    "Shift 10:30-11:45 and 09.00 - 17.30 daily.",
    "Dated 2024-01-17, 17.01.2024 and 17/01/2024.",
    "Lot 2311-0457 and LOT 230145678 released.",
    "Budget £1,234,567.89 and $12,345,678 and € 1 234 567.",
    "Certified to ISO/IEC 27001:2022, ISO 13485:2016 and EN 60601-1-2:2015.",
    "See pp. 123-145 and p. 1234 of the file.",
    "GTIN 05027183946900 and EAN 5027183946900.",
    "Attached report.docx, minutes_2024.pdf, data.csv and README.md.",
    "Also setup.py, index.html, app.js, script.sh and deck.pptx.",
    "Call os.path.join then logging.getLogger and numpy.linalg.norm.",
    "The class java.util.List and org.apache.commons.lang3 are used.",
    "Dose 100-250 mg at 20-25 °C, 1 000 - 2 000 rpm.",
    "Result p = 0.0001, n = 1234, 95% CI 1.23-4.56.",
    "See section 4.1.2 and clause 7.5.3.2 of Table 3.2.1.",
    "Population 27 183 946 in 2021.",
    "Built on ASP.NET Core and Vue.js with Node.js.",
    "Icons logo@2x.png and icon@3x.png for retina.",
    "Use @param and @Override in the code.",
    "Coordinates 51.5074, -0.1278 for the site.",
    "Purchase order 4500123456 raised.",
    "Serial 2718 3946 9012 on the label.",
    "Ran 3 x 10 min at 1500 x g.",
    "Flow 0.5-1.0 L/min, 10-12 bar.",
    "Part no. 0123-456-789 fitted.",
    "The 2019-2024 plan and the 2025/26 budget.",
    "e.g. the i.e. and etc. cases at 9 a.m.",
    "Volume 12, issue 3, pages 1234-1256 (2021).",
    "DOI 10.1000/xyz123 in the references.",
    "Run pip-compile on requirements.in, Makefile.in and constraints.in first.",
    "Site: St.Helens works; Site: Building 4.2 East; URL: TBD; Web: n/a.",
    "Batch 0271839469/2 released, lot 0234567891/12 held.",
    "Order 212-555-0129 and lot 212.555.0129 shipped.",
    "Office hours 0900-1730, room 2.14, desk 0161-23.",
    "Ratio 01/02/2024 10/11 and 2024/25 budget.",
    "The ticket is 27183946/9 and 0161/496 pages.",
    "e-mail me @ 10.30 tomorrow",
    "Tel. 2024 budget line for 2023-2024.",
    "Speed 1200\u20131500 rpm over 2019\u20132024, pages 123\u2013145, open 0900\u20131730.",
    "Batches 230145\u2013230199 and 0123456\u20130123499 were held.",
    "Path a\\/b and c\\/d in the JSON; &#64;here in the HTML.",
    "Portable scanner SN 123-456-789 and handy tool kit 271 839 465.",
    "Cell count 250 000 000 per ml; cell bank 2024 03 001 12.",
    "See Ref.no/Rev 3 and Sign.in/out sheet.",
    "URL: index.html and Site: config.yaml in the repo.",
    "Time 10:30:00, timecode 01:02:03:04, ratio 1:2:3, typo 12:00::30.",
    "C++ std::vector, a::b, Foo::Bar and Rust's ::new(); loopback ::1.",
    "Email me@home tonight; reach root@build01 via ssh root@build01.",
    "Meeting at 10:30 <see below> and 09:15 <TBC>.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_of_a_contact_is_no_contact(text: str) -> None:
    assert _contacts(text) == []


@pytest.mark.parametrize(("text", "address"), [
    ("See https://example.com/docs/\nThanks, Jo", "https://example.com/docs/"),
    ("See https://example.com/docs/\nThe next step is testing.", "https://example.com/docs/"),
    ("See https://example.com/a-b\nnext-steps.md today", "https://example.com/a-b"),
    ("See https://example.com/docs/\n2. Next step", "https://example.com/docs/"),
])
def test_an_address_at_a_lines_end_takes_no_word_of_the_next_line(text: str, address: str) -> None:
    assert _contacts(text) == [address]


def test_an_address_wrapped_at_its_lines_end_is_one_address_in_two_halves() -> None:
    result = anonymise_text("Report: https://example.com/reports/\n2024/q3.pdf ends here")
    halves = [f for f in result.findings if f.category == "contact"]
    assert [f.original for f in halves] == ["https://example.com/reports/", "2024/q3.pdf"]
    assert halves[0].replacement == halves[1].replacement
    assert result.text.endswith(" ends here")


def test_a_number_and_its_alternatives_after_a_slash_are_one_number() -> None:
    result = anonymise_text("Tel: 020 7946 0123/4 (switchboard)")
    assert [f.original for f in result.findings if f.category == "contact"] == ["020 7946 0123/4"]


def test_an_address_after_a_calendar_files_escaped_line_break_stops_at_the_next_one() -> None:
    text = "DESCRIPTION:Join\\nhttps://example.com/j/81234?pwd=ab\\nMeeting ID: 812 3456 7890"
    assert _contacts(text) == ["https://example.com/j/81234?pwd=ab"]


def test_another_address_on_the_next_line_is_not_the_rest_of_one_wrapped() -> None:
    result = anonymise_text("See https://example.com/docs/\nwww.example.org")
    found = [f for f in result.findings if f.category == "contact"]
    assert [f.original for f in found] == ["https://example.com/docs/", "www.example.org"]
    assert found[0].replacement != found[1].replacement
