"""The speaker phrase next to a cue: read backwards before it, or forwards after it.

No parser: a phrase is a run of tokens that the lexicon's word classes allow
(capitalised words and titles for a name, a determiner and nouns for a
description, one pronoun), bounded by what may stand before a subject (a
sentence start, a comma, a conjunction). ``speaker_before`` reads back from a
cue ("Jane Doe, a spokeswoman, said"), ``speaker_after`` forward from one
("..., said Jane Doe.") and ``subject`` finds a sentence's main subject. Each
returns an ``NP``: the mention, its form and title, and what bounds it.
"""

from __future__ import annotations

import bisect

import regex

from quoteattr._model import MentionForm
from quoteattr.grammar.forward import past_connective, speaker_after, subject
from quoteattr.grammar.phrases import NP, dot_belongs, is_auxiliary, plausible
from quoteattr.segment import ALL_CLOSE, ALL_OPEN, DASHES, DOUBLE_CLOSE, DOUBLE_OPEN, Paragraph

__all__ = ["NP", "dot_belongs", "is_auxiliary", "np_backward", "speaker_after", "speaker_before", "subject"]

_BOUNDARY_PUNCT = frozenset(",;:([\N{HORIZONTAL BAR}" + DASHES + ALL_OPEN + ALL_CLOSE)  # HuffPost's dash: ―
_RELATIVE_OPENERS = frozenset((",", "(", "--", *DASHES))  # what sets off a non-restrictive relative clause
_SENTENCE_END = regex.compile(r"\p{Ll}{3,}\.\s+\p{Lu}")  # "... years. The": a full stop ending a sentence


def speaker_before(p: Paragraph, hi: int, lo: int, *, skip_aux: bool = True) -> NP | None:
    """The speaker phrase ending just before *hi* (a cue), not reaching before *lo*."""
    return plausible(p, _speaker_before(p, hi, lo, skip_aux=skip_aux))


