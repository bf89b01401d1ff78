"""Who speaks each quotation of a dialogue: sieves over the turns of a conversation, and its people.

The rules find speech tags ("…," said Jane Doe); most quotations of a novel or a
story have none, and the reader follows the turns. This module does what that
reader does, for a document whose quotations are already found and whose tags
are already read:

>>> text = '"Ready?" asked Jane Doe.\\n\\n"Yes."\\n\\n"Then go, Tomas."\\n\\n"Now?"'
>>> paragraphs = [(0, 24), (26, 32), (34, 51), (53, 59)]
>>> quotations = [Quotation(1, 7, 0), Quotation(27, 31, 1), Quotation(35, 50, 2), Quotation(54, 58, 3)]
>>> tags = [Tag(0, Span.of(text, 15, 23), "Jane Doe")]
>>> result = attribute(text, paragraphs, quotations, tags)
>>> [(a.speaker, a.rule) for a in result.attributions]  # doctest: +NORMALIZE_WHITESPACE
[('Jane Doe', 'tag'), ('Tomas', 'dialogue.turn'),
 ('Jane Doe', 'dialogue.turn'), ('Tomas', 'dialogue.vocative')]

Turns. A *turn* is one paragraph's quotations, joined with the quotations of
the following paragraphs while each paragraph leaves its quotation open (a
speech over several paragraphs). A *run* is a sequence of turns in adjacent
paragraphs: a paragraph without a quotation ends the conversation's run.

Sieves, applied in this order (``SIEVES``), each filling only the quotations
still without a speaker (after Muzny et al. 2017, the quote attribution sieves
of Stanford CoreNLP):

1. ``tag``: the speaker the speech tag names (given by the caller); a
   first-person tag ("I said") names the narrator.
2. ``pronoun``: a pronoun or gendered description in the tag ("said
   she", "cried his wife") is the one person of that gender in the conversation,
   else the speaker two turns back, else the last person of that gender named.
3. ``dialogue.continuation``: quotations of one turn share their speaker.
4. ``dialogue.narration``: the person who is the subject of the narration in the
   quotation's paragraph ("Jane Doe smiled. “…”").
5. ``dialogue.vocative``: the person addressed by name in the previous turn
   ("…, Tomas?") speaks next; a quotation never goes to its own addressee.
6. ``dialogue.turn``: in a run, the speaker of the turn two back (or two ahead)
   when the turn between was someone else: two-party alternation.
7. ``pronoun`` again (``last-of-gender``): a pronoun tag still unresolved is the
   last person of its gender who spoke before it.

No sieve gives a quotation a speaker whose known gender its tag's pronoun
contradicts ("“Fine,” she said" is no man's, whatever the alternation says).

Unknown speakers stay ``None``: a quotation is returned whether or not its
speaker is found.

People. The names of speakers are clustered into ``Person`` values. Names join
only when the text or the cast list says they are one person: "Jane" and "Jane
Doe" are one person when no other person's name holds "Jane"; honorifics keep
people apart ("Mr. Doe", "Mrs. Doe" and "Miss Doe" are three people), and a
nickname joins its person only through a cast list. Gender comes from the cast
list, then honorifics, then the first-name table of ``quoteattr.lexicon_names``.

Cost: every sieve walks the quotations once, looking at a bounded window of
turns and of narration around each; the whole is linear in the text's length.
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final

import attrs
import regex

from quoteattr._model import Span
from quoteattr.errors import QuoteattrError
from quoteattr.lexicon_names import FIRST_NAME_GENDERS
from quoteattr.persons import (
    _PRONOUN_GENDER,
    NARRATOR,
    CastMember,
    Person,
    _People,
    _people,
    name_words,
    people,
    person_keys,
)

__all__ = [
    "SIEVES",
    "Attribution",
    "CastMember",
    "Conversation",
    "DialogueInputError",
    "Person",
    "Quotation",
    "Tag",
    "attribute",
    "name_words",
    "people",
    "person_keys",
]


GENDERED_NOUNS: Final[Mapping[str, str]] = {
    "aunt": "f",
    "boy": "m",
    "brother": "m",
    "daughter": "f",
    "father": "m",
    "fellow": "m",
    "gentleman": "m",
    "girl": "f",
    "husband": "m",
    "lady": "f",
    "man": "m",
    "mother": "f",
    "nephew": "m",
    "niece": "f",
    "sister": "f",
    "son": "m",
    "uncle": "m",
    "wife": "f",
    "woman": "f",
}
"""Head nouns of speaker descriptions ("his wife", "the old man") -> gender, for ``Tag`` gender."""

_FIRST_PERSON: Final = frozenset({"i", "me", "myself"})
# a capitalised name in running text: an optional title, then up to three capitalised words
_NAME = regex.compile(
    r"(?<![\w'’])(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Madame|Mme|Mlle|Monsieur|Aunt|Uncle|Colonel|Captain"
    r"|General|Major|Professor|Doctor|Master)\.?\s+)?(?:the\s+)?\p{Lu}(?:\p{Ll}|\p{Lu}(?=\p{Ll})|['’-])*\p{Ll}"
    r"(?:\s+\p{Lu}(?:\p{Ll}|\p{Lu}(?=\p{Ll})|['’-])*\p{Ll}){0,2}"
)
_PRONOUN = regex.compile(r"(?<![\w'’])(?:he|she|He|She)(?![\w'’])")
# what stands just before a subject: the start of a sentence or of a clause
_SUBJECT_BEFORE = regex.compile(
    r"(?:[.!?;:]|--|—|\b(?:and|but|then|when|while|as|so|till|until|where|who|whereupon|now))[\s\"“”_(]*$"
)
_OPENING = frozenset(' \t\n"“”_(')
# a name in the position of a vocative inside a quotation: after a clause break, before a break
_VOCATIVE = regex.compile(
    r"(?:(?<=[\"“‘])|[,;:!?(]|--|—)\s*(?:(?:[Mm]y|[Oo]h?)\s+)?(?:(?:[Dd]ear(?:est)?|[Gg]ood|[Pp]oor|[Oo]ld)\s+)?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Madame|Mme|Mlle|Monsieur|Aunt|Uncle|Colonel|Captain|General"
    r"|Major|Professor|Doctor|Master)\.?\s+)?\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:\s+\p{Lu}[\p{Ll}'’-]*\p{Ll}){0,2})"
    r"\s*(?=[,.!?;:)]|--|—|$)"
)
_NARRATION_BEFORE = 400  # characters of narration read before a paragraph's first quotation
_NARRATION_AFTER = 240  # ... and after a quotation
_RECENT_TURNS = 4  # turns of a run looked at for the people in the conversation
_RECENT_PARAGRAPHS = 4
_PRONOUN_AFTER = regex.compile(
    r"[^.!?;\"“”]{0,60}?\b(?P<p>he|his|him|himself|she|her|hers|herself)\b", regex.IGNORECASE
)
_PRONOUN_GENDERS: Final = {
    "he": "m",
    "his": "m",
    "him": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}  # paragraphs looked back at for the last person of a pronoun's gender
_NARRATOR_MIN = 2  # vocatives needed to name the narrator
_BRIDGE_PARAGRAPHS = 2  # narration paragraphs between two turns that do not end their run ...
_BRIDGE = 1500  # ... when they hold no more characters than this


class DialogueInputError(QuoteattrError, ValueError):
    """Quotations, paragraphs or tags handed to ``attribute`` that do not fit the text or each other.

    .. versionadded:: 0.2
    """


@attrs.frozen
class Quotation:
    """One quotation of dialogue: the text strictly between its marks, within paragraph *paragraph*.

    ``open`` is true when the paragraph ends before the closing mark: the speech
    goes on in the next paragraph.
    """

    start: int
    end: int
    paragraph: int
    open: bool = False


@attrs.frozen
class Tag:
    """The speech tag of quotation number *quotation*, as the rules read it.

    ``mention`` is the speaker as written ("Jane Doe", "she", "his wife");
    ``name`` the name it was resolved to, or ``None`` for a pronoun or description
    left unresolved, which the ``pronoun`` sieve then resolves when
    ``gender`` ("m" or "f") is given. A first-person mention ("I") names the narrator.
    """

    quotation: int
    mention: Span
    name: str | None = None
    gender: str = ""


@attrs.frozen
class Attribution:
    """Who speaks one quotation and how that was found.

    ``rule`` is ``"tag"`` or ``"pronoun"`` for a quotation whose tag named its speaker (the
    statement keeps the rule that read the tag), a ``dialogue.*`` rule id for one the turns
    attribute, or ``None`` with ``speaker`` when unknown;
    ``evidence`` the mention the speaker came from (the tag, the narration name,
    the vocative of the turn before), ``None`` for the turn and continuation sieves.
    """

    speaker: str | None
    person: str | None
    rule: str | None
    evidence: Span | None = None


@attrs.frozen
class Conversation:
    """The result of ``attribute``: one attribution per quotation, in order, and the people."""

    attributions: tuple[Attribution, ...]
    people: tuple[Person, ...]

    def person(self, key: str) -> Person | None:
        """The person with *key*, or ``None``."""
        return next((p for p in self.people if p.key == key), None)


# --- names and people ---------------------------------------------------------------------------


# --- the state the sieves share -----------------------------------------------------------------


@attrs.define
class _Turn:
    quotations: list[int]
    first: int  # first paragraph
    last: int  # last paragraph
    run: int = 0


@attrs.frozen
class _Mention:
    start: int
    end: int
    key: str | None
    gender: str
    subject: bool


class _State:
    """The quotations, their turns and runs, the people, and the speakers found so far."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[tuple[int, int]],
        quotations: Sequence[Quotation],
        tags: Sequence[Tag],
        people: _People,
    ) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.quotations = quotations
        self.people = people
        self.tags: dict[int, Tag] = {}
        for tag in tags:
            self.tags.setdefault(tag.quotation, tag)
        self.speaker: list[str | None] = [None] * len(quotations)
        self.rule: list[str | None] = [None] * len(quotations)
        self.evidence: list[Span | None] = [None] * len(quotations)
        self.turns: list[_Turn] = []
        self.turn_of: list[int] = []
        for i, q in enumerate(quotations):
            prev = quotations[i - 1] if i else None
            same = prev is not None and (
                prev.paragraph == q.paragraph or (prev.open and q.paragraph == prev.paragraph + 1)
            )
            if same:
                turn = self.turns[-1]
                turn.quotations.append(i)
                turn.last = q.paragraph
            else:
                run = len(self.turns) and self.turns[-1].run
                if self.turns and not self._adjacent(self.turns[-1].last, q.paragraph):
                    run += 1
                self.turns.append(_Turn([i], q.paragraph, q.paragraph, run))
            self.turn_of.append(len(self.turns) - 1)
        self._mentions: dict[int, list[_Mention]] = {}
        self._by_paragraph: dict[int, list[int]] = collections.defaultdict(list)
        for i, q in enumerate(quotations):
            self._by_paragraph[q.paragraph].append(i)
        self._vocatives: dict[int, list[tuple[Span, str | None]]] = {}

    def _adjacent(self, last: int, paragraph: int) -> bool:
        """Whether a turn in *paragraph* goes on the run of a turn ending in paragraph *last*."""
        if paragraph - last - 1 > _BRIDGE_PARAGRAPHS:
            return False
        return sum(e - s for s, e in self.paragraphs[last + 1 : paragraph]) <= _BRIDGE

    # -- what the turns know --

    def turn_speaker(self, t: int) -> str | None:
        """The speaker of turn *t*: that of its first attributed quotation."""
        for q in self.turns[t].quotations:
            if self.speaker[q] is not None:
                return self.speaker[q]
        return None

    def same_run(self, t: int, u: int) -> bool:
        return 0 <= u < len(self.turns) and self.turns[u].run == self.turns[t].run

    def assign_turn(self, t: int, key: str, rule: str, evidence: Span | None = None) -> None:
        """Give turn *t*'s quotations still without a speaker to *key*, unless a quotation's tag
        names a gender ("she said") that *key*'s known gender contradicts."""
        gender = self.people.gender(key)
        for q in self.turns[t].quotations:
            tag = self.tags.get(q)
            if gender and tag is not None and tag.gender and tag.gender != gender:
                continue
            if self.speaker[q] is None:
                self.speaker[q], self.rule[q], self.evidence[q] = key, rule, evidence

    def unknown(self, t: int) -> bool:
        return all(self.speaker[q] is None for q in self.turns[t].quotations)

    def addressees(self, t: int) -> list[tuple[Span, str | None]]:
        """The vocatives of turn *t*, each with the person it names (``None`` when it names no one known)."""
        found: list[tuple[Span, str | None]] = []
        for q in self.turns[t].quotations:
            if q not in self._vocatives:
                self._vocatives[q] = self._find_vocatives(self.quotations[q])
            found.extend(self._vocatives[q])
        return found

    def _find_vocatives(self, q: Quotation) -> list[tuple[Span, str | None]]:
        out = []
        for m in _VOCATIVE.finditer(self.text, q.start, q.end):
            name = m.group("name")
            title, words = name_words(name)
            if not words:
                continue  # "Sir", "Madam": a title alone names no one
            key = self.people.lookup(name)
            if key is None and not title and (len(words) != 1 or words[0] not in FIRST_NAME_GENDERS):
                continue
            out.append((Span.of(self.text, m.start("name"), m.end("name")), key))
        return out

    def addressed(self, t: int) -> set[str]:
        return {key for _span, key in self.addressees(t) if key is not None}

    # -- narration --

    def narration(self, p: int) -> list[_Mention]:
        """Person mentions in the narration of paragraph *p*, in order (only near its quotations).

        A pronoun ("he", "she") has key ``None`` and its gender; a name the key of
        the known person it picks out. ``subject`` tells a mention that begins a clause.
        """
        if p in self._mentions:
            return self._mentions[p]
        start, end = self.paragraphs[p]
        found: list[_Mention] = []
        for s, e, boundary in self._narration_segments(p, start, end):
            for m in _NAME.finditer(self.text, s, e):
                key = self.people.lookup(m.group())
                if key is not None:
                    subject = self._subject_like(s, boundary, m.start())
                    found.append(_Mention(m.start(), m.end(), key, self.people.gender(key), subject))
            for m in _PRONOUN.finditer(self.text, s, e):
                if self._subject_like(s, boundary, m.start()):
                    found.append(_Mention(m.start(), m.end(), None, _PRONOUN_GENDER[m.group().lower()], True))
        found.sort(key=lambda m: m.start)
        self._mentions[p] = found
        return found

    def _narration_segments(self, p: int, start: int, end: int) -> list[tuple[int, int, bool]]:
        """The narration of paragraph *p* near its quotations: (start, end, starts at a boundary)."""
        qs = self._by_paragraph.get(p, [])
        if not qs:
            return [(max(start, end - _NARRATION_BEFORE), end, end - _NARRATION_BEFORE <= start)]
        first = self.quotations[qs[0]]
        lo = max(start, first.start - 1 - _NARRATION_BEFORE)
        segments = [(lo, max(start, first.start - 1), lo == start)]
        for a, b in itertools.pairwise(qs):
            qa, qb = self.quotations[a], self.quotations[b]
            segments.append((qa.end + 1, min(qb.start - 1, qa.end + 1 + _NARRATION_AFTER), True))
        last = self.quotations[qs[-1]]
        if not last.open:
            segments.append((last.end + 1, min(end, last.end + 1 + _NARRATION_AFTER), True))
        return [(s, e, b) for s, e, b in segments if s < e]

    def _subject_like(self, segment_start: int, boundary: bool, at: int) -> bool:
        """Whether a mention at *at* begins a clause: after a sentence break, a conjunction, or a quotation."""
        lo = max(segment_start, at - 40)
        before = self.text[lo:at]
        if lo == segment_start and boundary and all(c in _OPENING for c in before):
            return True
        return _SUBJECT_BEFORE.search(before) is not None

    def conversation_people(self, t: int) -> list[str]:
        """The known speakers of the turns of *t*'s run, from ``_RECENT_TURNS`` back to two ahead, nearest first."""
        seen: list[str] = []
        for u in (t - 1, t - 2, t + 1, t - 3, t + 2, t - 4)[: _RECENT_TURNS + 2]:
            if self.same_run(t, u):
                key = self.turn_speaker(u)
                if key is not None and key not in seen:
                    seen.append(key)
        return seen

    def resolve_pronoun(self, t: int, gender: str, at: int, paragraph: int) -> str | None:
        """The person a pronoun of *gender* at offset *at* of *paragraph*, in turn *t*, stands for, or ``None``.

        In order: the nearest person of that gender who is a subject in the narration
        before it in the same paragraph, then any person of that gender named there;
        the one person of that gender in the conversation; the speaker two turns back
        if of that gender and not the speaker one back; the last person of that gender
        named in the paragraph before; a person of the conversation other than the
        speaker one turn back.
        """
        if not gender:
            return None
        before = [m for m in self.narration(paragraph) if m.key is not None and m.gender == gender and m.start < at]
        subjects = [m for m in before if m.subject]
        if subjects or before:
            return (subjects or before)[-1].key
        people = [k for k in self.conversation_people(t) if self.people.gender(k) == gender]
        if len(people) == 1:
            return people[0]
        two_back = self.turn_speaker(t - 2) if self.same_run(t, t - 2) else None
        one_back = self.turn_speaker(t - 1) if self.same_run(t, t - 1) else None
        if two_back is not None and two_back != one_back and self.people.gender(two_back) == gender:
            return two_back
        if paragraph > 0:
            named = [m for m in self.narration(paragraph - 1) if m.key is not None and m.gender == gender]
            if named:
                return named[-1].key
        others = [k for k in people if k != one_back]
        if others:
            return others[0]
        return self._recent(t, gender, paragraph, one_back)

    def _recent(self, t: int, gender: str, paragraph: int, exclude: str | None) -> str | None:
        """The last person of *gender* named in the few paragraphs or turns before, whatever the run."""
        for p in range(paragraph - 1, max(-1, paragraph - 1 - _RECENT_PARAGRAPHS), -1):
            named = [m.key for m in self.narration(p) if m.key is not None and m.gender == gender]
            spoke = [self.speaker[q] for q in self._by_paragraph.get(p, [])]
            for key in reversed([*named, *(k for k in spoke if k is not None and self.people.gender(k) == gender)]):
                if key != exclude:
                    return key
        return None


