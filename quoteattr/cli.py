"""The ``quoteattr`` command: extract statements from files, print or write them.

    quoteattr extract seeds/xinhua-2021-07-16-china-belarus.txt
    quoteattr extract --format jsonl article.txt other.txt
    quoteattr extract --input-format jsonl corpus.jsonl > statements.jsonl
    quoteattr extract --input-format jsonl --processes 4 corpus.jsonl > statements.jsonl
    quoteattr render article.txt -o article.html

A file that cannot be read (missing, a directory, not UTF-8) or a corpus line
that cannot be parsed is reported on stderr with its name and line; the other
inputs are still processed and the exit status is 2 at the end (``--strict``
stops at the first). So is a document on which extraction fails (a defect in
quoteattr: please report it).

A JSONL corpus is streamed, read and written one document at a time, and its
documents are shared out among all cores (``--processes``); a progress bar goes
to stderr when it is a terminal and ``tqdm`` is installed (``quoteattr[progress]``).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

import attrs

from quoteattr import __version__
from quoteattr.exchange import STATEMENT_KEYS, JsonlError, document, parse_jsonl
from quoteattr.extractor import Extractor, extract
from quoteattr.parallel import available_cores, ordered_map
from quoteattr.render import render_html

__all__ = ["main"]

EXIT_BAD_INPUT = 2

T = TypeVar("T")


class _Failed(Exception):
    """An input could not be read; the message says which and why."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quoteattr", description="Who said what in English news text.")
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract statements from text files or a JSONL corpus")
    ex.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for standard input")
    ex.add_argument(
        "--format",
        choices=("table", "jsonl", "json", "csv"),
        default=None,
        help="output: a readable table (default for text input), JSONL documents "
        "(default for --input-format jsonl), one JSON array, or CSV rows of statements",
    )
    ex.add_argument(
        "--input-format",
        choices=("text", "jsonl"),
        default="text",
        help='text: each FILE is one article; jsonl: each line of FILE is {"id", "text"}',
    )
    ex.add_argument("--strict", action="store_true", help="stop at the first input that cannot be read")
    ex.add_argument(
        "--processes",
        type=_positive_int,
        default=None,
        metavar="N",
        help="worker processes (default: all cores for --input-format jsonl, 1 for text files)",
    )
    ev = sub.add_parser("evaluate", help="score statements against gold documents (JSONL exchange format)")
    ev.add_argument("gold", metavar="GOLD.jsonl", help="gold documents with their statements")
    ev.add_argument("pred", metavar="PRED.jsonl", nargs="?", help="predicted documents (default: run quoteattr)")
    ev_format = ev.add_mutually_exclusive_group()
    ev_format.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev_format.add_argument("--markdown", action="store_true", help="print the tables in Markdown (as in docs/)")
    ev.add_argument("--details", action="store_true", help="list every miss, false positive and wrong speaker")
    ev.add_argument(
        "--kinds",
        type=_kinds,
        default=None,
        metavar="KIND,...",
        help="score only predictions of these kinds (direct, indirect, mixed), e.g. direct,mixed for novels",
    )
    rd = sub.add_parser("render", help="write an HTML page showing a text file's statements in place")
    rd.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
    rd.add_argument("-o", "--output", metavar="OUT", help="the HTML file to write (default: standard output)")
    return parser


