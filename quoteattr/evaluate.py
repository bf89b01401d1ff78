"""Scoring statements against gold annotations, with metrics defined exactly.

The metrics, so that figures compare across tools:

- statements of one document are paired 1:1, greedily, by the highest token
  overlap of their content spans (``content_span``, the outer extent). Tokens
  are ``\\w+`` runs with their character ranges; overlap counts the gold tokens
  whose range intersects a predicted token's range (positional, not a bag of
  words); Dice = 2 * overlap / (|gold tokens| + |predicted tokens|);
- a *lenient* match is a pair with Dice >= 0.5; a *strict* match is a pair whose
  spans are equal once white space, quotation marks and ``. , ; : ! ? … - – —``
  are trimmed from both ends;
- per kind, recall counts the gold statements of that kind that matched and
  precision the predicted statements of that kind that matched;
- speaker accuracy, over lenient matches: the names (``speaker_entity``, else
  ``speaker``) agree when, lowercased and without titles and honorifics, they are
  equal or one contains the other's last token; a gold pronoun without an entity
  counts only if the predicted speaker span overlaps it; a gold statement with
  no speaker counts only if the prediction has none either;
- end to end: a true positive needs a lenient match and a speaker match.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

from quoteattr.lexicon import Lexicon

__all__ = [
    "Score",
    "dice",
    "evaluate",
    "evaluate_files",
    "format_table",
    "pair",
    "speakers_agree",
    "tokens",
    "trimmed",
]

KINDS = ("all", "direct", "indirect", "mixed")
_TOKEN = regex.compile(r"\w+")
_TRIM = (
    " \t\r\n\"'`.,;:!?\N{HORIZONTAL ELLIPSIS}-\N{EN DASH}\N{EM DASH}"
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}"
    "\N{RIGHT SINGLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)


def tokens(text: str, span: Sequence[int]) -> list[tuple[int, int]]:
    """The ``\\w+`` tokens of ``text[span[0]:span[1]]``, as document offsets.

    Example:
        >>> tokens("He said: it works.", (9, 17))
        [(9, 11), (12, 17)]
    """
    return [m.span() for m in _TOKEN.finditer(text, span[0], span[1])]


def _overlap(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> int:
    count = 0
    j = 0
    for gs, ge in gold:
        while j < len(pred) and pred[j][1] <= gs:
            j += 1
        if j < len(pred) and pred[j][0] < ge:
            count += 1
    return count


def dice(text: str, gold: Sequence[int], pred: Sequence[int]) -> float:
    """Token Dice of two content spans of *text*.

    Example:
        >>> dice("a b c d", (0, 5), (2, 7))
        0.6666666666666666
    """
    g, p = tokens(text, gold), tokens(text, pred)
    if not g and not p:
        return 1.0
    return 2 * _overlap(g, p) / (len(g) + len(p))


def trimmed(text: str, span: Sequence[int]) -> tuple[int, int]:
    """A span without the white space, quotation marks and punctuation at its ends (strict match)."""
    s, e = span[0], span[1]
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def pair(text: str, gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> list[tuple[int, int, float]]:
    """Greedy 1:1 pairs ``(gold index, pred index, dice)`` by highest overlap."""
    gtoks = [tokens(text, g["content_span"]) for g in gold]
    ptoks = [tokens(text, p["content_span"]) for p in pred]
    candidates = []
    for i, g in enumerate(gtoks):
        gs, ge = gold[i]["content_span"]
        for j, p in enumerate(ptoks):
            ps, pe = pred[j]["content_span"]
            if pe <= gs or ps >= ge:
                continue
            ov = _overlap(g, p)
            if ov:
                d = 2 * ov / (len(g) + len(p))
                candidates.append((ov, d, -i, -j))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _ov, d, ni, nj in candidates:
        i, j = -ni, -nj
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j, d))
    return pairs


def _name_words(name: str, lexicon: Lexicon) -> list[str]:
    words = [w.lower() for w in _TOKEN.findall(name)]
    drop = lexicon.titles | lexicon.honorific_index.keys() | {"the"}
    return [w for w in words if w not in drop] or words


def speakers_agree(text: str, gold: dict[str, Any], pred: dict[str, Any], lexicon: Lexicon | None = None) -> bool:
    """Whether a predicted statement names the gold statement's speaker (see module doc).

    Example:
        >>> speakers_agree("", {"speaker": "President Barack Obama", "speaker_entity": None},
        ...                {"speaker": "Obama", "speaker_entity": "Obama"})
        True
    """
    lexicon = lexicon or Lexicon.default()
    if gold.get("speaker") is None:
        return pred.get("speaker") is None
    if pred.get("speaker") is None:
        return False
    gname = gold.get("speaker_entity")
    if gname is None and gold["speaker"].lower() in lexicon.pronoun_index | lexicon.possessive_index.keys() | {
        "who",
        "which",
        "that",
    }:
        gs, ge = gold["speaker_span"]
        ps, pe = pred.get("speaker_span") or (0, 0)
        return bool(ps < ge and gs < pe)
    gname = gname or gold["speaker"]
    pname = pred.get("speaker_entity") or pred["speaker"]
    g, p = _name_words(gname, lexicon), _name_words(pname, lexicon)
    if not g or not p:
        return False
    return g == p or g[-1] in p or p[-1] in g


@attrs.frozen
class Score:
    """Counts for one kind; the rates are properties."""

    gold: int
    pred: int
    gold_lenient: int
    pred_lenient: int
    gold_strict: int
    pred_strict: int
    speaker_ok: int
    e2e: int

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def rates(self) -> dict[str, float]:
        """Precision, recall and F1 of each metric, and speaker accuracy."""
        out: dict[str, float] = {}
        for name, tp_p, tp_r in (
            ("lenient", self.pred_lenient, self.gold_lenient),
            ("strict", self.pred_strict, self.gold_strict),
            ("e2e", self.e2e, self.e2e),
        ):
            p = tp_p / self.pred if self.pred else 0.0
            r = tp_r / self.gold if self.gold else 0.0
            out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = p, r, self._f1(p, r)
        out["speaker_acc"] = self.speaker_ok / self.gold_lenient if self.gold_lenient else 0.0
        return out


def evaluate(
    gold_docs: Iterable[dict[str, Any]],
    pred_docs: Iterable[dict[str, Any]] | None = None,
    *,
    details: list[dict[str, Any]] | None = None,
) -> dict[str, Score]:
    """Score predicted documents against gold documents, per kind.

    Without *pred_docs*, quoteattr itself is run on each gold text. Documents are
    matched by ``id``; a gold document with no prediction counts as all missed.
    With a *details* list, every miss and false positive is appended to it.
    """
    from quoteattr.exchange import document
    from quoteattr.extractor import Extractor

    lexicon = Lexicon.default()
    preds: dict[str, dict[str, Any]] = {}
    gold_list = list(gold_docs)
    if pred_docs is None:
        extractor = Extractor()
        for g in gold_list:
            preds[g["id"]] = document(g["id"], g["text"], extractor.extract(g["text"]))
    else:
        preds = {d["id"]: d for d in pred_docs}
    counts = {k: [0] * 8 for k in KINDS}
    for g in gold_list:
        text = g["text"]
        gs = g.get("statements", [])
        ps = preds.get(g["id"], {}).get("statements", [])
        pairs = pair(text, gs, ps)
        matched_g: dict[int, tuple[int, float]] = {i: (j, d) for i, j, d in pairs}
        matched_p: dict[int, tuple[int, float]] = {j: (i, d) for i, j, d in pairs}
        for i, st in enumerate(gs):
            for k in ("all", st["kind"]):
                counts[k][0] += 1
            j, d = matched_g.get(i, (-1, 0.0))
            lenient = d >= 0.5
            strict = j >= 0 and trimmed(text, st["content_span"]) == trimmed(text, ps[j]["content_span"])
            spk = lenient and speakers_agree(text, st, ps[j], lexicon)
            for k in ("all", st["kind"]):
                counts[k][2] += lenient
                counts[k][4] += strict
                counts[k][6] += spk
                counts[k][7] += spk
            if details is not None and not lenient:
                details.append(
                    {"id": g["id"], "type": "miss", "gold": st, "pred": ps[j] if j >= 0 else None, "dice": d}
                )
            elif details is not None and not spk:
                details.append({"id": g["id"], "type": "speaker", "gold": st, "pred": ps[j], "dice": d})
        for j, st in enumerate(ps):
            for k in ("all", st["kind"]):
                counts[k][1] += 1
            i, d = matched_p.get(j, (-1, 0.0))
            lenient = d >= 0.5
            strict = i >= 0 and trimmed(text, gs[i]["content_span"]) == trimmed(text, st["content_span"])
            for k in ("all", st["kind"]):
                counts[k][3] += lenient
                counts[k][5] += strict
            if details is not None and not lenient:
                details.append(
                    {"id": g["id"], "type": "false_positive", "gold": gs[i] if i >= 0 else None, "pred": st, "dice": d}
                )
    out = {}
    for k, c in counts.items():
        # end-to-end precision uses the same true positives as recall (pairs are 1:1)
        out[k] = Score(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7])
    return out


def evaluate_files(
    gold: str | Path, pred: str | Path | None = None, *, details: list[dict[str, Any]] | None = None
) -> dict[str, Score]:
    """``evaluate`` over JSONL files in the exchange format."""

    def load(path: str | Path) -> list[dict[str, Any]]:
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]

    return evaluate(load(gold), load(pred) if pred else None, details=details)


def format_table(scores: dict[str, Score]) -> str:
    """A plain-text table of the scores, one row per kind."""
    head = (
        f"{'kind':9}{'gold':>6}{'pred':>6}  {'len P':>6}{'len R':>6}{'len F1':>7}  {'str F1':>7}  "
        f"{'spk acc':>7}  {'e2e P':>6}{'e2e R':>6}{'e2e F1':>7}"
    )
    rows = [head, "-" * len(head)]
    for k, s in scores.items():
        r = s.rates()
        rows.append(
            f"{k:9}{s.gold:6d}{s.pred:6d}  {r['lenient_p']:6.3f}{r['lenient_r']:6.3f}{r['lenient_f1']:7.3f}  "
            f"{r['strict_f1']:7.3f}  {r['speaker_acc']:7.3f}  {r['e2e_p']:6.3f}{r['e2e_r']:6.3f}{r['e2e_f1']:7.3f}"
        )
    return "\n".join(rows)
