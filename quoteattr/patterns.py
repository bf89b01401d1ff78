"""The regular expressions quoteattr compiles from a lexicon.

Two kinds of pattern live here. The *scan* finds, in one pass over a document,
every event the rules hang on: line breaks, quotation marks, sentence-final
punctuation and cue words. The *local* patterns are matched at a position
the scan found (``pattern.match(text, pos, endpos)``) or searched in a window
bounded by a sentence next to it, never through a document. Every repetition
is possessive or atomic, and every local match is bounded by its paragraph, so
the cost of a document is linear in its length.

What reads a text more than once, and why it stays linear: each paragraph the
rules look at is tokenized once more (``segment.Paragraph.all_tokens``); and
speaker resolution looks each distinct name up in the whole text, through
``str.find`` in a text under ``segment.INDEX_MIN_LENGTH`` characters (at most
200 occurrences a name) and through one ``segment.WordIndex`` above it.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import regex

from quoteattr.lexicon import Lexicon

__all__ = ["Patterns", "compile_patterns"]


# Quotation marks, by class. NOTE: keep in sync with lexicon.OPEN_QUOTES etc.
_QUOTE_CHARS = (
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
    "\"'`"
)

_CLOSERS = (  # what may stand between a sentence's last mark and the space after it
    "\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\"')\\]"
)

# A token: a word (letters and digits, with inner apostrophes, hyphens, combining marks and
# the dots of acronyms: "U.S."), a number with separators ("2,093", "3.5"), or one mark.
# From Python 3.11 re has possessive quantifiers: a word is then taken a run of letters at
# a time, a third faster. Python 3.10 gets the same tokens from the plain form, whose
# classes are disjoint so that its repetition cannot backtrack either (tests/test_patterns.py
# checks that both forms agree).
_TOKEN_PLAIN = r"""
    \d+(?:[.,]\d+)+                              # a number with separators: 2,093 or 3.5
    | [^\W_]                                    # a word starts with a letter or digit
    (?:[^\W_]|[\-'\N{RIGHT SINGLE QUOTATION MARK}\u0300-\u036f]  # runs on over letters, marks,
       |\.(?=[^\W\d_]\.?)                        # and inner dots of acronyms (U.S.)
    )*
    | [^\w\s] | _                                # or it is one punctuation mark
"""
_TOKEN_POSSESSIVE = r"""
    \d++(?:[.,]\d++)++                           # a number with separators: 2,093 or 3.5
    | [^\W_]++                                  # a word: a run of letters and digits,
    (?:(?:[\-'\N{RIGHT SINGLE QUOTATION MARK}\u0300-\u036f]  # then, after an inner mark
       |\.(?=[^\W\d_]\.?)                        # or an acronym's dot (U.S.),
    )[^\W_]*+)*+                                 # another run
    | [^\w\s] | _                                # or it is one punctuation mark
"""
_TOKEN = _TOKEN_POSSESSIVE if sys.version_info >= (3, 11) else _TOKEN_PLAIN
# The paragraph's tokens are found with the white space before each: every match then
# starts where the last one ended, with no failed match at each space between (a tenth
# faster). A run of white space is always followed by a token where the rules use this
# (on a stretch of text that ends in a token), so the plain \s* of 3.10 never backtracks.
_SPACED_TOKEN = (r"\s*+(" if sys.version_info >= (3, 11) else r"\s*(") + _TOKEN + ")"
# The same tokens of a text that is all ASCII (most news), with ranges where _TOKEN has
# Unicode classes: re tests a range without looking the character up in the Unicode
# tables, and tokenizing is a sixth faster. On ASCII text [^\W_] is [a-zA-Z0-9] and
# [^\W\d_] is [a-zA-Z]; tests/test_patterns.py checks that both give the same tokens.
_TOKEN_ASCII_PLAIN = r"""
    [0-9]+(?:[.,][0-9]+)+
    | [a-zA-Z0-9](?:[a-zA-Z0-9\-']|\.(?=[a-zA-Z]\.?))*
    | [^\w\s] | _
"""
_TOKEN_ASCII_POSSESSIVE = r"""
    [0-9]++(?:[.,][0-9]++)++
    | [a-zA-Z0-9]++(?:(?:[\-']|\.(?=[a-zA-Z]\.?))[a-zA-Z0-9]*+)*+
    | [^\w\s] | _
"""
_SPACED_TOKEN_ASCII = (
    r"\s*+(" + _TOKEN_ASCII_POSSESSIVE if sys.version_info >= (3, 11) else r"\s*(" + _TOKEN_ASCII_PLAIN
) + ")"

# The words that open the adjuncts a cue may have before its content ("said on Monday
# that", "told reporters"), one table per slot of the ``adjunct`` pattern, each sorted.
_ADJUNCT_WORDS: dict[str, tuple[str, ...]] = {
    "adverbs": (
        "again",
        "also",
        "early",
        "earlier",
        "here",
        "however",
        "instead",
        "late",
        "later",
        "once",
        "previously",
        "privately",
        "publicly",
        "recently",
        "repeatedly",
        "separately",
        "then",
        "though",
        "today",
        "tonight",
        "twice",
        "yesterday",
    ),
    "audiences": (
        "journalists",
        "lawmakers",
        "reporters",
        "supporters",
        "the audience",
        "the crowd",
        "the media",
        "the press",
    ),
    "months": (
        "April",
        "August",
        "December",
        "February",
        "January",
        "July",
        "June",
        "March",
        "May",
        "November",
        "October",
        "September",
    ),
    "place_prepositions": ("at", "from", "in", "on"),
    "setting_prepositions": ("after", "at", "before", "during", "in", "on", "through", "via", "while"),
    "time_modifiers": ("early", "last", "late", "next", "on", "this"),
    "time_units": (
        "Friday",
        "Monday",
        "Saturday",
        "Sunday",
        "Thursday",
        "Tuesday",
        "Wednesday",
        "month",
        "week",
        "year",
    ),
}

# Each alternative opens with its character (class) and names itself with an empty
# group after it: re's matcher then rejects an alternative on its first character
# without entering it, and the scan runs a fifth faster than with the groups around
# the characters. The match's own span is the event's.
_TAIL = "\x00"  # a trie node's key for a light verb's tail (no word has this character)

_SCAN = (
    r"""
    \n(?P<nl>)                                     # a line break ends a paragraph
  | ["""
    + _QUOTE_CHARS
    + r"""](?P<q>)             # any quotation mark or apostrophe
  | [.!?\N{HORIZONTAL ELLIPSIS}]                   # a sentence may end here ...
    (?=["""
    + _CLOSERS
    + r"""]*\s)(?P<end>)                           # ... when white space follows
  | (?<![\w\-'\N{RIGHT SINGLE QUOTATION MARK}])    # a whole word:
    (?P<cue>(?i:according\s+to)|{cues})            # "according to" or a cue form
    (?![\w\-])
"""
)


def _trie(words: Iterable[str], tails: Mapping[str, str] | None = None) -> str:
    """A regular expression matching exactly *words*, shaped as a prefix tree.

    A word of *tails* may (or, if it is not among *words*, must) go on with its
    tail, tried first: the light-verb constructions share the cue words' tree
    ("made" + " a strong case"), so the scan walks one tree at each word.

    A first letter may be upper case ("Said" opens a sentence). The tree lets
    the standard library's ``re`` reject a non-cue word after a letter or two;
    ``regex``'s ``\\L<named list>`` tests every length of every word at each
    position, and was six times slower on the news corpus.

    Example:
        >>> _trie(["say", "said", "says"])
        '(?:[sS](?:a(?:(?:i(?:d)|y(?:s)?))))'
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    for word, tail in (tails or {}).items():
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[_TAIL] = tail

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch and ch != _TAIL]
        if _TAIL in node:
            branches.insert(0, node[_TAIL])  # the longer reading first
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else "(?:" + body + ")"

    if not tree:
        return "(?!)"  # no cue words: a pattern that never matches, not the empty one
    heads = []
    for ch, sub in sorted(tree.items()):
        first = f"[{re.escape(ch)}{re.escape(ch.upper())}]" if ch.isalpha() and ch.upper() != ch else re.escape(ch)
        heads.append(first + emit(sub))
    return "(?:" + "|".join(heads) + ")"


def _light(lexicon: Lexicon) -> str:
    """The scan's alternative for a light-verb construction: a light verb, up to two words, a cue
    noun ("expressed deep concern", "took a swipe", "made no secret"); the whole is the cue.

    Example:
        >>> import re
        >>> pattern = re.compile(_light(Lexicon.default()))
        >>> pattern.match("made a strong case for it").group()
        'made a strong case'
    """
    verbs = _trie(form for _lemma, forms in lexicon.light_verbs for form in forms)
    return verbs + _light_tail(lexicon)


def _light_tail(lexicon: Lexicon) -> str:
    """What follows a light verb in its construction: up to two words and a cue noun."""
    nouns = _trie(lexicon.light_noun_index)
    # the gap, bounded: an article or possessive, then one word that is no verb in -ed or -ing
    # ("made no secret", "took a direct swing"; not "a voice celebrated the attacks")
    determiner = r"(?:an?|the|no|his|her|their|its|our|my|some|any|this|these|those|further|more|new)\s+"
    word = r"(?![\w\-]*(?:ed|ing)\s)[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}\-]*\s+"
    return r"\s+(?:" + determiner + ")?(?:" + word + ")?" + nouns


@attrs.frozen(eq=False)
class Patterns:
    """The compiled patterns of one lexicon; build with ``compile_patterns``."""

    scan: re.Pattern[str]
    """The one pass over a document: line breaks, quote marks, sentence ends, cues."""
    token: re.Pattern[str]
    """A word (letters, digits, inner apostrophes and hyphens) or one punctuation mark."""
    spaced_token: re.Pattern[str]
    """A token with the white space before it, the token in group 1: for a stretch of text
    that ends in a token, one match per token and no failed match at the spaces between."""
    spaced_ascii_token: re.Pattern[str]
    """``spaced_token`` for a text that is all ASCII: the same matches, found faster."""
    adjunct: regex.Pattern[str]
    """What may follow a cue before its content: time, place, setting, addressee."""
    adjunct_opener: re.Pattern[str]
    """Matches wherever ``adjunct`` may (and at more places): the cheap test first."""
    that: regex.Pattern[str]
    """The complementiser before a reported clause; group ``that`` is the word, which
    belongs to the content (as in PolNeAR: "said [that the plan failed]")."""
    headline: regex.Pattern[str]
    """A headline ending in ``: SPEAKER``, with an optional date stamp before it."""
    dash_speaker: regex.Pattern[str]
    """A dash and a speaker after a closing quotation mark."""
    dateline: regex.Pattern[str]
    """A wire dateline opening a paragraph: "DUSHANBE, July 16 (Xinhua) -- "."""
    clause_break: regex.Pattern[str]
    """Where a reported clause ends before its sentence does: ", adding", ", but", ";"."""
    clause_break_opener: re.Pattern[str]
    """Matches wherever ``clause_break`` may (and at more places): the cheap search first."""
    by_agent: regex.Pattern[str]
    """The agent of a passive cue: "criticized [by] Jane Doe"."""
    headline_dash: regex.Pattern[str]
    """The last dash of a wire headline before its speaker: "... next year - MINISTER", "... -sources"."""
    wire_prefix: regex.Pattern[str]
    """A wire headline's prefix: "UPDATE 2-", "EXCLUSIVE-", "RPT-"."""
    symbol_break: regex.Pattern[str]
    """A sentence end followed by symbols alone (emoji) before the next sentence: "... she said. 😀 “Really,” ..."."""
    verb_lemmas: frozenset[str]
    """The lemmas that are verbs, not only nouns ("claim" is both; "statement" is not)."""
    noun_forms: frozenset[str]
    """Cue forms that are only nouns ("statement", "poll", "views")."""


# The conjunctions after a comma that end a reported clause: ", but", ", which".
_BREAK_CONJUNCTIONS = (
    "but|which|while|as|even|though|although|because|after|before|when|where|whereas|despite|unless|until"
)


def _verbs(lexicon: Lexicon) -> frozenset[str]:
    """The lemmas with a form that is no bare noun: "claim" (claimed), not "statement"."""
    nouns = lexicon.noun_cues | lexicon.evidence_nouns
    return frozenset(
        lemma for form, lemma, _cls in lexicon.cues if form != lemma and not (lemma in nouns and form == lemma + "s")
    )


def _adjunct_patterns(lexicon: Lexicon) -> tuple[regex.Pattern[str], re.Pattern[str]]:
    """The ``adjunct`` pattern (what may stand between a cue and its content) and its cheap opener."""
    adjunct_source = r"""
        (?>
          ,?\s++\L<adverbs>(?![\p{L}\-])
        | ,?\s++\p{Ll}++(?<=\p{Ll}{2}ly)                # a manner adverb: "responded pointedly,"
              (?=\s*+(?:[,:\N{LEFT DOUBLE QUOTATION MARK}"]|that(?![\p{L}])))
        | \s++(?:just\s++)?(?:a\s++few|a|an|one|two|three|four|five|six|several|\d{1,2}+)\s++
              (?:minute|hour|day|week|month|year|decade)s?+\s++(?:earlier|later|ago|before)(?![\p{L}\-])
        | \s++(?:\L<time_modifiers>\s++)?\L<time_units>
              (?:\s++(?:morning|afternoon|evening|night))?(?![\p{L}\-])
        | ,?\s++\L<setting_prepositions>\s++
              (?:(?:an?|the|his|her|their|its|this|that|a\s++recent|one)\s++)?
              (?:[\p{L}\p{N}\-'\N{RIGHT SINGLE QUOTATION MARK}]++\s++){0,3}?  # bounded: stays linear
              (?<![\p{L}])\L<report_nouns>(?:s)?(?![\p{L}\-])
              (?:\s++(?:with|on|to|for)\s++(?:the\s++)?\p{Lu}[\p{L}.\-]*+(?:\s++\p{Lu}[\p{L}.\-]*+){0,3}+)?
              ,?                                     # "said, in an email, that"
        | ,\s++(?:without|with|in|on|at|for|by|after|before|during|under|amid|despite)\s++
              [^,.;:\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"\n]{1,50}?
              (?:,|(?=:\s*+[\N{LEFT DOUBLE QUOTATION MARK}"]))  # ", without evidence,", ", with a smile: “"
        | ,\s++\p{Lu}[\p{L}.\-]*+(?:\s++\p{Lu}[\p{L}.\-]*+)?,(?=\s*+that(?![\p{L}]))  # "in Madison, Wisconsin, that"
        | \s++\L<place_prepositions>\s++\p{Lu}[\p{L}\-'\N{RIGHT SINGLE QUOTATION MARK}]*+
              (?:\s++\p{Lu}[\p{L}\-'\N{RIGHT SINGLE QUOTATION MARK}]*+){0,2}+  # "on NBC's", "in Des Moines"
              (?:\s++[\N{LEFT DOUBLE QUOTATION MARK}"][^\N{RIGHT DOUBLE QUOTATION MARK}"\n]{1,40}+
                 [\N{RIGHT DOUBLE QUOTATION MARK}"])?  # a programme: "Meet the Press"
              (?=[\s,.;:]|$)(?!\s++(?:is|was|are|were|has|had|have|will)\b)
        | \s++(?:(?:in|on)\s++)?\L<months>(?:\s++\d{1,2}+)?(?:,?\s++\d{4}+)?
              (?![\p{L}\-])
        | \s++of\s++(?:\p{Lu}[\p{L}\-'\N{RIGHT SINGLE QUOTATION MARK}]*+\.?(?:\s++\p{Lu}[\p{L}\-]*+){0,3}+
              |(?:the|his|her|their|its)\s++[\p{L}\-]++(?:\s++[\p{L}\-]++)?)
              (?=\s*+[,.;:])                         # "said of Jane Doe,": whom the words concern
        | \s++to\s++(?:the\s++)?\p{Lu}[\p{L}\-]*+(?:\s++\p{Lu}[\p{L}\-]*+){0,2}+
              (?=\s*+(?:[,.;:]|(?:about|that|on)(?![\p{L}])))  # "wrote to Roffman:", "spoke to CNN about"
        | \s++(?:(?:to|with)\s++)?\L<audiences>(?![\p{L}\-])
        )
        """
    for name, words in _ADJUNCT_WORDS.items():
        alternatives = (regex.escape(w, literal_spaces=True).replace(" ", r"\s++") for w in words)
        adjunct_source = adjunct_source.replace(rf"\L<{name}>", "(?:" + "|".join(alternatives) + ")")
    adjunct = regex.compile(adjunct_source, regex.VERBOSE | regex.V0, report_nouns=sorted(lexicon.report_nouns))

    # Every adjunct opens with white space (and a comma) and an entry of _ADJUNCT_WORDS, "of",
    # or "to" before a name or an audience, each ending where no letter a-z follows; or with
    # a comma, white space and a preposition of the comma-led alternative or a capital (which
    # re has no class for: anything but white space and a-z). Most cues are followed by none
    # of these, and this test in re costs a fraction of a try of the whole adjunct pattern
    # (which it must never refuse: it may pass more).
    def phrases(words: Iterable[str]) -> str:
        return "|".join(w.replace(" ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))

    adjunct_opener = re.compile(
        r",\s+(?:(?:without|with|for|by|under|amid|despite)(?![a-z])|[^\sa-z])|\W*(?:"
        + phrases({w for words in _ADJUNCT_WORDS.values() for w in words} | {"of", "just", "a", "an", "several"})
        + r"|[a-z]{2,}ly|(?:one|two|three|four|five|six|\d{1,2})(?=\s)|to\s+(?:the\s+)?(?![a-z])|(?:to|with)\s+(?:"
        + phrases(_ADJUNCT_WORDS["audiences"])
        + r"))(?![a-z])"
    )
    return adjunct, adjunct_opener


@functools.lru_cache(maxsize=16)
def compile_patterns(lexicon: Lexicon) -> Patterns:
    """Compile the patterns for *lexicon* (the last 16 lexicons' are kept: the lexicon is the key).

    Cue words match in lower case and capitalised ("Said", at a sentence start);
    a shouted "SAID" in a headline is not a cue.
    """
    # The one scan is compiled with the standard library's re: it uses nothing of
    # regex's syntax, and re's matcher skips ahead on the pattern's literal prefixes,
    # three times faster here. It has no nested repetition, so it is linear.
    tail = _light_tail(lexicon)
    light = {form: tail for _lemma, forms in lexicon.light_verbs for form in forms}
    cue_forms = _trie((form for form, _lemma, _cls in lexicon.cues), light)
    scan = re.compile(_SCAN.replace("{cues}", cue_forms), re.VERBOSE)
    # Tokens too are found with re (the paragraph is tokenized once); see _TOKEN.
    token = re.compile(_TOKEN, re.VERBOSE)
    spaced_token = re.compile(_SPACED_TOKEN, re.VERBOSE)
    spaced_ascii_token = re.compile(_SPACED_TOKEN_ASCII, re.VERBOSE)
    adjunct, adjunct_opener = _adjunct_patterns(lexicon)
    # grammar.clauses.that matches this in a window ending one character past the "that" its opener
    # finds: keep what comes before "that" to white space and one comma, and the look-ahead to one character
    that = regex.compile(r"\s*+(?:,\s*+)?(?P<that>that)(?![\p{L}\-])\s*+", regex.V0)
    headline = regex.compile(
        r"""
        \s*+
        (?:\p{Ll}++[:\s]\s*+)?\d{4}+-\d\d-\d\d\s++   # an optional date stamp: "date 2021-07-16"
        |\s*+
        """,
        regex.VERBOSE | regex.V0,
    )
    dash_speaker = regex.compile(r"\s*+(?P<cue>[\N{EM DASH}\N{EN DASH}]|--)\s*+", regex.V0)
    dateline = regex.compile(
        r"""
        \p{Lu}{2,}+[\p{Lu}\ .'\-]{0,30}+        # the place, in capitals: "DUSHANBE"
        (?:,\ [\p{L}\p{N}\ .,]{1,30}?)?          # a date or region: ", July 16"
        (?:\ ?\([\p{L}\ .]{1,30}+\))?            # the agency: " (Xinhua)"
        \ *+(?:--|[\N{EM DASH}\N{EN DASH}\-])\ *+  # the dash
        """,
        regex.VERBOSE | regex.V0,
    )
    clause_break = regex.compile(
        r"""
        ,\s++(?:according\s++to                    # ", according to X"
              |(?!(?:during|including|excluding|regarding|concerning|following|pending|something
                  |nothing|anything|everything|notwithstanding)(?![\p{L}]))
               \p{Ll}{1,20}?ing                      # a participle: ", adding", ", calling"
              |{conjunctions}
              )(?![\p{L}\-])
        | :(?=\s*+[\N{LEFT DOUBLE QUOTATION MARK}"\N{LEFT SINGLE QUOTATION MARK}'])  # a colon before a quotation
        | ;                                          # a semicolon
        | \s(?:--|[\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}])\s  # a spaced dash
        """.replace("{conjunctions}", _BREAK_CONJUNCTIONS),
        regex.VERBOSE | regex.V0,
    )
    # Every clause break opens with a comma, white space and a conjunction or a word in -ing
    # ("according" too; its lower-case letters are no white space nor A-Z), with a colon
    # before a quotation mark, a semicolon, or a spaced dash. re finds those a few times
    # faster than regex searches for the whole pattern, which is then matched only there.
    # re's \s takes all regex's does (and four control characters more), so the opener
    # never refuses a break.
    clause_break_opener = re.compile(
        r"""
        ,\s+(?:[^\sA-Z]{1,20}?ing|"""
        + _BREAK_CONJUNCTIONS
        + r""")                                  # ", adding", ", but"
        | :(?=\s*[\N{LEFT DOUBLE QUOTATION MARK}"\N{LEFT SINGLE QUOTATION MARK}'])
        | ;
        | \s(?:--|[\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}])\s
        """,
        re.VERBOSE,
    )
    by_agent = regex.compile(r"(?<![\p{L}])by\s++(?=[\p{Lu}\p{Ll}])", regex.V0)
    # the segmenter starts a sentence only at a capital, a digit or a quotation mark: a run of
    # symbols (emoji, dingbats) after a sentence end hides the break from it
    headline_dash = regex.compile(
        r"\s(?P<dash>--|[\-\N{EM DASH}\N{EN DASH}])\s*+(?=[\p{L}][^\-\N{EM DASH}\N{EN DASH}]*+$)", regex.V0
    )
    wire_prefix = regex.compile(r"\p{Lu}{2,}+(?:\s\d++)?-(?=\p{L})", regex.V0)
    symbol_break = regex.compile(
        r"[.!?\N{HORIZONTAL ELLIPSIS}][\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"')\]]*+"
        r"\s++(?:[\p{So}\p{Sk}\p{Cn}\p{Co}\N{ZERO WIDTH JOINER}\N{VARIATION SELECTOR-16}]++\s*+)++",
        regex.V0,
    )
    verbs = _verbs(lexicon)
    nouns = lexicon.noun_cues | lexicon.evidence_nouns
    return Patterns(
        scan=scan,
        token=token,
        spaced_token=spaced_token,
        spaced_ascii_token=spaced_ascii_token,
        adjunct=adjunct,
        adjunct_opener=adjunct_opener,
        that=that,
        headline=headline,
        dash_speaker=dash_speaker,
        dateline=dateline,
        clause_break=clause_break,
        clause_break_opener=clause_break_opener,
        by_agent=by_agent,
        headline_dash=headline_dash,
        wire_prefix=wire_prefix,
        symbol_break=symbol_break,
        verb_lemmas=verbs,
        noun_forms=frozenset(form for form, lemma, _cls in lexicon.cues if lemma in nouns and lemma not in verbs),
    )
