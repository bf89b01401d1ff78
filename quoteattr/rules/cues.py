"""The cue sieve: which rule a cue word found by the scan goes to, in order.

``at_cue`` is the one entry point for a cue. "According to" goes to its own
family; a noun ("statement", "poll") to the noun rules; a fronted participle
or "Asked about" to theirs. Otherwise the speaker phrase is read back from the
cue: a passive or raising verb goes to the sourceless rules; an active one,
by where its content stands (a quotation closing before the speaker, a comma
before it, a quotation or a clause after the cue), to the direct or reported
rule of that shape. A cue with no speaker before it may invert ("..., said
Jane Doe") or continue its sentence's speaker (", adding that ...").
"""

from __future__ import annotations

import attrs

from quoteattr._model import CueClass, MentionForm
from quoteattr.grammar.clauses import after_conjunction, auxiliaries_before, headline_verb, skip_adjuncts, skip_object
from quoteattr.grammar.speakers import speaker_after, speaker_before
from quoteattr.rules import according, direct, nouns, reported, unnamed
from quoteattr.rules.state import Context, Source
from quoteattr.segment import ALL_CLOSE, ALL_OPEN

__all__ = ["at_cue"]


def at_cue(ctx: Context, cue: tuple[int, int]) -> None:
    """Try the rules that hang on the cue word at *cue*, in order, until one takes it."""
    p = ctx.p
    text = p.text
    cue_start, cue_end = cue
    cue_text = text[cue_start:cue_end]
    _i, sent_start, sent_end = p.sentence_of(cue_start)
    low = cue_text.lower()
    if low.startswith("according"):
        according.according_to(ctx, cue, sent_start, sent_end)
        return
    if (
        cue_text[0].isupper()
        and cue_start != sent_start
        and p.lstrip(p.start) != cue_start
        and not headline_verb(p, cue_text)
    ):
        return  # "the United States", "Claims Court": a capitalised cue form inside a sentence is a name
    lex = p.lexicon
    info = lex.cue_index.get(low) or lex.tag_index.get(low)
    lemma = info[0] if info else None
    cue_class = CueClass.SPEECH if info is None else CueClass(info[1])
    verbs = p.patterns.verb_lemmas
    if low in lex.evidence_nouns and lemma not in verbs:
        nouns.in_source(ctx, cue, sent_start, sent_end)
        return
    if low in lex.noun_cues and (nouns.noun_cue(ctx, cue, sent_start, sent_end, cue_class) or lemma not in verbs):
        return  # "statement", "belief": a noun is a cue only after its possessor
    if cue_start == sent_start and cue_text[0].isupper() and cue_text.endswith("ing"):
        reported.fronted(ctx, cue, sent_end, cue_class)  # "Stressing that ..., Wang ..."
        return
    if low == "asked" and (
        cue_start == sent_start
        or text[sent_start:cue_start].strip().lower() in ("when", "if", "after", "once", "while")
    ):
        unnamed.asked(ctx, cue, sent_end)
        return
    prev = p.word_before(cue_start)
    if prev in lex.noun_articles or (prev in lex.noun_prepositions and not cue_text.endswith("ing")):
        return  # "the report", "his call", "for comment": after an article or preposition, a noun
    np = speaker_before(p, cue_start, sent_start)
    if np is None:
        _no_speaker_before(ctx, cue, sent_start, sent_end, cue_class, lemma)
        return
    after = skip_adjuncts(p, cue_end, sent_end)
    quotation_only = lemma in lex.quotation_only  # "“…,” she returned": a tag, never a clause's cue
    if quotation_only and auxiliaries_before(p, np.end, cue_start):
        return  # "had returned", "was begun": a tag is a bare past tense
    if not quotation_only and unnamed.passive(ctx, np, cue, sent_end, cue_class):
        return
    if lemma in lex.raising:
        unnamed.raising(ctx, np, cue, sent_end)
        return
    if not reported.agrees(p, np, cue_start, low, lemma):
        return
    src = Source.of(cue, np, cue_class)
    if lemma == "tell" and np.boundary in (*ALL_CLOSE, ","):
        # "“...,” a friend told CNN.": the addressee stands between cue and sentence end
        told = skip_object(p, after, sent_end)
        if told >= 0 and (p.lstrip(told) >= sent_end or p.text[p.lstrip(told)] in ".!?,"):
            after = told
    # post-posed: the content stands before the speaker
    if np.boundary in ALL_CLOSE or np.boundary == ",":
        q = p.quote_closing_before(np.outer)
        if q is not None and p.quote_starts_sentence(q, sent_start):
            direct.quote_speaker_cue(ctx, src, q, after)
            return
        if q is not None and q.next is None:
            # 'Jones "has done it again," Doe said.': a mixed statement
            np = np.evolve(boundary=",", boundary_at=q.close_end)
        if quotation_only:
            return
        if np.boundary == "," and reported.postposed(ctx, src, np, sent_start, sent_end, after, inverted=False):
            return
    # pre-posed: the content follows the cue
    if lemma == "tell":
        after = skip_object(p, after, sent_end)
        if after < 0:
            return
    subordinate = np.boundary in lex.subordinators
    q = p.opening_quote_at(after)
    if q is not None and not text[after : q.open].replace(",", " ").replace(":", " ").strip():
        if quotation_only or not reported.quoted_clause(ctx, src, q, sent_end, subordinate):
            direct.speaker_cue_quote(ctx, src, q)
        return
    if np.boundary == "start" and direct.quote_after_sentence(ctx, src, after, sent_end):
        return
    if not quotation_only:
        reported.speaker_cue_content(ctx, src, np, after, sent_end, lemma, low, subordinate)


