"""The conversation: every line of dialogue gets its speaker from the turns, every speaker its person.

After the rules and name resolution, the document's quotations are of three
sorts: those a statement took (tagged: "“…,” said Jane Doe"), those that stand
as speech but no rule took (``rules.dialogue.stands_as_speech``), and the rest
(titles, scare quotes, quotations inside reported speech), which are no lines.
The first two go, in order, to ``conversation.attribute`` with the tags; each
untagged line comes back with the speaker the turns tell and the
``dialogue.*`` rule that told it. Lines of one paragraph with a little
narration between (at most ``_MERGE_WORDS`` words) are one statement, as a
reader takes them; a quotation that runs over paragraphs is one statement
with a part per paragraph, as a tagged one is.

Only a story has lines of dialogue (``segment.Document.dialogue``: a
hard-wrapped or conversational text, where a paragraph is a turn). News quotes
people in paragraphs that say who speaks, and a quotation no rule took there
is a quoted phrase, a title, or an attribution the rules missed: on the PolNeAR
dev split, making its standalone quotations statements found more direct
statements (lenient F1 0.934 -> 0.942) but gave most of them the wrong speaker
(speaker accuracy 0.911 -> 0.902, end-to-end F1 0.638 -> 0.635). A document with
no untagged line, and every news document, skips the sieves: its speakers'
names are only clustered into people (``conversation.person_keys``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from quoteattr import conversation
from quoteattr._model import MentionForm, Span
from quoteattr.conversation import CastMember, Quotation, Tag
from quoteattr.rules import dialogue
from quoteattr.rules.state import Raw
from quoteattr.segment import Document, Quote

__all__ = ["Line", "converse"]

_MERGE_WORDS = 16  # narration words between two lines of one paragraph that still make them one statement
_PRONOUN_GENDERS = {"he": "m", "him": "m", "she": "f", "her": "f"}


@attrs.frozen
class Line:
    """A line of dialogue no rule took, as a statement in progress, with the speaker the turns tell.

    ``evidence`` is where that speaker's name was found (a tag, a name in the
    narration, a vocative), in the reading view; ``person`` its person's key.
    """

    raw: Raw
    name: str | None
    person: str | None
    evidence: Span | None


def converse(
    doc: Document,
    kept: Sequence[Raw],
    names: list[str | None],
    inside: Callable[[int], bool],
    cast: Sequence[CastMember] = (),
) -> tuple[list[Line], list[str | None]]:
    """The lines of dialogue of *doc* that no statement of *kept* holds, and the person key of each kept
    statement's speaker. *names* are the kept statements' resolved speaker names (``None`` for none);
    a pronoun tag's ("said she") is replaced, in place, by the person the conversation resolves it to;
    *inside* tells whether a position lies in a kept statement's content (a quotation there is part
    of it: "said that the plan was “dead”")."""
    if not doc.dialogue:
        if cast:
            keys = conversation.person_keys([n for n in names if n is not None], cast=cast)
            return [], [None if n is None else keys.get(n) for n in names]
        # news: coref gave every name its full form already; a key is that name, spelled plainly
        return [], [None if n is None else _plain(n) for n in names]
    text = doc.text
    paragraphs = doc.paragraph_spans
    taken = {part: n for n, raw in enumerate(kept) for part in raw.parts}
    quotations: list[Quotation] = []
    owners: list[int] = []  # the kept statement that holds each quotation, or -1 for a line no rule took
    members: list[Quote] = []
    for number, q in doc.quotations:
        span = (q.inner_start, q.inner_end)
        owner = taken.get(span, -1)
        if owner < 0 and (inside(q.open) or not dialogue.stands_as_speech(text, paragraphs[number], q, doc.lexicon)):
            continue
        quotations.append(Quotation(q.inner_start, q.inner_end, number, open=q.close is None))
        owners.append(owner)
        members.append(q)
    if all(owner >= 0 for owner in owners):
        keys = conversation.person_keys([n for n in names if n is not None], cast=cast)
        return [], [None if n is None else keys.get(n) for n in names]
    tags = [tag for i, owner in enumerate(owners) if owner >= 0 and (tag := _tag(i, kept[owner], names[owner], text))]
    told = conversation.attribute(text, paragraphs, quotations, tags, cast=cast)
    said = told.attributions
    persons: list[str | None] = [None] * len(kept)
    for owner, attribution in zip(owners, said, strict=True):
        if owner >= 0 and persons[owner] is None:
            persons[owner] = attribution.person
            if attribution.rule in ("pronoun", "tag") and attribution.speaker is not None:
                names[owner] = attribution.speaker  # the person the conversation knows the tag as
    keys = {p_name: p.key for p in told.people for p_name in (p.name, *p.aliases) if p_name is not None}
    for n, name in enumerate(names):
        if persons[n] is None and name is not None:
            persons[n] = keys.get(name)
    return _lines(text, quotations, owners, members, said), persons


def _plain(name: str) -> str:
    """A person key of a resolved name: lower case, without full stops, single-spaced ("mr tomas lind")."""
    return " ".join(name.lower().replace(".", " ").split())


def _tag(i: int, raw: Raw, name: str | None, text: str) -> Tag | None:
    """The speech tag a kept statement gives its quotation number *i*: its speaker, by name, or by
    gender for a pronoun ("said she") the turns are to resolve."""
    if raw.speaker is None:
        return None
    mention = Span.of(text, *raw.speaker)
    gender = ""
    if raw.form is MentionForm.PRONOUN:
        gender = _PRONOUN_GENDERS.get(mention.text.lower(), "")
        if gender:
            name = None  # "said she": the conversation knows who is there to be "she"
    elif raw.form is MentionForm.NAME:
        name = " ".join(mention.text.split())  # as written: the conversation clusters a story's names
    return Tag(i, mention, name, gender)


def _lines(
    text: str,
    quotations: list[Quotation],
    owners: list[int],
    members: list[Quote],
    told: Sequence[conversation.Attribution],
) -> list[Line]:
    """The untagged quotations as lines: a multi-paragraph quotation is one, and so are lines of one
    paragraph with little narration between that the turns give one speaker."""
    lines: list[Line] = []
    last: Quote | None = None  # the quotation that ended the last line
    for i, (owner, q, said) in enumerate(zip(owners, members, told, strict=True)):
        if owner >= 0:
            last = None
            continue
        if last is not None and lines:
            prev = lines[-1]
            continues = q.prev is last
            near = (
                last.close is not None
                and quotations[i].paragraph == quotations[i - 1].paragraph
                and len(text[last.close_end : q.open].split()) <= _MERGE_WORDS
                and (said.person == prev.person or said.person is None or prev.person is None)
            )
            if continues or near:
                parts = [*prev.raw.parts, (q.inner_start, q.inner_end)]
                name, person, evidence = (prev.name, prev.person, prev.evidence)
                if name is None:
                    name, person, evidence = said.speaker, said.person, said.evidence
                lines[-1] = Line(dialogue.line(prev.raw.rule.id, parts), name, person, evidence)
                last = q
                continue
        raw = dialogue.line(said.rule, [(q.inner_start, q.inner_end)])
        lines.append(Line(raw, said.speaker, said.person, said.evidence))
        last = q
    return lines
