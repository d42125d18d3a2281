"""A Korean given name alone, hyphened as it is romanised ("Jun-seo", "Seo-yeon"), where a cue says a person as for any
given name; English hyphened words of the same shape stay. (Invented sentences.)"""
import pytest

from anonymiser import anonymise_text


@pytest.mark.parametrize("text, name", [
    ("Jun-seo (nights) reported the seal failure.\n", "Jun-seo"),
    ("Ask Jun-seo about the label.\n", "Jun-seo"),
    ("Pre-use checks done. Ask Min-jae.\n", "Min-jae"),
])
def test_a_korean_given_name_alone_beside_a_persons_cue_is_a_person(text: str, name: str) -> None:
    assert name not in anonymise_text(text).text


@pytest.mark.parametrize("text", [
    "Set-up (nights) took two hours.\n",
    "Re-run to check the label.\n",
    "Co-op will send the boxes.\n",
])
def test_english_hyphened_words_stay(text: str) -> None:
    assert anonymise_text(text).text == text
