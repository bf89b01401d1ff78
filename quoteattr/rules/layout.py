"""Rules read off the layout: dashes and colons around quotations, headlines, transcript
labels, and quotations that go on after their attribution (split and multi-paragraph).
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable

from quoteattr._model import MentionForm, QuoteKind
from quoteattr.grammar.speakers import speaker_after, speaker_before
from quoteattr.rules.registry import register
from quoteattr.rules.state import Context, Raw, Source
from quoteattr.segment import ALL_CLOSE, ALL_OPEN, DASHES, Document, Events, Paragraph, Quote, has_letter

__all__ = ["CONTENT_DASH_SPEAKER", "HEADLINE_COLON", "HEADLINE_DASH", "SPEAKER_COLON", "SPEAKER_COLON_CONTENT"]

_HEADLINE_END = ".!?" + ALL_CLOSE  # what a paragraph ending a sentence ends in

CONTENT_DASH_SPEAKER = register(
    __name__, "direct.content-dash-speaker", "“CONTENT” — SPEAKER", "“We will win.” — Jane Doe"
)


def quote_dash_speaker(ctx: Context, q: Quote) -> bool:
    """“CONTENT” — SPEAKER: a dash and a name ending the paragraph or sentence after a quotation.

    Returns whether the statement was made.
    """
    p = ctx.p
    text = p.text
    # the dash pattern only where a dash follows (most quotations go on otherwise)
    after = p.lstrip(q.close_end)
    if after >= p.end or text[after] not in DASHES:
        return False
    m = p.patterns.dash_speaker.match(text, q.close_end, p.end)
    if m is None or not m.group("cue"):
        return False
    np = speaker_after(p, m.end(), p.end)
    if np is None or np.boundary not in ("end", "."):
        return False
    ctx.add(Source.of(m.span("cue"), np).raw(CONTENT_DASH_SPEAKER, ctx.quote_parts(q), QuoteKind.DIRECT))
    return True


SPEAKER_COLON_CONTENT = register(
    __name__, "direct.speaker-colon-content", "SPEAKER: “CONTENT.”", "Jane Doe: “We will win.”"
)


def speaker_colon_quote(ctx: Context, q: Quote) -> None:
    """SPEAKER: “CONTENT.” — a name right before a colon introduces the quotation after it
    ("More from Doe: “...”", "Jane Doe, The Daily Planet: “...”")."""
    p = ctx.p
    text = p.text
    j = p.rstrip(q.open)
    if not (j > p.start and text[j - 1] == ":" and j > (sent_start := p.sentence_of(q.open)[1])):
        return
    np = speaker_before(p, j - 1, sent_start, skip_aux=False)
    if np is not None and np.boundary == "," and np.form is not MentionForm.PRONOUN:
        # "Jane Doe, The Daily Planet: “...”", "Jane Doe, author: “...”": the writer, then her paper or role
        first = speaker_after(p, sent_start, np.boundary_at + 1, need_end=False)
        if first is not None and first.form is MentionForm.NAME and first.boundary_at == np.boundary_at:
            np = first.evolve(title=text[np.outer : np.end], boundary="start")
    if np is not None and np.form is MentionForm.NAME:  # q is closed: quote_rules asks only for closed ones
        src = Source((j - 1, j), (np.start, np.end), np.form, np.title)
        ctx.add(src.raw(SPEAKER_COLON_CONTENT, ctx.quote_parts(q), QuoteKind.DIRECT))


def quote_rules(ctx: Context) -> None:
    """The rules anchored on a closed quotation no cue took: a dash after it, a colon before it."""
    used = ctx.state.used_quotes
    for q in ctx.p.top:
        if q in used or q.close is None:
            continue
        if not quote_dash_speaker(ctx, q):
            speaker_colon_quote(ctx, q)


def take_pending(ctx: Context) -> None:
    """The quotation opening this paragraph completes an attribution that ended the last one in ":"."""
    p = ctx.p
    pending, ctx.state.pending = ctx.state.pending, None
    if pending is not None and p.top and p.top[0].open == p.start:
        pending.parts = ctx.quote_parts(p.top[0])
        ctx.add(pending)


def _takes_quotations(raw: Raw, quote_ends: set[int]) -> bool:
    """Whether quotations after *raw* may join it (see ``follow_on``); *quote_ends* are
    where the paragraph's quotations end."""
    return (
        (raw.kind is QuoteKind.DIRECT and raw.rule.id.startswith("direct."))
        or (raw.rule.may_end_in_quotation and raw.parts[-1][1] in quote_ends)  # mixed, ending in a quotation
        or (raw.speaker is not None and raw.rule.id.startswith("reported."))  # "Doe argues that ... “The ...”"
    )


