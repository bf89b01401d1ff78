"""The command line: formats, corpus input, and clear errors for bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

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


GOOD = [
    "The plan failed, Jane Doe said.",
    "\N{LEFT DOUBLE QUOTATION MARK}We will win,\N{RIGHT DOUBLE QUOTATION MARK} said Wang Yi.",
    "No statement here.",
    "According to officials, the road was closed.\r\n\r\nIt reopened on Monday.",
    "",
]
BAD = [
    (b"not json", "invalid JSON"),
    (b'{"id": "x"}', 'no "text" field'),
    (b"\xff\xfe", "not UTF-8"),
    (b'["text"]', "expected a JSON object"),
    (b'{"text": 3}', '"text" is int'),
    (b'{"text": "a", "n": ' + b"1" * 5000 + b"}", "too many digits"),
    (b"[" * 100_000, "nested too deeply"),
    (b'{"text": "lone \\ud800 surrogate"}', "lone surrogate"),
    (b'{"id": "\\udfff", "text": "Wang said so."}', "lone surrogate"),
]


def _corpus(tmp_path: Path) -> tuple[Path, list[str], list[int]]:
    """A corpus with a good line, then each bad line in turn, each followed by a good line.

    Returns the path, the ids of the good lines, and the line numbers of the bad ones.
    """
    lines = [b"\xef\xbb\xbf" + json.dumps({"id": "g0", "text": GOOD[0]}).encode()]  # a byte order mark
    ids, bad_lines = ["g0"], []
    for n, (bad, _) in enumerate(BAD, start=1):
        lines.append(bad)
        bad_lines.append(len(lines))
        lines.append(json.dumps({"id": f"g{n}", "text": GOOD[n % len(GOOD)]}).encode())
        ids.append(f"g{n}")
    lines.insert(3, b"   ")  # a blank line is no document and no error
    bad_lines = [n + 1 if n > 3 else n for n in bad_lines]
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path, ids, bad_lines


@pytest.mark.parametrize("processes", ["1", "2"])
def test_every_bad_line_is_reported_and_every_good_line_output(tmp_path: Path, processes: str) -> None:
    corpus, ids, bad_lines = _corpus(tmp_path)
    status, out, err = _run("extract", "--input-format", "jsonl", "--processes", processes, str(corpus))
    assert status == 2
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ids  # one document per good line, in order
    for doc in docs:
        for st in doc["statements"]:
            s, e = st["content_span"]
            assert doc["text"][s:e] == st["content"]
    messages = err.splitlines()
    assert len(messages) == len(BAD)
    for message, line, (_, reason) in zip(messages, bad_lines, BAD, strict=True):
        assert message.startswith(f"quoteattr: {corpus}:{line}: ")
        assert reason in message


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_bad_lines_are_skipped_in_every_output_format(tmp_path: Path, fmt: str) -> None:
    corpus, ids, _ = _corpus(tmp_path)
    status, out, err = _run("extract", "--input-format", "jsonl", "--processes", "1", "--format", fmt, str(corpus))
    assert status == 2
    assert len(err.splitlines()) == len(BAD)
    if fmt == "json":
        assert [d["id"] for d in json.loads(out)] == ids


@pytest.mark.parametrize("processes", ["1", "2"])
def test_strict_jsonl_stops_at_the_first_bad_line(tmp_path: Path, processes: str) -> None:
    corpus, _, bad_lines = _corpus(tmp_path)
    status, out, err = _run("extract", "--input-format", "jsonl", "--strict", "--processes", processes, str(corpus))
    assert status == 2
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["g0"]
    assert err == f"quoteattr: {corpus}:{bad_lines[0]}: invalid JSON (Expecting value at column 1)\n"


def test_a_clean_corpus_exits_zero(tmp_path: Path) -> None:
    corpus = tmp_path / "clean.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in GOOD), encoding="utf-8")
    status, out, err = _run("extract", "--input-format", "jsonl", "--processes", "1", str(corpus))
    assert (status, err) == (0, "")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [f"{corpus}:{n}" for n in range(1, 6)]


def test_a_closed_pipe_is_no_traceback(tmp_path: Path) -> None:
    # `quoteattr extract ... | head -1`: the reader leaves, quoteattr stops quietly
    corpus = tmp_path / "big.jsonl"
    corpus.write_text(json.dumps({"text": GOOD[0] * 20}) + "\n" * 1 + (json.dumps({"text": GOOD[1]}) + "\n") * 3000)
    child = subprocess.Popen(
        [sys.executable, "-m", "quoteattr", "extract", "--input-format", "jsonl", "--processes", "1", str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    assert child.stderr is not None
    assert child.stdout.readline().startswith(b"{")
    child.stdout.close()
    err = child.stderr.read()
    child.stderr.close()
    assert child.wait(timeout=60) == 1
    assert b"Traceback" not in err, err.decode(errors="replace")
