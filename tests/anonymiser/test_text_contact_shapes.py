"""Contacts in shapes that lean on their context: a number corrected as it is written, an extension written alone or
again, a mailbox said or written without its domain, a scan's letterhead and broken address, a site's page without its
host, a contributor's repository. (Names, numbers and addresses invented.)"""
import pytest

from anonymiser import anonymise_text


def _found(text: str, category: str = "contact") -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == category]


def _gone(text: str, said: str) -> bool:
    """Whether every letter and digit of ``said`` (its last mention) is inside something found (what the evaluation
    counts)."""
    result = anonymise_text(text)
    start = text.rindex(said)
    covered = [any(f.start <= i < f.end for f in result.findings) for i in range(len(text))]
    return all(covered[i] or not text[i].isalnum() for i in range(start, start + len(said)))


@pytest.mark.parametrize(("text", "said"), [
    ("out of hours my mobile 07700 900 612 sorry 900 621 i always mix it up", "900 621"),
    ("Ring 01632 960 447, I mean 960 474, after six.", "960 474"),
    ("Stores: 01632 960 447 - should be 960 474", "960 474"),
    ("mobile 07700 900 612 (sorry, 900 621) thanks", "900 621"),
    ("mobile 07700900612 sorry 900621 thanks", "900621"),
    ("mobile 07700 900 612 - no wait, 900 621", "900 621"),
    ("his extension is 5183 if the desk is empty", "5183"),
    ("Mailbox: 5183 (Wenna Mabry, QA Manager)\nTranscripts below.", "Mailbox: 5183"),
    ("Keys: Ext: x482", "x482"),
    ("Phone / ext:   028 9018 0433 / x319\nDate: today", "x319"),
    ("Switchboard 01632 960 555, x482 for stores", "x482"),
    ("Keys: Oswin Harlan x482", "x482"),
    ("IT close Gorran's extension (ext 5183) on Friday. The greeting on 5183 still names him.", "5183"),
    ("CORROW PROCESS ENGINEERING  .  T 01632 960 309  .  www.corrow-pe.co.uk", "T 01632 960 309"),
])
def test_numbers_corrected_or_written_again_are_found(text: str, said: str) -> None:
    assert _gone(text, said)


def test_a_corrected_number_is_another_number_than_the_one_corrected() -> None:
    assert anonymise_text("my mobile 07700 900 612 sorry 900 621 thanks").text == \
        "my mobile [Phone A] sorry [Phone B] thanks"


@pytest.mark.parametrize(("text", "contacts"), [
    ("mix 3 tablets, sorry 2 tablets, per bag", []),
    ("Call 0161 496 0000, sorry 24 hour cover ended", ["0161 496 0000"]),
    ("sample 2x500 and x100 dilution", []),
    ("Sample x200 was diluted", []),
    ("ring 020 7946 0321 no 3 tablets", ["020 7946 0321"]),
    ("We shipped 5183 cartons by Friday.", []),
])
def test_counts_dilutions_and_bare_numbers_are_no_contacts(text: str, contacts: list[str]) -> None:
    assert _found(text) == contacts


@pytest.mark.parametrize(("text", "said"), [
    ("WENNA: And copy me in please, wenna dot mabry, same domain.", "wenna dot mabry"),
    ("and ysolde underscore tollan at the same domain thanks", "ysolde underscore tollan"),
    ("it's the same domain, so wenna dot mabry", "wenna dot mabry"),
    ("her e-mail is the same as mine but skelby", "skelby"),
    ("QA contact is myself on six two oh eight full stop.", "six two oh eight"),
    ("please mail tmabry for access to the share", "tmabry"),
    ("Please send to wenna at skelby q c dot com – that's S-K-E-L-B-Y, Q, C. Or ring me.", "S-K-E-L-B-Y, Q, C"),
    ("Mail tbrzeski for access. CC: tollanw, Ysolde", "tollanw"),
])
def test_mailboxes_and_numbers_said_with_their_context_are_found(text: str, said: str) -> None:
    assert _gone(text, said)


@pytest.mark.parametrize("text", [
    "we are the same as before",
    "the address is the same as mine but with a dash",
    "mail procurement about it, email updates weekly, cc the team",
    "I rely on myself on weekends",
    "that's a b c for you",
])
def test_sentences_like_them_without_a_mailbox_or_number_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("broken", [
    "help@corrow-engineeri ng.co.uk",
    "help@corrow-engineering .co.uk",
    "help@corrow-engineering. co.uk",
    "help@corrow-engineering.co. uk",
])
def test_an_address_a_scan_broke_with_a_space_is_found_whole(broken: str) -> None:
    assert _found(f"Any queries:\n{broken}\nThanks") == [broken]