# --- the sieves ---------------------------------------------------------------------------------


def sieve_tag(state: _State) -> None:
    """A quotation whose speech tag names its speaker has that speaker; "I" names the narrator.

    The first pronoun after a named tag, in its sentence ("said Tomas, shaking his
    head"), is a vote for that person's gender where nothing else tells it.
    """
    for q, tag in state.tags.items():
        if tag.mention.text.lower() in _FIRST_PERSON:
            state.people.ensure_narrator()
            state.speaker[q], state.rule[q], state.evidence[q] = NARRATOR, "tag", tag.mention
        elif tag.name is not None:
            key = state.people.lookup(tag.name) or state.people.add(tag.name, 0)
            state.speaker[q], state.rule[q], state.evidence[q] = key, "tag", tag.mention
            after = _PRONOUN_AFTER.match(state.text, tag.mention.end, tag.mention.end + 80)
            if after:
                state.people.clusters[key].pronouns[_PRONOUN_GENDERS[after.group("p").lower()]] += 1


def sieve_pronoun(state: _State) -> None:
    """A tag's pronoun or gendered description is the person of that gender the conversation points to."""
    for q, tag in state.tags.items():
        if state.speaker[q] is not None or not tag.gender:
            continue
        key = state.resolve_pronoun(state.turn_of[q], tag.gender, tag.mention.start, state.quotations[q].paragraph)
        if key is not None:
            state.speaker[q], state.rule[q], state.evidence[q] = key, "pronoun", tag.mention


