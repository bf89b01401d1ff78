"""The public surface: names, version, errors for bad input."""

from __future__ import annotations

import importlib.metadata
from typing import Any

import attrs
import pytest

import quoteattr

from .conftest import ROOT


def test_every_public_name_loads_on_first_use() -> None:
    names = [n for n in quoteattr.__all__ if n != "__version__"]
    assert names == sorted(names)
    for name in names:
        value = getattr(quoteattr, name)
        assert value.__module__.startswith("quoteattr."), name
        assert name in dir(quoteattr)
    namespace: dict[str, Any] = {}
    exec("from quoteattr import *", namespace)
    assert {n for n in namespace if not n.startswith("__")} | {"__version__"} == set(quoteattr.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'extrac'"):
        quoteattr.extrac  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ImportError):
        from quoteattr import Nothing  # type: ignore[attr-defined]  # noqa: F401


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


def test_resolution_changes_only_the_speakers_name_antecedent_title_link_and_person() -> None:
    # resolution fills the speaker's name, antecedent, title, link and person; every other field is the rules'
    text = (ROOT / "seeds" / "xinhua-2021-07-16-china-belarus.txt").read_text(encoding="utf-8")
    raw = quoteattr.extract(text, resolve_speakers=False)
    resolved = quoteattr.extract(text)
    assert len(raw) == len(resolved) > 10
    for before, after in zip(raw, resolved, strict=True):
        assert attrs.asdict(before, recurse=False) | {"speaker": None} == attrs.asdict(after, recurse=False) | {
            "speaker": None
        }
        if before.speaker is not None and after.speaker is not None:
            unchanged = ("name", "antecedent", "title", "link", "person")
            assert attrs.evolve(before.speaker, **{f: getattr(after.speaker, f) for f in unchanged}) == after.speaker
            assert {f.name for f in attrs.fields(quoteattr.Speaker)} - set(unchanged) == {"mention", "form"}
    assert {f.name for f in attrs.fields(quoteattr.Statement)} == {
        "speaker",
        "cue",
        "content",
        "kind",
        "cue_class",
        "rule",
    }, "a new Statement field: set it in attribution.statements and parallel._decode"


def test_unresolved_speakers_when_asked() -> None:
    (st,) = quoteattr.extract("Wang Yi said the talks went well.", resolve_speakers=False)
    assert st.speaker is not None
    assert st.speaker.name is None


