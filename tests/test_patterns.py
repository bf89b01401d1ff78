"""The rule registry documents itself, and pathological inputs stay linear."""

from __future__ import annotations

import sys
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteattr
from quoteattr.patterns import _ADJUNCT_WORDS
from quoteattr.rules import RULES, Rule, rule_by_id


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_example_fires_its_rule(rule: Rule) -> None:
    rules = [s.rule for s in quoteattr.extract(rule.example)]
    assert rule.id in rules


def test_rule_ids_unique_and_dotted() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule_id in ids:
        family, _, name = rule_id.partition(".")
        assert family in ("direct", "reported", "dialogue")
        assert name
        assert rule_by_id(rule_id).id == rule_id
    with pytest.raises(KeyError):
        rule_by_id("nope")


def _seconds(text: str) -> float:
    start = time.perf_counter()
    quoteattr.extract(text)
    return time.perf_counter() - start


PATHOLOGICAL = {
    "unbalanced quotes": "\N{LEFT DOUBLE QUOTATION MARK}He said " * 20_000,
    "alternating quotes": '"' * 100_000,
    "no punctuation": "word " * 40_000,
    "capitalised words": "Name " * 40_000,
    "one long paragraph": "Wang said the plan, he added, was good, " * 5_000,
    "nested quotes": "\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}" * 10_000,
    "said repeated": "said " * 50_000,
    "commas and names": "Jane Doe, " * 20_000 + "said so.",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_finishes(name: str) -> None:
    # a generous bound: the benchmark script prints the real figures per MB
    assert _seconds(PATHOLOGICAL[name]) < 20


def test_every_rule_is_documented() -> None:
    from .conftest import ROOT

    catalogue = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"## {rule.id}\n" in catalogue, rule.id


@pytest.mark.parametrize("name", ["DI", "Al", "De", "Van"])
def test_a_name_that_is_a_name_particle(name: str) -> None:
    # regression: a one-word speaker equal to a particle ("di", "al") emptied its phrase
    (st,) = quoteattr.extract(f"{name} said the projects represented a new direction.")
    assert st.speaker is not None
    assert st.speaker.mention is not None
    assert st.speaker.mention.text == name


TOKEN_TEXTS = [
    "U.S. officials said 2,093 people (3.5 %) left; Jean-Luc O’Neill’s co-author didn't.",
    "e\u0301cole, na\u0131\u0308ve, snake_case, x.y.z, 1.2.3., a-b-c-, end.And U.S.A said",
    "“Quoted,” he said — ‘single’ … 12,34,56 and 3.14159!",
]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="re has no possessive quantifiers before Python 3.11")
@pytest.mark.parametrize("source", ["seed", "golden", "hostile"])
def test_both_token_forms_agree(source: str) -> None:
    # Python 3.10 tokenizes with the plain form, 3.11+ with the possessive one: same tokens
    import json
    import re

    from quoteattr import patterns

    from .conftest import GOLDEN, SEEDS

    if source == "seed":
        texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    elif source == "golden":
        texts = [case["text"] for p in sorted(GOLDEN.glob("*.json")) for case in json.loads(p.read_text("utf-8"))]
    else:
        texts = TOKEN_TEXTS
    plain = re.compile(patterns._TOKEN_PLAIN, re.VERBOSE)
    assert texts
    possessive = re.compile(patterns._TOKEN_POSSESSIVE, re.VERBOSE)
    for text in texts:
        assert [m.span() for m in possessive.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="re has no possessive quantifiers before Python 3.11")
@given(st.text(alphabet="aZé\u0301\u0131ß9_.,-'’ \n“”", max_size=60))
def test_both_token_forms_agree_on_any_text(text: str) -> None:
    import re

    from quoteattr import patterns

    plain = re.compile(patterns._TOKEN_PLAIN, re.VERBOSE)
    possessive = re.compile(patterns._TOKEN_POSSESSIVE, re.VERBOSE)
    assert [m.span() for m in possessive.finditer(text)] == [m.span() for m in plain.finditer(text)]


_ADJUNCT_PIECES = sorted(
    {w for words in _ADJUNCT_WORDS.values() for w in words}
    | {"of", "to", "the", "Senate", "CNN", "an", "interview", "email", "statement", "Monday", "morning", "3", "2021"}
    | {"without", "despite", "evidence,", "Wisconsin,", "that"}
)


