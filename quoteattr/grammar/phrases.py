"""What every speaker phrase is: the ``NP`` record, and the word tests both reading directions share."""

from __future__ import annotations

import re
import weakref
from typing import Any

from quoteattr._model import MentionForm
from quoteattr.lexicon import Lexicon
from quoteattr.segment import Document, Paragraph

__all__ = ["CONNECTIVES", "NP", "PREPOSITIONS", "dot_belongs", "is_auxiliary", "plausible"]

CONNECTIVES = frozenset(
    (
        *("also", "although", "and", "as", "because", "besides", "but", "even", "however", "indeed", "instead"),
        *("meanwhile", "moreover", "nevertheless", "nonetheless", "or", "so", "still", "then", "therefore"),
        *("though", "thus", "when", "while", "yet"),
    )
)


PREPOSITIONS = frozenset(("after", "at", "before", "by", "during", "for", "from", "in", "into", "on"))


class NP:
    """A speaker phrase found next to a cue.

    A plain slotted class, not attrs: thousands are built and revised per
    megabyte, and ``attrs.evolve`` cost more than the rest of their handling.
    Treat one as immutable: ``evolve`` returns a revised copy.
    """

    __slots__ = ("antecedent", "boundary", "boundary_at", "end", "form", "outer", "start", "title")

    def __init__(
        self,
        start: int,  # the mention (name, pronoun, description)
        end: int,
        form: MentionForm,
        title: str | None,
        outer: int,  # where the whole phrase (with title and modifiers) starts or ends
        boundary: str,  # what stands beyond it: "start", "end", a punctuation mark or a word
        boundary_at: int,  # where that boundary token starts
        antecedent: tuple[int, int] | None = None,  # what a relative pronoun ("who") stands for
    ) -> None:
        self.start = start
        self.end = end
        self.form = form
        self.title = title
        self.outer = outer
        self.boundary = boundary
        self.boundary_at = boundary_at
        self.antecedent = antecedent

    def evolve(self, **changes: Any) -> NP:
        """A copy with *changes* applied to its fields."""
        new = NP(
            self.start, self.end, self.form, self.title, self.outer, self.boundary, self.boundary_at, self.antecedent
        )
        for field, value in changes.items():
            setattr(new, field, value)
        return new


def is_auxiliary(word: str, lexicon: Lexicon) -> bool:
    """An auxiliary, a negated one ("didn't", "won’t") or an adverb in -ly (lowercase *word*)."""
    if word in lexicon.auxiliaries:
        return True  # the common case first: this runs for the words before every cue
    if word.endswith(("n't", "n\N{RIGHT SINGLE QUOTATION MARK}t")):
        word = {"won": "will", "can": "can", "ca": "can", "shan": "shall"}.get(word[:-3], word[:-3])
        return word in lexicon.auxiliaries or (word.endswith("ly") and len(word) > 4)
    return word.endswith("ly") and len(word) > 4


def plausible(p: Paragraph, np: NP | None) -> NP | None:
    """*np*, unless it is no speaker: an adverb or connective alone ("However", "Currently",
    "In"), or a phrase that opens with a preposition ("for Airbus", "in December"). A
    connective before a name is dropped from the mention ("But Jane Doe" -> "Jane Doe")."""
    if np is None or np.form is MentionForm.PRONOUN:
        return np
    text = p.text
    lex = p.lexicon
    mention = text[np.start : np.end]
    first, _space, rest = mention.partition(" ")
    lower = first.lower()
    if (lower in PREPOSITIONS or lower in ("despite", "since", "amid", "following")) and not rest.lower().startswith(
        ("least ", "most ")
    ):
        return None  # "On Tuesday", "for Airbus", "Despite": no one speaks (but "At least four senators")
    head = mention.rsplit(" ", 1)[-1].lower()
    if (
        rest
        and rest.count(" ") < 2
        and (
            (head in lex.time_words and lower in ("one", "the", "this", "that", "last", "next", "every"))
            or head in ("ago", "earlier", "later")
        )
    ):
        return None  # "One month", "The day", "Two weeks later": a time, not a speaker
    if (
        first[:1].isupper()
        and lower.endswith("ing")
        and "-" not in lower
        and lower not in lex.evidence_sources
        and (lower in lex.cue_index or rest[:1].islower())
    ):
        return None  # "Speaking", "Holding signs": a participle opening the sentence (not "Schilling", "Polling")
    if not rest:
        bare = lower.rstrip(".").replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
        if (
            (lower in lex.non_names and lower not in lex.determiners)
            or (lower.endswith("ly") and len(lower) > 4 and not (first[0].isupper() and _named_inside(p, first)))
            or lower in lex.time_words
            or bare in lex.honorific_index  # "Jackson, Miss., said": a state, not a speaker
            or bare.endswith("'s")  # "That's", "It's"
            or lower in ("over", "without", "having", "being")
            or (first.islower() and lower.endswith(("ing", "ed")) and lower not in lex.indefinite_speakers)
        ):
            return None  # "However argued", "Currently called", "Monday said", "having suggested": no one speaks
        return np
    if (lower in CONNECTIVES or lower == "only") and rest[:1].isupper():
        start = np.start + len(first) + 1
        return np.evolve(start=start, outer=max(np.outer, start) if np.outer <= np.start else np.outer)
    return np


def _named_inside(p: Paragraph, word: str) -> bool:
    """Whether capitalised *word* stands inside a sentence somewhere in the document (after a word
    or a comma), as a name does ("Megyn Kelly") and a sentence adverb ("Currently") does not."""
    found = _INSIDE.get(p.doc)
    if found is None:
        found = _INSIDE[p.doc] = {}  # per document: one that repeats "Currently said" searches once
    if word not in found:
        found[word] = re.search(r"[\w,] " + re.escape(word) + r"(?!\w)", p.text) is not None
    return found[word]


_INSIDE: weakref.WeakKeyDictionary[Document, dict[str, bool]] = weakref.WeakKeyDictionary()
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "J.J", "A.B.C": initials, whose last dot follows


def dot_belongs(p: Paragraph, word: str) -> bool:
    lower = word.lower()
    lex = p.lexicon
    return (
        lower in lex.honorific_index
        or lower in lex.abbreviations
        or (len(word) == 1 and word.isupper())
        or _INITIALS.fullmatch(word) is not None  # "J.J. Goldberg"
    )
