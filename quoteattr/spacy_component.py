"""quoteattr as a spaCy pipeline component: ``nlp.add_pipe("quoteattr")``.

This module imports spaCy (``pip install "quoteattr[spacy]"``), so nothing else
in quoteattr imports it. spaCy finds the ``"quoteattr"`` factory through the
``spacy_factories`` entry point the first time a pipeline asks for it, or when
this module is imported.

The component runs an ``Extractor`` over ``doc.text`` (it needs no tagger or
parser, so ``spacy.blank("en")`` will do) and sets ``doc._.statements``: a list
of ``DocStatement``, each holding the quoteattr ``Statement`` with its exact
character offsets, and its content parts, cue and speaker as spaCy ``Span``s.
A token span cannot start or end inside a token, so each is widened to the
tokens the characters touch (``alignment_mode="expand"``).

The ``Doc`` keeps the statements as plain offsets, names and labels in its
``user_data`` (under ``"quoteattr.statements"``), which spaCy serialises, and
``doc._.statements`` builds the ``DocStatement``s from them when read. So the
statements survive ``Doc.to_bytes``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(texts, n_process=2)``, which sends each ``Doc`` back as bytes.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("quoteattr")
    >>> doc = nlp("“We will win,” Jane Doe said.")
    >>> (st,) = doc._.statements
    >>> st.speaker, st.speaker_name, st.cue, st.content
    (Jane Doe, 'Jane Doe', said, (We will win,,))
"""

# No ``from __future__ import annotations`` here: spaCy reads the factory's
# annotations at run time to validate its config.

from collections.abc import Sequence

import attrs
from spacy.language import Language
from spacy.tokens import Doc, Span

from quoteattr._model import CueClass, QuoteKind, Statement
from quoteattr._model import Span as TextSpan
from quoteattr.extractor import Extractor
from quoteattr.lexicon import Lexicon
from quoteattr.parallel import _decode, _encode

__all__ = ["DocStatement", "QuoteattrComponent", "align", "make_component"]

EXTENSION = "statements"
"""The ``Doc`` extension the component sets: ``doc._.statements``."""

USER_DATA_KEY = "quoteattr.statements"
"""The key of ``doc.user_data`` under which the statements are kept, as serialisable rows."""


def _statements(doc: Doc) -> "list[DocStatement] | None":
    """``doc._.statements``: the statements kept in ``doc.user_data``, aligned to the tokens."""
    rows = doc.user_data.get(USER_DATA_KEY)
    if rows is None:
        return None
    return [align(doc, statement) for statement in _decode(doc.text, rows)]


if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, getter=_statements)


@attrs.frozen(kw_only=True)
class DocStatement:
    """One statement of a ``Doc``: the quoteattr ``Statement`` and its parts as token spans.

    ``content`` holds one ``Span`` per content part (labelled ``CONTENT``);
    ``cue`` (``CUE``) and ``speaker`` (``SPEAKER``, the mention as written) are
    ``None`` when the statement has none. The character offsets stay on
    ``statement``. ``doc._.statements`` builds these afresh each time it is read,
    from the data the ``Doc`` keeps; two of them are equal when their fields are.

    .. versionadded:: 0.1
    """

    statement: Statement
    content: tuple[Span, ...]
    cue: Span | None
    speaker: Span | None

    @property
    def speaker_name(self) -> str | None:
        """The speaker's resolved full name, or ``None``."""
        return self.statement.speaker.name if self.statement.speaker else None

    @property
    def kind(self) -> QuoteKind:
        """``direct``, ``indirect`` or ``mixed``, as on the ``Statement``."""
        return self.statement.kind

    @property
    def cue_class(self) -> CueClass:
        """``speech``, ``thought``, ``intention`` or ``evidence``, as on the ``Statement``."""
        return self.statement.cue_class


def _token_span(doc: Doc, span: TextSpan | None, label: str) -> Span | None:
    if span is None:
        return None
    return doc.char_span(span.start, span.end, label=label, alignment_mode="expand")


def align(doc: Doc, statement: Statement) -> DocStatement:
    """*statement*, found in ``doc.text``, with its parts as spans of *doc*'s tokens.

    A part that covers no token (only whitespace) is left out of ``content``.

    Example:
        >>> import spacy, quoteattr
        >>> doc = spacy.blank("en")("The plan, he said, failed.")
        >>> [p.text for p in align(doc, quoteattr.extract(doc.text)[0]).content]
        ['The plan', 'failed']
    """
    parts = (_token_span(doc, part, "CONTENT") for part in statement.content)
    return DocStatement(
        statement=statement,
        content=tuple(p for p in parts if p is not None),
        cue=_token_span(doc, statement.cue, "CUE"),
        speaker=_token_span(doc, statement.speaker.mention if statement.speaker else None, "SPEAKER"),
    )


class QuoteattrComponent:
    """The pipeline component: extracts statements from ``doc.text`` into ``doc._.statements``.

    Build it yourself to use an ``Extractor`` with your own lexicon,
    ``nlp.add_pipe("quoteattr", config={"cues": [...]})`` for extra cue words.

    Example:
        >>> import spacy
        >>> from quoteattr import Lexicon
        >>> component = QuoteattrComponent(Extractor(Lexicon.default().with_cues("harrumphed")))
        >>> doc = component(spacy.blank("en")("“Nonsense,” the colonel harrumphed."))
        >>> [(st.cue.text, st.kind.value) for st in doc._.statements]
        [('harrumphed', 'direct')]

    .. versionadded:: 0.1
    """

    def __init__(self, extractor: Extractor | None = None) -> None:
        self.extractor = extractor if extractor is not None else Extractor()

    def __call__(self, doc: Doc) -> Doc:
        """Keep *doc*'s statements in ``doc.user_data`` for ``doc._.statements``; return *doc*."""
        doc.user_data[USER_DATA_KEY] = _encode(self.extractor.extract(doc.text))
        return doc


def make_component(
    nlp: Language, name: str, cues: Sequence[str] = (), resolve_speakers: bool = True
) -> QuoteattrComponent:
    """The ``"quoteattr"`` factory: a component over the default lexicon plus *cues*.

    *cues* are extra cue words, each its own lemma (``["harrumphed"]``);
    *resolve_speakers* ``False`` leaves ``Speaker.name`` unset.
    """
    lexicon = Lexicon.default().with_cues(*cues) if cues else Lexicon.default()
    return QuoteattrComponent(Extractor(lexicon, resolve_speakers=resolve_speakers))


Language.factory(
    "quoteattr",
    default_config={"cues": [], "resolve_speakers": True},
    assigns=[f"doc._.{EXTENSION}"],
    func=make_component,
)
