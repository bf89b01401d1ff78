"""Fuzz ``extract``, the JSONL reader and the command line with Hypothesis-generated inputs.

    python -m tests.fuzz.run extract --inputs 100000
    python -m tests.fuzz.run jsonl --inputs 100000
    python -m tests.fuzz.run cli --inputs 100000
    python -m tests.fuzz.run cli --inputs 1000 --processes 2

Run from the repository root with the package installed (``pip install -e ".[test]"``).
Unlike a property test, a run does not stop at the first failure: every input is
checked, each distinct failure (an exception, by type and the quoteattr function it
came from, or a broken invariant, by name) is counted, and the shortest input that
showed it is printed at the end as a reproducer. The exit status is 1 when anything
failed. docs/robustness.md records the runs made and what they found.

The inputs are those of ``tests/strategies.py`` (news-like articles, the same with
noise, arbitrary Unicode with lone surrogates) and, for the JSONL targets, corpora
of such documents mixed with broken lines: invalid JSON, bytes that are not UTF-8,
other JSON values, huge numbers, deep nesting, escaped lone surrogates, a byte
order mark, mutated bytes.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.cli import main as cli_main
from quoteattr.exchange import JsonlError, parse_jsonl
from quoteattr.segment import reading_view

from ..strategies import hostile_texts, news_texts, statement_free_paragraphs

__all__ = ["Findings", "check_cli", "check_extract", "check_jsonl", "main"]

texts = st.one_of(news_texts, hostile_texts)
QUOTEATTR = str(Path(quoteattr.__file__).resolve().parent)
BATCH = 5_000


class Broken(Exception):
    """An invariant did not hold: ``args`` are its name and the particulars."""


class Findings:
    """Distinct failures, each with its count and the shortest input that showed it."""

    def __init__(self) -> None:
        self.inputs = 0
        self.failures: dict[str, list[Any]] = {}  # signature -> [count, shortest input, detail]

    def record(self, signature: str, given_input: Any, detail: str) -> None:
        """Count one failure of kind *signature* on *given_input*."""
        entry = self.failures.setdefault(signature, [0, given_input, detail])
        entry[0] += 1
        if len(repr(given_input)) < len(repr(entry[1])):
            entry[1], entry[2] = given_input, detail

    def check(self, fn: Callable[[Any], None], given_input: Any) -> None:
        """Run one check, recording (not raising) whatever goes wrong."""
        self.inputs += 1
        try:
            fn(given_input)
        except Broken as exc:
            self.record(f"invariant: {exc.args[0]}", given_input, str(exc.args[1:]))
        except Exception as exc:  # the fuzzer's job: every exception is a finding
            self.record(_signature(exc), given_input, "".join(traceback.format_exception(exc)[-3:]))

    def report(self, target: str, seconds: float) -> str:
        """The summary printed at the end of a run."""
        lines = [f"target {target}: {self.inputs:,} inputs in {seconds:,.0f} s, {len(self.failures)} distinct failures"]
        for signature, (count, shortest, detail) in sorted(self.failures.items()):
            lines += [f"- {signature}: {count:,} inputs; shortest:", f"    {shortest!r}", f"    {detail.strip()[:600]}"]
        return "\n".join(lines)


def _signature(exc: BaseException) -> str:
    """The exception's type and the innermost quoteattr function it passed through."""
    where = "outside quoteattr"
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.startswith(QUOTEATTR):
            where = f"{Path(frame.filename).name}:{frame.name}"
    return f"{type(exc).__name__} in {where}"


def _require(condition: bool, what: str, *details: object) -> None:
    if not condition:
        raise Broken(what, *details)


# -- extract ------------------------------------------------------------------------


def _project(statement: quoteattr.Statement, shift: int = 0) -> tuple[Any, ...]:
    def at(span: quoteattr.Span | None) -> tuple[int, int, str] | None:
        return None if span is None else (span.start - shift, span.end - shift, span.text)

    speaker = statement.speaker
    who = None if speaker is None else (at(speaker.mention), speaker.name, speaker.form, at(speaker.antecedent))
    parts = tuple(at(p) for p in statement.content)
    return (parts, at(statement.cue), who, statement.kind, statement.cue_class, statement.rule)


