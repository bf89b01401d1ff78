"""The names one text holds: the runs of capitalised words around each name, the people and the
organisations they name, looked up lazily by word (``coref`` resolves speakers with it)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from quoteattr._model import Span
from quoteattr.lexicon import Lexicon
from quoteattr.lexicon_names import FIRST_NAME_GENDERS
from quoteattr.segment import INDEX_MIN_LENGTH, WordIndex, whole_word_hits

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}\-]*+")


_SEARCH_LIMIT = 200  # occurrences of a name looked at, at most, per lookup


# Reuters-style tags: <Acme Corp> names a company, <ACME> is the ticker of the name before it
_TAG = re.compile(r"<([^<>\n]{1,80})>")


# a ticker in brackets: (ACME.N), (7203.T), (NYSE: ACME), (Nasdaq:ACME)
_TICKER = re.compile(r"\((?:([A-Za-z]{2,8})\s?:\s?)?([A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?)\)")


# where a sentence may begin: after . ! ? (and closing quotes) and white space, or at a line's start
_SENTENCE_START = re.compile(r"(?:(?<=[.!?])[\"'\u201d\u2019)]*[ \t]+|^[ \t]*)[\"'\u201c\u2018(]*(?=[A-Z])", re.M)


_POSSESSIVE_ENDS = ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")


_RELATIVE_GENDER = {"m": "f", "f": "m"}


_CONTRACTION = re.compile(r"[A-Za-z]['\u2019](?:m|re|ve|ll|d|t|s)$")


_PREPOSITIONS = frozenset(("at", "for", "from", "in", "of", "on", "to", "with"))


@functools.lru_cache(maxsize=8)
def _function_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that, capitalised at a sentence's start, are no part of a name ("Without Tony", "Yes Jane")."""
    return (
        lexicon.interjections
        | lexicon.determiners
        | lexicon.description_stopwords
        | lexicon.object_prepositions
        | lexicon.participle_leads
        | lexicon.subordinators
    )


def _other(gender: str) -> str:
    return _RELATIVE_GENDER.get(gender, "")


class _Run:
    """One full name met in the text (a run of name words), with where and how often (internal)."""

    __slots__ = ("count", "headlines", "honorifics", "span", "starts", "text", "tokens")

    def __init__(self, text: str, span: Span, tokens: tuple[str, ...]) -> None:
        self.text = text
        self.span = span
        self.tokens = tokens
        self.count = 0  # occurrences in running text
        self.headlines = 0  # occurrences in a line set in title case, where every word is capitalised
        self.honorifics: set[str] = set()
        self.starts: list[int] = []


class _Found(NamedTuple):
    """What a name mention resolves to (internal): the name (None when ambiguous), where it was
    found, the title beside it, the link, the honorific's gender and the first name's."""

    name: str | None
    span: Span | None
    title: str
    link: str | None
    honorific_gender: str
    first_name_gender: str


@functools.lru_cache(maxsize=256)
def _fuzzy(token: str) -> regex.Pattern[str]:
    # one edit (substitution, insertion or deletion), best match; the last 256 tokens' patterns are kept
    return regex.compile(f"(?:{regex.escape(token)}){{e<=1}}", regex.BESTMATCH | regex.IGNORECASE)


def _honorific_identity(word: str, lexicon: Lexicon) -> str:
    """Who an honorific says a person is, for telling people apart: "mr", "mrs", "miss", or a
    gender ("m", "f") for the others ("Ms." may be Mrs. or Miss), "" when it says nothing."""
    if word in ("mr", "mrs", "miss"):
        return word
    return lexicon.honorific_index.get(word, "")


def _identity_gender(identity: str) -> str:
    return {"mr": "m", "mrs": "f", "miss": "f"}.get(identity, identity)


def _several_people(runs: list[_Run]) -> bool:
    """Whether *runs* name two people or more: two runs neither of which holds the other's words."""
    sets = [set(r.tokens) for r in runs]
    return any(not (a <= b or b <= a) for a, b in itertools.combinations(sets, 2))


def _identities_differ(a: str, b: str) -> bool:
    """Whether two honorific identities must be two people ("mr"/"mrs", "mrs"/"miss", "m"/"f")."""
    if not a or not b or a == b:
        return False
    gender = {"mr": "m", "mrs": "f", "miss": "f"}
    ga, gb = gender.get(a, a), gender.get(b, b)
    if ga != gb:
        return True
    return a in ("mrs", "miss") and b in ("mrs", "miss")


