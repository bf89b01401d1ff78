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

from quoteattr._model import CueClass, MentionForm
from quoteattr.grammar.clauses import after_conjunction, auxiliaries_before, headline_verb, skip_adjuncts, skip_object
from quoteattr.grammar.speakers import NP, speaker_after, speaker_before
from quoteattr.rules import according, direct, nouns, reported, unnamed
from quoteattr.rules.state import Context, Source
from quoteattr.segment import ALL_CLOSE, ALL_OPEN, Paragraph, Quote

__all__ = ["at_cue"]

_AFTER_INVERTED = frozenset(("after", "as", "before", "when", "while", "who", "whose"))
_SPACED_DASHES = frozenset(("-", "\N{EM DASH}", "\N{EN DASH}", "\N{HORIZONTAL BAR}"))


def at_cue(ctx: Context, cue: tuple[int, int]) -> None:
    """Try the rules that hang on the cue word at *cue*, in order, until one takes it."""
    p = ctx.p
    text = p.text
    cue_start, cue_end = cue
    cue_text = text[cue_start:cue_end]
    _i, sent_start, sent_end = p.sentence_of(cue_start)
    sent_start, sent_end = _symbol_bounds(p, cue_start, sent_start, sent_end)
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
    info = lex.cue_index.get(low)
    if info is None and " " in low:
        info = lex.light_cue(low)  # "expressed deep concern": a light verb and its cue noun
    if info is None and (info := lex.tag_index.get(low)) is not None and not _beside_quotation(p, cue):
        return  # "the talks began": a fiction tag's verb with no quotation beside it
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
        or p.word_before(cue_start) in ("when", "if", "after", "once", "while")  # "..., he said when asked about it"
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
    # an adjective's or a noun's "of" opens its content ("critical of the plan", "made no secret of
    # it"): no adjunct, as after "said of Doe:"
    of = text[p.lstrip(cue_end) : p.lstrip(cue_end) + 3].lower() == "of "
    after = cue_end if (lemma in lex.attitude_adjectives or " " in low) and of else skip_adjuncts(p, cue_end, sent_end)
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
        rest = p.lstrip(told)
        if told >= 0 and (rest >= sent_end or p.text[rest] in ".!?," or reported.adjunct_to_end(p, rest, sent_end)):
            after = told  # "..., Doe told aides as he left."
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
    elif np.boundary in _SPACED_DASHES and text[np.boundary_at - 1 : np.boundary_at].isspace():
        # "Budget will pass - the minister said on Monday": a spaced dash, as a comma
        dashed = np.evolve(boundary=",")
        if reported.postposed(ctx, src, dashed, sent_start, sent_end, after, inverted=False):
            return
    # pre-posed: the content follows the cue
    if lemma == "tell":
        after = skip_object(p, after, sent_end)
        if after < 0:
            return
    # a clause inside a subordinate one ("When X said Y, ...") or a relative one ("X, who said
    # Y, resigned") ends at its first comma: the sentence goes on about something else
    subordinate = np.boundary in lex.subordinators or _relative(p, np)
    q = p.opening_quote_at(after)
    if q is not None and not text[after : q.open].replace(",", " ").replace(":", " ").strip():
        if quotation_only or not reported.quoted_clause(ctx, src, q, sent_end, subordinate):
            direct.speaker_cue_quote(ctx, src, q)
        return
    q = _after_colon_object(p, after, sent_end)
    if q is not None:
        direct.speaker_cue_quote(ctx, src, q)  # "she added a caveat: “...”"
        return
    if np.boundary == "start" and direct.quote_after_sentence(ctx, src, after, sent_end):
        return
    if (
        np.boundary == "as"
        and not quotation_only
        and reported.as_clause(ctx, src, np, after, sent_start, sent_end, lemma)
    ):
        return  # "As Doe noted, the plan had failed."
    if not quotation_only:
        reported.speaker_cue_content(ctx, src, np, after, sent_end, lemma, low, subordinate)


