"""People: who speaks in a document, as a reader counts them. Names cluster into people only when
the text or a cast list says they are one ("Jane" and "Jane Doe"); honorifics keep people apart
("Mr. Doe", "Mrs. Doe" and "Miss Doe" are three). ``quoteattr.conversation`` and attribution key
every speaker by person; ``people`` lists a document's."""

from __future__ import annotations

import collections
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import attrs
import regex

from quoteattr._model import MentionForm, Statement
from quoteattr.lexicon import HONORIFICS
from quoteattr.lexicon_names import FIRST_NAME_GENDERS

__all__ = ["NARRATOR", "TITLES", "CastMember", "Person", "name_words", "people", "person_keys"]

_PRONOUN_GENDER: Final = {"he": "m", "she": "f", "him": "m", "her": "f"}


_WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


_GENDER_VOTES = 2  # pronouns after a person's tags needed to give them a gender, two thirds of them agreeing

NARRATOR: Final = "narrator"
"""The key of the first-person narrator, the speaker of tags such as "I said"."""


TITLES: Final[Mapping[str, str]] = {
    **HONORIFICS,
    "aunt": "f",
    "baron": "m",
    "baroness": "f",
    "captain": "",
    "colonel": "",
    "count": "m",
    "countess": "f",
    "doctor": "",
    "duchess": "f",
    "duke": "m",
    "father": "m",
    "frau": "f",
    "general": "",
    "herr": "m",
    "king": "m",
    "madame": "f",
    "mademoiselle": "f",
    "major": "",
    "master": "m",
    "mlle": "f",
    "mme": "f",
    "monsieur": "m",
    "mother": "f",
    "mrs": "f",
    "professor": "",
    "queen": "f",
    "signor": "m",
    "signora": "f",
    "sister": "f",
    "uncle": "m",
}
"""Words that may stand before a name as part of it ("Mr.", "Aunt", "Colonel") -> gender ("" unknown).

The honorifics of ``quoteattr.lexicon`` and the titles of address of fiction.
Two names with different titles are never one person.
"""


@attrs.frozen
class CastMember:
    """A character the caller knows: a main name, its aliases and gender ("m", "f" or "")."""

    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=tuple[str, ...])
    gender: str = ""

    @classmethod
    def from_dict(cls, entry: Mapping[str, Any]) -> CastMember:
        """A cast member from ``{"name", "aliases", "gender"}`` (PDNC's ``entities``; gender "M"/"F")."""
        gender = str(entry.get("gender") or "").lower()[:1]
        return cls(str(entry["name"]), tuple(entry.get("aliases") or ()), gender if gender in ("m", "f") else "")


@attrs.frozen
class Person:
    """One person who speaks in the document.

    ``key`` is stable for the document (the cast name, else the first full form
    of the name seen, lower case; ``"narrator"`` for the first-person narrator);
    ``name`` the name to show, ``aliases`` the forms seen, ``statements`` the
    quotations attributed to the person.
    """

    key: str
    name: str | None
    aliases: tuple[str, ...]
    gender: str
    statements: int


def name_words(name: str) -> tuple[str, tuple[str, ...]]:
    """A name as ``(title, words)``: its leading title (lower case, no full stop) and its other words.

    >>> name_words("Mr. Jan van Doe")
    ('mr', ('jan', 'van', 'doe'))
    >>> name_words("the Doctor")
    ('doctor', ())
    """
    words = [w.lower() for w in _WORD.findall(name)]
    if words and words[0] == "the":
        words = words[1:]
    if words and words[0] in TITLES:
        return words[0], tuple(words[1:])
    return "", tuple(words)


@attrs.define
class _Cluster:
    key: str
    cast_name: str | None
    forms: collections.Counter[str]
    titles: set[str]
    words: list[frozenset[str]]  # the word sets of its names, title left out
    cast_gender: str
    names: list[tuple[str, tuple[str, ...]]] = attrs.field(factory=list)  # (title, words) of each name
    first_names: collections.Counter[str] = attrs.field(factory=collections.Counter)
    pronouns: collections.Counter[str] = attrs.field(factory=collections.Counter)

    @property
    def gender(self) -> str:
        """The cast list's gender, else that of the titles, else of the first names in the name table."""
        if self.cast_gender:
            return self.cast_gender
        by_title = {TITLES[t] for t in self.titles if TITLES[t]}
        if len(by_title) == 1:
            return by_title.pop()
        if by_title:
            return ""
        by_name = {FIRST_NAME_GENDERS[w] for w in self.first_names if w in FIRST_NAME_GENDERS}
        if len(by_name) == 1:
            return by_name.pop()
        if not by_name and self.pronouns:
            (gender, votes), total = self.pronouns.most_common(1)[0], sum(self.pronouns.values())
            if votes >= _GENDER_VOTES and 3 * votes >= 2 * total:
                return gender
        return ""

    def display(self) -> str:
        """The cast name, else the most frequent of the most specific forms seen (with a title or two words)."""
        if self.cast_name is not None:
            return self.cast_name

        def rank(item: tuple[str, int]) -> tuple[bool, int, int]:
            title, words = name_words(item[0])
            return (bool(title) or len(words) > 1, item[1], len(item[0]))

        return max(self.forms.items(), key=rank)[0]


