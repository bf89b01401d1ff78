"""Statements cued by a noun: a possessor's claim, view or call, and the findings of a poll.

A cue noun reports only with its source attached: a possessor ("the
senator's claim that ..."), or, for a poll or study, the phrase after "in"
("In the latest poll, ...").
"""

from __future__ import annotations

from quoteattr._model import CueClass, MentionForm
from quoteattr.grammar.clauses import clause_end, content_span, that
from quoteattr.grammar.speakers import np_backward
from quoteattr.rules.registry import register
from quoteattr.rules.state import Context, Source

__all__ = ["IN_SOURCE", "NOUN_CUE"]

NOUN_CUE = register(
    __name__,
    "reported.noun-cue",
    "POSSESSOR'S NOUN that CONTENT",
    "The senator's claim that the plan had failed drew criticism.",
)


def noun_cue(ctx: Context, cue: tuple[int, int], sent_start: int, sent_end: int, cue_class: CueClass) -> bool:
    """POSSESSOR'S NOUN that/to CONTENT: "Doe's claim that ...", "In her view, ...".

    Without a possessor, a noun followed by "that" still reports ("the
    accusations that ..."), with no speaker.

    Returns whether a statement was made.
    """
    p = ctx.p
    text = p.text
    lex = p.lexicon
    cue_start, cue_end = cue
    toks = p.tokens(max(sent_start, cue_start - 120), cue_start)
    if not toks:
        return False
    k = len(toks) - 1
    last = p.word(toks[k]).lower()
    possessive = last.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s"))
    if last.isalpha() and last not in lex.possessive_index and not possessive and k > 0:
        k -= 1  # one adjective: "his latest claim"
    owner = p.word(toks[k]).lower()
    if owner in lex.possessive_index:
        src = Source(cue, (toks[k][0], toks[k][1]), MentionForm.PRONOUN, None, cue_class)
    elif owner.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")):
        np = np_backward(p, [*toks[:k], (toks[k][0], toks[k][1] - 2)], k, toks[0][0] == sent_start)
        if np is None or np.form is MentionForm.PRONOUN:
            return False
        src = Source(cue, (np.start, np.end), np.form, np.title, cue_class)
    else:
        # "the accusations that ...": a statement whose source the phrase does not name
        m = that(p, cue_end, sent_end)
        if m is None:
            return False
        src = Source(cue, cue_class=cue_class)
        content = content_span(p, m.start("that"), sent_end, min_tokens=3)
    if src.speaker is not None:  # after a possessor, the content may take other shapes too
        start = p.lstrip(cue_end)
        j = toks[k][0]
        lead = text[max(sent_start, j - 4) : j].strip().lower()
        if lead == "in" and start < sent_end and text[start] == ",":
            content = content_span(p, start + 1, sent_end, min_tokens=2)  # "In her view, ..."
        else:
            m = that(p, cue_end, sent_end)
            t = p.patterns.token.match(text, start, sent_end)
            if m is not None:
                content = content_span(p, m.start("that"), sent_end, min_tokens=3)
            elif t is not None and t.group().lower() == "to" and cue_class is not CueClass.THOUGHT:
                content = content_span(p, start, sent_end, min_tokens=2)
            else:
                return False
    if content is None:
        return False
    ctx.add(src.raw(NOUN_CUE, [content]))
    return True


IN_SOURCE = register(
    __name__,
    "reported.in-source",
    "In the POLL, CONTENT.",
    "In the latest poll, Jane Doe leads the race by eight points.",
)


def in_source(ctx: Context, cue: tuple[int, int], sent_start: int, sent_end: int) -> None:
    """In the latest POLL, CONTENT.  /  CONTENT, in the POLL.

    The cue is "in"; the source is the phrase from its article to the comma or
    the sentence end ("the latest state poll released Wednesday").
    """
    p = ctx.p
    text = p.text
    lex = p.lexicon
    cue_start = cue[0]
    toks = p.tokens(max(sent_start, cue_start - 80), cue_start)
    k = len(toks) - 1
    while k >= 0 and len(toks) - k <= 6:
        w = p.word(toks[k])
        if w.lower() == "in":
            break
        if not (w[0].isalnum() or w in ("/", "-")) or w.lower() in lex.description_stopwords:
            return
        k -= 1
    else:
        return
    if k < 0:
        return
    cue_in = toks[k]
    src_start = toks[k + 1][0] if k + 1 < len(toks) else cue_start
    comma = p.comma_outside_quotes(cue_start, sent_end)
    src_end = p.trim_end(src_start, comma if comma >= 0 else sent_end)
    src = Source(cue_in, (src_start, src_end), MentionForm.DESCRIPTION, None, CueClass.EVIDENCE)
    before = text[sent_start : cue_in[0]].strip()
    if not before and comma >= 0:  # "In a new poll, Doe leads ..."
        start = p.lstrip(comma + 1)
        end = clause_end(p, start, sent_end)
        if end > start:
            ctx.add(src.raw(IN_SOURCE, [(start, end)]))
    elif before and comma < 0 and before.endswith(","):  # "Doe leads by 8 points, in the survey."
        start = p.clause_start(sent_start, cue_in[0])
        end = p.trim_end(start, cue_in[0])
        if end > start:
            ctx.add(src.raw(IN_SOURCE, [(start, end)]))
