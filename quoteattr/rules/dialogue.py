"""Lines of dialogue: every quotation that stands as speech is a statement, with a tag or without one.

The other families read a quotation's speech tag ("“…,” said Jane Doe"). A
quotation without one is still a line somebody speaks when it stands as speech
(``stands_as_speech``): it opens its paragraph or a sentence, and ends in the
punctuation of an utterance or with its paragraph. A quoted title or a scare
quote inside a sentence does not. The speaker of such a line is what the turns
of the conversation tell (``quoteattr.conversation``, run by
``attribution.dialogue``); the rules here name how it was told, and a line whose
speaker nothing tells is a statement all the same, with no speaker.
"""

from __future__ import annotations

from quoteattr._model import QuoteKind
from quoteattr.lexicon import Lexicon
from quoteattr.rules.registry import register
from quoteattr.rules.state import Raw, Source
from quoteattr.segment import ALL_CLOSE, DASHES, Quote, has_letter

__all__ = ["CONTINUATION", "NARRATION", "TURN", "UNKNOWN", "VOCATIVE", "line", "stands_as_speech"]

_OPENS_AFTER = ".!?:;…" + DASHES + ALL_CLOSE  # what a line of dialogue may follow in its paragraph
_UTTERANCE_END = ".,!?;:…" + DASHES  # what the words of a line of dialogue end in

CONTINUATION = register(
    __name__,
    "dialogue.continuation",
    "“CONTENT.” NARRATION “CONTENT.” (one speaker's turn)",
    "“Ready?” asked Jane Doe.\n\n“Yes.”\n\n“Go.”\n\n“I am going,” said Tomas Lind. He walked to the door."
    " At the door he turned. “Goodbye.”",
)
NARRATION = register(
    __name__,
    "dialogue.narration",
    "NAME ACTS. “CONTENT.”",
    "“Ready?” asked Jane Doe.\n\n“No.”\n\n“Why not?”\n\n“Because.”\n\nJane Doe stood up. “Then we go.”",
)
VOCATIVE = register(
    __name__,
    "dialogue.vocative",
    "“…, NAME?” / “CONTENT.” (the one addressed answers)",
    "“Where were you, Tomas?” asked Jane Doe.\n\n“Out.”\n\n“Out where?”\n\n“Nowhere.”",
)
TURN = register(
    __name__,
    "dialogue.turn",
    "A: “…” B: “…” A: “…” (two-party alternation)",
    "“Where were you?” asked Jane Doe.\n\n“Out,” said Tomas Lind.\n\n“Out where?”\n\n“Nowhere.”\n\n“Tell me.”\n\n“No.”",
)
UNKNOWN = register(
    __name__,
    "dialogue.unknown",
    "“CONTENT.” (nothing tells who speaks)",
    "The door opened.\n\n“Hello?”\n\n“Is anyone there?”\n\n“Who is it?”",
)


def stands_as_speech(text: str, paragraph: tuple[int, int], q: Quote, lexicon: Lexicon) -> bool:
    """Whether the quotation *q* of the paragraph at *paragraph* is a line somebody speaks.

    It opens its paragraph or a sentence (after a full stop, a colon, a dash, or
    another quotation) or follows a verb of saying and its comma ("Presently he
    said, “…”"), holds a letter, and its words end in the punctuation of an
    utterance ("Out," "Out where?") or it runs to the end of its paragraph.
    """
    start, end = paragraph
    if not has_letter(text, q.inner_start, q.inner_end):
        return False
    before = text[start : q.open].rstrip()
    if before and before[-1] not in _OPENS_AFTER and not _after_cue(before, lexicon):
        return False
    if q.close is None or not text[q.close_end : end].strip():
        return True  # open to the next paragraph, or ending its own
    words = text[q.inner_start : q.inner_end].rstrip()
    return bool(words) and words[-1] in _UTTERANCE_END


def _after_cue(before: str, lexicon: Lexicon) -> bool:
    """Whether *before* ends in a verb of saying and a comma: "he said,", "cried Jane Doe, laughing,"
    is not, "she asked," is."""
    if before[-1] != ",":
        return False
    words = before[:-1].rsplit(None, 1)
    word = words[-1].lower() if words else ""
    return word in lexicon.cue_index or word in lexicon.tag_index


def line(rule_id: str | None, parts: list[tuple[int, int]]) -> Raw:
    """A line of dialogue told by the ``dialogue.*`` rule *rule_id* (``UNKNOWN`` when ``None``);
    its speaker is set when attribution builds the statement."""
    rule = next((r for r in (CONTINUATION, NARRATION, VOCATIVE, TURN) if r.id == rule_id), UNKNOWN)
    return Source(None).raw(rule, parts, QuoteKind.DIRECT)