def test_an_address_followed_by_a_sentence_keeps_its_end() -> None:
    assert _found("mail jo@corrow.com. It is monitored") == ["jo@corrow.com"]


def test_a_page_of_a_site_given_before_is_found_without_its_host() -> None:
    text = ("Scan: https://scan.brisca-resp.com/inhalix/gb?lot=AB12\n"
            "[ FAQ ] -> /inhalix/gb/faq#dose-counter and /docs/leaflet and /var/log/syslog")
    assert _found(text) == ["https://scan.brisca-resp.com/inhalix/gb?lot=AB12", "/inhalix/gb/faq#dose-counter"]


def test_a_root_path_without_a_site_given_stays() -> None:
    assert _found("see /inhalix/gb/faq for answers") == []


def test_a_contributors_repository_and_its_other_repositories_are_found() -> None:
    text = ("# Repository : quarlby-ot/line-kpis\njobs:\n  lint:\n"
            "    uses: quarlby-ot/shared-ci/.github/workflows/lint.yml@v2\n    - uses: actions/checkout@v4\n"
            "Also push to the fenmoss-digital/kpi-etl repo.")
    assert _found(text) == ["quarlby-ot/line-kpis", "quarlby-ot/shared-ci/.github/workflows/lint.yml@v2",
                            "fenmoss-digital/kpi-etl"]


@pytest.mark.parametrize("text", [
    "repository: packaging/line-service",
    "repo: actions/checkout",
    "figures 2023/2024 repo rates",
])
def test_public_everyday_or_numeric_slugs_are_no_contributors_repository(text: str) -> None:
    assert _found(text) == []


def test_a_repository_owned_under_a_declared_name_is_found_whole() -> None:
    result = anonymise_text("pushed to brisca-digital/kpi-etl; ratio 1/2; see a/b", terms=["Brisca"])
    assert [f.original for f in result.findings if f.category == "contact"] == ["brisca-digital/kpi-etl"]


def test_a_page_sharing_the_first_two_parts_of_a_sites_path_is_that_sites_even_in_english_words() -> None:
    text = ("Scan: https://scan.brisca-resp.com/inhaler/gb?lot=AB12\n"
            "[ FAQ ] -> /inhaler/gb/faq#dose-counter and /inhaler/leaflet")
    assert _found(text) == ["https://scan.brisca-resp.com/inhaler/gb?lot=AB12", "/inhaler/gb/faq#dose-counter"]


def test_a_long_run_of_letters_before_same_domain_is_read_quickly_and_holds_no_mailbox() -> None:
    text = "a b c d e f g h i j " * 2000 + "same domain"
    assert _found(text) == []


@pytest.mark.parametrize("address", [
    "p.quarrie(at)vellwood-bio.co.uk", "p.quarrie [at] vellwood-bio.com", "p.quarrie{at}vellwood-bio.com",
    "p.quarrie {at} vellwood-bio {dot} com",
])
def test_an_address_with_its_at_written_in_brackets_is_found_whole(address: str) -> None:
    assert _found(f"Questions to {address} please.") == [address]


@pytest.mark.parametrize("text", ["Meet (at) 10.30 in the canteen.", "Sample pulled [at] 11.45, room (at) b.12."])
def test_a_time_or_a_room_after_a_bracketed_at_is_no_address(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("row", "url", "kept"), [
    ("V-2207;www.skaldvik-farma.nl;API supplier, DMF holder\n", "www.skaldvik-farma.nl", ";API supplier"),
    ("V-2208;velmark-mt.ch/kundenportal;EU bonded stock\n", "velmark-mt.ch/kundenportal", ";EU bonded stock"),
])
def test_an_address_in_a_semicolon_separated_row_ends_at_its_cell(row: str, url: str, kept: str) -> None:
    result = anonymise_text(row)
    assert [f.original for f in result.findings if f.recogniser == "url"] == [url]
    assert kept in result.text


def test_a_semicolon_inside_an_address_in_prose_stays_part_of_it() -> None:
    result = anonymise_text("The session link https://portal.skaldvik-farma.nl/a;jsessionid=9X2 expired.")
    assert [f.original for f in result.findings if f.recogniser == "url"] == [
        "https://portal.skaldvik-farma.nl/a;jsessionid=9X2"]
