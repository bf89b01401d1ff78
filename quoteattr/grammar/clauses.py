"""Where a reported clause starts and ends, and what may stand between a cue and its content.

A content runs from its first word (after "that", which it keeps, or a colon)
to the end of its sentence, or to the first place where the sentence goes on
about something else: a later attribution (", adding", " and said", ", aides
say"), a clause break (", which", ";", a spaced dash), a quotation closing on a
comma. Between a cue and its content may stand adjuncts ("said on Monday
that", "told reporters") and the addressee of "told". Every search is bounded
by its sentence and by ``segment.MAX_CLAUSE``.
"""

from __future__ import annotations

import bisect
import re

import regex

from quoteattr._model import CueClass
from quoteattr.grammar.speakers import is_auxiliary, speaker_before
from quoteattr.segment import ALL_CLOSE, ALL_OPEN, MAX_CLAUSE, Paragraph

__all__ = [
    "ADJUNCT_OPENERS",
    "TIMEOUT",
    "after_conjunction",
    "auxiliaries_before",
    "clause_end",
    "content_after",
    "content_span",
    "headline_verb",
    "looks_like_clause",
    "skip_adjuncts",
    "skip_object",
    "starts_noun_phrase",
    "that",
]

# What ``patterns.that`` opens with, and more: re's \s takes all regex's does (and \x1c-\x1f).
# White space, the comma and "t" are disjoint, so a failing match gives up without backtracking.
_THAT_OPENER = re.compile(r"\s*(?:,\s*)?that")
_DASH = re.compile("--|[\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}]")
ADJUNCT_OPENERS = frozenset(
    (
        *("after", "amid", "at", "before", "by", "despite", "during", "following", "for", "from", "in", "on"),
        *("since", "through", "until", "when", "while", "with", "without"),
    )
)
"""Lowercase words that open an adjunct of a cue, never its clause: "said after the attacks",
"said when asked about it"."""
_ACT_LEADS = frozenset(("after", "before", "while", "without"))  # "..., before claiming that ...": a second act
_PARTICLES = frozenset(("away", "back", "down", "off", "out", "up"))
_MAX_CLAUSE_CUES = 12  # later cues a reported clause looks at for its end: bounds the work per cue
TIMEOUT = 2.0
"""Seconds the two patterns with alternatives of unbounded length (``adjunct`` and
``clause_break``) may run on one paragraph; running out is a defect of a pattern."""