class _People:
    """The registry of people: cast members first, then clusters of the speakers' names."""

    def __init__(self, cast: Sequence[CastMember]) -> None:
        self.clusters: dict[str, _Cluster] = {}
        self.exact: dict[str, str | None] = {}  # normalised form -> key (None: several people)
        self.by_word: dict[str, set[str]] = collections.defaultdict(set)
        for member in cast:
            key = member.name.lower()
            if key in self.clusters:
                continue
            cluster = _Cluster(key, member.name, collections.Counter(), set(), [], member.gender)
            self.clusters[key] = cluster
            for form in (member.name, *member.aliases):
                self.add_form(cluster, form, count=None)

    @staticmethod
    def _norm(name: str) -> str:
        title, words = name_words(name)
        return " ".join((title, *words)) if title else " ".join(words)

    def add_form(self, cluster: _Cluster, form: str, count: int | None = 1) -> None:
        """Make *form* a name of *cluster*; *count* statements seen with it (``None``: a cast alias, not seen)."""
        title, words = name_words(form)
        norm = self._norm(form)
        if not norm:
            return
        if count is not None:
            cluster.forms[form] += count
        if title:
            cluster.titles.add(title)
        if words:
            cluster.words.append(frozenset(words))
            cluster.names.append((title, words))
            for word in words:
                self.by_word[word].add(cluster.key)
        owner = self.exact.get(norm, cluster.key)
        self.exact[norm] = cluster.key if owner == cluster.key else None
        if words and not title:
            cluster.first_names[words[0]] += 1

    def _compatible(self, cluster: _Cluster, title: str, words: frozenset[str], first: str) -> bool:
        """Whether a name (*title*, *words*, its *first* word) can be a name of *cluster*.

        Titles must agree, so must the gender of the title or of the first name of
        a full name, and the words of one name must all be in one of the other's.
        """
        if title and cluster.titles and title not in cluster.titles:
            return False
        gender = TITLES.get(title, "") or (FIRST_NAME_GENDERS.get(first, "") if len(words) > 1 and not title else "")
        if gender and cluster.gender and gender != cluster.gender:
            return False
        if not title and len(words) == 1 and self._only_her_surname(cluster, next(iter(words))):
            return False
        return any(words <= w or w <= words for w in cluster.words if w)

    @staticmethod
    def _only_her_surname(cluster: _Cluster, word: str) -> bool:
        """Whether *word* stands in *cluster* only as the surname after a woman's title ("Doe" of "Mrs. Doe").

        A surname alone names a man in the prose this reads ("Doe said"), so it
        does not join a woman known only as "Mrs. Doe" or "Miss Doe".
        """
        holding = [(t, w) for t, w in cluster.names if word in w]
        return bool(holding) and all(TITLES.get(t) == "f" and w[-1] == word for t, w in holding)

    def candidates(self, name: str) -> list[str]:
        """The keys of the people *name* can be, best first: the exact form, else all compatible people."""
        norm = self._norm(name)
        if norm in self.exact:
            key = self.exact[norm]
            return [key] if key is not None else []
        title, words = name_words(name)
        if not words:
            return []
        keys: set[str] = set()
        for word in words:
            keys |= self.by_word.get(word, set())
        wordset = frozenset(words)
        return sorted(k for k in keys if self._compatible(self.clusters[k], title, wordset, words[0]))

    def lookup(self, name: str) -> str | None:
        """The key of the one person *name* picks out, or ``None``."""
        keys = self.candidates(name)
        return keys[0] if len(keys) == 1 else None

    def add(self, name: str, count: int = 1) -> str:
        """The key of the person *name* belongs to, a new person when it fits none or several."""
        keys = self.candidates(name)
        if len(keys) == 1:
            key = keys[0]
        else:
            key = self._norm(name)
            while key in self.clusters:
                key += "'"
            self.clusters[key] = _Cluster(key, None, collections.Counter(), set(), [], "")
        self.add_form(self.clusters[key], name, count)
        return key

    def ensure_narrator(self) -> None:
        if NARRATOR not in self.clusters:
            self.clusters[NARRATOR] = _Cluster(NARRATOR, None, collections.Counter(), set(), [], "")

    def gender(self, key: str | None) -> str:
        return self.clusters[key].gender if key is not None and key in self.clusters else ""

    def display(self, key: str) -> str | None:
        cluster = self.clusters[key]
        if key == NARRATOR and not cluster.forms and cluster.cast_name is None:
            return None
        return cluster.display()