def check_extract(case: tuple[str, str]) -> None:
    """Every invariant of docs/robustness.md on one text (and on it after *prefix*)."""
    text, prefix = case
    found = quoteattr.extract(text)
    for s in found:
        spans = [*s.content, s.cue]
        if s.speaker is not None:
            spans += [s.speaker.mention, s.speaker.antecedent]
        for span in spans:
            if span is not None:
                _require(0 <= span.start <= span.end <= len(text), "a span lies outside the text")
                _require(text[span.start : span.end] == span.text, "a span's text is not text[start:end]")
        _require(
            all(a.end <= b.start for a, b in itertools.pairwise(s.content)),
            "content parts overlap or are out of order",
            [p.to_list() for p in s.content],
        )
    _require([s.start for s in found] == sorted(s.start for s in found), "statements not in document order")
    _require(len({s.content for s in found}) == len(found), "two statements share their content")
    _require([_project(s) for s in quoteattr.extract(text)] == [_project(s) for s in found], "not deterministic")
    if reading_view(prefix + text)[len(prefix) :] != reading_view(text):
        return  # the prefix changed how the text's lines read (a blank line made it hard-wrapped): by design
    shifted = quoteattr.extract(prefix + text)
    _require(
        [_project(s, len(prefix)) for s in shifted] == [_project(s) for s in found],
        "prepending a paragraph changed more than the offsets",
    )


# -- the JSONL reader ------------------------------------------------------------------

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@st.composite
def _good_line(draw: st.DrawFn) -> bytes:
    doc: dict[str, Any] = {"text": draw(texts)}
    if draw(st.booleans()):
        doc["id"] = draw(st.one_of(st.text(max_size=10), st.integers(), st.none()))
    if draw(st.booleans()):
        doc["statements"] = []
    return json.dumps(doc, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


@st.composite
def _mutated(draw: st.DrawFn, line: st.SearchStrategy[bytes]) -> bytes:
    data = bytearray(draw(line))
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.integers(0, 2))
        if op == 0:
            data[at] = draw(st.integers(0, 255))
        elif op == 1:
            del data[at]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=4))
    return bytes(data)


