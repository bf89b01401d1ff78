"""The golden cases in tests/golden/*.json: well-formed, and passing (or strictly failing)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
import regex

from quoteattr import extract
from quoteattr.exchange import STATEMENT_KEYS
from quoteattr.testing import assert_statements_match, dump_cases, load_cases

from .conftest import GOLDEN

FILES = sorted(GOLDEN.glob("*.json"))
CASES: list[dict[str, Any]] = [case for path in FILES for case in load_cases(path)]
SPAN_KEYS = (("speaker", "speaker_span"), ("cue", "cue_span"), ("content", "content_span"))
# The rules whose content is the whole clause with the cue inside it (tests/golden/README.md, content_parts).
CUE_IN_CONTENT_RULES = ("reported.passive", "reported.raising")
OPENING_MARKS = "“‘«\"'"
"""The characters just before a quotation's text: a part right after one is the text of a quotation."""
QUOTE_MARKS = '“”«»"‘'
"""Marks that show a quotation inside a reported part (not ’, which is also the apostrophe)."""


def _params() -> list[Any]:
    params = []
    for case in CASES:
        marks = (
            [pytest.mark.xfail(strict=True, reason=case.get("comment", case["label"]))]
            if case["expect"] == "xfail"
            else []
        )
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _prefix(path: Path) -> str:
    return "xfail" if path.stem == "known_failures" else path.stem


def test_ids_unique_and_prefixed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for path in FILES:
        cases = load_cases(path)
        # <prefix>.<NNN>: the file's prefix and a 1-based running number in file order
        assert [c["id"] for c in cases] == [f"{_prefix(path)}.{n:03d}" for n in range(1, len(cases) + 1)], path.name


def test_expect_and_null_cues_by_file() -> None:
    for path in FILES:
        xfail = path.stem == "known_failures"
        for case in load_cases(path):
            assert case["expect"] == ("xfail" if xfail else "pass"), case["id"]
            if path.stem == "negative":
                assert case["statements"] == [], case["id"]
            for st in case["statements"]:
                # only a known failure, or a line of dialogue, may pin a quotation with no cue at all
                line = str(st.get("rule", "")).startswith("dialogue.")
                assert xfail or line or st["cue_span"] is not None, case["id"]
                assert (st["cue"] is None) == (st["cue_span"] is None), case["id"]


def test_enough_cases() -> None:
    negatives = [c for c in CASES if not c["statements"] and c["expect"] == "pass"]
    assert len(CASES) >= 60
    assert len(negatives) >= 15


def _overlaps(span: list[int], parts: list[list[int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in parts)


def _is_quotation(text: str, part: list[int]) -> bool:
    """Whether *part* is the text of a quotation (right after its opening mark), not a reported clause."""
    return part[0] > 0 and text[part[0] - 1] in OPENING_MARKS


def _check_reported_part(text: str, part: list[int], where: str) -> None:
    s, e = part
    body = text[s:e]
    assert body == body.strip(), f"{where}: a reported part starts and ends on a letter, not on a space: {body!r}"
    assert not body.endswith((".", ",")), f"{where}: a reported part leaves out its final period or comma: {body!r}"
    before = regex.search(r"(?i)\bthat\s+$", text[max(0, s - 10) : s])
    assert before is None, f"{where}: the complementiser 'that' belongs to the content part: {body!r}"


def _check_kind(text: str, st: dict[str, Any], where: str) -> None:
    parts = st["content_parts"]
    quotations = [_is_quotation(text, p) for p in parts]
    marked = any(c in QUOTE_MARKS for s, e in parts for c in text[s:e])
    kind = "direct" if all(quotations) else "mixed" if any(quotations) or marked else "indirect"
    assert st["kind"] == kind, f"{where}: kind {st['kind']!r}, but its parts and quotation marks make it {kind!r}"


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in CASES])
def test_well_formed(case: dict[str, Any]) -> None:
    """The invariants that tests/golden/README.md states, on every case."""
    text = case["text"]
    assert case["expect"] in ("pass", "xfail")
    starts = []
    for n, st in enumerate(case["statements"]):
        where = f"{case['id']} statement {n}"
        for key, span_key in SPAN_KEYS:
            if st.get(span_key) is not None:
                s, e = st[span_key]
                assert 0 <= s <= e <= len(text), f"{where}: {span_key} {st[span_key]} is not inside the text"
                assert text[s:e] == st[key], f"{where}: {span_key} holds {text[s:e]!r}, not {key} {st[key]!r}"
            else:
                assert st.get(key) is None, f"{where}: {key} {st.get(key)!r} has no {span_key}"
        parts = st["content_parts"]
        assert parts, f"{where}: no content part"
        assert all(0 <= s < e <= len(text) for s, e in parts), f"{where}: a part is empty or outside the text: {parts}"
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(parts)), (
            f"{where}: parts overlap or are unsorted: {parts}"
        )
        assert st["content_span"] == [parts[0][0], parts[-1][1]], f"{where}: content_span is not first to last part"
        if st["speaker_span"] is not None:
            assert not _overlaps(st["speaker_span"], parts), f"{where}: the speaker overlaps a content part"
        if st["cue_span"] is not None and _overlaps(st["cue_span"], parts):
            rule = st.get("rule")
            assert rule in CUE_IN_CONTENT_RULES, (
                f"{where}: the cue overlaps a content part, and rule {rule!r} is no passive or raising"
            )
        if st["kind"] != "direct":
            for part in parts:
                if not _is_quotation(text, part):
                    _check_reported_part(text, part, where)
        _check_kind(text, st, where)
        starts.append(st["content_span"][0])
    assert starts == sorted(starts), f"{case['id']}: statements are not sorted by content start"


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any], request: pytest.FixtureRequest) -> None:
    found = extract(case["text"])
    if request.config.getoption("--update-golden"):
        _rewrite(case, [s.to_dict(case["text"]) for s in found])
        pytest.fail(f"rewrote {case['id']}: review the diff of tests/golden before committing")
    assert_statements_match(case["text"], found, case["statements"])


def _rewrite(case: dict[str, Any], statements: list[dict[str, Any]]) -> None:
    keys = [k for k in STATEMENT_KEYS if k not in ("cue_class", "rule")]  # cases pin spans and kind
    for path in FILES:
        cases = json.loads(path.read_text(encoding="utf-8"))
        for c in cases:
            if c["id"] == case["id"]:
                if any("rule" in st for st in c["statements"]):
                    keys.append("rule")  # a case that pins its rules keeps pinning them
                c["statements"] = [{k: st[k] for k in keys} for st in statements]
                path.write_text(dump_cases(cases), encoding="utf-8")
                return
