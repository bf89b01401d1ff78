"""The command line: formats, corpus input, and clear errors for bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

from quoteattr.cli import main

from .conftest import SEEDS

SEED = str(SEEDS / "xinhua-2021-07-16-china-belarus.txt")


def _run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_table_on_the_seed() -> None:
    status, out, err = _run("extract", SEED)
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("id\t")
    assert len(lines) == 14
    assert "Nikolai Snopkov (he)" in out


def test_jsonl_output_is_the_exchange_format() -> None:
    status, out, _ = _run("extract", "--format", "jsonl", SEED)
    assert status == 0
    doc = json.loads(out)
    assert doc["id"] == SEED
    assert len(doc["statements"]) == 13
    for st in doc["statements"]:
        s, e = st["content_span"]
        assert doc["text"][s:e] == st["content"]


def test_json_and_csv() -> None:
    status, out, _ = _run("extract", "--format", "json", SEED)
    assert status == 0
    assert len(json.loads(out)[0]["statements"]) == 13
    status, out, _ = _run("extract", "--format", "csv", SEED)
    assert status == 0
    assert len(out.strip().splitlines()) == 14


def test_stdin() -> None:
    status, out, _ = _run("extract", "--format", "jsonl", "-", stdin="The plan failed, Jane Doe said.")
    assert status == 0
    assert json.loads(out)["statements"][0]["speaker_entity"] == "Jane Doe"


def test_bad_files_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 said so.".encode("latin-1"))
    status, out, err = _run(
        "extract", "--format", "jsonl", str(tmp_path / "missing.txt"), str(tmp_path), str(bad), SEED
    )
    assert status == 2
    assert "missing.txt: no such file" in err
    assert "is a directory" in err
    assert "latin1.txt: not UTF-8" in err
    assert len(out.splitlines()) == 1


def test_strict_stops_at_the_first(tmp_path: Path) -> None:
    status, out, err = _run("extract", "--strict", str(tmp_path / "missing.txt"), SEED)
    assert status == 2
    assert "missing.txt" in err
    assert out.count("\n") == 1  # the header only


def test_jsonl_corpus_with_bad_lines(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(
        b'{"id": "a", "text": "The plan failed, Jane Doe said."}\n'
        b"not json\n"
        b'{"id": "b"}\n'
        b"\xff\xfe\n"
        b'{"text": "Officials said the road was closed."}\n'
    )
    status, out, err = _run("extract", "--input-format", "jsonl", str(corpus))
    assert status == 2
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["a", f"{corpus}:5"]
    assert f"{corpus}:2: invalid JSON" in err
    assert f'{corpus}:3: no "text" field' in err
    assert f"{corpus}:4: not UTF-8" in err
