"""The ``quoteattr`` command: extract statements from files, print or write them.

    quoteattr extract seeds/xinhua-2021-07-16-china-belarus.txt
    quoteattr extract --format jsonl article.txt other.txt
    quoteattr extract --input-format jsonl corpus.jsonl > statements.jsonl
    quoteattr extract --input-format jsonl --processes 4 corpus.jsonl > statements.jsonl
    quoteattr extract --format csv -o statements.csv article.txt
    quoteattr extract --encoding latin-1 archive/*.txt
    quoteattr render article.txt -o article.html
    quoteattr render articles/ -o pages/

Text is UTF-8 unless ``--encoding`` says otherwise. A UTF-8 byte order mark at the
start of a file (or of standard input) is not part of the text, for text files and
JSONL corpora alike: offsets count from the character after it, as Python's
``utf-8-sig`` codec reads the file.

A file that cannot be read (missing, a directory, not in the encoding, binary) or a
corpus line that cannot be parsed is reported on stderr with its name and line; the
other inputs are still processed and the exit status is 2 at the end (``--strict``
stops at the first). So is a document on which extraction fails (a defect in
quoteattr: please report it). ``-v`` logs what is read and a summary, ``-vv`` each
document too, on stderr.

A JSONL corpus is streamed, read and written one document at a time, and its
documents are shared out among all cores (``--processes``); a progress bar goes
to stderr when it is a terminal and ``tqdm`` is installed (``quoteattr[progress]``),
with the share of the input's bytes read when the inputs are files.
"""

from __future__ import annotations

import argparse
import codecs
import collections
import contextlib
import csv
import json
import logging
import os
import sys
import time
import traceback
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from quoteattr import __version__
from quoteattr.errors import QuoteattrError
from quoteattr.exchange import FLAT_COLUMNS, JsonlError, document, flatten, parse_jsonl
from quoteattr.extractor import Extractor, extract
from quoteattr.parallel import available_cores, ordered_map
from quoteattr.render import render_html

__all__ = ["main"]

EXIT_BAD_INPUT = 2

_log = logging.getLogger(__name__)


class _Failed(QuoteattrError):
    """An input could not be read; the message says which and why.

    ``detail`` holds the traceback when extraction failed (logged with ``-vv``).
    """

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


