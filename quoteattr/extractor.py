"""The pipeline: text -> one scan -> paragraphs -> statements -> resolved speakers.

``extract`` scans the document once with ``Patterns.scan`` (line breaks,
quotation marks, sentence ends, cue words), then looks at each paragraph that
holds a cue or a quotation mark: it pairs the quotation marks, finds the
sentence boundaries among the scanned full stops, and tries the rules of
``patterns.RULES`` at each cue and each quotation. Everything a rule reads
beyond the scan is a bounded window next to a scanned event, so the whole run
is linear in the length of the text. The statements' speaker mentions then go
to ``coref.resolve_mentions`` for their full names.

The text is never rewritten: every span is cut from the caller's string.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import operator
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import regex

from quoteattr import coref
from quoteattr._model import CueClass, MentionForm, QuoteKind, Span, Statement, new_speaker, new_statement
from quoteattr.errors import ExtractionTimeout, InputTypeError
from quoteattr.lexicon import Lexicon
from quoteattr.patterns import Patterns, compile_patterns

__all__ = ["Extractor", "extract"]

_DOUBLE_OPEN = (
    "\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
_DOUBLE_CLOSE = "\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
_SINGLE_OPEN = "\N{LEFT SINGLE QUOTATION MARK}\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
_SINGLE_CLOSE = "\N{RIGHT SINGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
_ALL_OPEN = _DOUBLE_OPEN + _SINGLE_OPEN + "\"'`"
_ALL_CLOSE = _DOUBLE_CLOSE + _SINGLE_CLOSE + "\"'"
_CLOSERS = _ALL_CLOSE + ")]}"
_DASHES = "\N{EM DASH}\N{EN DASH}-"
_BEFORE_OPENING = "([{" + _DASHES + _ALL_OPEN  # what a straight double mark opens a quotation after
_HEADLINE_END = ".!?" + _ALL_CLOSE  # what a paragraph ending a sentence ends in
_TRAILING = ",;:.!?" + _DASHES  # what a clause's end drops, with white space
_BOUNDARY_PUNCT = frozenset(",;:([" + _DASHES + _ALL_OPEN + _ALL_CLOSE)
_BOUNDARY_WORDS = frozenset(
    [
        "after",
        "also",
        "although",
        "and",
        "as",
        "because",
        "before",
        "but",
        "however",
        "if",
        "meanwhile",
        "now",
        "once",
        "or",
        "since",
        "so",
        "that",
        "then",
        "though",
        "until",
        "what",
        "when",
        "where",
        "whereas",
        "which",
        "while",
        "whom",
        "with",
        "yet",
    ]
)
_CONNECTORS = frozenset(
    [
        "of",
        "for",
        "and",
        "de",
        "van",
        "von",
        "bin",
        "ibn",
        "al",
        "el",
        "la",
        "le",
        "da",
        "di",
        "du",
        "del",
        "der",
        "dos",
    ]
)
_DESCRIPTION_LINKS = frozenset(["of", "for", "at", "in", "with", "from", "on", "to", "by"])
_NOT_PARENTHETICAL = frozenset(["citing", "including", "noting", "which", "who", "whose"])
_QUOTE_ENDING_RULES = frozenset(["reported.content-speaker-cue", "reported.content-cue-speaker"])
_PARTICIPLE_LEADS = frozenset(["after", "before", "by", "for", "in", "while", "without"])
_SUBORDINATORS = frozenset(
    [
        "after",
        "although",
        "as",
        "because",
        "before",
        "if",
        "once",
        "since",
        "though",
        "until",
        "when",
        "whereas",
        "while",
    ]
)
_CUE_CLASSES = {c.value: c for c in CueClass}
_NUMBER_WORDS = frozenset(
    [
        "eight",
        "five",
        "four",
        "half",
        "majority",
        "minority",
        "nine",
        "one",
        "seven",
        "six",
        "ten",
        "third",
        "three",
        "two",
    ]
)
_NOUN_PREPOSITIONS = frozenset(["about", "at", "for", "from", "in", "of", "on", "with"])
_ARTICLES = frozenset(["a", "an", "his", "its", "my", "our", "the", "their", "these", "this", "those", "your"])
_WEAK_RULES = frozenset(["reported.asked", "reported.passive", "reported.raising"])
_ASIDES = frozenset(["also", "however", "instead", "meanwhile", "nonetheless", "then", "though", "too"])
_TOPIC_PREPOSITIONS = frozenset(["about", "against", "of", "on"])
_OBJECT_PREPOSITIONS = frozenset(["about", "against", "at", "for", "of", "on", "over", "to", "with"])
_BE = frozenset(["am", "are", "be", "been", "being", "is", "was", "were"])
_LETTER = regex.compile(r"\p{L}")
_FIRST = operator.itemgetter(0)
_HINGE = re.compile(r",|[aA][nN][dD]|[bB][uU][tT]")  # what a later attribution needs before it
# What ``patterns.that`` opens with, and more: re's \s takes all regex's does (and \x1c-\x1f).
# White space, the comma and "t" are disjoint, so a failing match gives up without backtracking.
_THAT_OPENER = re.compile(r"\s*(?:,\s*)?that")
_SENTENCE_END = regex.compile(r"\p{Ll}{3,}\.\s+\p{Lu}")  # "... years. The": a full stop ending a sentence
MAX_CLAUSE = 1_000
"""The longest reported clause, in characters: a run-on "sentence" (a scraped page
without full stops) is cut there, so no content, and no cost, grows with it."""
_MAX_CLAUSE_CUES = 12  # later cues a reported clause looks at for its end: bounds the work per cue
_TIMEOUT = 2.0  # seconds a local pattern may run on one paragraph before it is a defect


class _Quote:
    """A paired quotation in one paragraph (internal, mutable while pairing)."""

    __slots__ = ("close", "close_end", "inner_end", "inner_start", "level", "next", "open", "prev", "single")

    def __init__(self, open_: int, level: int, single: bool, width: int = 1) -> None:
        self.open = open_
        self.inner_start = open_ + width
        self.close: int | None = None  # where the closing mark starts, if there is one
        self.close_end = -1  # and where it ends
        self.inner_end = self.inner_start
        self.level = level
        self.single = single
        self.prev: _Quote | None = None
        self.next: _Quote | None = None

    def closed_by(self, pos: int, width: int) -> None:
        self.close, self.close_end, self.inner_end = pos, pos + width, pos

    def chain(self) -> list[_Quote]:
        """All quotes of a multi-paragraph quotation this one belongs to."""
        first = self
        while first.prev is not None:
            first = first.prev
        out = []
        cur: _Quote | None = first
        while cur is not None:
            out.append(cur)
            cur = cur.next
        return out


@attrs.define
class _Raw:
    """A statement before speaker resolution (internal)."""

    rule: str
    parts: list[tuple[int, int]]
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    form: MentionForm | None
    title: str | None
    kind: QuoteKind = QuoteKind.INDIRECT
    cue_class: CueClass = CueClass.SPEECH
    sentence: int = -1
    antecedent: tuple[int, int] | None = None


class _NP:
    """A speaker phrase found next to a cue (internal).

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

    def evolve(self, **changes: Any) -> _NP:
        """A copy with *changes* applied to its fields."""
        new = _NP(
            self.start, self.end, self.form, self.title, self.outer, self.boundary, self.boundary_at, self.antecedent
        )
        for field, value in changes.items():
            setattr(new, field, value)
        return new


def _is_auxiliary(word: str, lexicon: Lexicon) -> bool:
    """An auxiliary, a negated one ("didn't", "won’t") or an adverb in -ly (lowercase *word*)."""
    if word in lexicon.auxiliaries:
        return True  # the common case first: this runs for the words before every cue
    if word.endswith(("n't", "n\N{RIGHT SINGLE QUOTATION MARK}t")):
        word = {"won": "will", "can": "can", "ca": "can", "shan": "shall"}.get(word[:-3], word[:-3])
        return word in lexicon.auxiliaries or (word.endswith("ly") and len(word) > 4)
    return word.endswith("ly") and len(word) > 4


def _extend_parts(parts: list[tuple[int, int]], more: list[tuple[int, int]]) -> None:
    """Add the parts of a following quotation, skipping any the statement holds already.

    A quotation running over paragraphs is a chain, and a chain can be reached
    from several of its members; each part is taken once, in text order.
    """
    for part in more:
        if part not in parts and (not parts or part[0] >= parts[-1][1]):
            parts.append(part)


def _takes_quotations(raw: _Raw, quote_ends: set[int]) -> bool:
    """Whether quotations after *raw* may join it (see ``_Paragraph._follow_on``); *quote_ends* are
    where the paragraph's quotations end."""
    return (
        (raw.kind is QuoteKind.DIRECT and raw.rule.startswith("direct."))
        or (raw.rule in _QUOTE_ENDING_RULES and raw.parts[-1][1] in quote_ends)  # mixed, ending in a quotation
        or (raw.speaker is not None and raw.rule.startswith("reported."))  # "Coan argues that ... “The ...”"
    )


def _has_letter(text: str, start: int, end: int) -> bool:
    return start < end and _LETTER.search(text, start, end) is not None


