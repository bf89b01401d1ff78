"""Lexicon hygiene: every table sorted, lowercase, stripped, without duplicates."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from quoteattr import lexicon
from quoteattr.lexicon import Lexicon

QUOTE_TABLES = {"AMBIGUOUS_QUOTES", "CLOSE_QUOTES", "OPEN_QUOTES", "CUE_CLASSES"}
WORD_TABLES = {
    name: value
    for name, value in vars(lexicon).items()
    if name.isupper() and isinstance(value, tuple) and name not in QUOTE_TABLES
}
MAPPINGS = {name: value for name, value in vars(lexicon).items() if name.isupper() and isinstance(value, Mapping)}


def test_every_table_is_exported() -> None:
    assert set(WORD_TABLES) | set(MAPPINGS) <= set(lexicon.__all__)


@pytest.mark.parametrize("name", sorted(WORD_TABLES))
def test_word_table_hygiene(name: str) -> None:
    table = WORD_TABLES[name]
    assert list(table) == sorted(table), f"{name} is not sorted"
    assert len(set(table)) == len(table), f"{name} has duplicates"
    for word in table:
        assert word, name
        assert word == word.strip().lower(), f"{name}: {word!r}"


@pytest.mark.parametrize("name", sorted(MAPPINGS))
def test_mapping_hygiene(name: str) -> None:
    table: Mapping[str, object] = MAPPINGS[name]
    assert list(table) == sorted(table), f"{name} keys are not sorted"
    for key, value in table.items():
        assert key
        assert key == key.strip().lower()
        if isinstance(value, tuple) and all(isinstance(v, str) for v in value) and name.endswith("VERBS"):
            assert list(value) == sorted(value), f"{name}[{key}] forms are not sorted"
            assert len(set(value)) == len(value)


def test_no_form_in_two_lemmas() -> None:
    seen: dict[str, str] = {}
    for table in (lexicon.SPEECH_VERBS, lexicon.THOUGHT_VERBS, lexicon.INTENTION_VERBS):
        for lemma, forms in table.items():
            for form in forms:
                assert seen.setdefault(form, lemma) == lemma, f"{form} is under {seen[form]} and {lemma}"


def test_bare_complement_verbs_are_lemmas() -> None:
    lemmas = set(lexicon.SPEECH_VERBS) | set(lexicon.THOUGHT_VERBS) | set(lexicon.INTENTION_VERBS)
    assert set(lexicon.BARE_COMPLEMENT_VERBS) <= lemmas


def test_quotes_are_named_characters() -> None:
    assert all(len(q) == 1 for q in lexicon.OPEN_QUOTES + lexicon.CLOSE_QUOTES + lexicon.AMBIGUOUS_QUOTES)


def test_default_is_hashable_and_shared() -> None:
    assert Lexicon.default() is Lexicon.default()
    assert hash(Lexicon.default()) == hash(Lexicon.default())
    assert Lexicon.default().cue("Said") == ("say", "speech")
    assert Lexicon.default().cue("believes") == ("believe", "thought")
