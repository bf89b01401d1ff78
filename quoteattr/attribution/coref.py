"""Speaker resolution: from the mention as written to the full name.

quoteattr does no general coreference. It links a speaker mention to a name
with four mechanisms, each a small pure function of the statements and the
text, applied in this order:

1. a name mention ("Wang", "Mr. Lind") becomes the longest full name in the
   document that contains it ("Wang Yi", "Tomas Lind"), whether or not that
   person spoke before;
2. a name that occurs nowhere else and is one edit away from a known person's
   name ("Wand" beside "Wang Yi") is taken for a typo of it (``regex`` fuzzy
   matching);
3. a role mention ("the minister", "Chinese FM") links to the one named person
   whose title holds those words, and stays unresolved when several do;
4. a pronoun links to the last named speaker whose known gender and number
   agree, and failing that to the last named speaker ("it" only to an
   organisation, "I", "we" and "you" to nobody).

Speakers and statements are replaced with new ones; none is ever mutated.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from quoteattr._model import MentionForm, Span
from quoteattr.lexicon import Lexicon
from quoteattr.segment import INDEX_MIN_LENGTH, WordIndex, whole_word_hits

__all__ = ["Mention", "Resolution", "resolve_mentions"]

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}\-]*+")
_GENDERED = regex.compile(r"(?<![\p{L}])(?i:he|she|his|her)(?![\p{L}])")
# the same in lower-case ASCII, opening with a letter so that the (stdlib) search skips ahead to an "h" or "s"
_GENDERED_ASCII = re.compile(r"[hs](?<![a-z][hs])(?:(?<=h)(?:er?|is)|(?<=s)he)(?![a-z])")
_LETTER = regex.compile(r"\p{L}")
_SEARCH_LIMIT = 200  # occurrences of a name looked at, at most, per lookup


@attrs.define
class _Person:
    """A person (or organisation) as far as the document tells (internal)."""

    name: str
    span: Span | None
    title: str = ""
    gender: str = ""
    number: str = "sg"
    org: bool = False


@functools.lru_cache(maxsize=256)
def _fuzzy(token: str) -> regex.Pattern[str]:
    # one edit (substitution, insertion or deletion), best match; the last 256 tokens' patterns are kept
    return regex.compile(f"(?:{regex.escape(token)}){{e<=1}}", regex.BESTMATCH | regex.IGNORECASE)


class _Names:
    """Full names met in one text, looked up lazily by surname (internal)."""

    def __init__(self, text: str, lexicon: Lexicon, index: WordIndex | None = None) -> None:
        self.text = text
        self.lexicon = lexicon
        self.cache: dict[str, tuple[str, Span, str] | None] = {}
        self.names_of: dict[str, tuple[tuple[str, Span, str] | None, str, str]] = {}  # name_of(), by mention
        self.lower: str | None = None
        self.long = len(text) >= INDEX_MIN_LENGTH
        self._index = index  # the caller's index of the text, if it built one
        self.lower_index: WordIndex | None = None  # of the lower-case text, when long
        self.counts: dict[str, int] = {}  # occurrences(), by word
        self.name_words: dict[str, bool] = {}  # _is_name_word() of capitalised words: names and titles recur
        self.roles_taken: set[str] = set()  # role nouns whose titled people are in the people table
        self.title_words: dict[str, set[str]] = {}  # a title's words, lower case, abbreviations expanded

    @property
    def index(self) -> WordIndex | None:
        """The text's word index when the text is long (built at the first lookup), else None."""
        if self._index is None and self.long:
            self._index = WordIndex(self.text)
        return self._index

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
                and lower not in lex.cue_index
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

    def full_name(self, word: str) -> tuple[str, Span, str] | None:
        """The longest run of name words holding *word*, its span and the title beside it."""
        if word in self.cache:
            return self.cache[word]
        text = self.text
        best_start, best_end = 0, -1
        for start, end in whole_word_hits(text, word, _SEARCH_LIMIT, self.index):
            # extend over the name words on both sides
            start, end = self._name_start(start), self._name_end(end)
            if end - start > best_end - best_start:  # the first of the longest runs
                best_start, best_end = start, end
        best = None
        if best_end >= 0:
            best = (
                text[best_start:best_end],
                Span.of(text, best_start, best_end),
                self._title_near(best_start, best_end),
            )
        self.cache[word] = best
        return best

    def name_of(self, mention: str) -> tuple[tuple[str, Span, str] | None, str, str]:
        """A name mention's full name (as ``full_name`` gives it) if it has one, its words without
        honorific, and the honorific's gender (cached: a document names its speakers again and again)."""
        known = self.names_of.get(mention)
        if known is None:
            bare, gender = _strip_honorific(mention, self.lexicon)
            if len(bare) > 1 and bare.isupper():
                bare = bare.title()  # a name in capitals (a transcript's "CRANE:") is the text's Crane
            tokens = _tokens(bare)
            full: tuple[str, Span, str] | None = None
            if tokens:
                found = self.full_name(tokens[-1]) if len(tokens[-1]) > 1 else None
                if found is not None and len(found[0]) >= len(bare):
                    found_tokens = _tokens(found[0])
                    if all(t in found_tokens for t in tokens):
                        full = found
            known = self.names_of[mention] = (full, bare, gender)
        return known

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

    def titled(self, role: str) -> list[tuple[str, Span, str]]:
        """Every named person the text gives the role noun *role*: (name, span, title).

        "Foreign Minister Anna Berg" and "Nikolai Snopkov, first deputy prime
        minister of Belarus," both count.
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
            if end > start:
                name_start = start + 1
                title_start = self._title_start(i)
                found.append((text[name_start:end], Span.of(text, name_start, end), text[title_start:pos]))
                continue
            # an appositive: "Nikolai Snopkov, first deputy prime minister of Belarus,"
            comma = text.rfind(", ", max(0, i - 60), i)
            if comma > 0 and "," not in text[comma + 2 : i]:
                name_end = comma
                name_start = self._name_start(name_end)
                if name_start < name_end:
                    stop = text.find(",", pos, pos + 80)
                    title_end = stop if stop > 0 else pos
                    found.append(
                        (text[name_start:name_end], Span.of(text, name_start, name_end), text[comma + 2 : title_end])
                    )
        return found

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


@functools.lru_cache(maxsize=4096)
def _tokens(name: str) -> tuple[str, ...]:
    # the same names and mentions come back within a document and across documents,
    # and a cache hit costs far less than the regex call
    return tuple(_WORD.findall(name))


def _strip_honorific(mention: str, lexicon: Lexicon) -> tuple[str, str]:
    """("Mr. Lind") -> ("Lind", "m"): the name without honorific, and its gender."""
    words = mention.split()
    gender = ""
    while len(words) > 1 and words[0].lower().rstrip(".") in lexicon.honorific_index:
        gender = gender or lexicon.honorific_index[words[0].lower().rstrip(".")]
        words.pop(0)
    if words and words[0].lower() in ("the",):
        words.pop(0)
    return " ".join(words), gender


def _role_words(mention: str, lexicon: Lexicon) -> list[str]:
    words = []
    for w in _tokens(mention):
        lower = w.lower().rstrip(".")
        if lower in lexicon.determiners:
            continue
        expanded = lexicon.role_abbreviation_index.get(lower)
        words.extend(expanded.split() if expanded else [lower])
    return words


class Mention(NamedTuple):
    """A statement's speaker as resolution reads it, before any ``Speaker`` is built.

    ``extract`` hands these to ``resolve_mentions`` and builds each ``Speaker``
    once, from the mention and its resolution.
    """

    span: Span
    form: MentionForm
    title: str | None
    antecedent: Span | None
    content: Sequence[tuple[int, int]]  # the statement's content parts, (start, end), for a gender hint


Resolution = tuple[str | None, Span | None, str | None]
"""A mention's ``(name, antecedent, title)``: the speaker's fields resolution fills."""


def resolve_mentions(
    text: str, mentions: Sequence[Mention], lexicon: Lexicon, index: WordIndex | None = None
) -> list[Resolution]:
    """The ``(name, antecedent, title)`` of each speaker mention of *text*, given in document order."""
    names = _Names(text, lexicon, index)
    people: dict[str, _Person] = {}
    persons: list[_Person | None] = []  # whom each mention names or describes; roles and pronouns come later
    person: _Person | None

    # names and descriptions first: roles may point forward ("...: Chinese FM")
    for m in mentions:
        if m.form is MentionForm.NAME:
            named = _name_person(m.span.text, m.span, m.title, names, people, lexicon)
            if not named.gender:
                named.gender = _gender_hint(text, m.content, lexicon)
            persons.append(named)
        elif m.form is MentionForm.DESCRIPTION:
            words = _tokens(m.span.text)
            head = words[-1].lower() if words else ""
            plural = head.endswith("s") and not head.endswith("ss")
            persons.append(_Person(m.span.text, m.span, number="pl" if plural else "sg", org=not plural))
        else:
            persons.append(None)

    # typos of a known name: one edit away, and the mention occurs nowhere else
    antecedents = [m.antecedent for m in mentions]  # a typo's antecedent becomes the name it misspells
    near: dict[tuple[str, int], list[str]] | None = None  # full names by a word's first letter and length
    for k, (m, candidate) in enumerate(zip(mentions, persons, strict=True)):
        if candidate is None or m.form is not MentionForm.NAME or " " in candidate.name:
            continue
        token = candidate.name
        if len(token) < 4 or names.occurrences(token) > 1:
            continue
        if near is None:
            near = _by_first_letter_and_length(people)
        # _fuzzy_matches needs a word of the name with the token's first letter and a length
        # within one of its: only those names are tried, not every person of a long text
        tried = {n for d in (-1, 0, 1) for n in near.get((token[:1].lower(), len(token) + d), ())}
        matches = {name for name in tried if name != token and _fuzzy_matches(token, name)}
        if len(matches) == 1:
            target = people[matches.pop()]
            persons[k], antecedents[k] = target, target.span

    out: list[Resolution] = []
    # the people who spoke, each once, in the order of their last statement (by id: a
    # _Person is mutable): a pronoun looks back over people, not over every statement
    history: dict[int, _Person] = {}
    for m, person, antecedent in zip(mentions, persons, antecedents, strict=True):
        name: str | None = None
        title = m.title
        if m.form is MentionForm.ROLE:
            person = _role_person(m.span.text, names, people, lexicon)
            name, antecedent = (person.name, person.span) if person else (None, None)
        elif m.form is MentionForm.PRONOUN and antecedent is not None:
            # a relative pronoun ("Lind, who said") stands for the name before it
            person = _name_person(antecedent.text, antecedent, m.title, names, people, lexicon)
            name = person.name
        elif m.form is MentionForm.PRONOUN:
            word = m.span.text.lower()
            person = _pronoun_person(word, history, lexicon)
            if person is not None:
                gender = lexicon.pronoun_index.get(word, ("", ""))[0]
                if gender in ("m", "f") and not person.gender and not person.org:
                    person.gender = gender
            name, antecedent = (person.name, person.span) if person else (None, None)
        elif m.form is MentionForm.NAME and person is not None:
            name, title = person.name, m.title or person.title or None
            if antecedent is None and person.span is not None and person.span != m.span:
                antecedent = person.span
        elif m.form is MentionForm.DESCRIPTION:
            name = m.span.text  # a description that is no name stands for itself
        if person is not None:
            history.pop(id(person), None)
            history[id(person)] = person
        out.append((name, antecedent, title))
    return out


def _gender_hint(text: str, content: Sequence[tuple[int, int]], lexicon: Lexicon) -> str:
    """The gender of the first "he", "she", "his" or "her" in a statement's content.

    "Karen Holt said her budget was balanced": the "her" is most likely hers.
    """
    m: re.Match[str] | regex.Match[str] | None
    for start, end in content:
        part = text[start:end]
        if part.isascii():
            # the usual case, searched in lower case with the (here faster) stdlib: the letters
            # are a-z, and only the letter before the part is left to look at
            low = part.lower()
            m = _GENDERED_ASCII.search(low)
            if m is not None and m.start() == 0 and start > 0 and _LETTER.match(text, start - 1):
                m = _GENDERED_ASCII.search(low, 1)
        else:
            m = _GENDERED.search(text, start, end)
        if m is not None:
            w = m.group().lower()
            return lexicon.pronoun_index.get(w, ("", ""))[0] or lexicon.possessive_index.get(w, "")
    return ""


def _by_first_letter_and_length(people: dict[str, _Person]) -> dict[tuple[str, int], list[str]]:
    near: dict[tuple[str, int], list[str]] = {}
    for name in people:
        if " " in name:
            for word in set(_tokens(name)):
                near.setdefault((word[:1].lower(), len(word)), []).append(name)
    return near


def _fuzzy_matches(token: str, name: str) -> bool:
    pattern = _fuzzy(token)
    for word in _tokens(name):
        if word[:1].lower() == token[:1].lower() and abs(len(word) - len(token)) <= 1 and pattern.fullmatch(word):
            return True
    return False


def _name_person(
    mention: str, span: Span, title: str | None, names: _Names, people: dict[str, _Person], lexicon: Lexicon
) -> _Person:
    """The person a name *mention* (at *span*, given *title*) stands for, joining *people* if new."""
    full, bare, gender = names.name_of(mention)
    name = full[0] if full else bare
    person = people.get(name)
    if person is None:
        person = _Person(name, full[1] if full else span, title=(full[2] if full else "") or (title or ""))
        people[name] = person
    if gender and not person.gender:
        person.gender = gender
    if title and not person.title:
        person.title = title
    return person


def _role_person(mention: str, names: _Names, people: dict[str, _Person], lexicon: Lexicon) -> _Person | None:
    wanted = _role_words(mention, lexicon)
    heads = [w for w in wanted if w in lexicon.role_nouns]
    if not heads:
        return None
    # The people the text titles with this role noun join the table once: a second pass
    # would change nothing, as people are never removed and a title, once set, stays.
    # (It cost a search of the document for every statement by "the minister".)
    if heads[-1] not in names.roles_taken:
        names.roles_taken.add(heads[-1])
        for name, span, title in names.titled(heads[-1]):
            full = names.full_name(_tokens(name)[-1]) if _tokens(name) else None
            if full is not None and name in full[0]:
                name, span = full[0], full[1]
            if name in people:
                if not people[name].title:
                    people[name].title = title
            else:
                people[name] = _Person(name, span, title=title)
    titled = [p for p in people.values() if p.title]
    for required in (wanted, [w for w in wanted if w in lexicon.titles]):
        if not required:
            continue
        found = [p for p in titled if set(required) <= _title_words(p.title, names)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            return None
    return None


def _title_words(title: str, names: _Names) -> set[str]:
    """The words of *title* in lower case, with the expansions of its abbreviations (cached)."""
    words = names.title_words.get(title)
    if words is None:
        words = {w.lower().rstrip(".") for w in _tokens(title)} | _expand(title, names.lexicon)
        names.title_words[title] = words
    return words


def _expand(title: str, lexicon: Lexicon) -> set[str]:
    out = set()
    for w in _tokens(title):
        expanded = lexicon.role_abbreviation_index.get(w.lower().rstrip("."))
        if expanded:
            out.update(expanded.split())
    return out


def _pronoun_person(word: str, history: dict[int, _Person], lexicon: Lexicon) -> _Person | None:
    """The person the pronoun *word* (lower case) stands for, looking back over *history*."""
    gender, number = lexicon.pronoun_index.get(word, ("", ""))
    if word in lexicon.possessive_index:  # "his claim", "their view"
        gender, number = lexicon.possessive_index[word], "sg"
    elif word == "their":
        number = "pl"
    if word in ("i", "we", "you"):
        return None
    if gender == "n":
        for p in reversed(history.values()):
            if p.org:
                return p
        return None
    if number == "pl":
        for p in reversed(history.values()):
            if p.number == "pl":
                return p
    else:
        # the most recent person whose known gender does not disagree
        for p in reversed(history.values()):
            if not p.org and p.number == "sg" and p.gender in ("", gender):
                return p
    return next(reversed(history.values())) if history else None
