"""quoteattr.conversation: the dialogue sieves and the people, on invented dialogue only."""

from __future__ import annotations

import pytest
import regex

import quoteattr
from quoteattr._model import Span
from quoteattr.conversation import (
    SIEVES,
    CastMember,
    Conversation,
    DialogueInputError,
    Quotation,
    Tag,
    attribute,
    name_words,
)
from quoteattr.lexicon_names import FIRST_NAME_GENDERS

_PARAGRAPH = regex.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")


def layout(text: str) -> tuple[list[tuple[int, int]], list[Quotation]]:
    """Blank-line paragraphs and their straight-quote quotations (an odd mark leaves the last one open)."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    quotations = []
    for p, (s, e) in enumerate(paragraphs):
        marks = [i for i in range(s, e) if text[i] == '"']
        for a, b in zip(marks[::2], marks[1::2], strict=False):
            quotations.append(Quotation(a + 1, b, p))
        if len(marks) % 2:
            quotations.append(Quotation(marks[-1] + 1, e, p, open=True))
    return paragraphs, quotations


def tag(text: str, quotation: int, mention: str, name: str | None = None, gender: str = "", nth: int = 0) -> Tag:
    """A tag on *quotation* whose mention is the *nth* occurrence of *mention* in *text*."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(mention, at + 1)
    return Tag(quotation, Span.of(text, at, at + len(mention)), name, gender)


def run(text: str, tags: list[Tag], **kwargs: object) -> Conversation:
    paragraphs, quotations = layout(text)
    return attribute(text, paragraphs, quotations, tags, **kwargs)  # type: ignore[arg-type]


def speakers(result: Conversation) -> list[tuple[str | None, str | None]]:
    return [(a.speaker, a.rule) for a in result.attributions]


def test_two_party_alternation_takes_the_speaker_two_turns_back() -> None:
    text = (
        '"Is the ferry late?" asked Tomas Lind.\n\n'
        '"Only by an hour," said Greta Holm.\n\n'
        '"Then we wait."\n\n'
        '"We always do."'
    )
    result = run(text, [tag(text, 0, "Tomas Lind", "Tomas Lind"), tag(text, 1, "Greta Holm", "Greta Holm")])
    assert speakers(result) == [
        ("Tomas Lind", "tag"),
        ("Greta Holm", "tag"),
        ("Tomas Lind", "dialogue.turn"),
        ("Greta Holm", "dialogue.turn"),
    ]


def test_vocative_names_the_next_speaker_and_vetoes_the_addressee() -> None:
    text = (
        '"Good morning," said Tomas Lind.\n\n'
        '"Good morning," said Greta Holm.\n\n'
        '"Have you seen the map, Anna?" said Greta Holm.\n\n'
        '"It is on the table."'
    )
    tags = [
        tag(text, 0, "Tomas Lind", "Tomas Lind"),
        tag(text, 1, "Greta Holm", "Greta Holm"),
        tag(text, 2, "Greta Holm", "Greta Holm", nth=1),
    ]
    result = run(text, tags)
    assert speakers(result)[3] == ("Anna", "dialogue.vocative")
    assert result.attributions[3].evidence is not None
    assert result.attributions[3].evidence.text == "Anna"


def test_a_turn_never_goes_to_the_person_it_addresses() -> None:
    text = '"Ready?" said Tomas Lind.\n\n"Ready," said Greta Holm.\n\n"Go on."\n\n"Greta, wait for me."'
    tags = [tag(text, 0, "Tomas Lind", "Tomas Lind"), tag(text, 1, "Greta Holm", "Greta Holm")]
    result = run(text, tags)
    # the backward turn would give the last quotation to Greta Holm, whom it addresses
    assert result.attributions[3].speaker != "Greta Holm"


def test_narration_subject_of_the_same_paragraph_speaks() -> None:
    text = (
        '"The lamp is out," said Tomas Lind.\n\n"I saw," said Greta Holm.\n\nTomas Lind struck a match. "Better now."'
    )
    tags = [tag(text, 0, "Tomas Lind", "Tomas Lind"), tag(text, 1, "Greta Holm", "Greta Holm")]
    result = run(text, tags)
    assert speakers(result)[2] == ("Tomas Lind", "dialogue.narration")


def test_narration_object_is_not_the_speaker() -> None:
    text = (
        '"Cold today," said Tomas Lind.\n\n'
        '"Very," said Greta Holm.\n\n'
        'The porter looked at Tomas Lind. "Tickets, please."'
    )
    tags = [tag(text, 0, "Tomas Lind", "Tomas Lind"), tag(text, 1, "Greta Holm", "Greta Holm")]
    result = run(text, tags, sieves=["tag", "narration"])
    assert speakers(result)[2] == (None, None)


