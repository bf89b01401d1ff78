"""Attribution: the rules' statements become ``Statement`` objects, their speakers resolved.

Two steps. Only the outermost attribution is reported: a statement whose cue
lies inside another's content is dropped (unless that content is a weak
rule's, a sourceless impression). Then each speaker mention goes to
``coref.resolve_mentions`` for its full name, and every ``Speaker`` and
``Statement`` is built once.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quoteattr._model import MentionForm, Span, Speaker, Statement
from quoteattr.attribution import coref
from quoteattr.lexicon import Lexicon
from quoteattr.rules.state import Raw
from quoteattr.segment import WordIndex

__all__ = ["statements"]


class _Covered:
    """The content parts kept so far, asked whether a position lies inside one.

    Every part that may be added is known in advance (*starts*): a Fenwick tree
    over them holds, for each prefix of starts, the largest end of the parts
    added there, so a question is the maximum over the starts at or before a
    position: exact, and logarithmic in the number of parts.
    """

    def __init__(self, starts: Sequence[int]) -> None:
        self.starts = sorted(set(starts))
        self.tree = [-1] * (len(self.starts) + 1)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start) + 1
        tree = self.tree
        while i < len(tree):
            if tree[i] < end:
                tree[i] = end
            i += i & -i

    def contains(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos)
        tree = self.tree
        best = -1
        while i > 0:
            if tree[i] > best:
                best = tree[i]
            i -= i & -i
        return best > pos


def statements(
    text: str, raws: list[Raw], lexicon: Lexicon, *, resolve: bool, index: WordIndex | None = None
) -> list[Statement]:
    """The ``Statement``s of *raws* in document order: outermost only, speakers resolved when *resolve*."""
    raws.sort(key=lambda r: (r.parts[0][0], r.cue[0] if r.cue else -1))
    kept: list[Raw] = []
    seen: set[tuple[tuple[int, int], ...]] = set()
    covered = _Covered([s for raw in raws for s, _e in raw.parts])
    for raw in raws:
        key = tuple(raw.parts)
        if key in seen:
            continue
        # an attribution nested in another's content is not reported (outermost only)
        if raw.cue is not None and covered.contains(raw.cue[0]):
            continue
        seen.add(key)
        kept.append(raw)
        if raw.rule.weak:
            continue  # a sourceless impression does not hide a named speaker inside it
        for s, e in raw.parts:
            covered.add(s, e)
    # each Speaker and Statement is built once, after resolution
    mentions = [
        coref.Mention(
            Span.of(text, *raw.speaker),
            raw.form or MentionForm.NAME,
            raw.title,
            Span.of(text, *raw.antecedent) if raw.antecedent else None,
            raw.parts,
        )
        for raw in kept
        if raw.speaker is not None
    ]
    if resolve:
        found = coref.resolve_mentions(text, mentions, lexicon, index)
    else:
        found = [coref.Resolution(None, m.antecedent, m.title, None) for m in mentions]
    speakers = iter(
        [
            Speaker(mention=m.span, name=name, form=m.form, antecedent=antecedent, title=title, link=link)
            for m, (name, antecedent, title, link) in zip(mentions, found, strict=True)
        ]
    )
    return [
        Statement(
            speaker=next(speakers) if raw.speaker is not None else None,
            cue=Span.of(text, *raw.cue) if raw.cue else None,
            content=tuple([Span.of(text, s, e) for s, e in raw.parts]),  # never empty: raws sort by their first part
            kind=raw.kind,
            cue_class=raw.cue_class,
            rule=raw.rule.id,
        )
        for raw in kept
    ]