def sieve_continuation(state: _State) -> None:
    """The quotations of one turn (one paragraph, or a speech left open over paragraphs) share a speaker."""
    for turn in state.turns:
        last: str | None = None
        pending: list[int] = []
        for q in turn.quotations:
            if state.speaker[q] is None:
                if last is None:
                    pending.append(q)
                else:
                    state.speaker[q], state.rule[q] = last, "dialogue.continuation"
            else:
                last = state.speaker[q]
                for p in pending:
                    state.speaker[p], state.rule[p] = last, "dialogue.continuation"
                pending = []


def sieve_narration(state: _State) -> None:
    """A turn without a tag goes to the person who is the subject of its paragraph's narration."""
    for t, turn in enumerate(state.turns):
        if not state.unknown(t):
            continue
        addressed = state.addressed(t)
        for mention in state.narration(turn.first):
            if not mention.subject:
                continue
            key = mention.key
            if key is None:
                key = state.resolve_pronoun(t, mention.gender, mention.start, turn.first)
            if key is not None and key not in addressed:
                state.assign_turn(t, key, "dialogue.narration", Span.of(state.text, mention.start, mention.end))
                break


def sieve_preceding(state: _State) -> None:
    """A turn that opens its paragraph after a narration paragraph goes to the last subject of that narration."""
    for t, turn in enumerate(state.turns):
        first = state.quotations[turn.quotations[0]]
        p = turn.first - 1
        if not state.unknown(t) or p < 0 or state._by_paragraph.get(p):
            continue
        if state.text[state.paragraphs[turn.first][0] : first.start - 1].strip():
            continue  # narration before the quotation in its own paragraph: the narration sieve's business
        addressed = state.addressed(t)
        subjects = [m for m in state.narration(p) if m.subject]
        if not subjects:
            continue
        mention = subjects[-1]
        key = mention.key
        if key is None:
            key = state.resolve_pronoun(t, mention.gender, mention.start, p)
        if key is not None and key not in addressed:
            state.assign_turn(t, key, "dialogue.narration", Span.of(state.text, mention.start, mention.end))


