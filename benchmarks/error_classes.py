"""Sort quoteattr's errors on an annotated corpus into classes, and count them.

    python benchmarks/error_classes.py [--markdown] [GOLD.jsonl]

GOLD defaults to ../shared/data/polnear-dev.jsonl (read in place, never copied).
Each missed gold statement, each wrong speaker, each match whose ends differ
and each false positive goes to one class; the classes are those of
docs/accuracy.md, and the errors are those of ``quoteattr evaluate --details``
(the same pairing and the same counts). The script prints the counts, largest
first (``--markdown``: as the table of docs/accuracy.md), and never the
corpus's text.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import Any

from quoteattr.evaluate import read_documents, score_documents
from quoteattr.lexicon import Lexicon

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear-dev.jsonl"

SPEAKER = "speaker: content found, speaker wrong"
STRICT = "strict: content found, its ends differ"
BOUNDARY = "boundary: content found, extent too different (Dice < 0.5)"
NO_SOURCE = "no source: passive, impression or question not found"
LEXICON = "lexicon: cue outside the tables (actions, stances, nouns, prepositions)"
DIRECT = "direct: quotation not attributed"
BEFORE = "structure: cue known, content before it not recognised"
AFTER = "structure: cue known, speaker or content after it not recognised"
OVERLAPS = "false positive: overlaps a gold statement (nesting, split)"
NOWHERE = "false positive: no attribution there"


def _head(cue: str, lexicon: Lexicon) -> str:
    words = cue.lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").split()
    for word in words:
        if word not in lexicon.auxiliaries and not word.endswith(("ly", "n't")):
            return word
    return words[0] if words else ""


def _miss(gold: dict[str, Any], paired: bool, lexicon: Lexicon) -> str:
    if paired:
        return BOUNDARY
    if gold.get("speaker") is None:
        return NO_SOURCE
    if gold.get("cue") and lexicon.cue(_head(gold["cue"], lexicon)) is None and "according" not in gold["cue"]:
        return LEXICON
    if gold["kind"] == "direct":
        return DIRECT
    if gold.get("cue_span") and gold["content_span"][0] < gold["cue_span"][0]:
        return BEFORE
    return AFTER


def classify(path: Path) -> collections.Counter[str]:
    """Count the error classes of quoteattr on the gold documents at *path*."""
    lexicon = Lexicon.default()
    gold_docs = read_documents(path)
    details: list[dict[str, Any]] = []
    report = score_documents(gold_docs, details=details, lexicon=lexicon)
    golds = {doc["id"]: doc["statements"] for doc in gold_docs}
    counts: collections.Counter[str] = collections.Counter()
    every = report.kinds["all"]
    counts[STRICT] = every.gold_lenient - every.gold_strict  # a strict match is always a lenient one
    for item in details:
        if item["type"] == "speaker":
            counts[SPEAKER] += 1
        elif item["type"] == "miss":
            counts[_miss(item["gold"], item["pred"] is not None, lexicon)] += 1
        else:
            ps, pe = item["pred"]["content_span"]
            overlaps = any(g["content_span"][0] < pe and ps < g["content_span"][1] for g in golds[item["id"]])
            counts[OVERLAPS if overlaps else NOWHERE] += 1
    return counts


def markdown(counts: collections.Counter[str]) -> str:
    """The counts as the Markdown table of docs/accuracy.md."""
    rows = ["| class | count |", "|---|---|"]
    rows += [f"| {name} | {count:,} |" for name, count in counts.most_common()]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--markdown", action="store_true", help="print the table of docs/accuracy.md")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"no gold corpus at {args.gold}: pass one, or put PolNeAR's dev split in ../shared/data/")
        return 2
    counts = classify(args.gold)
    if args.markdown:
        print(markdown(counts))
        return 0
    width = max(len(k) for k in counts)
    for name, count in counts.most_common():
        print(f"{name:{width}}  {count:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
