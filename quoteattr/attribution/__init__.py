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

import attrs

from quoteattr._model import MentionForm, Span, Speaker, Statement
from quoteattr.attribution import coref, dialogue
from quoteattr.conversation import CastMember
from quoteattr.rules.state import Raw
from quoteattr.segment import Document

__all__ = ["statements"]


def _in(original: str, span: Span) -> Span:
    """*span*, cut from the reading view, cut again from the original text (itself, when they are one)."""
    return span if span.text == original[span.start : span.end] else Span.of(original, span.start, span.end)


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


def statements(doc: Document, raws: list[Raw], *, resolve: bool, cast: Sequence[CastMember] = ()) -> list[Statement]:
    """The ``Statement``s of *raws* and of the document's lines of dialogue, in document order:
    outermost only, speakers resolved (when *resolve*) and given their person's key.

    Names are read in the document's reading view (a name broken over two lines
    reads "Jane Doe"); every span is cut from the original text. *cast* lists the
    characters a caller knows: speakers resolve to them.
    """
    text, original, lexicon = doc.text, doc.original, doc.lexicon
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
        found = coref.resolve_mentions(text, mentions, lexicon, doc.word_index)
    else:
        found = [coref.Resolution(None, m.antecedent, m.title, None) for m in mentions]
    resolved = iter(found)
    names = [next(resolved)[0] if raw.speaker is not None else None for raw in kept]
    lines, persons = dialogue.converse(doc, kept, names, covered.contains, cast)
    if not resolve:  # the lines are statements all the same, with no speaker named
        lines = [attrs.evolve(line, name=None, person=None, evidence=None) for line in lines]
        persons = []
    # each Speaker and Statement is built once, here
    made: list[Statement] = []
    mentioned = iter(zip(mentions, found, strict=True))
    for n, raw in enumerate(kept):
        speaker = None
        if raw.speaker is not None:
            m, (coref_name, antecedent, title, link) = next(mentioned)
            name = names[n] if resolve else None  # as coref resolved it, or the conversation
            if name != coref_name:
                link = "conversation"  # a story's tag, named by the person the conversation knows
            speaker = Speaker(
                mention=_in(original, m.span),
                name=name,
                form=m.form,
                antecedent=None if antecedent is None else _in(original, antecedent),
                title=title,
                link=link,
                person=persons[n] if persons else None,
            )
        made.append(_statement(original, raw, speaker))
    for line in lines:
        speaker = None
        if line.name is not None:
            evidence = None if line.evidence is None else _in(original, line.evidence)
            speaker = Speaker(
                mention=None,
                name=line.name,
                form=MentionForm.IMPLICIT,
                antecedent=evidence,
                link="conversation",
                person=line.person,
            )
        made.append(_statement(original, line.raw, speaker))
    if lines:
        made.sort(key=lambda st: (st.start, st.cue.start if st.cue else -1))
    return made


def _statement(original: str, raw: Raw, speaker: Speaker | None) -> Statement:
    return Statement(
        speaker=speaker,
        cue=Span.of(original, *raw.cue) if raw.cue else None,
        content=tuple([Span.of(original, s, e) for s, e in raw.parts]),  # never empty: raws sort by their first part
        kind=raw.kind,
        cue_class=raw.cue_class,
        rule=raw.rule.id,
    )
