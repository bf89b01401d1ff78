"""Reported speech attributed by a verb: the content before, after or around its cue.

A reported content is a clause, kept verbatim from its first word (with its
"that") to its end (``grammar.clauses``); it is indirect, or mixed where it
quotes some words. These rules also take a quotation that stands where the
clause would ("..., adding, “...”").
"""

from __future__ import annotations

from quoteattr._model import CueClass, MentionForm, QuoteKind
from quoteattr.grammar.clauses import auxiliaries_before, clause_end, content_after, skip_adjuncts, that
from quoteattr.grammar.speakers import NP, speaker_after, subject
from quoteattr.rules.registry import register
from quoteattr.rules.state import Context, Source
from quoteattr.segment import ALL_CLOSE, ALL_OPEN, DASHES, Paragraph, Quote, has_letter

__all__ = [
    "AND_CUE",
    "CONTENT_CUE_SPEAKER",
    "CONTENT_SPEAKER_CUE",
    "FRONTED_PARTICIPLE",
    "PARENTHETICAL",
    "PARTICIPLE_CLAUSE",
    "SPEAKER_CUE_CONTENT",
]

SPEAKER_CUE_CONTENT = register(
    __name__,
    "reported.speaker-cue-content",
    "SPEAKER CUE (that) CONTENT.",
    "Jane Doe said that the plan had failed.",
)


def speaker_cue_content(
    ctx: Context, src: Source, np: NP, after: int, sent_end: int, lemma: str | None, form: str, subordinate: bool
) -> None:
    """SPEAKER CUE (that) CONTENT. — when the speaker phrase stands where a subject may
    (a sentence start, a comma, a conjunction) and a clause follows the cue."""
    p = ctx.p
    if not (
        np.boundary in ("start", ",", ";", ":", "(", "—", "–", ".")  # "." ends an abbreviation: "U.S. Attorney ..."
        or np.boundary in p.lexicon.clause_boundary_words
        or np.boundary in ALL_OPEN
    ):
        return
    content = content_after(
        p, after, sent_end, lemma=lemma, cue_class=src.cue_class, form=form, subordinate=subordinate
    )
    if content is not None:
        ctx.add(src.raw(SPEAKER_CUE_CONTENT, [content]))


def quoted_clause(ctx: Context, src: Source, q: Quote, sent_end: int, subordinate: bool) -> bool:
    """SPEAKER CUE “QUOTED” CONTENT. — a quotation opening the content, which goes on after
    it ('she said "I stood up to them" in every debate'), is part of one reported clause.

    Returns whether it was so.
    """
    p = ctx.p
    rest = clause_end(p, q.close_end, sent_end, subordinate=subordinate) if q.close is not None else -1
    if q.next is None and rest > q.close_end and has_letter(p.text, q.close_end, rest):
        ctx.add(src.raw(SPEAKER_CUE_CONTENT, [(q.open, rest)]))
        return True
    return False


def agrees(p: Paragraph, np: NP, cue_start: int, form: str, lemma: str | None) -> bool:
    """Whether speaker and cue can be subject and verb of an active clause.

    Refused: a passive ("Doe has been attacked by ..."), whose subject is no
    speaker; a possessive ("Doe's tweet"), where the cue is a noun; a bare
    verb after a singular name with no auxiliary ("Radio talk show host").
    """
    text = p.text
    lex = p.lexicon
    if text[np.end - 2 : np.end].lower() in ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s"):
        return False
    between = auxiliaries_before(p, np.end, cue_start)
    if not form.endswith("ing") and any(w in lex.be_forms for w in between):
        return False
    if between and lemma in lex.non_answers and any(w in ("not", "never") or w.endswith("n't") for w in between):
        return False  # "did not respond to requests for comment": no statement
    if between or np.form in (MentionForm.PRONOUN, MentionForm.ROLE) or form != lemma:
        return True  # "said", "says": only a bare form asks for a plural subject
    # with no auxiliary, a bare form needs a plural subject: "officials say";
    # after a singular phrase it is a noun ("a Republican tax plan", "a news release")
    words = text[np.start : np.end].lower().split()
    cut = next((n for n, w in enumerate(words) if n > 0 and (w in lex.description_links or w == "who")), len(words))
    head = words[cut - 1] if words else ""  # "supporters of the law", "voters who ...": the head is before
    if (head.isdigit() or head in lex.indefinite_speakers or head in lex.number_words) and words:
        head = words[-1]  # "eight of 10 voters", "most of the delegates"
        if head.isdigit() or head in lex.number_words:
            head = "people"  # "One in five say"
    return (  # a plural subject
        words[0] in ("those", "these", "both", "all", "many", "several", "some")
        or head.endswith("s")
        or head in lex.plural_nouns
        or head in lex.indefinite_speakers
        or (np.form is MentionForm.NAME and " and " in text[np.start : np.end])
    )


CONTENT_SPEAKER_CUE = register(
    __name__,
    "reported.content-speaker-cue",
    "CONTENT, SPEAKER CUE.",
    "The plan had failed, Jane Doe said.",
    may_end_in_quotation=True,
)
CONTENT_CUE_SPEAKER = register(
    __name__,
    "reported.content-cue-speaker",
    "CONTENT, CUE SPEAKER.",
    "The plan had failed, said Jane Doe.",
    may_end_in_quotation=True,
)
PARENTHETICAL = register(
    __name__,
    "reported.parenthetical",
    "CONTENT, SPEAKER CUE, CONTENT.",
    "The plan, Jane Doe said, had failed.",
)


