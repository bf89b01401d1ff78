"""CPU seconds per MB of ``quoteattr.extract`` on hostile inputs, against ordinary news text.

    python benchmarks/pathological.py                  # 1 MB inputs
    python benchmarks/pathological.py --limit 20000    # 20,000-character inputs (a smoke run)
    python benchmarks/pathological.py --only dialogue  # news and the inputs whose name holds "dialogue"

Every input is built here (only "ordinary news text", "one long paragraph" and
the joined document are cut from the shared corpus, ``../shared/data/corpus.jsonl``
beside the repository, or from the seed article and golden texts when it is
absent). Each runs in a child process with a time limit, so a quadratic case shows up as a
time-out instead of hanging the run. Times are CPU seconds of the child
(``time.process_time``), so a busy machine disturbs them less than wall time.
The last column is the ratio to ordinary news text: near 1 means the input
costs what news costs, per character; the bar is 3.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path

import quoteattr

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpus.jsonl"
MB = 1_000_000


def _news(size: int) -> list[str]:
    """Ordinary news articles, about *size* characters in all."""
    docs: list[str] = []
    total = 0
    if DEFAULT_CORPUS.is_file():
        with open(DEFAULT_CORPUS, encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                docs.append(text)
                total += len(text)
                if total >= size:
                    return docs
    seed = (ROOT / "seeds" / "xinhua-2021-07-16-china-belarus.txt").read_text(encoding="utf-8")
    golden = [
        case["text"]
        for path in sorted((ROOT / "tests" / "golden").glob("*.json"))
        for case in json.loads(path.read_text(encoding="utf-8"))
    ]
    while total < size:
        for text in [seed, *golden]:
            docs.append(text)
            total += len(text)
            if total >= size:
                break
    return docs


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _one_paragraph(size: int) -> list[str]:
    text = " ".join(" ".join(doc.split()) for doc in _news(size))
    return [text[:size]]


def _one_document(size: int) -> list[str]:
    return ["\n\n".join(_news(size))]


# a story's dialogue (issue 12): invented lines, repeated
_BARE_DIALOGUE = (
    "\N{LEFT DOUBLE QUOTATION MARK}Where were you?\N{RIGHT DOUBLE QUOTATION MARK} asked Jane Doe.\n\n"
    "\N{LEFT DOUBLE QUOTATION MARK}Out,\N{RIGHT DOUBLE QUOTATION MARK} said Tomas Lind.\n\n"
)
_BARE_TURNS = (
    "\N{LEFT DOUBLE QUOTATION MARK}Out where?\N{RIGHT DOUBLE QUOTATION MARK}\n\n"
    "\N{LEFT DOUBLE QUOTATION MARK}Nowhere in particular.\N{RIGHT DOUBLE QUOTATION MARK}\n\n"
)
_WRAPPED_DIALOGUE = (
    '"You are late again," said Jane Doe, looking up at the clock above the\n'
    'door. "The others went home an hour ago, and the stove is cold."\n\n'
    '"The road was flooded all the way from the village," said Tomas\n'
    'Lind, shaking the rain from his coat. "I had to walk the last two\n'
    'miles of it."\n\n'
    '"Then sit down by the window," she said, "and tell me what you saw\n'
    'on the way."\n\n'
    "He sat down. For a while he said nothing at all, and she waited,\n"
    "turning the pages of the ledger without reading them.\n\n"
)


def cases(scale: float) -> dict[str, Callable[[], list[str]]]:
    """Each input by name, as documents; *scale* 1 is 1 MB (and the counts the issue names)."""
    size = max(1, int(MB * scale))

    def count(n: int) -> int:
        return max(1, int(n * scale))

    return {
        "ordinary news text": lambda: _news(size),
        "1 MB of unbalanced quote marks": lambda: [_fill("\N{LEFT DOUBLE QUOTATION MARK}He said ", size)],
        "100,000 alternating quote marks “”": lambda: [
            "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}" * count(50_000)
        ],
        '100,000 straight quote marks "': lambda: ['"' * count(100_000)],
        "1 MB with no punctuation": lambda: [_fill("word ", size)],
        "1 MB of capitalised words": lambda: [_fill("Name ", size)],
        "one 1 MB paragraph of news": lambda: _one_paragraph(size),
        "10,000 nested quotes": lambda: [
            "\N{LEFT DOUBLE QUOTATION MARK}he said \N{LEFT SINGLE QUOTATION MARK}" * count(5_000)
            + "\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}" * count(5_000)
        ],
        '50,000 repetitions of "said"': lambda: [_fill("said ", 5 * count(50_000))],
        # runs of attributions and quotations (issue 5)
        '"Doe said — " repeated': lambda: [_fill("Doe said \N{EM DASH} ", size)],
        '"Officials said “yes” and “no” then, " repeated': lambda: [
            _fill(
                "Officials said \N{LEFT DOUBLE QUOTATION MARK}yes\N{RIGHT DOUBLE QUOTATION MARK} and "
                "\N{LEFT DOUBLE QUOTATION MARK}no\N{RIGHT DOUBLE QUOTATION MARK} then, ",
                size,
            )
        ],
        '"Jane — Doe said — " repeated': lambda: [_fill("Jane \N{EM DASH} Doe said \N{EM DASH} ", size)],
        '"he said, " repeated': lambda: [_fill("he said, ", size)],
        '"the plan was criticized by " repeated': lambda: [_fill("the plan was criticized by ", size)],
        '"Jane Doe said. " × 50,000': lambda: ["Jane Doe said. " * count(50_000)],
        '"“Yes,” he said. " × 50,000': lambda: [
            "\N{LEFT DOUBLE QUOTATION MARK}Yes,\N{RIGHT DOUBLE QUOTATION MARK} he said. " * count(50_000)
        ],
        '"Jane Doe: the plan failed…" lines': lambda: [_fill("Jane Doe: the plan failed and we know why\n", size)],
        "an attribution, then quoted paragraphs": lambda: [
            "\N{LEFT DOUBLE QUOTATION MARK}A,\N{RIGHT DOUBLE QUOTATION MARK} she said.\n\n"
            + _fill("\N{LEFT DOUBLE QUOTATION MARK}B.\N{RIGHT DOUBLE QUOTATION MARK}\n\n", size)
        ],
        '"Mr. Doe said … She said …" repeated': lambda: [
            _fill("Mr. Doe said the plan failed. She said the plan failed. ", size)
        ],
        '"… Anna Berg said … The minister said …"': lambda: [
            _fill("Foreign Minister Anna Berg said the plan failed. The minister said the plan failed. ", size)
        ],
        "1 MB of news joined into one document": lambda: _one_document(size),
        # a story's dialogue (issue 12): one run of bare turns, a hard-wrapped story, a line per word
        "1 MB of bare alternating dialogue paragraphs": lambda: [_BARE_DIALOGUE + _fill(_BARE_TURNS, size)],
        "1 MB of hard-wrapped dialogue with speech tags": lambda: [_fill(_WRAPPED_DIALOGUE, size)],
        '1 MB of "word\\n"': lambda: [_fill("word\n", size)],
        "4 MB of news joined into one document": lambda: _one_document(4 * size),
    }


def _measure(name: str, scale: float, conn: Connection) -> None:
    docs = cases(scale)[name]()
    extract = quoteattr.Extractor().extract
    start = time.process_time()
    found = sum(len(extract(doc)) for doc in docs)
    conn.send((time.process_time() - start, sum(map(len, docs)), found))
    conn.close()


def measure(name: str, scale: float, timeout: float) -> tuple[float, int, int] | None:
    """(CPU seconds, characters, statements) for one input, or None when it ran past *timeout*."""
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(target=_measure, args=(name, scale, send))
    child.start()
    send.close()
    if not receive.poll(timeout):
        child.kill()
        child.join()
        return None
    result: tuple[float, int, int] = receive.recv()
    child.join()
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; prints figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=MB, help="characters per input (default: 1 MB)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds an input may take (default: 300)")
    parser.add_argument(
        "--only", nargs="+", default=[], metavar="WORD", help="only the inputs whose name holds one of these words"
    )
    args = parser.parse_args(argv)
    scale = min(args.limit, MB) / MB
    print(
        f"inputs of {int(MB * scale):,} characters; corpus: {DEFAULT_CORPUS if DEFAULT_CORPUS.is_file() else 'absent'}"
    )
    names = [
        name
        for name in cases(scale)
        if name == "ordinary news text" or not args.only or any(w.lower() in name.lower() for w in args.only)
    ]
    width = max(map(len, names))
    print(f"{'input':{width}} {'chars':>11} {'CPU s':>8} {'s per MB':>9} {'statements':>10}  vs news")
    base = None
    for name in names:
        result = measure(name, scale, args.timeout)
        if result is None:
            print(f"{name:{width}} {'':>11} {'>' + str(args.timeout):>8}  timed out")
            continue
        seconds, chars, found = result
        per_mb = seconds / chars * MB
        base = base or per_mb
        print(f"{name:{width}} {chars:11,} {seconds:8.2f} {per_mb:9.2f} {found:10,}  {per_mb / base:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