def follow_on(ctx: Context) -> None:
    """Quotations that go on after their attribution join its statement.

    “A,” she said. “B.”  and, in news, a following paragraph that is only a
    quotation continue the statement before them: one statement, one part per quotation.

    Linear in the paragraph's quotations and statements: the statement a
    quotation may join is the last one (in rule order) that ends before it,
    kept in two heaps as the quotations go by, and the statements whose cue
    lies in the gap are found by bisecting their cues.
    """
    p = ctx.p
    text = p.text
    used = ctx.state.used_quotes
    last = ctx.state.last_direct
    starts_quoted = bool(p.top) and p.top[0].open == p.start and p.top[0] not in used
    if last is not None and starts_quoted and not p.doc.dialogue and p.only_quotes():
        # in news, a paragraph that is only quotations continues the previous paragraph's quotation;
        # in a story (segment.Document.dialogue) a paragraph is a turn: the conversation tells who speaks
        for q in p.top:
            if q not in used:
                ctx.join(last, ctx.quote_parts(q))
                if last.kind is QuoteKind.INDIRECT:
                    last.kind = QuoteKind.MIXED
        ctx.state.last_direct = last
        return
    last_raw = ctx.raws[-1] if ctx.raws else None
    if not p.top:
        # no quotation to join: only whether the last statement may take the next paragraph's
        ctx.state.last_direct = last_raw if last_raw is not None and _takes_quotations(last_raw, set()) else None
        return
    quote_ends = {q.inner_end for q in p.top} | {q.close_end for q in p.top if q.close is not None}
    direct = [r for r in ctx.raws if _takes_quotations(r, quote_ends)]
    # (end, index) of the statements not yet known to end before the quotation at hand,
    # and (-index) of those that do: a statement that takes a quotation ends later, so it
    # goes back to the first heap, and an entry whose end is no longer the statement's is stale
    ahead = [(r.parts[-1][1], n) for n, r in enumerate(direct)]
    heapq.heapify(ahead)
    behind: list[int] = []
    cued: list[tuple[int, int]] | None = None  # (cue start, index in ctx.raws), sorted
    for q in p.top:
        if q in used or q.prev is not None:
            continue
        while ahead and ahead[0][0] <= q.open:
            end, n = heapq.heappop(ahead)
            if direct[n].parts[-1][1] == end:
                heapq.heappush(behind, -n)
        while behind and direct[-behind[0]].parts[-1][1] > q.open:
            heapq.heappop(behind)
        if not behind:
            continue
        n = -behind[0]
        cand = direct[n]
        _i, sent_start, _end = p.sentence_of(q.open)
        after_colon = text[p.rstrip(q.open) - 1 : p.rstrip(q.open)] == ":"
        if has_letter(text, sent_start, q.open) and not after_colon:
            continue  # the quotation is inside a sentence of its own
        gap_start = cand.parts[-1][1]
        boundaries = bisect.bisect_right(p.sentences, q.open) - bisect.bisect_right(p.sentences, gap_start)
        if boundaries > 1:
            continue
        if cued is None:
            cued = sorted((r.cue[0], k) for k, r in enumerate(ctx.raws) if r.cue is not None)
        lo = bisect.bisect_left(cued, (gap_start, -1))
        hi = bisect.bisect_left(cued, (q.open, -1), lo)
        if any(
            ctx.raws[k] is not cand
            and not ctx.raws[k].rule.weak  # '“...,” he said when asked about it. “...”': a question, no speaker
            and cand.speaker
            not in (ctx.raws[k].speaker, ctx.raws[k].antecedent)  # "said Doe, who said ...": the same speaker
            for _cue_start, k in cued[lo:hi]
        ):
            continue  # someone else speaks in between ("..., referring to ..." by the same speaker does not count)
        ctx.join(cand, ctx.quote_parts(q))
        if cand.parts[-1][1] != gap_start:
            heapq.heappush(ahead, (cand.parts[-1][1], n))
        if cand.kind is QuoteKind.INDIRECT:
            cand.kind = QuoteKind.MIXED  # reported speech, then the speaker's own words
    ctx.state.last_direct = last_raw if last_raw is not None and last_raw in direct else None


