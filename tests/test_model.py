"""The value types: frozen, validated, serialised."""

from __future__ import annotations

import attrs
import pytest

import quoteattr
from quoteattr import ArgumentError, CueClass, MentionForm, QuoteattrError, QuoteKind, Span, Speaker, Statement
from quoteattr._model import SPEAKER_LINKS
from quoteattr.exchange import STATEMENT_KEYS


class TestSpan:
    def test_of_cuts_the_text(self) -> None:
        assert Span(4, 8, "said") == Span.of("Wang said so", 5, 9).__class__(4, 8, "said")
        assert Span.of("Wang said so", 5, 9).text == "said"

    def test_text_length_must_match(self) -> None:
        with pytest.raises(ValueError, match="covers 3"):
            Span(0, 3, "ab")

    def test_end_before_start(self) -> None:
        with pytest.raises(ValueError, match="before its start"):
            Span(5, 3, "")

    def test_negative_start(self) -> None:
        with pytest.raises(ValueError, match="start"):
            Span(-1, 1, "ab")

    def test_frozen_and_hashable(self) -> None:
        span = Span(0, 2, "he")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            span.start = 1  # type: ignore[misc]
        assert hash(span) == hash(Span(0, 2, "he"))


class TestSpeaker:
    def test_link_is_one_of_the_documented_values(self) -> None:
        for link in (*SPEAKER_LINKS, None):
            assert Speaker(mention=Span(0, 2, "He"), link=link).link == link
        with pytest.raises(ArgumentError, match=r"link 'guess' is unknown; use one of name, alias"):
            Speaker(mention=Span(0, 2, "He"), link="guess")

    def test_link_takes_no_part_in_equality(self) -> None:
        # like antecedent and title, it is provenance: the same person, however found, is the same speaker
        a = Speaker(mention=Span(0, 2, "He"), name="Wang Yi", form=MentionForm.PRONOUN, link="pronoun")
        assert a == attrs.evolve(a, link=None)


class TestStatement:
    def _statement(self) -> Statement:
        return Statement(
            speaker=Speaker(mention=Span(0, 2, "He"), name="Wang Yi", form=MentionForm.PRONOUN),
            cue=Span(3, 7, "said"),
            content=[Span(8, 10, "so")],
            kind=QuoteKind.INDIRECT,
            rule="reported.speaker-cue-content",
        )

    def test_content_is_a_tuple(self) -> None:
        assert isinstance(self._statement().content, tuple)

    def test_needs_content(self) -> None:
        with pytest.raises(ValueError, match="at least one"):
            Statement(speaker=None, cue=None, content=[], kind=QuoteKind.DIRECT)

    def test_rule_takes_no_part_in_equality(self) -> None:
        assert self._statement() == attrs.evolve(self._statement(), rule="other")

    def test_to_dict(self) -> None:
        d = self._statement().to_dict("He said so")
        assert d == {
            "speaker": "He",
            "speaker_span": [0, 2],
            "speaker_entity": "Wang Yi",
            "speaker_form": "pronoun",
            "speaker_title": None,
            "speaker_antecedent": None,
            "speaker_antecedent_span": None,
            "speaker_link": None,
            "speaker_person": None,
            "cue": "said",
            "cue_span": [3, 7],
            "content": "so",
            "content_span": [8, 10],
            "content_joined": "so",
            "content_parts": [[8, 10]],
            "kind": "indirect",
            "cue_class": "speech",
            "rule": "reported.speaker-cue-content",
        }
        assert tuple(d) == STATEMENT_KEYS

    def test_to_dict_carries_what_the_model_knows_of_the_speaker(self) -> None:
        text = "Chief engineer Jane Doe said the arm was ready. “We will ship it,” she added."
        named, st = quoteattr.extract(text)
        d = named.to_dict(text)
        assert (d["speaker_form"], d["speaker_title"], d["speaker_antecedent"]) == ("name", "Chief engineer", None)
        assert d["speaker_link"] == "name"
        assert st.speaker is not None
        d = st.to_dict(text)
        assert d["speaker_form"] == st.speaker.form.value == "pronoun"
        assert d["speaker_link"] == st.speaker.link == "pronoun"
        assert d["speaker_title"] is None
        antecedent = st.speaker.antecedent
        assert antecedent is not None
        assert (d["speaker_antecedent"], d["speaker_antecedent_span"]) == (antecedent.text, antecedent.to_list())
        s, e = d["speaker_antecedent_span"]
        assert text[s:e] == d["speaker_antecedent"] == "Jane Doe"

    def test_a_statement_without_speaker_has_null_speaker_keys(self) -> None:
        st = Statement(speaker=None, cue=None, content=[Span(0, 2, "So")], kind=QuoteKind.DIRECT)
        d = st.to_dict("So")
        speaker_keys = [k for k in STATEMENT_KEYS if k.startswith("speaker")]
        assert len(speaker_keys) == 9
        assert [d[k] for k in speaker_keys] == [None] * len(speaker_keys)

    def test_content_is_always_the_text_of_content_span(self) -> None:
        # one meaning for content, with or without the document: text[content_span]
        text = "“The plan,” Jane Doe said, “is ready.”"
        (st,) = quoteattr.extract(text)
        d = st.to_dict(text)
        s, e = d["content_span"]
        assert d["content"] == text[s:e] == "The plan,” Jane Doe said, “is ready."
        assert d["content_joined"] == st.content_joined == "The plan, is ready."
        with pytest.raises(ArgumentError, match=r"needs the document text .* call statement.to_dict\(text\)"):
            st.to_dict()

    def test_one_part_needs_no_text(self) -> None:
        d = self._statement().to_dict()
        assert (d["content"], d["content_joined"]) == ("so", "so")

    def test_enums_are_strings(self) -> None:
        assert str(QuoteKind.MIXED) == "mixed"
        assert str(CueClass.THOUGHT) == "thought"
        assert self._statement().speaker is not None
        assert self._statement().speaker.is_pronoun  # type: ignore[union-attr]


class TestSpanOf:
    def test_every_invalid_span_or_statement_is_a_quoteattr_error(self) -> None:
        for build in (
            lambda: Span.of("abc", 2, 5),
            lambda: Span(-1, 1, "ab"),
            lambda: Span(5, 3, ""),
            lambda: Span(0, 3, "ab"),
            lambda: Statement(speaker=None, cue=None, content=[], kind=QuoteKind.DIRECT),
        ):
            with pytest.raises(QuoteattrError) as info:
                build()
            assert isinstance(info.value, (ArgumentError, ValueError))

    def test_of_checks_the_range(self) -> None:
        with pytest.raises(ValueError, match="does not lie within"):
            Span.of("abc", 2, 5)
        with pytest.raises(ValueError, match="does not lie within"):
            Span.of("abc", 2, 1)

    def test_of_equals_the_validated_constructor(self) -> None:
        assert Span.of("Wang said", 5, 9) == Span(5, 9, "said")
        assert hash(Span.of("Wang said", 5, 9)) == hash(Span(5, 9, "said"))
