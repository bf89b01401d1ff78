"""The speaker phrase read forwards from a position: after an inverted cue ("..., said Jane Doe"),
after "according to" or a dash, or a sentence's subject (``subject``)."""

from __future__ import annotations

import re

from quoteattr._model import MentionForm
from quoteattr.grammar.phrases import CONNECTIVES, NP, PREPOSITIONS, dot_belongs, plausible
from quoteattr.segment import ALL_CLOSE, DASHES, Paragraph

__all__ = ["past_connective", "speaker_after", "subject"]


def speaker_after(p: Paragraph, lo: int, hi: int, *, need_end: bool = True) -> NP | None:
    """The speaker phrase starting at *lo* (after "said", "according to", a dash).

    With *need_end*, the phrase must be followed by punctuation or the end of
    the sentence ("..., said Jane Doe."); without it, by anything (a verb).
    """
    return plausible(p, _speaker_after(p, lo, hi, need_end=need_end))


def _speaker_after(p: Paragraph, lo: int, hi: int, *, need_end: bool) -> NP | None:
    limit = min(hi, lo + 160)
    toks = p.tokens(lo, limit)
    if not toks:
        return None
    lex = p.lexicon
    text = p.text
    words = [text[s:e] for s, e in toks[:24]]  # p.word, inline
    lower = words[0].lower()
    title = None
    mention_first = 0
    if lower in lex.pronoun_index:
        last, form = 0, MentionForm.PRONOUN
    elif not words[0][0].isalpha():
        return None
    elif lower in lex.determiners or (words[0].islower() and lower not in lex.titles):
        # a description: "the ministry", "officials", "a spokeswoman for the ministry"
        found = _description_after(p, words, need_end=need_end)
        if found is None:
            return None
        last, form = found
    else:
        # a name, perhaps after a title: "Foreign Minister Anna Berg", "Mr. Doe"
        named = _name_after(p, toks, words)
        if named is None:
            return None
        last, form, title, mention_first = named
    end = toks[last][1]
    nxt = last + 1
    if nxt < len(toks) and p.word(toks[nxt]) == "(":
        # "Tomas M. Lind (D-Nev.)": a party and state after the name
        close = next((k for k in range(nxt + 1, min(len(toks), nxt + 10)) if p.word(toks[k]) == ")"), -1)
        if close > 0:
            nxt = close + 1
    if nxt < len(toks):
        b = p.word(toks[nxt])
        if (
            need_end
            and b not in (",", ".", ";", "!", "?", ":", ")", "who", "whom", "whose")  # "said one aide who asked ..."
            and b not in ALL_CLOSE
            and b not in DASHES
        ):
            return None
        boundary, at = b, toks[nxt][0]
    else:
        if need_end and limit < hi:
            return None
        boundary, at = "end", end
    mention_end = end
    if form is MentionForm.NAME:
        for k in range(mention_first + 1, last):
            if p.word(toks[k]).lower() in ("of", "for", "from"):
                mention_end = toks[k - 1][1]  # "Tomas Lind of New York": the name, not the place
                break
    return NP(toks[mention_first][0], mention_end, form, title, end, boundary, at)