class _Names:
    """Full names met in one text, looked up lazily by a word they hold (internal)."""

    def __init__(self, text: str, lexicon: Lexicon, index: WordIndex | None = None) -> None:
        self.text = text
        self.lexicon = lexicon
        self.runs_of: dict[str, dict[str, _Run]] = {}  # runs(), by word
        self.names_of: dict[str, _Found] = {}  # name_of(), by mention
        self.lower: str | None = None
        self.long = len(text) >= INDEX_MIN_LENGTH
        self._index = index  # the caller's index of the text, if it built one
        self.lower_index: WordIndex | None = None  # of the lower-case text, when long
        self.counts: dict[str, int] = {}  # occurrences(), by word
        self.name_words: dict[str, bool] = {}  # _is_name_word() of capitalised words: names and titles recur
        self.roles_taken: set[str] = set()  # role nouns whose titled people are in the people table
        self.title_words: dict[str, set[str]] = {}  # a title's words, lower case, abbreviations expanded
        self.title_heads: dict[str, set[str]] = {}  # _title_heads(), by title
        self.orgs: _Organisations | None = None  # the organisations the text names, found when first asked
        self.headline_lines: dict[int, bool] = {}  # _headline(), by where the line starts

    @property
    def index(self) -> WordIndex | None:
        """The text's word index when the text is long (built at the first lookup), else None."""
        if self._index is None and self.long:
            self._index = WordIndex(self.text)
        return self._index

    def organisations(self) -> _Organisations:
        if self.orgs is None:
            self.orgs = _Organisations(self)
        return self.orgs

    def _is_name_word(self, word: str) -> bool:
        if not word[:1].isupper():
            return False
        known = self.name_words.get(word)
        if known is None:
            lower = word.lower().rstrip(".")
            lex = self.lexicon
            known = self.name_words[word] = (
                lower not in lex.non_names
                and lower not in lex.titles
                and lower not in lex.honorific_index
                and lower not in lex.pronoun_index
                and lower not in _function_words(lex)
                and lower not in lex.cue_index
                and not _CONTRACTION.search(word)  # "There's", "I'm"
                and not (lower.endswith("ly") and lower not in FIRST_NAME_GENDERS)  # "Presently", not "Emily"
            )
        return known

    def occurrences(self, word: str) -> int:
        """How often *word* stands as a whole word in the text, counting to 3 at most."""
        if word in self.counts:
            return self.counts[word]
        # every occurrence may be looked at (a limit past the text's length), up to 3 whole ones
        hits = whole_word_hits(self.text, word, len(self.text) + 1, self.index)
        count = sum(1 for _ in itertools.islice(hits, 3))
        self.counts[word] = count
        return count

    def run_at(self, start: int, end: int) -> tuple[int, int]:
        """The run of name words around the word at [start, end), without a possessive "'s"."""
        start, end = self._name_start(start), self._name_end(end)
        if self.text.endswith(_POSSESSIVE_ENDS, start, end) and end - 2 > start:
            end -= 2
        return start, end

    def runs(self, word: str) -> dict[str, _Run]:
        """Every run of name words holding *word*, by its text, with its count and honorifics."""
        found = self.runs_of.get(word)
        if found is not None:
            return found
        found = {}
        text = self.text
        for start, end in whole_word_hits(text, word, _SEARCH_LIMIT, self.index):
            start, end = self.run_at(start, end)
            name = text[start:end]
            run = found.get(name)
            if run is None:
                run = found[name] = _Run(name, Span.of(text, start, end), _tokens(name))
            if len(run.tokens) > 1 and self._headline(start):
                run.headlines += 1
            else:
                run.count += 1
            run.starts.append(start)
            before = self._word_before(start)
            if before is not None:
                lower = before[2].lower().rstrip(".")
                if lower in self.lexicon.honorific_index:
                    run.honorifics.add(lower)
        self.runs_of[word] = found
        return found

    def _headline(self, pos: int) -> bool:
        """Whether *pos* lies in a line set in title case ("Jane Doe Wins The Vote"), where a run
        of capitalised words is no evidence of a longer name (cached by line)."""
        text = self.text
        start = max(text.rfind("\n", 0, pos) + 1, pos - 300)
        known = self.headline_lines.get(start)
        if known is None:
            end = text.find("\n", pos, pos + 300)
            words = [w for w in text[start : end if end >= 0 else pos + 300].split() if len(w) > 2 and w[0].isalpha()]
            capitals = sum(1 for w in words if w[0].isupper())
            known = self.headline_lines[start] = len(words) >= 4 and capitals >= 0.8 * len(words)
        return known

    def name_of(self, mention: str) -> _Found:
        """A name mention's full name, as the module's first mechanism finds it (cached)."""
        known = self.names_of.get(mention)
        if known is None:
            known = self.names_of[mention] = self._resolve_name(mention)
        return known

    def _resolve_name(self, mention: str) -> _Found:
        lex = self.lexicon
        honorific, bare, written = _strip_honorific(mention, lex)
        if len(bare) > 1 and bare.isupper():
            bare = bare.title()  # a name in capitals (a transcript's "CRANE:") is the text's Crane
        hon_gender = lex.honorific_index.get(honorific, "")
        identity = _honorific_identity(honorific, lex)
        tokens = _tokens(bare)
        if not tokens or len(tokens[-1]) < 2:
            return _Found(bare, None, "", "name", hon_gender, "")
        runs = self.runs(tokens[-1])
        wanted = set(tokens)
        # the honorifics the document gives this surname: two that differ make two people
        identities = {_honorific_identity(h, lex) for run in runs.values() for h in run.honorifics} - {""}
        if identity:
            identities.add(identity)
        apart = any(_identities_differ(a, b) for a, b in itertools.combinations(identities, 2))
        # two honorifics of this one's gender (Mrs. and Miss Doe): a full name needs its honorific to join
        strict = sum(1 for i in identities if _identity_gender(i) == hon_gender) > 1 if hon_gender else False
        markers = lex.organisation_marker_index
        fuller = [
            r
            for r in runs.values()
            if len(r.tokens) > len(tokens)
            and wanted <= set(r.tokens)
            # an organisation's name is a fuller name only when it adds markers ("Acme" -> "Acme Corp"):
            # "Fielding High School" is no full name of Fielding
            and (
                not any(t.lower().rstrip(".") in markers for t in r.tokens)
                or all(t in wanted or t.lower().rstrip(".") in markers for t in r.tokens)
            )
        ]
        excluded = False
        if honorific:
            kept = []
            for run in fuller:
                first = _first_name_gender(run.tokens)
                run_identities = {_honorific_identity(h, lex) for h in run.honorifics} - {""}
                if (hon_gender and first == _other(hon_gender)) or any(
                    _identities_differ(identity, other) for other in run_identities
                ):
                    excluded = True  # "Mr. Doe" is not Jane Doe, nor the "Mrs. Jane Doe" of the text
                elif strict and identity not in run_identities:
                    excluded = True  # a Mrs. and a Miss Doe: which one Jane Doe is, only her honorific tells
                else:
                    kept.append(run)
            fuller = kept
            if apart and _several_people(fuller):
                fuller = []  # "Miss Doe" beside Jane Doe and Ann Doe: she keeps her honorific
        elif apart and len(tokens) == 1 and (not fuller or _several_people(fuller)):
            # "Doe" beside "Mr. Doe" and "Mrs. Doe"; beside them and Jane Doe, it is Jane Doe, the one the
            # text names in full
            return _Found(None, None, "", None, "", "")
        if fuller:
            chosen = _most_frequent(fuller)
            title = self._title_of(chosen)
            return _Found(chosen.text, chosen.span, title, "alias", hon_gender, _first_name_gender(chosen.tokens))
        # the mention is its own name: with its honorific when that tells it from another person
        name = written if honorific and (apart or excluded) else bare
        own = runs.get(bare)
        title = self._title_of(own) if own is not None and bare == own.text else ""
        # a lone word is a first name ("Dan") unless the text uses it as the surname of a full name
        surname = len(tokens) == 1 and any(len(r.tokens) > 1 for r in runs.values())
        first = "" if surname else _first_name_gender(tokens)
        return _Found(name, None, title, "name", hon_gender, first)

    def _title_of(self, run: _Run) -> str:
        """The title beside the first few occurrences of a run, the first found."""
        for start in run.starts[:4]:
            title = self._title_near(start, start + len(run.text))
            if title:
                return title
        return ""

    def _word_before(self, pos: int) -> tuple[int, int, str] | None:
        text = self.text
        if pos < 2 or text[pos - 1] != " ":
            return None
        end = pos - 1
        start = end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'\N{RIGHT SINGLE QUOTATION MARK}."):
            start -= 1
        if start == end:
            return None
        word = text[start:end]
        if (
            word.endswith(".")
            and len(word.rstrip(".")) > 1
            and word.rstrip(".").lower() not in self.lexicon.honorific_index
        ):
            return None  # a full stop ends a sentence, except after an initial ("J.") or "Mr."
        return start, end, word

    def _name_start(self, pos: int) -> int:
        """Where the name words before *pos*, each followed by one space, begin; *pos* when there are none.

        A capitalised word that opens its sentence and that the text also writes in
        lower case ("Presently", "There's") is the sentence's first word, not a name's.
        """
        while (m := self._word_before(pos)) is not None and self._is_name_word(m[2]):
            if self._opens_sentence(m[0]) and self.occurrences(m[2].lower()) > 0:
                break
            pos = m[0]
        return pos

    def _opens_sentence(self, pos: int) -> bool:
        """Whether nothing but white space and quotation marks stands between *pos* and a sentence's start."""
        text = self.text
        i = pos
        while i > 0 and (text[i - 1].isspace() or text[i - 1] in "\"'\N{LEFT DOUBLE QUOTATION MARK}_("):
            if text[i - 1] == "\n":
                return True
            i -= 1
        return i == 0 or text[i - 1] in ".!?:;\N{RIGHT DOUBLE QUOTATION MARK}"

    def _name_end(self, pos: int) -> int:
        """Where the name words after *pos*, each after one space, end; *pos* when there are none."""
        text = self.text
        # a name word opens with a capital: the letter is looked at before the (costlier) regex match
        while pos + 1 < len(text) and text[pos] == " " and text[pos + 1].isupper():
            m = _WORD.match(text, pos + 1)
            if m is None or not self._is_name_word(m.group()):
                break
            pos = m.end()
        return pos

    def titled(self, role: str, *, generic: bool = False) -> list[tuple[str, Span, str]]:
        """Every named person the text gives the role noun *role*: (name, span, title).

        "Foreign Minister Anna Berg" and "Nikolai Snopkov, first deputy prime
        minister of Belarus," both count; "Jane Doe, an aide to the minister," and
        "Jane Doe, the ministry's adviser," do not (the role word must head the
        appositive). For a *generic* word, not a known role noun ("DJ"), only an
        appositive to a name of two words or more counts, or the word in capitals
        right before such a name ("DJ Jane Doe").
        """
        if self.lower is None:
            self.lower = self.text.lower()
            if self.long:
                self.lower_index = WordIndex(self.lower)
        text, lower = self.text, self.lower
        found: list[tuple[str, Span, str]] = []
        for i, pos in whole_word_hits(lower, role, _SEARCH_LIMIT, self.lower_index):
            # a name right after the title: "Foreign Minister Anna Berg"
            start, end = pos, self._name_end(pos)
            if end > start and (not generic or (text[i:pos].isupper() and self._person_like(text[start + 1 : end]))):
                name_start = start + 1
                title_start = self._title_start(i)
                found.append((text[name_start:end], Span.of(text, name_start, end), text[title_start:pos]))
                continue
            # an appositive: "Nikolai Snopkov, first deputy prime minister of Belarus,"
            comma = text.rfind(", ", max(0, i - 60), i)
            if comma > 0 and "," not in text[comma + 2 : i] and _heads(text, comma + 2, i, pos):
                name_end = comma
                name_start = self._name_start(name_end)
                if name_start < name_end and (not generic or self._person_like(text[name_start:name_end])):
                    stop = text.find(",", pos, pos + 80)
                    title_end = stop if stop > 0 else pos
                    found.append(
                        (text[name_start:name_end], Span.of(text, name_start, name_end), text[comma + 2 : title_end])
                    )
        return found

    def _person_like(self, name: str) -> bool:
        """Whether *name* reads as a person's full name: two name words or more, none of an organisation."""
        tokens = _tokens(name)
        markers = self.lexicon.organisation_marker_index
        return len(tokens) > 1 and not any(t.lower().rstrip(".") in markers for t in tokens)

    def _title_start(self, pos: int) -> int:
        """Where the title words just before *pos* begin ("Foreign Minister", "deputy prime
        minister of"): capitalised words, title words, "and", "of"; *pos* when there are none."""
        lex = self.lexicon
        while True:
            m = self._word_before(pos)
            if m is None:
                return pos
            lower = m[2].lower().rstrip(".")
            if lower in lex.titles or lower in ("and", "of") or (m[2][:1].isupper() and lower not in lex.non_names):
                pos = m[0]
            else:
                return pos

    def _title_near(self, start: int, end: int) -> str:
        """The title before a name ("Foreign Minister") or in the appositive after it."""
        text = self.text
        lex = self.lexicon
        first = self._title_start(start)
        words = text[first : start - 1].split(" ") if first < start else []  # one space apart
        while words and words[0].lower() in ("and", "of"):
            words.pop(0)
        if any(w.lower().rstrip(".") in lex.role_nouns for w in words):
            return " ".join(words)
        # ", first deputy prime minister of Belarus,"
        if text[end : end + 2] == ", ":
            stop = text.find(",", end + 2, end + 120)
            if stop > 0:
                appositive = text[end + 2 : stop]
                if any(w.lower() in lex.role_nouns for w in _WORD.findall(appositive)):
                    return appositive
        return ""

    def subjects(self, lo: int, hi: int) -> Iterator[tuple[int, str, str]]:
        """The names that open a sentence in [lo, hi), after any title: (position, name, honorific).

        "Sen. Tom Barrett disagreed." gives "Tom Barrett"; a name followed by "'s" or
        by the end of its sentence is no subject.
        """
        text, lex = self.text, self.lexicon
        for m in _SENTENCE_START.finditer(text, lo, hi):
            pos = m.end()
            name_start = name_end = -1
            honorific = ""
            while pos < hi:
                w = _WORD.match(text, pos)
                if w is None or not w.group()[:1].isupper():
                    break
                word = w.group()
                lower = word.lower()
                end = w.end()
                if end < len(text) and text[end] == "." and lower in lex.honorific_index | lex.role_abbreviation_index:
                    end += 1  # "Mr.", "Sen."
                if lower in lex.honorific_index:
                    honorific, name_start = lower, -1
                elif lower in lex.titles or lower in lex.role_abbreviation_index:
                    name_start = -1  # a title: the name comes after it
                elif self._is_name_word(word):
                    if name_start < 0:
                        name_start = w.start()
                    name_end = w.end()
                else:
                    break
                if text[end : end + 1] != " ":
                    pos = end
                    break
                pos = end + 1
            if name_start < 0 or name_end <= name_start:
                continue
            if text.startswith(_POSSESSIVE_ENDS, name_end):
                continue
            after = text[name_end : name_end + 2]
            if not (after[:1] == "," or (after[:1] == " " and after[1:2].islower())):
                continue
            yield name_start, text[name_start:name_end], honorific


