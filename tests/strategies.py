"""Hypothesis strategies that write news-like text, for the property tests and the fuzzer.

The pieces are the ones attribution hangs on: quotations in every mark news wires
use (curly, straight, single, guillemets, the ``''`` of old wire copy), speakers
(full names, surnames with titles, roles, pronouns), cue verbs, "according to",
datelines, headlines with colons and parentheticals. ``documents()`` joins
sentences built from them into paragraphs; ``noisy()`` then drops hostile
characters (CRLF, NBSP, zero-width and combining characters, emoji, RTL text, lone
surrogates, stray quotation marks) at random places, so the same run checks both
the rules and their robustness.

Nothing here imports quoteattr: the strategies describe inputs only.
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = [
    "CUES",
    "NAMES",
    "NOISE",
    "PRONOUNS",
    "QUOTE_PAIRS",
    "documents",
    "hostile_texts",
    "news_texts",
    "noisy",
    "paragraphs",
    "sentences",
    "statement_free_paragraphs",
]

NAMES: tuple[str, ...] = (
    "Jane Doe",
    "Wang Yi",
    "Mr. Obama",
    "Dr. Anna Berg",
    "Sen. Harry M. Reid (D-Nev.)",
    "Zoë Ó Briain",
    "José Ramos-Horta",
    "Nikolai Snopkov",
    "Doe",
    "Wang",
    "the minister",
    "the ministry",
    "a spokesman for the ministry",
    "Chinese Foreign Minister Wang Yi",
    "officials",
    "the company",
    "The U.S. State Department",
)
"""Speakers as news writes them: full names, surnames, titles, roles, bodies."""

PRONOUNS: tuple[str, ...] = ("he", "she", "they", "it", "He", "She", "They")
CUES: tuple[str, ...] = (
    "said",
    "says",
    "added",
    "noted",
    "warned",
    "stressed",
    "told reporters",
    "said on Monday",
    "said in a statement",
    "believes",
    "announced",
    "claimed",
    "wrote",
    "did not say",
    "insisted",
)
"""Cue verbs, some with the adjuncts that may stand between cue and content."""

PARTICIPLES: tuple[str, ...] = ("adding", "noting", "stressing", "saying", "warning")
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
    ('"', '"'),
    ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
    ("'", "'"),
    ("«", "»"),
    ("« ", " »"),
    ("``", "''"),
    ("''", "''"),
    ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),
)
"""Opening and closing marks: curly, straight, single, guillemets, wire-copy ``'' ''``."""

WORDS: tuple[str, ...] = (
    "the",
    "plan",
    "had",
    "failed",
    "China",
    "will",
    "win",
    "and",
    "is",
    "ready",
    "on",
    "Monday",
    "talks",
    "went",
    "well",
    "we",
    "are",
    "not",
    "going",
    "to",
    "give",
    "up",
    "economy",
    "grew",
    "3.5",
    "percent",
    "in",
    "U.S.",
    "don't",
    "it's",
    "Belarus",
    "that",
)
DATELINES: tuple[str, ...] = (
    "DUSHANBE, July 16 (Xinhua) -- ",
    "WASHINGTON (Reuters) - ",
    "LONDON, Feb 26 - ",
    "BEIJING — ",
)
NOISE: tuple[str, ...] = (
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\N{NO-BREAK SPACE}",
    "\N{ZERO WIDTH SPACE}",
    "\N{ZERO WIDTH NON-JOINER}",
    "\N{ZERO WIDTH JOINER}",
    "\N{ZERO WIDTH NO-BREAK SPACE}",
    "\N{SOFT HYPHEN}",
    "\N{COMBINING ACUTE ACCENT}",
    "\N{COMBINING DIAERESIS}\N{COMBINING DOT BELOW}",
    "\N{GRINNING FACE}",
    "\N{WOMAN}\N{ZERO WIDTH JOINER}\N{PERSONAL COMPUTER}",
    "\N{REGIONAL INDICATOR SYMBOL LETTER U}\N{REGIONAL INDICATOR SYMBOL LETTER S}",
    "שלום",
    "مرحبا",
    "\N{RIGHT-TO-LEFT MARK}",
    "\N{RIGHT-TO-LEFT OVERRIDE}",
    "\ud800",
    "\udfff",
    "\x00",
    "\t",
    "\x0b",
    "\x0c",
    "\N{LINE SEPARATOR}",
    "\N{PARAGRAPH SEPARATOR}",
    "\x85",  # NEXT LINE (NEL)
    "\N{HORIZONTAL ELLIPSIS}",
    "\N{EM DASH}",
    " -- ",
    "(",
    ")",
    ", ",
    ". ",
    ": ",
    "; ",
    "?",
    "!",
    "\N{LEFT DOUBLE QUOTATION MARK}",
    "\N{RIGHT DOUBLE QUOTATION MARK}",
    '"',
    "'",
    "\N{RIGHT SINGLE QUOTATION MARK}",
    "«",
    "»",
    "`",
    "said",
    "according to",
    "Said",
    "SAID",
)
"""Characters and fragments that trip naive text code, plus stray marks and cues."""

_names = st.sampled_from(NAMES)
_cues = st.sampled_from(CUES)
_pronouns = st.sampled_from(PRONOUNS)
_quote_pairs = st.sampled_from(QUOTE_PAIRS)


@st.composite
def _clause(draw: st.DrawFn, *, min_words: int = 2) -> str:
    """A few words, no sentence-final punctuation: "the plan had failed"."""
    return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=8)))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One sentence in one of the reporting structures news uses (or none at all)."""
    o, c = draw(_quote_pairs)
    name = draw(_names)
    who = draw(st.one_of(_names, _pronouns))
    cue = draw(_cues)
    a = draw(_clause())
    b = draw(_clause())
    that = draw(st.sampled_from(["", "that "]))
    shapes = [
        f"{o}{_cap(a)},{c} {who} {cue}.",  # “…,” NAME said.
        f"{o}{_cap(a)},{c} {cue} {name}.",  # “…,” said NAME.
        f"{o}{_cap(a)},{c} {who} {cue}, {o}{b}.{c}",  # a quote split by its cue
        f"{_cap(name)} {cue}: {o}{_cap(a)}.{c}",  # NAME said: “…”
        f"{_cap(name)}: {o}{_cap(a)}.{c}",  # NAME: “…”
        f"{o}{_cap(a)}.{c} \N{EM DASH} {name}",  # “…” — NAME
        f"{_cap(who)} {cue} {that}{a}.",  # NAME said (that) …
        f"{_cap(a)}, {who} {cue}.",  # …, NAME said.
        f"{_cap(a)}, {cue} {name}.",  # …, said NAME.
        f"{_cap(a)}, {who} {cue}, {b}.",  # …, NAME said, …
        f"According to {name}, {a}.",
        f"{_cap(a)}, according to {name}.",
        f"{_cap(name)} {cue} {a}, {draw(st.sampled_from(PARTICIPLES))} that {b}.",
        f"{_cap(name)} met the press and {cue} {a}.",
        f"{_cap(a)} ({who} {cue} {b}).",  # a parenthetical
        f"{_cap(name)}, who {cue} {a}, left.",
        f"{_cap(a)} {b}.",  # no attribution at all
        f"The word {o}{a}{c} appeared in the report.",  # scare quotes, no cue
    ]
    return draw(st.sampled_from(shapes))


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """A paragraph: sentences, sometimes opened by a dateline; or a headline; or a quote running on."""
    kind = draw(st.integers(0, 9))
    if kind == 0:  # a headline with a colon, no full stop
        return f"{_cap(draw(_clause(min_words=3)))}: {_cap(draw(_names))}"
    if kind == 1:  # a quotation that runs over paragraphs: no closing mark until the last
        o, c = draw(_quote_pairs)
        first = _cap(draw(_clause()))
        second = _cap(draw(_clause()))
        who = draw(st.one_of(_names, _pronouns))
        return f"{o}{first}.\n\n{o}{second},{c} {who} {draw(_cues)}."
    body = " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))
    if kind == 2:
        body = draw(st.sampled_from(DATELINES)) + body
    return body