def _common() -> argparse.ArgumentParser:
    """The options extract and render share."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        metavar="ENC",
        help="the input's encoding, such as latin-1 or cp1252 (default utf-8; a UTF-8 byte order mark is skipped)",
    )
    common.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log to stderr what is read and a summary (-vv: every document too)",
    )
    return common


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quoteattr", description="Who said what in English news text.")
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    common = _common()
    ex = sub.add_parser("extract", parents=[common], help="extract statements from text files or a JSONL corpus")
    ex.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for standard input")
    ex.add_argument("-o", "--output", metavar="OUT", help="the file to write (default: standard output)")
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
    ev.add_argument(
        "--cast",
        action="store_true",
        help='give quoteattr each gold document\'s characters (its "entities") as the cast list; '
        "only without PRED.jsonl",
    )
    rd = sub.add_parser("render", parents=[common], help="write HTML pages showing text files' statements in place")
    rd.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="text files, directories (each of their *.txt files), or - for standard input",
    )
    rd.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="for one file, the HTML file to write (default: standard output); for several files or a "
        "directory, the directory to write one page per file into, named after it (FILE.txt -> OUT/FILE.html)",
    )
    return parser


def _evaluate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from quoteattr.evaluate import EvaluationError, score_files
    from quoteattr.tables import format_details, format_markdown, format_table

    details: list[dict[str, Any]] | None = [] if args.details else None
    try:
        if args.cast and args.pred:
            stderr.write("quoteattr: --cast runs quoteattr with the gold cast lists: give no PRED.jsonl\n")
            return EXIT_BAD_INPUT
        report = score_files(args.gold, args.pred, kinds=args.kinds, details=details, cast=args.cast)
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


def _encoding(value: str) -> str:
    """An ``--encoding`` value: a codec Python knows, by its canonical name."""
    try:
        return codecs.lookup(value).name
    except LookupError:
        msg = f"unknown encoding {value!r}; try utf-8, latin-1 or cp1252"
        raise argparse.ArgumentTypeError(msg) from None


def _codec(encoding: str) -> str:
    """The codec that reads *encoding*: UTF-8 with its byte order mark skipped, as for JSONL."""
    return "utf-8-sig" if encoding == "utf-8" else encoding


def _line_by_line(encoding: str) -> bool:
    """Whether a file in *encoding* can be split into lines at its b"\\n" bytes (ASCII-compatible)."""
    return "{}\n".encode(encoding) == b"{}\n"


def _decode(name: str, data: bytes, encoding: str) -> str:
    """The text of *data*, or ``_Failed`` saying why it is not text in *encoding*."""
    try:
        text = data.decode(_codec(encoding))
    except UnicodeDecodeError as exc:
        hint = "; if it is in another encoding, pass it with --encoding, e.g. latin-1" if encoding == "utf-8" else ""
        msg = f"{name}: not {_encoding_label(encoding)} text ({exc.reason} at byte {exc.start}){hint}"
        raise _Failed(msg) from None
    nul = text.find("\0")
    if nul >= 0:
        hint = "; pass --encoding utf-16 if it is UTF-16 text" if encoding == "utf-8" else ""
        msg = f"{name}: binary data, not text (a NUL character at character {nul}){hint}"
        raise _Failed(msg)
    return text


def _encoding_label(encoding: str) -> str:
    return "UTF-8" if encoding == "utf-8" else encoding


def _read_bytes(name: str, stdin: TextIO) -> bytes:
    if name == "-":
        return stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
    path = Path(name)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        msg = f"{name}: no such file"
        raise _Failed(msg) from None
    except IsADirectoryError:
        msg = f"{name}: is a directory, not a text file"
        raise _Failed(msg) from None
    except OSError as exc:
        msg = f"{name}: cannot read ({exc.strerror})"
        raise _Failed(msg) from None


def _read_text(name: str, stdin: TextIO, encoding: str = "utf-8") -> str:
    _log.info("reading %s", "standard input" if name == "-" else name)
    return _decode(name, _read_bytes(name, stdin), encoding)


def _size(name: str) -> int | None:
    """The size in bytes of a regular file, 0 for one that cannot be read, None for standard input."""
    if name == "-":
        return None
    try:
        return os.stat(name).st_size if Path(name).is_file() else 0
    except OSError:
        return 0


class _Position:
    """The bytes of input read so far, over all files: what the progress bar shows."""

    def __init__(self) -> None:
        self.done = 0  # the files before the current one
        self.current = 0  # the lines of the current one

    def counted(self, lines: Iterable[bytes]) -> Iterator[bytes]:
        for line in lines:
            self.current += len(line)
            yield line

    def next_file(self, size: int | None) -> None:
        self.done += size if size is not None else self.current
        self.current = 0

    @property
    def bytes(self) -> int:
        return self.done + self.current


def _documents(args: argparse.Namespace, stdin: TextIO, position: _Position) -> Iterator[tuple[str, str] | _Failed]:
    for name in args.files:
        if args.input_format == "text":
            try:
                yield (name, _read_text(name, stdin, args.encoding))
            except _Failed as exc:
                yield exc
            finally:
                position.next_file(_size(name))
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
                    _log.info("reading %s", name)
            except FileNotFoundError:
                yield _Failed(f"{name}: no such file")
                continue
            except OSError as exc:
                yield _Failed(f"{name}: cannot read ({exc.strerror})")
                continue
            try:
                for item in parse_jsonl(position.counted(lines), source, encoding=args.encoding):
                    if isinstance(item, JsonlError):
                        yield _Failed(str(item))
                    else:
                        yield (item["id"], item["text"])
            except OSError as exc:
                yield _Failed(f"{name}: cannot read further ({exc.strerror})")
            finally:
                position.next_file(_size(name))


def _extract_document(item: tuple[str, str] | _Failed) -> dict[str, Any] | _Failed:
    """One input in, its exchange-format document out (run in the worker processes)."""
    if isinstance(item, _Failed):
        return item
    doc_id, text = item
    try:
        return document(doc_id, text, extract(text))
    except Exception as exc:  # a defect: report the document, go on with the others
        return _Failed(
            f"{doc_id}: extraction failed ({type(exc).__name__}: {exc}); please report this quoteattr bug",
            traceback.format_exc(),
        )


class _Progress:
    """A progress bar on *stderr* when it is a terminal and tqdm is installed; else nothing.

    With *total* (the input's size in bytes, when every input is a file) the bar counts bytes
    read and shows the documents done beside them; without, it counts documents.
    """

    def __init__(self, stderr: TextIO, total: int | None) -> None:
        self.stderr = stderr
        self.total = total
        self.bar: Any = None
        self.docs = 0
        isatty = getattr(stderr, "isatty", None)
        self.enabled = callable(isatty) and bool(isatty())
        if self.enabled:
            try:
                from tqdm import tqdm  # the optional extra quoteattr[progress]  # noqa: F401
            except ImportError:
                self.enabled = False

    def update(self, position: int, failed: bool) -> None:
        """One more document (or failed input) done, the input read up to byte *position*."""
        if not self.enabled:
            return
        from tqdm import tqdm

        if self.bar is None:  # made after the worker processes started: tqdm runs a thread
            if self.total is None:
                self.bar = tqdm(file=self.stderr, unit=" docs", desc="extracting", dynamic_ncols=True)
            else:
                self.bar = tqdm(
                    file=self.stderr,
                    total=self.total,
                    unit="B",
                    unit_scale=True,
                    unit_divisor=1024,
                    desc="extracting",
                    dynamic_ncols=True,
                )
        self.docs += 1
        if self.total is None:
            self.bar.update()
        else:
            self.bar.set_postfix_str(f"{self.docs} docs", refresh=False)
            self.bar.update(max(0, position - self.bar.n))
        if failed:
            self.bar.clear()  # the failure's message gets a line of its own

    def close(self, finished: bool) -> None:
        if self.bar is not None:
            if finished and self.total is not None:
                self.bar.update(max(0, self.total - self.bar.n))  # trailing blank lines, unreadable files
            self.bar.close()


def _table_row(doc_id: str, st: dict[str, Any]) -> str:
    who = st["speaker_entity"] or st["speaker"] or "?"
    if st["speaker"] and st["speaker_entity"] and st["speaker"] != st["speaker_entity"]:
        who = f"{st['speaker_entity']} ({st['speaker']})"
    content = " ".join(st["content_joined"].split())  # what was said, without a speech tag inside it
    if len(content) > 90:
        content = content[:87] + "..."
    return (
        f"{doc_id}\t{st['content_span'][0]}-{st['content_span'][1]}\t{st['kind']}\t{who}\t{st['cue'] or ''}\t{content}"
    )


class _Output:
    """Writes documents in one of the formats, the header before the first document read."""

    TABLE_HEADER = "id\tspan\tkind\tspeaker\tcue\tcontent\n"

    def __init__(self, fmt: str, out: TextIO) -> None:
        self.fmt = fmt
        self.out = out
        self.collected: list[dict[str, Any]] = []
        self.writer = csv.writer(out) if fmt == "csv" else None
        self.started = False

    def write(self, doc: dict[str, Any]) -> None:
        if not self.started:  # no header when no input could be read
            self.started = True
            if self.writer is not None:
                self.writer.writerow(["id", *FLAT_COLUMNS])
            elif self.fmt == "table":
                self.out.write(self.TABLE_HEADER)
        if self.fmt == "jsonl":
            self.out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.collected.append(doc)
        elif self.writer is not None:
            for st in doc["statements"]:
                row = flatten(st)
                self.writer.writerow([doc["id"], *(_csv_value(row[k]) for k in FLAT_COLUMNS)])
        else:
            for st in doc["statements"]:
                self.out.write(_table_row(doc["id"], st) + "\n")

    def close(self) -> None:
        if self.fmt == "json":
            json.dump(self.collected, self.out, ensure_ascii=False, indent=2)
            self.out.write("\n")


class _LogHandler(logging.Handler):
    """``-v``: the package's log records on stderr, as "quoteattr: message" lines.

    Records of bad input lines are left out: the command reports those itself.
    """

    def __init__(self, stderr: TextIO) -> None:
        super().__init__()
        self.stderr = stderr
        self.setFormatter(logging.Formatter("quoteattr: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "input_error", False):
            return
        try:
            self.stderr.write(self.format(record) + "\n")
        except Exception:  # pragma: no cover - a closed stderr
            self.handleError(record)


@contextlib.contextmanager
def _logging_to(stderr: TextIO, verbose: int) -> Iterator[None]:
    """Log the ``quoteattr`` logger's records to *stderr* while the command runs, when ``-v`` asks."""
    if not verbose:
        yield
        return
    logger = logging.getLogger("quoteattr")
    handler = _LogHandler(stderr)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if verbose == 1 else logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


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
    if args.command == "evaluate":
        return _evaluate(args, stdout, stderr)
    with _logging_to(stderr, args.verbose):
        if args.command == "render":
            return _render(args, stdin, stdout, stderr)
        return _extract(args, stdin, stdout, stderr)


def _extract(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    if args.input_format == "jsonl" and not _line_by_line(args.encoding):
        stderr.write(
            f"quoteattr: a JSONL corpus in {args.encoding} cannot be read line by line; "
            "convert it to UTF-8 (or another encoding in which a newline is one byte)\n"
        )
        return EXIT_BAD_INPUT
    fmt = args.format or ("jsonl" if args.input_format == "jsonl" else "table")
    processes = args.processes or (available_cores() if args.input_format == "jsonl" else 1)
    with contextlib.ExitStack() as stack:
        out = stdout
        if args.output is not None:
            try:  # newline="": the CSV writer ends its rows itself
                out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
            except OSError as exc:
                stderr.write(f"quoteattr: {args.output}: cannot write ({exc.strerror})\n")
                return EXIT_BAD_INPUT
        return _extract_to(args, fmt, processes, stdin, out, stderr)


def _extract_to(args: argparse.Namespace, fmt: str, processes: int, stdin: TextIO, out: TextIO, stderr: TextIO) -> int:
    started = time.perf_counter()
    sizes = [_size(name) for name in args.files]
    progress = _Progress(stderr, None if None in sizes else sum(s or 0 for s in sizes))
    position = _Position()
    positions: collections.deque[int] = collections.deque()  # where the input stood after each item

    def remember(items: Iterable[tuple[str, str] | _Failed]) -> Iterator[tuple[str, str] | _Failed]:
        for item in items:
            positions.append(position.bytes)
            yield item

    _log.info("extracting with %d process%s", processes, "" if processes == 1 else "es")
    output = _Output(fmt, out)
    status, docs, statements, failed, finished = 0, 0, 0, 0, False
    try:
        items = ordered_map(_extract_document, remember(_documents(args, stdin, position)), processes=processes)
        for item in items:
            progress.update(positions.popleft(), failed=isinstance(item, _Failed))
            if isinstance(item, _Failed):
                stderr.write(f"quoteattr: {item}\n")
                if item.detail:
                    _log.debug("%s", item.detail.rstrip())
                status, failed = EXIT_BAD_INPUT, failed + 1
                if args.strict:
                    break  # what came before is still written: --format json closes its array
                continue
            docs, statements = docs + 1, statements + len(item["statements"])
            _log.debug("%s: %d statements", item["id"], len(item["statements"]))
            output.write(item)
        else:
            finished = True
    finally:
        progress.close(finished)
    output.close()
    _log.info(
        "%d documents, %d statements, %d inputs failed, in %.1f s",
        docs,
        statements,
        failed,
        time.perf_counter() - started,
    )
    return status


def _render_inputs(files: Sequence[str]) -> tuple[list[str], list[str], bool]:
    """The text files to render, the directories that hold none, and whether several pages are asked for."""
    names: list[str] = []
    empty: list[str] = []
    several = len(files) > 1
    for name in files:
        if name != "-" and Path(name).is_dir():
            several = True
            found = sorted(str(path) for path in Path(name).iterdir() if path.suffix == ".txt" and path.is_file())
            names += found
            if not found:
                empty.append(name)
        else:
            names.append(name)
    return names, empty, several


def _render(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    names, empty, several = _render_inputs(args.files)
    status = 0
    for name in empty:
        stderr.write(f"quoteattr: {name}: a directory with no .txt file to render\n")
        status = EXIT_BAD_INPUT
    if not several:
        return max(status, _render_one(args, names[0], args.output, stdin, stdout, stderr))
    if args.output is None:
        stderr.write(
            "quoteattr: render: several files or a directory need -o DIR, "
            "the directory to write one page per file into\n"
        )
        return EXIT_BAD_INPUT
    directory = Path(args.output)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        stderr.write(f"quoteattr: {args.output}: cannot make the directory ({exc.strerror or exc})\n")
        return EXIT_BAD_INPUT
    written: dict[Path, str] = {}
    extractor = Extractor()
    for name in names:
        page = directory / (("stdin" if name == "-" else Path(name).stem) + ".html")
        if page in written:
            stderr.write(f"quoteattr: {name}: not rendered: {written[page]} was already written to {page}\n")
            status = EXIT_BAD_INPUT
            continue
        if _render_one(args, name, str(page), stdin, stdout, stderr, extractor) == 0:
            written[page] = name
        else:
            status = EXIT_BAD_INPUT
    return status


def _render_one(
    args: argparse.Namespace,
    name: str,
    output: str | None,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
    extractor: Extractor | None = None,
) -> int:
    try:
        text = _read_text(name, stdin, args.encoding)
    except _Failed as exc:
        stderr.write(f"quoteattr: {exc}\n")
        return EXIT_BAD_INPUT
    title = "standard input" if name == "-" else Path(name).name
    page = render_html(text, (extractor or Extractor()).extract(text), title=title)
    if output is None:
        stdout.write(page)
        return 0
    try:
        Path(output).write_text(page, encoding="utf-8")
    except OSError as exc:
        stderr.write(f"quoteattr: {output}: cannot write ({exc.strerror})\n")
        return EXIT_BAD_INPUT
    _log.info("wrote %s", output)
    return 0


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):  # content_parts: [[start, end], ...] as JSON
        return json.dumps(value)
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