@given(
    st.sampled_from([" ", ", ", ",", "  ", "\n", ""]),
    st.lists(st.sampled_from(_ADJUNCT_PIECES), min_size=1, max_size=5),
    st.sampled_from(["", ".", ",", " that", "s", "ly", "-", "x", "É"]),
)
def test_the_adjunct_opener_never_refuses_an_adjunct(lead: str, words: list[str], tail: str) -> None:
    # the opener is a cheap test before the adjunct pattern: it may pass more, never less
    text = lead + " ".join(words) + tail
    from quoteattr.extractor import _default

    patterns = _default().patterns
    if patterns.adjunct.match(text, 0, len(text)) is not None:
        assert patterns.adjunct_opener.match(text, 0, len(text)) is not None, text


@given(
    st.text(alphabet="aZé\u0301 9_.,-'’ \t\u00a0“”", max_size=80),
    st.lists(st.integers(min_value=0, max_value=90), max_size=6),
)
def test_token_windows_hold_the_tokens_of_one_pass_over_the_paragraph(text: str, asks: list[int]) -> None:
    # a paragraph is tokenized with the white space before each token (spaced_token, or its
    # ASCII form), once: every window, asked in any order, holds what _TOKEN finds there
    import re

    from quoteattr import patterns, segment

    lexicon = quoteattr.Lexicon.default()
    doc = segment.Document(text, lexicon, patterns.compile_patterns(lexicon))
    para = segment.Paragraph(doc, 0, len(text), [], [], [], None)
    whole = [m.span() for m in re.compile(patterns._TOKEN, re.VERBOSE).finditer(text)]
    for hi in asks:
        assert para.tokens(0, hi) == [t for t in whole if t[1] <= hi]
    assert para.tokens(0, len(text)) == whole


# marks and white space (an em space; \x1c, which only re counts as white space) and words
_BREAK_PIECES = [",", ":", ";", "--", "-", "\N{EM DASH}", "\N{EN DASH}", " ", "\u2003", "\x1c", "\n", "\u201c", "'"]
_BREAK_PIECES += [
    "adding",
    "but",
    "which",
    "according to",
    "during",
    "x",
    "ing",
    "E",
    "\N{LATIN SMALL LETTER E WITH ACUTE}",
]


@given(st.lists(st.sampled_from(_BREAK_PIECES), max_size=8))
def test_the_clause_break_opener_never_refuses_a_break(pieces: list[str]) -> None:
    # the opener is a cheap search before the clause_break pattern: it may pass more, never less
    text = "".join(pieces)
    from quoteattr.extractor import _default

    patterns = _default().patterns
    for pos in range(len(text)):
        if patterns.clause_break.match(text, pos, len(text)) is not None:
            assert patterns.clause_break_opener.match(text, pos, len(text)) is not None, (text, pos)


@given(
    st.lists(st.sampled_from([" ", ",", "\u2003", "\x1c", "\n", "that", "That", "-", "x", "\N{EM DASH}"]), max_size=8)
)
def test_the_that_opener_never_refuses_a_that(pieces: list[str]) -> None:
    # grammar.clauses.that tries the that pattern only where this cheap re match passes
    from quoteattr.extractor import _default
    from quoteattr.grammar.clauses import _THAT_OPENER

    text = "".join(pieces)
    if _default().patterns.that.match(text, 0, len(text)) is not None:
        assert _THAT_OPENER.match(text, 0, len(text)) is not None, text


_ASCII = [chr(i) for i in range(128)] + list("aZ9_.,-' ") * 8  # every ASCII character, the word ones more often


@given(st.text(alphabet=st.sampled_from(_ASCII), max_size=60))
def test_the_ascii_token_forms_agree_on_ascii_text(text: str) -> None:
    # a text that is all ASCII is tokenized with ranges instead of Unicode classes: same tokens
    import re

    from quoteattr import patterns

    want = [m.span() for m in re.compile(patterns._TOKEN_PLAIN, re.VERBOSE).finditer(text)]
    forms = [patterns._TOKEN_ASCII_PLAIN]
    if sys.version_info >= (3, 11):
        forms.append(patterns._TOKEN_ASCII_POSSESSIVE)
    for form in forms:
        assert [m.span() for m in re.compile(form, re.VERBOSE).finditer(text)] == want
    spaced = re.compile(patterns._SPACED_TOKEN_ASCII, re.VERBOSE)
    stripped = text.rstrip()  # the rules tokenize stretches that end in a token
    assert [m.span(1) for m in spaced.finditer(stripped)] == [t for t in want if t[1] <= len(stripped)]