def _speaker_before(p: Paragraph, hi: int, lo: int, *, skip_aux: bool) -> NP | None:
    window_lo = max(lo, hi - 160)
    toks = p.tokens(window_lo, hi)
    lex = p.lexicon
    i = len(toks) - 1
    last = p.word(toks[i]) if i >= 0 else ""  # the word at i, kept in step with i
    if skip_aux:
        while i >= 0:
            lower = last.lower()
            if last.islower() and is_auxiliary(lower, lex):
                i -= 1
            elif lower == "to" and i >= 1 and _catenative(p, toks, i):
                # "he continued to complain", "Doe went on to say": the subject of
                # the verb before "to" says it
                i -= 2 if p.word(toks[i - 1]).lower() != "on" else 3
            else:
                break
            last = p.word(toks[i]) if i >= 0 else ""
    if i >= 2 and last == "," and p.word(toks[i - 2]) == ",":
        aside = p.word(toks[i - 1]).lower()
        if aside in lex.asides or (aside.endswith("ly") and aside.isalpha()) or (aside.isdigit() and len(aside) <= 3):
            i -= 3  # "Doe's top aides, meanwhile, sought", "Jane Roe, 44, said": an aside or an age
            last = p.word(toks[i]) if i >= 0 else ""
    j = i
    while j > 0 and p.word(toks[j]) in ALL_CLOSE and p.word(toks[j - 1]) in (*ALL_CLOSE, ","):
        j -= 1  # "Doe, citing ''the magic of it,'' said": the aside's comma inside its quotation
    if j >= 3 and p.word(toks[j]) == ",":
        k = _aside_start(p, toks, j)
        if k > 0:
            i = k - 1  # "Economists, like their rivals, say", "Doe, citing the polls, said"
            last = p.word(toks[i])
    untimed = i
    if skip_aux and i >= 1:
        k = _time_start(p, toks, i)
        if k > 0:
            i = k - 1  # "Jane Doe on Monday said", "Doe (D-Vt.) last week called"
            last = p.word(toks[i])
    if i >= 1 and last in ("-", "\N{EM DASH}", "\N{EN DASH}", "\N{HORIZONTAL BAR}", "--"):
        k = _dash_aside_start(p, toks, i, last)
        if k > 0:
            i = k - 1
            last = p.word(toks[i])
    closing = p.top_closes.get(toks[i][0]) if i >= 2 and last in ALL_CLOSE and p.word(toks[i - 1]) == "," else None
    if closing is not None and closing.open > lo and p.comma_outside_quotes(lo, closing.open) >= 0:
        i -= 1  # "Ida Marsh, the author of “Going Viral,” said": the appositive's comma is inside its quotation
        last = ","
    if i >= 0 and last == ")":
        # "Rep. Jane E. Doe (D-Md.) said": skip the party and state
        k = next((k for k in range(i - 1, max(-1, i - 10), -1) if p.word(toks[k]) == "("), -1)
        if k > 0:
            i = k - 1
            last = p.word(toks[i])
    if i < 0:
        return None
    closed_appositive = last == ","  # "Jane Doe, a spokeswoman, said"
    if closed_appositive:
        relative = _relative_clause_speaker(p, toks, i, window_lo == lo)
        if relative is not None:
            return relative
        subject = _subject_before_appositive(p, lo, toks[i][0])
        if subject is not None:
            return subject
        i -= 1
        if i < 0:
            return None
        last = p.word(toks[i])
    # most phrases have no "who": no need to walk them for a restrictive relative clause
    if not closed_appositive and p.text.find("who", toks[max(0, i - 15)][0], toks[i][1]) >= 0:
        relative = _restrictive_relative_speaker(p, toks, i, window_lo == lo)
        if relative is not None:
            return relative
    if last == "." and i > 0 and (dot_belongs(p, p.word(toks[i - 1])) or "." in p.word(toks[i - 1])):
        # "Tomas R. Lind Jr. said", "Apple Inc. said": the suffix's full stop
        np = np_backward(p, toks, i - 1, window_lo == lo)
        if np is not None:
            np = np.evolve(end=toks[i][1])
    else:
        # "At the convention Sen. Jane Doe said": a titled name after a fronted adverbial, else the phrase
        np = (None if closed_appositive else _after_fronted_adverbial(p, toks, i, lo)) or np_backward(
            p, toks, i, window_lo == lo
        )
    if np is None and not closed_appositive:
        np = _reduced_relative(p, toks, i, window_lo == lo)  # "A poll released Monday found"
        if np is not None:
            np = np.evolve(end=max(np.end, toks[untimed][1]))
    if np is None:
        return None
    if closed_appositive and np.form is MentionForm.NAME and np.boundary == ",":
        # "His campaign manager, Tomas Lind, said": a description before the name
        k = bisect.bisect_left(toks, (np.boundary_at, np.boundary_at)) - 1
        desc = np_backward(p, toks, k, window_lo == lo) if k >= 0 else None
        if desc is not None and desc.form is not MentionForm.PRONOUN and desc.boundary != ",":
            return np.evolve(
                title=p.text[desc.outer : desc.end],
                outer=desc.outer,
                boundary=desc.boundary,
                boundary_at=desc.boundary_at,
            )
        return None
    if closed_appositive and not (np.boundary == "," and np.form in (MentionForm.DESCRIPTION, MentionForm.ROLE)):
        return None
    if np.boundary == "," and np.form in (MentionForm.DESCRIPTION, MentionForm.ROLE):
        # "Jane Doe, a spokeswoman for the ministry, said": the name is the speaker
        first = p.text[np.outer : np.end].split(None, 1)[0].lower()
        role_head = any(w.lower() in lex.role_nouns for w in p.text[np.outer : np.end].split())
        if role_head or first in ("a", "an"):
            k = bisect.bisect_left(toks, (np.boundary_at, np.boundary_at)) - 1
            if k >= 0:
                name = np_backward(p, toks, k, window_lo == lo)
                if name is not None and name.form is MentionForm.NAME:
                    return name.evolve(title=p.text[np.outer : np.end])
        if closed_appositive:
            return None
    return np


_IRREGULAR_PARTICIPLES = frozenset(
    ("cast", "done", "given", "held", "led", "made", "put", "run", "set", "taken", "written")
)


