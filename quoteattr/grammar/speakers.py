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
import re
import weakref
from typing import Any

import regex

from quoteattr._model import MentionForm
from quoteattr.lexicon import Lexicon
from quoteattr.segment import ALL_CLOSE, ALL_OPEN, DASHES, DOUBLE_CLOSE, DOUBLE_OPEN, Document, Paragraph

__all__ = ["NP", "dot_belongs", "is_auxiliary", "np_backward", "speaker_after", "speaker_before", "subject"]

_BOUNDARY_PUNCT = frozenset(",;:([\N{HORIZONTAL BAR}" + DASHES + ALL_OPEN + ALL_CLOSE)  # HuffPost's dash: ―
_RELATIVE_OPENERS = frozenset((",", "(", "--", *DASHES))  # what sets off a non-restrictive relative clause
_SENTENCE_END = regex.compile(r"\p{Ll}{3,}\.\s+\p{Lu}")  # "... years. The": a full stop ending a sentence
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "J.J", "A.B.C": initials, whose last dot follows


class NP:
    """A speaker phrase found next to a cue.

    A plain slotted class, not attrs: thousands are built and revised per
    megabyte, and ``attrs.evolve`` cost more than the rest of their handling.
    Treat one as immutable: ``evolve`` returns a revised copy.
    """

    __slots__ = ("antecedent", "boundary", "boundary_at", "end", "form", "outer", "start", "title")

    def __init__(
        self,
        start: int,  # the mention (name, pronoun, description)
        end: int,
        form: MentionForm,
        title: str | None,
        outer: int,  # where the whole phrase (with title and modifiers) starts or ends
        boundary: str,  # what stands beyond it: "start", "end", a punctuation mark or a word
        boundary_at: int,  # where that boundary token starts
        antecedent: tuple[int, int] | None = None,  # what a relative pronoun ("who") stands for
    ) -> None:
        self.start = start
        self.end = end
        self.form = form
        self.title = title
        self.outer = outer
        self.boundary = boundary
        self.boundary_at = boundary_at
        self.antecedent = antecedent

    def evolve(self, **changes: Any) -> NP:
        """A copy with *changes* applied to its fields."""
        new = NP(
            self.start, self.end, self.form, self.title, self.outer, self.boundary, self.boundary_at, self.antecedent
        )
        for field, value in changes.items():
            setattr(new, field, value)
        return new


def is_auxiliary(word: str, lexicon: Lexicon) -> bool:
    """An auxiliary, a negated one ("didn't", "won’t") or an adverb in -ly (lowercase *word*)."""
    if word in lexicon.auxiliaries:
        return True  # the common case first: this runs for the words before every cue
    if word.endswith(("n't", "n\N{RIGHT SINGLE QUOTATION MARK}t")):
        word = {"won": "will", "can": "can", "ca": "can", "shan": "shall"}.get(word[:-3], word[:-3])
        return word in lexicon.auxiliaries or (word.endswith("ly") and len(word) > 4)
    return word.endswith("ly") and len(word) > 4


def speaker_before(p: Paragraph, hi: int, lo: int, *, skip_aux: bool = True) -> NP | None:
    """The speaker phrase ending just before *hi* (a cue), not reaching before *lo*."""
    return _plausible(p, _speaker_before(p, hi, lo, skip_aux=skip_aux))


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
        # "Jane Doe - who previously said ... - said": skip the aside between dashes; a double
        # hyphen ("--") is two tokens, and its pair is the next double hyphen back
        double = last == "-" and toks[i - 1][1] == toks[i][0] and p.word(toks[i - 1]) == "-"
        top = i - 2 if double else i - 1
        k = next(
            (
                k
                for k in range(top, max(-1, i - 60), -1)
                if p.word(toks[k]) == last
                and (not double or (k > 0 and p.word(toks[k - 1]) == "-" and toks[k - 1][1] == toks[k][0]))
            ),
            -1,
        )
        if double and k > 0:
            k -= 1
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


_CONNECTIVES = frozenset(
    (
        *("also", "although", "and", "as", "because", "besides", "but", "even", "however", "indeed", "instead"),
        *("meanwhile", "moreover", "nevertheless", "nonetheless", "or", "so", "still", "then", "therefore"),
        *("though", "thus", "when", "while", "yet"),
    )
)
_PREPOSITIONS = frozenset(("after", "at", "before", "by", "during", "for", "from", "in", "into", "on"))