def sieve_vocative(state: _State) -> None:
    """The person addressed by name in the previous turn of the run speaks this turn.

    A vocative that names no known speaker but is a title with a name or a first
    name of the name table ("Tomas") makes a new person.
    """
    for t in range(1, len(state.turns)):
        if not state.unknown(t) or not state.same_run(t, t - 1):
            continue
        previous = state.turn_speaker(t - 1)
        addressed = state.addressed(t)
        for span, named in state.addressees(t - 1):
            key = named if named is not None else state.people.add(span.text, 0)
            if key != previous and key not in addressed:
                state.assign_turn(t, key, "dialogue.vocative", span)
                break


def sieve_last_of_gender(state: _State) -> None:
    """A pronoun tag no other sieve resolved is the last person of its gender who spoke before it."""
    last: dict[str, str] = {}
    for q in range(len(state.quotations)):
        tag = state.tags.get(q)
        if state.speaker[q] is None and tag is not None and tag.gender in last:
            state.speaker[q], state.rule[q], state.evidence[q] = last[tag.gender], "pronoun", tag.mention
        key = state.speaker[q]
        if key is not None and (gender := state.people.gender(key)):
            last[gender] = key


def sieve_turn(state: _State) -> None:
    """In a run, a turn goes to the speaker two turns back (or two ahead) when the turn between was another's."""
    n = len(state.turns)
    for order, step in ((range(n), -1), (range(n - 1, -1, -1), 1)):
        for t in order:
            if not state.unknown(t):
                continue
            near, far = t + step, t + 2 * step
            if not state.same_run(t, far) or not state.same_run(t, near):
                continue
            candidate = state.turn_speaker(far)
            if candidate is None or candidate == state.turn_speaker(near) or candidate in state.addressed(t):
                continue
            state.assign_turn(t, candidate, "dialogue.turn")