def _dash_aside_start(p: Paragraph, toks: list[tuple[int, int]], i: int, dash: str) -> int:
    """Where an aside between dashes that ends with the *dash* at toks[i] starts ("Jane Doe - who
    previously said ... - said"), or -1; a double hyphen ("--") is two tokens, and its pair is the
    next double hyphen back."""
    double = dash == "-" and toks[i - 1][1] == toks[i][0] and p.word(toks[i - 1]) == "-"
    top = i - 2 if double else i - 1
    k = next(
        (
            k
            for k in range(top, max(-1, i - 60), -1)
            if p.word(toks[k]) == dash
            and (not double or (k > 0 and p.word(toks[k - 1]) == "-" and toks[k - 1][1] == toks[k][0]))
        ),
        -1,
    )
    return k - 1 if double and k > 0 else k


def _reduced_relative(p: Paragraph, toks: list[tuple[int, int]], i: int, at_lo: bool) -> NP | None:
    """A speaker modified by a participle, its agent and adjuncts, ending at toks[i]:
    "A poll released Monday [found]", "New numbers released by the state [show]",
    "Many studies conducted since 2010 [have found]". The mention runs to toks[i]."""
    lex = p.lexicon
    for k in range(i, max(0, i - 10), -1):
        w = p.word(toks[k])
        if not (w[0].isalnum() or w in ("-", ".")):
            return None
        lower = w.lower()
        if k < i and lower in lex.cue_index and lower not in p.patterns.noun_forms and lower.endswith(("ed", "en")):
            pass  # "released", "published": a cue form may be the participle
        elif (
            lower in lex.clause_boundary_words
            or lower in lex.pronoun_index
            or lower == "to"
            or (k < i and lower in lex.auxiliaries)
        ):
            return None  # "Doe claimed victory and argued", "Doe refused to answer": no participle phrase
        if not (w.islower() and (lower.endswith(("ed", "en")) or lower in _IRREGULAR_PARTICIPLES)):
            continue
        before = p.word(toks[k - 1]) if k > 0 else ""
        if not before.isalpha() or not before.islower() or before in lex.determiners or is_auxiliary(before, lex):
            return None  # the participle follows a common noun: "a poll released", not "Doe claimed"
        np = np_backward(p, toks, k - 1, at_lo)
        if np is None or np.form is MentionForm.PRONOUN:
            return None
        return np.evolve(end=toks[i][1], form=MentionForm.DESCRIPTION, title=None)
    return None


def _aside_start(p: Paragraph, toks: list[tuple[int, int]], i: int) -> int:
    """Where a phrase set off by commas that ends at the comma toks[i] starts (its opening
    comma's index), when it opens with a preposition, a participle or a time ("like their
    rivals", "citing the polls", "on Tuesday"): such a phrase is no appositive of the
    speaker. -1 otherwise."""
    lex = p.lexicon
    text = p.text
    for k in range(i - 1, max(0, i - 30), -1):
        s, e = toks[k]
        w = text[s:e]
        if w in (".", "!", "?", ";", ":"):
            return -1
        if w != "," or p.quote_at(s) is not None:
            continue  # a quotation's commas are its own: "citing “the polls, and more,”"
        first = p.word(toks[k + 1])
        lower = first.lower()
        participle = lower.endswith("ing") and len(lower) > 4 and first.islower()
        if (first.islower() and lower in lex.aside_openers) or participle:
            return k
        if (first[:1].isupper() and lower in lex.time_words) or lower in ("on", "last", "earlier"):
            return k  # ", on Tuesday,"
        return -1
    return -1


def _time_start(p: Paragraph, toks: list[tuple[int, int]], i: int) -> int:
    """Where a time adjunct right before a cue starts ("on Monday", "last week", "earlier this
    month", "Tuesday"), when toks[i] ends one; -1 otherwise."""
    lex = p.lexicon
    w = p.word(toks[i])
    lower = w.lower()
    k = i
    if w.isdigit() and i >= 1 and len(w) <= 2:
        k -= 1  # "on Jan. 5", "on March 5"
        w = p.word(toks[k])
        lower = w.lower()
    if lower not in lex.time_words:
        return -1
    if not (w.islower() or w[1:].islower()):
        return -1
    j = k - 1
    while j >= 1 and p.word(toks[j]).lower() in _TIME_LEADS:
        j -= 1
    if j == k - 1 and w.islower() and lower not in ("today", "tonight", "yesterday"):
        return -1  # "the week said": a bare "week" is no adjunct
    return j + 1