def _evaluate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from quoteattr.evaluate import EvaluationError, format_details, format_markdown, format_table, score_files

    details: list[dict[str, Any]] | None = [] if args.details else None
    try:
        report = score_files(args.gold, args.pred, kinds=args.kinds, details=details)
    except EvaluationError as exc:
        stderr.write(f"quoteattr: cannot evaluate: {exc}\n")
        return EXIT_BAD_INPUT
    if not report.documents:
        stderr.write(f"quoteattr: cannot evaluate: {args.gold} holds no documents\n")
        return EXIT_BAD_INPUT
    if args.pred is not None:
        if not report.matched:
            stderr.write(
                f"quoteattr: cannot evaluate: no document of {args.pred} has the id of a document of {args.gold} "
                f"(gold ids: {_some(report.missing)}; predicted ids: {_some(report.unexpected) or 'none'}); "
                'documents are paired by their "id", so both files must use the same ids\n'
            )
            return EXIT_BAD_INPUT
        if report.missing:
            stderr.write(
                f"quoteattr: warning: {len(report.missing)} gold document(s) have no prediction in {args.pred} "
                f"and count as all missed: {_some(report.missing)}\n"
            )
        if report.unexpected:
            stderr.write(
                f"quoteattr: warning: {len(report.unexpected)} predicted document(s) match no gold document "
                f"in {args.gold} and are ignored: {_some(report.unexpected)}\n"
            )
    if args.json:
        out: dict[str, Any] = {kind: {**attrs.asdict(s), **s.rates_or_none()} for kind, s in report.kinds.items()}
        if report.quote_types:
            out["quote_types"] = {t: {**attrs.asdict(s), **s.rates_or_none()} for t, s in report.quote_types.items()}
        if details is not None:
            out["details"] = details
        json.dump(out, stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
        return 0
    stdout.write((format_markdown(report) if args.markdown else format_table(report)) + "\n")
    if details:
        stdout.write("\n" + format_details(details) + "\n")
    return 0


def _some(ids: Sequence[str], limit: int = 3) -> str:
    shown = ", ".join(repr(i) for i in ids[:limit])
    return shown + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def _kinds(value: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in kinds if k not in ("direct", "indirect", "mixed")]
    if not kinds or unknown:
        msg = f"expected kinds among direct, indirect, mixed separated by commas (e.g. direct,mixed), not {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return kinds


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        msg = f"expected a whole number of at least 1, not {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _read_text(name: str, stdin: TextIO) -> str:
    if name == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
    else:
        path = Path(name)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            msg = f"{name}: no such file"
            raise _Failed(msg) from None
        except IsADirectoryError:
            msg = f"{name}: is a directory, not a text file"
            raise _Failed(msg) from None
        except OSError as exc:
            msg = f"{name}: cannot read ({exc.strerror})"
            raise _Failed(msg) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})"
        raise _Failed(msg) from None


def _documents(args: argparse.Namespace, stdin: TextIO, stderr: TextIO) -> Iterator[tuple[str, str] | _Failed]:
    for name in args.files:
        if args.input_format == "text":
            try:
                yield (name, _read_text(name, stdin))
            except _Failed as exc:
                yield exc
            continue
        # streamed: one line in memory at a time, however large the corpus
        with contextlib.ExitStack() as stack:
            try:
                if name == "-":
                    lines: Any = stdin.buffer if hasattr(stdin, "buffer") else (s.encode() for s in stdin)
                    source = "<stdin>"
                else:
                    if Path(name).is_dir():
                        yield _Failed(f"{name}: is a directory, not a JSONL file")
                        continue
                    lines, source = stack.enter_context(open(name, "rb")), name
            except FileNotFoundError:
                yield _Failed(f"{name}: no such file")
                continue
            except OSError as exc:
                yield _Failed(f"{name}: cannot read ({exc.strerror})")
                continue
            try:
                for item in parse_jsonl(lines, source):
                    if isinstance(item, JsonlError):
                        yield _Failed(str(item))
                    else:
                        yield (item["id"], item["text"])
            except OSError as exc:
                yield _Failed(f"{name}: cannot read further ({exc.strerror})")


def _extract_document(item: tuple[str, str] | _Failed) -> dict[str, Any] | _Failed:
    """One input in, its exchange-format document out (run in the worker processes)."""
    if isinstance(item, _Failed):
        return item
    doc_id, text = item
    try:
        return document(doc_id, text, extract(text))
    except Exception as exc:  # a defect: report the document, go on with the others
        return _Failed(f"{doc_id}: extraction failed ({type(exc).__name__}: {exc}); please report this quoteattr bug")