def _beside_quotation(p: Paragraph, cue: tuple[int, int]) -> bool:
    """Whether a quotation closes in the few words before *cue* or opens in those after it, as around
    a speech tag ("“…,” she returned", "“…,” returned Jane Doe", "she began: “…”")."""
    if not p.top:
        return False
    before = p.text[max(p.start, cue[0] - 40) : cue[0]]
    after = p.text[cue[1] : min(p.end, cue[1] + 40)]
    return any(c in ALL_CLOSE for c in before) or any(c in ALL_OPEN for c in after)


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
    # not "..., citing changes"; after a quotation any cue may invert ('“...,” remembered Doe')
    inverts = (cue_class is CueClass.SPEECH or before_quote(p, j)) and not form.endswith("ing")
    if inverts and (before == "," or before in ALL_CLOSE):
        np = speaker_after(p, p.lstrip(cue_end), sent_end)
        if np is None and before in ALL_CLOSE:
            # '“...,” said Jane Doe in a statement.': an adjunct after the speaker
            loose = speaker_after(p, p.lstrip(cue_end), sent_end, need_end=False)
            if loose is not None:
                rest = p.lstrip(skip_adjuncts(p, loose.end, sent_end))
                follows = p.patterns.token.match(text, rest, sent_end)
                if (
                    rest >= sent_end
                    or p.text[rest] in ",.;:!?" + ALL_OPEN
                    or (follows is not None and follows.group() in _AFTER_INVERTED)  # "said Doe as she left"
                ):
                    np = loose
        short = np is not None and len(p.tokens(np.outer if np.outer < np.start else np.start, np.end)) <= 6
        if np is not None and (
            np.form is not MentionForm.DESCRIPTION
            or before in ALL_CLOSE
            or (short and np.boundary in (".", "end", "!", "?", "who", "whose"))  # "..., said an aide who ..."
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
                        src = src._replace(title=src.title or text[p.lstrip(np.boundary_at + 1) : rest])
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
    # "..., having suggested that ...": a perfect participle
    participle = (form.endswith("ing") and cue_end - cue_start > 3) or p.word_before(cue_start) == "having"
    and_before = not participle and after_conjunction(p, cue_start)  # not "and supporting China"
    led = (
        participle
        and (
            before == ","
            or (before in ALL_CLOSE and text[j - 2 : j - 1] == ",")  # '"Morning Joe," adding'
            or (text[max(p.start, j - 8) : j].split() or [""])[-1].lower() in p.lexicon.participle_leads
            or (cue_class is CueClass.SPEECH and before.isalpha() and form.endswith("ing"))  # "ended the speech saying"
        )
    )
    if (led or and_before) and lemma not in p.lexicon.quotation_only:
        reported.continuing(ctx, cue, sent_start, sent_end, cue_class, lemma, participle=participle)


def _relative(p: Paragraph, np: NP) -> bool:
    """Whether *np* is the pronoun of a relative clause set off by a comma or dash ("X, who said")."""
    return np.antecedent is not None or (
        np.form is MentionForm.PRONOUN and p.text[np.start : np.end].lower() in ("who", "which")
    )


def _after_colon_object(p: Paragraph, after: int, sent_end: int) -> Quote | None:
    """The quotation after a short object and a colon: "she added a caveat: “...”", "he sent
    this message: “...”" (at most four words between the cue and the colon)."""
    colon = p.text.find(":", after, min(sent_end + 1, after + 60))
    if colon < 0 or len(p.tokens(after, colon)) > 4 or p.quote_at(colon) is not None:
        return None
    return p.opening_quote_at(colon + 1) if not p.text[colon + 1 : colon + 2].strip() else None


def _symbol_bounds(p: Paragraph, cue_start: int, sent_start: int, sent_end: int) -> tuple[int, int]:
    """The sentence around *cue_start*, split where a sentence end is followed by symbols alone:
    in “It is fine,” she said. 😀 “Really,” she added. the emoji ends the first sentence."""
    text = p.text
    if text[sent_start:sent_end].isascii():
        return sent_start, sent_end  # no emoji: the common case, at the cost of one sentence's copy
    for m in p.patterns.symbol_break.finditer(text, sent_start, sent_end):
        if m.end() <= cue_start:
            sent_start = m.end()
        else:
            return sent_start, p.rstrip(m.start() + 1)
    return sent_start, sent_end


def before_quote(p: Paragraph, j: int) -> bool:
    """Whether a quotation closes right before *j* (white space trimmed)."""
    return j > p.start and ((j - 1) in p.top_closes or p.text[j - 1] in ALL_CLOSE)