def _catenative(p: Paragraph, toks: list[tuple[int, int]], i: int) -> bool:
    """Whether toks[i] ("to") follows a verb that takes an infinitive ("continued to")."""
    lex = p.lexicon
    verb = p.word(toks[i - 1]).lower()
    if verb == "on" and i >= 2:
        verb = p.word(toks[i - 2]).lower()  # "went on to say"
    return verb in lex.catenatives


def _subject_before_appositive(p: Paragraph, sent_start: int, comma: int) -> NP | None:
    """ "Tomas Lind, a Michigan Republican who led the committee, said": the
    sentence opens with a name and a comma, and everything up to the comma
    before the cue describes it."""
    if comma - sent_start > 400:
        return None
    q = p.quote_at(sent_start) or p.top_opens.get(sent_start)
    after_quote = q is not None and q.close is not None and q.close_end < comma
    if after_quote and q is not None:
        # '"Is it in our interest to act?" Jane O. Doe, the mayor\'s adviser, said'
        sent_start = p.lstrip(q.close_end + (1 if p.text[q.close_end : q.close_end + 1] == "," else 0))
    sent_start = past_connective(p, sent_start, comma)  # "However, Jane Doe, a lawyer, said"
    np = speaker_after(p, sent_start, comma, need_end=False)
    if np is None or np.form not in (MentionForm.NAME, MentionForm.DESCRIPTION, MentionForm.ROLE):
        return None
    if np.boundary != "," or np.boundary_at >= comma:
        return None
    between = p.text[np.boundary_at + 1 : comma]
    if any(c in between for c in "!?;") or _SENTENCE_END.search(between):
        return None  # apostrophes and abbreviations are fine: "Lind’s director", "Cambridge, Mass."
    closed = comma + 1
    while closed < p.end and p.text[closed] in ALL_CLOSE:
        closed += 1  # the quotation that the comma ends inside: “Going Viral,”
    quoted = any(c in between for c in DOUBLE_OPEN + DOUBLE_CLOSE + '"')
    if quoted and not _quotes_inside(p, np.boundary_at + 1, closed):
        return None  # a title in quotation marks is fine: "Lind, the author of “Going Viral,” said"
    if after_quote and q is not None and q.close is not None:
        boundary, at = p.text[q.close_end - 1], q.close
    else:
        boundary, at = "start", sent_start
    return np.evolve(title=np.title or between.strip() or None, outer=sent_start, boundary=boundary, boundary_at=at)


_FRONTED = frozenset(("after", "at", "before", "during", "earlier", "in", "last", "later", "on", "speaking", "with"))


def _after_fronted_adverbial(p: Paragraph, toks: list[tuple[int, int]], i: int, lo: int) -> NP | None:
    """A titled name right after a fronted adverbial that no comma closes: "At the party
    convention Sen. Jane Doe said", "Saturday in Ohio Gov. Tomas Lind said"."""
    lex = p.lexicon
    if not toks or toks[0][0] != lo:
        return None  # the window must reach the sentence start
    first = p.word(toks[0]).lower()
    if first not in _FRONTED and first not in lex.time_words:
        return None
    j = i
    while j > 1 and (p.word(toks[j - 1])[:1].isupper() or p.word(toks[j - 1]) == "."):
        j -= 1
    if j < 2:
        return None
    title = p.word(toks[j]).lower().rstrip(".")
    before = p.word(toks[j - 1])
    if not before.islower() or not (
        title in lex.titles or title in lex.honorific_index or before.rstrip("s") in lex.report_nouns
    ):
        return None  # a title opens the name ("Sen. Jane Doe"), or a setting ends the adverbial ("In an interview Doe")
    if before in lex.determiners or before in lex.title_modifiers or before in lex.description_links:
        return None  # "the former Sen. Doe", "a speech by Sen. Doe": no new phrase starts here
    np = np_backward(p, toks[j : i + 1], i - j, True)  # read as if the phrase opened the sentence
    return np.evolve(boundary="start", boundary_at=toks[0][0]) if np is not None else None