# -- whole-paragraph layouts: they read a paragraph before any cue rule, and only at need ---------

TRANSCRIPT_LABEL = register(
    __name__,
    "reported.transcript-label",
    "LABEL: CONTENT (a label that opens several lines)",
    "Q: When will the pier open?\n\nA: In May.\n\nQ: And the cost?\n\nA: Less than we feared.",
    weak=True,  # a line of a transcript frames what it holds: "A: I said no" is also what "I said"
)
_LABEL = re.compile(r"(?:Q|A|[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}):(?=[ \t])")  # "Q:", "A:", "HELEN CRANE:"
_ROLES = {"Q": "questioner", "A": "answerer"}


def transcript_label(doc: Document, events: Events, paragraph: Callable[[], Paragraph]) -> Raw | None:
    """LABEL: CONTENT, a line of a transcript: a label that opens at least two paragraphs of the
    text ("Q:", "A:", "CRANE:", "HELEN CRANE:"). ``Q`` and ``A`` are the questioner and the one who
    answers, no people called Q and A, and are read only in a transcript (their lines half its
    paragraphs at least); a label in capitals is a name ("CRANE" is the text's Crane).
    """
    text = doc.text
    start, end = events[0], events[1]
    m = _LABEL.match(text, start, min(end, start + 40))
    if m is None:
        return None
    label = m.group()[:-1]
    if doc.label_count(m.group()) < 2 and not _named_label(doc, label):
        return None
    if label in _ROLES and 2 * (doc.label_count("Q:") + doc.label_count("A:")) < doc.paragraph_total():
        return None  # questions and answers quoted in an article: its rules read the answers' claims
    first = paragraph().lstrip(m.end())
    content_end = paragraph().trim_end(first, end)
    if content_end <= first:
        return None
    if label in _ROLES:
        src = Source((m.end() - 1, m.end()), (start, start + 1), MentionForm.ROLE, _ROLES[label])
    else:
        src = Source((m.end() - 1, m.end()), (start, m.end() - 1), MentionForm.NAME)
    return src.raw(TRANSCRIPT_LABEL, [(first, content_end)])


def _named_label(doc: Document, label: str) -> bool:
    """Whether a label used once is a transcript's speaker all the same: a name of several words in
    capitals ("TOMAS LIND"), no page label ("EDITOR'S NOTE"), in a text where at least two
    paragraphs open with such a label."""
    words = label.split()
    head = words[-1].lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").removesuffix("'s")
    if len(words) < 2 or head in doc.lexicon.label_words or any(w.lower() in doc.lexicon.label_words for w in words):
        return False
    return doc.label_lines() >= 2


SPEAKER_COLON = register(
    __name__,
    "reported.speaker-colon",
    "SPEAKER: CONTENT",
    "Jane Doe said the talks went well.\n\nJane Doe: The plan has failed, and we know why.",
)


def speaker_colon(doc: Document, events: Events, paragraph: Callable[[], Paragraph]) -> Raw | None:
    """SPEAKER: CONTENT, a paragraph opening with a name and a colon.

    Transcripts ("Doe: Well, that is the question.") and headlines ("Doe: The
    plan has failed."). A lone word before the colon must be a name the text
    uses elsewhere, so labels such as "Update:" are no speakers. A quotation
    after the colon is left to ``direct.speaker-colon-content``. *paragraph*
    gives the paragraph's segmentation, built when first asked.
    """
    text = doc.text
    start, end = events[0], events[1]
    colon = text.find(":", start, min(end, start + 80))
    if colon < 0 or not text[start].isupper() or colon + 1 >= end:
        return None
    p = paragraph()
    np = speaker_after(p, start, colon)
    if np is None or np.form not in (MentionForm.NAME, MentionForm.ROLE):
        return None
    if np.boundary == ",":
        if len(p.tokens(np.boundary_at + 1, colon)) > 4:
            return None  # "Jane Doe, author:" but not a clause with a comma
    elif np.boundary_at != colon:
        return None
    first = p.lstrip(colon + 1)
    if first >= end or text[first] in ALL_OPEN or text[colon + 1 : colon + 2] not in (" ", "\t"):
        return None
    name = text[np.start : np.end]
    if " " not in name and (name.lower() in doc.lexicon.non_names or not doc.named_elsewhere(name, start)):
        return None
    if " " in name and not _label_names_someone(doc, name, np.start):
        return None  # "The Latest:", "EDITOR'S NOTE:", "Big Win:": a label or a headline, no speaker
    content_end = p.trim_end(first, end)
    if len(p.tokens(first, content_end)) < 2:
        return None
    # NOTE: indirect whatever quotation marks the content holds, as it has always been
    return Source.of((colon, colon + 1), np).raw(SPEAKER_COLON, [(first, content_end)])


