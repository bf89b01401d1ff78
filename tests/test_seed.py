"""Acceptance: the seed article gives exactly the 13 gold statements of seeds/seed-gold.jsonl."""

from __future__ import annotations

import json

import quoteattr
from quoteattr.testing import assert_statements_match

from .conftest import SEEDS

GOLD = json.loads((SEEDS / "seed-gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
SEED_TEXT = (SEEDS / "xinhua-2021-07-16-china-belarus.txt").read_text(encoding="utf-8")
# Every key a gold statement gives is compared exactly: the strings, their spans, the entity and the kind.
GOLD_KEYS = (
    "speaker",
    "speaker_span",
    "speaker_entity",
    "cue",
    "cue_span",
    "content",
    "content_span",
    "kind",
)


def test_seed_file_is_the_gold_text() -> None:
    assert GOLD["text"] == SEED_TEXT


def test_gold_gives_every_compared_key() -> None:
    # assert_statements_match compares the keys each gold statement gives, so a key lost here goes unchecked
    assert len(GOLD["statements"]) == 13
    for st in GOLD["statements"]:
        assert set(GOLD_KEYS) <= st.keys(), st["content"]


def test_seed_gives_the_gold_statements() -> None:
    text = GOLD["text"]
    found = quoteattr.extract(text)
    assert len(found) == 13
    assert_statements_match(text, found, GOLD["statements"])


def test_seed_non_statements() -> None:
    # "Wang expressed gratitude ..." and "Snopkov ... extended congratulations ..." report no proposition
    text = GOLD["text"]
    cues = {s.cue.text for s in quoteattr.extract(text) if s.cue}
    assert "expressed" not in cues
    assert "extended" not in cues
