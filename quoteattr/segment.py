"""Segmentation: a text becomes paragraphs, sentences, quotation pairs and tokens.

``Document`` scans the text once with ``Patterns.scan``: line breaks, quotation
marks, sentence-final punctuation and cue words. Each non-blank line is a
paragraph; ``Document.paragraph`` turns its events into a ``Paragraph``, which
pairs its quotation marks (carrying a quotation left open into the next
paragraph), finds its sentence starts among the scanned full stops, and
tokenizes itself once, when first asked. The rules query these objects; this
module knows no rule.

The text is never rewritten: every position is an index into the caller's string.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterator

import regex

from quoteattr._model import QuoteKind
from quoteattr.lexicon import Lexicon
from quoteattr.patterns import Patterns

__all__ = [
    "ALL_CLOSE",
    "ALL_OPEN",
    "DASHES",
    "DOUBLE_CLOSE",
    "DOUBLE_OPEN",
    "INDEX_MIN_LENGTH",
    "Document",
    "Events",
    "Paragraph",
    "Quote",
    "WordIndex",
    "has_letter",
    "reading_view",
    "whole_word_hits",
]

DOUBLE_OPEN = (
    "\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
DOUBLE_CLOSE = "\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
_SINGLE_OPEN = "\N{LEFT SINGLE QUOTATION MARK}\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
_SINGLE_CLOSE = "\N{RIGHT SINGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
ALL_OPEN = DOUBLE_OPEN + _SINGLE_OPEN + "\"'`"
ALL_CLOSE = DOUBLE_CLOSE + _SINGLE_CLOSE + "\"'"
DASHES = "\N{EM DASH}\N{EN DASH}-"
_CLOSERS = ALL_CLOSE + ")]}"  # what may stand between a sentence's last mark and the next sentence
_BEFORE_OPENING = "([{" + DASHES + ALL_OPEN  # what a straight double mark opens a quotation after
_TRAILING = ",;:.!?" + DASHES  # what a clause's end drops, with white space
_LETTER = regex.compile(r"\p{L}")
_FIRST = operator.itemgetter(0)
_HINGE = re.compile(r",|[aA][nN][dD]|[bB][uU][tT]")  # what a later attribution needs before it
MAX_CLAUSE = 1_000
"""The longest reported clause, in characters: a run-on "sentence" (a scraped page
without full stops) is cut there, so no content, and no cost, grows with it."""

Events = tuple[int, int, list[int], list[int], list[tuple[int, int]]]
"""One paragraph's scanned events: (start, end, quotation marks, sentence ends, cue spans)."""


def has_letter(text: str, start: int, end: int) -> bool:
    """Whether a letter stands in ``text[start:end]``."""
    return start < end and _LETTER.search(text, start, end) is not None


# -- whole-word lookups --------------------------------------------------------


def _find_hits(text: str, word: str, limit: int) -> Iterator[tuple[int, int]]:
    pos = 0
    for _ in range(limit):
        i = text.find(word, pos)
        if i < 0:
            return
        pos = i + len(word)
        if (i > 0 and text[i - 1].isalnum()) or (pos < len(text) and text[pos].isalnum()):
            continue
        yield i, pos


INDEX_MIN_LENGTH = 100_000
"""From this length on, a text's whole-word lookups go through a ``WordIndex``.

News articles are far shorter: there each lookup is a few ``str.find`` calls,
cheaper than indexing the text. A long text (many articles joined, a scraped
page) names ever more people, and searching all of it once per name would cost
its length times the number of names."""

_ALNUM_RUN = re.compile(r"[^\W_]+")  # a maximal run of characters for which str.isalnum() holds


class WordIndex:
    """Where each run of letters and digits starts in one text, for whole-word lookups in linear time.

    Example:
        >>> index = WordIndex("Berg said. Bergman and Berg's aide")
        >>> list(index.hits("Berg", limit=10))
        [(0, 4), (23, 27)]
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.at: dict[str, list[int]] = {}
        for m in _ALNUM_RUN.finditer(text):
            self.at.setdefault(m.group(), []).append(m.start())

    def hits(self, word: str, limit: int) -> Iterator[tuple[int, int]]:
        """(start, end) of the first *limit* occurrences of *word* that are whole words."""
        head = _ALNUM_RUN.match(word)
        if head is None:  # a word opening with a mark: rare, and looked for as before
            yield from _find_hits(self.text, word, limit)
            return
        text, n = self.text, len(word)
        pure = head.end() == n
        count = 0
        for i in self.at.get(head.group(), ()):
            # a whole word starts a run; its first run is exactly the word's first run
            if pure or (text.startswith(word, i) and (i + n == len(text) or not text[i + n].isalnum())):
                yield i, i + n
                count += 1
                if count >= limit:
                    return


def whole_word_hits(text: str, word: str, limit: int, index: WordIndex | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of *word* in *text* that is a whole word.

    With an *index* of *text*, the first *limit* whole words; without one, at
    most *limit* occurrences are looked at, whole or not, so a pathological text
    gives up instead of looping long (the same, unless a word occurs hundreds of
    times inside longer ones).
    """
    if index is not None:
        return index.hits(word, limit)
    return _find_hits(text, word, limit)