def _plausible(p: Paragraph, np: NP | None) -> NP | None:
    """*np*, unless it is no speaker: an adverb or connective alone ("However", "Currently",
    "In"), or a phrase that opens with a preposition ("for Airbus", "in December"). A
    connective before a name is dropped from the mention ("But Jane Doe" -> "Jane Doe")."""
    if np is None or np.form is MentionForm.PRONOUN:
        return np
    text = p.text
    lex = p.lexicon
    mention = text[np.start : np.end]
    first, _space, rest = mention.partition(" ")
    lower = first.lower()
    if (lower in _PREPOSITIONS or lower in ("despite", "since", "amid", "following")) and not rest.lower().startswith(
        ("least ", "most ")
    ):
        return None  # "On Tuesday", "for Airbus", "Despite": no one speaks (but "At least four senators")
    head = mention.rsplit(" ", 1)[-1].lower()
    if (
        rest
        and rest.count(" ") < 2
        and (
            (head in lex.time_words and lower in ("one", "the", "this", "that", "last", "next", "every"))
            or head in ("ago", "earlier", "later")
        )
    ):
        return None  # "One month", "The day", "Two weeks later": a time, not a speaker
    if (
        first[:1].isupper()
        and lower.endswith("ing")
        and "-" not in lower
        and lower not in lex.evidence_sources
        and (lower in lex.cue_index or rest[:1].islower())
    ):
        return None  # "Speaking", "Holding signs": a participle opening the sentence (not "Schilling", "Polling")
    if not rest:
        bare = lower.rstrip(".").replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
        if (
            (lower in lex.non_names and lower not in lex.determiners)
            or (lower.endswith("ly") and len(lower) > 4 and not (first[0].isupper() and _named_inside(p, first)))
            or lower in lex.time_words
            or bare in lex.honorific_index  # "Jackson, Miss., said": a state, not a speaker
            or bare.endswith("'s")  # "That's", "It's"
            or lower in ("over", "without", "having", "being")
            or (first.islower() and lower.endswith(("ing", "ed")) and lower not in lex.indefinite_speakers)
        ):
            return None  # "However argued", "Currently called", "Monday said", "having suggested": no one speaks
        return np
    if (lower in _CONNECTIVES or lower == "only") and rest[:1].isupper():
        start = np.start + len(first) + 1
        return np.evolve(start=start, outer=max(np.outer, start) if np.outer <= np.start else np.outer)
    return np


def _named_inside(p: Paragraph, word: str) -> bool:
    """Whether capitalised *word* stands inside a sentence somewhere in the document (after a word
    or a comma), as a name does ("Megyn Kelly") and a sentence adverb ("Currently") does not."""
    found = _INSIDE.get(p.doc)
    if found is None:
        found = _INSIDE[p.doc] = {}  # per document: one that repeats "Currently said" searches once
    if word not in found:
        found[word] = re.search(r"[\w,] " + re.escape(word) + r"(?!\w)", p.text) is not None
    return found[word]


_INSIDE: weakref.WeakKeyDictionary[Document, dict[str, bool]] = weakref.WeakKeyDictionary()


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
    sent_start = _past_connective(p, sent_start, comma)  # "However, Jane Doe, a lawyer, said"
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


def dot_belongs(p: Paragraph, word: str) -> bool:
    lower = word.lower()
    lex = p.lexicon
    return (
        lower in lex.honorific_index
        or lower in lex.abbreviations
        or (len(word) == 1 and word.isupper())
        or _INITIALS.fullmatch(word) is not None  # "J.J. Goldberg"
    )


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


def speaker_after(p: Paragraph, lo: int, hi: int, *, need_end: bool = True) -> NP | None:
    """The speaker phrase starting at *lo* (after "said", "according to", a dash).

    With *need_end*, the phrase must be followed by punctuation or the end of
    the sentence ("..., said Jane Doe."); without it, by anything (a verb).
    """
    return _plausible(p, _speaker_after(p, lo, hi, need_end=need_end))


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
        start = _past_connective(p, start, cue_start)  # "Then she ...", "But on Tuesday, he ..."
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


def _past_connective(p: Paragraph, start: int, end: int) -> int:
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
        if lower in _PREPOSITIONS or lower in lex.time_words or lower in ("last", "earlier", "later") or participle:
            comma = p.comma_outside_quotes(t.end(), end)
            if comma >= 0 and len(p.tokens(t.end(), comma)) <= (10 if participle else 4):
                start = comma + 1  # "On Wednesday, Jane Doe said"
                continue
        if not (lower in _CONNECTIVES or adverb):
            return start
        start = t.end()
        if p.text[p.lstrip(start) : p.lstrip(start) + 1] == ",":
            start = p.lstrip(start) + 1
    return start