def _description_after(p: Paragraph, words: list[str], *, need_end: bool) -> tuple[int, MentionForm] | None:
    """A description opening *words* ("the ministry", "officials", "a spokeswoman for the
    ministry"): the index of its last word, and its form (a role, a name such as "the White
    House", or a description)."""
    lex = p.lexicon
    lower = words[0].lower()
    if (
        lower in lex.description_stopwords
        or lower in lex.clause_boundary_words
        or (lower in lex.cue_index and lower not in p.patterns.noun_forms)
    ):
        return None
    last = -1
    for k, w in enumerate(words):
        lower_k = w.lower()
        if not w[0].isalnum():
            if w == "." and k > 0 and dot_belongs(p, words[k - 1]):
                continue
            break
        with_link = lower_k == "with" and k > 0 and need_end  # "one Democrat familiar with the talks"
        if (
            lower_k in lex.description_stopwords
            or (lower_k in lex.clause_boundary_words and not with_link)
            or (k > 0 and lower_k in lex.determiners and words[k - 1].lower() not in lex.description_links)
        ):
            break
        if k > 0 and lower_k in lex.cue_index and not need_end:
            break
        prev_k = words[k - 1].lower() if k > 0 else ""
        if (
            k >= 2
            and not need_end
            and w.islower()
            and lower_k.endswith("ed")
            and prev_k not in lex.determiners
            and not prev_k.endswith("ly")
            and prev_k not in lex.description_links
        ):
            break  # "The spokesman refused to answer", "The fracas erupted": a verb ends the subject
        if lower_k not in lex.description_links and lower_k not in lex.determiners:
            last = k
    if last < 0 and lower in lex.indefinite_speakers:
        last = 0  # "..., tweeted another.": a quantifier alone
    if last < 0:
        return None
    head = [w.lower() for w in words[: last + 1]]
    cut = next((n for n, w in enumerate(head) if n > 0 and w in lex.description_links), len(head))
    role = head[cut - 1] in lex.role_nouns or head[cut - 1] in lex.role_abbreviation_index
    form = MentionForm.ROLE if role and lower not in ("a", "an") else MentionForm.DESCRIPTION
    if not role and any(w[0].isupper() for w in words[1 : last + 1]) and lower == "the":
        form = MentionForm.NAME  # "the White House"
    return last, form


def _name_after(
    p: Paragraph, toks: list[tuple[int, int]], words: list[str]
) -> tuple[int, MentionForm, str | None, int] | None:
    """A name opening *words*, perhaps after a title ("Foreign Minister Anna Berg", "Mr. Doe"):
    the index of its last word, its form, its title, and the index of the name's first word."""
    lex = p.lexicon
    title = None
    mention_first = 0
    last = -1
    possessive_head = False
    for k, w in enumerate(words):
        lower_k = w.lower()
        closing = k + 1 >= len(words) or not words[k + 1][0].isalnum()
        if (
            (w[0].isalpha() and w[0].isupper() and (lower_k not in lex.non_names or k == 0 or closing))
            or (w[0].isalpha() and lower_k in lex.titles)
            or (w == "." and k > 0 and dot_belongs(p, words[k - 1]))
        ):
            last = k
        elif (
            (lower_k in lex.name_connectors or lower_k in ("at", "from"))
            and k > 0
            and k + 1 < len(words)
            and (
                words[k + 1][0].isupper()
                or words[k + 1].lower() in lex.titles
                or (
                    lower_k in ("of", "from")
                    and words[k + 1] == "the"
                    and k + 2 < len(words)
                    and words[k + 2][0].isupper()
                    and words[k + 2].lower() not in lex.non_names
                )
            )
            and (words[k + 1].lower() not in lex.non_names or words[k + 1] == "the")
        ):
            continue  # "Secretary of State", "Officials at Homeland Security Investigations"
        elif (
            lower_k == "the"
            and last == k - 2
            and words[k - 1].lower() in ("of", "from")
            and k + 1 < len(words)
            and words[k + 1][0].isupper()
            and words[k + 1].lower() not in lex.non_names
        ):
            continue  # "Mr. Burman of the Tax Policy Center", "Ida Marsh from the Heritage Foundation"
        elif (
            w.islower()
            and k > 0
            and lower_k not in lex.description_stopwords
            and lower_k not in lex.description_links
            and lower_k not in lex.cue_index
            and (
                any(x.lower() in lex.role_nouns for x in words[k + 1 : k + 3])
                or any(x[0].isupper() for x in words[k + 1 : k + 3])
            )
        ):
            continue  # "Doe campaign spokesman Tomas Lind", "Doe constituent Erik Dahl"
        elif (
            w.islower()
            and last == k - 1
            and words[last].lower().endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s"))
            and lower_k not in lex.description_stopwords
        ):
            last = k  # "Lind's office": a possessive name and its noun
            possessive_head = True
        else:
            break
    if last < 0:
        return None
    low = [w.lower().rstrip(".") for w in words[: last + 1]]
    last_role = max(
        (
            n
            for n, x in enumerate(low)
            if x in lex.role_nouns
            or x in lex.role_abbreviation_index
            or (
                words[n].islower()
                and x not in lex.name_connectors
                and x not in lex.description_links
                and n < last
                and not (x == "the" and low[n - 1] in ("of", "from"))  # "Mr. Burman of the Tax Policy Center"
            )
        ),
        default=-1,
    )
    if possessive_head:
        form = MentionForm.DESCRIPTION
    elif last_role == last:
        form = MentionForm.ROLE
    else:
        form = MentionForm.NAME
        if last_role >= 0:
            mention_first = last_role + 1
            while mention_first < last and (
                p.word(toks[mention_first]) == "."
                or p.word(toks[mention_first]).lower() in lex.name_connectors
                or p.word(toks[mention_first]).lower() in lex.titles
            ):
                mention_first += 1  # "Army Capt. Tomas Lind", "Secretary of State Jane Doe"
            title = p.text[toks[0][0] : toks[mention_first - 1][1]].rstrip(".")
    return last, form, title, mention_first