def clause_end(p: Paragraph, start: int, sent_end: int, *, subordinate: bool = False, noun_phrase: bool = False) -> int:
    """Where a reported clause starting at *start* ends.

    At the sentence end, or before: a later attribution (", adding", " and
    said", ", Doe responded"), a clause break (", which", ";", a spaced
    dash) or, for a clause inside a subordinate one ("When X said Y, ..."),
    the first comma.
    """
    text = p.text
    end = min(sent_end, start + MAX_CLAUSE)
    first = bisect.bisect_right(p.cue_starts, start)
    # each test below needs a comma, "and" or "but" between start and the cue: the
    # cues up to the first of those after start are passed over without a look
    hinge = p.first_hinge(start, end)
    joint = hinge if hinge > start else p.first_hinge(start + 1, end)  # the first after start
    for n in range(max(first, bisect.bisect_right(p.cue_starts, hinge)), min(len(p.cues), first + _MAX_CLAUSE_CUES)):
        cue_start, cue_end = p.cues[n]
        if cue_start >= end:
            break
        if p.quote_at(cue_start) is not None or text[cue_start].isupper():
            continue  # quoted words, and names ("United States"), are no attributions
        if text[cue_start:cue_end].lower() in p.patterns.noun_forms:
            continue  # "a study", "his claim": a noun ends no clause
        j = cue_start
        while j > start and text[j - 1] == " ":
            j -= 1
        k = j
        while k > start and text[k - 1] in ALL_CLOSE:
            k -= 1  # "... it,'' adding that": the comma stands inside the quotation
        if k < j and k > start and text[k - 1] == "," and text[cue_start:cue_end].lower().endswith("ing"):
            end = j
            break

        if j > start and text[j - 1] == ",":
            word = text[cue_start:cue_end].lower()
            if word.endswith("ing") or word.startswith("according"):
                end = j - 1
                break
        elif text[max(start, j - 3) : j].lower() in ("and", "but") and not text[j - 4 : j - 3].isalnum():
            end = j - 3  # "... and said", "... but added": another attribution
            break
        elif joint < cue_start:  # a comma, "and" or "but" between: another attribution may start
            np = speaker_before(p, cue_start, start)
            if np is not None and np.boundary in (",", "and", "but") and np.boundary_at > start:
                end = np.boundary_at  # "..., Doe responded", "..., and aides say": another attribution
                break
    for n in range(first, min(len(p.cues), first + _MAX_CLAUSE_CUES)):
        cue_start, cue_end = p.cues[n]
        if cue_start >= end:
            break
        lead = p.word_before(cue_start)
        if lead in _ACT_LEADS and text[cue_end - 3 : cue_end] == "ing" and p.quote_at(cue_start) is None:
            end = p.rstrip(cue_start - len(lead) - 1)  # "said X before claiming that Y": another act
            break
    if subordinate:
        comma = p.comma_outside_quotes(start, end)
        if comma >= 0:
            end = comma
        dash = _DASH.search(text, start, end)  # "Lind—who had endorsed Doe—said": the aside's closing dash
        if dash is not None and p.quote_at(dash.start()) is None:
            end = dash.start()
    end = _quotation_end(p, start, end)
    if noun_phrase:
        end = _noun_phrase_end(p, start, end)
    # a break needs a clause before it: "said Doe, despite her wealth, is ..." goes on; a noun
    # phrase is no clause, and breaks right after it ("dismissed his candor, which ...")
    third = start if noun_phrase else p.token_end(start, end, 2)
    pos = third if third >= 0 else end
    while pos < end:
        m = _clause_break(p, pos, end)
        if m is None:
            break
        q = p.quote_at(m.start())
        if q is None:
            end = m.start()
            break
        pos = max(m.end(), q.inner_end)  # a quotation's own clauses do not end the reported one
    return p.trim_end(start, end)


_NOUN_PHRASE_END = re.compile(r",\s+(?:who|whose|which)\b|\s-\s")


def _noun_phrase_end(p: Paragraph, start: int, end: int) -> int:
    """Where a noun-phrase content ends before a relative clause or a spaced hyphen that comment
    on it: "his candor, which unsettled the White House", "a victory - a landslide ..."."""
    m = _NOUN_PHRASE_END.search(p.text, start, end)
    while m is not None and p.quote_at(m.start()) is not None:
        m = _NOUN_PHRASE_END.search(p.text, m.end(), end)
    return m.start() if m is not None else end


def _clause_break(p: Paragraph, pos: int, end: int) -> regex.Match[str] | None:
    """``patterns.clause_break.search(text, pos, end)``, tried only where its opener matches.

    Few of the places regex would try (every comma, every space) open a break;
    re's search for the opener passes over the rest several times faster.
    """
    text = p.text
    patterns = p.patterns
    opener, clause_break = patterns.clause_break_opener, patterns.clause_break
    while (c := opener.search(text, pos, end)) is not None:
        pos = c.start()
        m = clause_break.match(text, pos, end, timeout=TIMEOUT)
        if m is not None:
            return m
        pos += 1
    return None


def _quotation_end(p: Paragraph, start: int, end: int) -> int:
    """Where a reported clause ends at a quotation inside it: 'called him a "moderate," a dig'.

    A quotation that closes on a comma, or before one, ends the reported
    clause that quotes it; what follows is the writer's.
    """
    text = p.text
    top = p.top
    for n in range(bisect.bisect_left(p.top_starts, start), len(top)):
        q = top[n]
        if q.inner_start >= end:
            break
        if q.close is None or q.close_end >= end or q.inner_start <= start + 1:
            continue  # a quotation opening the clause is the clause
        nxt = p.lstrip(q.close_end)
        follows = text[nxt : nxt + 4].lower()
        if text[q.close - 1 : q.close] == "," or follows.startswith(","):
            return q.close_end
    return end