_bad_lines = st.one_of(
    st.binary(max_size=60),
    _json_values.map(lambda v: json.dumps(v).encode()),
    st.integers(4_000, 6_000).map(lambda n: b'{"text": "x", "n": ' + b"7" * n + b"}"),
    st.integers(1, 3_000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(900, 200_000).map(lambda n: b"[" * n),
    st.sampled_from(
        [
            b'{"text": "lone \\ud800"}',
            b'{"id": "\\udfff", "text": "Wang said so."}',
            b'{"text": null}',
            b'{"text": NaN}',
            b'{"text": "a", "text": 3}',
            b"\xef\xbb\xbf",
            b"\xef\xbb\xbf{}",
            b"  ",
            b"\r",
            b'{"text": "\\u0000\\u2028\\u2029"}',
        ]
    ),
)
_lines = st.one_of(_good_line(), _good_line(), _bad_lines, _mutated(_good_line()))


@st.composite
def corpora(draw: st.DrawFn) -> bytes:
    """A JSONL corpus: good documents and broken lines, any line ending, maybe a BOM."""
    lines = draw(st.lists(_lines, max_size=8))
    end = draw(st.sampled_from([b"\n", b"\r\n"]))
    bom = b"\xef\xbb\xbf" if draw(st.booleans()) else b""
    return bom + b"".join(line + end for line in lines) + draw(st.sampled_from([b"", b"{", b"\xff"]))


def _expected_items(data: bytes) -> list[int]:
    """The numbers of the lines that must give an item: all but blank (whitespace) ones."""
    numbers = []
    for number, raw in enumerate(io.BytesIO(data), start=1):
        try:
            blank = not raw.decode("utf-8-sig" if number == 1 else "utf-8").strip()
        except UnicodeDecodeError:
            blank = False
        if not blank:
            numbers.append(number)
    return numbers


def check_jsonl(data: bytes) -> None:
    """``parse_jsonl`` gives one item per non-blank line: a readable document or a JsonlError."""
    items = list(parse_jsonl(io.BytesIO(data), "fuzz"))
    for item in items:
        if isinstance(item, JsonlError):
            _require(item.source == "fuzz" and bool(item.reason), "an error without source or reason")
            continue
        _require(isinstance(item, dict), "an item neither a dict nor a JsonlError")
        _require(isinstance(item["text"], str) and isinstance(item["id"], str), "text or id not a str")
        item["text"].encode("utf-8")  # a lone surrogate here would break every writer
        item["id"].encode("utf-8")
    lines = _expected_items(data)
    _require(len(items) == len(lines), "not one item per non-blank line", len(items), len(lines))
    errors = [i.line for i in items if isinstance(i, JsonlError)]
    _require(errors == sorted(set(errors)), "error line numbers not increasing")
    _require(set(errors) <= set(lines), "an error names a blank or missing line")


# -- the command line ----------------------------------------------------------------------


def _run_cli(argv: list[str], data: bytes) -> tuple[int, str, str]:
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    out, err = io.BytesIO(), io.BytesIO()
    # like a real terminal or pipe: stdout cannot take a lone surrogate, stderr escapes it
    stdout = io.TextIOWrapper(out, encoding="utf-8", errors="strict", newline="")
    stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", newline="")
    status = cli_main(argv, stdin=stdin, stdout=stdout, stderr=stderr)
    stdout.flush()
    stderr.flush()
    return status, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")


def check_cli(case: tuple[bytes, str, bool, int]) -> None:
    """``quoteattr extract --input-format jsonl``: one document per good line, one message per bad one."""
    data, fmt, strict, processes = case
    argv = ["extract", "--input-format", "jsonl", "--format", fmt, "--processes", str(processes)]
    status, out, err = _run_cli([*argv, *(["--strict"] if strict else []), "-"], data)
    items = list(parse_jsonl(io.BytesIO(data), "<stdin>"))
    if strict:  # everything up to the first bad line, and that line's message
        first_bad = next((k for k, item in enumerate(items) if isinstance(item, JsonlError)), len(items))
        items = items[: first_bad + 1]
    good = [item for item in items if not isinstance(item, JsonlError)]
    bad = [item for item in items if isinstance(item, JsonlError)]
    _require(status == (2 if bad else 0), "wrong exit status", status, len(bad))
    messages = err.split("\n")[:-1]
    _require(len(messages) == len(bad), "not one message per bad line", messages, bad)
    for message, error in zip(messages, bad, strict=True):
        _require(message.startswith(f"quoteattr: <stdin>:{error.line}: "), "a message names no line", message)
    if fmt == "jsonl":
        # split on "\n" only: str.splitlines() would also cut at a U+2028 inside a text
        docs = [json.loads(line) for line in out.split("\n") if line]
    elif fmt == "json":
        docs = json.loads(out)
    else:
        return  # csv and table: checked for not raising and for their messages
    _require([d["id"] for d in docs] == [g["id"] for g in good], "output documents differ from the good lines")
    for doc, line in zip(docs, good, strict=True):
        _require(doc["text"] == line["text"], "a document's text changed on the way through")
        for statement in doc["statements"]:
            for key in ("content_span", "cue_span", "speaker_span"):
                if statement[key] is not None:
                    s, e = statement[key]
                    _require(0 <= s <= e <= len(doc["text"]), "a span outside the text", key)
            s, e = statement["content_span"]
            _require(doc["text"][s:e] == statement["content"], "content is not text[start:end]")


# -- the runner ---------------------------------------------------------------------------


def _fuzz(target: str, inputs: int, processes: int, findings: Findings) -> None:
    strategy: st.SearchStrategy[Any]
    check: Callable[[Any], None]
    if target == "extract":
        strategy, check = st.tuples(texts, statement_free_paragraphs), check_extract
    elif target == "jsonl":
        strategy, check = corpora(), check_jsonl
    else:
        formats = st.sampled_from(["jsonl", "jsonl", "json", "csv", "table"])
        strategy = st.tuples(corpora(), formats, st.booleans(), st.just(processes))
        check = check_cli
    step = max(1, inputs // 20)
    start = time.perf_counter()

    def one(case: Any) -> None:
        findings.check(check, case)
        if findings.inputs % step == 0:
            print(
                f"  {findings.inputs:,} inputs, {time.perf_counter() - start:,.0f} s, "
                f"{len(findings.failures)} distinct failures",
                file=sys.stderr,
                flush=True,
            )

    # Hypothesis remembers every input of a run to avoid repeats, which grows to
    # gigabytes over 100,000 long inputs: a fresh run every BATCH inputs forgets them
    while findings.inputs < inputs:
        batch = min(BATCH, inputs - findings.inputs)
        before = findings.inputs
        run = settings(
            max_examples=batch,
            database=None,
            phases=[Phase.generate],  # every input is new: no replay, no shrinking
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )(given(strategy)(one))
        run()
        if findings.inputs == before:  # the strategy gave nothing more (cannot happen here)
            break


def main(argv: list[str] | None = None) -> int:
    """Fuzz one target; print the summary; exit 1 if anything failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=("extract", "jsonl", "cli"))
    parser.add_argument("--inputs", type=int, default=100_000, help="how many inputs to generate (default 100,000)")
    parser.add_argument("--processes", type=int, default=1, help="--processes for the cli target (default 1)")
    args = parser.parse_args(argv)
    findings = Findings()
    start = time.perf_counter()
    _fuzz(args.target, args.inputs, args.processes, findings)
    print(findings.report(args.target, time.perf_counter() - start))
    return 1 if findings.failures else 0


if __name__ == "__main__":
    sys.exit(main())
