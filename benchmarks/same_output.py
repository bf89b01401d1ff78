"""Whether a change left quoteattr's output as it was: a dump of every statement, compared.

The refactoring bar ("output byte-identical") made into a command. Each statement of
every document is written as its ``to_dict(text)`` (JSON, keys sorted) and its ``repr``,
one line each, for all of:

- the seed article and every golden case text of ``tests/golden``;
- every PolNeAR dev document (``../shared/data/polnear-dev.jsonl``);
- the first 3,000 documents of the news corpus (``../shared/data/corpus.jsonl``);
- the 13 novels of PDNC (``../shared/data/pdnc-dev.jsonl``).

Usage, from the repository root:

    python benchmarks/same_output.py dump before.txt     # on the old commit
    python benchmarks/same_output.py dump after.txt      # on the new one
    python benchmarks/same_output.py compare before.txt after.txt

A data file that is absent is named on standard error and left out of the dump, so
two dumps are comparable only when both machines had the same files; ``compare``
prints the first differing lines and exits 1 when the dumps differ.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pathlib
import sys
from collections.abc import Iterator

import quoteattr

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
CORPUS_DOCS = 3_000


def _jsonl(path: pathlib.Path, limit: int | None = None) -> Iterator[tuple[str, str]]:
    if not path.exists():
        print(f"absent, left out: {path}", file=sys.stderr)
        return
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            doc = json.loads(line)
            yield f"{path.name}:{doc['id']}", doc["text"]


def documents() -> Iterator[tuple[str, str]]:
    """(name, text) of every document the comparison covers, in a fixed order."""
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seed:{seed.name}", seed.read_text(encoding="utf-8")
    for golden in sorted((ROOT / "tests" / "golden").glob("*.json")):
        for case in json.loads(golden.read_text(encoding="utf-8")):
            yield f"golden:{case['id']}", case["text"]
    yield from _jsonl(DATA / "polnear-dev.jsonl")
    yield from _jsonl(DATA / "corpus.jsonl", CORPUS_DOCS)
    yield from _jsonl(DATA / "pdnc-dev.jsonl")


def dump(out: pathlib.Path) -> None:
    digest = hashlib.sha256()
    count = docs = 0
    with out.open("w", encoding="utf-8") as f:
        for name, text in documents():
            docs += 1
            f.write(f"# {name}\n")
            for s in quoteattr.extract(text):
                line = json.dumps(s.to_dict(text), sort_keys=True, ensure_ascii=False) + "\n" + repr(s) + "\n"
                f.write(line)
                digest.update(line.encode("utf-8"))
                count += 1
    print(f"{docs} documents, {count} statements, sha256 {digest.hexdigest()[:16]} -> {out}")


def compare(before: pathlib.Path, after: pathlib.Path) -> int:
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    if old == new:
        print(f"identical: {len(old)} lines")
        return 0
    shown = 0
    doc = ""
    for n, (a, b) in enumerate(zip(old, new, strict=False)):
        if a.startswith("# "):
            doc = a
        if a != b:
            print(f"line {n + 1} ({doc}):\n- {a[:300]}\n+ {b[:300]}")
            shown += 1
            if shown >= 5:
                break
    if len(old) != len(new):
        print(f"lengths differ: {len(old)} lines before, {len(new)} after")
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("dump").add_argument("out", type=pathlib.Path)
    cmp = sub.add_parser("compare")
    cmp.add_argument("before", type=pathlib.Path)
    cmp.add_argument("after", type=pathlib.Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
