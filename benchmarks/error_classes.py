"""Sort quoteattr's errors on an annotated corpus into classes, and count them.

    python benchmarks/error_classes.py [GOLD.jsonl]

GOLD defaults to ../shared/data/polnear-dev.jsonl (read in place, never copied).
Each missed gold statement and each false positive goes to one class; the
classes are those of docs/accuracy.md. The script prints the counts, largest
first, and never the corpus's text.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import quoteattr
from quoteattr.evaluate import pair, speakers_agree, trimmed
from quoteattr.exchange import document
from quoteattr.lexicon import Lexicon

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear-dev.jsonl"


def _head(cue: str, lexicon: Lexicon) -> str:
    words = cue.lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").split()
    for word in words:
        if word not in lexicon.auxiliaries and not word.endswith(("ly", "n't")):
            return word
    return words[0] if words else ""


def classify(path: Path) -> collections.Counter[str]:
    """Count the error classes of quoteattr on the gold documents at *path*."""
    lexicon = Lexicon.default()
    counts: collections.Counter[str] = collections.Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            text, gold = doc["text"], doc["statements"]
            pred = document(doc["id"], text, quoteattr.extract(text))["statements"]
            pairs = {i: (j, d) for i, j, d in pair(text, gold, pred)}
            matched_pred = {j for i, (j, d) in pairs.items() if d >= 0.5}
            for i, g in enumerate(gold):
                j, d = pairs.get(i, (-1, 0.0))
                if d >= 0.5:
                    if not speakers_agree(text, g, pred[j], lexicon):
                        counts["speaker: content found, speaker wrong"] += 1
                    if trimmed(text, g["content_span"]) != trimmed(text, pred[j]["content_span"]):
                        counts["strict: content found, its ends differ"] += 1
                    continue
                if j >= 0:
                    counts["boundary: content found, extent too different (Dice < 0.5)"] += 1
                elif g.get("speaker") is None:
                    counts["no source: passive, impression or question not found"] += 1
                elif g.get("cue") and lexicon.cue(_head(g["cue"], lexicon)) is None and "according" not in g["cue"]:
                    counts["lexicon: cue outside the tables (actions, stances, nouns, prepositions)"] += 1
                elif g["kind"] == "direct":
                    counts["direct: quotation not attributed"] += 1
                elif g["cue_span"] and g["content_span"][0] < g["cue_span"][0]:
                    counts["structure: cue known, content before it not recognised"] += 1
                else:
                    counts["structure: cue known, speaker or content after it not recognised"] += 1
            for j, p in enumerate(pred):
                if j in matched_pred:
                    continue
                overlaps = any(
                    g["content_span"][0] < p["content_span"][1] and p["content_span"][0] < g["content_span"][1]
                    for g in gold
                )
                if overlaps:
                    counts["false positive: overlaps a gold statement (nesting, split)"] += 1
                else:
                    counts["false positive: no attribution there"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"no gold corpus at {args.gold}: pass one, or put PolNeAR's dev split in ../shared/data/")
        return 2
    counts = classify(args.gold)
    width = max(len(k) for k in counts)
    for name, count in counts.most_common():
        print(f"{name:{width}}  {count:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
