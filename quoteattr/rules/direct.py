"""Direct quotations attributed by a speech verb: the quotation before or after its cue.

The content of a direct statement is the text inside the quotation marks; a
quotation split by its attribution ("“A,” she said, “B.”") is one statement
with two parts.
"""

from __future__ import annotations

import bisect

from quoteattr._model import QuoteKind
from quoteattr.grammar.speakers import NP
from quoteattr.rules.registry import register
from quoteattr.rules.state import Context, Source
from quoteattr.segment import ALL_OPEN, Paragraph, Quote

__all__ = ["CONTENT_CUE_SPEAKER", "CONTENT_SPEAKER_CUE", "SPEAKER_CUE_CONTENT"]

CONTENT_SPEAKER_CUE = register(
    __name__, "direct.content-speaker-cue", "“CONTENT,” SPEAKER CUE.", "“We will win,” Jane Doe said."
)


def quote_speaker_cue(ctx: Context, src: Source, q: Quote, after: int) -> None:
    """“CONTENT,” SPEAKER CUE. — and a second quotation right after the cue joins it
    ("“A,” she said, “B.”"). *q* closes before the speaker; *after* is past the cue's adjuncts."""
    p = ctx.p
    text = p.text
    parts = ctx.quote_parts(q)
    nxt = (
        p.opening_quote_at(after)
        if text[after : after + 1] in ",:" or text[after : after + 2].strip() in ALL_OPEN
        else None
    )
    if nxt is None or text[after : nxt.open].strip(" ,:").strip():
        nxt = _resumed(p, q, after)  # "“A,” she told CNN in 2012, “B.”"
    if nxt is not None:
        ctx.join_parts(parts, ctx.quote_parts(nxt))
    ctx.add(src.raw(CONTENT_SPEAKER_CUE, parts, QuoteKind.DIRECT))


def _resumed(p: Paragraph, q: Quote, frm: int) -> Quote | None:
    """The quotation that resumes *q* after an attribution with words of its own (a time, a
    place, an addressee, an appositive): "“A,” she told CNN in 2012, “B.”", "“A,” said Jane
    Doe, an economist at the bank, “B.”". *q* ends in a comma, so its sentence goes on; the next
    quotation opens after a comma in the same sentence, and no other cue stands between."""
    text = p.text
    if q.close is None or "," not in (text[q.inner_end - 1 : q.inner_end], text[q.close_end : q.close_end + 1]):
        return None
    k = bisect.bisect_left(p.top_starts, frm)
    if k >= len(p.top):
        return None
    nxt = p.top[k]
    if nxt.open - frm > 200 or text[: nxt.open].rstrip()[-1:] != ",":
        return None
    _i, _start, sent_end = p.sentence_of(frm)
    if nxt.open >= sent_end:
        return None
    if text[frm : nxt.open].lstrip(" ,").startswith(("and ", "but ", "then ", "while ")):
        return None  # "“A,” she said, but despite ..., “B,” said Lind": the sentence goes on to another
    n = bisect.bisect_left(p.cue_starts, frm)
    while n < len(p.cues) and p.cues[n][0] < nxt.open:
        if text[p.cues[n][0]].islower():
            return None  # "“A,” she said, and Tomas Lind replied, “B.”": a second attribution
        n += 1
    n = bisect.bisect_left(p.cue_starts, nxt.close_end)
    own = nxt.close is not None and "," in (
        text[nxt.inner_end - 1 : nxt.inner_end],
        text[nxt.close_end : nxt.close_end + 1],
    )
    if own and n < len(p.cues) and p.cues[n][0] - nxt.close_end < 30:
        return None  # "..., “B,” said Kunin": the second quotation has its own attribution
    return nxt


CONTENT_CUE_SPEAKER = register(
    __name__, "direct.content-cue-speaker", "“CONTENT,” CUE SPEAKER.", "“We will win,” said Jane Doe."
)


def quote_cue_speaker(ctx: Context, src: Source, q: Quote, np: NP) -> None:
    """“CONTENT,” CUE SPEAKER. — and a quotation after the speaker's comma joins it
    ("“A,” said Jane Doe, “B.”"). *q* closes before the cue; *np* is the speaker after it."""
    p = ctx.p
    parts = ctx.quote_parts(q)
    nxt = p.opening_quote_at(np.end) if p.text[np.end : np.end + 1] == "," else None
    if nxt is None:
        nxt = _resumed(p, q, np.end)  # "“A,” said Jane Doe, an economist at the bank, “B.”"
    if nxt is not None:
        ctx.join_parts(parts, ctx.quote_parts(nxt))
    ctx.add(src.raw(CONTENT_CUE_SPEAKER, parts, QuoteKind.DIRECT))


SPEAKER_CUE_CONTENT = register(
    __name__, "direct.speaker-cue-content", "SPEAKER CUE: “CONTENT.”", "Jane Doe said: “We will win.”"
)


def speaker_cue_quote(ctx: Context, src: Source, q: Quote) -> None:
    """SPEAKER CUE: “CONTENT.” — the quotation *q* opens right after the cue (a comma or colon between)."""
    ctx.add(src.raw(SPEAKER_CUE_CONTENT, ctx.quote_parts(q), QuoteKind.DIRECT))


def quote_after_sentence(ctx: Context, src: Source, after: int, sent_end: int) -> bool:
    """SPEAKER CUE (adjuncts). “CONTENT.” — a sentence that is only an attribution, opening
    its paragraph, introduces the quotation that opens the next sentence, or, ending in a
    colon, the next paragraph's ("Jane Doe said in a statement. “We ...”").

    Returns whether the statement was made (or left for the next paragraph).
    """
    p = ctx.p
    text = p.text
    rest = p.lstrip(after)
    if not (rest >= sent_end or text[rest] in ".:"):
        return False
    next_start = p.lstrip(sent_end)
    ahead = p.top_opens.get(next_start)
    if ahead is not None and ahead not in ctx.state.used_quotes:
        ctx.add(src.raw(SPEAKER_CUE_CONTENT, ctx.quote_parts(ahead), QuoteKind.DIRECT))
        return True
    if next_start >= p.end and text[sent_end - 1 : sent_end] == ":":
        ctx.state.pending = src.raw(SPEAKER_CUE_CONTENT, [], QuoteKind.DIRECT)
        return True  # "Reporter Jane Doe says:" and the quotation in the next paragraph
    return False
