"""The benchmark scripts still run: each on a tiny input (the figures themselves are not checked)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import GOLDEN, ROOT


def _script(name: str, *argv: str) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / name), *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_throughput_runs(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    cases = json.loads((GOLDEN / "direct.json").read_text(encoding="utf-8"))
    corpus.write_text("".join(json.dumps({"id": c["id"], "text": c["text"]}) + "\n" for c in cases), encoding="utf-8")
    out = _script("throughput.py", "--corpus", str(corpus), "--limit", "8")
    for heading in ("== throughput", "extract / floor", "== linearity", "== parallel", "speed-up", "== memory"):
        assert heading in out
    assert "8 documents" in out


def test_throughput_novels_runs(tmp_path: Path) -> None:
    stories, news = tmp_path / "stories.jsonl", tmp_path / "news.jsonl"
    for path, name in ((stories, "dialogue.json"), (news, "direct.json")):
        cases = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
        path.write_text("".join(json.dumps({"id": c["id"], "text": c["text"]}) + "\n" for c in cases), encoding="utf-8")
    out = _script("throughput.py", "--novels", "--pdnc", str(stories), "--corpus", str(news), "--limit", "3")
    assert "== novels" in out
    assert "doubled" in out
    assert len([line for line in out.splitlines() if line.split()[:1] in (["1"], ["2"], ["3"])]) == 3


def test_pathological_runs() -> None:
    out = _script("pathological.py", "--limit", "2000", "--timeout", "60")
    assert "ordinary news text" in out
    assert '50,000 repetitions of "said"' in out
    assert "1 MB of bare alternating dialogue paragraphs" in out
    assert "1 MB of hard-wrapped dialogue with speech tags" in out
    assert "timed out" not in out


def test_pathological_only() -> None:
    out = _script("pathological.py", "--limit", "2000", "--only", "dialogue")
    assert "ordinary news text" in out
    assert "dialogue" in out
    assert '50,000 repetitions of "said"' not in out