def subject(p: Paragraph, sent_start: int, cue_start: int) -> NP | None:
    """The subject of the sentence's main clause, before *cs*.

    Tried at the sentence start and after each comma: the first phrase that
    is followed by a lowercase word (its verb) and does not open with a
    preposition ("At an event in Salem, New Hampshire, Doe went after Lind").
    """
    lex = p.lexicon
    text = p.text
    start = sent_start
    fronted = False  # whether what stands before this segment is an adverbial ("Last year, he ...")
    for _ in range(6):
        segment = start
        start = past_connective(p, start, cue_start)  # "Then she ...", "But on Tuesday, he ..."
        np = speaker_after(p, p.lstrip(start), cue_start, need_end=False)
        if np is not None and (np.form is not MentionForm.PRONOUN or segment == sent_start or fronted):
            first = p.patterns.token.match(text, p.lstrip(start), cue_start)
            opener = first.group().lower() if first else ""
            verb = p.patterns.token.match(text, p.lstrip(np.end), cue_start)
            if verb is not None and verb.group() == "," and np.form is not MentionForm.DESCRIPTION:
                verb = _after_appositive(p, verb.end(), cue_start)  # "Jane Doe, the front-runner, called"
            if (
                (opener not in lex.non_names or opener in lex.determiners)
                and verb is not None
                and verb.group().islower()
                and verb.group() not in lex.description_links
                and (np.form is not MentionForm.DESCRIPTION or opener in lex.determiners)
            ):
                return np
        comma = p.comma_outside_quotes(start, cue_start)
        if comma < 0:
            return None
        lead = p.patterns.token.match(text, p.lstrip(start), cue_start)
        word = lead.group().lower() if lead else ""
        fronted = segment == sent_start and (word in lex.non_names or word in lex.time_words)
        fronted = fronted and word not in lex.determiners
        start = comma + 1
    return None


def _after_appositive(p: Paragraph, pos: int, end: int) -> re.Match[str] | None:
    """The word after an appositive that runs from *pos* to its closing comma ("the front-runner,"),
    when a description (a determiner first) and nothing else stands there; else None."""
    comma = p.comma_outside_quotes(pos, end)
    if comma < 0:
        return None
    first = p.patterns.token.match(p.text, p.lstrip(pos), comma)
    if first is None or first.group().lower() not in p.lexicon.determiners:
        return None
    return p.patterns.token.match(p.text, p.lstrip(comma + 1), end)


def past_connective(p: Paragraph, start: int, end: int) -> int:
    """*start* moved past connectives, sentence adverbs and a short fronted adverbial set off by a
    comma ("But", "Then", "However,", "Publicly,", "On Wednesday,", "Last year,")."""
    lex = p.lexicon
    for _ in range(3):
        t = p.patterns.token.match(p.text, p.lstrip(start), end)
        if t is None:
            return start
        word = t.group()
        lower = word.lower()
        adverb = lower.endswith("ly") and len(lower) > 4 and word[0].isupper()
        participle = word[0].isupper() and lower.endswith("ing") and len(lower) > 5
        if lower in PREPOSITIONS or lower in lex.time_words or lower in ("last", "earlier", "later") or participle:
            comma = p.comma_outside_quotes(t.end(), end)
            if comma >= 0 and len(p.tokens(t.end(), comma)) <= (10 if participle else 4):
                start = comma + 1  # "On Wednesday, Jane Doe said"
                continue
        if not (lower in CONNECTIVES or adverb):
            return start
        start = t.end()
        if p.text[p.lstrip(start) : p.lstrip(start) + 1] == ",":
            start = p.lstrip(start) + 1
    return start
