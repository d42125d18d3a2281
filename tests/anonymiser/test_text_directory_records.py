"""People in machine-made directory records: a distinguished name's "CN=Surname\\, Given", a CSV export's row of field
names, and the keys and codes such records print beside people's initials.
(Names here are invented for the tests; none is in the evaluation corpus.)"""
from anonymiser import anonymise_text


def test_a_common_name_with_an_escaped_comma_in_a_distinguished_name_is_a_person():
    text = "manager: CN=Zorvath\\, Ysolde,OU=Staff,OU=Leeds,DC=corp,DC=local\n"
    out = anonymise_text(text).text
    assert "Zorvath" not in out and "Ysolde" not in out
    assert out.startswith("manager: CN=") and ",OU=Staff," in out and "DC=local" in out


def test_a_common_name_ending_in_an_initial_is_taken_whole():
    result = anonymise_text("member: CN=Keldrin\\, Teodric J,OU=Leavers,DC=corp,DC=local\n")
    people = [f.original for f in result.findings if f.category == "person"]
    assert "Keldrin\\, Teodric J" in people


def test_a_directory_container_or_a_pair_of_words_is_no_person():
    text = "dn: CN=Users,CN=Builtin,DC=corp,DC=local\nmemberOf: CN=Sales\\, North,OU=Groups,DC=corp,DC=local\n"
    result = anonymise_text(text)
    assert not [f for f in result.findings if f.category == "person"]
    assert "CN=Sales\\, North" in result.text


def test_a_persons_initials_are_not_taken_as_a_records_key_or_a_codes_last_part():
    text = ("Owners: Cadoc Nolvane (CN) and Ingmar Ostrowa (IO). CN signed the review; IO checked it.\n"
            "manager=CN=Zorvath\\, Ysolde,OU=Staff,DC=corp,DC=local\n"
            "22:04:11,SUITE4-AIR-IO,Granted\n")
    out = anonymise_text(text).text
    assert "Nolvane" not in out and "Ostrowa" not in out and "CN signed" not in out and "IO checked" not in out
    assert "manager=CN=" in out and "SUITE4-AIR-IO" in out


def test_a_csv_exports_row_of_field_names_is_no_person():
    text = ('"cn","sAMAccountName","mail","title","department"\n'
            '"Zorvath, Ysolde","yzorvath","ysolde.zorvath@example.com","Analyst","Quality"\n'
            '"Keldrin, Teodric","tkeldrin","teodric.keldrin@example.com","Operator","Packing"\n'
            '"Nolvane, Cadoc","cnolvane","cressida.nolvane@example.com","Engineer","Quality"\n')
    out = anonymise_text(text).text
    assert out.startswith('"cn","sAMAccountName","mail","title","department"')
    assert "Zorvath" not in out and "tkeldrin" not in out and "Nolvane" not in out