class _Paragraph:
    """The rules, applied to one paragraph's events (internal)."""

    def __init__(
        self,
        doc: _Document,
        start: int,
        end: int,
        quote_marks: list[int],
        ends: list[int],
        cues: list[tuple[int, int]],
        carry: _Quote | None,
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.start = start
        self.end = end
        self._title_case: bool | None = None
        self.cues = cues
        self.cue_starts = list(map(_FIRST, cues))
        # most paragraphs hold no quotation (at most apostrophes): no passes over their quotations
        self.quotes = self._pair(quote_marks, carry) if quote_marks else []
        if self.quotes:
            top = self.top = [q for q in self.quotes if q.level == 0]
            self.top_opens = {q.open: q for q in top}
            self.top_closes = {q.close_end - 1: q for q in top if q.close is not None}
            self.top_starts = [q.inner_start for q in top]
        else:
            self.top, self.top_starts = [], []
            self.top_opens, self.top_closes = {}, {}
        self.sentences = self._sentences(ends)
        self.raws: list[_Raw] = []
        self._toks: list[tuple[int, int]] | None = None
        self._hinge_memo = (0, 0, -1)  # see _first_hinge
        self._letters_memo: tuple[int, int, str] = (-1, -1, "")  # see _letters_before
        self._tok_starts: list[int] = []

    # -- quotation marks ---------------------------------------------------

    def _pair(self, marks: list[int], carry: _Quote | None) -> list[_Quote]:
        """Pair the paragraph's quotation marks into quotations.

        Double marks make the top level; single marks nest inside them, or make
        the top level where no double mark is open (British style). A doubled
        straight mark (``''`` or a TeX-style opening pair of backticks) counts as one
        double mark. An apostrophe (inside a word, or after a plural) is no mark.
        """
        text, end = self.text, self.end
        quotes: list[_Quote] = []
        top: _Quote | None = None
        inner: _Quote | None = None
        first_open = True
        skip = -1
        for pos in marks:
            if pos <= skip:
                continue
            c = text[pos]
            width = 1
            if c == "'" and inner is not None and text[pos + 1 : pos + 3] == "''":
                inner.closed_by(pos, 1)  # a nested single mark closes before a doubled one: ,'''
                inner = None
                continue
            if c in "'`" and pos + 1 < end and text[pos + 1] == c:
                c, width, skip = '"', 2, pos + 1  # '' and `` are double marks
            before = text[pos - 1] if pos > self.start else " "
            after = text[pos + width] if pos + width < end else " "
            if c == "\N{LEFT DOUBLE QUOTATION MARK}" and top is not None and before in ",.!?" and after.isspace():
                c = "\N{RIGHT DOUBLE QUOTATION MARK}"  # a mistyped closing mark: “It's unusual,“ said
            if c in _DOUBLE_OPEN or (
                c == '"' and (before.isspace() or before in _BEFORE_OPENING) and not after.isspace()
            ):
                kind = "open2"
            elif c in _DOUBLE_CLOSE or c == '"':
                kind = "close2" if (top is not None and not top.single) or c != '"' else "open2"
            elif c in _SINGLE_OPEN or (c == "'" and not before.isalnum() and after.isalnum()):
                # not an opening mark: inside a word, or eliding a year (‘08, ’90s)
                elided = text[pos + 1 : pos + 3].isdigit()
                kind = "open1" if not before.isalnum() and not elided else "none"
            elif c in _SINGLE_CLOSE or c == "'":
                kind = "none" if (before.isalnum() and after.isalnum()) or before.isspace() else "close1"
            else:
                kind = "none"
            if kind == "open2":
                if top is not None:
                    if top.single:
                        quotes.remove(top)  # an unclosed single mark was an apostrophe after all
                    elif text[pos - 1].isspace():
                        # a second opening mark: the first quotation was never closed
                        top.inner_end = max(top.inner_start, self._rstrip(pos))
                    else:
                        top.inner_end = pos  # never before inner_start, which is at most pos
                q = _Quote(pos, 0, False, width)
                if first_open and carry is not None and self._first_char_is(pos):
                    q.prev, carry.next = carry, q
                first_open = False
                quotes.append(q)
                top, inner = q, None
            elif kind == "close2":
                if top is not None and not top.single:
                    top.closed_by(pos, width)
                    top, inner = None, None
            elif kind == "open1":
                if top is None:
                    q = _Quote(pos, 0, single=True)
                    if first_open and carry is not None and carry.single and self._first_char_is(pos):
                        q.prev, carry.next = carry, q
                    first_open = False
                    quotes.append(q)
                    top = q
                elif not top.single and inner is None:
                    inner = _Quote(pos, 1, single=True)
                    quotes.append(inner)
            elif kind == "close1":
                if inner is not None:
                    inner.closed_by(pos, 1)
                    inner = None
                elif top is not None and top.single and not after.isalpha():
                    top.closed_by(pos, 1)
                    top = None
        if top is not None and top.single and top.prev is None:
            quotes.remove(top)  # a single mark never closed in its paragraph is an apostrophe
            top = None
        if top is not None:
            top.inner_end = max(top.inner_start, self._rstrip(end))
        if inner is not None:
            inner.inner_end = max(inner.inner_start, self._rstrip(end))
        return quotes

    def _first_char_is(self, pos: int) -> bool:
        return self.text[self.start : pos].strip() == ""

    def _rstrip(self, pos: int) -> int:
        text = self.text
        while pos > self.start and text[pos - 1].isspace():
            pos -= 1
        return pos

    @property
    def open_at_end(self) -> _Quote | None:
        """The top-level quotation still open when the paragraph ends."""
        for q in reversed(self.top):
            return q if q.close is None else None
        return None

    def quote_at(self, pos: int) -> _Quote | None:
        """The top-level quotation whose inner text contains *pos*."""
        i = bisect.bisect_right(self.top_starts, pos) - 1
        if i >= 0 and pos < self.top[i].inner_end:
            return self.top[i]
        return None

    # -- sentences -----------------------------------------------------------

    def _sentences(self, ends: list[int]) -> list[int]:
        text, start, end = self.text, self.start, self.end
        m = None
        if text[start : start + 2].isupper():  # a dateline opens with two capitals: "DUSHANBE"
            m = self.doc.patterns.dateline.match(text, start, end)
        starts = [m.end() if m else start]
        for pos in ends:
            j = pos + 1
            while j < end and text[j] in _CLOSERS:
                j += 1
            k = self._lstrip(j)
            if k >= end:
                continue
            nxt = text[k]
            if not (nxt.isupper() or nxt.isdigit() or nxt in _ALL_OPEN or nxt == "("):
                continue
            if text[pos] == ".":
                w = pos
                while w > start and (text[w - 1].isalpha() or text[w - 1] == "."):
                    w -= 1
                word = text[w:pos]
                if word.lower() in self.doc.lexicon.abbreviations or (len(word) == 1 and word.isupper()):
                    continue
                acronym = "." in word and all(len(part) <= 2 for part in word.split("."))  # "U.S", not "Tchadinfos.com"
                if acronym and not self._pronoun_or_determiner_at(k):
                    continue
            q = self.quote_at(pos)
            if q is not None and not (q.close is not None and q.close < j):
                continue  # a sentence inside a quotation does not end the outer one
            if q is not None and text[pos] in "!?" and q.close == pos + 1:
                continue  # “Enough!” Ivan Kos shouted: the attribution follows
            starts.append(k)
        return starts

    def _pronoun_or_determiner_at(self, k: int) -> bool:
        if self.text[k] in _ALL_OPEN:
            return True  # "... in Fort Mill, S.C. “It seems ...”": a quotation opens a sentence
        m = self.doc.patterns.token.match(self.text, k, self.end)
        if m is None:
            return False
        w = m.group().lower()
        lex = self.doc.lexicon
        return w in lex.pronoun_index or w in lex.determiners or w in _BOUNDARY_WORDS

    def _lstrip(self, pos: int) -> int:
        text = self.text
        while pos < self.end and text[pos].isspace():
            pos += 1
        return pos

    def sentence_of(self, pos: int) -> tuple[int, int, int]:
        """(index, start, end) of the sentence holding *pos*; end excludes white space."""
        sentences = self.sentences
        i = bisect.bisect_right(sentences, pos) - 1
        if i + 1 < len(sentences):
            return i, sentences[max(i, 0)], self._rstrip(sentences[i + 1])
        return i, sentences[max(i, 0)], self.end  # the paragraph's end has no white space before it

    # -- tokens ----------------------------------------------------------------

    def tokens(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The tokens lying wholly within ``[lo, hi)``.

        The paragraph is tokenized once, when a rule first asks, and every
        window is a slice of that list: the rules look at overlapping windows
        around each cue, and tokenizing each window again cost a third of the
        extraction time.
        """
        toks = self._all_tokens()
        starts = self._tok_starts
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, i)
        if j > i and toks[j - 1][1] > hi:
            j -= 1
        return toks[i:j]

    def _all_tokens(self) -> list[tuple[int, int]]:
        """The paragraph's tokens, found at the first call; ``_tok_starts`` then holds their starts.

        Each token is matched with the white space before it (``Patterns.spaced_token``),
        over the paragraph up to its last token. Tokenizing only as far as the rules
        asked, a stretch at a time, took fewer instructions but more time: a search
        per stretch, where an eighth of the tokens were spared.
        """
        toks = self._toks
        if toks is None:
            stop = self._rstrip(self.end)  # the spaced pattern wants text that ends in a token
            toks = self._toks = [m.span(1) for m in self.doc.spaced_token.finditer(self.text, self.start, stop)]
            self._tok_starts = list(map(_FIRST, toks))  # bisecting ints is faster than tuples
        return toks

    def word(self, tok: tuple[int, int]) -> str:
        return self.text[tok[0] : tok[1]]

    def _first_hinge(self, lo: int, hi: int) -> int:
        """Where the first comma, "and" or "but" at or after *lo* starts, or *hi* when none does before it.

        A later attribution that ends a reported clause ("..., Trump responded",
        "... and aides say") needs a comma, "and" or "but" token before its cue.
        The letters count inside words too ("band"): a harmless extra. The clauses
        of a paragraph are asked about in order, so the search goes on from where
        the last one stopped: each character is searched about once, however
        close together the cues stand.
        """
        a, b, h = self._hinge_memo  # no hinge starts in [a, b); h is the first at or after b, or -1
        if not a <= lo <= b:
            a = b = lo
            h = -1
        if h < 0 and hi > b:
            stop = min(self.end, hi + 2)  # a hinge starting before hi is found whole
            m = _HINGE.search(self.text, b, stop)
            if m is not None:
                b = h = m.start()
            else:
                b = stop if stop == self.end else stop - 2  # one starting later may run past stop
        self._hinge_memo = (a, b, h)
        return h if 0 <= h < hi else hi

    # -- speaker phrases ---------------------------------------------------------

    def speaker_before(self, hi: int, lo: int, *, skip_aux: bool = True) -> _NP | None:
        """The speaker phrase ending just before *hi* (a cue), not reaching before *lo*."""
        window_lo = max(lo, hi - 160)
        toks = self.tokens(window_lo, hi)
        lex = self.doc.lexicon
        i = len(toks) - 1
        last = self.word(toks[i]) if i >= 0 else ""  # the word at i, kept in step with i
        if skip_aux:
            while i >= 0:
                lw = last.lower()
                if last.islower() and _is_auxiliary(lw, lex):
                    i -= 1
                elif lw == "to" and i >= 1 and self._catenative(toks, i):
                    # "he continued to complain", "Sanders went on to say": the subject of
                    # the verb before "to" says it
                    i -= 2 if self.word(toks[i - 1]).lower() != "on" else 3
                else:
                    break
                last = self.word(toks[i]) if i >= 0 else ""
        if i >= 2 and last == "," and self.word(toks[i - 2]) == ",":
            aside = self.word(toks[i - 1]).lower()
            if aside in _ASIDES or (aside.endswith("ly") and aside.isalpha()):
                i -= 3  # "Clinton's top aides, meanwhile, sought": an aside between commas
                last = self.word(toks[i]) if i >= 0 else ""
        if i >= 1 and last in ("-", "\N{EM DASH}", "\N{EN DASH}", "--"):
            # "Donald Trump - who previously said ... - said": skip the aside between dashes
            k = next((k for k in range(i - 1, max(-1, i - 60), -1) if self.word(toks[k]) == last), -1)
            if k > 0:
                i = k - 1
                last = self.word(toks[i])
        if i >= 0 and last == ")":
            # "Rep. Elijah E. Cummings (D-Md.) said": skip the party and state
            k = next((k for k in range(i - 1, max(-1, i - 10), -1) if self.word(toks[k]) == "("), -1)
            if k > 0:
                i = k - 1
                last = self.word(toks[i])
        if i < 0:
            return None
        closed_appositive = last == ","  # "Jane Doe, a spokeswoman, said"
        if closed_appositive:
            relative = self._relative_clause_speaker(toks, i, window_lo == lo)
            if relative is not None:
                return relative
            subject = self._subject_before_appositive(lo, toks[i][0])
            if subject is not None:
                return subject
            i -= 1
            if i < 0:
                return None
            last = self.word(toks[i])
        # most phrases have no "who": no need to walk them for a restrictive relative clause
        if not closed_appositive and self.text.find("who", toks[max(0, i - 15)][0], toks[i][1]) >= 0:
            relative = self._restrictive_relative_speaker(toks, i, window_lo == lo)
            if relative is not None:
                return relative
        if last == "." and i > 0 and (self._dot_belongs(self.word(toks[i - 1])) or "." in self.word(toks[i - 1])):
            # "Joseph R. Biden Jr. said", "Apple Inc. said": the suffix's full stop
            np = self._np_backward(toks, i - 1, window_lo == lo)
            if np is not None:
                np = np.evolve(end=toks[i][1])
        else:
            np = self._np_backward(toks, i, window_lo == lo)
        if np is None:
            return None
        if closed_appositive and np.form is MentionForm.NAME and np.boundary == ",":
            # "His campaign manager, Jeff Weaver, said": a description before the name
            k = bisect.bisect_left(toks, (np.boundary_at, np.boundary_at)) - 1
            desc = self._np_backward(toks, k, window_lo == lo) if k >= 0 else None
            if desc is not None and desc.form is not MentionForm.PRONOUN and desc.boundary != ",":
                return np.evolve(
                    title=self.text[desc.outer : desc.end],
                    outer=desc.outer,
                    boundary=desc.boundary,
                    boundary_at=desc.boundary_at,
                )
            return None
        if closed_appositive and not (np.boundary == "," and np.form in (MentionForm.DESCRIPTION, MentionForm.ROLE)):
            return None
        if np.boundary == "," and np.form in (MentionForm.DESCRIPTION, MentionForm.ROLE):
            # "Jane Doe, a spokeswoman for the ministry, said": the name is the speaker
            first = self.text[np.outer : np.end].split(None, 1)[0].lower()
            role_head = any(w.lower() in lex.role_nouns for w in self.text[np.outer : np.end].split())
            if role_head or first in ("a", "an"):
                k = bisect.bisect_left(toks, (np.boundary_at, np.boundary_at)) - 1
                if k >= 0:
                    name = self._np_backward(toks, k, window_lo == lo)
                    if name is not None and name.form is MentionForm.NAME:
                        return name.evolve(title=self.text[np.outer : np.end])
            if closed_appositive:
                return None
        return np

    def _catenative(self, toks: list[tuple[int, int]], i: int) -> bool:
        """Whether toks[i] ("to") follows a verb that takes an infinitive ("continued to")."""
        lex = self.doc.lexicon
        verb = self.word(toks[i - 1]).lower()
        if verb == "on" and i >= 2:
            verb = self.word(toks[i - 2]).lower()  # "went on to say"
        return verb in lex.catenatives

    def _subject_before_appositive(self, ss: int, comma: int) -> _NP | None:
        """ "Peter Hoekstra, a Michigan Republican who led the committee, said": the
        sentence opens with a name and a comma, and everything up to the comma
        before the cue describes it."""
        if comma - ss > 400:
            return None
        q = self.quote_at(ss) or self.top_opens.get(ss)
        after_quote = q is not None and q.close is not None and q.close_end < comma
        if after_quote and q is not None:
            # '"Is it in our interest to act?" Lisa O. Monaco, Obama's adviser, said'
            ss = self._lstrip(q.close_end + (1 if self.text[q.close_end : q.close_end + 1] == "," else 0))
        np = self.speaker_after(ss, comma, need_end=False)
        if np is None or np.form not in (MentionForm.NAME, MentionForm.DESCRIPTION, MentionForm.ROLE):
            return None
        if np.boundary != "," or np.boundary_at >= comma:
            return None
        between = self.text[np.boundary_at + 1 : comma]
        if any(c in between for c in "!?;" + _DOUBLE_OPEN + _DOUBLE_CLOSE + '"') or _SENTENCE_END.search(between):
            return None  # apostrophes and abbreviations are fine: "Romney’s director", "Cambridge, Mass."
        if after_quote and q is not None and q.close is not None:
            boundary, at = self.text[q.close_end - 1], q.close
        else:
            boundary, at = "start", ss
        return np.evolve(title=np.title or between.strip() or None, outer=ss, boundary=boundary, boundary_at=at)

    def _relative_clause_speaker(self, toks: list[tuple[int, int]], i: int, at_lo: bool) -> _NP | None:
        """ "Mr. Coffman, who represents a swing district, said": the name before "who"."""
        text = self.text
        for k in range(i - 1, 0, -1):
            s, e = toks[k]
            w = text[s:e]
            if w in (".", "!", "?", ";") or w in _ALL_OPEN or w in _ALL_CLOSE:
                return None
            if w.lower() in ("who", "whose") and self.word(toks[k - 1]) == ",":
                if k - 2 < 0:
                    return None
                np = self._np_backward(toks, k - 2, at_lo)
                if np is not None and np.form in (MentionForm.NAME, MentionForm.DESCRIPTION, MentionForm.ROLE):
                    return np
                return None
        return None

    def _restrictive_relative_speaker(self, toks: list[tuple[int, int]], i: int, at_lo: bool) -> _NP | None:
        """ "Executives who have worked with him say": the phrase before "who", with its clause.

        The relative clause runs unbroken (no comma, no quotation, no sentence end) from
        "who" to the cue; the speaker is the noun phrase before "who" and the clause with it.
        ``speaker_before`` calls this only when "who" occurs in the 15 tokens before the cue.
        """
        lex = self.doc.lexicon
        cue_at = -1  # the first cue form inside the clause
        for k in range(i, max(0, i - 16), -1):
            w = self.word(toks[k])
            if w in (".", "!", "?", ";", ",", ":") or w in _ALL_OPEN or w in _ALL_CLOSE:
                return None
            if w.islower() and w in lex.cue_index:
                if cue_at >= 0:
                    return None  # two cues: "Voters who backed it say they oppose ..." stops at "say"
                cue_at = k
            if w.lower() == "who":
                if k == 0:
                    return None  # the window starts at "who": its antecedent is out of reach
                v = k + 1
                while v < i and _is_auxiliary(self.word(toks[v]).lower(), lex):
                    v += 1
                if self.word(toks[k - 1]) == "," or cue_at not in (-1, v):
                    return None
                np = self._np_backward(toks, k - 1, at_lo)
                if np is None or np.form not in (MentionForm.NAME, MentionForm.DESCRIPTION, MentionForm.ROLE):
                    return None
                return np.evolve(end=toks[i][1])
        return None

    def _np_backward(self, toks: list[tuple[int, int]], i: int, at_lo: bool) -> _NP | None:
        lex = self.doc.lexicon
        text = self.text
        start, end = toks[i]
        w = text[start:end]
        lw = w.lower()
        if lw in lex.pronoun_index and (w.islower() or w[1:].islower() or len(w) == 1):
            return self._bounded(toks, i, i, toks[i][0], MentionForm.PRONOUN, None, at_lo)
        if lw in ("who", "which") and i > 0 and self.word(toks[i - 1]) == ",":
            # "said Beck, who said there were ...": the relative pronoun speaks for its antecedent
            before = self._np_backward(toks, i - 2, at_lo) if i >= 2 else None
            antecedent = (
                (before.start, before.end) if before is not None and before.form is not MentionForm.PRONOUN else None
            )
            return _NP(toks[i][0], toks[i][1], MentionForm.PRONOUN, None, toks[i][0], ",", toks[i - 1][0], antecedent)
        if not w[0].isalpha():
            return None
        if (w[0].isupper() and lw not in lex.non_names) or lw in lex.titles:
            if lw in lex.determiners:
                return None
            j = i
            while j > 0:
                s, e = toks[j - 1]
                p = text[s:e]
                lp = p.lower()
                if (
                    (p[0].isupper() and lp not in lex.non_names and p[0].isalpha())
                    or (p == "." and j > 1 and self._dot_belongs(self.word(toks[j - 2])))
                    or (lp in lex.titles and p[0].isalpha())
                ):
                    j -= 1
                elif lp in _CONNECTORS and j > 1:
                    left = self.word(toks[j - 2])
                    if left[0].isupper() or left.lower() in lex.titles:
                        j -= 1
                    else:
                        break
                else:
                    break
            if j < i and self.word(toks[j]).lower() in _CONNECTORS:
                j += 1
            run = toks[j : i + 1]
            words = [text[s:e].lower().rstrip(".") for s, e in run]
            last_role = -1
            for k, lw2 in enumerate(words):
                if lw2 in lex.role_nouns or lw2 in lex.role_abbreviation_index:
                    last_role = k
            if last_role == len(run) - 1 or (not w[0].isupper()):
                # no name after the title: "the Foreign Minister", "Chinese FM"
                first = j
                det = first - 1
                if det >= 0 and self.word(toks[det]).lower() in lex.determiners:
                    first = det
                form = MentionForm.ROLE
                if self.word(toks[first]).lower() in ("a", "an"):
                    form = MentionForm.DESCRIPTION
                role = self._bounded(toks, first, i, toks[first][0], form, None, at_lo)
                if role is not None:
                    return role
                # "Sanders's campaign manager": a description ending in a role
            else:
                name_first = j + last_role + 1
                if last_role < 0 and self.word(toks[j]).lower() in lex.honorific_index:
                    name_first = j
                title = None
                if last_role >= 0:
                    title = text[toks[j][0] : toks[j + last_role][1]]
                outer_first = j
                # modifiers before the title or name: "visiting", "the", "former"
                k = outer_first - 1
                absorbed = 0
                while k >= 0 and absorbed < 4:
                    p = self.word(toks[k])
                    lp = p.lower()
                    if lp in lex.determiners and p[0].isalpha():
                        k -= 1  # "The Los Angeles Times": an article ends the phrase
                        absorbed += 1
                        break
                    if (p[0].isupper() and p[0].isalpha() and lp not in lex.non_names and absorbed) or (
                        p.islower()
                        and lp not in lex.description_stopwords
                        and lp not in _BOUNDARY_WORDS
                        and lp not in lex.cue_index
                        and lp not in lex.pronoun_index
                    ):
                        k -= 1
                        absorbed += 1
                    else:
                        break
                for first in (k + 1, outer_first):
                    np = self._bounded(toks, first, i, toks[name_first][0], MentionForm.NAME, title, at_lo)
                    if (
                        np is not None
                        and first < outer_first
                        and any(text[s:e].lower() in _DESCRIPTION_LINKS for s, e in toks[first:outer_first])
                    ):
                        # "protest organizers in Cleveland": a description ending in a name
                        return np.evolve(start=np.outer, form=MentionForm.DESCRIPTION, title=None)
                    if np is not None:
                        if title is None and first < outer_first:
                            # "the White House" keeps its article; "visiting" is a title word
                            np = np.evolve(title=text[toks[first][0] : toks[outer_first][0]].strip() or None)
                            if self.word(toks[first]).lower() == "the" and first == outer_first - 1:
                                np = np.evolve(start=toks[first][0], title=None)
                        elif first < outer_first and title is not None:
                            np = np.evolve(title=text[toks[first][0] : toks[j + last_role][1]])
                        return np
            # not a name phrase after all: "delegates at the convention in Philadelphia"
        # a description: "officials", "the ministry", "a spokeswoman for the ministry"
        if lw in lex.indefinite_speakers and i > 0:
            return self._bounded(toks, i, i, toks[i][0], MentionForm.DESCRIPTION, None, at_lo)  # "many said"
        if (
            lw in lex.description_stopwords
            or lw in lex.determiners
            or lw in _BOUNDARY_WORDS
            or lw in _DESCRIPTION_LINKS
        ):
            return None  # "... candidates to disclose": an infinitive, not a speaker
        if w.isdigit() or (
            lw in lex.cue_index
            and lw not in self.doc.patterns.noun_forms  # "polls show": a noun cue may head a speaker
            and (i == 0 or self.word(toks[i - 1]).lower() not in lex.determiners)
        ):
            return None  # a cue form heads a speaker only as a noun after an article: "the plan"
        j = i
        n = 0
        while j > 0 and n < 8:
            s, e = toks[j - 1]
            p = text[s:e]
            lp = p.lower()
            if p == "." and j >= 2 and self._dot_belongs(self.word(toks[j - 2])):
                j -= 1  # "Mr. Morgan of the Sierra Club"
                n += 1
                continue
            if (
                lp == "and"
                and j >= 2
                and (self.word(toks[j - 2])[:1].isupper() or self.word(toks[j - 2]).lower() in lex.role_nouns)
            ):
                j -= 1  # "Federal and state officials", "Democrats and Republicans"
                n += 1
                continue
            if (
                not p[0].isalnum()
                or lp in lex.description_stopwords
                or lp in _BOUNDARY_WORDS
                or lp in lex.pronoun_index
            ):
                break
            info = lex.cue_index.get(lp)
            if info is not None and lp != info[0] and not lp.endswith("s"):
                break  # a verb form ends the phrase ("said"); a base form may modify ("state officials")
            if lp in _DESCRIPTION_LINKS and not (j - 2 >= 0 and self.word(toks[j - 2])[0].isalnum()):
                break
            j -= 1
            n += 1
            if lp in lex.determiners:
                # "the ministry" ends the phrase unless a link word joins it on: "a spokeswoman for the ministry"
                if j > 0 and self.word(toks[j - 1]).lower() in _DESCRIPTION_LINKS:
                    continue
                ahead_word = self.word(toks[j - 1]).lower() if j > 0 else ""
                if (ahead_word.endswith("ly") and ahead_word.isalpha() and len(ahead_word) > 4) or ahead_word in (
                    "both",
                    "all",
                ):
                    j -= 1  # "Virtually all analysts", "both the FBI and State Department"
                break
        first_word = self.word(toks[j]).lower()
        if first_word in _DESCRIPTION_LINKS:
            return None
        head_words = []
        for s, e in toks[j : i + 1]:
            x = text[s:e].lower()
            if x in _DESCRIPTION_LINKS:
                break
            head_words.append(x)
        form = MentionForm.DESCRIPTION
        if head_words and head_words[-1] in lex.role_nouns and first_word not in ("a", "an"):
            form = MentionForm.ROLE
        return self._bounded(toks, j, i, toks[j][0], form, None, at_lo)

    def _dot_belongs(self, word: str) -> bool:
        lw = word.lower()
        lex = self.doc.lexicon
        return lw in lex.honorific_index or lw in lex.abbreviations or (len(word) == 1 and word.isupper())

    def _bounded(
        self,
        toks: list[tuple[int, int]],
        first: int,
        last: int,
        mention_start: int,
        form: MentionForm,
        title: str | None,
        at_lo: bool,
    ) -> _NP | None:
        """The phrase toks[first..last] if a clause boundary stands before it."""
        if first == 0:
            if not at_lo:
                return None
            boundary, at = "start", toks[0][0]
        else:
            s, e = toks[first - 1]
            b = self.text[s:e]
            if b in _BOUNDARY_PUNCT or b in (".", "!", "?"):
                boundary, at = b, toks[first - 1][0]
            elif b.lower() in _BOUNDARY_WORDS:
                boundary, at = b.lower(), toks[first - 1][0]
            else:
                return None
        end = toks[last][1]
        return _NP(mention_start, end, form, title, toks[first][0], boundary, at)

    def speaker_after(self, lo: int, hi: int, *, need_end: bool = True) -> _NP | None:
        """The speaker phrase starting at *lo* (after "said", "according to", a dash).

        With *need_end*, the phrase must be followed by punctuation or the end of
        the sentence ("..., said Jane Doe."); without it, by anything (a verb).
        """
        limit = min(hi, lo + 160)
        toks = self.tokens(lo, limit)
        if not toks:
            return None
        lex = self.doc.lexicon
        text = self.text
        words = [text[s:e] for s, e in toks[:24]]  # self.word, inline
        lw = words[0].lower()
        title = None
        mention_first = 0
        if lw in lex.pronoun_index:
            last, form = 0, MentionForm.PRONOUN
        elif not words[0][0].isalpha():
            return None
        elif lw in lex.determiners or (words[0].islower() and lw not in lex.titles):
            # a description: "the ministry", "officials", "a spokeswoman for the ministry"
            if (
                lw in lex.description_stopwords
                or lw in _BOUNDARY_WORDS
                or (lw in lex.cue_index and lw not in self.doc.patterns.noun_forms)
            ):
                return None
            last = -1
            for k, w in enumerate(words):
                lk = w.lower()
                if not w[0].isalnum():
                    if w == "." and k > 0 and self._dot_belongs(words[k - 1]):
                        continue
                    break
                if (
                    lk in lex.description_stopwords
                    or lk in _BOUNDARY_WORDS
                    or (k > 0 and lk in lex.determiners and words[k - 1].lower() not in _DESCRIPTION_LINKS)
                ):
                    break
                if k > 0 and lk in lex.cue_index and not need_end:
                    break
                if lk not in _DESCRIPTION_LINKS and lk not in lex.determiners:
                    last = k
            if last < 0:
                return None
            head = [w.lower() for w in words[: last + 1]]
            cut = next((n for n, w in enumerate(head) if n > 0 and w in _DESCRIPTION_LINKS), len(head))
            role = head[cut - 1] in lex.role_nouns or head[cut - 1] in lex.role_abbreviation_index
            form = MentionForm.ROLE if role and lw not in ("a", "an") else MentionForm.DESCRIPTION
            if not role and any(w[0].isupper() for w in words[1 : last + 1]) and lw == "the":
                form = MentionForm.NAME  # "the White House"
        else:
            # a name, perhaps after a title: "Foreign Minister Anna Berg", "Mr. Obama"
            last = -1
            possessive_head = False
            for k, w in enumerate(words):
                lk = w.lower()
                closing = k + 1 >= len(words) or not words[k + 1][0].isalnum()
                if (
                    (w[0].isalpha() and w[0].isupper() and (lk not in lex.non_names or k == 0 or closing))
                    or (w[0].isalpha() and lk in lex.titles)
                    or (w == "." and k > 0 and self._dot_belongs(words[k - 1]))
                ):
                    last = k
                elif (
                    (lk in _CONNECTORS or lk in ("at", "from"))
                    and k > 0
                    and k + 1 < len(words)
                    and (words[k + 1][0].isupper() or words[k + 1].lower() in lex.titles)
                    and words[k + 1].lower() not in lex.non_names
                ):
                    continue  # "Secretary of State", "Officials at Homeland Security Investigations"
                elif (
                    w.islower()
                    and k > 0
                    and lk not in lex.description_stopwords
                    and lk not in _DESCRIPTION_LINKS
                    and lk not in lex.cue_index
                    and (
                        any(x.lower() in lex.role_nouns for x in words[k + 1 : k + 3])
                        or any(x[0].isupper() for x in words[k + 1 : k + 3])
                    )
                ):
                    continue  # "Huckabee campaign spokesman Hogan Gidley", "Cruz constituent Dan Golvach"
                elif (
                    w.islower()
                    and last == k - 1
                    and words[last].lower().endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s"))
                    and lk not in lex.description_stopwords
                ):
                    last = k  # "Powell's office": a possessive name and its noun
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
                    or (words[n].islower() and x not in _CONNECTORS and x not in _DESCRIPTION_LINKS and n < last)
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
                        self.word(toks[mention_first]) == "."
                        or self.word(toks[mention_first]).lower() in _CONNECTORS
                        or self.word(toks[mention_first]).lower() in lex.titles
                    ):
                        mention_first += 1  # "Army Capt. Christian Pardo", "Secretary of State John Kerry"
                    title = self.text[toks[0][0] : toks[mention_first - 1][1]].rstrip(".")
        end = toks[last][1]
        nxt = last + 1
        if nxt < len(toks) and self.word(toks[nxt]) == "(":
            # "Harry M. Reid (D-Nev.)": a party and state after the name
            close = next((k for k in range(nxt + 1, min(len(toks), nxt + 10)) if self.word(toks[k]) == ")"), -1)
            if close > 0:
                nxt = close + 1
        if nxt < len(toks):
            b = self.word(toks[nxt])
            if (
                need_end
                and b
                not in (",", ".", ";", "!", "?", ":", ")", "who", "whom", "whose")  # "said one aide who asked ..."
                and b not in _ALL_CLOSE
                and b not in _DASHES
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
                if self.word(toks[k]).lower() in ("of", "for", "from"):
                    mention_end = toks[k - 1][1]  # "Joseph Crowley of New York": the name, not the place
                    break
        return _NP(toks[mention_first][0], mention_end, form, title, end, boundary, at)

    def _colon_raw(self, rule: str, content: tuple[int, int], colon: int, speaker: tuple[int, int], np: _NP) -> _Raw:
        """A statement cued by a colon (``SPEAKER: CONTENT``, ``HEADLINE: SPEAKER``), of its content's kind."""
        raw = _Raw(rule, [content], cue=(colon, colon + 1), speaker=speaker, form=np.form, title=np.title)
        raw.kind = self._kind(raw.parts)
        return raw

    # -- the rules ---------------------------------------------------------------------

    def run(self) -> list[_Raw]:
        top = self.top
        for cue in self.cues:
            if top and self.quote_at(cue[0]) is not None:
                continue  # words inside a quotation are its content, not its attribution
            self._cue(cue)
        self._quote_rules()
        self._follow_on()
        return self.raws

    def _follow_on(self) -> None:
        """Quotations that go on after their attribution join its statement.

        “A,” she said. “B.”  and a following paragraph that is only a quotation
        continue the statement before them: one statement, one part per quotation.

        Linear in the paragraph's quotations and statements: the statement a
        quotation may join is the last one (in rule order) that ends before it,
        kept in two heaps as the quotations go by, and the statements whose cue
        lies in the gap are found by bisecting their cues.
        """
        text = self.text
        used = self.doc.used_quotes
        last = self.doc.last_direct
        starts_quoted = bool(self.top) and self.top[0].open == self.start and self.top[0] not in used
        if last is not None and starts_quoted and self._only_quotes():
            # a paragraph that is only quotations continues the previous paragraph's quotation
            for q in self.top:
                if q not in used:
                    self._join(last, self._quote_parts(q))
                    if last.kind is QuoteKind.INDIRECT:
                        last.kind = QuoteKind.MIXED
            self.doc.last_direct = last
            return
        last_raw = self.raws[-1] if self.raws else None
        if not self.top:
            # no quotation to join: only whether the last statement may take the next paragraph's
            self.doc.last_direct = last_raw if last_raw is not None and _takes_quotations(last_raw, set()) else None
            return
        quote_ends = {q.inner_end for q in self.top} | {q.close_end for q in self.top if q.close is not None}
        direct = [r for r in self.raws if _takes_quotations(r, quote_ends)]
        # (end, index) of the statements not yet known to end before the quotation at hand,
        # and (-index) of those that do: a statement that takes a quotation ends later, so it
        # goes back to the first heap, and an entry whose end is no longer the statement's is stale
        ahead = [(r.parts[-1][1], n) for n, r in enumerate(direct)]
        heapq.heapify(ahead)
        behind: list[int] = []
        cued: list[tuple[int, int]] | None = None  # (cue start, index in self.raws), sorted
        for q in self.top:
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
            _i, ss, _se = self.sentence_of(q.open)
            after_colon = text[self._rstrip(q.open) - 1 : self._rstrip(q.open)] == ":"
            if _has_letter(text, ss, q.open) and not after_colon:
                continue  # the quotation is inside a sentence of its own
            gap_start = cand.parts[-1][1]
            boundaries = bisect.bisect_right(self.sentences, q.open) - bisect.bisect_right(self.sentences, gap_start)
            if boundaries > 1:
                continue
            if cued is None:
                cued = sorted((r.cue[0], k) for k, r in enumerate(self.raws) if r.cue is not None)
            lo = bisect.bisect_left(cued, (gap_start, -1))
            hi = bisect.bisect_left(cued, (q.open, -1), lo)
            if any(
                self.raws[k] is not cand
                and cand.speaker
                not in (self.raws[k].speaker, self.raws[k].antecedent)  # "said Pardo, who said ...": the same speaker
                for _cs, k in cued[lo:hi]
            ):
                continue  # someone else speaks in between ("..., referring to ..." by the same speaker does not count)
            self._join(cand, self._quote_parts(q))
            if cand.parts[-1][1] != gap_start:
                heapq.heappush(ahead, (cand.parts[-1][1], n))
            if cand.kind is QuoteKind.INDIRECT:
                cand.kind = QuoteKind.MIXED  # reported speech, then the speaker's own words
        self.doc.last_direct = last_raw if last_raw is not None and last_raw in direct else None

    def _join(self, raw: _Raw, more: list[tuple[int, int]]) -> None:
        """``_extend_parts(raw.parts, more)``, asking a set of the parts whether it holds one.

        A statement can take the quotations of thousands of paragraphs (a
        transcript); the set lives as long as the document, and is rebuilt when the
        parts grew by another way.
        """
        parts = raw.parts
        entry = self.doc.part_sets.get(id(parts))
        held = entry[2] if entry is not None and entry[0] is parts and entry[1] == len(parts) else set(parts)
        for part in more:
            if (not parts or part[0] >= parts[-1][1]) and part not in held:
                parts.append(part)
                held.add(part)
        self.doc.part_sets[id(parts)] = (parts, len(parts), held)

    def _only_quotes(self) -> bool:
        """Whether every letter of the paragraph stands inside a quotation."""
        pos = self.start
        for q in self.top:
            if _has_letter(self.text, pos, q.open):
                return False
            pos = q.close_end if q.close is not None else q.inner_end
        return not _has_letter(self.text, pos, self.end)

    def _add(self, raw: _Raw) -> None:
        if not raw.parts:
            return
        for s, e in raw.parts:  # a loop, not any() over a generator: this runs for every statement
            if s >= e:
                return
        if raw.kind is QuoteKind.INDIRECT:
            raw.kind = self._kind(raw.parts)
        raw.sentence = self.sentence_of(raw.cue[0] if raw.cue else raw.parts[0][0])[0]
        self.raws.append(raw)

    def _kind(self, parts: list[tuple[int, int]]) -> QuoteKind:
        if not self.top:
            return QuoteKind.INDIRECT  # nothing is inside a quotation: no need to look for letters
        text = self.text
        inside = outside = False
        for s, e in parts:
            pos = s
            first = max(0, bisect.bisect_right(self.top_starts, s) - 1)
            for n in range(first, len(self.top)):  # not a slice: a copy of the tail for every part is quadratic
                q = self.top[n]
                if q.inner_start >= e:
                    break
                if q.inner_end <= s:
                    continue
                if _has_letter(text, pos, max(pos, q.inner_start)):
                    outside = True
                if _has_letter(text, max(s, q.inner_start), min(e, q.inner_end)):
                    inside = True
                pos = max(pos, q.close_end if q.close is not None else q.inner_end)
            if _has_letter(text, pos, e):
                outside = True
        if inside and not outside:
            return QuoteKind.DIRECT
        return QuoteKind.MIXED if inside else QuoteKind.INDIRECT

    def _quote_parts(self, q: _Quote) -> list[tuple[int, int]]:
        parts = []
        for member in q.chain():
            self.doc.used_quotes.add(member)
            parts.append((member.inner_start, member.inner_end))
        return parts

    def _quote_closing_before(self, pos: int) -> _Quote | None:
        """The top-level quotation that closes right before *pos* (a comma may stand between)."""
        text = self.text
        j = pos
        while j > self.start and text[j - 1].isspace():
            j -= 1
        if j > self.start and text[j - 1] == ",":
            j -= 1
            while j > self.start and text[j - 1].isspace():
                j -= 1
        return self.top_closes.get(j - 1)

    def _opening_quote_at(self, pos: int) -> _Quote | None:
        text = self.text
        j = pos
        while j < self.end and (text[j].isspace() or text[j] in ",:"):
            j += 1
        return self.top_opens.get(j)

    def _skip_adjuncts(self, pos: int, limit: int) -> int:
        patterns = self.doc.patterns
        opener, adjunct = patterns.adjunct_opener, patterns.adjunct
        for _ in range(4):
            if opener.match(self.text, pos, limit) is None:
                break
            m = adjunct.match(self.text, pos, limit, timeout=_TIMEOUT)
            if m is None:
                break
            pos = m.end()
        return pos

    def _clause_end(self, start: int, sent_end: int, *, subordinate: bool = False) -> int:
        """Where a reported clause starting at *start* ends.

        At the sentence end, or before: a later attribution (", adding", " and
        said", ", Trump responded"), a clause break (", which", ";", a spaced
        dash) or, for a clause inside a subordinate one ("When X said Y, ..."),
        the first comma.
        """
        text = self.text
        end = min(sent_end, start + MAX_CLAUSE)
        first = bisect.bisect_right(self.cue_starts, start)
        # each test below needs a comma, "and" or "but" between start and the cue: the
        # cues up to the first of those after start are passed over without a look
        hinge = self._first_hinge(start, end)
        joint = hinge if hinge > start else self._first_hinge(start + 1, end)  # the first after start
        for n in range(
            max(first, bisect.bisect_right(self.cue_starts, hinge)), min(len(self.cues), first + _MAX_CLAUSE_CUES)
        ):
            cs, ce = self.cues[n]
            if cs >= end:
                break
            if self.quote_at(cs) is not None or text[cs].isupper():
                continue  # quoted words, and names ("United States"), are no attributions
            if text[cs:ce].lower() in self.doc.patterns.noun_forms:
                continue  # "a study", "his claim": a noun ends no clause
            j = cs
            while j > start and text[j - 1] == " ":
                j -= 1
            k = j
            while k > start and text[k - 1] in _ALL_CLOSE:
                k -= 1  # "... it,'' adding that": the comma stands inside the quotation
            if k < j and k > start and text[k - 1] == "," and text[cs:ce].lower().endswith("ing"):
                end = j
                break
            if j > start and text[j - 1] == ",":
                word = text[cs:ce].lower()
                if word.endswith("ing") or word.startswith("according"):
                    end = j - 1
                    break
            elif text[max(start, j - 3) : j].lower() == "and":
                end = j - 3
                break
            elif joint < cs:  # a comma, "and" or "but" between: another attribution may start
                np = self.speaker_before(cs, start)
                if np is not None and np.boundary in (",", "and", "but") and np.boundary_at > start:
                    end = np.boundary_at  # "..., Trump responded", "..., and aides say": another attribution
                    break
        if subordinate:
            comma = self._comma_outside_quotes(start, end)
            if comma >= 0:
                end = comma
        end = self._quotation_end(start, end)
        # a break needs a clause before it: "said Trump, despite his wealth, is ..." goes on
        third = self._token_end(start, end, 2)
        pos = third if third >= 0 else end
        while pos < end:
            m = self._clause_break(pos, end)
            if m is None:
                break
            q = self.quote_at(m.start())
            if q is None:
                end = m.start()
                break
            pos = max(m.end(), q.inner_end)  # a quotation's own clauses do not end the reported one
        return self._trim_end(start, end)

    def _clause_break(self, pos: int, end: int) -> regex.Match[str] | None:
        """``patterns.clause_break.search(text, pos, end)``, tried only where its opener matches.

        Few of the places regex would try (every comma, every space) open a break;
        re's search for the opener passes over the rest several times faster.
        """
        text = self.text
        patterns = self.doc.patterns
        opener, clause_break = patterns.clause_break_opener, patterns.clause_break
        while (c := opener.search(text, pos, end)) is not None:
            pos = c.start()
            m = clause_break.match(text, pos, end, timeout=_TIMEOUT)
            if m is not None:
                return m
            pos += 1
        return None

    def _quotation_end(self, start: int, end: int) -> int:
        """Where a reported clause ends at a quotation inside it: 'called him a "moderate," a dig'.

        A quotation that closes on a comma, or before one, ends the reported
        clause that quotes it; what follows is the writer's.
        """
        text = self.text
        top = self.top
        for n in range(bisect.bisect_left(self.top_starts, start), len(top)):
            q = top[n]
            if q.inner_start >= end:
                break
            if q.close is None or q.close_end >= end or q.inner_start <= start + 1:
                continue  # a quotation opening the clause is the clause
            nxt = self._lstrip(q.close_end)
            follows = text[nxt : nxt + 4].lower()
            if text[q.close - 1 : q.close] == "," or follows.startswith(","):
                return q.close_end
        return end

    def _comma_outside_quotes(self, start: int, end: int) -> int:
        pos = start
        while True:
            comma = self.text.find(",", pos, end)
            if comma < 0:
                return -1
            q = self.quote_at(comma)
            if q is None:
                return comma
            pos = max(comma + 1, q.inner_end)

    def _clause_start(self, sent_start: int, end: int) -> int:
        """Where a reported clause ending at *end* starts: the sentence start, or
        ``MAX_CLAUSE`` characters back (at a word start) in a run-on "sentence"."""
        if end - sent_start <= MAX_CLAUSE:
            return sent_start
        pos = self.text.find(" ", end - MAX_CLAUSE, end)
        return end if pos < 0 else pos + 1

    def _trim_end(self, start: int, end: int) -> int:
        """*end* moved back over white space and the marks that close a clause."""
        text = self.text
        while end > start and (text[end - 1] in _TRAILING or text[end - 1].isspace()):
            end -= 1
        return end

    def _content_after(
        self,
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
        clause ("said the plan failed").
        """
        text = self.text
        lex = self.doc.lexicon
        start = self._lstrip(pos)
        m = self._that(pos, sent_end)
        if m is not None:  # "added that ...", "added, that ..."
            return self._content_span(m.start("that"), sent_end, min_tokens=3, subordinate=subordinate)
        if start >= sent_end or text[start] == ",":
            return None
        if text[start] == ":":
            return self._content_span(start + 1, sent_end, min_tokens=2, subordinate=subordinate)
        t = self.doc.patterns.token.match(text, start, sent_end)
        first = t.group().lower() if t else ""
        if cue_class is CueClass.INTENTION and first == "to":
            return self._content_span(start, sent_end, min_tokens=2, subordinate=subordinate)
        if lemma in lex.object_complement:
            if form.endswith("s") and form != lemma and not self._starts_noun_phrase(start, first):
                return None  # "Insurance claims rose": a plural noun, not a verb in -s
            if t is not None and first in _OBJECT_PREPOSITIONS:
                # "talked about the economy", "pointed to the polls": the object is the content
                after_prep = self._lstrip(t.end())
                nxt = self.doc.patterns.token.match(text, after_prep, sent_end)
                if nxt is not None and (first != "to" or self._starts_noun_phrase(after_prep, nxt.group().lower())):
                    start = after_prep
            return self._content_span(start, sent_end, min_tokens=1, subordinate=subordinate)
        span = None
        if lemma in lex.bare_complement:
            span = self._content_span(start, sent_end, min_tokens=2, subordinate=subordinate)
            if span is not None and not self._looks_like_clause(*span):
                span = None
        if span is None and t is not None and first in _TOPIC_PREPOSITIONS and cue_class is CueClass.SPEECH:
            # "warned against cuts", "spoke about the economy": the topic is the content
            topic = self._lstrip(t.end())
            if topic < sent_end and not text[topic].isdigit():  # not "about 400 jobs"
                span = self._content_span(topic, sent_end, min_tokens=1, subordinate=subordinate)
        return span

    def _that(self, pos: int, end: int) -> regex.Match[str] | None:
        """``patterns.that.match(text, pos, end)``, with *end* brought in to just past the "that".

        The regex module looks for the pattern's literal ("that") from *pos* to
        *end* before it tries the match, so a match up to the end of a long
        sentence cost the length of the sentence, at every cue. The match can
        only skip white space and one comma before its "that", and looks one
        character past it: ``_THAT_OPENER``, in re, finds that "that" (or
        refuses, as after most cues, at the cost of a few characters), and a
        window ending one character after it gives the same answer.
        """
        opener = _THAT_OPENER.match(self.text, pos, end)
        if opener is None:
            return None
        return self.doc.patterns.that.match(self.text, pos, min(end, opener.end() + 1))

    def _starts_noun_phrase(self, start: int, first: str) -> bool:
        """Whether the word at *start* can open a noun phrase: an article, a pronoun,
        a name, a number or a quotation."""
        lex = self.doc.lexicon
        c = self.text[start]
        return (
            first in lex.determiners
            or first in lex.pronoun_index
            or first in lex.possessive_index
            or c.isupper()
            or c.isdigit()
            or c in _ALL_OPEN
        )

    def _content_span(
        self, pos: int, sent_end: int, *, min_tokens: int, subordinate: bool = False
    ) -> tuple[int, int] | None:
        start = self._lstrip(pos)
        if start >= sent_end:
            return None
        end = self._clause_end(start, sent_end, subordinate=subordinate)
        if end <= start or self._token_end(start, min(end, start + 40), min_tokens - 1) < 0:
            return None  # fewer than min_tokens tokens
        return start, end

    def _token_end(self, lo: int, hi: int, n: int) -> int:
        """``self.tokens(lo, hi)[n][1]``, or -1 when fewer tokens lie there, without the slice."""
        toks = self._all_tokens()
        i = bisect.bisect_left(self._tok_starts, lo) + n
        return toks[i][1] if i < len(toks) and toks[i][1] <= hi else -1

    def _looks_like_clause(self, start: int, end: int) -> bool:
        """Whether a complement without "that" reads as a clause, not a noun phrase.

        "said the plan failed" is a clause; "says a lot about the team" is not.
        Without a parser we accept a pronoun subject, a long complement, or a
        word that looks finite (an auxiliary, or a form in -ed or -s).
        """
        lex = self.doc.lexicon
        text = self.text
        # every test accepts, so they run cheapest first: the count of words, then the first word
        words: list[str] = []
        for s, e in self.tokens(start, min(end, start + 200)):
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
            lw = w.lower()
            if "'" in w or "\N{RIGHT SINGLE QUOTATION MARK}" in w:
                bare, apostrophe, suffix = lw.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").partition("'")
                if apostrophe and (
                    suffix in ("re", "ve", "ll", "d", "m", "t") or (suffix == "s" and bare in lex.pronoun_index)
                ):
                    return True  # "he's open", "they're", "won't": a contraction carries a verb
            if n == 0:
                continue  # the first word is the subject's
            if lw in lex.auxiliaries:
                return True
            if (
                w.islower()
                and len(lw) > 3
                and (
                    lw.endswith("ed")
                    or (
                        lw.endswith("s")
                        and not lw.endswith(("ss", "us", "is", "'s", "\N{RIGHT SINGLE QUOTATION MARK}s"))
                    )
                )
            ):
                return True
            if lw.endswith(("n't", "n\N{RIGHT SINGLE QUOTATION MARK}t")):
                return True
        return False

    def _headline_verb(self, cue_text: str) -> bool:
        """Whether a capitalised cue form is a verb in a title-case headline ("Trump Says He ...").

        A headline is a paragraph without a sentence end inside it whose words nearly all
        begin with a capital; there a form of a speech verb that is no noun is a verb.
        """
        lex = self.doc.lexicon
        form = cue_text.lower()
        info = lex.cue(form)
        if info is None or form in lex.noun_cues or form in lex.evidence_nouns or not form.endswith(("s", "ed")):
            return False
        if info[1] != "speech":
            return False
        if self._title_case is None:
            words = [self.text[s:e] for s, e in self.tokens(self.start, self.end) if self.text[s].isalpha()]
            long_words = [w for w in words if len(w) > 3]
            self._title_case = (
                len(self.sentences) <= 1
                and len(long_words) >= 3
                and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)
            )
        return self._title_case

    def _cue(self, cue: tuple[int, int]) -> None:
        text = self.text
        cs, ce = cue
        cue_text = text[cs:ce]
        _i, ss, se = self.sentence_of(cs)
        low = cue_text.lower()
        if low.startswith("according"):
            self._according(cue, ss, se)
            return
        if cue_text[0].isupper() and cs != ss and self._lstrip(self.start) != cs and not self._headline_verb(cue_text):
            return  # "the United States", "Claims Court": a capitalised cue form inside a sentence is a name
        lex = self.doc.lexicon
        info = lex.cue_index.get(low)
        lemma = info[0] if info else None
        cue_class = CueClass.SPEECH if info is None else _CUE_CLASSES[info[1]]
        if low in lex.evidence_nouns and lemma not in self._verb_lemmas():
            self._in_source(cue, ss, se)
            return
        if low in lex.noun_cues and (self._noun_cue(cue, ss, se, cue_class) or lemma not in self._verb_lemmas()):
            return  # "statement", "belief": a noun is a cue only after its possessor
        # fronted participle: "Stressing that ..., Wang ..."
        if cs == ss and cue_text[0].isupper() and cue_text.endswith("ing"):
            self._fronted(cue, se, cue_class)
            return
        if low == "asked" and (cs == ss or text[ss:cs].strip().lower() in ("when", "if", "after", "once", "while")):
            self._asked(cue, se)
            return
        prev = self._word_before(cs)
        if prev in _ARTICLES or (prev in _NOUN_PREPOSITIONS and not cue_text.endswith("ing")):
            return  # "the report", "his call", "for comment": after an article or preposition, a noun
        np = self.speaker_before(cs, ss)
        if np is None:
            self._no_speaker_before(cue, ss, se, cue_class, lemma)
            return
        after = self._skip_adjuncts(ce, se)
        if self._passive(np, cue, se, cue_class):
            return
        if lemma in lex.raising:
            self._raising(np, cue, se)
            return
        if not self._agrees(np, cs, low, lemma):
            return
        speaker = (np.start, np.end)
        raw_kw: dict[str, Any] = {
            "cue": cue,
            "speaker": speaker,
            "form": np.form,
            "title": np.title,
            "cue_class": cue_class,
            "antecedent": np.antecedent,
        }
        if lemma == "tell" and np.boundary in (*_ALL_CLOSE, ","):
            # "“...,” a friend told CNN.": the addressee stands between cue and sentence end
            told = self._skip_object(after, se)
            if told >= 0 and (self._lstrip(told) >= se or self.text[self._lstrip(told)] in ".!?,"):
                after = told
        if np.boundary in _ALL_CLOSE or np.boundary == ",":
            q = self._quote_closing_before(np.outer)
            if q is not None and self._quote_starts_sentence(q, ss):
                parts = self._quote_parts(q)
                nxt = (
                    self._opening_quote_at(after)
                    if text[after : after + 1] in ",:" or text[after : after + 2].strip() in _ALL_OPEN
                    else None
                )
                if nxt is not None and not text[after : nxt.open].strip(" ,:").strip():
                    _extend_parts(parts, self._quote_parts(nxt))
                self._add(_Raw("direct.content-speaker-cue", parts, kind=QuoteKind.DIRECT, **raw_kw))
                return
            if q is not None and q.next is None:
                # 'Sanders "has pole-vaulted himself into ...," Sroka said.': a mixed statement
                np = np.evolve(boundary=",", boundary_at=q.close_end)
            if np.boundary == "," and self._postposed(np, cue, ss, se, after, raw_kw, "reported.content-speaker-cue"):
                return
        # pre-posed: the content follows the cue
        if lemma == "tell":
            after = self._skip_object(after, se)
            if after < 0:
                return
        subordinate = np.boundary in _SUBORDINATORS
        q = self._opening_quote_at(after)
        if q is not None and not text[after : q.open].replace(",", " ").replace(":", " ").strip():
            rest = self._clause_end(q.close_end, se, subordinate=subordinate) if q.close is not None else -1
            if q.next is None and rest > q.close_end and _has_letter(text, q.close_end, rest):
                # 'she said "I stood up to the banks" for reckless deals': the quotation is part of it
                self._add(_Raw("reported.speaker-cue-content", [(q.open, rest)], **raw_kw))
                return
            self._add(_Raw("direct.speaker-cue-content", self._quote_parts(q), kind=QuoteKind.DIRECT, **raw_kw))
            return
        rest = self._lstrip(after)
        if np.boundary == "start" and (rest >= se or text[rest] in ".:"):
            # "Sam Lau said in a statement. “There ...”": the quotation after the sentence
            next_start = self._lstrip(se)
            ahead = self.top_opens.get(next_start)
            if ahead is not None and ahead not in self.doc.used_quotes:
                self._add(_Raw("direct.speaker-cue-content", self._quote_parts(ahead), kind=QuoteKind.DIRECT, **raw_kw))
                return
            if next_start >= self.end and text[se - 1 : se] == ":":
                self.doc.pending = _Raw("direct.speaker-cue-content", [], kind=QuoteKind.DIRECT, **raw_kw)
                return  # "Reporter Jomana Karadsheh says:" and the quotation in the next paragraph
        if (
            np.boundary in ("start", ",", ";", ":", "(", "—", "–", ".")  # "." ends an abbreviation: "U.S. Attorney ..."
            or np.boundary in _BOUNDARY_WORDS
            or np.boundary in _ALL_OPEN
        ):
            content = self._content_after(
                after, se, lemma=lemma, cue_class=cue_class, form=low, subordinate=subordinate
            )
            if content is not None:
                self._add(_Raw("reported.speaker-cue-content", [content], **raw_kw))

    def _word_before(self, pos: int) -> str:
        """The lowercased word just before *pos* (with one space between), or ""."""
        return self._letters_before(pos)[1]

    def _letters_before(self, pos: int) -> tuple[int, str]:
        """Where the run of letters before *pos* (with one space between) starts, and the
        run, lowercased; ``(pos, "")`` when there is none. Two rules ask about each cue, so
        the last answer is kept."""
        memo = self._letters_memo
        if memo[0] == pos:
            return memo[1], memo[2]
        text = self.text
        end = pos - 1
        start = end
        if end > self.start and text[end] == " ":
            while start > self.start and text[start - 1].isalpha():
                start -= 1
        found = (start, text[start:end].lower()) if start < end else (pos, "")
        self._letters_memo = (pos, *found)
        return found

    def _verb_lemmas(self) -> frozenset[str]:
        return self.doc.verb_lemmas

    def _noun_cue(self, cue: tuple[int, int], ss: int, se: int, cue_class: CueClass) -> bool:
        """POSSESSOR'S NOUN that/to CONTENT: "Trump's claim that ...", "In her view, ...".

        Without a possessor, a noun followed by "that" still reports ("the
        accusations that ..."), with no speaker.

        Returns whether a statement was made.
        """
        text = self.text
        lex = self.doc.lexicon
        cs, ce = cue
        toks = self.tokens(max(ss, cs - 120), cs)
        if not toks:
            return False
        k = len(toks) - 1
        last = self.word(toks[k]).lower()
        possessive = last.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s"))
        if last.isalpha() and last not in lex.possessive_index and not possessive and k > 0:
            k -= 1  # one adjective: "his latest claim"
        owner = self.word(toks[k])
        lower = owner.lower()
        if lower in lex.possessive_index:
            speaker = (toks[k][0], toks[k][1])
            form = MentionForm.PRONOUN
            title = None
        elif lower.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")):
            np = self._np_backward([*toks[:k], (toks[k][0], toks[k][1] - 2)], k, toks[0][0] == ss)
            if np is None or np.form is MentionForm.PRONOUN:
                return False
            speaker, form, title = (np.start, np.end), np.form, np.title
        else:
            # "the accusations that ...": a statement whose source the phrase does not name
            m = self._that(ce, se)
            if m is None:
                return False
            speaker, form, title = None, None, None
            content = self._content_span(m.start("that"), se, min_tokens=3)
        if speaker is not None:  # after a possessor, the content may take other shapes too
            start = self._lstrip(ce)
            j = toks[k][0]
            lead = text[max(ss, j - 4) : j].strip().lower()
            if lead == "in" and start < se and text[start] == ",":
                content = self._content_span(start + 1, se, min_tokens=2)  # "In her view, ..."
            else:
                m = self._that(ce, se)
                t = self.doc.patterns.token.match(text, start, se)
                if m is not None:
                    content = self._content_span(m.start("that"), se, min_tokens=3)
                elif t is not None and t.group().lower() == "to" and cue_class is not CueClass.THOUGHT:
                    content = self._content_span(start, se, min_tokens=2)
                else:
                    return False
        if content is None:
            return False
        self._add(
            _Raw(
                "reported.noun-cue",
                [content],
                cue=cue,
                speaker=speaker,
                form=form,
                title=title,
                cue_class=cue_class,
            )
        )
        return True

    def _asked(self, cue: tuple[int, int], se: int) -> None:
        """Asked about X, SPEAKER said ...: the question is a statement with no named asker."""
        text = self.text
        start = self._lstrip(cue[1])
        t = self.doc.patterns.token.match(text, start, se)
        if t is None or t.group().lower() not in ("about", "whether", "if", "what", "why", "how", "when", "to", "by"):
            return
        if t.group().lower() == "by":
            return  # "Asked by reporters ...": the asker is named, the question follows
        comma = self._comma_outside_quotes(start, se)
        if comma < 0:
            return
        end = self._trim_end(start, comma)
        if end > start:
            self._add(_Raw("reported.asked", [(start, end)], cue=cue, speaker=None, form=None, title=None))

    def _in_source(self, cue: tuple[int, int], ss: int, se: int) -> None:
        """In the latest POLL, CONTENT.  /  CONTENT, in the POLL.

        The cue is "in"; the source is the phrase from its article to the comma or
        the sentence end ("the latest CNN/ORC poll released Wednesday").
        """
        text = self.text
        lex = self.doc.lexicon
        cs, _ce = cue
        toks = self.tokens(max(ss, cs - 80), cs)
        k = len(toks) - 1
        while k >= 0 and len(toks) - k <= 6:
            w = self.word(toks[k])
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
        src_start = toks[k + 1][0] if k + 1 < len(toks) else cs
        comma = self._comma_outside_quotes(cs, se)
        src_end = self._trim_end(src_start, comma if comma >= 0 else se)
        np_kw: dict[str, Any] = {
            "cue": cue_in,
            "speaker": (src_start, src_end),
            "form": MentionForm.DESCRIPTION,
            "title": None,
            "cue_class": CueClass.EVIDENCE,
        }
        before = text[ss : cue_in[0]].strip()
        if not before and comma >= 0:  # "In a new poll, Clinton leads ..."
            start = self._lstrip(comma + 1)
            end = self._clause_end(start, se)
            if end > start:
                self._add(_Raw("reported.in-source", [(start, end)], **np_kw))
        elif before and comma < 0 and before.endswith(","):  # "Trump leads by 8 points, in the survey."
            start = self._clause_start(ss, cue_in[0])
            end = self._trim_end(start, cue_in[0])
            if end > start:
                self._add(_Raw("reported.in-source", [(start, end)], **np_kw))

    def _raising(self, np: _NP, cue: tuple[int, int], se: int) -> None:
        """SUBJECT seems to / appears that ...: an impression nobody is named for."""
        ce = cue[1]
        t = self.doc.patterns.token.match(self.text, self._lstrip(ce), se)
        if t is None or t.group().lower() not in ("to", "that", "like"):
            return  # "she appeared on television"
        start = np.outer if np.outer < np.start else np.start
        end = self._clause_end(ce, se)
        if end > ce:
            self._add(
                _Raw(
                    "reported.raising",
                    [(start, end)],
                    cue=cue,
                    speaker=None,
                    form=None,
                    title=None,
                    cue_class=CueClass.THOUGHT,
                )
            )

    def _passive(self, np: _NP, cue: tuple[int, int], se: int, cue_class: CueClass) -> bool:
        """SUBJECT be CUE-ed (by SPEAKER) ...: "Clinton has been attacked by Sanders".

        The subject is what is talked about, so the content runs from it to the
        clause end, the cue inside (as PolNeAR annotates it); the speaker is the
        agent after "by", or nobody. Returns whether the cue was passive.
        """
        cs, ce = cue
        form = self.text[cs:ce].lower()
        if form.endswith("ing") or not any(w in _BE for w in self._auxiliaries_before(np.end, cs)):
            return False
        if np.form is MentionForm.PRONOUN and self.text[np.start : np.end].lower() in ("i", "you", "we"):
            return True
        start = np.outer if np.outer < np.start else np.start
        end = self._clause_end(ce, se)
        speaker: _NP | None = None
        m = self.doc.patterns.by_agent.search(self.text, ce, end)
        if m is not None:
            speaker = self.speaker_after(m.end(), se, need_end=False)
            if speaker is not None:
                end = self._trim_end(start, m.start())
        if end <= start:
            return True
        self._add(
            _Raw(
                "reported.passive",
                [(start, end)],
                cue=cue,
                speaker=(speaker.start, speaker.end) if speaker else None,
                form=speaker.form if speaker else None,
                title=speaker.title if speaker else None,
                cue_class=cue_class,
            )
        )
        return True

    def _auxiliaries_before(self, lo: int, cs: int) -> list[str]:
        """The auxiliaries and adverbs standing right before the cue at *cs* ("has been").

        Only the unbroken run counts: "Paradis, who has been active, says" has none.
        """
        words: list[str] = []
        if not self.text[lo:cs].strip():
            return words  # the usual single space: no token, and no tokens() to ask
        lex = self.doc.lexicon
        for s, e in reversed(self.tokens(lo, cs)):
            w = self.text[s:e].lower()
            if not _is_auxiliary(w, lex):
                break
            words.append(w)
        return words

    def _agrees(self, np: _NP, cs: int, form: str, lemma: str | None) -> bool:
        """Whether speaker and cue can be subject and verb of an active clause.

        Refused: a passive ("Clinton has been attacked by ..."), whose subject is no
        speaker; a possessive ("Trump's tweet"), where the cue is a noun; a bare
        verb after a singular name with no auxiliary ("Radio talk show host").
        """
        text = self.text
        if text[np.end - 2 : np.end].lower() in ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s"):
            return False
        between = self._auxiliaries_before(np.end, cs)
        if not form.endswith("ing") and any(w in _BE for w in between):
            return False
        lex = self.doc.lexicon
        if between and lemma in lex.non_answers and any(w in ("not", "never") or w.endswith("n't") for w in between):
            return False  # "did not respond to requests for comment": no statement
        if between or np.form in (MentionForm.PRONOUN, MentionForm.ROLE) or form != lemma:
            return True  # "said", "says": only a bare form asks for a plural subject
        # with no auxiliary, a bare form needs a plural subject: "officials say";
        # after a singular phrase it is a noun ("a Republican tax plan", "a news release")
        words = text[np.start : np.end].lower().split()
        cut = next((n for n, w in enumerate(words) if n > 0 and (w in _DESCRIPTION_LINKS or w == "who")), len(words))
        head = words[cut - 1] if words else ""  # "supporters of the law", "voters who ...": the head is before
        if (head.isdigit() or head in lex.indefinite_speakers or head in _NUMBER_WORDS) and words:
            head = words[-1]  # "eight of 10 voters", "most of the delegates"
            if head.isdigit() or head in _NUMBER_WORDS:
                head = "people"  # "One in five say"
        return (  # a plural subject
            words[0] in ("those", "these", "both", "all", "many", "several", "some")
            or head.endswith("s")
            or head in lex.plural_nouns
            or head in lex.indefinite_speakers
            or (np.form is MentionForm.NAME and " and " in text[np.start : np.end])
        )

    def _quote_starts_sentence(self, q: _Quote, ss: int) -> bool:
        first = q.chain()[0]
        if first.open < self.start or first is not q:
            return True
        return (
            not _has_letter(self.text, ss, q.open) or self.text[self._rstrip(q.open) - 1 : self._rstrip(q.open)] == ":"
        )

    def _skip_object(self, pos: int, limit: int) -> int:
        """Skip the addressee of "told": "told reporters", "told The Associated Press"."""
        toks = self.tokens(pos, min(limit, pos + 80))
        lex = self.doc.lexicon
        if toks and (self.word(toks[0]).lower() == "that" or self.word(toks[0]) in _ALL_OPEN + ":,"):
            return pos  # the addressee was an adjunct already: "told reporters on Monday that"
        k = 0
        while k < len(toks) and k < 5:
            w = self.word(toks[k])
            lw = w.lower()
            if k == 0 and lw in ("him", "her", "them", "me", "us", "reporters", "journalists"):
                k += 1
                break
            if lw in _DESCRIPTION_LINKS or lw in _BOUNDARY_WORDS:
                break
            if lw in lex.determiners or (
                (w[0].isalpha() and (w[0].isupper() or lw not in lex.description_stopwords)) and lw != "that"
            ):
                k += 1
                if w[0].isupper() or lw not in lex.determiners:
                    nxt = self.word(toks[k]) if k < len(toks) else ""
                    if not nxt or not (nxt[0].isupper() and w[0].isupper()):
                        break
            else:
                break
        if k == 0:
            return -1
        return self._skip_adjuncts(toks[k - 1][1], limit)

    def _postposed(
        self, np: _NP, cue: tuple[int, int], ss: int, se: int, after: int, raw_kw: dict[str, Any], rule: str
    ) -> bool:
        """CONTENT, SPEAKER CUE.  or the parenthetical  CONTENT, SPEAKER CUE, CONTENT.

        Returns whether the structure fits (a statement may still be refused).
        """
        text = self.text
        comma = np.boundary_at
        start = self._clause_start(ss, comma)
        left_end = self._trim_end(start, comma)
        if left_end <= start:
            return False
        rest = self._lstrip(after)
        if rest in self.top_opens:
            return False  # 'When ..., she said "I stood up ..."': the quotation follows the cue
        if rest < se and text[rest] == ",":
            nxt = self._lstrip(rest + 1)
            if nxt in self.top_opens:
                return False  # "..., Clinton said, “I do.”": the quotation is the content
            m = self.doc.patterns.token.match(text, nxt, se)
            word = m.group() if m else ""
            if (
                word
                and word[0].isalpha()
                and word.lower() not in _NOT_PARENTHETICAL
                and self.doc.lexicon.cue(word) is None
            ):
                right_end = self._clause_end(nxt, se)
                if right_end > nxt:
                    self._add(_Raw("reported.parenthetical", [(start, left_end), (nxt, right_end)], **raw_kw))
                    return True
        elif rest < se and text[rest] not in ".;!?" + _ALL_CLOSE + _DASHES:
            return False  # the sentence goes on after the cue: no post-posed attribution
        if self._token_end(start, min(left_end, start + 40), 1) >= 0:  # two tokens or more
            self._add(_Raw(rule, [(start, left_end)], **raw_kw))
        return True

    def _no_speaker_before(
        self, cue: tuple[int, int], ss: int, se: int, cue_class: CueClass, lemma: str | None
    ) -> None:
        text = self.text
        cs, ce = cue
        j = self._rstrip(cs)
        before = text[j - 1] if j > self.start else ""
        if (j - 1) in self.top_closes:
            before = "\N{RIGHT DOUBLE QUOTATION MARK}"  # whatever mark closed the quotation there
        # "..., said Jane Doe."  /  "“...,” said Jane Doe."
        form = text[cs:ce].lower()
        inverts = cue_class is CueClass.SPEECH and not form.endswith("ing")  # not "..., citing changes"
        if inverts and (before == "," or before in _ALL_CLOSE):
            np = self.speaker_after(self._lstrip(ce), se)
            if np is None and before in _ALL_CLOSE:
                # '“...,” said Anthony Romero in a statement.': an adjunct after the speaker
                loose = self.speaker_after(self._lstrip(ce), se, need_end=False)
                if loose is not None:
                    rest = self._lstrip(self._skip_adjuncts(loose.end, se))
                    if rest >= se or self.text[rest] in ",.;:!?" + _ALL_OPEN:
                        np = loose
            short = np is not None and len(self.tokens(np.outer if np.outer < np.start else np.start, np.end)) <= 6
            if np is not None and (
                np.form is not MentionForm.DESCRIPTION
                or before in _ALL_CLOSE
                or (short and np.boundary in (".", "end", "!", "?"))
            ):
                raw_kw: dict[str, Any] = {
                    "cue": cue,
                    "speaker": (np.start, np.end),
                    "form": np.form,
                    "title": np.title,
                    "cue_class": cue_class,
                }
                q = self._quote_closing_before(cs)
                if q is not None and self._quote_starts_sentence(q, ss):
                    parts = self._quote_parts(q)
                    nxt = self._opening_quote_at(np.end) if text[np.end : np.end + 1] == "," else None
                    if nxt is not None:
                        _extend_parts(parts, self._quote_parts(nxt))
                    self._add(_Raw("direct.content-cue-speaker", parts, kind=QuoteKind.DIRECT, **raw_kw))
                    return
                if before == "," or (q is not None and q.next is None):
                    fake = np.evolve(boundary=",", boundary_at=q.close_end if q is not None else j - 1)
                    rest = np.end
                    if np.boundary == ",":
                        # "says Walter Stone, co-author of a study.": an appositive, not more content
                        appositive = self.speaker_after(self._lstrip(np.boundary_at + 1), se)
                        if appositive is not None and appositive.form is not MentionForm.PRONOUN:
                            rest = appositive.end
                            raw_kw["title"] = raw_kw["title"] or text[self._lstrip(np.boundary_at + 1) : rest]
                    self._postposed(
                        fake, cue, ss, se, self._skip_adjuncts(rest, se), raw_kw, "reported.content-cue-speaker"
                    )
                    return
        # "..., adding that ..."  /  "... and said ..."  /  "responded by saying ..."
        participle = text[cs:ce].lower().endswith("ing") and cue[1] - cue[0] > 3
        and_before = not participle and self._after_conjunction(cs)  # not "and supporting China"
        led = (
            participle
            and (
                before == ","
                or (before in _ALL_CLOSE and text[j - 2 : j - 1] == ",")  # '"Morning Joe," adding'
                or (text[max(self.start, j - 8) : j].split() or [""])[-1].lower() in _PARTICIPLE_LEADS
            )
        )
        if led or and_before:
            speaker = self._sentence_speaker(ss, cs)
            if speaker is None:
                return
            after = self._skip_adjuncts(ce, se)  # only now: most cues without a speaker end above
            q = self._opening_quote_at(after)  # "..., saying, “...”", "he laughed and said, “...”"
            if q is not None and not text[after : q.open].replace(",", " ").replace(":", " ").strip():
                # "endorsed Clinton, saying, “I think ...”"
                self._add(
                    _Raw(
                        "reported.participle-clause" if participle else "reported.and-cue",
                        self._quote_parts(q),
                        cue=cue,
                        speaker=(speaker.start, speaker.end),
                        form=speaker.form,
                        title=speaker.title,
                        cue_class=cue_class,
                        kind=QuoteKind.DIRECT,
                    )
                )
                return
            content = self._content_after(
                after,
                se,
                lemma=lemma,
                cue_class=cue_class,
                form=text[cs:ce].lower(),
            )
            if content is None:
                return
            rule = "reported.and-cue" if and_before and not participle else "reported.participle-clause"
            self._add(
                _Raw(
                    rule,
                    [content],
                    cue=cue,
                    speaker=(speaker.start, speaker.end),
                    form=speaker.form,
                    title=speaker.title,
                    cue_class=cue_class,
                )
            )

    def _after_conjunction(self, cs: int) -> bool:
        """Whether "and" or "but" (perhaps with auxiliaries) stands right before the cue at *cs*."""
        lex = self.doc.lexicon
        text = self.text
        lo = max(self.start, cs - 40)
        # the common case without the token list: one space, then a word of letters with
        # white space (or the paragraph's start) before it, which is then a whole token
        k, w = self._letters_before(cs)
        if w and k >= lo and (k == self.start or text[k - 1].isspace()):
            if w in ("and", "but"):
                return True
            if not _is_auxiliary(w, lex):
                return False
        toks = self._all_tokens()
        k = bisect.bisect_left(self._tok_starts, cs) - 1  # the tokens before cs, walked back without a copy
        if k >= 0 and toks[k][1] > cs:
            k -= 1  # a token running into the cue ("Corp.said") is not before it, as in tokens()
        while k >= 0 and toks[k][0] >= lo:
            w = text[toks[k][0] : toks[k][1]].lower()
            if w in ("and", "but"):
                return True
            if not _is_auxiliary(w, lex):
                return False
            k -= 1
        return False

    def _sentence_speaker(self, ss: int, cs: int) -> _NP | None:
        """The speaker of an earlier statement in this sentence, else its subject."""
        for raw in reversed(self.raws):
            at = raw.cue[0] if raw.cue else raw.parts[0][0]
            if at < ss:
                break  # statements are found in cue order: the rest are earlier still
            if raw.speaker is not None and at < cs:
                return _NP(
                    raw.speaker[0], raw.speaker[1], raw.form or MentionForm.NAME, raw.title, raw.speaker[0], "", 0
                )
        subject = self._subject(ss, cs)
        if subject is None:
            # no clear subject: the phrase opening the sentence, when it is no description
            subject = self.speaker_after(ss, cs, need_end=False)
            if subject is not None and subject.form is MentionForm.DESCRIPTION:
                subject = None
        return subject

    def _subject(self, ss: int, cs: int) -> _NP | None:
        """The subject of the sentence's main clause, before *cs*.

        Tried at the sentence start and after each comma: the first phrase that
        is followed by a lowercase word (its verb) and does not open with a
        preposition ("At an event in Salem, New Hampshire, Trump went after Bush").
        """
        lex = self.doc.lexicon
        text = self.text
        start = ss
        for _ in range(6):
            np = self.speaker_after(self._lstrip(start), cs, need_end=False)
            if np is not None and (np.form is not MentionForm.PRONOUN or start == ss):
                first = self.doc.patterns.token.match(text, self._lstrip(start), cs)
                opener = first.group().lower() if first else ""
                verb = self.doc.patterns.token.match(text, self._lstrip(np.end), cs)
                if (
                    opener not in lex.non_names
                    and verb is not None
                    and verb.group().islower()
                    and verb.group() not in _DESCRIPTION_LINKS
                    and (np.form is not MentionForm.DESCRIPTION or opener in lex.determiners)
                ):
                    return np
            comma = self._comma_outside_quotes(start, cs)
            if comma < 0:
                return None
            start = comma + 1
        return None

    def _fronted(self, cue: tuple[int, int], se: int, cue_class: CueClass) -> None:
        """Stressing that CONTENT, SPEAKER VERB ..."""
        text = self.text
        m = self._that(cue[1], se)
        if m is None:
            return
        start = m.start("that")
        pos = start
        while True:
            comma = text.find(",", pos, se)
            if comma < 0:
                return
            np = self.speaker_after(self._lstrip(comma + 1), se, need_end=False)
            if np is not None and np.form is not MentionForm.DESCRIPTION:
                t = self.doc.patterns.token.match(text, self._lstrip(np.end), se)
                if t is not None and t.group().islower() and t.group() not in _CONNECTORS:
                    end = self._trim_end(start, comma)
                    self._add(
                        _Raw(
                            "reported.fronted-participle",
                            [(start, end)],
                            cue=cue,
                            speaker=(np.start, np.end),
                            form=np.form,
                            title=np.title,
                            cue_class=cue_class,
                        )
                    )
                    return
            pos = comma + 1

    def _according(self, cue: tuple[int, int], ss: int, se: int) -> None:
        """According to SOURCE, CONTENT.  /  CONTENT, according to SOURCE.

        The source is everything from "to" to the next comma or the sentence end
        ("a 52-count complaint filed by the SEC and a complaint by Vermont"), so
        it needs no phrase grammar; its head decides the mention form.
        """
        text = self.text
        cs, ce = cue
        src_start = self._lstrip(ce)
        comma = self._comma_outside_quotes(src_start, se)
        src_end = self._trim_end(src_start, comma if comma >= 0 else se)
        if src_end <= src_start or src_end - src_start > 250:
            return
        np = self.speaker_after(src_start, src_end, need_end=False)
        form = np.form if np is not None and np.end == src_end else MentionForm.DESCRIPTION
        mention = (np.start, np.end) if np is not None and np.end == src_end else (src_start, src_end)
        raw_kw: dict[str, Any] = {
            "cue": cue,
            "speaker": mention,
            "form": form,
            "title": np.title if np is not None and np.end == src_end else None,
            "cue_class": CueClass.SPEECH,
        }
        j = self._rstrip(cs)
        if cs == ss or (j > self.start and text[j - 1] in ",;:(" and not _has_letter(text, ss, j)):
            if comma < 0:
                return
            start = self._lstrip(comma + 1)
            end = self._clause_end(start, se)
            if end > start:
                self._add(_Raw("reported.according-to-front", [(start, end)], **raw_kw))
            return
        q = self._quote_closing_before(cs)
        if q is not None and self._quote_starts_sentence(q, ss):
            self._add(_Raw("reported.according-to-back", self._quote_parts(q), kind=QuoteKind.DIRECT, **raw_kw))
            return
        if j > self.start and (text[j - 1] == "," or text[j - 1] in _ALL_CLOSE):
            left = j - 1 if text[j - 1] == "," else j
            start = self._clause_start(ss, left)
            left_end = self._trim_end(start, left)
            if left_end <= start:
                return
            parts = [(start, left_end)]
            if comma >= 0:
                nxt = self._lstrip(comma + 1)
                right_end = self._clause_end(nxt, se)
                m = self.doc.patterns.token.match(text, nxt, se)
                if right_end > nxt and m and m.group().lower() not in _NOT_PARENTHETICAL:
                    parts.append((nxt, right_end))
            self._add(_Raw("reported.according-to-back", parts, **raw_kw))

    def _quote_rules(self) -> None:
        """Rules anchored on a quotation rather than a cue: dash and colon attribution."""
        text = self.text
        used = self.doc.used_quotes
        for q in self.top:
            if q in used or q.close is None:
                continue
            # the dash pattern only where a dash follows (most quotations go on otherwise)
            after = self._lstrip(q.close_end)
            m = None
            if after < self.end and text[after] in _DASHES:
                m = self.doc.patterns.dash_speaker.match(text, q.close_end, self.end)
            if m is not None and m.group("cue"):
                np = self.speaker_after(m.end(), self.end)
                if np is not None and np.boundary in ("end", "."):
                    self._add(
                        _Raw(
                            "direct.content-dash-speaker",
                            self._quote_parts(q),
                            cue=m.span("cue"),
                            speaker=(np.start, np.end),
                            form=np.form,
                            title=np.title,
                            kind=QuoteKind.DIRECT,
                        )
                    )
                    continue
            j = self._rstrip(q.open)
            if j > self.start and text[j - 1] == ":" and j > (ss := self.sentence_of(q.open)[1]):
                np = self.speaker_before(j - 1, ss, skip_aux=False)
                if np is not None and np.boundary == "," and np.form is MentionForm.NAME:
                    # "Kathleen Parker, The Washington Post: “...”": the writer, then her paper
                    first = self.speaker_after(ss, np.boundary_at + 1, need_end=False)
                    if first is not None and first.form is MentionForm.NAME and first.boundary_at == np.boundary_at:
                        np = first.evolve(title=text[np.outer : np.end], boundary="start")
                if np is not None and np.form is MentionForm.NAME and (np.boundary == "start" or q.close is not None):
                    # "More from Jones: “...”": a name right before the colon introduces the quotation
                    self._add(
                        _Raw(
                            "direct.speaker-colon-content",
                            self._quote_parts(q),
                            cue=(j - 1, j),
                            speaker=(np.start, np.end),
                            form=np.form,
                            title=np.title,
                            kind=QuoteKind.DIRECT,
                        )
                    )


class _Document:
    """One document's pass through the pipeline (internal)."""

    def __init__(self, text: str, lexicon: Lexicon, patterns: Patterns) -> None:
        self.text = text
        self.lexicon = lexicon
        self.patterns = patterns
        self.used_quotes: set[_Quote] = set()  # the objects, not their ids: ids are reused
        self.verb_lemmas = patterns.verb_lemmas
        # the paragraphs' tokens: found with ASCII ranges where the text allows (the same tokens)
        self.spaced_token = patterns.spaced_ascii_token if text.isascii() else patterns.spaced_token
        self.last_direct: _Raw | None = None  # a direct statement ending the previous paragraph
        self.pending: _Raw | None = None  # an attribution ending in ":" whose quotation follows
        self.word_index: coref.WordIndex | None = None  # built for a long text's first name lookup
        # the parts of statements that took following quotations, as sets: (the list, its length, the set)
        self.part_sets: dict[int, tuple[list[tuple[int, int]], int, set[tuple[int, int]]]] = {}

    def paragraphs(self) -> Iterator[tuple[int, int, list[int], list[int], list[tuple[int, int]]]]:
        start = 0
        quotes: list[int] = []
        ends: list[int] = []
        cues: list[tuple[int, int]] = []
        try:
            for m in self.patterns.scan.finditer(self.text):
                group = m.lastgroup
                if group == "nl":
                    nl = m.start()
                    if nl > start:  # an empty line holds no event, and its paragraph no statement
                        yield start, nl, quotes, ends, cues
                        quotes, ends, cues = [], [], []
                    start = nl + 1  # past the line break, all the match holds
                elif group == "q":
                    quotes.append(m.start())
                elif group == "end":
                    ends.append(m.start())
                else:
                    cues.append(m.span())
        except TimeoutError as exc:
            msg = f"The scan timed out in the paragraph at offset {start}"
            raise ExtractionTimeout(msg) from exc
        yield start, len(self.text), quotes, ends, cues

    def run(self) -> list[_Raw]:
        raws: list[_Raw] = []
        carry: _Quote | None = None
        for start, end, quotes, ends, cues in self.paragraphs():
            try:
                carry = self._paragraph(raws, start, end, quotes, ends, cues, carry)
            except TimeoutError as exc:
                # every local pattern runs with a time limit: hitting it is a defect of a
                # pattern, reported with the paragraph so the text can be sent in
                msg = f"A pattern timed out in the paragraph at offset {start}; please report this text"
                raise ExtractionTimeout(msg) from exc
        return raws

    def _paragraph(
        self,
        raws: list[_Raw],
        start: int,
        end: int,
        quotes: list[int],
        ends: list[int],
        cues: list[tuple[int, int]],
        carry: _Quote | None,
    ) -> _Quote | None:
        """Apply every rule to one paragraph; returns the quotation left open at its end."""
        text = self.text
        # trim the paragraph's white space, "\r" included
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            return carry  # a blank line keeps an open quotation going
        if not ends:
            raws.extend(self._headline(start, end))
        raws.extend(self._speaker_colon(start, end))
        if not quotes and not cues:
            self.last_direct = None
            self.pending = None
            return None
        para = _Paragraph(self, start, end, quotes, ends, cues, carry)
        pending, self.pending = self.pending, None
        if pending is not None and para.top and para.top[0].open == start:
            pending.parts = para._quote_parts(para.top[0])
            para._add(pending)
        raws.extend(para.run())
        return para.open_at_end

    def _speaker_colon(self, start: int, end: int) -> list[_Raw]:
        """SPEAKER: CONTENT, a paragraph opening with a name and a colon.

        Transcripts ("Matthews: Well, speculation is bad.") and headlines
        ("Trump: Clinton should have congratulated me."). A lone word before the
        colon must be a name the text uses elsewhere, so labels such as "Update:"
        are no speakers. A quotation after the colon is left to
        ``direct.speaker-colon-content``.
        """
        text = self.text
        colon = text.find(":", start, min(end, start + 80))
        if colon < 0 or not text[start].isupper() or colon + 1 >= end:
            return []
        para = _Paragraph(self, start, end, [], [], [], None)
        np = para.speaker_after(start, colon)
        if np is None or np.form not in (MentionForm.NAME, MentionForm.ROLE):
            return []
        if np.boundary == ",":
            if len(para.tokens(np.boundary_at + 1, colon)) > 4:
                return []  # "Jeremy Lott, author:" but not a clause with a comma
        elif np.boundary_at != colon:
            return []
        first = para._lstrip(colon + 1)
        if first >= end or text[first] in _ALL_OPEN or text[colon + 1 : colon + 2] not in (" ", "\t"):
            return []
        name = text[np.start : np.end]
        if " " not in name and (name.lower() in self.lexicon.non_names or not self._named_elsewhere(name, start)):
            return []
        cend = para._trim_end(first, end)
        if len(para.tokens(first, cend)) < 2:
            return []
        return [para._colon_raw("reported.speaker-colon", (first, cend), colon, (np.start, np.end), np)]

    def _named_elsewhere(self, name: str, here: int) -> bool:
        """Whether *name* stands as a whole word somewhere else in the text ("Matthews" in "Chris Matthews")."""
        if self.word_index is None and len(self.text) >= coref.INDEX_MIN_LENGTH:
            self.word_index = coref.WordIndex(self.text)
        return any(i != here for i, _end in coref.whole_word_hits(self.text, name, 1000, self.word_index))

    def _headline(self, start: int, end: int) -> list[_Raw]:
        """HEADLINE: Speaker, in a short paragraph without a sentence end (a headline)."""
        text = self.text
        if text[end - 1] in _HEADLINE_END or end - start > 300:
            return []
        colon = text.rfind(":", start, end)
        if colon < 0 or end - colon > 60:
            return []
        m = self.patterns.headline.match(text, start, colon)
        cstart = m.end() if m else start
        para = _Paragraph(self, start, end, [], [], [], None)
        np = para.speaker_after(para._lstrip(colon + 1), end)
        if np is None or np.boundary != "end" or not text[np.start].isupper():
            return []
        if not text[para._lstrip(colon + 1)].isupper():
            return []
        cend = para._trim_end(cstart, colon)
        if len(para.tokens(cstart, cend)) < 3:
            return []
        return [
            para._colon_raw("reported.headline-colon", (cstart, cend), colon, (para._lstrip(colon + 1), np.end), np)
        ]


class _Intervals:
    """Content parts kept so far, to ask whether a position lies inside one (internal)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def contains(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        # parts barely overlap, so looking back past a few of them (eight) finds nothing more
        return i >= 0 and max(self.ends[max(0, i - 7) : i + 1]) > pos


def _finish(
    text: str, raws: list[_Raw], lexicon: Lexicon, *, resolve: bool, index: coref.WordIndex | None = None
) -> list[Statement]:
    raws.sort(key=lambda r: (r.parts[0][0], r.cue[0] if r.cue else -1))
    kept: list[_Raw] = []
    seen: set[tuple[tuple[int, int], ...]] = set()
    covered = _Intervals()
    for raw in raws:
        key = tuple(raw.parts)
        if key in seen:
            continue
        # an attribution nested in another's content is not reported (outermost only)
        if raw.cue is not None and covered.contains(raw.cue[0]):
            continue
        seen.add(key)
        kept.append(raw)
        if raw.rule in _WEAK_RULES:
            continue  # a sourceless impression does not hide a named speaker inside it
        for s, e in raw.parts:
            covered.add(s, e)
    # each Speaker and Statement is built once, after resolution
    mentions = [
        coref.Mention(
            Span.of(text, *raw.speaker),
            raw.form or MentionForm.NAME,
            raw.title,
            Span.of(text, *raw.antecedent) if raw.antecedent else None,
            raw.parts,
        )
        for raw in kept
        if raw.speaker is not None
    ]
    if resolve:
        found = coref.resolve_mentions(text, mentions, lexicon, index)
    else:
        found = [(None, m.antecedent, m.title) for m in mentions]
    speakers = iter(
        [
            new_speaker(m.span, name, m.form, antecedent, title)
            for m, (name, antecedent, title) in zip(mentions, found, strict=True)
        ]
    )
    return [
        new_statement(
            next(speakers) if raw.speaker is not None else None,
            Span.of(text, *raw.cue) if raw.cue else None,
            tuple([Span.of(text, s, e) for s, e in raw.parts]),  # never empty: raws sort by their first part
            raw.kind,
            raw.cue_class,
            raw.rule,
        )
        for raw in kept
    ]


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        msg = f"extract() takes text as str, not {type(text).__name__}; decode it first, e.g. data.decode('utf-8')"
    else:
        msg = f"extract() takes text as str, not {type(text).__name__}; pass the article's text"
    raise InputTypeError(msg)


@attrs.frozen
class Extractor:
    """Finds statements with one lexicon's patterns; reuse it across documents.

    Example:
        >>> ex = Extractor(lexicon=Lexicon.default().with_cues("quipped"))
        >>> [s.cue.text for s in ex.extract("“Not today,” she quipped.")]
        ['quipped']

    .. versionadded:: 0.1
    """

    lexicon: Lexicon = attrs.field(factory=Lexicon.default)
    resolve_speakers: bool = attrs.field(default=True, kw_only=True)
    patterns: Patterns = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.lexicon, Lexicon):
            msg = (
                f"Extractor(lexicon=...) takes a quoteattr.Lexicon, not {type(self.lexicon).__name__}; "
                "build one with Lexicon.default()"
            )
            raise InputTypeError(msg)
        object.__setattr__(self, "patterns", compile_patterns(self.lexicon))

    def extract(self, text: str) -> list[Statement]:
        """Every statement in *text*, in document order (by content start).

        Raises:
            InputTypeError: *text* is not a ``str`` (``bytes`` must be decoded).
            ExtractionTimeout: a pattern ran out of time (a defect: please report).
        """
        text = _check_text(text)
        doc = _Document(text, self.lexicon, self.patterns)
        raws = doc.run()
        # a long text's word index, if the rules built one, serves coref too
        return _finish(text, raws, self.lexicon, resolve=self.resolve_speakers, index=doc.word_index)

    def extract_many(self, texts: Iterable[str]) -> Iterator[list[Statement]]:
        """``extract`` over many texts, lazily, in order."""
        for text in texts:
            yield self.extract(text)


@functools.cache
def _default() -> Extractor:
    """The extractor on the default lexicon, built at its first use: importing quoteattr
    (which pytest does for the plugin in every run) stays cheap."""
    return Extractor()


def extract(text: str, *, lexicon: Lexicon | None = None, resolve_speakers: bool = True) -> list[Statement]:
    """Every statement in *text*: who said (or thinks, or means to do) what.

    Statements come in document order, by where their content starts. Each
    speaker is resolved to a full name where the text allows: a pronoun to the
    last named speaker that agrees with it, a surname to the full name met
    elsewhere in the text, a role ("the minister") to the one person holding it.

    Args:
        text: the article, as ``str``.
        lexicon: the word tables to use; ``Lexicon.default()`` when omitted.
        resolve_speakers: fill ``Speaker.name`` (else it stays ``None``).

    Raises:
        InputTypeError: *text* is not a ``str``.

    Example:
        >>> [(s.speaker.name, s.cue.text, s.kind.value) for s in extract(
        ...     "Jane Doe said the plan had failed. “We will try again,” she added.")]
        [('Jane Doe', 'said', 'indirect'), ('Jane Doe', 'added', 'direct')]

    .. versionadded:: 0.1
    """
    if lexicon is None and resolve_speakers:
        return _default().extract(text)
    chosen = Lexicon.default() if lexicon is None else lexicon  # a falsy non-lexicon is refused, not replaced
    return Extractor(chosen, resolve_speakers=resolve_speakers).extract(text)