def _quotes_inside(p: Paragraph, start: int, end: int) -> bool:
    """Whether every quotation mark in ``text[start:end]`` belongs to a quotation that lies within it."""
    marks = [n for n in range(start, end) if p.text[n] in DOUBLE_OPEN + DOUBLE_CLOSE + '"']
    for q in p.top:
        if q.close is None:
            continue
        inside = start <= q.open and q.close_end <= end
        marks = [n for n in marks if not (inside and (n == q.open or q.close <= n < q.close_end))]
    return not marks


def _relative_clause_speaker(p: Paragraph, toks: list[tuple[int, int]], i: int, at_lo: bool) -> NP | None:
    """ "Mr. Lind, who represents a swing district, said": the name before "who"."""
    text = p.text
    for k in range(i - 1, 0, -1):
        s, e = toks[k]
        w = text[s:e]
        if w in (".", "!", "?", ";") or w in ALL_OPEN or w in ALL_CLOSE:
            return None
        if w.lower() in ("who", "whose") and p.word(toks[k - 1]) == ",":
            if k - 2 < 0:
                return None
            np = np_backward(p, toks, k - 2, at_lo)
            if np is not None and np.form in (MentionForm.NAME, MentionForm.DESCRIPTION, MentionForm.ROLE):
                return np
            return None
    return None


def _restrictive_relative_speaker(p: Paragraph, toks: list[tuple[int, int]], i: int, at_lo: bool) -> NP | None:
    """ "Executives who have worked with him say": the phrase before "who", with its clause.

    The relative clause runs unbroken (no comma, no quotation, no sentence end) from
    "who" to the cue; the speaker is the noun phrase before "who" and the clause with it.
    ``speaker_before`` calls this only when "who" occurs in the 15 tokens before the cue.
    """
    lex = p.lexicon
    cue_at = -1  # the first cue form inside the clause
    for k in range(i, max(0, i - 16), -1):
        w = p.word(toks[k])
        if w in (".", "!", "?", ";", ",", ":") or w in ALL_OPEN or w in ALL_CLOSE:
            return None
        if w.islower() and w in lex.cue_index and (k == 0 or p.word(toks[k - 1]).lower() not in lex.determiners):
            if cue_at >= 0:
                return None  # two cues: "Voters who backed it say they oppose ..." stops at "say"
            cue_at = k
        if w.lower() == "who":
            if k == 0:
                return None  # the window starts at "who": its antecedent is out of reach
            v = k + 1
            while v < i and is_auxiliary(p.word(toks[v]).lower(), lex):
                v += 1
            if p.word(toks[k - 1]) == "," or cue_at not in (-1, v):
                return None
            np = np_backward(p, toks, k - 1, at_lo)
            if np is None or np.form not in (MentionForm.NAME, MentionForm.DESCRIPTION, MentionForm.ROLE):
                return None
            return np.evolve(end=toks[i][1])
    return None


