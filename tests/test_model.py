"""The value types: frozen, validated, serialised."""

from __future__ import annotations

import attrs
import pytest

from quoteattr import CueClass, MentionForm, QuoteKind, Span, Speaker, Statement


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
            "cue": "said",
            "cue_span": [3, 7],
            "content": "so",
            "content_span": [8, 10],
            "content_parts": [[8, 10]],
            "kind": "indirect",
            "cue_class": "speech",
            "rule": "reported.speaker-cue-content",
        }

    def test_enums_are_strings(self) -> None:
        assert str(QuoteKind.MIXED) == "mixed"
        assert str(CueClass.THOUGHT) == "thought"
        assert self._statement().speaker is not None
        assert self._statement().speaker.is_pronoun  # type: ignore[union-attr]


class TestSpanOf:
    def test_of_checks_the_range(self) -> None:
        with pytest.raises(ValueError, match="does not lie within"):
            Span.of("abc", 2, 5)
        with pytest.raises(ValueError, match="does not lie within"):
            Span.of("abc", 2, 1)

    def test_of_equals_the_validated_constructor(self) -> None:
        assert Span.of("Wang said", 5, 9) == Span(5, 9, "said")
        assert hash(Span.of("Wang said", 5, 9)) == hash(Span(5, 9, "said"))