def _label_names_someone(doc: Document, name: str, at: int) -> bool:
    """Whether a label of several words before a colon may name a speaker: its head is no page
    label ("Latest", "Note", "Update") and one of its capitalised words stands elsewhere in the text."""
    lex = doc.lexicon
    words = name.split()
    head = words[-1].lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").removesuffix("'s")
    if head in lex.label_words:
        return False
    pos = at
    for word in words:
        pos = doc.text.find(word, pos)
        if word[:1].isupper() and word.lower() not in lex.determiners and doc.named_elsewhere(word, pos):
            return True
        pos += len(word)
    return False


HEADLINE_COLON = register(
    __name__,
    "reported.headline-colon",
    "HEADLINE CONTENT: SPEAKER",
    "Plan has failed: Jane Doe\n\nThe minister spoke on Monday.",
)


def headline_colon(doc: Document, events: Events, paragraph: Callable[[], Paragraph]) -> Raw | None:
    """HEADLINE: Speaker, in a short paragraph without a sentence end (a headline); the
    speaker is the capitalised phrase ending the paragraph after its last colon."""
    text = doc.text
    start, end = events[0], events[1]
    if text[end - 1] in _HEADLINE_END or end - start > 300:
        return None
    colon = text.rfind(":", start, end)
    if colon < 0 or end - colon > 60:
        return headline_dash(doc, events, paragraph)
    m = doc.patterns.headline.match(text, start, colon)
    content_start = m.end() if m else start
    p = paragraph()
    speaker_start = p.lstrip(colon + 1)
    np = speaker_after(p, speaker_start, end)
    if np is None or np.boundary != "end" or not text[np.start].isupper():
        return None
    if not text[speaker_start].isupper():
        return None
    content_end = p.trim_end(content_start, colon)
    if len(p.tokens(content_start, content_end)) < 3:
        return None
    src = Source((colon, colon + 1), (speaker_start, np.end), np.form, np.title)
    return src.raw(HEADLINE_COLON, [(content_start, content_end)])


HEADLINE_DASH = register(
    __name__,
    "reported.headline-dash",
    "HEADLINE CONTENT - SPEAKER",
    "Budget will pass next year - minister\n\nThe minister spoke on Monday.",
)


def headline_dash(doc: Document, events: Events, paragraph: Callable[[], Paragraph]) -> Raw | None:
    """HEADLINE - SPEAKER, a wire headline ("Budget will pass next year - MINISTER", "Talks
    have collapsed -sources"): a short paragraph without a sentence end whose last dash is
    followed by a speaker phrase of a few words that ends the paragraph. A wire prefix
    ("UPDATE 2-") is not content."""
    text = doc.text
    start, end = events[0], events[1]
    m = doc.patterns.headline_dash.search(text, max(start, end - 40), end)
    if m is None:
        return None
    p = paragraph()
    speaker_start = p.lstrip(m.end())
    np = speaker_after(p, speaker_start, end)
    words = [p.word(t).lower() for t in p.tokens(speaker_start, end)]
    if np is None or np.boundary != "end" or np.form is MentionForm.PRONOUN or len(words) > 5:
        return None
    if any(w in doc.lexicon.cue_index and w not in doc.patterns.noun_forms for w in words):
        return None  # "... - the minister said on Monday": a cue of its own
    prefix = doc.patterns.wire_prefix.match(text, start, m.start())
    content_start = prefix.end() if prefix else start
    content_end = p.trim_end(content_start, m.start())
    if len(p.tokens(content_start, content_end)) < 3:
        return None
    src = Source(m.span("dash"), (np.start, np.end), np.form, np.title)
    return src.raw(HEADLINE_DASH, [(content_start, content_end)])
