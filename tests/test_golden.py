"""The golden cases in tests/golden/*.json: well-formed, and passing (or strictly failing)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from quoteattr import extract
from quoteattr.exchange import STATEMENT_KEYS
from quoteattr.testing import assert_statements_match, dump_cases, load_cases

from .conftest import GOLDEN

FILES = sorted(GOLDEN.glob("*.json"))
CASES: list[dict[str, Any]] = [case for path in FILES for case in load_cases(path)]
SPAN_KEYS = (("speaker", "speaker_span"), ("cue", "cue_span"), ("content", "content_span"))


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


def test_ids_unique_and_prefixed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    prefixes = {p.stem: p.stem.split("_")[0] for p in FILES}
    for path in FILES:
        for case in load_cases(path):
            assert case["id"].split(".")[0] in (prefixes[path.stem], "xfail"), case["id"]


def test_enough_cases() -> None:
    negatives = [c for c in CASES if not c["statements"] and c["expect"] == "pass"]
    assert len(CASES) >= 60
    assert len(negatives) >= 15


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in CASES])
def test_well_formed(case: dict[str, Any]) -> None:
    text = case["text"]
    assert case["expect"] in ("pass", "xfail")
    starts = []
    for st in case["statements"]:
        for key, span_key in SPAN_KEYS:
            if st.get(span_key) is not None:
                s, e = st[span_key]
                assert text[s:e] == st[key], (case["id"], key)
        parts = st["content_parts"]
        assert st["content_span"] == [parts[0][0], parts[-1][1]]
        starts.append(st["content_span"][0])
    assert starts == sorted(starts)


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
                c["statements"] = [{k: st[k] for k in keys} for st in statements]
                path.write_text(dump_cases(cases), encoding="utf-8")
                return
