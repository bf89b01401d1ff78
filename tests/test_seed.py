"""Acceptance: the seed article gives exactly the 13 gold statements of seeds/seed-gold.jsonl."""

from __future__ import annotations

import json

import quoteattr
from quoteattr.evaluate import dice, pair

from .conftest import SEEDS

GOLD = json.loads((SEEDS / "seed-gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
SEED_TEXT = (SEEDS / "xinhua-2021-07-16-china-belarus.txt").read_text(encoding="utf-8")


def test_seed_file_is_the_gold_text() -> None:
    assert GOLD["text"] == SEED_TEXT


def test_seed_gives_the_gold_statements() -> None:
    text = GOLD["text"]
    found = [s.to_dict(text) for s in quoteattr.extract(text)]
    gold = GOLD["statements"]
    assert len(found) == len(gold) == 13
    pairs = pair(text, gold, found)
    assert len(pairs) == 13
    for i, j, d in pairs:
        assert d >= 0.5, (gold[i]["content"], found[j]["content"])
        assert dice(text, gold[i]["content_span"], found[j]["content_span"]) == d
        assert found[j]["speaker_entity"] == gold[i]["speaker_entity"], gold[i]["content"]


def test_seed_non_statements() -> None:
    # "Wang expressed gratitude ..." and "Snopkov ... extended congratulations ..." report no proposition
    text = GOLD["text"]
    cues = {s.cue.text for s in quoteattr.extract(text) if s.cue}
    assert "expressed" not in cues
    assert "extended" not in cues
