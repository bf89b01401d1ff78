"""The value types quoteattr hands back: ``Span``, ``Speaker``, ``Statement``.

Everything here is an immutable ``attrs`` class that imports nothing else of the
package, so every other module can depend on it and it depends on none of them.
A ``Span`` always indexes the caller's original text: ``text[span.start:span.end]
== span.text`` holds for every span quoteattr produces.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from quoteattr.errors import ArgumentError

__all__ = ["SPEAKER_LINKS", "CueClass", "MentionForm", "QuoteKind", "Span", "Speaker", "Statement"]

SPEAKER_LINKS: tuple[str, ...] = ("name", "alias", "typo", "role", "organisation", "pronoun", "conversation")
"""How a ``Speaker``'s name was found (``Speaker.link``), from the surest to the least sure:

- ``"name"``: the mention is the name ("Wang Yi", "Mr. Hale" -> "Hale");
- ``"alias"``: the mention is part of a fuller name the text gives elsewhere ("Wang",
  "Mr. Lind" -> "Tomas Lind");
- ``"typo"``: the mention occurs nowhere else and is one edit away from a known name
  ("Wand" -> "Wang Yi");
- ``"role"``: a role ("the minister") held by the one person the text gives that title;
- ``"organisation"``: "the company", "the ministry" -> the one organisation of that kind the
  text names, or the last named;
- ``"pronoun"``: "he", "its", "they" -> the person or organisation they refer to.
- ``"conversation"``: a line of dialogue without a tag, whose speaker the turns of the
  conversation tell (``MentionForm.IMPLICIT``).