def np_backward(p: Paragraph, toks: list[tuple[int, int]], i: int, at_lo: bool) -> NP | None:
    lex = p.lexicon
    text = p.text
    start, end = toks[i]
    w = text[start:end]
    lower = w.lower()
    if lower in lex.pronoun_index and (w.islower() or w[1:].islower() or len(w) == 1):
        return _bounded(p, toks, i, i, toks[i][0], MentionForm.PRONOUN, None, at_lo)
    if lower in ("who", "which") and i > 0 and p.word(toks[i - 1]) in _RELATIVE_OPENERS:
        # "said Lind, who said there were ...": the relative pronoun speaks for its antecedent
        before = np_backward(p, toks, i - 2, at_lo) if i >= 2 else None
        antecedent = (
            (before.start, before.end) if before is not None and before.form is not MentionForm.PRONOUN else None
        )
        return NP(toks[i][0], toks[i][1], MentionForm.PRONOUN, None, toks[i][0], ",", toks[i - 1][0], antecedent)
    if w == "%" or w[0].isdigit():
        return _share_backward(p, toks, i, at_lo)  # "32% say", "Six in 10 say"
    if not w[0].isalpha():
        return None
    if (w[0].isupper() and lower not in lex.non_names) or lower in lex.titles:
        if lower in lex.determiners:
            # "Another said", "Most say": a quantifier alone is a speaker; "The said" is nothing
            return _description_backward(p, toks, i, at_lo) if lower in lex.indefinite_speakers else None
        named = _name_backward(p, toks, i, at_lo)
        if named is not None:
            return named
    return _description_backward(p, toks, i, at_lo)


_TIME_LEADS = frozenset(("early", "earlier", "in", "last", "late", "later", "next", "on", "this"))
_HEDGES = frozenset(("about", "almost", "around", "just", "more", "nearly", "only", "over", "roughly", "some", "than"))


def _share_backward(p: Paragraph, toks: list[tuple[int, int]], i: int, at_lo: bool) -> NP | None:
    """A poll's share ending at toks[i] as a speaker: "32%", "Six in 10", "nearly 4 in 10"."""
    lex = p.lexicon
    w = p.word(toks[i])
    j = i
    if w == "%":
        j -= 1
        if j < 0 or not p.word(toks[j])[0].isdigit():
            return None
    elif w.isdigit() and i >= 2 and p.word(toks[i - 1]).lower() in ("in", "of"):
        j = i - 2  # "Six in 10", "three of 10", "4 in 10"
        first = p.word(toks[j]).lower()
        if not (first.isdigit() or first in lex.number_words):
            return None
    else:
        return None
    while j > 0 and p.word(toks[j - 1]).lower() in _HEDGES:
        j -= 1  # "nearly six in 10", "more than 40%"
    return _bounded(p, toks, j, i, toks[j][0], MentionForm.DESCRIPTION, None, at_lo)


