"""quoteattr: who said what in English news, with exact character offsets.

>>> import quoteattr
>>> [s.speaker.name for s in quoteattr.extract("“We are ready,” said Jane Doe.")]
['Jane Doe']

The public names below are loaded on first use (PEP 562), so ``import quoteattr``
costs well under a millisecond and the pytest plugin adds nothing measurable to
a test run that does not use quoteattr. ``from quoteattr import extract`` and
``quoteattr.extract`` work as usual.
"""

import logging as _logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names as type checkers and IDEs see them; "X as X" marks a re-export
    from quoteattr import (
        attribution as attribution,
    )
    from quoteattr import (
        cli as cli,
    )
    from quoteattr import (
        conversation as conversation,
    )
    from quoteattr import (
        errors as errors,
    )
    from quoteattr import (
        evaluate as evaluate,
    )
    from quoteattr import (
        exchange as exchange,
    )
    from quoteattr import (
        extractor as extractor,
    )
    from quoteattr import (
        grammar as grammar,
    )
    from quoteattr import (
        lexicon as lexicon,
    )
    from quoteattr import (
        parallel as parallel,
    )
    from quoteattr import (
        patterns as patterns,
    )
    from quoteattr import (
        render as render,
    )
    from quoteattr import (
        rules as rules,
    )
    from quoteattr import (
        segment as segment,
    )
    from quoteattr import (
        testing as testing,
    )
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
        ArgumentError as ArgumentError,
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
    from quoteattr.errors import (
        SkippedItemWarning as SkippedItemWarning,
    )
    from quoteattr.extractor import Extractor as Extractor
    from quoteattr.extractor import extract as extract
    from quoteattr.lexicon import Lexicon as Lexicon
    from quoteattr.parallel import extract_many as extract_many
    from quoteattr.persons import people as people

__version__ = "0.1.0"

# Each public name and the module that defines it, sorted by name.
_EXPORTS = {
    "ArgumentError": "quoteattr.errors",
    "CueClass": "quoteattr._model",
    "ExtractionTimeout": "quoteattr.errors",
    "Extractor": "quoteattr.extractor",
    "InputTypeError": "quoteattr.errors",
    "Lexicon": "quoteattr.lexicon",
    "LexiconError": "quoteattr.errors",
    "MentionForm": "quoteattr._model",
    "QuoteKind": "quoteattr._model",
    "QuoteattrError": "quoteattr.errors",
    "SkippedItemWarning": "quoteattr.errors",
    "Span": "quoteattr._model",
    "Speaker": "quoteattr._model",
    "Statement": "quoteattr._model",
    "extract": "quoteattr.extractor",
    "extract_many": "quoteattr.parallel",
    "people": "quoteattr.persons",
}

__all__ = [*_EXPORTS, "__version__"]

# The submodules, loaded on first use as attributes too: ``quoteattr.errors.QuoteattrError``
# works after ``import quoteattr`` alone. The optional extras (pandas, spacy_component, spark)
# import what they need when you use them; pytest_plugin is pytest's.
_SUBMODULES = (
    "attribution",
    "cli",
    "conversation",
    "errors",
    "evaluate",
    "exchange",
    "extractor",
    "grammar",
    "lexicon",
    "pandas",
    "parallel",
    "patterns",
    "persons",
    "pytest_plugin",
    "render",
    "rules",
    "segment",
    "spacy_component",
    "spark",
    "tables",
    "testing",
)

# Silent by default, as a library should be: records go to the handlers the application sets
# up (``logging.basicConfig``, or ``quoteattr ... -v``), never to the last-resort stderr handler.
_logging.getLogger(__name__).addHandler(_logging.NullHandler())


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name stays an error for them

    def __getattr__(name: str) -> object:
        from importlib import import_module

        if name in _SUBMODULES:
            return import_module(f"{__name__}.{name}")
        module = _EXPORTS.get(name)
        if module is None:
            msg = f"module 'quoteattr' has no attribute {name!r}"
            raise AttributeError(msg)
        # Not cached in globals(): the answer always comes from the module now in
        # sys.modules, so a harness that unloads modules (pytester) sees one class.
        return getattr(import_module(module), name)


def __dir__() -> list[str]:
    """The public names, the submodules and the module's own dunders: no helper of this file."""
    return sorted({*(name for name in globals() if name.startswith("__")), *__all__, *_SUBMODULES})