def _no_speaker_before(
    ctx: Context, cue: tuple[int, int], sent_start: int, sent_end: int, cue_class: CueClass, lemma: str | None
) -> None:
    """A cue with no speaker before it: inverted ("..., said Jane Doe."), or a participle or
    "and" clause continuing the sentence's speaker ("..., adding that ...", "... and said ...")."""
    p = ctx.p
    text = p.text
    cue_start, cue_end = cue
    j = p.rstrip(cue_start)
    before = text[j - 1] if j > p.start else ""
    if (j - 1) in p.top_closes:
        before = "\N{RIGHT DOUBLE QUOTATION MARK}"  # whatever mark closed the quotation there
    form = text[cue_start:cue_end].lower()
    inverts = cue_class is CueClass.SPEECH and not form.endswith("ing")  # not "..., citing changes"
    if inverts and (before == "," or before in ALL_CLOSE):
        np = speaker_after(p, p.lstrip(cue_end), sent_end)
        if np is None and before in ALL_CLOSE:
            # '“...,” said Jane Doe in a statement.': an adjunct after the speaker
            loose = speaker_after(p, p.lstrip(cue_end), sent_end, need_end=False)
            if loose is not None:
                rest = p.lstrip(skip_adjuncts(p, loose.end, sent_end))
                if rest >= sent_end or p.text[rest] in ",.;:!?" + ALL_OPEN:
                    np = loose
        short = np is not None and len(p.tokens(np.outer if np.outer < np.start else np.start, np.end)) <= 6
        if np is not None and (
            np.form is not MentionForm.DESCRIPTION
            or before in ALL_CLOSE
            or (short and np.boundary in (".", "end", "!", "?"))
        ):
            src = Source.of(cue, np, cue_class)
            q = p.quote_closing_before(cue_start)
            if q is not None and p.quote_starts_sentence(q, sent_start):
                direct.quote_cue_speaker(ctx, src, q, np)
                return
            if lemma in p.lexicon.quotation_only:
                return  # a fiction tag without its quotation: nothing reported
            if before == "," or (q is not None and q.next is None):
                shifted = np.evolve(boundary=",", boundary_at=q.close_end if q is not None else j - 1)
                rest = np.end
                if np.boundary == ",":
                    # "says Jane Doe, co-author of a study.": an appositive, not more content
                    appositive = speaker_after(p, p.lstrip(np.boundary_at + 1), sent_end)
                    if appositive is not None and appositive.form is not MentionForm.PRONOUN:
                        rest = appositive.end
                        src = attrs.evolve(src, title=src.title or text[p.lstrip(np.boundary_at + 1) : rest])
                reported.postposed(
                    ctx,
                    src,
                    shifted,
                    sent_start,
                    sent_end,
                    skip_adjuncts(p, rest, sent_end),
                    inverted=True,
                )
                return
    participle = form.endswith("ing") and cue_end - cue_start > 3
    and_before = not participle and after_conjunction(p, cue_start)  # not "and supporting China"
    led = (
        participle
        and (
            before == ","
            or (before in ALL_CLOSE and text[j - 2 : j - 1] == ",")  # '"Morning Joe," adding'
            or (text[max(p.start, j - 8) : j].split() or [""])[-1].lower() in p.lexicon.participle_leads
        )
    )
    if (led or and_before) and lemma not in p.lexicon.quotation_only:
        reported.continuing(ctx, cue, sent_start, sent_end, cue_class, lemma, participle=participle)
