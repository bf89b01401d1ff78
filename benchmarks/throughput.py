"""How fast quoteattr reads a corpus, how that scales, and how much memory it takes.

    python benchmarks/throughput.py                       # the shared corpus, everything
    python benchmarks/throughput.py --corpus my.jsonl     # any {"id", "text"} JSONL file
    python benchmarks/throughput.py --limit 2000 --skip linearity
    python benchmarks/throughput.py --novels              # the PDNC novels against as much news

Prints, for ``quoteattr.extract`` in one process over the corpus (a JSONL file
of ``{"id", "text"}`` lines; by default ``../shared/data/corpus.jsonl`` beside
the repository, else the seed article and the golden texts):

- throughput, in characters and documents per second;
- the floor: one pass of the scan (cue words, quotation marks, sentence ends,
  line breaks) over the same texts, which is all the regex work the pipeline
  cannot avoid, and the ratio extract / floor;
- linearity: the time per character on the corpus, on its first half, on every
  second document (half the size, the same mix of sources), on the corpus twice
  over and on every document doubled in length, as differences;
- parallel: ``extract_many`` on 1 and more processes, with the speed-up, and the
  speed-up the machine itself gives a pure-Python loop (its ceiling);
- memory: the peak resident set size of ``quoteattr extract --input-format
  jsonl`` over the first half of the corpus, all of it, and all of it twice.

With ``--novels`` it measures stories instead (issue 12's bars: novels run at least
as fast per character as news, and in time linear in their length): each novel of
``../shared/data/pdnc-dev.jsonl`` (or ``--pdnc FILE``; ``--limit`` counts novels),
the news corpus cut to as many characters as the novels hold, and each novel
doubled (its text twice, a blank line between).

Figures, not assertions: run it on a quiet machine and read them. Each timed
run also says how many cores other processes kept busy meanwhile (from
/proc/stat): a figure taken while they did is not this code's alone.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TypeVar

import quoteattr
from quoteattr.exchange import parse_jsonl
from quoteattr.lexicon import Lexicon
from quoteattr.patterns import compile_patterns

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpus.jsonl"
DEFAULT_NOVELS = ROOT.parent / "shared" / "data" / "pdnc-dev.jsonl"
SECTIONS = ("throughput", "linearity", "parallel", "memory")
T = TypeVar("T")


def load_corpus(path: Path | None, limit: int | None) -> tuple[str, list[tuple[str, str]]]:
    """(a description, the documents) of the corpus to measure."""
    if path is None and DEFAULT_CORPUS.is_file():
        path = DEFAULT_CORPUS
    if path is not None:
        with open(path, "rb") as fh:
            docs = [
                (d["id"], d["text"]) for d in itertools.islice(parse_jsonl(fh, str(path)), limit) if isinstance(d, dict)
            ]
        return str(path), docs
    docs = [("seed", (ROOT / "seeds" / "xinhua-2021-07-16-china-belarus.txt").read_text(encoding="utf-8"))]
    for golden in sorted((ROOT / "tests" / "golden").glob("*.json")):
        docs += [(case["id"], case["text"]) for case in json.loads(golden.read_text(encoding="utf-8"))]
    note = f"the seed article and the golden texts ({DEFAULT_CORPUS} is absent)"
    return note, docs[:limit]


OTHERS: list[float] = []
"""How many cores other processes kept busy during each timed run (Linux), for the report."""
CPU: list[float] = []
"""The CPU seconds of this process and its reaped children in each timed run."""


def _busy_seconds() -> float | None:
    """CPU seconds the whole machine has spent busy (Linux /proc/stat), or None elsewhere."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = [int(x) for x in fh.readline().split()[1:8]]
    except (OSError, ValueError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq = fields
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def _own_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The shortest wall-clock time of *repeat* runs, in seconds."""
    return timed(repeat, run)[0]


def timed(repeat: int, run: Callable[[], T]) -> tuple[float, T]:
    """(the shortest wall-clock time of *repeat* runs in seconds, what the last run returned).

    Also notes in ``OTHERS`` how many cores other processes kept busy meanwhile: on a
    shared machine, a figure measured while they did is not this code's alone.
    """
    runs = []
    for _ in range(max(1, repeat)):
        busy, own = _busy_seconds(), _own_seconds()
        start = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - start
        after, cpu = _busy_seconds(), _own_seconds() - own
        others = None if busy is None or after is None else max(0.0, (after - busy) - cpu) / elapsed
        runs.append((elapsed, others, cpu))
    elapsed, others, cpu = min(runs, key=lambda r: r[0])
    CPU.append(cpu)
    if others is not None:
        OTHERS.append(others)  # during the run kept
    return elapsed, result


def _others() -> str:
    return f"  (other processes: {OTHERS[-1]:.2f} cores)" if OTHERS else ""


def extract_all(texts: Sequence[str], failures: list[int] | None = None) -> int:
    """``extract`` over every text: how many statements; the index of a text that raises goes to *failures*."""
    extract = quoteattr.Extractor().extract
    count = 0
    for i, text in enumerate(texts):
        try:
            count += len(extract(text))
        except Exception:
            if failures is None:
                raise
            failures.append(i)
    return count


def scan_all(texts: Sequence[str]) -> None:
    """The floor: the pipeline's one scan, over every text."""
    finditer = compile_patterns(Lexicon.default()).scan.finditer
    for text in texts:
        for _ in finditer(text):
            pass


def per_mchar(seconds: float, texts: Sequence[str]) -> float:
    """Seconds per million characters."""
    return seconds / max(1, sum(map(len, texts))) * 1e6


def _pct(value: float, base: float) -> str:
    return f"{(value / base - 1) * 100:+.1f} %"


def throughput(texts: list[str], ids: list[str], repeat: int) -> tuple[float, list[int]]:
    chars = sum(map(len, texts))
    failures: list[int] = []
    seconds, count = timed(repeat, functools.partial(extract_all, texts, failures))
    others = _others()
    failed = sorted(set(failures))
    floor = best_of(repeat, functools.partial(scan_all, texts))
    print("== throughput: extract in one process")
    print(f"  {len(texts):,} documents, {chars:,} characters, best of {repeat}")
    print(
        f"  extract        {seconds:9.2f} s  {chars / seconds:12,.0f} chars/s  {len(texts) / seconds:9,.0f} docs/s"
        + others
    )
    print(f"  floor (scan)   {floor:9.2f} s  {chars / floor:12,.0f} chars/s{_others()}")
    print(f"  extract / floor  {seconds / floor:.2f}")
    print(f"  {count:,} statements")
    if failed:
        shown = ", ".join(ids[i] for i in failed[:5])
        print(f"  ! extract raised on {len(failed)} document(s), left out of the runs below: {shown}")
    return seconds, failed


def linearity(texts: list[str], repeat: int, whole: float | None) -> None:
    half = texts[: len(texts) // 2]
    cases = {
        "the corpus": texts,
        "its first half": half,
        "every second document": texts[::2],  # half the size, the same mix of sources
        "the corpus twice": texts + texts,
        "each document doubled": [f"{t}\n\n{t}" for t in texts],
    }
    print("== linearity: time per character")
    base = None
    for name, case in cases.items():
        if name == "the corpus" and whole is not None:
            seconds = whole  # measured already
        else:
            seconds = best_of(repeat, functools.partial(extract_all, case, []))
        rate = per_mchar(seconds, case)
        base = base or rate
        diff = "" if name == "the corpus" else f"  {_pct(rate, base)}"
        print(
            f"  {name:22} {sum(map(len, case)):12,} chars {seconds:8.2f} s {rate:7.3f} s per M chars{diff}{_others()}"
        )


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def machine_ceiling(processes: int) -> float:
    """How much faster *processes* pure-Python loops finish than one: the machine's own parallel speed-up."""
    n = 8_000_000
    one = best_of(2, functools.partial(_burn, n))
    with multiprocessing.Pool(processes) as pool:
        many = best_of(2, functools.partial(pool.map, _burn, [n] * processes))
    return one * processes / many


def _drain(texts: list[str], processes: int) -> int:
    return sum(len(found) for found in quoteattr.extract_many(texts, processes=processes))


def parallel(texts: list[str], counts: list[int], repeat: int) -> None:
    chars = sum(map(len, texts))
    print("== parallel: extract_many (CPU: seconds of this process and its workers together)")
    base = None
    for processes in counts:
        seconds = best_of(repeat, functools.partial(_drain, texts, processes))
        base = base or seconds
        print(
            f"  processes={processes:<3} {seconds:8.2f} s  {chars / seconds:12,.0f} chars/s"
            f"  speed-up {base / seconds:.2f}x  CPU {CPU[-1]:6.2f} s{_others()}"
        )
    for processes in counts[1:]:
        ceiling = machine_ceiling(processes)
        print(f"  machine ceiling: {processes} pure-Python loops run {ceiling:.2f}x as fast as one")


def _feed(stream: IO[bytes], lines: list[bytes]) -> None:
    try:
        for line in lines:
            stream.write(line)
    finally:
        stream.close()


# Run in the measured process: its own peak RSS (VmHWM, which starts afresh at exec; ru_maxrss
# would count the benchmark's memory that the child shared between fork and exec) and the
# largest of its worker processes, reported on stderr at exit.
_PEAK = """
import atexit, resource, runpy, sys
def _peak():
    try:
        with open("/proc/self/status") as fh:
            own = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stderr.write(f"PEAK {own} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n")
atexit.register(_peak)
if len(sys.argv) > 1:
    sys.argv = ["quoteattr", *sys.argv[1:]]
    runpy.run_module("quoteattr", run_name="__main__", alter_sys=True)
else:
    import quoteattr
"""


def peak_rss(argv: list[str], lines: list[bytes]) -> tuple[float, float, float]:
    """(seconds, peak RSS of the process in MB, of its largest worker in MB) of ``python -m quoteattr ARGV``
    with these lines on stdin; no ARGV: of ``import quoteattr``."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", _PEAK, *argv], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert proc.stdin is not None
    assert proc.stderr is not None
    feeder = threading.Thread(target=_feed, args=(proc.stdin, lines))
    feeder.start()
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.wait()
    feeder.join()
    seconds = time.perf_counter() - start
    peaks = [line.split() for line in err.splitlines() if line.startswith("PEAK ")]
    if proc.returncode not in (0, 2) or not peaks:
        msg = f"{argv}: exit status {proc.returncode}\n{err}"
        raise RuntimeError(msg)
    own, workers = (int(x) / 1024 for x in peaks[-1][1:])
    return seconds, own, workers


def memory(lines: list[bytes], counts: list[int]) -> None:
    print("== memory: peak RSS of `quoteattr extract --input-format jsonl -` (the corpus on stdin)")
    _, base, _ = peak_rss([], [])
    print(f"  python -c 'import quoteattr'            peak {base:7.1f} MB")
    half = lines[: len(lines) // 2]
    for processes in counts:
        for name, part in (("first half", half), ("whole corpus", lines), ("corpus twice", lines + lines)):
            size = sum(map(len, part)) / 1e6
            argv = ["extract", "--input-format", "jsonl", "--processes", str(processes), "-"]
            seconds, own, workers = peak_rss(argv, part)
            each = f", each worker {workers:7.1f} MB" if processes > 1 else ""
            print(f"  processes={processes:<2} {name:13} {size:7.1f} MB in {seconds:7.2f} s  peak {own:7.1f} MB{each}")


def _cut(texts: list[str], chars: int) -> list[str]:
    """The first of *texts* that hold *chars* characters (all of them when they hold fewer)."""
    out: list[str] = []
    total = 0
    for text in texts:
        if total >= chars:
            break
        out.append(text)
        total += len(text)
    return out


def cpu_best(repeat: int, run: Callable[[], object]) -> float:
    """The fewest CPU seconds of this process in *repeat* runs: on a shared machine, steadier than wall time."""
    runs = []
    for _ in range(max(1, repeat)):
        start = time.process_time()
        run()
        runs.append(time.process_time() - start)
    return min(runs)


def novels(novel_texts: list[str], news: list[str], repeat: int) -> None:
    """Novels against news, characters per CPU second, and each novel doubled (linearity)."""
    chars = sum(map(len, novel_texts))
    news = _cut(news, chars)
    print(f"== novels: extract in one process, against news of the same size (CPU seconds, best of {repeat})")
    news_s = cpu_best(repeat, functools.partial(extract_all, news))
    news_rate = sum(map(len, news)) / news_s
    print(
        f"  news    {len(news):6,} documents {sum(map(len, news)):11,} chars {news_s:7.2f} s {news_rate:11,.0f} chars/s"
    )
    print(f"  {'novel':>6} {'chars':>11} {'s':>7} {'chars/s':>11} {'vs news':>8} {'doubled s':>10} {'per char':>9}")
    total_s = total_doubled = 0.0
    for n, text in enumerate(novel_texts, start=1):
        seconds = cpu_best(repeat, functools.partial(extract_all, [text]))
        doubled = cpu_best(repeat, functools.partial(extract_all, [f"{text}\n\n{text}"]))
        total_s += seconds
        total_doubled += doubled
        rate = len(text) / seconds
        print(
            f"  {n:6} {len(text):11,} {seconds:7.2f} {rate:11,.0f} {rate / news_rate:7.2f}x {doubled:10.2f}"
            f" {_pct(doubled / 2, seconds):>9}"
        )
    rate = chars / total_s
    print(
        f"  {'all':>6} {chars:11,} {total_s:7.2f} {rate:11,.0f} {rate / news_rate:7.2f}x {total_doubled:10.2f}"
        f" {_pct(total_doubled / 2, total_s):>9}"
    )
    print("  (vs news: the novel's chars/s over news's, 1 or more meets the bar; per char: the time per")
    print("  character of the doubled novel against the novel's, near +0 % is linear)")


def _read_texts(path: Path, limit: int | None) -> list[str]:
    with open(path, "rb") as fh:
        return [d["text"] for d in itertools.islice(parse_jsonl(fh, str(path)), limit) if isinstance(d, dict)]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; prints figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help=f"a JSONL corpus (default: {DEFAULT_CORPUS} when present)")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--repeat", type=int, default=1, help="time each run N times and keep the best")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="process counts for extract_many")
    parser.add_argument("--skip", choices=SECTIONS, nargs="+", default=[], help="sections to leave out")
    parser.add_argument("--novels", action="store_true", help="measure the PDNC novels against news, and only that")
    parser.add_argument(
        "--pdnc", type=Path, default=DEFAULT_NOVELS, help=f"novels for --novels (default: {DEFAULT_NOVELS})"
    )
    args = parser.parse_args(argv)
    if args.corpus is not None and not args.corpus.is_file():
        parser.error(f"no corpus at {args.corpus}")
    if args.novels:
        if not args.pdnc.is_file():
            parser.error(f"no novels at {args.pdnc}: give a JSONL file of {{'id', 'text'}} with --pdnc")
        source, docs = load_corpus(args.corpus, None)
        print(f"novels: {args.pdnc}; news: {source}")
        print(f"python {sys.version.split()[0]}, quoteattr {quoteattr.__version__}, {os.cpu_count()} cores")
        novels(_read_texts(args.pdnc, args.limit), [text for _, text in docs], args.repeat)
        return 0
    source, docs = load_corpus(args.corpus, args.limit)
    print(f"corpus: {source}")
    print(f"python {sys.version.split()[0]}, quoteattr {quoteattr.__version__}, {os.cpu_count()} cores")
    ids = [doc_id for doc_id, _ in docs]
    texts = [text for _, text in docs]
    whole = None
    if "throughput" not in args.skip:
        whole, failed = throughput(texts, ids, args.repeat)
        if failed:
            whole = None  # the runs below are on fewer documents
            left_out = set(failed)
            texts = [t for i, t in enumerate(texts) if i not in left_out]
            docs = [d for i, d in enumerate(docs) if i not in left_out]
    if "linearity" not in args.skip:
        linearity(texts, args.repeat, whole)
    if "parallel" not in args.skip:
        parallel(texts, args.processes, args.repeat)
    if "memory" not in args.skip:
        lines = [(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n").encode() for i, t in docs]
        memory(lines, args.processes[:1] + args.processes[-1:] if len(args.processes) > 1 else args.processes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