@st.composite
def documents(draw: st.DrawFn) -> str:
    """An article: paragraphs separated by blank lines (or single, or CRLF, line breaks)."""
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n"]))
    return sep.join(draw(st.lists(paragraphs(), min_size=1, max_size=5)))


@st.composite
def noisy(draw: st.DrawFn, base: st.SearchStrategy[str]) -> str:
    """*base* text with noise fragments (``NOISE``) dropped in at random offsets."""
    text = draw(base)
    inserts = draw(st.lists(st.tuples(st.integers(0, max(0, len(text))), st.sampled_from(NOISE)), max_size=8))
    for at, piece in sorted(inserts, reverse=True):
        text = text[:at] + piece + text[at:]
    return text


def _shuffled_pieces() -> st.SearchStrategy[str]:
    """Words, names, cues, marks and noise in any order: attribution-shaped chaos."""
    pieces = st.sampled_from(NAMES + CUES + PRONOUNS + WORDS + NOISE + tuple(o + c for o, c in QUOTE_PAIRS))
    return st.lists(pieces, max_size=60).map(" ".join)


news_texts: st.SearchStrategy[str] = st.one_of(documents(), noisy(documents()))
"""News-like articles, clean or with noise."""

hostile_texts: st.SearchStrategy[str] = st.one_of(
    _shuffled_pieces(),
    noisy(_shuffled_pieces()),
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from("".join(NOISE) + "ab AB.,\n"), max_size=200),
)
"""Anything at all: shuffled pieces, noise, and arbitrary Unicode (lone surrogates included)."""

statement_free_paragraphs: st.SearchStrategy[str] = st.sampled_from(
    [
        "The weather was mild.\n\n",
        "The weather was mild.\r\n\r\n",
        "The markets were calm, and prices rose 3 percent.\n\n",
        "\n\n",
    ]
)
"""Paragraphs that produce no statement of their own, each ending in a line break.

They hold no capitalised word but the first "The": a name or a weekday there
("...on Monday.") is a legitimate antecedent for a speaker of the same name later.
"""