class _Organisations:
    """The organisations a text names, by the words of their names, Reuters tags and tickers (internal)."""

    def __init__(self, names: _Names) -> None:
        self.names = names
        self.kinds: dict[str, set[str]] = {}  # name -> kinds
        self.spans: dict[str, Span] = {}  # name -> where first named
        self.positions: dict[str, list[int]] = {}  # name -> where named, in text order
        text, lex = names.text, names.lexicon
        markers = lex.organisation_marker_index
        for m in _TAG.finditer(text):
            inner = m.group(1).strip()
            if not inner or inner != m.group(1):
                continue
            if " " not in inner and not any(c.islower() for c in inner):
                self._ticker_of(m.start())  # <ACME>: the ticker of the name before it
            elif inner[:1].isupper():
                self._add(inner, m.start(1), {"company"})
        for m in _TICKER.finditer(text):
            exchange = m.group(1)
            if (exchange and exchange.lower() in lex.stock_exchanges) or (not exchange and "." in m.group(2)):
                self._ticker_of(m.start())
        if markers:
            for m in _marker_pattern(lex).finditer(text):
                start, end = names.run_at(m.start(), m.end())
                end = self._of_phrase(end)
                tokens = _tokens(text[start:end])
                if len(tokens) < 2:
                    continue  # "The Ministry said": a description, not a name
                kinds = {markers[t.lower().rstrip(".")] for t in tokens if t.lower().rstrip(".") in markers}
                if kinds:
                    self._add(text[start:end], start, kinds)
        for positions in self.positions.values():
            positions.sort()

    def _ticker_of(self, bracket: int) -> None:
        text = self.names.text
        if bracket < 2 or text[bracket - 1] != " ":
            return
        end = bracket - 1
        start = self.names._name_start(bracket)
        if start < end:
            self._add(text[start:end], start, {"company"})

    def _of_phrase(self, end: int) -> int:
        """Past "of Finance" in "Ministry of Finance", "Bank of England"."""
        text = self.names.text
        if text.startswith(" of ", end) and end + 4 < len(text) and text[end + 4].isupper():
            after = self.names._name_end(end + 3)
            if after > end + 4:
                return after
        return end

    def _add(self, name: str, start: int, kinds: set[str]) -> None:
        text = self.names.text
        known = self.kinds.get(name)
        if known is None:
            self.kinds[name] = set(kinds)
            self.spans[name] = Span.of(text, start, start + len(name))
            self.positions[name] = [start]
        else:
            known.update(kinds)
            self.positions[name].append(start)

    def of_kind(self, wanted: frozenset[str]) -> list[str]:
        return [name for name, kinds in self.kinds.items() if kinds & wanted]

    def last_before(self, name: str, pos: int) -> int:
        """Where *name* was last named before *pos*, -1 if it was not."""
        best = -1
        for p in self.positions.get(name, ()):
            if p >= pos:
                break
            best = p
        return best


