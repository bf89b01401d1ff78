"""Reported speech attributed by a verb: the content before, after or around its cue.

A reported content is a clause, kept verbatim from its first word (with its
"that") to its end (``grammar.clauses``); it is indirect, or mixed where it
quotes some words. These rules also take a quotation that stands where the
clause would ("..., adding, “...”").
"""

from __future__ import annotations

import bisect

from quoteattr._model import CueClass, MentionForm, QuoteKind
from quoteattr.grammar.clauses import (
    ADJUNCT_OPENERS,
    auxiliaries_before,
    clause_end,
    content_after,
    content_span,
    looks_like_clause,
    skip_adjuncts,
    skip_object,
    that,
)
from quoteattr.grammar.speakers import NP, np_backward, speaker_after, subject
from quoteattr.lexicon import Lexicon
from quoteattr.rules.registry import register
from quoteattr.rules.state import Context, Source
from quoteattr.segment import ALL_CLOSE, ALL_OPEN, DASHES, Paragraph, Quote, has_letter

__all__ = [
    "AND_CUE",
    "AS_CLAUSE",
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
        np.boundary in ("start", ",", ";", ":", "(", "—", "–", "―", "-", ".")  # ".": "U.S. Attorney ..."
        or np.boundary in p.lexicon.clause_boundary_words
        or np.boundary in ALL_OPEN
    ):
        return
    if form.endswith(("ed", "en")) and _verb_follows(p, after, sent_end):
        return  # "The poll released Monday found ...": a participle modifies the speaker; no cue of its own
    content = content_after(
        p, after, sent_end, lemma=lemma, cue_class=src.cue_class, form=form, subordinate=subordinate
    )
    headline = p.title_case and src.cue is not None and p.text[src.cue[0]].isupper()
    accounts = lemma in p.lexicon.publication_verbs or lemma in ("post", "report")  # figures as much as words
    if content is not None and headline and accounts and not _headline_clause(p, content):
        return  # "Acme Robotics Reports Record Revenue": a company's results, no statement
    restrictive = np.end - np.start > 4 and p.text[np.end - 4 : np.end].lower() in (" who", "that")
    if content is not None and restrictive:
        content = _before_main_verb(p, content)  # "Voters who backed [the levy] say ...": the relative clause ends
    if content is not None and object_reports(p, np, lemma, src.cue_class, content):
        ctx.add(src.raw(SPEAKER_CUE_CONTENT, [content]))


def _headline_clause(p: Paragraph, span: tuple[int, int]) -> bool:
    """Whether a title-case headline's content is a clause: "Mayor Says She Will Run", "Lind Says
    Plan Is Dead" (a pronoun, "that", or an auxiliary among its words), not "Reports Record Revenue"."""
    lex = p.lexicon
    words = [p.text[s:e].lower() for s, e in p.tokens(span[0], min(span[1], span[0] + 200))]
    return bool(words) and (
        words[0] in lex.pronoun_index
        or words[0] == "that"
        or any(w in lex.auxiliaries or w in lex.be_forms or w.endswith("n't") for w in words[1:] if w.isalpha())
    )


def _before_main_verb(p: Paragraph, span: tuple[int, int]) -> tuple[int, int] | None:
    """A restrictive relative clause's content ends before the main clause's verb, the next cue
    that reads its speaker through the relative clause ("Voters who backed the levy [say] ...")."""
    start, end = span
    for n in range(bisect.bisect_left(p.cue_starts, start), len(p.cues)):
        cue_start, cue_end = p.cues[n]
        if cue_start >= end:
            break
        word = p.text[cue_start:cue_end]
        before = p.word_before(cue_start)
        lex = p.lexicon
        if before in lex.determiners or before in lex.noun_articles or before in lex.noun_prepositions:
            continue  # "the plan", "for comment": a noun
        if word.islower() and word not in p.patterns.noun_forms and p.quote_at(cue_start) is None:
            cut = p.trim_end(start, cue_start)
            return (start, cut) if cut > start else None
    return span


_TRAILING_ADJUNCTS = frozenset(
    ("after", "amid", "at", "before", "despite", "during", "following", "in", "since", "when", "while")
)
_HAVE = frozenset(("had", "has", "have", "having", "'ve", "’ve"))
_WH = frozenset(("how", "if", "that", "what", "when", "where", "whether", "which", "who", "why"))
_SMALL_CLAUSE = frozenset(("ahead", "behind", "down", "leading", "trailing", "up", "with"))


