"""The evaluation's tables: a ``quoteattr.evaluate.Report`` as plain text, as Markdown (the tables of
docs/), and its details (every miss, false positive and wrong speaker) as lines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from quoteattr.evaluate import Report, Score

__all__ = ["format_details", "format_markdown", "format_table"]


def _fmt(value: float | None, width: int) -> str:
    return f"{'n/a':>{width}}" if value is None else f"{value:{width}.3f}"


def format_table(scores: Mapping[str, Score] | Report) -> str:
    """A plain-text table of the scores, one row per kind, and one per quote type when there are any.

    A rate with nothing to count (no gold statement, no prediction) prints ``n/a``.
    """
    report = scores if isinstance(scores, Report) else None
    kinds = scores.kinds if isinstance(scores, Report) else scores
    head = (
        f"{'kind':9}{'gold':>6}{'pred':>6}  {'len P':>6}{'len R':>6}{'len F1':>7}  {'str F1':>7}  "
        f"{'spk acc':>7}  {'e2e P':>6}{'e2e R':>6}{'e2e F1':>7}"
    )
    rows = [head, "-" * len(head)]
    for k, s in kinds.items():
        r = s.rates_or_none()
        rows.append(
            f"{k:9}{s.gold:6d}{s.pred:6d}  {_fmt(r['lenient_p'], 6)}{_fmt(r['lenient_r'], 6)}"
            f"{_fmt(r['lenient_f1'], 7)}  {_fmt(r['strict_f1'], 7)}  {_fmt(r['speaker_acc'], 7)}  "
            f"{_fmt(r['e2e_p'], 6)}{_fmt(r['e2e_r'], 6)}{_fmt(r['e2e_f1'], 7)}"
        )
    if report is not None and report.quote_types:
        head = f"{'quote type':11}{'gold':>6}  {'found R':>8}  {'spk acc':>8}  {'attributed R':>12}"
        rows += ["", head, "-" * len(head)]
        for name, s in {"all": report.kinds["all"], **report.quote_types}.items():
            r = s.rates_or_none()
            rows.append(
                f"{name:11}{s.gold:6d}  {_fmt(r['lenient_r'], 8)}  {_fmt(r['speaker_acc'], 8)}  {_fmt(r['e2e_r'], 12)}"
            )
    return "\n".join(rows)


def _md(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_markdown(report: Report) -> str:
    """The tables of ``format_table`` in Markdown, as docs/accuracy.md shows them."""
    rows = [
        "| kind | gold | pred | lenient P | lenient R | lenient F1 | strict F1 | speaker acc "
        "| e2e P | e2e R | e2e F1 |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for k, s in report.kinds.items():
        r = s.rates_or_none()
        cells = [k, str(s.gold), str(s.pred)] + [
            _md(r[m])
            for m in ("lenient_p", "lenient_r", "lenient_f1", "strict_f1", "speaker_acc", "e2e_p", "e2e_r", "e2e_f1")
        ]
        rows.append("| " + " | ".join(cells) + " |")
    if report.quote_types:
        rows += [
            "",
            "| quote type | gold | found (lenient R) | speaker right when found | attributed right (e2e R) |",
            "|---|---|---|---|---|",
        ]
        for name, s in {"all": report.kinds["all"], **report.quote_types}.items():
            r = s.rates_or_none()
            rows.append(f"| {name} | {s.gold} | {_md(r['lenient_r'])} | {_md(r['speaker_acc'])} | {_md(r['e2e_r'])} |")
    return "\n".join(rows)


def _side(label: str, st: Mapping[str, Any], note: Mapping[str, Any] | None) -> str:
    line = f"  {label}: {st.get('speaker')!r} = {st.get('speaker_entity')!r}"
    if note is not None and "character" in note:
        fits = note["fits"]
        if note["character"] is not None:
            line += f" -> character {note['character']!r}"
        elif fits:
            line += " -> no character (fits " + ", ".join(repr(f) for f in fits) + ")"
        else:
            line += " -> no character"
    content = st.get("content")
    shown = repr(" ".join(content.split())[:100]) if isinstance(content, str) else f"at {st['content_span']}"
    return f"{line} | {st.get('cue')!r} | {shown}"


def format_details(details: Iterable[Mapping[str, Any]]) -> str:
    """The *details* of ``score_documents`` as text: one block per miss, false positive or wrong speaker.

    Each side shows its speaker's mention and resolved name (``speaker_entity``);
    on a wrong speaker in a novel, also the character each side's name picks out.
    """
    blocks = []
    for item in details:
        lines = [f"[{item['type']}] {item['id']} dice={item['dice']:.2f}"]
        if item["gold"] is not None:
            lines.append(_side("gold", item["gold"], item.get("gold_speaker")))
        if item["pred"] is not None:
            lines.append(_side("pred", item["pred"], item.get("pred_speaker")))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
