"""The pipeline: text -> segmentation -> rules -> attribution -> ``Statement`` objects.

``Extractor.extract`` hands the text to ``segment.Document`` (one scan:
paragraphs, quotation marks, sentence ends, cue words), runs ``rules.run``
over its paragraphs (each rule a bounded look next to a scanned event, so the
whole run is linear in the length of the text), and gives the statements
found to ``attribution.statements``, which keeps the outermost and resolves
their speakers. ``docs/architecture.md`` draws the stages.

The text is never rewritten: every span is cut from the caller's string.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from quoteattr import rules
from quoteattr._model import Statement
from quoteattr.attribution import statements
from quoteattr.conversation import CastMember
from quoteattr.errors import InputTypeError
from quoteattr.lexicon import Lexicon
from quoteattr.patterns import Patterns, compile_patterns
from quoteattr.segment import Document

__all__ = ["Extractor", "extract"]


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        msg = f"extract() takes text as str, not {type(text).__name__}; decode it first, e.g. data.decode('utf-8')"
    else:
        msg = f"extract() takes text as str, not {type(text).__name__}; pass the article's text"
    raise InputTypeError(msg)


def _cast(members: Iterable[CastMember | Mapping[str, Any]] | None) -> tuple[CastMember, ...]:
    """A cast list as ``CastMember``s: each given as one, or as ``{"name", "aliases", "gender"}``."""
    out = []
    for member in members or ():
        if isinstance(member, CastMember):
            out.append(member)
        elif isinstance(member, Mapping) and isinstance(member.get("name"), str):
            out.append(CastMember.from_dict(member))
        else:
            msg = (
                f"cast= takes characters as quoteattr.conversation.CastMember or "
                f'{{"name": ..., "aliases": [...], "gender": "f"}} mappings, not {member!r}'
            )
            raise InputTypeError(msg)
    return tuple(out)


@attrs.frozen
class Extractor:
    """Finds statements with one lexicon's patterns; reuse it across documents.

    *cast*, for a story whose characters you know, lists them (names, aliases,
    gender): speakers then resolve to them.

    Example:
        >>> ex = Extractor(lexicon=Lexicon.default().with_cues("harrumphed"))
        >>> [s.cue.text for s in ex.extract("“Not today,” the colonel harrumphed.")]
        ['harrumphed']

    .. versionadded:: 0.1
    """

    lexicon: Lexicon = attrs.field(factory=Lexicon.default)
    resolve_speakers: bool = attrs.field(default=True, kw_only=True)
    cast: tuple[CastMember, ...] = attrs.field(default=(), converter=_cast, kw_only=True)
    patterns: Patterns = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.lexicon, Lexicon):
            msg = (
                f"Extractor(lexicon=...) takes a quoteattr.Lexicon, not {type(self.lexicon).__name__}; "
                "build one with Lexicon.default()"
            )
            raise InputTypeError(msg)
        object.__setattr__(self, "patterns", compile_patterns(self.lexicon))

    def extract(self, text: str) -> list[Statement]:
        """Every statement in *text*, in document order (by content start).

        Raises:
            InputTypeError: *text* is not a ``str`` (``bytes`` must be decoded).
            ExtractionTimeout: a pattern ran out of time (a defect: please report).
        """
        text = _check_text(text)
        doc = Document(text, self.lexicon, self.patterns, story=bool(self.cast))  # a cast: a story
        raws = rules.run(doc)
        # a long text's word index, if the rules built one, serves coref too
        return statements(doc, raws, resolve=self.resolve_speakers, cast=self.cast)


@functools.cache
def _default() -> Extractor:
    """The extractor on the default lexicon, built at its first use: importing quoteattr
    (which pytest does for the plugin in every run) stays cheap."""
    return Extractor()


def extract(
    text: str,
    *,
    lexicon: Lexicon | None = None,
    resolve_speakers: bool = True,
    cast: Iterable[CastMember | Mapping[str, Any]] | None = None,
) -> list[Statement]:
    """Every statement in *text*: who said (or thinks, or means to do) what.

    Statements come in document order, by where their content starts. Each
    speaker is resolved to a full name where the text allows: a pronoun to the
    last named speaker that agrees with it, a surname to the full name met
    elsewhere in the text, a role ("the minister") to the one person holding it.

    Args:
        text: the article, as ``str``.
        lexicon: the word tables to use; ``Lexicon.default()`` when omitted.
        resolve_speakers: fill ``Speaker.name`` (else it stays ``None``).
        cast: a story's characters, as ``CastMember``s or ``{"name", "aliases", "gender"}``
            mappings: speakers resolve to them.

    Raises:
        InputTypeError: *text* is not a ``str``.

    Example:
        >>> [(s.speaker.name, s.cue.text, s.kind.value) for s in extract(
        ...     "Jane Doe said the plan had failed. “We will try again,” she added.")]
        [('Jane Doe', 'said', 'indirect'), ('Jane Doe', 'added', 'direct')]

    .. versionadded:: 0.1
    """
    if lexicon is None and resolve_speakers and not cast:
        return _default().extract(text)
    chosen = Lexicon.default() if lexicon is None else lexicon  # a falsy non-lexicon is refused, not replaced
    return Extractor(chosen, resolve_speakers=resolve_speakers, cast=_cast(cast)).extract(text)
