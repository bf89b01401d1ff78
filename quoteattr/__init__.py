"""quoteattr: who said what in English news, with exact character offsets.

>>> import quoteattr
>>> [s.speaker.name for s in quoteattr.extract("“We are ready,” said Jane Doe.")]
['Jane Doe']

The public names below are loaded on first use (PEP 562), so ``import quoteattr``
costs well under a millisecond and the pytest plugin adds nothing measurable to
a test run that does not use quoteattr. ``from quoteattr import extract`` and
``quoteattr.extract`` work as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names as type checkers and IDEs see them; "X as X" marks a re-export
    from quoteattr._model import (
        CueClass as CueClass,
    )
    from quoteattr._model import (
        MentionForm as MentionForm,
    )
    from quoteattr._model import (
        QuoteKind as QuoteKind,
    )
    from quoteattr._model import (
        Span as Span,
    )
    from quoteattr._model import (
        Speaker as Speaker,
    )
    from quoteattr._model import (
        Statement as Statement,
    )
    from quoteattr.errors import (
        ExtractionTimeout as ExtractionTimeout,
    )
    from quoteattr.errors import (
        InputTypeError as InputTypeError,
    )
    from quoteattr.errors import (
        LexiconError as LexiconError,
    )
    from quoteattr.errors import (
        QuoteattrError as QuoteattrError,
    )
    from quoteattr.extractor import Extractor as Extractor
    from quoteattr.extractor import extract as extract
    from quoteattr.lexicon import Lexicon as Lexicon
    from quoteattr.parallel import extract_many as extract_many

__version__ = "0.1.0"

# Each public name and the module that defines it, sorted by name.
_EXPORTS = {
    "CueClass": "quoteattr._model",
    "ExtractionTimeout": "quoteattr.errors",
    "Extractor": "quoteattr.extractor",
    "InputTypeError": "quoteattr.errors",
    "Lexicon": "quoteattr.lexicon",
    "LexiconError": "quoteattr.errors",
    "MentionForm": "quoteattr._model",
    "QuoteKind": "quoteattr._model",
    "QuoteattrError": "quoteattr.errors",
    "Span": "quoteattr._model",
    "Speaker": "quoteattr._model",
    "Statement": "quoteattr._model",
    "extract": "quoteattr.extractor",
    "extract_many": "quoteattr.parallel",
}

__all__ = [*_EXPORTS, "__version__"]


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name stays an error for them

    def __getattr__(name: str) -> Any:
        module = _EXPORTS.get(name)
        if module is None:
            msg = f"module 'quoteattr' has no attribute {name!r}"
            raise AttributeError(msg)
        # Not cached in globals(): the answer always comes from the module now in
        # sys.modules, so a harness that unloads modules (pytester) sees one class.
        return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