def object_reports(p: Paragraph, np: NP | None, lemma: str | None, cue_class: CueClass, span: tuple[int, int]) -> bool:
    """Whether the content *span* after a cue of *lemma* is something reported, by what the cue needs.

    A clause ("that ...", "how ...") always is. A noun phrase is, for most cues
    ("criticized the plan"), but not for three kinds: an evidence verb reports a
    noun phrase only from a document or data ("polls show Doe ahead", not "Doe
    found a way", "Lind showed up"); a construal verb only as "X as Y" ("sees
    the vote as a test", not "saw prices climb"); a publication verb only words
    ("released a statement", not "released the album").
    """
    lex = p.lexicon
    text = p.text
    lead = text[span[0] : min(span[1], span[0] + 120)].lower()
    special = lemma in lex.as_complement or cue_class is CueClass.EVIDENCE or lemma in lex.publication_verbs
    if not special and "anonym" not in lead and not lead.startswith(("to be", "not to be")):
        return True  # the common case, without the content's tokens
    toks = p.tokens(span[0], min(span[1], span[0] + 300))
    words = [text[s:e].lower() for s, e in toks[:16]]
    if _anonymity(lex, words):
        return False  # "who asked not to be named", "spoke on condition of anonymity": no statement
    if not words or words[0] in _WH or not special:
        return True
    if lemma in lex.as_complement:
        return "as" in words
    if cue_class is CueClass.EVIDENCE:
        if words[0] in ("out", "up", "off", "in"):
            return False  # "find out", "show up", "showed off", "found in": a particle, not a finding
        if np is not None and _head(p, np) in lex.evidence_sources:
            return True
        return looks_like_clause(p, *span) or any(w in _SMALL_CLAUSE or w.endswith("ing") for w in words[1:5])
    if lemma in lex.publication_verbs:
        for w in words[:8]:
            if w in lex.description_links or w in _WH or w == ",":
                break
            if w in lex.communication_nouns or (w.endswith("s") and w[:-1] in lex.communication_nouns):
                return True
        return False
    return True


def _anonymity(lex: Lexicon, words: list[str]) -> bool:
    """Whether a content's first *words* are the anonymous-source formula: "(not) to be named",
    "(on) condition of anonymity", "anonymity to discuss ..."."""
    lead = words[:6]
    if "anonymity" in lead[:4]:
        return True
    if lead[:1] == ["not"]:
        lead = lead[1:]
    if lead[:2] == ["to", "be"]:
        rest = [w for w in lead[2:4] if not w.endswith("ly")]  # "to be publicly identified"
        return bool(rest) and rest[0] in lex.anonymity_words
    return False


def _head(p: Paragraph, np: NP) -> str:
    """The head noun of a speaker phrase, singular: "the latest polls" -> "poll", "records of it" -> "record"."""
    lex = p.lexicon
    words = p.text[np.start : np.end].lower().split()
    cut = next(
        (n for n, w in enumerate(words) if n > 0 and (w in lex.description_links or w.endswith("ed"))), len(words)
    )
    head = words[cut - 1].strip(".,") if words else ""
    return head[:-1] if head.endswith("s") and head[:-1] in lex.evidence_sources else head


def _verb_follows(p: Paragraph, pos: int, sent_end: int) -> bool:
    """Whether the words after a cue in -ed (past its adjuncts) are an agent and a verb, or a verb:
    "numbers released [by the state] show ...", "the report published Tuesday [found] ...".
    Then the cue is a participle inside its subject, not the verb of an attribution."""
    text = p.text
    lex = p.lexicon
    t = p.patterns.token.match(text, p.lstrip(pos), sent_end)
    if t is None:
        return False
    first = t.group()
    if first == "by":
        nxt = p.patterns.token.match(text, p.lstrip(t.end()), sent_end)
        # "released by the agency show", not "responded by citing": an active cue takes no agent
        return nxt is None or not nxt.group().endswith("ing")
    lower = first.lower()
    return first.islower() and (
        lower in lex.be_forms
        or lower in ("has", "have", "had", "will", "would", "could", "can", "may", "might", "should")
        or (
            lower in lex.cue_index
            and lower not in p.patterns.noun_forms
            and lower != lex.cue_index[lower][0]
            and not lower.endswith("ing")  # "acknowledged urging ...": a gerund is the content
            and lower not in lex.noun_cues  # "announced plans to ...": a plural noun is the content
        )
    )