def _name_backward(p: Paragraph, toks: list[tuple[int, int]], i: int, at_lo: bool) -> NP | None:
    """A name or title phrase ending at toks[i], read back over capitalised words, titles and
    connectors ("Secretary of State Jane Doe", "the Foreign Minister"); None when the words
    make no name phrase after all ("delegates at the convention in Springfield")."""
    lex = p.lexicon
    text = p.text
    w = p.word(toks[i])
    j = i
    while j > 0:
        s, e = toks[j - 1]
        prev = text[s:e]
        prev_lower = prev.lower()
        if (
            (prev[0].isupper() and prev_lower not in lex.non_names and prev[0].isalpha())
            or (prev == "." and j > 1 and dot_belongs(p, p.word(toks[j - 2])))
            or (prev_lower in lex.titles and prev[0].isalpha())
        ):
            j -= 1
        elif prev_lower in lex.name_connectors and j > 1:
            left = p.word(toks[j - 2])
            if left[0].isupper() or left.lower() in lex.titles:
                j -= 1
            else:
                break
        else:
            break
    if j < i and p.word(toks[j]).lower() in lex.name_connectors:
        j += 1
    run = toks[j : i + 1]
    words = [text[s:e].lower().rstrip(".") for s, e in run]
    last_role = -1
    for k, each_lower in enumerate(words):
        if each_lower in lex.role_nouns or each_lower in lex.role_abbreviation_index:
            last_role = k
    if last_role == len(run) - 1 or (not w[0].isupper()):
        # no name after the title: "the Foreign Minister", "Chinese FM"
        first = j
        det = first - 1
        if det >= 0 and p.word(toks[det]).lower() in lex.determiners:
            first = det
        form = MentionForm.ROLE
        if p.word(toks[first]).lower() in ("a", "an"):
            form = MentionForm.DESCRIPTION
        role = _bounded(p, toks, first, i, toks[first][0], form, None, at_lo)
        if role is not None:
            return role
        # "Doe's campaign manager": a description ending in a role
    else:
        name_first = j + last_role + 1
        while name_first < i and p.word(toks[name_first]) == ".":
            name_first += 1  # "Sen. Jane Doe": the title's full stop is not the name's
        if last_role >= 0 and name_first < i and p.word(toks[name_first]).lower() in lex.name_connectors:
            # "Secretary of State John Kerry": the title goes on; "A spokeswoman for YouTube": an
            # organisation, and the speaker is the role holder, unnamed
            k = name_first + 1
            while k < i and p.word(toks[k]).lower() in lex.titles:
                k += 1
            if k > name_first + 1:
                name_first = k
            else:
                first = j - 1 if j > 0 and p.word(toks[j - 1]).lower() in lex.determiners else j
                return _bounded(p, toks, first, i, toks[first][0], MentionForm.DESCRIPTION, None, at_lo)
        if last_role < 0 and p.word(toks[j]).lower() in lex.honorific_index:
            name_first = j
        title = None
        if last_role >= 0:
            title = text[toks[j][0] : toks[j + last_role][1]]
        outer_first = j
        # modifiers before the title or name: "visiting", "the", "former"
        k = outer_first - 1
        absorbed = 0
        while k >= 0 and absorbed < 4:
            prev = p.word(toks[k])
            prev_lower = prev.lower()
            if prev_lower in lex.determiners and prev[0].isalpha():
                k -= 1  # "The Los Angeles Times": an article ends the phrase
                absorbed += 1
                break
            if (prev[0].isupper() and prev[0].isalpha() and prev_lower not in lex.non_names and absorbed) or (
                prev.islower()
                and prev_lower not in lex.description_stopwords
                and prev_lower not in lex.clause_boundary_words
                and prev_lower not in lex.cue_index
                and prev_lower not in lex.pronoun_index
            ):
                k -= 1
                absorbed += 1
            else:
                break
        for first in (k + 1, outer_first):
            np = _bounded(p, toks, first, i, toks[name_first][0], MentionForm.NAME, title, at_lo)
            if (
                np is not None
                and first < outer_first
                and any(text[s:e].lower() in lex.description_links for s, e in toks[first:outer_first])
            ):
                # "protest organizers in Cleveland": a description ending in a name
                return np.evolve(start=np.outer, form=MentionForm.DESCRIPTION, title=None)
            if np is not None:
                if title is None and first < outer_first:
                    # "the White House" keeps its article; "visiting" is a title word
                    np = np.evolve(title=text[toks[first][0] : toks[outer_first][0]].strip() or None)
                    if p.word(toks[first]).lower() == "the" and first == outer_first - 1:
                        np = np.evolve(start=toks[first][0], title=None)
                elif first < outer_first and title is not None:
                    np = np.evolve(title=text[toks[first][0] : toks[j + last_role][1]])
                return np
    return None