@functools.lru_cache(maxsize=8)
def _marker_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The organisation markers as they stand in names: "Corp", "CORP", "Ministry"."""
    forms = sorted({f for w in lexicon.organisation_marker_index for f in (w.capitalize(), w.upper())}, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


def _heads(text: str, start: int, word: int, pos: int) -> bool:
    """Whether the word at [word, pos) heads the phrase that starts at *start*: no preposition
    before it ("a minister with the church" is a minister), and after it a comma, the end, or a
    preposition ("minister of Belarus", "the DJ,"), not "'s adviser" or a noun it modifies."""
    if any(w.lower() in _PREPOSITIONS for w in text[start:word].split()):
        return False
    rest = text[pos : pos + 6]
    if not rest or rest[0] in ",;.)\n":
        return True
    if rest[0] != " ":
        return False
    nxt = rest[1:].split(" ", 1)[0].lower()
    return nxt in ("of", "for", "at", "in", "to", "and", "from", "on", "who", "said", "says")


@functools.lru_cache(maxsize=4096)
def _tokens(name: str) -> tuple[str, ...]:
    # the same names and mentions come back within a document and across documents,
    # and a cache hit costs far less than the regex call
    return tuple(_WORD.findall(name))


def _first_name_gender(tokens: Sequence[str]) -> str:
    """The gender the census table gives the first word of a full name, "" when it gives none."""
    return FIRST_NAME_GENDERS.get(tokens[0].lower(), "") if tokens else ""


def _most_frequent(runs: list[_Run]) -> _Run:
    """The full name of *runs* met most often in running text, then in headlines; of two as
    frequent, the longer when one holds the other's words ("Jane Doe", "Jane Mary Doe"), else the
    one that opens with a known first name, else the first the text introduces (news gives the
    other person's full name each time)."""
    runs = sorted(runs, key=lambda r: (-r.count, -r.headlines, -len(r.text), r.span.start))
    best = runs[0]
    for other in runs[1:]:
        if (other.count, other.headlines) < (best.count, best.headlines):
            break
        if not (set(other.tokens) <= set(best.tokens)) and (
            (_first_name_gender(other.tokens) != "", -other.span.start)
            > (_first_name_gender(best.tokens) != "", -best.span.start)
        ):
            best = other  # of two people, one whose name opens with a first name ("Tony Last", not "Harvest Tony")
    return best


def _strip_honorific(mention: str, lexicon: Lexicon) -> tuple[str, str, str]:
    """("Mr. Lind") -> ("mr", "Lind", "Mr. Lind"): the honorific (lower case, no full stop),
    the name without it, and the mention without a leading "the"."""
    words = mention.split()
    while words and not words[0][:1].isalnum():
        words.pop(0)  # ". Jane Doe": a mention cut after a title's full stop
    if len(words) > 1 and words[0].lower() == "the":
        words.pop(0)
    written = " ".join(words)
    honorific = ""
    while len(words) > 1 and words[0].lower().rstrip(".") in lexicon.honorific_index:
        honorific = honorific or words[0].lower().rstrip(".")
        words.pop(0)
    return honorific, " ".join(words), written