def quoted_clause(ctx: Context, src: Source, q: Quote, sent_end: int, subordinate: bool) -> bool:
    """SPEAKER CUE “QUOTED” CONTENT. — a quotation opening the content, which goes on after
    it ('she said "I stood up to them" in every debate'), is part of one reported clause.

    Returns whether it was so.
    """
    p = ctx.p
    if q.close is not None and p.text[q.close - 1 : q.close] in (",", "!", "?"):
        return False  # '“We’ll see,” when asked ...': a whole utterance, and an adjunct after it
    rest = clause_end(p, q.close_end, sent_end, subordinate=subordinate) if q.close is not None else -1
    if q.next is None and rest > q.close_end and has_letter(p.text, q.close_end, rest):
        ctx.add(src.raw(SPEAKER_CUE_CONTENT, [(q.open, rest)]))
        return True
    return False


_PAST_AS_BASE = frozenset(("cut", "hit", "let", "put", "set"))  # past tenses spelt as the base form


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
    if form in lex.attitude_adjectives and lemma == form:
        return any(w in lex.be_forms for w in between)  # "Doe is skeptical": an adjective needs its "be"
    verb = form.split(" ", 1)[0]  # "taking questions": the light verb's form
    if not verb.endswith("ing") and any(w in lex.be_forms for w in between) and form not in lex.attitude_adjectives:
        return False
    if between and lemma in lex.non_answers and any(w in ("not", "never") or w.endswith("n't") for w in between):
        return False  # "did not respond to requests for comment": no statement
    if form.endswith("n") and form != lemma and " " not in form and not any(w in _HAVE for w in between):
        return False  # "a method known as", "a rate not seen since": a participle without "have" is no verb
    if between or np.form in (MentionForm.PRONOUN, MentionForm.ROLE) or form != lemma or verb in _PAST_AS_BASE:
        return True  # "said", "says", "put it": only a bare form asks for a plural subject
    if p.word_before(cue_start) == "to":
        return True  # "Doe tried to defend ...": an infinitive after a catenative verb
    # with no auxiliary, a bare form needs a plural subject: "officials say";
    # after a singular phrase it is a noun ("a Republican tax plan", "a news release")
    words = text[np.start : np.end].lower().split()
    cut = next(
        (n for n, w in enumerate(words) if n > 0 and (w in lex.description_links or w == "who" or w.endswith("ed"))),
        len(words),
    )  # "supporters of the law", "voters who ...", "numbers released by ...": the head is before
    head = words[cut - 1] if words else ""
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


AS_CLAUSE = register(
    __name__,
    "reported.as-clause",
    "As SPEAKER CUE, CONTENT.",
    "As Jane Doe noted, the plan had failed.",
)

# speech verbs that tell an event, not its words: "As Doe spoke, the crowd cheered"
_EVENT_VERBS = frozenset(("ask", "campaign", "respond", "speak", "speak out", "talk", "testify"))


def as_clause(ctx: Context, src: Source, np: NP, after: int, sent_start: int, sent_end: int, lemma: str | None) -> bool:
    """As SPEAKER CUE, CONTENT.  or  CONTENT, as SPEAKER CUE.  — a comment clause whose verb has
    no object: the sentence's main clause is what the speaker said ("As Doe noted, the plan had
    failed", "The plan had failed, as Doe noted"). *np* is bounded by "as"; returns whether the
    structure fits."""
    p = ctx.p
    text = p.text
    lex = p.lexicon
    if lemma in _EVENT_VERBS or src.cue_class in (CueClass.INTENTION, CueClass.EVIDENCE):
        return False  # "As Doe spoke", "As the polls demonstrate": an event, a finding
    if src.cue is not None and lex.light_cue(text[src.cue[0] : src.cue[1]].lower()) is not None:
        return False  # "As Doe delivered her speech, ...": the construction has its object
    rest = p.lstrip(after)
    before = p.rstrip(np.boundary_at)
    comma_before = text[before - 1 : before] == ","
    if rest < sent_end and text[rest] == ",":
        if comma_before and p.clause_start(sent_start, before - 1) < before - 1:
            return False  # "..., as Doe said, ...": a parenthetical; leave it
        opening = text[sent_start : np.boundary_at].strip(" ,").lower()
        if opening not in ("", "and", "but", "or", "so", "just", "yet"):
            return False  # "As Doe said, ..." opens its sentence (after a conjunction at most)
        content = content_span(p, rest + 1, sent_end, min_tokens=2)
        if content is None:
            return False
        ctx.add(src.raw(AS_CLAUSE, [content]))
        return True
    if comma_before and lemma in lex.bare_complement and (rest >= sent_end or text[rest] in ".;!?"):
        start = p.clause_start(sent_start, before - 1)
        end = p.trim_end(start, before - 1)
        if end > start and p.token_end(start, min(end, start + 40), 1) >= 0:
            ctx.add(src.raw(AS_CLAUSE, [(start, end)]))
            return True
    return False


