"""Statements attributed with "according to": the source after "to", the content before or after."""

from __future__ import annotations

from quoteattr._model import CueClass, MentionForm, QuoteKind
from quoteattr.grammar.clauses import clause_end
from quoteattr.grammar.speakers import speaker_after
from quoteattr.rules.registry import register
from quoteattr.rules.state import Context, Source
from quoteattr.segment import ALL_CLOSE, has_letter

__all__ = ["ACCORDING_TO_BACK", "ACCORDING_TO_FRONT"]

ACCORDING_TO_FRONT = register(
    __name__,
    "reported.according-to-front",
    "According to SPEAKER, CONTENT.",
    "According to Jane Doe, the plan had failed.",
)
ACCORDING_TO_BACK = register(
    __name__,
    "reported.according-to-back",
    "CONTENT, according to SPEAKER.",
    "The plan had failed, according to Jane Doe.",
)


def according_to(ctx: Context, cue: tuple[int, int], sent_start: int, sent_end: int) -> None:
    """According to SOURCE, CONTENT.  /  CONTENT, according to SOURCE (, CONTENT).

    The source is everything from "to" to the next comma or the sentence end
    ("a complaint filed by the agency and a report by the state"), so it needs
    no phrase grammar; its head decides the mention form. Before the sentence's
    content it opens an ``ACCORDING_TO_FRONT``; after it (or inside it, between
    commas) an ``ACCORDING_TO_BACK``, direct when the content is one quotation.
    """
    p = ctx.p
    text = p.text
    cue_start, cue_end = cue
    src_start = p.lstrip(cue_end)
    comma = p.comma_outside_quotes(src_start, sent_end)
    src_end = p.trim_end(src_start, comma if comma >= 0 else sent_end)
    if src_end <= src_start or src_end - src_start > 250:
        return
    np = speaker_after(p, src_start, src_end, need_end=False)
    if np is not None and np.end == src_end:
        src = Source(cue, (np.start, np.end), np.form, np.title, CueClass.SPEECH)
    else:
        src = Source(cue, (src_start, src_end), MentionForm.DESCRIPTION, None, CueClass.SPEECH)
    j = p.rstrip(cue_start)
    if cue_start == sent_start or (j > p.start and text[j - 1] in ",;:(" and not has_letter(text, sent_start, j)):
        if comma < 0:
            return
        start = p.lstrip(comma + 1)
        end = clause_end(p, start, sent_end)
        if end > start:
            ctx.add(src.raw(ACCORDING_TO_FRONT, [(start, end)]))
        return
    q = p.quote_closing_before(cue_start)
    if q is not None and p.quote_starts_sentence(q, sent_start):
        ctx.add(src.raw(ACCORDING_TO_BACK, ctx.quote_parts(q), QuoteKind.DIRECT))
        return
    if j > p.start and (text[j - 1] == "," or text[j - 1] in ALL_CLOSE):
        left = j - 1 if text[j - 1] == "," else j
        start = p.clause_start(sent_start, left)
        left_end = p.trim_end(start, left)
        if left_end <= start:
            return
        parts = [(start, left_end)]
        if comma >= 0:
            nxt = p.lstrip(comma + 1)
            right_end = clause_end(p, nxt, sent_end)
            m = p.patterns.token.match(text, nxt, sent_end)
            if right_end > nxt and m and m.group().lower() not in p.lexicon.not_parenthetical:
                parts.append((nxt, right_end))
        ctx.add(src.raw(ACCORDING_TO_BACK, parts))