class TestBadInput:
    """Each caller mistake is a ``TypeError``/``ValueError`` subclass saying what to pass instead."""

    @pytest.mark.parametrize(
        ("bad", "hint"),
        [
            (b"Wang said so.", r"decode it first, e\.g\. data\.decode\('utf-8'\)"),
            (bytearray(b"x"), "decode"),
            (memoryview(b"x"), "decode"),
            (None, "pass the article's text"),
            (42, "pass the article's text"),
            (["Wang said so."], "pass the article's text"),
        ],
    )
    def test_extract_says_what_to_pass(self, bad: object, hint: str) -> None:
        with pytest.raises(quoteattr.InputTypeError, match=hint):
            quoteattr.extract(bad)  # type: ignore[arg-type]
        with pytest.raises(quoteattr.InputTypeError, match=hint):
            quoteattr.Extractor().extract(bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize("bad", ["x", {"said"}, None, quoteattr.Lexicon, 42])
    def test_extractor_needs_a_lexicon(self, bad: object) -> None:
        with pytest.raises(quoteattr.InputTypeError, match=r"takes a quoteattr\.Lexicon.*Lexicon\.default\(\)"):
            quoteattr.Extractor(lexicon=bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "bad",
        [
            "x",
            {"said"},
            "",
            {},
            0,
        ],
    )
    def test_extract_needs_a_lexicon(self, bad: object) -> None:
        with pytest.raises(quoteattr.InputTypeError, match="Lexicon"):
            quoteattr.extract("Wang said so.", lexicon=bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize("form", ["", "  ", " said", "said\n", "\n"])
    def test_an_empty_or_padded_cue_is_refused(self, form: str) -> None:
        with pytest.raises(quoteattr.LexiconError, match="entries must be non-empty words"):
            quoteattr.Lexicon.default().with_cues(form)

    def test_an_unknown_cue_class_names_the_known_ones(self) -> None:
        with pytest.raises(quoteattr.LexiconError, match="use one of evidence, intention, speech, thought"):
            quoteattr.Lexicon.default().with_cues("quipped", cue_class="joke")

    @pytest.mark.parametrize(
        ("entries", "hint"),
        [
            (frozenset({""}), "non-empty words"),
            (frozenset({" minister"}), "no surrounding"),
            (frozenset({"minister", 3}), "not a str; pass words as str"),
            ("minister", "a collection of words, not the string"),
            (None, "collection of words"),
            (3, "collection of words"),
        ],
    )
    def test_a_bad_word_table_is_a_lexicon_error(self, entries: Any, hint: str) -> None:
        with pytest.raises(quoteattr.LexiconError, match=hint):
            attrs.evolve(quoteattr.Lexicon.default(), role_nouns=entries)

    @pytest.mark.parametrize(
        "changes",
        [
            {"cues": (("said", "say", "gossip"),)},
            {"pronouns": (("", ("m", "s")),)},
            {"honorifics": ((1, "Mr"),)},
            {"cues": (("said",),)},
            {"cues": None},
            {"honorifics": {"mr": "Mr"}},
        ],
        ids=["cue-class", "empty-pronoun", "non-str-key", "short-cue-row", "no-cues", "dict-table"],
    )
    def test_a_malformed_table_is_a_lexicon_error(self, changes: dict[str, Any]) -> None:
        with pytest.raises(quoteattr.LexiconError):
            attrs.evolve(quoteattr.Lexicon.default(), **changes)

    def test_a_lexicon_without_cues_is_refused(self) -> None:
        with pytest.raises(quoteattr.LexiconError, match="at least one cue form"):
            attrs.evolve(quoteattr.Lexicon.default(), cues=())


MILD = "The weather was mild.\n\n"  # the paragraph that times out starts at len(MILD)


@pytest.mark.parametrize(
    "text",
    [
        MILD + "Jane Doe said on Monday that the plan had failed.",  # the adjunct pattern
        MILD + "Jane Doe said the plan had failed, which was no surprise.",  # the clause_break pattern
    ],
    ids=["adjunct", "clause_break"],
)
def test_a_regex_timeout_is_an_extraction_timeout_naming_the_paragraph(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the real path: the two patterns that run with a time limit, given one they cannot meet
    from quoteattr.grammar import clauses

    monkeypatch.setattr(clauses, "TIMEOUT", 1e-9)
    with pytest.raises(quoteattr.ExtractionTimeout, match=rf"paragraph at offset {len(MILD)}\b") as info:
        quoteattr.Extractor().extract(text)
    assert isinstance(info.value, TimeoutError)
    assert isinstance(info.value.__cause__, TimeoutError)


def test_the_word_index_of_a_long_text_finds_what_the_search_finds() -> None:
    # a long text's whole-word lookups go through an index (linear time); it agrees with the search
    from quoteattr import segment

    seed = (ROOT / "seeds" / "xinhua-2021-07-16-china-belarus.txt").read_text(encoding="utf-8")
    text = "\n\n".join([seed, "Snopkov's aide, O'Neill and Jean-Luc Wang-Yi met Wang. Snopkovs."] * 40)
    assert len(text) >= segment.INDEX_MIN_LENGTH
    index = segment.WordIndex(text)
    for word in ["Wang", "Wang Yi", "Snopkov", "O'Neill", "Jean-Luc", "Yi", "China", "minister", "'s", "Nobody"]:
        found = list(segment.whole_word_hits(text, word, 10_000, index))
        assert found == list(segment.whole_word_hits(text, word, 10_000)), word


def test_a_lexicon_and_an_extractor_print_short() -> None:
    # the tables hold thousands of entries: a fixture's or a test failure's repr shows a summary
    assert (
        repr(quoteattr.Lexicon.default())
        == f"Lexicon({len(quoteattr.Lexicon.default().cues):,} cue forms, the default)"
    )
    assert len(repr(quoteattr.Extractor())) < 120


def test_a_timeout_is_logged_under_the_quoteattr_logger(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from quoteattr.grammar import clauses

    monkeypatch.setattr(clauses, "TIMEOUT", 1e-9)
    with caplog.at_level("WARNING", logger="quoteattr"), pytest.raises(quoteattr.ExtractionTimeout):
        quoteattr.Extractor().extract("Jane Doe said on Monday that the plan had failed.")
    assert any("timed out" in r.getMessage() and r.name == "quoteattr" for r in caplog.records)


def test_one_extract_many() -> None:
    # Extractor.extract_many ran in one process and quoteattr.extract_many on all cores, under one
    # name: the extractor's is gone; the package's takes lexicon= and processes=
    assert not hasattr(quoteattr.Extractor, "extract_many")
    lexicon = quoteattr.Lexicon.default().with_cues("harrumphed")
    texts = ["“Nonsense,” the colonel harrumphed.", "Jane Doe said the plan had failed."]
    found = list(quoteattr.extract_many(texts, lexicon=lexicon, processes=1))
    assert [[s.rule for s in f] for f in found] == [["direct.content-speaker-cue"], ["reported.speaker-cue-content"]]
