"""Coverage-guided fuzzing of ``extract`` and the JSONL reader with atheris (libFuzzer).

    pip install atheris
    python -m tests.fuzz.atheris_run extract -runs=100000
    python -m tests.fuzz.atheris_run jsonl -runs=100000 -max_len=4096

Where ``tests/fuzz/run.py`` generates news-shaped inputs, this one mutates raw bytes
and keeps those that reach new code, so it finds what the strategies do not think
of. The bytes become ``str`` through atheris' ``ConsumeUnicode`` (ASCII, UTF-16 or
UTF-32 code points, lone surrogates included). Any exception, or a broken span
invariant, stops the run and leaves a ``crash-*`` file with the input; everything
after the target name goes to libFuzzer (``-runs``, ``-max_len``, ``-seed``...).
atheris is not a dependency of quoteattr: install it where you fuzz.
"""

from __future__ import annotations

import importlib
import io
import sys
from typing import Any


def _check_extract(extract: Any, data: bytes, atheris: Any) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicode(len(data))
    found = extract(text)
    for s in found:
        spans = [*s.content, s.cue, *((s.speaker.mention, s.speaker.antecedent) if s.speaker else ())]
        for span in spans:
            if span is not None and not (
                0 <= span.start <= span.end <= len(text) and text[span.start : span.end] == span.text
            ):
                msg = f"span {span!r} is not text[start:end]"
                raise AssertionError(msg)
    if [s.start for s in found] != sorted(s.start for s in found):
        msg = "statements not in document order"
        raise AssertionError(msg)


def _check_jsonl(parse_jsonl: Any, data: bytes) -> None:
    lines = io.BytesIO(data).readlines()
    items = list(parse_jsonl(lines, "fuzz"))
    if len(items) > len(lines):
        msg = "more items than lines"
        raise AssertionError(msg)
    for item in items:
        if isinstance(item, dict):
            item["text"].encode("utf-8")
            item["id"].encode("utf-8")


def main(argv: list[str]) -> None:
    """Fuzz the target named in ``argv[1]``; libFuzzer options follow it."""
    atheris: Any = importlib.import_module("atheris")  # optional: not installed with quoteattr
    if len(argv) < 2 or argv[1] not in ("extract", "jsonl"):
        sys.exit(f"usage: python -m tests.fuzz.atheris_run {{extract,jsonl}} [libFuzzer options]; got {argv[1:]}")
    target = argv[1]
    with atheris.instrument_imports(include=["quoteattr"]):
        import quoteattr
        from quoteattr.exchange import parse_jsonl

    def one_input(data: bytes) -> None:
        if target == "extract":
            _check_extract(quoteattr.extract, data, atheris)
        else:
            _check_jsonl(parse_jsonl, data)

    atheris.Setup([argv[0], *argv[2:]], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