def test_continuation_over_open_paragraphs_and_within_a_paragraph() -> None:
    text = (
        '"It began in the spring," said Greta Holm. "Nobody noticed.\n\n'
        '"By summer the river had moved.\n\n'
        '"And then the town followed it."'
    )
    result = run(text, [tag(text, 0, "Greta Holm", "Greta Holm")])
    assert speakers(result) == [
        ("Greta Holm", "tag"),
        ("Greta Holm", "dialogue.continuation"),
        ("Greta Holm", "dialogue.continuation"),
        ("Greta Holm", "dialogue.continuation"),
    ]


def test_pronoun_tag_is_the_one_person_of_its_gender_in_the_conversation() -> None:
    text = '"Where to?" asked Tomas Lind.\n\n"North," said Greta Holm.\n\n"Why north?" he said.\n\n"Why not?" she said.'
    tags = [
        tag(text, 0, "Tomas Lind", "Tomas Lind"),
        tag(text, 1, "Greta Holm", "Greta Holm"),
        tag(text, 2, "he", None, "m"),
        tag(text, 3, "she", None, "f"),
    ]
    result = run(text, tags)
    assert speakers(result)[2:] == [("Tomas Lind", "pronoun"), ("Greta Holm", "pronoun")]


def test_honorifics_keep_people_apart() -> None:
    text = '"One," said Mr. Lind.\n\n"Two," said Mrs. Lind.\n\n"Three," said Miss Lind.\n\n"Four," said Mr. Lind.'
    tags = [tag(text, i, m, m) for i, m in enumerate(["Mr. Lind", "Mrs. Lind", "Miss Lind"])]
    tags.append(tag(text, 3, "Mr. Lind", "Mr. Lind", nth=1))
    result = run(text, tags)
    assert [a.speaker for a in result.attributions] == ["Mr. Lind", "Mrs. Lind", "Miss Lind", "Mr. Lind"]
    assert len({a.person for a in result.attributions}) == 3
    genders = {p.name: p.gender for p in result.people}
    assert genders == {"Mr. Lind": "m", "Mrs. Lind": "f", "Miss Lind": "f"}
    assert {p.name: p.statements for p in result.people}["Mr. Lind"] == 2


def test_a_first_name_joins_the_one_full_name_that_holds_it() -> None:
    text = '"Yes," said Tomas Lind.\n\n"No," said Greta Holm.\n\n"Maybe," said Tomas.'
    tags = [tag(text, 0, "Tomas Lind", "Tomas Lind"), tag(text, 1, "Greta Holm", "Greta Holm")]
    tags.append(tag(text, 2, "Tomas", "Tomas", nth=1))
    result = run(text, tags)
    assert result.attributions[0].person == result.attributions[2].person
    person = result.person(result.attributions[0].person or "")
    assert person is not None
    assert person.aliases == ("Tomas", "Tomas Lind")
    assert person.gender == "m"


def test_an_ambiguous_surname_joins_no_one() -> None:
    text = '"A," said Mr. Lind.\n\n"B," said Greta Lind.\n\n"C," said Lind.'
    tags = [
        tag(text, 0, "Mr. Lind", "Mr. Lind"),
        tag(text, 1, "Greta Lind", "Greta Lind"),
        tag(text, 2, "Lind", "Lind", nth=2),
    ]
    result = run(text, tags)
    keys = [a.person for a in result.attributions]
    assert len(set(keys)) == 3


def test_a_surname_alone_does_not_join_a_woman_known_by_title() -> None:
    text = '"A," said Mrs. Lind.\n\n"B," said Lind.'
    tags = [tag(text, 0, "Mrs. Lind", "Mrs. Lind"), tag(text, 1, "Lind", "Lind", nth=1)]
    result = run(text, tags)
    assert result.attributions[0].person != result.attributions[1].person


def test_cast_list_resolves_nicknames() -> None:
    text = '"Coming?" said Tommy.\n\n"Soon," said Greta.'
    tags = [tag(text, 0, "Tommy", "Tommy"), tag(text, 1, "Greta", "Greta")]
    cast = [
        {"name": "Tomas Lind", "aliases": ["Tomas", "Tommy", "Mr. Lind"], "gender": "M"},
        CastMember("Greta Holm", ("Greta",), "f"),
    ]
    result = run(text, tags, cast=cast)
    assert [a.speaker for a in result.attributions] == ["Tomas Lind", "Greta Holm"]
    without = run(text, tags)
    assert [a.speaker for a in without.attributions] == ["Tommy", "Greta"]


def test_first_person_narrator_is_named_by_how_others_address_them() -> None:
    text = (
        '"Late again, Peter," said Greta Holm.\n\n'
        '"The tram broke down," I said.\n\n'
        '"Of course it did, Peter," said Greta Holm.\n\n'
        '"It really did," I said.'
    )
    tags = [
        tag(text, 0, "Greta Holm", "Greta Holm"),
        tag(text, 1, "I"),
        tag(text, 2, "Greta Holm", "Greta Holm", nth=1),
        tag(text, 3, "I", nth=1),
    ]
    result = run(text, tags)
    assert result.attributions[1].person == "narrator"
    assert result.attributions[1].speaker == "Peter"