def _name_narrator(state: _State) -> None:
    """The narrator is the name others call them by: the vocatives of the turns next to the narrator's."""
    if NARRATOR not in state.people.clusters:
        return
    votes: collections.Counter[str] = collections.Counter()
    for t in range(len(state.turns)):
        if state.turn_speaker(t) != NARRATOR:
            continue
        for u in (t - 1, t + 1):
            if state.same_run(t, u) and state.turn_speaker(u) not in (None, NARRATOR):
                for span, _key in state.addressees(u):
                    votes[span.text] += 1
    if not votes:
        return
    (name, count), total = votes.most_common(1)[0], sum(votes.values())
    if count < _NARRATOR_MIN or 2 * count <= total:
        return
    cluster = state.people.clusters[NARRATOR]
    key = state.people.lookup(name)
    if key is not None and state.people.clusters[key].cast_name is not None:
        cluster.cast_name = state.people.clusters[key].cast_name
        cluster.cast_gender = state.people.clusters[key].gender
    else:
        state.people.add_form(cluster, name)


Sieve = Callable[[_State], None]

SIEVES: Final[Mapping[str, Sieve]] = {
    "tag": sieve_tag,
    "pronoun": sieve_pronoun,
    "continuation": sieve_continuation,
    "narration": sieve_narration,
    "vocative": sieve_vocative,
    "preceding": sieve_preceding,
    "turn": sieve_turn,
    "last-of-gender": sieve_last_of_gender,
}
"""The sieves by name, in the order ``attribute`` applies them."""