def postposed(ctx: Context, src: Source, np: NP, sent_start: int, sent_end: int, after: int, *, inverted: bool) -> bool:
    """CONTENT, SPEAKER CUE.  or, *inverted*, CONTENT, CUE SPEAKER.  or the parenthetical
    CONTENT, SPEAKER CUE, CONTENT. *np* is bounded by the comma after the content.

    Returns whether the structure fits (a statement may still be refused).
    """
    p = ctx.p
    lex = p.lexicon
    text = p.text
    comma = np.boundary_at
    start = p.clause_start(sent_start, comma)
    left_end = p.trim_end(start, comma)
    if left_end <= start:
        return False
    rest = p.lstrip(after)
    if rest in p.top_opens:
        return False  # 'When ..., she said "I stood up ..."': the quotation follows the cue
    if rest < sent_end and text[rest] == ",":
        nxt = p.lstrip(rest + 1)
        if nxt in p.top_opens:
            return False  # "..., Doe said, “I do.”": the quotation is the content
        m = p.patterns.token.match(text, nxt, sent_end)
        word = m.group() if m else ""
        if (
            word
            and word[0].isalpha()
            and word.lower() not in lex.not_parenthetical
            and word.lower() not in lex.cue_index
        ):
            right_end = clause_end(p, nxt, sent_end)
            if right_end > nxt:
                ctx.add(src.raw(PARENTHETICAL, [(start, left_end), (nxt, right_end)]))
                return True
    elif rest < sent_end and text[rest] not in ".;!?" + ALL_CLOSE + DASHES:
        return False  # the sentence goes on after the cue: no post-posed attribution
    if p.token_end(start, min(left_end, start + 40), 1) >= 0:  # two tokens or more
        ctx.add(src.raw(CONTENT_CUE_SPEAKER if inverted else CONTENT_SPEAKER_CUE, [(start, left_end)]))
    return True


PARTICIPLE_CLAUSE = register(
    __name__,
    "reported.participle-clause",
    "…, CUE-ing (that) CONTENT.",
    "Jane Doe said the plan had failed, adding that a new one was ready.",
)
AND_CUE = register(
    __name__,
    "reported.and-cue",
    "SPEAKER … and CUE (that) CONTENT.",
    "Jane Doe met the press and said the plan had failed.",
)


def continuing(
    ctx: Context,
    cue: tuple[int, int],
    sent_start: int,
    sent_end: int,
    cue_class: CueClass,
    lemma: str | None,
    *,
    participle: bool,
) -> None:
    """…, CUE-ing (that) CONTENT.  or  SPEAKER … and CUE (that) CONTENT. — a cue with no speaker
    before it continues its sentence's speaker (``sentence_speaker``); its content is a clause
    or a quotation after it ("..., saying, “...”")."""
    p = ctx.p
    text = p.text
    rule = PARTICIPLE_CLAUSE if participle else AND_CUE
    speaker = sentence_speaker(ctx, sent_start, cue[0])
    if speaker is None:
        return
    src = Source.of(cue, speaker, cue_class)
    after = skip_adjuncts(p, cue[1], sent_end)  # only now: most cues without a speaker end above
    q = p.opening_quote_at(after)  # "..., saying, “...”", "he laughed and said, “...”"
    if q is not None and not text[after : q.open].replace(",", " ").replace(":", " ").strip():
        ctx.add(src.raw(rule, ctx.quote_parts(q), QuoteKind.DIRECT))
        return
    content = content_after(p, after, sent_end, lemma=lemma, cue_class=cue_class, form=text[cue[0] : cue[1]].lower())
    if content is not None:
        ctx.add(src.raw(rule, [content]))


def sentence_speaker(ctx: Context, sent_start: int, cue_start: int) -> NP | None:
    """The speaker of an earlier statement in this sentence, else its subject."""
    p = ctx.p
    for raw in reversed(ctx.raws):
        at = raw.cue[0] if raw.cue else raw.parts[0][0]
        if at < sent_start:
            break  # statements are found in cue order: the rest are earlier still
        if raw.speaker is not None and at < cue_start:
            return NP(raw.speaker[0], raw.speaker[1], raw.form or MentionForm.NAME, raw.title, raw.speaker[0], "", 0)
    found = subject(p, sent_start, cue_start)
    if found is None:
        # no clear subject: the phrase opening the sentence, when it is no description
        found = speaker_after(p, sent_start, cue_start, need_end=False)
        if found is not None and found.form is MentionForm.DESCRIPTION:
            found = None
    return found


FRONTED_PARTICIPLE = register(
    __name__,
    "reported.fronted-participle",
    "CUE-ing that CONTENT, SPEAKER …",
    "Stressing that the plan had failed, Jane Doe called for a new one.",
)


def fronted(ctx: Context, cue: tuple[int, int], sent_end: int, cue_class: CueClass) -> None:
    """CUE-ing that CONTENT, SPEAKER VERB … — the content runs to the comma after which a
    subject and its verb follow ("Stressing that ..., Jane Doe called ...")."""
    p = ctx.p
    lex = p.lexicon
    text = p.text
    m = that(p, cue[1], sent_end)
    if m is None:
        return
    start = m.start("that")
    pos = start
    while True:
        comma = text.find(",", pos, sent_end)
        if comma < 0:
            return
        np = speaker_after(p, p.lstrip(comma + 1), sent_end, need_end=False)
        if np is not None and np.form is not MentionForm.DESCRIPTION:
            t = p.patterns.token.match(text, p.lstrip(np.end), sent_end)
            if t is not None and t.group().islower() and t.group() not in lex.name_connectors:
                ctx.add(Source.of(cue, np, cue_class).raw(FRONTED_PARTICIPLE, [(start, p.trim_end(start, comma))]))
                return
        pos = comma + 1
