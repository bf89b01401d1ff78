"""Speaker resolution's mechanisms one by one (quoteattr.attribution.coref), on invented texts.

The golden cases (tests/golden/pronoun.json) show each class end to end; these pin the
pieces: typo test, honorifics, organisations' names, title heads, headlines.
"""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr.attribution import coref
from quoteattr.attribution import names as name_table
from quoteattr.lexicon import Lexicon

LEX = Lexicon.default()


def _speakers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (s.speaker.mention.text if s.speaker.mention else None, s.speaker.name, s.speaker.link)
        for s in quoteattr.extract(text)
        if s.speaker is not None
    ]


@pytest.mark.parametrize(
    ("token", "name", "typo"),
    [
        ("Wand", "Wang Yi", True),  # a consonant for a consonant
        ("Berk", "Anna Berg", True),
        ("Lindqist", "Stefan Lindqvist", True),  # a letter dropped
        ("Borg", "Anna Berg", False),  # a vowel for a vowel: another name
        ("Lund", "Tove Lind", False),
        ("Gerg", "Anna Berg", False),  # the first letter differs
        ("Bergs", "Anna Berg", False),  # a plural or possessive 's', not a typo
        ("Bergman", "Anna Berg", False),  # more than one edit
    ],
)
def test_a_typo_is_one_edit_that_keeps_the_first_letter_and_the_vowels(token: str, name: str, typo: bool) -> None:
    assert coref._typo_of(token, name) is typo


def test_a_first_name_is_no_typo() -> None:
    # "Jane" is one letter from "Janet", but a first name of its own
    assert _speakers("Janet Ross said the vote was close. Jane said that it was not.")[1] == ("Jane", "Jane", "name")


def test_honorifics_join_a_full_name_of_the_same_gender_only() -> None:
    names = name_table._Names("Tom Barrett met Jane Barrett. Mr. Barrett left. Mrs. Barrett stayed.", LEX)
    assert names.name_of("Mr. Barrett")[:2] == ("Tom Barrett", names.runs("Barrett")["Tom Barrett"].span)
    assert names.name_of("Mrs. Barrett").name == "Jane Barrett"
    assert names.name_of("Mrs. Barrett").link == "alias"
    # a Mr. and a Mrs. Barrett, both named in full: a bare "Barrett" could be either
    assert names.name_of("Barrett").name is None


def test_a_mrs_and_a_miss_are_two_women_a_full_name_joins_neither_without_its_honorific() -> None:
    text = "Mrs. Hale came in. Miss Hale stayed. Ann Hale waved. Mrs. Hale said so."
    names = name_table._Names(text, LEX)
    assert names.name_of("Mrs. Hale").name == "Mrs. Hale"
    assert names.name_of("Miss Hale").name == "Miss Hale"


def test_honorific_alone_is_dropped_when_no_one_else_has_the_name() -> None:
    assert name_table._Names("Mr. Hale left.", LEX).name_of("Mr. Hale").name == "Hale"


def test_a_headline_does_not_make_a_longer_name() -> None:
    text = "Jane Doe Wins The County Vote By A Mile\nJane Doe said the count was over. Doe said so again."
    assert name_table._Names(text, LEX).name_of("Doe").name == "Jane Doe"


def test_sentence_openers_are_no_part_of_a_name() -> None:
    text = "Yes Tony, it is. Presently Tony left. Tony Lane came back."
    assert name_table._Names(text, LEX).name_of("Tony").name == "Tony Lane"


@pytest.mark.parametrize(
    ("text", "name", "kinds"),
    [
        ("<Acme Robotics Inc> signed a deal.", "Acme Robotics Inc", {"company"}),
        ("Shares of Tellvik Mining Corp (TLV.TO) fell.", "Tellvik Mining Corp", {"company"}),
        ("Shares of Tellvik Mining (NYSE: TLV) fell.", "Tellvik Mining", {"company"}),
        ("Standard Fuel Co <SFC> said so.", "Standard Fuel Co", {"company"}),
        ("The Ministry of Finance said so.", "Ministry of Finance", {"ministry"}),
        ("Acme Bank said so.", "Acme Bank", {"bank"}),
    ],
)
def test_organisations_are_named_by_their_words_tags_and_tickers(text: str, name: str, kinds: set[str]) -> None:
    orgs = name_table._Names(text, LEX).organisations()
    assert kinds <= orgs.kinds[name]
    assert text[orgs.spans[name].start : orgs.spans[name].end] == name


def test_an_acronym_in_brackets_is_no_ticker() -> None:
    # "(FBI)" introduces an acronym (no exchange, no ".X" suffix): the bureau is no company
    orgs = name_table._Names("The Federal Bureau of Inquiry (FBI) said so.", LEX).organisations()
    assert orgs.kinds == {"Federal Bureau of Inquiry": {"bureau"}}


def test_the_ministry_with_a_modifier_needs_that_word_in_the_name() -> None:
    text = "The Defence Ministry said on Monday that drills began. The finance ministry said that costs rose."
    assert _speakers(text)[1] == ("The finance ministry", "The finance ministry", None)


@pytest.mark.parametrize(
    ("title", "heads"),
    [
        ("Foreign Minister", {"minister"}),
        ("State Councilor and Foreign Minister", {"councilor", "minister"}),
        ("first deputy prime minister of Belarus", {"minister"}),
        ("an aide to the minister", {"aide"}),
        ("Sen.", {"senator"}),
    ],
)
def test_the_head_of_a_title(title: str, heads: set[str]) -> None:
    assert coref._title_heads(title, name_table._Names("", LEX)) == heads


def test_a_relative_pronoun_without_antecedent_takes_the_speaker_before_its_comma() -> None:
    text = "“We will win,” said Jane Doe, who added that the count was close."
    assert _speakers(text) == [("Jane Doe", "Jane Doe", "name"), ("who", "Jane Doe", "name")]


def test_a_pronoun_looks_past_a_definite_description_of_someone_unnamed() -> None:
    # "the young man" points back at someone told of before; "She" is Jane Doe, not him
    text = "Jane Doe said the road was closed. The young man said it was open. She said that he was wrong."
    assert _speakers(text)[-1] == ("She", "Jane Doe", "pronoun")


def test_an_indefinite_description_is_what_a_pronoun_after_it_means() -> None:
    text = "Tomas Lind said the road was closed. A spokeswoman said it was open. She said that it was safe."
    assert _speakers(text)[-1] == ("She", "A spokeswoman", "pronoun")


def test_the_plural_they_takes_a_coordinated_pair() -> None:
    text = "Jane Doe and Tomas Lind said the road was closed. They said that it would reopen."
    assert _speakers(text)[-1] == ("They", "Jane Doe and Tomas Lind", "pronoun")
