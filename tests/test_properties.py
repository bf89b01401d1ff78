"""Invariants of extract over generated news-like text (Hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import quoteattr
from quoteattr import Statement

NAMES = ["Jane Doe", "Wang Yi", "Mr. Obama", "Anna Berg", "the ministry", "officials", "Zoë Ó Briain"]
CUES = ["said", "says", "told reporters", "added", "noted", "according to", "warned", "believes"]
PRONOUNS = ["he", "she", "they", "He", "She"]
QUOTES = [
    "\N{LEFT DOUBLE QUOTATION MARK}",
    "\N{RIGHT DOUBLE QUOTATION MARK}",
    '"',
    "'",
    "\N{RIGHT SINGLE QUOTATION MARK}",
    "«",
    "»",
    "''",
]
NOISE = [
    "\r\n",
    "\N{NO-BREAK SPACE}",
    "\N{ZERO WIDTH SPACE}",
    "e\N{COMBINING ACUTE ACCENT}",
    "\N{GRINNING FACE}",
    "שלום",
    "\ud800",
    "\n\n",
    ", ",
    ". ",
    ": ",
    " — ",
]
WORDS = ["the", "plan", "failed", "China", "will", "win", "that", "and", "is", "ready", "on", "Monday", "Stressing"]

pieces = st.sampled_from(NAMES + CUES + PRONOUNS + QUOTES + NOISE + WORDS)
news = st.lists(pieces, max_size=60).map(" ".join)
texts = st.one_of(news, st.text(max_size=300))


def _check(text: str, found: list[Statement]) -> None:
    for s in found:
        spans = [*s.content, *([s.cue] if s.cue else []), *([s.speaker.mention] if s.speaker else [])]
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text


@given(texts)
def test_never_raises_and_offsets_are_true(text: str) -> None:
    _check(text, quoteattr.extract(text))


@given(texts)
def test_document_order_no_duplicates_deterministic(text: str) -> None:
    found = quoteattr.extract(text)
    starts = [(s.start, s.cue.start if s.cue else -1) for s in found]
    assert starts == sorted(starts)
    assert len({(s.content, s.cue) for s in found}) == len(found)
    assert quoteattr.extract(text) == found


@given(texts, st.sampled_from(["A short note.\n\n", "The weather was fine on Monday.\n\n", "\n\n"]))
def test_prepending_a_paragraph_shifts_offsets(text: str, prefix: str) -> None:
    before = quoteattr.extract(text)
    after = quoteattr.extract(prefix + text)
    n = len(prefix)
    assert [(p.start + n, p.end + n) for s in before for p in s.content] == [
        (p.start, p.end) for s in after for p in s.content
    ]
    assert [s.rule for s in before] == [s.rule for s in after]
    assert [s.speaker.name if s.speaker else None for s in before] == [
        s.speaker.name if s.speaker else None for s in after
    ]
