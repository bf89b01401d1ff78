"""The command line: formats, corpus input, and clear errors for bad input."""

from __future__ import annotations

import csv
import io
import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quoteattr.cli import main
from quoteattr.exchange import FLAT_COLUMNS, parse_jsonl

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
    assert out == ""  # not even the header: no input was read


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


# -- what a new user met (issue 14) ---------------------------------------------------------

SPLIT = "“The votes are there,” Jane Doe told reporters outside the hall. “We will pass it.”"


def test_csv_spans_are_start_and_end_columns() -> None:
    status, out, _ = _run("extract", "--format", "csv", "-", stdin=SPLIT)
    assert status == 0
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert header == ["id", *FLAT_COLUMNS]
    (row,) = rows
    st = dict(zip(header, row, strict=True))
    assert (st["speaker_start"], st["speaker_end"], st["speaker"]) == ("23", "31", "Jane Doe")
    assert (st["cue_start"], st["cue_end"]) == ("32", "36")
    assert (st["content_start"], st["content_end"]) == ("1", "82")
    assert SPLIT[1:82] == st["content"]
    assert st["content_joined"] == "The votes are there, We will pass it."
    assert json.loads(st["content_parts"]) == [[1, 21], [66, 82]]
    assert not any(value.startswith("[") for key, value in st.items() if key != "content_parts")


def test_the_table_shows_what_was_said_without_the_speech_tag() -> None:
    status, out, _ = _run("extract", "-", stdin=SPLIT)
    assert status == 0
    assert out.splitlines()[1].endswith("\tThe votes are there, We will pass it.")
    assert "told reporters" not in out


def test_no_table_header_when_the_only_input_is_missing(tmp_path: Path) -> None:
    for fmt in ("table", "csv"):
        status, out, err = _run("extract", "--format", fmt, str(tmp_path / "missing.txt"))
        assert (status, out) == (2, "")
        assert "missing.txt: no such file" in err
    status, out, _ = _run("extract", "-", stdin="No statement here.")
    assert (status, out) == (0, "id\tspan\tkind\tspeaker\tcue\tcontent\n")  # a document read: the header


def test_a_byte_order_mark_is_skipped_in_text_and_jsonl_alike(tmp_path: Path) -> None:
    text = "The plan failed, Jane Doe said."
    plain, marked, corpus = tmp_path / "plain.txt", tmp_path / "bom.txt", tmp_path / "bom.jsonl"
    plain.write_text(text, encoding="utf-8")
    marked.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    corpus.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "c", "text": text}).encode("utf-8") + b"\n")
    docs = [json.loads(_run("extract", "--format", "jsonl", str(path))[1]) for path in (plain, marked)]
    docs.append(json.loads(_run("extract", "--input-format", "jsonl", "--processes", "1", str(corpus))[1]))
    assert [d["text"] for d in docs] == [text] * 3
    assert docs[0]["statements"] == docs[1]["statements"] == docs[2]["statements"]
    assert docs[1]["statements"][0]["speaker_span"] == [17, 25]
    status, out, _ = _run("extract", "--format", "jsonl", "-", stdin="\ufeff" + text)
    assert status == 0
    assert json.loads(out)["statements"] == docs[0]["statements"]


def test_a_binary_file_is_reported(tmp_path: Path) -> None:
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"PK\x03\x04\x00\x00said\x00")  # valid UTF-8, but no text
    for command in (["extract"], ["render"]):
        status, out, err = _run(*command, str(binary))
        assert (status, out) == (2, "")
        assert f"{binary}: binary data, not text (a NUL character at character 4)" in err


def test_output_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "statements.csv"
    status, out, err = _run("extract", "--format", "csv", "-o", str(target), SEED)
    assert (status, out, err) == (0, "", "")
    assert len(target.read_text(encoding="utf-8").splitlines()) == 14
    status, _, err = _run("extract", "-o", str(tmp_path / "no" / "such" / "dir.txt"), SEED)
    assert status == 2
    assert "dir.txt: cannot write" in err


def test_encoding(tmp_path: Path) -> None:
    latin = tmp_path / "archive.txt"
    text = "« Nous gagnerons », a déclaré René Lévesque. The café closed, René Lévesque said."
    latin.write_bytes(text.encode("latin-1"))
    status, _, err = _run("extract", str(latin))
    assert status == 2
    assert "archive.txt: not UTF-8 text" in err
    assert "--encoding" in err
    status, out, err = _run("extract", "--encoding", "latin-1", "--format", "jsonl", str(latin))
    assert (status, err) == (0, "")
    doc = json.loads(out)
    assert doc["statements"][-1]["speaker"] == "René Lévesque"
    assert doc["statements"][-1]["content"] == "The café closed"
    corpus = tmp_path / "archive.jsonl"
    corpus.write_bytes(b'{"id": "a", "text": "The caf\xe9 closed, Ren\xe9 L\xe9vesque said."}\n')
    status, out, err = _run("extract", "--input-format", "jsonl", "--encoding", "cp1252", str(corpus))
    assert (status, err) == (0, "")
    assert json.loads(out)["statements"][0]["speaker"] == "René Lévesque"
    status, _, err = _run("extract", "--input-format", "jsonl", "--encoding", "utf-16", str(corpus))
    assert status == 2
    assert "cannot be read line by line" in err


