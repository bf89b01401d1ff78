"""What the rules build and share: statements in progress, and the state of one document's run.

A rule reads a ``segment.Paragraph`` and the grammar, and adds a ``Raw`` to its
paragraph's ``Context``. Two things outlive a paragraph (``DocState``): the
quotations some statement already took, and the statement a next paragraph's
quotation may continue.
"""

from __future__ import annotations

from typing import NamedTuple

import attrs

from quoteattr._model import CueClass, MentionForm, QuoteKind
from quoteattr.grammar.speakers import NP
from quoteattr.rules.registry import Rule
from quoteattr.segment import Paragraph, Quote

__all__ = ["Context", "DocState", "Raw", "Source", "extend_parts"]

Part = tuple[int, int]


@attrs.define
class Raw:
    """A statement before speaker resolution."""

    rule: Rule
    parts: list[Part]
    cue: Part | None
    speaker: Part | None
    form: MentionForm | None
    title: str | None
    kind: QuoteKind = QuoteKind.INDIRECT
    cue_class: CueClass = CueClass.SPEECH
    antecedent: Part | None = None
    held: set[Part] | None = attrs.field(default=None, repr=False)  # the parts as a set, kept by extend_parts


class Source(NamedTuple):
    """Who is reported, and by which cue: everything of a statement but its content and kind.

    A named tuple, not attrs: one is built for every cue a rule tries, and a tuple is built fastest.
    """

    cue: Part | None
    speaker: Part | None = None
    form: MentionForm | None = None
    title: str | None = None
    cue_class: CueClass = CueClass.SPEECH
    antecedent: Part | None = None

    @classmethod
    def of(cls, cue: Part | None, np: NP | None, cue_class: CueClass = CueClass.SPEECH) -> Source:
        """The source whose speaker is the phrase *np* (or nobody)."""
        if np is None:
            return cls(cue, cue_class=cue_class)
        return cls(cue, (np.start, np.end), np.form, np.title, cue_class, np.antecedent)

    def raw(self, rule: Rule, parts: list[Part], kind: QuoteKind = QuoteKind.INDIRECT) -> Raw:
        """A statement of *rule* with this source and these content *parts*."""
        return Raw(rule, parts, self.cue, self.speaker, self.form, self.title, kind, self.cue_class, self.antecedent)


def extend_parts(parts: list[Part], more: list[Part], held: set[Part] | None = None) -> set[Part]:
    """Add the parts of a following quotation to *parts*, skipping any held already; the set of parts.

    A quotation running over paragraphs is a chain, and a chain can be reached
    from several of its members; each part is taken once, in text order. A
    statement can take the quotations of thousands of paragraphs (a
    transcript), so the set of its parts (*held*) is kept between calls.
    """
    if held is None or len(held) != len(parts):
        held = set(parts)
    for part in more:
        if (not parts or part[0] >= parts[-1][1]) and part not in held:
            parts.append(part)
            held.add(part)
    return held


class DocState:
    """What the rules carry from one paragraph to the next."""

    def __init__(self) -> None:
        self.used_quotes: set[Quote] = set()  # the objects, not their ids: ids are reused
        self.last_direct: Raw | None = None  # a statement ending the previous paragraph that may go on
        self.pending: Raw | None = None  # an attribution ending in ":" whose quotation follows


class Context:
    """One paragraph's run of the rules: the paragraph, the document's state, the statements found."""

    def __init__(self, p: Paragraph, state: DocState) -> None:
        self.p = p
        self.state = state
        self.raws: list[Raw] = []

    def add(self, raw: Raw) -> None:
        """Keep *raw* if every part holds text; an indirect one gets the kind its quotation marks say."""
        if not raw.parts:
            return
        for s, e in raw.parts:  # a loop, not any() over a generator: this runs for every statement
            if s >= e:
                return
        if raw.kind is QuoteKind.INDIRECT:
            raw.kind = self.p.kind(raw.parts)
        self.raws.append(raw)

    def quote_parts(self, q: Quote) -> list[Part]:
        """The parts of the quotation *q* (all its paragraphs), which are then taken."""
        parts = []
        for member in q.chain():
            self.state.used_quotes.add(member)
            parts.append((member.inner_start, member.inner_end))
        return parts

    def join(self, raw: Raw, more: list[Part]) -> None:
        """Let *raw* take the following quotation's parts *more*."""
        raw.held = extend_parts(raw.parts, more, raw.held)

    @staticmethod
    def join_parts(parts: list[Part], more: list[Part]) -> None:
        """``join`` for the parts of a statement still being built."""
        extend_parts(parts, more)