def _check(text: str, paragraphs: Sequence[tuple[int, int]], quotations: Sequence[Quotation]) -> None:
    last = -1
    for i, q in enumerate(quotations):
        if not 0 <= q.paragraph < len(paragraphs):
            msg = f"Quotation {i} names paragraph {q.paragraph}, but there are {len(paragraphs)}; number them from 0"
            raise DialogueInputError(msg)
        start, end = paragraphs[q.paragraph]
        if not (start <= q.start <= q.end <= end <= len(text)) or q.start < last:
            msg = (
                f"Quotation {i} [{q.start}, {q.end}) does not lie in its paragraph [{start}, {end}) after the "
                "quotation before it; give quotations in text order, each inside its paragraph"
            )
            raise DialogueInputError(msg)
        last = q.end


def attribute(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    quotations: Sequence[Quotation],
    tags: Iterable[Tag] = (),
    *,
    cast: Iterable[CastMember | Mapping[str, Any]] | None = None,
    sieves: Iterable[str] | None = None,
) -> Conversation:
    """Assign a speaker to every quotation of *text* by the sieves of ``SIEVES``.

    *paragraphs* are ``(start, end)`` offsets in order; *quotations* the quotations
    of dialogue in text order; *tags* the speech tags the rules found (at most one
    per quotation counts). *cast*, when given, lists the characters (``CastMember``
    or PDNC-style ``{"name", "aliases", "gender"}``): speakers resolve to them.
    *sieves* names the sieves to run (default all, always in ``SIEVES`` order).

    Raises:
        DialogueInputError: a quotation lies outside its paragraph or out of order,
            or a tag names a quotation that does not exist.
    """
    _check(text, paragraphs, quotations)
    tags = list(tags)
    for tag in tags:
        if not 0 <= tag.quotation < len(quotations):
            msg = f"A tag names quotation {tag.quotation}, but there are {len(quotations)}; number them from 0"
            raise DialogueInputError(msg)
    people = _people(collections.Counter(tag.name for tag in tags if tag.name is not None), cast)
    state = _State(text, paragraphs, quotations, tags, people)
    chosen = set(SIEVES) if sieves is None else set(sieves)
    unknown = chosen - set(SIEVES)
    if unknown:
        msg = f"Unknown sieve(s) {sorted(unknown)}; choose from {list(SIEVES)}"
        raise DialogueInputError(msg)
    for name, sieve in SIEVES.items():
        if name in chosen:
            sieve(state)
        if name == "continuation":
            _name_narrator(state)
    if "continuation" in chosen:
        sieve_continuation(state)
    statements = collections.Counter(k for k in state.speaker if k is not None)
    attributions = tuple(
        Attribution(people.display(k) if k is not None else None, k, state.rule[i], state.evidence[i])
        for i, k in enumerate(state.speaker)
    )
    listed = tuple(
        Person(
            key,
            people.display(key),
            tuple(sorted(c.forms)),
            c.gender,
            statements[key],
        )
        for key, c in people.clusters.items()
        if statements[key] or c.forms
    )
    return Conversation(attributions, listed)
