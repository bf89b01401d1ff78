"""The public surface: names, version, errors for bad input."""

from __future__ import annotations

import importlib.metadata

import pytest

import quoteattr


def test_all_is_sorted_and_importable() -> None:
    assert sorted(quoteattr.__all__, key=str.lower) == sorted(quoteattr.__all__, key=str.lower)
    for name in quoteattr.__all__:
        assert hasattr(quoteattr, name)


def test_version_matches_metadata() -> None:
    assert quoteattr.__version__ == importlib.metadata.version("quoteattr")


@pytest.mark.parametrize("bad", [b"Wang said so.", bytearray(b"x"), None, 42, 4.2, ["text"]])
def test_non_str_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="takes text as str") as info:
        quoteattr.extract(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, quoteattr.QuoteattrError)


def test_bytes_error_says_how_to_decode() -> None:
    with pytest.raises(quoteattr.InputTypeError, match="decode"):
        quoteattr.extract(b"Wang said so.")  # type: ignore[arg-type]


@pytest.mark.parametrize("entry", ["", " said", 3, None])
def test_bad_lexicon_entry_is_a_value_error(entry: object) -> None:
    with pytest.raises(ValueError, match=r"[Ll]exicon|cue") as info:
        quoteattr.Lexicon.default().with_cues(entry)  # type: ignore[arg-type]
    assert isinstance(info.value, quoteattr.LexiconError)


def test_with_cues_needs_a_form() -> None:
    with pytest.raises(quoteattr.LexiconError, match="at least one"):
        quoteattr.Lexicon.default().with_cues()


def test_extractor_rejects_a_non_lexicon() -> None:
    with pytest.raises(TypeError, match="Lexicon"):
        quoteattr.Extractor(lexicon={"said"})  # type: ignore[arg-type]


def test_custom_cue() -> None:
    lex = quoteattr.Lexicon.default().with_cues("harrumphed", lemma="harrumph")
    found = quoteattr.extract("“Nonsense,” the colonel harrumphed.", lexicon=lex)
    assert [s.cue.text for s in found if s.cue] == ["harrumphed"]
    assert quoteattr.extract("“Nonsense,” the colonel harrumphed.") == []


def test_unresolved_speakers_when_asked() -> None:
    (st,) = quoteattr.extract("Wang Yi said the talks went well.", resolve_speakers=False)
    assert st.speaker is not None
    assert st.speaker.name is None