def test_a_long_narration_ends_the_run() -> None:
    narration = "The train went on through the night. " * 60
    text = f'"Tea?" said Tomas Lind.\n\n"Please," said Greta Holm.\n\n{narration}\n\n{narration}\n\n"Milk?"'
    tags = [tag(text, 0, "Tomas Lind", "Tomas Lind"), tag(text, 1, "Greta Holm", "Greta Holm")]
    result = run(text, tags)
    assert speakers(result)[2] == (None, None)


def test_a_bare_title_vocative_makes_no_person() -> None:
    text = '"Yes," said Tomas Lind.\n\n"Your ticket, sir?" said Greta Holm.\n\n"Here."'
    tags = [tag(text, 0, "Tomas Lind", "Tomas Lind"), tag(text, 1, "Greta Holm", "Greta Holm")]
    result = run(text, tags, sieves=["tag", "vocative"])
    assert speakers(result)[2] == (None, None)
    assert {p.name for p in result.people} == {"Tomas Lind", "Greta Holm"}


def test_unknown_speakers_stay_none() -> None:
    text = '"Hello?"\n\n"Anyone there?"'
    result = run(text, [])
    assert speakers(result) == [(None, None), (None, None)]
    assert result.people == ()


def test_every_sieve_can_be_left_out_and_unknown_ones_are_refused() -> None:
    text = '"Hi," said Tomas Lind.'
    for name in SIEVES:
        run(text, [tag(text, 0, "Tomas Lind", "Tomas Lind")], sieves=[s for s in SIEVES if s != name])
    with pytest.raises(DialogueInputError, match="Unknown sieve"):
        run(text, [], sieves=["telepathy"])


def test_bad_input_is_refused_with_a_reason() -> None:
    text = '"Hi," she said.'
    with pytest.raises(DialogueInputError, match="paragraph"):
        attribute(text, [(0, len(text))], [Quotation(1, 4, 3)])
    with pytest.raises(DialogueInputError, match="text order"):
        attribute(text, [(0, len(text))], [Quotation(1, 4, 0), Quotation(0, 1, 0)])
    with pytest.raises(DialogueInputError, match="tag names quotation"):
        attribute(text, [(0, len(text))], [Quotation(1, 4, 0)], [Tag(5, Span.of(text, 6, 9))])


def test_name_words_splits_off_the_title() -> None:
    assert name_words("Mrs. Greta Holm") == ("mrs", ("greta", "holm"))
    assert name_words("Greta") == ("", ("greta",))


def test_first_name_table_is_sorted_lowercase_and_binary() -> None:
    names = list(FIRST_NAME_GENDERS)
    assert names == sorted(names)
    assert all(name == name.lower().strip() and name.isalpha() for name in names)
    assert set(FIRST_NAME_GENDERS.values()) == {"m", "f"}
    assert 2000 < len(names) < 6000


def test_a_cast_list_names_the_speakers_of_a_story() -> None:
    # the characters a reader knows: tags resolve to them, and their keys are the cast names
    text = "“Ready?” asked Greta.\n\n“Yes,” said Mr. Holm.\n\n“Then go.”\n\n“Now?”\n\n“Now.”"
    cast = [
        {"name": "Greta Vane", "aliases": ["Greta"], "gender": "F"},
        {"name": "Tomas Holm", "aliases": ["Mr. Holm"]},
    ]
    found = quoteattr.extract(text, cast=cast)
    assert [(s.speaker.name, s.speaker.person) for s in found if s.speaker] == [
        ("Greta Vane", "greta vane"),
        ("Tomas Holm", "tomas holm"),
        ("Greta Vane", "greta vane"),
        ("Tomas Holm", "tomas holm"),
        ("Greta Vane", "greta vane"),
    ]
    assert quoteattr.Extractor(cast=cast) == quoteattr.Extractor(cast=[CastMember.from_dict(m) for m in cast])


def test_a_cast_member_must_have_a_name() -> None:
    with pytest.raises(quoteattr.InputTypeError, match="cast="):
        quoteattr.Extractor(cast=[{"aliases": ["Greta"]}])


def test_a_cast_makes_a_short_scene_a_story() -> None:
    # two bare lines are no conversation by themselves; given the cast, the text is a story
    text = "“Where now?” asked Jenny.\n\n“Home,” said Tomas Lind.\n\n“Why?”"
    assert [s.rule for s in quoteattr.extract(text)][-1] != "dialogue.turn"
    cast: list[dict[str, object]] = [{"name": "Jenny Marsh", "aliases": ["Jenny"]}, {"name": "Tomas Lind"}]
    found = quoteattr.extract(text, cast=cast)
    assert [(s.rule, s.speaker.name if s.speaker else None) for s in found] == [
        ("direct.content-cue-speaker", "Jenny Marsh"),
        ("direct.content-cue-speaker", "Tomas Lind"),
        ("dialogue.turn", "Jenny Marsh"),
    ]
