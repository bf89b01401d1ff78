"""quoteattr: who said what in English news, with exact character offsets.

>>> import quoteattr
>>> [s.speaker.name for s in quoteattr.extract("“We are ready,” said Jane Doe.")]
['Jane Doe']
"""

from quoteattr._model import CueClass, MentionForm, QuoteKind, Span, Speaker, Statement
from quoteattr.errors import ExtractionTimeout, InputTypeError, LexiconError, QuoteattrError
from quoteattr.extract import Extractor, extract
from quoteattr.lexicon import Lexicon
from quoteattr.parallel import extract_many

__version__ = "0.1.0"

__all__ = [
    "CueClass",
    "ExtractionTimeout",
    "Extractor",
    "InputTypeError",
    "Lexicon",
    "LexiconError",
    "MentionForm",
    "QuoteKind",
    "QuoteattrError",
    "Span",
    "Speaker",
    "Statement",
    "__version__",
    "extract",
    "extract_many",
]