def content_after(
    p: Paragraph,
    pos: int,
    sent_end: int,
    *,
    lemma: str | None,
    cue_class: CueClass,
    form: str = "",
    subordinate: bool = False,
) -> tuple[int, int] | None:
    """The reported content after a cue at *pos*; None when none follows.

    "that" is skipped and a clause follows it; an intention's content starts
    at its "to"; a cue of ``OBJECT_COMPLEMENT_VERBS`` takes whatever follows
    ("criticized the plan"); any other cue needs what follows to read as a
    clause ("said the plan failed"). The content ends before a second verb
    phrase of the speaker's ("endorsed Doe and has campaigned for her").
    """
    span, noun_phrase = _content_after(
        p, pos, sent_end, lemma=lemma, cue_class=cue_class, form=form, subordinate=subordinate
    )
    return None if span is None else _before_coordinated_verb(p, span, noun_phrase=noun_phrase)


_MODALS = frozenset(("are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may", "might", "must"))
_MODALS |= frozenset(("should", "was", "were", "will", "would"))


def _finite(p: Paragraph, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a clause for sure: a subject pronoun first, or an
    auxiliary, a modal or a contraction after it ("it would fail", "the plan has failed")."""
    toks = p.tokens(start, min(end, start + 300))
    lex = p.lexicon
    for n, (s, e) in enumerate(toks):
        w = p.text[s:e].lower()
        if n == 0 and w in lex.pronoun_index and w != "it":
            return True
        if n > 0 and (w in _MODALS or w.endswith(("n't", "n\N{RIGHT SINGLE QUOTATION MARK}t", "'re", "'ll", "'ve"))):
            return True
    return False


def _before_coordinated_verb(p: Paragraph, span: tuple[int, int], *, noun_phrase: bool) -> tuple[int, int]:
    """*span* cut before "and" or "but" and a verb with no subject of its own: a second act of the
    speaker ("questions her ties to banks and has called for ...", "oppose the order, and have
    pledged to end it"). After a noun phrase any such verb counts; after a clause only one set off
    by a comma, since "said the plan failed and was dropped" coordinates inside the clause."""
    start, end = span
    text = p.text
    lex = p.lexicon
    pos = start
    while True:
        k = text.find(" and ", pos, end)
        b = text.find(" but ", pos, end)
        if b >= 0 and (k < 0 or b < k):
            k = b
        if k < 0:
            return span
        pos = k + 4
        if p.quote_at(k) is not None:
            continue
        comma = text[p.rstrip(k) - 1 : p.rstrip(k)] == ","
        if not (comma or (noun_phrase and not _finite(p, start, k))):
            continue  # "criticized the plan and ...", but "said the plan failed and was dropped" goes on
        toks = p.tokens(k + 4, min(end, k + 60))
        n = 0
        while n < len(toks) - 1 and (
            p.word(toks[n]).lower() in ("then", "also", "later", "still", "even", "not", "never")
            or (p.word(toks[n]).endswith("ly") and p.word(toks[n]).islower())
        ):
            n += 1
        if not toks:
            return span
        w = p.word(toks[n])
        lower = w.lower()
        info = lex.cue_index.get(lower)
        verb = w.islower() and (
            lower in _MODALS
            or (lower.endswith("ed") and len(lower) > 4 and lower not in ("need", "speed", "breed"))
            or (info is not None and lower != info[0] and not lower.endswith("ing") and lower not in lex.noun_cues)
        )
        if verb:
            cut = p.trim_end(start, k)
            return (start, cut) if cut > start else span


def _content_after(
    p: Paragraph,
    pos: int,
    sent_end: int,
    *,
    lemma: str | None,
    cue_class: CueClass,
    form: str = "",
    subordinate: bool = False,
) -> tuple[tuple[int, int] | None, bool]:
    """``content_after``'s content, and whether it is a noun phrase (not a clause)."""
    text = p.text
    lex = p.lexicon
    start = p.lstrip(pos)
    m = that(p, pos, sent_end)
    if m is not None:  # "added that ...", "added, that ..."
        return content_span(p, m.start("that"), sent_end, min_tokens=3, subordinate=subordinate), False
    if start >= sent_end or text[start] == ",":
        return None, False
    if text[start] == ":":
        return content_span(p, start + 1, sent_end, min_tokens=2, subordinate=subordinate), False
    t = p.patterns.token.match(text, start, sent_end)
    first = t.group().lower() if t else ""
    if lemma in lex.attitude_adjectives or (
        " " in form and lemma is not None and lemma not in lex.object_complement and lex.light_cue(form) is not None
    ):
        # "expressed concern about the plan", "took issue with it", "is skeptical of the deal":
        # the object of the noun's or adjective's preposition is the content; "eager to run", its infinitive
        if t is not None and first == "to" and cue_class is CueClass.INTENTION:
            return content_span(p, start, sent_end, min_tokens=2, subordinate=subordinate), False
        if t is None or (first not in lex.object_prepositions and (first != "in" or " " in form)):
            return None, False
        return content_span(p, t.end(), sent_end, min_tokens=1, subordinate=subordinate, noun_phrase=True), True
    if cue_class is CueClass.INTENTION and first == "to":
        return content_span(p, start, sent_end, min_tokens=2, subordinate=subordinate), False
    if lemma in lex.object_complement:
        if (
            form.endswith("s")
            and form != lemma
            and not starts_noun_phrase(p, start, first)
            and first not in lex.object_prepositions  # "she talks about Trump": a verb
        ):
            return None, False  # "Insurance claims rose": a plural noun, not a verb in -s
        if first in _PARTICLES:
            return None, False  # "backed down", "called off": a phrasal verb, not the cue
        if t is not None and first in lex.object_prepositions:
            # "talked about the economy", "pointed to the polls": the object is the content
            after_prep = p.lstrip(t.end())
            nxt = p.patterns.token.match(text, after_prep, sent_end)
            if nxt is not None and (first != "to" or starts_noun_phrase(p, after_prep, nxt.group().lower())):
                start = after_prep
        return content_span(p, start, sent_end, min_tokens=1, subordinate=subordinate, noun_phrase=True), True
    if t is not None and first in ("yes", "no") and lemma in lex.bare_complement:
        following = p.lstrip(t.end())
        if following >= sent_end or text[following] in ".,;!?":
            return (start, t.end()), False  # "the candidate said no."
    span = None
    if lemma in lex.bare_complement:
        span = content_span(p, start, sent_end, min_tokens=2, subordinate=subordinate)
        if span is not None and not looks_like_clause(p, *span):
            span = None
    if span is None and t is not None and first in lex.topic_prepositions and cue_class is CueClass.SPEECH:
        # "warned against cuts", "spoke about the economy": the topic is the content
        topic = p.lstrip(t.end())
        if topic < sent_end and not text[topic].isdigit():  # not "about 400 jobs"
            return content_span(p, topic, sent_end, min_tokens=1, subordinate=subordinate, noun_phrase=True), True
    return span, False


def that(p: Paragraph, pos: int, end: int) -> regex.Match[str] | None:
    """``patterns.that.match(text, pos, end)``, with *end* brought in to just past the "that".

    The regex module looks for the pattern's literal ("that") from *pos* to
    *end* before it tries the match, so a match up to the end of a long
    sentence cost the length of the sentence, at every cue. The match can
    only skip white space and one comma before its "that", and looks one
    character past it: ``_THAT_OPENER``, in re, finds that "that" (or
    refuses, as after most cues, at the cost of a few characters), and a
    window ending one character after it gives the same answer.
    """
    opener = _THAT_OPENER.match(p.text, pos, end)
    if opener is None:
        return None
    return p.patterns.that.match(p.text, pos, min(end, opener.end() + 1))


def starts_noun_phrase(p: Paragraph, start: int, first: str) -> bool:
    """Whether the word at *start* can open a noun phrase: an article, a pronoun,
    a name, a number or a quotation."""
    lex = p.lexicon
    c = p.text[start]
    return (
        first in lex.determiners
        or first in lex.pronoun_index
        or first in lex.possessive_index
        or c.isupper()
        or c.isdigit()
        or c in ALL_OPEN
    )


def content_span(
    p: Paragraph, pos: int, sent_end: int, *, min_tokens: int, subordinate: bool = False, noun_phrase: bool = False
) -> tuple[int, int] | None:
    start = p.lstrip(pos)
    if start >= sent_end:
        return None
    end = clause_end(p, start, sent_end, subordinate=subordinate, noun_phrase=noun_phrase)
    if end <= start or p.token_end(start, min(end, start + 40), min_tokens - 1) < 0:
        return None  # fewer than min_tokens tokens
    return start, end


def looks_like_clause(p: Paragraph, start: int, end: int) -> bool:
    """Whether a complement without "that" reads as a clause, not a noun phrase.

    "said the plan failed" is a clause; "says a lot about the team" is not.
    Without a parser we accept a pronoun subject, a long complement, or a
    word that looks finite (an auxiliary, or a form in -ed or -s).
    """
    lex = p.lexicon
    text = p.text
    # every test accepts, so they run cheapest first: the count of words, then the first word
    words: list[str] = []
    for s, e in p.tokens(start, min(end, start + 200)):
        if text[s].isalnum():
            words.append(text[s:e])
            if len(words) == 9:
                return True  # a long complement: the words after the ninth need no look
    if not words:
        return False
    first = words[0].lower()
    if first in lex.pronoun_index or first == "there":
        return True
    for n, w in enumerate(words):
        lower = w.lower()
        if "'" in w or "\N{RIGHT SINGLE QUOTATION MARK}" in w:
            bare, apostrophe, suffix = lower.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").partition("'")
            if apostrophe and (
                suffix in ("re", "ve", "ll", "d", "m", "t") or (suffix == "s" and bare in lex.pronoun_index)
            ):
                return True  # "he's open", "they're", "won't": a contraction carries a verb
        if n == 0:
            continue  # the first word is the subject's
        if lower in lex.auxiliaries:
            return True
        if (
            w.islower()
            and len(lower) > 3
            and (
                lower.endswith("ed")
                or (
                    lower.endswith("s")
                    and not lower.endswith(("ss", "us", "is", "'s", "\N{RIGHT SINGLE QUOTATION MARK}s"))
                )
            )
        ):
            return True
        if lower.endswith(("n't", "n\N{RIGHT SINGLE QUOTATION MARK}t")):
            return True
    return False


def skip_adjuncts(p: Paragraph, pos: int, limit: int) -> int:
    patterns = p.patterns
    opener, adjunct = patterns.adjunct_opener, patterns.adjunct
    for _ in range(4):
        if opener.match(p.text, pos, limit) is None:
            break
        m = adjunct.match(p.text, pos, limit, timeout=TIMEOUT)
        if m is None:
            break
        pos = m.end()
    return pos


def skip_object(p: Paragraph, pos: int, limit: int) -> int:
    """Skip the addressee of "told": "told reporters", "told The Associated Press"."""
    toks = p.tokens(pos, min(limit, pos + 80))
    lex = p.lexicon
    if toks and (p.word(toks[0]).lower() == "that" or p.word(toks[0]) in ALL_OPEN + ":,"):
        return pos  # the addressee was an adjunct already: "told reporters on Monday that"
    k = 0
    while k < len(toks) and k < 5:
        w = p.word(toks[k])
        lower = w.lower()
        nxt_word = p.word(toks[k + 1]) if k + 1 < len(toks) else ""
        possessive = (  # "told her closest advisers", not "told her the plan ..."
            lower == "her"
            and nxt_word.isalpha()
            and nxt_word.islower()
            and nxt_word not in lex.determiners
            and nxt_word not in lex.description_stopwords
            and nxt_word not in lex.pronoun_index
        )
        if k == 0 and lower in ("him", "her", "them", "me", "us", "reporters", "journalists") and not possessive:
            k += 1
            break
        if lower in lex.description_links or lower in lex.clause_boundary_words:
            break
        if lower in lex.determiners or (
            (w[0].isalpha() and (w[0].isupper() or lower not in lex.description_stopwords)) and lower != "that"
        ):
            k += 1
            if w[0].isupper() or lower not in lex.determiners:
                nxt = p.word(toks[k]) if k < len(toks) else ""
                if not nxt or (not (nxt[0].isupper() and w[0].isupper()) and not _noun_follows(p, w, nxt, k)):
                    break
        else:
            break
    if k == 0:
        return -1
    end = skip_adjuncts(p, toks[k - 1][1], limit)
    # "told Fox News anchor Jane Doe that ...": a longer addressee runs on to its "that"
    for n, (s, e) in enumerate(p.tokens(end, min(limit, end + 80))[:7]):
        w = p.text[s:e]
        lower = w.lower()
        if lower == "that":
            return s if n > 0 else end
        if not (w[0].isalpha() or w in ".'") or lower in lex.cue_index or lower in lex.description_stopwords:
            break
    return end


def _noun_follows(p: Paragraph, w: str, nxt: str, k: int) -> bool:
    """Whether the addressee goes on from adjective *w* to its noun *nxt*: "told his closest
    advisers" (a lower-case word ending in -est, -er or -ior, then a plural noun)."""
    lex = p.lexicon
    return (
        k < 4
        and w.islower()
        and w.endswith(("est", "er", "ior", "ive", "al"))
        and nxt.islower()
        and nxt.endswith("s")
        and nxt not in lex.description_stopwords
        and nxt not in lex.cue_index
    )


def auxiliaries_before(p: Paragraph, lo: int, cue_start: int) -> list[str]:
    """The auxiliaries and adverbs standing right before the cue at *cs* ("has been").

    Only the unbroken run counts: "Lind, who has been active, says" has none.
    """
    words: list[str] = []
    if not p.text[lo:cue_start].strip():
        return words  # the usual single space: no token, and no tokens() to ask
    lex = p.lexicon
    for s, e in reversed(p.tokens(lo, cue_start)):
        w = p.text[s:e].lower()
        if not is_auxiliary(w, lex):
            break
        words.append(w)
    return words


def after_conjunction(p: Paragraph, cue_start: int) -> bool:
    """Whether "and" or "but" (perhaps with auxiliaries) stands right before the cue at *cs*."""
    lex = p.lexicon
    text = p.text
    lo = max(p.start, cue_start - 40)
    # the common case without the token list: one space, then a word of letters with
    # white space (or the paragraph's start) before it, which is then a whole token
    k, w = p.letters_before(cue_start)
    if w and k >= lo and (k == p.start or text[k - 1].isspace()):
        if w in ("and", "but"):
            return True
        if not is_auxiliary(w, lex):
            return False
    toks = p.all_tokens()
    k = bisect.bisect_left(p._tok_starts, cue_start) - 1  # the tokens before cs, walked back without a copy
    if k >= 0 and toks[k][1] > cue_start:
        k -= 1  # a token running into the cue ("Corp.said") is not before it, as in tokens()
    while k >= 0 and toks[k][0] >= lo:
        w = text[toks[k][0] : toks[k][1]].lower()
        if w in ("and", "but"):
            return True
        if not is_auxiliary(w, lex):
            return False
        k -= 1
    return False


def headline_verb(p: Paragraph, cue_text: str) -> bool:
    """Whether a capitalised cue form is a verb in a title-case headline ("Mayor Says She ...").

    A headline is a paragraph without a sentence end inside it whose words nearly all
    begin with a capital; there a form of a speech verb that is no noun is a verb.
    """
    lex = p.lexicon
    form = cue_text.lower()
    info = lex.cue_index.get(form)
    verb = form.split(" ", 1)[0]  # "Calls On": the verb's form
    if info is None or form in lex.noun_cues or form in lex.evidence_nouns or not verb.endswith(("s", "ed")):
        return False
    if info[1] != "speech":
        return False
    if p.title_case is None:
        words = [p.text[s:e] for s, e in p.tokens(p.start, p.end) if p.text[s].isalpha()]
        long_words = [w for w in words if len(w) > 3]
        p.title_case = (
            len(p.sentences) <= 1
            and len(long_words) >= 3
            and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)
        )
    return p.title_case