def postposed(ctx: Context, src: Source, np: NP, sent_start: int, sent_end: int, after: int, *, inverted: bool) -> bool:
    """CONTENT, SPEAKER CUE.  or, *inverted*, CONTENT, CUE SPEAKER.  or the parenthetical
    CONTENT, SPEAKER CUE, CONTENT. *np* is bounded by the comma after the content.

    Returns whether the structure fits (a statement may still be refused).
    """
    p = ctx.p
    lex = p.lexicon
    text = p.text
    comma = np.boundary_at
    start = _after_other_attribution(p, p.clause_start(sent_start, comma), comma)
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
    elif (
        rest < sent_end
        and text[rest] not in ".;!?" + ALL_CLOSE + DASHES
        and not adjunct_to_end(p, rest, sent_end, relative=inverted)
    ):
        return False  # the sentence goes on after the cue: no post-posed attribution
    if _fronted_adverbial(p, start, left_end):
        return False  # "On Friday, Doe spoke": what stands before the comma is the time, not the content
    rule = CONTENT_CUE_SPEAKER if inverted else CONTENT_SPEAKER_CUE
    q = p.top_opens.get(start)
    if q is not None and q.close is not None and q.close_end >= left_end:
        ctx.add(src.raw(rule, ctx.quote_parts(q), QuoteKind.DIRECT))  # the quotation after another's cue
    elif p.token_end(start, min(left_end, start + 40), 1) >= 0:  # two tokens or more
        ctx.add(src.raw(rule, [(start, left_end)]))
    return True


def _after_other_attribution(p: Paragraph, start: int, end: int) -> int:
    """Where a post-posed content begins: at *start*, or at the quotation after another speaker's
    cue ("“A,” she said, but despite it all, “B,” said Lind": Lind's words are “B”). Only the
    last quotation before *end* and the few hundred characters before it are looked at."""
    text = p.text
    k = bisect.bisect_left(p.top_starts, end) - 1
    if k < 1:
        return start
    last_q = p.top[k]
    if last_q.open <= start or last_q.close is None or last_q.close_end > end:
        return start
    n = bisect.bisect_left(p.cue_starts, max(start, last_q.open - 300))
    while n < len(p.cues) and p.cues[n][0] < last_q.open:
        cue_start, cue_end = p.cues[n]
        n += 1
        k = bisect.bisect_right(p.top_starts, cue_start) - 1
        q = p.top[k] if k >= 0 and p.top[k].close is not None and p.top[k].close_end <= cue_start else None
        if (
            q is not None
            and q.open >= start
            and "," in (text[q.inner_end - 1 : q.inner_end], text[q.close_end : q.close_end + 1])
            and cue_start - q.close_end < 40
            and text[cue_start].islower()
            and not text[cue_start:cue_end].endswith("ing")
        ):
            return last_q.open  # "“A,” she said": a quotation's attribution
    return start