``None`` when the speaker has no name (unresolved) or is a description standing for itself.
"""


class QuoteKind(str, enum.Enum):
    """How much of a statement's content stands inside quotation marks.

    ``DIRECT`` when every letter of the content is quoted, ``INDIRECT`` when none
    is, ``MIXED`` otherwise (reported speech with a quoted fragment).

    .. versionadded:: 0.1
    """

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"

    def __str__(self) -> str:
        return self.value


class CueClass(str, enum.Enum):
    """What the cue reports: words, a belief, an intention, or a finding.

    News attributes more than speech ("officials believe", "the senator plans
    to", "the poll shows"). quoteattr reports these too, labelled, so a caller
    who wants speech only filters on ``statement.cue_class is CueClass.SPEECH``.
    ``SPEECH`` covers words said or written, evaluations and namings included
    ("criticized", "called it a hoax"); ``THOUGHT`` beliefs, knowledge, feelings
    and stances ("believes", "supports"); ``INTENTION`` plans and desires
    ("wants to", "refused to"); ``EVIDENCE`` findings of polls, reports and
    studies ("shows", "found").

    .. versionadded:: 0.1
    """

    SPEECH = "speech"
    THOUGHT = "thought"
    INTENTION = "intention"
    EVIDENCE = "evidence"

    def __str__(self) -> str:
        return self.value


class MentionForm(str, enum.Enum):
    """What kind of phrase names the speaker in the sentence.

    ``NAME`` ("Wang Yi", "Mr. Lind"), ``PRONOUN`` ("he"), ``ROLE`` ("the
    minister", "Chinese FM": a title that may point at one named person),
    ``DESCRIPTION`` ("officials", "the ministry", "a report"), or ``IMPLICIT``:
    no phrase at all, as for a line of dialogue whose speaker the turns of the
    conversation tell (the speaker's ``mention`` is then ``None``).

    .. versionadded:: 0.1
    """

    NAME = "name"
    PRONOUN = "pronoun"
    ROLE = "role"
    DESCRIPTION = "description"
    IMPLICIT = "implicit"

    def __str__(self) -> str:
        return self.value


def _check_start(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        msg = f"Span start {value} is negative; offsets count characters from 0"
        raise ArgumentError(msg)


def _check_end(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < instance.start:
        msg = f"Span end {value} lies before its start {instance.start}"
        raise ArgumentError(msg)
    if len(instance.text) != value - instance.start:
        msg = (
            f"Span text has {len(instance.text)} characters but [{instance.start}, "
            f"{value}) covers {value - instance.start}; cut spans with Span.of(text, start, end)"
        )
        raise ArgumentError(msg)


@attrs.frozen
class Span:
    """A half-open character range ``[start, end)`` of the input, with its text.

    The text is stored on purpose: a span read out of JSON or printed in a test
    failure says what it covers without the document at hand.

    Example:
        >>> text = "Wang said so."
        >>> span = Span.of(text, 0, 4)
        >>> span
        Span(start=0, end=4, text='Wang')
        >>> text[span.start:span.end] == span.text
        True

    .. versionadded:: 0.1
    """

    start: int = attrs.field(validator=_check_start)
    end: int = attrs.field(validator=_check_end)
    text: str = attrs.field()

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Cut ``text[start:end]`` into a span.

        The invariant holds by construction here, so the field validators are
        not run: the extractor cuts every span through this door, and checking
        each again cost a tenth of the extraction time.

        Raises:
            ArgumentError: the range does not lie within *text* (a ``ValueError``).
        """
        if not 0 <= start <= end <= len(text):
            msg = f"Span [{start}, {end}) does not lie within a text of {len(text)} characters"
            raise ArgumentError(msg)
        span = object.__new__(cls)
        _set_span_start(span, start)
        _set_span_end(span, end)
        _set_span_text(span, text[start:end])
        return span

    def to_list(self) -> list[int]:
        """The ``[start, end]`` pair of the JSON exchange format."""
        return [self.start, self.end]


def _slot_setters(cls: type) -> tuple[Any, ...]:
    """The setters of a slotted attrs class's fields, in field order.

    Like object.__setattr__ they get past a frozen class's __setattr__, at half its cost
    (no lookup by name, no checks): that tells where a value is built for every span or
    statement. Unpacking them fails at import when a field is added.
    """
    return tuple(cls.__dict__[field.name].__set__ for field in attrs.fields(cls))


_set_span_start, _set_span_end, _set_span_text = _slot_setters(Span)


def _check_link(instance: Speaker, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and value not in SPEAKER_LINKS:
        msg = f"Speaker link {value!r} is unknown; use one of {', '.join(SPEAKER_LINKS)} or None"
        raise ArgumentError(msg)


@attrs.frozen(kw_only=True)
class Speaker:
    """Who a statement is attributed to.

    ``mention`` is what the sentence literally says ("he", "Wang", "the
    minister"); ``name`` is the full name quoteattr resolved it to ("Wang Yi"),
    or ``None`` when it could not (a pronoun with no named speaker before it, a
    role that fits nobody or several people). For a description that is no
    name ("officials", "the ministry") ``name`` is the description as written.
    ``antecedent`` is where the name was found when it differs from the
    mention, and ``title`` the role the text gives the person, if any. A line of
    dialogue without a speech tag has no mention (``form`` is ``IMPLICIT``):
    ``name`` is whom the conversation's turns point to. ``person`` is the key of
    the person the speaker is, the same on every statement of that person in the
    document (see ``quoteattr.people``). ``link`` says how the name was found (one
    of ``SPEAKER_LINKS``: ``"name"``, ``"alias"``, ``"typo"``, ``"role"``,
    ``"organisation"``, ``"pronoun"``), or is ``None`` when nothing was linked; a
    caller who trusts only names filters on it.

    Example:
        >>> s = Speaker(mention=Span(0, 2, "He"), name="Wang Yi", form=MentionForm.PRONOUN)
        >>> s.is_pronoun
        True

    .. versionadded:: 0.1
    """

    mention: Span | None
    name: str | None = None
    form: MentionForm = MentionForm.NAME
    antecedent: Span | None = attrs.field(default=None, eq=False)
    title: str | None = attrs.field(default=None, eq=False)
    link: str | None = attrs.field(default=None, eq=False, validator=_check_link)
    person: str | None = attrs.field(default=None, eq=False)

    @property
    def is_pronoun(self) -> bool:
        """True when the mention is a personal pronoun."""
        return self.form is MentionForm.PRONOUN


def _parts(value: Any) -> tuple[Span, ...]:
    parts = tuple(value)
    if not parts:
        msg = "A Statement needs at least one content part: pass content=[Span(...)]"
        raise ArgumentError(msg)
    return parts


@attrs.frozen(kw_only=True)
class Statement:
    """One attribution: *speaker* said (or thinks, or means to do) *content*.

    ``content`` holds the verbatim parts in document order: one for most
    statements, two for a quote split by its cue (“…,” he said, “…”), one per
    paragraph for a quote that runs over paragraphs. For a direct quote a part
    is the text strictly between the quotation marks. ``rule`` names the
    pattern that fired; it is provenance and takes no part in equality.

    .. versionadded:: 0.1
    """

    speaker: Speaker | None
    cue: Span | None
    content: tuple[Span, ...] = attrs.field(converter=_parts)
    kind: QuoteKind
    cue_class: CueClass = CueClass.SPEECH
    rule: str = attrs.field(default="", eq=False)

    @property
    def start(self) -> int:
        """Where the content begins: the sort key of a document's statements."""
        return self.content[0].start

    @property
    def end(self) -> int:
        """Where the content's last part ends."""
        return self.content[-1].end

    def content_text(self, text: str) -> str:
        """The outer extent of the content, cut from the document ``text``."""
        return text[self.start : self.end]

    @property
    def content_joined(self) -> str:
        """What was said without the speech tag: the content parts joined with one space.

        For a quote split by its cue (“The plan,” she said, “is ready.”) this is
        ``'The plan, is ready.'``; for one part it is that part's text.
        """
        content = self.content
        return content[0].text if len(content) == 1 else " ".join(part.text for part in content)

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        """This statement in the flat JSON exchange format (``quoteattr.exchange.STATEMENT_KEYS``).

        ``content`` is always ``text[content_span]``, the outer extent from the
        first part's start to the last part's end, speech tag included when the
        cue splits the quote; ``content_joined`` is what was said without it, the
        parts joined with one space. A statement of several parts needs the
        document *text* to give its ``content``.

        Raises:
            ArgumentError: the statement has several content parts and *text* is
                not given (a ``ValueError``).

        Example:
            >>> import quoteattr
            >>> doc = "“We will win,” Jane Doe said, “in May.”"
            >>> d = quoteattr.extract(doc)[0].to_dict(doc)
            >>> d["speaker"], d["content"], d["content_span"], d["content_joined"]
            ('Jane Doe', 'We will win,” Jane Doe said, “in May.', [1, 38], 'We will win, in May.')
        """
        speaker = self.speaker
        if text is not None:
            content = self.content_text(text)
        elif len(self.content) == 1:
            content = self.content[0].text
        else:
            msg = (
                f"to_dict() needs the document text for a statement of {len(self.content)} content parts, "
                "whose content runs between them: call statement.to_dict(text)"
            )
            raise ArgumentError(msg)
        antecedent = speaker.antecedent if speaker else None
        mention = speaker.mention if speaker else None
        return {
            "speaker": mention.text if mention is not None else None,
            "speaker_span": mention.to_list() if mention is not None else None,
            "speaker_entity": speaker.name if speaker else None,
            "speaker_form": speaker.form.value if speaker else None,
            "speaker_title": speaker.title if speaker else None,
            "speaker_antecedent": antecedent.text if antecedent is not None else None,
            "speaker_antecedent_span": antecedent.to_list() if antecedent is not None else None,
            "speaker_link": speaker.link if speaker else None,
            "speaker_person": speaker.person if speaker else None,
            "cue": self.cue.text if self.cue else None,
            "cue_span": self.cue.to_list() if self.cue else None,
            "content": content,
            "content_span": [self.start, self.end],
            "content_joined": self.content_joined,
            "content_parts": [part.to_list() for part in self.content],
            "kind": self.kind.value,
            "cue_class": self.cue_class.value,
            "rule": self.rule,
        }