def _progress(items: Iterable[T], stderr: TextIO) -> Iterator[T]:
    """*items*, counted by a progress bar on *stderr* when it is a terminal and tqdm is installed.

    The bar is cleared before a failure is yielded, so its message gets a line of its own.
    """
    isatty = getattr(stderr, "isatty", None)
    if not (callable(isatty) and isatty()):
        yield from items
        return
    try:
        from tqdm import tqdm  # the optional extra quoteattr[progress]
    except ImportError:
        yield from items
        return
    bar = None
    try:
        for item in items:
            if bar is None:  # made after the worker processes started: tqdm runs a thread
                bar = tqdm(file=stderr, unit=" docs", desc="extracting", dynamic_ncols=True)
            bar.update()
            if isinstance(item, _Failed):
                bar.clear()
            yield item
    finally:
        if bar is not None:
            bar.close()


def _table_row(doc_id: str, st: dict[str, Any]) -> str:
    who = st["speaker_entity"] or st["speaker"] or "?"
    if st["speaker"] and st["speaker_entity"] and st["speaker"] != st["speaker_entity"]:
        who = f"{st['speaker_entity']} ({st['speaker']})"
    content = " ".join(st["content"].split())
    if len(content) > 90:
        content = content[:87] + "..."
    return (
        f"{doc_id}\t{st['content_span'][0]}-{st['content_span'][1]}\t{st['kind']}\t{who}\t{st['cue'] or ''}\t{content}"
    )


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit status."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    args = _parser().parse_args(argv)
    if args.command == "render":
        return _render(args, stdin, stdout, stderr)
    if args.command == "evaluate":
        return _evaluate(args, stdout, stderr)
    fmt = args.format or ("jsonl" if args.input_format == "jsonl" else "table")
    processes = args.processes or (available_cores() if args.input_format == "jsonl" else 1)
    status = 0
    collected: list[dict[str, Any]] = []
    writer = csv.writer(stdout) if fmt == "csv" else None
    if writer is not None:
        writer.writerow(["id", *STATEMENT_KEYS])
    if fmt == "table":
        stdout.write("id\tspan\tkind\tspeaker\tcue\tcontent\n")
    docs = ordered_map(_extract_document, _documents(args, stdin, stderr), processes=processes)
    for item in _progress(docs, stderr):
        if isinstance(item, _Failed):
            stderr.write(f"quoteattr: {item}\n")
            status = EXIT_BAD_INPUT
            if args.strict:
                break  # what came before is still written: --format json closes its array
            continue
        doc = item
        doc_id = doc["id"]
        if fmt == "jsonl":
            stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
        elif fmt == "json":
            collected.append(doc)
        elif writer is not None:
            for st in doc["statements"]:
                writer.writerow([doc_id, *(_csv_value(st[k]) for k in STATEMENT_KEYS)])
        else:
            for st in doc["statements"]:
                stdout.write(_table_row(doc_id, st) + "\n")
    if fmt == "json":
        json.dump(collected, stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
    return status


def _render(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    try:
        text = _read_text(args.file, stdin)
    except _Failed as exc:
        stderr.write(f"quoteattr: {exc}\n")
        return EXIT_BAD_INPUT
    title = "standard input" if args.file == "-" else Path(args.file).name
    page = render_html(text, Extractor().extract(text), title=title)
    if args.output is None:
        stdout.write(page)
        return 0
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as exc:
        stderr.write(f"quoteattr: {args.output}: cannot write ({exc.strerror})\n")
        return EXIT_BAD_INPUT
    return 0


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        buf = io.StringIO()
        json.dump(value, buf)
        return buf.getvalue()
    return value


def run() -> None:
    """Console-script entry point."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader left early (``quoteattr extract ... | head``): no traceback; point
        # stdout at devnull so the interpreter's own flush at exit fails no more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 1
    sys.exit(status)


if __name__ == "__main__":  # pragma: no cover
    run()