def test_an_unknown_encoding_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["extract", "--encoding", "latin-9000", SEED])
    assert info.value.code == 2
    assert "unknown encoding 'latin-9000'" in capsys.readouterr().err


def test_verbose_logs_what_is_read_and_a_summary(tmp_path: Path) -> None:
    status, _, err = _run("extract", SEED)
    assert (status, err) == (0, "")
    status, _, err = _run("extract", "-v", SEED, str(tmp_path / "missing.txt"))
    assert status == 2
    assert f"quoteattr: reading {SEED}\n" in err
    assert "quoteattr: 1 documents, 13 statements, 1 inputs failed, in " in err
    assert f"{SEED}: 13 statements" not in err
    assert err.count("missing.txt: no such file") == 1
    status, _, err = _run("extract", "-vv", SEED)
    assert f"quoteattr: {SEED}: 13 statements\n" in err
    assert not logging.getLogger("quoteattr").handlers[1:]  # the command's handler is gone again


def test_verbose_shows_the_traceback_of_a_failed_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str) -> list[Any]:
        msg = "boom"
        raise IndexError(msg)

    monkeypatch.setattr("quoteattr.cli.extract", boom)
    status, _, err = _run("extract", "-vv", "-", stdin="Text.")
    assert status == 2
    assert "-: extraction failed (IndexError: boom); please report this quoteattr bug" in err
    assert "Traceback (most recent call last)" in err
    status, _, err = _run("extract", "-", stdin="Text.")
    assert "Traceback" not in err


def test_logging_is_silent_by_default(tmp_path: Path) -> None:
    # the library logs a skipped corpus line, but says nothing until the application asks
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b"not json\n")
    code = (
        "import sys\n"
        "from quoteattr.exchange import read_jsonl\n"
        "print([str(item) for item in read_jsonl(sys.argv[1])])\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True, check=True)
    assert result.stderr == ""
    assert "invalid JSON" in result.stdout
    code = "import logging\nlogging.basicConfig()\n" + code
    result = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True, check=True)
    expected = f"WARNING:quoteattr.exchange:{corpus}:1: invalid JSON (Expecting value at column 1): skipped"
    assert expected in result.stderr


class TestRender:
    def test_several_files_into_a_directory(self, tmp_path: Path) -> None:
        a, b = tmp_path / "a.txt", tmp_path / "b.txt"
        a.write_text("The plan failed, Jane Doe said.", encoding="utf-8")
        b.write_text("“We will win,” said Tomas Lind.", encoding="utf-8")
        status, out, err = _run("render", str(a), str(b), "-o", str(tmp_path / "pages"))
        assert (status, out, err) == (0, "", "")
        assert sorted(p.name for p in (tmp_path / "pages").iterdir()) == ["a.html", "b.html"]
        assert "Tomas Lind" in (tmp_path / "pages" / "b.html").read_text(encoding="utf-8")

    def test_a_directory(self, tmp_path: Path) -> None:
        articles = tmp_path / "articles"
        articles.mkdir()
        (articles / "one.txt").write_text("The plan failed, Jane Doe said.", encoding="utf-8")
        (articles / "two.txt").write_bytes(b"\xff\xfe")
        (articles / "notes.md").write_text("not an article", encoding="utf-8")
        status, _, err = _run("render", str(articles), "-o", str(tmp_path / "out"))
        assert status == 2
        assert "two.txt: not UTF-8 text" in err
        assert [p.name for p in (tmp_path / "out").iterdir()] == ["one.html"]

    def test_several_need_an_output_directory(self, tmp_path: Path) -> None:
        status, out, err = _run("render", SEED, SEED)
        assert (status, out) == (2, "")
        assert "several files or a directory need -o DIR" in err
        status, _, err = _run("render", str(tmp_path), "-o", str(tmp_path / "out"))
        assert status == 2
        assert "a directory with no .txt file to render" in err

    def test_two_inputs_of_one_name_are_not_overwritten(self, tmp_path: Path) -> None:
        for sub in ("x", "y"):
            (tmp_path / sub).mkdir()
            (tmp_path / sub / "a.txt").write_text(f"The plan failed, {sub} Doe said.", encoding="utf-8")
        inputs = [str(tmp_path / "x" / "a.txt"), str(tmp_path / "y" / "a.txt")]
        status, _, err = _run("render", *inputs, "-o", str(tmp_path / "pages"))
        assert status == 2
        assert "was already written to" in err

    def test_one_file_to_standard_output(self) -> None:
        status, out, _ = _run("render", SEED)
        assert status == 0
        assert out.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"text": "a\tb"}', "invalid JSON (Invalid control character at column 12)"),
        (b'{"text": "no end}', "invalid JSON (Unterminated string starting at column 10)"),
        (b"{oops", "invalid JSON (Expecting property name enclosed in double quotes at column 2)"),
    ],
)
def test_a_json_error_says_at_once_where(line: bytes, reason: str) -> None:
    (error,) = parse_jsonl([line], "c")
    assert str(error) == f"c:1: {reason}"
    assert " at at " not in str(error)