# -- the document ----------------------------------------------------------------


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_LOWER_AFTER_BREAK = re.compile(r"\n[^\S\n]*([^\W\d_])")  # a break before a letter (it may be lower case)
_SENTENCE_CLOSE = frozenset(".!?:;" + ALL_CLOSE + ")]")  # what a line ending a paragraph may end in
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*\N{BULLET}]|\d{1,3}[.)])[ \t]")  # "- eggs", "2. Stir": a list's item
_WRAP_SAMPLE = 2_000  # lines looked at to tell a hard-wrapped text
_WRAP_WIDTH = 100  # the longest line, nine times in ten, of a hard-wrapped text


def hard_wrapped(lines: list[str]) -> bool:
    """Whether a text whose *lines* these are breaks its paragraphs' lines at a width.

    Such a text (a Project Gutenberg book, old newswire, e-mail) separates its
    paragraphs with blank lines, and most of its lines run on into the next: a
    third of its non-blank lines at least are followed by another, and nine in
    ten of those are at most ``_WRAP_WIDTH`` characters long. News with one
    paragraph per line has long lines, or no line that runs on. The first
    ``_WRAP_SAMPLE`` lines decide.
    """
    sample = lines[:_WRAP_SAMPLE]
    filled = [bool(line.strip()) for line in sample]
    if all(filled):
        return False  # no blank line: a line is a paragraph
    running = [
        len(line)
        for line, following, (here, nxt) in zip(sample, sample[1:], itertools.pairwise(filled), strict=False)
        if here and nxt and not _LIST_ITEM.match(following)
    ]
    if len(running) < 3 or len(running) * 3 < sum(filled):
        return False
    running.sort()
    return running[(len(running) * 9) // 10] <= _WRAP_WIDTH


def reading_view(text: str) -> str:
    """*text* as the rules read it: a line break inside a paragraph becomes a space.

    In a hard-wrapped text (``hard_wrapped``) every line break between two
    non-blank lines is one; elsewhere only a break in mid-sentence, after a line
    that ends in no closing punctuation and before one that opens in lower case
    ("would continue to\nsupport businesses"). The view has the text's length
    and every other character, so an offset into it is an offset into the text.
    """
    return _reading(text)[0]


def _reading(text: str) -> tuple[str, bool]:
    """``reading_view`` of *text*, and whether the text is hard-wrapped."""
    if "\n" not in text:
        return text, False
    blank = _BLANK_LINE.search(text) is not None
    # a hard-wrapped text has lines that run on: single line breaks, not only paragraph breaks
    running = text.count("\n") - 2 * text.count("\n\n") >= 3
    if blank and running and hard_wrapped(text.split("\n", _WRAP_SAMPLE)):
        return _unwrapped(text), True
    # elsewhere a line is a paragraph, unless it breaks in mid-sentence: after a character that closes
    # no sentence and before a word in lower case ("would continue to\nsupport businesses")
    joins = []
    for m in _LOWER_AFTER_BREAK.finditer(text):
        if not m.group(1).islower():
            continue
        k = at = m.start()
        while k > 0 and text[k - 1].isspace() and text[k - 1] != "\n":
            k -= 1
        if k > 0 and text[k - 1] not in _SENTENCE_CLOSE and not text[k - 1].isspace():
            joins.append(at)
    if not joins:
        return text, False
    chars = list(text)
    for at in joins:
        chars[at] = " "
        if at > 0 and chars[at - 1] == "\r":
            chars[at - 1] = " "  # "\r\n" too is one space
    return "".join(chars), False


def _unwrapped(text: str) -> str:
    """*text* with every line break between two non-blank lines a space (a hard-wrapped text)."""
    lines = text.split("\n")
    out: list[str] = []
    for here, nxt in itertools.pairwise(lines):
        if here.strip() and nxt.strip():
            out.append(here[:-1] + " " if here.endswith("\r") else here)  # "\r\n" too is one space
            out.append(" ")
        else:
            out.append(here)
            out.append("\n")
    out.append(lines[-1])
    return "".join(out)


_BARE_LINE = re.compile(
    '^[ \t]*["\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}][^\n]*'
    '["\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}][ \t]*\r?$',
    re.MULTILINE,
)  # a paragraph that is a quotation and nothing else: "Out where?"
_LINE_OPENERS = ('\n"', "\n\N{LEFT DOUBLE QUOTATION MARK}", "\n\N{LEFT SINGLE QUOTATION MARK}")
_CAPITALS_LABEL = re.compile(r"(?m)^[ \t]*[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){1,2}:[ \t]")  # "JANE DOE: "
_CONVERSATION_LINES = 3  # short bare quotation paragraphs that make a conversation ...
_CONVERSATION_SHARE = 0.2  # ... when they are this share of the paragraphs at least
_TURN_LENGTH = 120  # the longest paragraph that counts as a turn: news quotes at length, a story's turns are short


def conversational(text: str) -> bool:
    """Whether *text* (a reading view) is a conversation: at least ``_CONVERSATION_LINES``
    paragraphs are only a short quotation (a turn: "“Out where?”"), a fifth of its
    paragraphs at least. News quotes people in paragraphs that also say who speaks, or
    at length; a story's turns stand alone. (Of the PolNeAR dev split's 393 articles and
    the first 5,000 of the news corpus, none is conversational.)
    """
    if sum(text.count(mark) for mark in _LINE_OPENERS) < _CONVERSATION_LINES:
        return False  # fewer lines open with a quotation mark than a conversation has turns
    bare = sum(1 for m in _BARE_LINE.finditer(text) if len(m.group().strip()) <= _TURN_LENGTH)
    if bare < _CONVERSATION_LINES:
        return False
    paragraphs = sum(1 for line in text.split("\n") if line.strip())
    return bare >= _CONVERSATION_SHARE * paragraphs


class Document:
    """One text's segmentation: its paragraphs' events, and what spans paragraphs.

    ``text`` is the reading view of the caller's ``original`` (``reading_view``):
    the same length, line breaks inside paragraphs read as spaces. A hard-wrapped
    or conversational text (``conversational``) is read as a story: a paragraph is
    a turn of its dialogue (``dialogue``).
    """

    def __init__(self, text: str, lexicon: Lexicon, patterns: Patterns, *, story: bool = False) -> None:
        self.original = text
        text, wrapped = _reading(text)
        self.text = text
        # a paragraph is a turn of a conversation: in a hard-wrapped or conversational text, or in
        # a *story* the caller says it is (one whose cast it knows)
        self.dialogue = story or wrapped or conversational(text)
        self.lexicon = lexicon
        self.patterns = patterns
        # the paragraphs' tokens: found with ASCII ranges where the text allows (the same tokens)
        self.spaced_token = patterns.spaced_ascii_token if text.isascii() else patterns.spaced_token
        self.carry: Quote | None = None  # the quotation the last paragraph left open
        self.word_index: WordIndex | None = None  # built for a long text's first name lookup
        self._labels: dict[str, int] = {}  # label_count(), by label
        self._paragraph_total = -1  # paragraph_total(), once asked
        self._label_lines = -1  # label_lines(), once asked
        self.paragraph_spans: list[tuple[int, int]] = []  # every non-blank paragraph's bounds, as scanned
        self.quotations: list[tuple[int, Quote]] = []  # (paragraph number, quotation) of each paired paragraph

    def events(self) -> Iterator[Events]:
        """Each non-blank paragraph's events, from the one scan of the text.

        A paragraph is a line; its bounds exclude the white space around it.
        A blank line yields nothing and keeps an open quotation open.
        """
        text = self.text
        start = 0
        quotes: list[int] = []
        ends: list[int] = []
        cues: list[tuple[int, int]] = []
        # the scan is a stdlib re pattern without nested repetition: linear, and it cannot time out
        for m in self.patterns.scan.finditer(text):
            group = m.lastgroup
            if group == "nl":
                nl = m.start()
                if nl > start:  # an empty line holds no event, and its paragraph no statement
                    events = self._trimmed(start, nl, quotes, ends, cues)
                    if events is not None:
                        yield events
                    quotes, ends, cues = [], [], []
                start = nl + 1  # past the line break, all the match holds
            elif group == "q":
                quotes.append(m.start())
            elif group == "end":
                ends.append(m.start())
            else:
                cues.append(m.span())
        events = self._trimmed(start, len(text), quotes, ends, cues)
        if events is not None:
            yield events

    def _trimmed(
        self, start: int, end: int, quotes: list[int], ends: list[int], cues: list[tuple[int, int]]
    ) -> Events | None:
        text = self.text
        # trim the paragraph's white space, "\r" included
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            return None
        self.paragraph_spans.append((start, end))
        return start, end, quotes, ends, cues

    def paragraph(self, events: Events) -> Paragraph:
        """The paragraph of these events, its quotations paired; what it leaves open carries on."""
        para = Paragraph(self, *events, self.carry)
        self.carry = para.open_at_end
        number = len(self.paragraph_spans) - 1  # the paragraph of the events just yielded
        self.quotations.extend((number, q) for q in para.top)
        return para

    def paragraph_total(self) -> int:
        """How many non-blank paragraphs the whole text has (counted at the first ask)."""
        if self._paragraph_total < 0:
            self._paragraph_total = sum(1 for line in self.text.split("\n") if line.strip())
        return self._paragraph_total

    def label_lines(self) -> int:
        """How many paragraphs open with a label of several words in capitals ("JANE DOE:")."""
        if self._label_lines < 0:
            self._label_lines = len(_CAPITALS_LABEL.findall(self.text))
        return self._label_lines

    def label_count(self, label: str) -> int:
        """How many paragraphs *label* ("Q:", "CRANE:") opens: a transcript's labels recur."""
        known = self._labels.get(label)
        if known is None:
            known = self._labels[label] = len(re.findall("(?m)^[ \t]*" + re.escape(label) + "[ \t]", self.text))
        return known

    def named_elsewhere(self, name: str, here: int) -> bool:
        """Whether *name* stands as a whole word somewhere else in the text ("Lind" in "Tomas Lind")."""
        if self.word_index is None and len(self.text) >= INDEX_MIN_LENGTH:
            self.word_index = WordIndex(self.text)
        return any(i != here for i, _end in whole_word_hits(self.text, name, 1000, self.word_index))


class Quote:
    """A paired quotation in one paragraph (mutable while pairing)."""

    __slots__ = ("close", "close_end", "inner_end", "inner_start", "level", "next", "open", "prev", "single")

    def __init__(self, open_: int, level: int, single: bool, width: int = 1) -> None:
        self.open = open_
        self.inner_start = open_ + width
        self.close: int | None = None  # where the closing mark starts, if there is one
        self.close_end = -1  # and where it ends
        self.inner_end = self.inner_start
        self.level = level
        self.single = single
        self.prev: Quote | None = None
        self.next: Quote | None = None

    def closed_by(self, pos: int, width: int) -> None:
        self.close, self.close_end, self.inner_end = pos, pos + width, pos

    def chain(self) -> list[Quote]:
        """All quotes of a multi-paragraph quotation this one belongs to."""
        first = self
        while first.prev is not None:
            first = first.prev
        out = []
        cur: Quote | None = first
        while cur is not None:
            out.append(cur)
            cur = cur.next
        return out


class Paragraph:
    """One paragraph's text structure: quotations, sentences, tokens, and the queries on them."""

    def __init__(
        self,
        doc: Document,
        start: int,
        end: int,
        quote_marks: list[int],
        ends: list[int],
        cues: list[tuple[int, int]],
        carry: Quote | None,
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.lexicon = doc.lexicon
        self.patterns = doc.patterns
        self.start = start
        self.end = end
        self.cues = cues
        self.cue_starts = list(map(_FIRST, cues))
        # most paragraphs hold no quotation (at most apostrophes): no passes over their quotations
        self.quotes = self._pair_quotes(quote_marks, carry) if quote_marks else []
        self.top: list[Quote]
        self.top_starts: list[int]
        self.top_opens: dict[int, Quote]
        self.top_closes: dict[int, Quote]
        if self.quotes:
            top = self.top = [q for q in self.quotes if q.level == 0]
            self.top_opens = {q.open: q for q in top}
            self.top_closes = {q.close_end - 1: q for q in top if q.close is not None}
            self.top_starts = [q.inner_start for q in top]
        else:
            self.top, self.top_starts = [], []
            self.top_opens, self.top_closes = {}, {}
        self.sentences = self._find_sentences(ends)
        self.title_case: bool | None = None  # whether the paragraph is a title-case headline, once asked
        self._toks: list[tuple[int, int]] | None = None
        self._tok_starts: list[int] = []
        self._hinge_memo = (0, 0, -1)  # see first_hinge
        self._letters_memo: tuple[int, int, str] = (-1, -1, "")  # see letters_before

    def _pair_quotes(self, marks: list[int], carry: Quote | None) -> list[Quote]:
        """Pair the paragraph's quotation marks into quotations.

        Double marks make the top level; single marks nest inside them, or make
        the top level where no double mark is open (British style). A doubled
        straight mark (``''`` or a TeX-style opening pair of backticks) counts as one
        double mark. An apostrophe (inside a word, or after a plural) is no mark.
        """
        text, end = self.text, self.end
        quotes: list[Quote] = []
        top: Quote | None = None
        inner: Quote | None = None
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
            if c in DOUBLE_OPEN or (
                c == '"' and (before.isspace() or before in _BEFORE_OPENING) and not after.isspace()
            ):
                kind = "open2"
            elif c in DOUBLE_CLOSE or c == '"':
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
                        top.inner_end = max(top.inner_start, self.rstrip(pos))
                    else:
                        top.inner_end = pos  # never before inner_start, which is at most pos
                q = Quote(pos, 0, False, width)
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
                    q = Quote(pos, 0, single=True)
                    if first_open and carry is not None and carry.single and self._first_char_is(pos):
                        q.prev, carry.next = carry, q
                    first_open = False
                    quotes.append(q)
                    top = q
                elif not top.single and inner is None:
                    inner = Quote(pos, 1, single=True)
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
            top.inner_end = max(top.inner_start, self.rstrip(end))
        if inner is not None:
            inner.inner_end = max(inner.inner_start, self.rstrip(end))
        return quotes

    def _first_char_is(self, pos: int) -> bool:
        return self.text[self.start : pos].strip() == ""

    def rstrip(self, pos: int) -> int:
        text = self.text
        while pos > self.start and text[pos - 1].isspace():
            pos -= 1
        return pos

    @property
    def open_at_end(self) -> Quote | None:
        """The top-level quotation still open when the paragraph ends."""
        for q in reversed(self.top):
            return q if q.close is None else None
        return None

    def quote_at(self, pos: int) -> Quote | None:
        """The top-level quotation whose inner text contains *pos*."""
        i = bisect.bisect_right(self.top_starts, pos) - 1
        if i >= 0 and pos < self.top[i].inner_end:
            return self.top[i]
        return None

    def _find_sentences(self, ends: list[int]) -> list[int]:
        text, start, end = self.text, self.start, self.end
        m = None
        if text[start : start + 2].isupper():  # a dateline opens with two capitals: "DUSHANBE"
            m = self.patterns.dateline.match(text, start, end)
        starts = [m.end() if m else start]
        for pos in ends:
            j = pos + 1
            while j < end and text[j] in _CLOSERS:
                j += 1
            k = self.lstrip(j)
            if k >= end:
                continue
            nxt = text[k]
            if not (nxt.isupper() or nxt.isdigit() or nxt in ALL_OPEN or nxt == "("):
                continue
            if text[pos] == ".":
                w = pos
                while w > start and (text[w - 1].isalpha() or text[w - 1] == "."):
                    w -= 1
                word = text[w:pos]
                if word.lower() in self.lexicon.abbreviations or (len(word) == 1 and word.isupper()):
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
        if self.text[k] in ALL_OPEN:
            return True  # "... in Fort Mill, S.C. “It seems ...”": a quotation opens a sentence
        m = self.patterns.token.match(self.text, k, self.end)
        if m is None:
            return False
        w = m.group().lower()
        lex = self.lexicon
        return w in lex.pronoun_index or w in lex.determiners or w in lex.clause_boundary_words

    def lstrip(self, pos: int) -> int:
        text = self.text
        while pos < self.end and text[pos].isspace():
            pos += 1
        return pos

    def sentence_of(self, pos: int) -> tuple[int, int, int]:
        """(index, start, end) of the sentence holding *pos*; end excludes white space."""
        sentences = self.sentences
        i = bisect.bisect_right(sentences, pos) - 1
        if i + 1 < len(sentences):
            return i, sentences[max(i, 0)], self.rstrip(sentences[i + 1])
        return i, sentences[max(i, 0)], self.end  # the paragraph's end has no white space before it

    def tokens(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The tokens lying wholly within ``[lo, hi)``.

        The paragraph is tokenized once, when a rule first asks, and every
        window is a slice of that list: the rules look at overlapping windows
        around each cue, and tokenizing each window again cost a third of the
        extraction time.
        """
        toks = self.all_tokens()
        starts = self._tok_starts
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, i)
        if j > i and toks[j - 1][1] > hi:
            j -= 1
        return toks[i:j]

    def all_tokens(self) -> list[tuple[int, int]]:
        """The paragraph's tokens, found at the first call; ``_tok_starts`` then holds their starts.

        Each token is matched with the white space before it (``Patterns.spaced_token``),
        over the paragraph up to its last token. Tokenizing only as far as the rules
        asked, a stretch at a time, took fewer instructions but more time: a search
        per stretch, where an eighth of the tokens were spared.
        """
        toks = self._toks
        if toks is None:
            stop = self.rstrip(self.end)  # the spaced pattern wants text that ends in a token
            toks = self._toks = [m.span(1) for m in self.doc.spaced_token.finditer(self.text, self.start, stop)]
            self._tok_starts = list(map(_FIRST, toks))  # bisecting ints is faster than tuples
        return toks

    def word(self, tok: tuple[int, int]) -> str:
        return self.text[tok[0] : tok[1]]

    def token_end(self, lo: int, hi: int, n: int) -> int:
        """``self.tokens(lo, hi)[n][1]``, or -1 when fewer tokens lie there, without the slice."""
        toks = self.all_tokens()
        i = bisect.bisect_left(self._tok_starts, lo) + n
        return toks[i][1] if i < len(toks) and toks[i][1] <= hi else -1

    def kind(self, parts: list[tuple[int, int]]) -> QuoteKind:
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
                if has_letter(text, pos, max(pos, q.inner_start)):
                    outside = True
                if has_letter(text, max(s, q.inner_start), min(e, q.inner_end)):
                    inside = True
                pos = max(pos, q.close_end if q.close is not None else q.inner_end)
            if has_letter(text, pos, e):
                outside = True
        if inside and not outside:
            return QuoteKind.DIRECT
        return QuoteKind.MIXED if inside else QuoteKind.INDIRECT

    def only_quotes(self) -> bool:
        """Whether every letter of the paragraph stands inside a quotation."""
        pos = self.start
        for q in self.top:
            if has_letter(self.text, pos, q.open):
                return False
            pos = q.close_end if q.close is not None else q.inner_end
        return not has_letter(self.text, pos, self.end)

    def quote_closing_before(self, pos: int) -> Quote | None:
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

    def opening_quote_at(self, pos: int) -> Quote | None:
        text = self.text
        j = pos
        while j < self.end and (text[j].isspace() or text[j] in ",:"):
            j += 1
        return self.top_opens.get(j)

    def comma_outside_quotes(self, start: int, end: int) -> int:
        pos = start
        while True:
            comma = self.text.find(",", pos, end)
            if comma < 0:
                return -1
            q = self.quote_at(comma)
            if q is None:
                return comma
            pos = max(comma + 1, q.inner_end)

    def trim_end(self, start: int, end: int) -> int:
        """*end* moved back over white space and the marks that close a clause."""
        text = self.text
        while end > start and (text[end - 1] in _TRAILING or text[end - 1].isspace()):
            end -= 1
        return end

    def letters_before(self, pos: int) -> tuple[int, str]:
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

    def word_before(self, pos: int) -> str:
        """The lowercased word just before *pos* (with one space between), or ""."""
        return self.letters_before(pos)[1]

    def quote_starts_sentence(self, q: Quote, sent_start: int) -> bool:
        first = q.chain()[0]
        if first.open < self.start or first is not q:
            return True
        return (
            not has_letter(self.text, sent_start, q.open)
            or self.text[self.rstrip(q.open) - 1 : self.rstrip(q.open)] == ":"
        )

    def first_hinge(self, lo: int, hi: int) -> int:
        """Where the first comma, "and" or "but" at or after *lo* starts, or *hi* when none does before it.

        A later attribution that ends a reported clause ("..., Doe responded",
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

    def clause_start(self, sent_start: int, end: int) -> int:
        """Where a reported clause ending at *end* starts: the sentence start, or
        ``MAX_CLAUSE`` characters back (at a word start) in a run-on "sentence"."""
        if end - sent_start <= MAX_CLAUSE:
            return sent_start
        pos = self.text.find(" ", end - MAX_CLAUSE, end)
        return end if pos < 0 else pos + 1