def _description_backward(p: Paragraph, toks: list[tuple[int, int]], i: int, at_lo: bool) -> NP | None:
    """A description ending at toks[i]: "officials", "the ministry", "a spokeswoman for the ministry"."""
    lex = p.lexicon
    text = p.text
    w = p.word(toks[i])
    lower = w.lower()
    if lower in lex.indefinite_speakers:
        return _bounded(p, toks, i, i, toks[i][0], MentionForm.DESCRIPTION, None, at_lo)  # "many said"
    if (
        lower in lex.description_stopwords
        or lower in lex.determiners
        or lower in lex.clause_boundary_words
        or lower in lex.description_links
    ):
        return None  # "... candidates to disclose": an infinitive, not a speaker
    if w.isdigit() or (
        lower in lex.cue_index
        and lower not in p.patterns.noun_forms  # "polls show": a noun cue may head a speaker
        and (i == 0 or p.word(toks[i - 1]).lower() not in lex.determiners)
    ):
        return None  # a cue form heads a speaker only as a noun after an article: "the plan"
    j = i
    n = 0
    while j > 0 and n < 8:
        s, e = toks[j - 1]
        prev = text[s:e]
        prev_lower = prev.lower()
        if prev == "." and j >= 2 and dot_belongs(p, p.word(toks[j - 2])):
            j -= 1  # "Mr. Morgan of the Sierra Club"
            n += 1
            continue
        if (
            prev_lower in ("least", "most")
            and j >= 2
            and p.word(toks[j - 2]).lower() == "at"
            and (p.word(toks[j])[0].isdigit() or p.word(toks[j]).lower() in lex.number_words)
        ):
            j -= 2  # "At least four senators", "at most 12 people": a hedged number
            break
        if prev == "%" and j >= 2 and p.word(toks[j - 2])[0].isdigit():
            share = _share_backward(p, toks, j - 1, at_lo)  # "41% of likely voters"
            if share is None:
                break
            first = bisect.bisect_left(toks, (share.outer, 0))
            return _bounded(p, toks, first, i, share.outer, MentionForm.DESCRIPTION, None, at_lo)
        if (
            prev_lower == "and"
            and j >= 2
            and (p.word(toks[j - 2])[:1].isupper() or p.word(toks[j - 2]).lower() in lex.role_nouns)
        ):
            j -= 1  # "Federal and state officials", "Democrats and Republicans"
            n += 1
            continue
        if (
            not prev[0].isalnum()
            or prev_lower in lex.description_stopwords
            or prev_lower in lex.clause_boundary_words
            or prev_lower in lex.pronoun_index
        ):
            break
        info = lex.cue_index.get(prev_lower)
        if info is not None and prev_lower != info[0] and not prev_lower.endswith("s"):
            break  # a verb form ends the phrase ("said"); a base form may modify ("state officials")
        if prev_lower in lex.description_links and not (
            j - 2 >= 0 and (p.word(toks[j - 2])[0].isalnum() or p.word(toks[j - 2]) == "%")
        ):
            break
        j -= 1
        n += 1
        if prev_lower in lex.determiners:
            # "the ministry" ends the phrase unless a link word joins it on: "a spokeswoman for the ministry"
            if j > 0 and p.word(toks[j - 1]).lower() in lex.description_links:
                continue
            ahead_word = p.word(toks[j - 1]).lower() if j > 0 else ""
            if (
                (ahead_word.endswith("ly") and ahead_word.isalpha() and len(ahead_word) > 4)
                or ahead_word in ("both", "all")
                or (ahead_word in lex.determiners and prev_lower in ("other", "many", "few"))
            ):
                j -= 1  # "Virtually all analysts", "both the FBI and State Department", "the other candidates"
            break
    first_word = p.word(toks[j]).lower()
    hedged = first_word == "at" and p.word(toks[j + 1]).lower() in ("least", "most")  # "At least four"
    if first_word in lex.description_links and not hedged:
        return None
    head_words = []
    for s, e in toks[j : i + 1]:
        x = text[s:e].lower()
        if x in lex.description_links:
            break
        head_words.append(x)
    form = MentionForm.DESCRIPTION
    if head_words and head_words[-1] in lex.role_nouns and first_word not in ("a", "an"):
        form = MentionForm.ROLE
    return _bounded(p, toks, j, i, toks[j][0], form, None, at_lo)


def _bounded(
    p: Paragraph,
    toks: list[tuple[int, int]],
    first: int,
    last: int,
    mention_start: int,
    form: MentionForm,
    title: str | None,
    at_lo: bool,
) -> NP | None:
    """The phrase toks[first..last] if a clause boundary stands before it."""
    lex = p.lexicon
    if first == 0:
        if not at_lo:
            return None
        boundary, at = "start", toks[0][0]
    else:
        s, e = toks[first - 1]
        b = p.text[s:e]
        if b in _BOUNDARY_PUNCT or b in (".", "!", "?"):
            boundary, at = b, toks[first - 1][0]
        elif b.lower() in lex.clause_boundary_words:
            boundary, at = b.lower(), toks[first - 1][0]
        elif b.lower() in ("even", "only") and first == 1 and at_lo:
            boundary, at = "start", toks[0][0]  # "Even the organizer of the rally said": a focus adverb
        else:
            return None
    end = toks[last][1]
    return NP(mention_start, end, form, title, toks[first][0], boundary, at)