def people(statements: Iterable[Statement]) -> list[Person]:
    """The people who speak in one document's *statements* (as ``quoteattr.extract`` gives them),
    those with most statements first.

    A person is a ``Speaker.person`` key: its ``name`` is the name most often
    resolved to it, its ``aliases`` every name and mention of it, its gender what
    its names' honorifics, then their first names (the table of
    ``quoteattr.lexicon_names``), then the pronouns it is mentioned by say.

    >>> import quoteattr
    >>> text = ("“Ready?” asked Mrs. Holm.\\n\\n“Yes,” said Tomas Lind.\\n\\n“Go.”\\n\\n“Now?”\\n\\n"
    ...         "“Now.”\\n\\n“Fine,” she said.")
    >>> [(p.name, p.gender, p.statements) for p in people(quoteattr.extract(text))]
    [('Mrs. Holm', 'f', 4), ('Tomas Lind', 'm', 2)]

    .. versionadded:: 0.2
    """
    names: dict[str, collections.Counter[str]] = {}
    aliases: dict[str, set[str]] = {}
    pronouns: dict[str, collections.Counter[str]] = {}
    for st in statements:
        sp = st.speaker
        if sp is None or sp.person is None:
            continue
        names.setdefault(sp.person, collections.Counter())[sp.name or ""] += 1
        seen = aliases.setdefault(sp.person, set())
        if sp.name:
            seen.add(sp.name)
        if sp.mention is not None and sp.form is MentionForm.PRONOUN:
            gender = _PRONOUN_GENDER.get(sp.mention.text.lower(), "")
            if gender:
                pronouns.setdefault(sp.person, collections.Counter())[gender] += 1
        elif sp.mention is not None:
            seen.add(" ".join(sp.mention.text.split()))
    out = []
    for key, counted in names.items():
        named = [n for n, _ in counted.most_common() if n]
        cluster = _Cluster(key, None, collections.Counter(), set(), [], "")
        for name in named:
            title, words = name_words(name)
            if title:
                cluster.titles.add(title)
            if len(words) > 1 or (words and not title):
                cluster.first_names[words[0]] += 1
        cluster.pronouns.update(pronouns.get(key, {}))
        person = Person(
            key, named[0] if named else None, tuple(sorted(aliases[key])), cluster.gender, sum(counted.values())
        )
        out.append(person)
    out.sort(key=lambda p: (-p.statements, p.key))
    return out


def _people(counts: collections.Counter[str], cast: Iterable[CastMember | Mapping[str, Any]] | None) -> _People:
    """The people of these names (each with its count), clustered; longest names first, so that
    "Jane" finds the one "Jane Doe" before both become people."""
    people = _People([m if isinstance(m, CastMember) else CastMember.from_dict(m) for m in cast or ()])
    for name in sorted(counts, key=lambda n: (-len(name_words(n)[1]) - bool(name_words(n)[0]), -counts[n], n)):
        people.add(name, counts[name])
    return people


def person_keys(
    names: Iterable[str], *, cast: Iterable[CastMember | Mapping[str, Any]] | None = None
) -> dict[str, str]:
    """The key of the person each of *names* is, the names clustered as ``attribute`` clusters them.

    >>> person_keys(["Jane Doe", "Doe", "Jane Doe", "Mr. Lind", "Mrs. Lind"])
    {'Doe': 'jane doe', 'Jane Doe': 'jane doe', 'Mr. Lind': 'mr lind', 'Mrs. Lind': 'mrs lind'}
    """
    counts = collections.Counter(names)
    people = _people(counts, cast)
    return {name: key for name in sorted(counts) if (key := people.lookup(name)) is not None}