def _fronted_adverbial(p: Paragraph, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a short adverbial: a time or a prepositional phrase of at most
    four words ("On Friday", "Last year", "In 2012", "After the vote")."""
    toks = p.tokens(start, end)
    if not toks or len(toks) > 4:
        return False
    first = p.word(toks[0])
    lower = first.lower()
    return first[:1].isupper() and (
        lower in ADJUNCT_OPENERS or lower in p.lexicon.time_words or lower in ("last", "earlier", "later", "this")
    )


def adjunct_to_end(p: Paragraph, pos: int, sent_end: int, *, relative: bool = False) -> bool:
    """Whether the sentence ends, after a cue at *pos*, in an adjunct of the cue or (after an
    inverted speaker, when *relative*) a relative clause of the speaker, and nothing else:
    "..., Doe said after the attacks.", "..., said the man who built the bridge." """
    t = p.patterns.token.match(p.text, pos, sent_end)
    if t is None:
        return False
    if relative and t.group() in ("who", "whose"):
        return not any(c in p.text[pos:sent_end] for c in ALL_OPEN + ",;")
    first = t.group()
    if (first not in _CLAUSE_ADJUNCTS and first not in _TRAILING_ADJUNCTS) or sent_end - pos > 300:
        return False  # "pleaded with them to ...", "responded to ...": the verb's own argument
    words = [p.word(tok).lower() for tok in p.tokens(pos, sent_end)]
    marks = ALL_OPEN + ",;"
    if first in _CLAUSE_ADJUNCTS and len(words) > 1 and words[1] in p.lexicon.pronoun_index:
        return not any(c in words for c in marks)  # "..., Doe told aides as he labored over ...": a clause of time
    if first not in _TRAILING_ADJUNCTS:
        return False
    return len(words) <= 9 and "to" not in words and "that" not in words and not any(c in words for c in marks)


_CLAUSE_ADJUNCTS = frozenset(("after", "as", "before", "when", "while"))


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
    speaker = _medium_before(p, sent_start, cue[0]) if participle else None  # "a sign saying ..."
    if speaker is None:
        speaker = sentence_speaker(ctx, sent_start, cue[0])
    if speaker is None and not _opens_with_adverbial(p, sent_start, cue[0]):
        return
    # "After offering his thoughts on the budget, ...": a fronted clause's speaker may go unnamed
    src = Source.of(cue, speaker, cue_class)
    after = skip_adjuncts(p, cue[1], sent_end)  # only now: most cues without a speaker end above
    if lemma == "tell":
        told = skip_object(p, after, sent_end)  # "..., telling CNN that ..."
        after = told if told >= 0 else after
    q = p.opening_quote_at(after)  # "..., saying, “...”", "he laughed and said, “...”"
    if q is not None and not text[after : q.open].replace(",", " ").replace(":", " ").strip():
        ctx.add(src.raw(rule, ctx.quote_parts(q), QuoteKind.DIRECT))
        return
    content = content_after(p, after, sent_end, lemma=lemma, cue_class=cue_class, form=text[cue[0] : cue[1]].lower())
    if content is not None and object_reports(p, speaker, lemma, cue_class, content):
        ctx.add(src.raw(rule, [content]))


def _medium_before(p: Paragraph, sent_start: int, cue_start: int) -> NP | None:
    """A medium right before a participle, which then speaks for itself: "a sign saying ...",
    "an email calling ...", "911 calls saying ..." (a noun of what carries words)."""
    lex = p.lexicon
    word = p.word_before(cue_start)
    if word not in lex.medium_nouns and not (word.endswith("s") and word[:-1] in lex.medium_nouns):
        return None
    toks = p.tokens(max(sent_start, cue_start - 160), cue_start)
    if not toks:
        return None
    np = np_backward(p, toks, len(toks) - 1, toks[0][0] == sent_start)
    if np is None:  # no boundary before the phrase: take the noun with its determiner and modifiers
        k = len(toks) - 1
        while k > 0 and p.word(toks[k - 1]).islower() and p.word(toks[k - 1]) not in lex.description_stopwords:
            k -= 1
            if p.word(toks[k]) in lex.determiners:
                break
        return NP(toks[k][0], toks[-1][1], MentionForm.DESCRIPTION, None, toks[k][0], "", toks[k][0])
    return np


def _opens_with_adverbial(p: Paragraph, sent_start: int, cue_start: int) -> bool:
    """Whether the sentence opens with a preposition, a connective or an adverb and no comma
    stands before the cue: the cue's clause is fronted ("After offering ..., Doe said")."""
    t = p.patterns.token.match(p.text, sent_start, cue_start)
    if t is None or not t.group()[:1].isupper():
        return False
    first = t.group().lower()
    lex = p.lexicon
    opener = first in ADJUNCT_OPENERS or (first in lex.non_names and first not in lex.determiners)
    return opener and p.comma_outside_quotes(sent_start, cue_start) < 0


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
