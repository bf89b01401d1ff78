"""The exceptions quoteattr raises, all under ``QuoteattrError``.

quoteattr raises only for caller mistakes (text that is not ``str``, a malformed
lexicon) and for a regular expression that ran out of time; odd text never
raises, it yields fewer statements. Every class also subclasses the built-in
exception a caller would expect, so ``except ValueError`` keeps working.

This module is a leaf: it imports nothing, so the model and the lexicon may
raise its errors without depending on anything else of the package.
"""

from __future__ import annotations

__all__ = [
    "ArgumentError",
    "ExtractionTimeout",
    "InputTypeError",
    "LexiconError",
    "QuoteattrError",
    "SkippedItemWarning",
]


class QuoteattrError(Exception):
    """Base class of every error quoteattr raises.

    .. versionadded:: 0.1
    """


class InputTypeError(QuoteattrError, TypeError):
    """The text handed to ``extract`` is not a ``str``.

    .. versionadded:: 0.1
    """


class ArgumentError(QuoteattrError, ValueError):
    """An argument has the right type but a value quoteattr cannot use.

    A span that does not lie within its text, a statement with no content part,
    ``processes`` or ``chunksize`` below 1, a DataFrame column that does not exist,
    a golden file that is not a list of cases, ``to_dict()`` without the text it needs.

    .. versionadded:: 0.1
    """


class LexiconError(QuoteattrError, ValueError):
    """A lexicon table holds an empty, non-string or malformed entry.

    .. versionadded:: 0.1
    """


class ExtractionTimeout(QuoteattrError, TimeoutError):
    """A pattern ran longer than its time limit on one paragraph.

    The message names the paragraph's character offset. It is a defect of a
    pattern (every repetition is meant to be possessive or atomic), so please
    report the text that caused it.

    .. versionadded:: 0.1
    """


class SkippedItemWarning(UserWarning):
    """``extract_many(..., errors="skip")`` skipped an item; the message names its index and why.

    .. versionadded:: 0.1
    """
