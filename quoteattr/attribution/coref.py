"""Speaker resolution: from the mention as written to the person or organisation it names.

quoteattr does no general coreference. It links a speaker mention to a name with
a few mechanisms, each a small function of the statements and the text, applied
in this order; each says how it linked (``Speaker.link``):

1. ``name`` / ``alias``: a name mention ("Wang", "Mr. Lind") becomes the full
   name the document gives it ("Wang Yi", "Tomas Lind"), whether or not that
   person spoke before. Of several fuller names the most frequent wins (a
   headline's "Jane Doe Wins Vote" does not beat the body's "Jane Doe"); two as
   frequent leave the mention unresolved. Honorifics keep people apart: "Mr.
   Doe" never becomes a full name whose first name is a woman's, and once a
   document calls two people "Mr. Doe" and "Mrs. Doe", each keeps the honorific
   in its name and a bare "Doe" is unresolved.
2. ``typo``: a name that occurs nowhere else and is one edit away from a word of
   a known person's name ("Wand" beside "Wang Yi") is taken for a typo of it,
   unless the edit puts one vowel for another ("Borg" is not "Berg": names that
   differ in a vowel are usually different names) or the word is a first name.
3. ``role``: a role mention ("the minister", "Chinese FM", "the DJ") links to
   the one named person whose title holds those words, and stays unresolved when
   several do. A title that makes another office ("Deputy Prime Minister",
   "former President") does not answer "the prime minister".
4. ``organisation``: "the company", "the ministry", "the bank" link to the
   organisation of that kind the document names (by its words, "Acme Corp",
   "Finance Ministry", or by a Reuters tag ``<Acme Corp>`` or a ticker
   ``(ACME.N)``): the only one, or the last named before the mention, and none
   when the last two are named in the same sentence.
5. ``pronoun``: a pronoun links to the most recent person or organisation that
   agrees with it. Number comes from the pronoun ("they" and "their" are plural);
   "it" and "its" take an organisation or a thing; "he" and "she" a person whose
   gender (from honorifics, gendered nouns, first names in
   ``quoteattr.lexicon_names``, and pronouns already linked to them) is not the
   other one. Besides the speakers, a named person who is the subject of a
   sentence between the last statement and the pronoun ("Sen. Tom Barrett
   disagreed.") is a candidate; one of unknown gender only when no speaker
   agrees. A person whose gender evidence conflicts stops the search: the
   pronoun stays unresolved. "I", "we" and "you" link to nobody.

Speakers and statements are replaced with new ones; none is ever mutated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from quoteattr._model import MentionForm, Span
from quoteattr.attribution.names import _POSSESSIVE_ENDS, _PREPOSITIONS, _fuzzy, _Names, _tokens
from quoteattr.lexicon import Lexicon
from quoteattr.lexicon_names import FIRST_NAME_GENDERS
from quoteattr.segment import WordIndex

__all__ = ["Mention", "Resolution", "resolve_mentions"]

_GENDERED = regex.compile(r"(?<![\p{L}])(?i:he|she|his|her)(?![\p{L}])")
# the same in lower-case ASCII, opening with a letter so that the (stdlib) search skips ahead to an "h" or "s"
_GENDERED_ASCII = re.compile(r"[hs](?<![a-z][hs])(?:(?<=h)(?:er?|is)|(?<=s)he)(?![a-z])")
_LETTER = regex.compile(r"\p{L}")
_WINDOW = 2000  # characters before a pronoun searched for the subjects of sentences
_VOWELS = frozenset("aeiouAEIOU")


@attrs.define(eq=False)
class _Person:
    """A person, organisation or thing as far as the document tells (internal).

    ``name`` is None for a role that fits nobody: it is still the last one spoken
    of, so a pronoun after it does not jump back past it. ``evidence`` holds, for
    each gender, the strength of what says so (3 an honorific or a gendered noun,
    2 a first name, 1 a pronoun linked to the person or met in their words).
    """

    name: str | None
    span: Span | None
    title: str = ""
    number: str = "sg"
    kind: str = "person"  # "person", "org" (an organisation) or "thing" (a report, a statement)
    kinds: frozenset[str] = frozenset()  # an organisation's kinds ("company", "bank")
    # a definite description of someone unnamed ("the young man", "his wife", "the minister" that
    # fits nobody) points back at a person told of before: "he" and "she" look past it
    definite: bool = False
    evidence: dict[str, int] = attrs.Factory(dict)

    @property
    def gender(self) -> str:
        """ "m", "f", "" (unknown) or "?" (the strongest evidence says both)."""
        m, f = self.evidence.get("m", 0), self.evidence.get("f", 0)
        if m == f:
            return "?" if m else ""
        return "m" if m > f else "f"

    def add_gender(self, gender: str, strength: int) -> None:
        if gender in ("m", "f") and self.evidence.get(gender, 0) < strength:
            self.evidence[gender] = strength


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


class Resolution(NamedTuple):
    """A mention's resolution: the ``Speaker`` fields it fills."""

    name: str | None
    antecedent: Span | None
    title: str | None
    link: str | None


def _description_head(mention: str, lexicon: Lexicon) -> tuple[str, list[str], str]:
    """("the finance ministry") -> ("the", ["finance"], "ministry"): the determiner, the
    modifiers and the head noun of a description, before any "of"/"for" phrase."""
    words = list(_tokens(mention))
    for i, w in enumerate(words):
        if i and w.lower() in ("of", "for", "at", "in", "with", "from", "on", "to", "and", "who", "close"):
            words = words[:i]
            break
    if not words:
        return "", [], ""
    det = words[0].lower() if words[0].lower() in lexicon.determiners else ""
    rest = words[1:] if det else words
    if not rest:
        return det, [], ""
    return det, [w.lower() for w in rest[:-1]], rest[-1].lower()


def _is_plural(head: str, lexicon: Lexicon) -> bool:
    return head in lexicon.plural_nouns or (head.endswith("s") and not head.endswith("ss") and len(head) > 3)


def resolve_mentions(
    text: str, mentions: Sequence[Mention], lexicon: Lexicon, index: WordIndex | None = None
) -> list[Resolution]:
    """The ``(name, antecedent, title, link)`` of each speaker mention of *text*, given in document order."""
    names = _Names(text, lexicon, index)
    people: dict[str, _Person] = {}
    persons: list[_Person | None] = []  # whom each mention names or describes; roles and pronouns come later
    links: list[str | None] = []

    # names and descriptions first: roles may point forward ("...: Chinese FM")
    for m in mentions:
        link: str | None = None
        person: _Person | None = None
        if m.form is MentionForm.NAME:
            person, link = _name_person(m.span.text, m.span, m.title, names, people, lexicon)
            if person is not None and not person.evidence:
                person.add_gender(_gender_hint(text, m.content, lexicon), 1)
        persons.append(person)
        links.append(link)

    # typos of a known name: one edit away, and the mention occurs nowhere else
    antecedents = [m.antecedent for m in mentions]  # a typo's antecedent becomes the name it misspells
    near: dict[tuple[str, int], list[str]] | None = None  # full names by a word's first letter and length
    for k, (m, candidate) in enumerate(zip(mentions, persons, strict=True)):
        if candidate is None or candidate.name is None or m.form is not MentionForm.NAME or " " in candidate.name:
            continue
        token = candidate.name
        if len(token) < 4 or token.lower() in FIRST_NAME_GENDERS or names.occurrences(token) > 1:
            continue
        if near is None:
            near = _by_first_letter_and_length(people)
        # _typo_of needs a word of the name with the token's first letter and a length
        # within one of its: only those names are tried, not every person of a long text
        tried = {n for d in (-1, 0, 1) for n in near.get((token[:1].lower(), len(token) + d), ())}
        matches = {name for name in tried if name != token and _typo_of(token, name)}
        if len(matches) == 1:
            target = people[matches.pop()]
            persons[k], antecedents[k], links[k] = target, target.span, "typo"

    out: list[Resolution] = []
    # the people who spoke, each once, in the order of their last statement (by id: a
    # _Person is mutable): a pronoun looks back over people, not over every statement
    history: dict[int, _Person] = {}
    done = 0  # where the previous statement ends: the subjects of sentences after it are candidates
    previous: tuple[Mention, _Person | None, Resolution] | None = None
    for m, person, antecedent, link in zip(mentions, persons, antecedents, links, strict=True):
        name: str | None = None
        title = m.title
        if m.form is MentionForm.ROLE:
            person = _role_person(m.span.text, names, people, lexicon)
            if person is not None:
                name, antecedent, link = person.name, person.span, "role"
            else:
                person = _Person(None, None)
                _describe(person, m.span.text, lexicon)
        elif m.form is MentionForm.PRONOUN and antecedent is not None:
            # a relative pronoun ("Lind, who said") stands for the name before it
            person, link = _name_person(antecedent.text, antecedent, m.title, names, people, lexicon)
            if person is not None:
                name = person.name
        elif m.form is MentionForm.PRONOUN and m.span.text.lower() in _RELATIVES:
            # "said Murphy, who thinks": the relative pronoun stands for the phrase before its comma,
            # the previous statement's speaker when that ends there, else the name that does
            if previous is not None and text[previous[0].span.end : m.span.start].strip() == ",":
                person, (name, _antecedent, _title, link) = previous[1], previous[2]
                antecedent = previous[0].span
            else:
                person, link = _name_before(m.span.start, names, people, lexicon)
                if person is not None:
                    name, antecedent = person.name, person.span
        elif m.form is MentionForm.PRONOUN:
            word = m.span.text.lower()
            hi = m.span.start
            if m.content and m.content[0][0] < hi:
                hi = m.content[0][0]
            window = _window_people(names, people, lexicon, max(done, hi - _WINDOW), hi)
            person = _pronoun_person(word, history, window, lexicon)
            if person is not None:
                pronoun = lexicon.possessive_pronoun_index.get(word, word)
                person.add_gender(lexicon.pronoun_index.get(pronoun, ("", ""))[0], 1)
                name, antecedent = person.name, person.span
                link = "pronoun" if name is not None else None
        elif m.form is MentionForm.NAME and person is not None:
            name, title = person.name, m.title or person.title or None
            if antecedent is None and person.span is not None and person.span != m.span:
                antecedent = person.span
            if name is None:
                link = None
        elif m.form is MentionForm.DESCRIPTION:
            person, link = _description_person(m, names, people, history, lexicon)
            name = person.name
            if link is not None:
                antecedent = person.span
        if person is not None:
            history.pop(id(person), None)
            history[id(person)] = person
        done = max(done, m.span.end, *(e for _s, e in m.content))
        resolution = Resolution(name, antecedent, title, link)
        out.append(resolution)
        previous = (m, person, resolution)
    return out


_RELATIVES = frozenset(("that", "which", "who", "whom"))


def _name_before(
    pos: int, names: _Names, people: dict[str, _Person], lexicon: Lexicon
) -> tuple[_Person | None, str | None]:
    """The person named right before the comma that precedes *pos* ("Pardo, who"), if any."""
    text = names.text
    if not text.startswith(", ", pos - 2):
        return None, None
    end = start = pos - 2
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'\N{RIGHT SINGLE QUOTATION MARK}"):
        start -= 1
    if start == end or not names._is_name_word(text[start:end]):
        return None, None
    start, end = names.run_at(start, end)
    return _name_person(text[start:end], Span.of(text, start, end), None, names, people, lexicon)


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
            return lexicon.pronoun_index.get(lexicon.possessive_pronoun_index.get(w, w), ("", ""))[0]
    return ""


def _by_first_letter_and_length(people: dict[str, _Person]) -> dict[tuple[str, int], list[str]]:
    near: dict[tuple[str, int], list[str]] = {}
    for name, person in people.items():
        if " " in name and person.kind == "person":
            for word in set(_tokens(name)):
                near.setdefault((word[:1].lower(), len(word)), []).append(name)
    return near


def _typo_of(token: str, name: str) -> bool:
    """Whether *token* is a one-edit misspelling of a word of *name*: same first letter, not one
    vowel put for another ("Berk" and "Wand" are typos of "Berg" and "Wang"; "Borg" is a name),
    and not the word with or without a final "s"."""
    pattern = _fuzzy(token)
    for word in _tokens(name):
        if word[:1].lower() != token[:1].lower() or abs(len(word) - len(token)) > 1 or not pattern.fullmatch(word):
            continue
        if len(word) == len(token):
            diff = [(a, b) for a, b in zip(word.lower(), token.lower(), strict=True) if a != b]
            if len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS:
                continue
        elif word.lower() + "s" == token.lower() or token.lower() + "s" == word.lower():
            continue  # "Republicans" beside "Republican Jane Doe": a plural, not a typo
        return True
    return False


def _name_person(
    mention: str, span: Span, title: str | None, names: _Names, people: dict[str, _Person], lexicon: Lexicon
) -> tuple[_Person | None, str | None]:
    """The person a name *mention* (at *span*, given *title*) stands for, joining *people* if new,
    and how this mention links to it ("name", "alias", or "role" for "The DJ").

    (None, None) when the name is ambiguous ("Doe" beside "Mr. Doe" and "Mrs. Doe").
    """
    role = _the_role(mention, names, people, lexicon)
    if role is not None:
        return role, "role"
    found = names.name_of(mention)
    if found.name is None:
        return None, None
    person = people.get(found.name)
    if person is None:
        person = _Person(found.name, found.span or span, title=found.title or (title or ""))
        tokens = _tokens(found.name)
        kinds = {lexicon.organisation_marker_index.get(t.lower().rstrip("."), "") for t in tokens} - {""}
        if " and " in found.name:
            person.number = "pl"  # "Jane Doe and Tom Roe"
        elif kinds and len(tokens) > 1:
            person.kind, person.kinds = "org", frozenset(kinds)
        people[found.name] = person
    if person.kind == "person":
        person.add_gender(found.honorific_gender, 3)
        person.add_gender(found.first_name_gender, 2)
    if title and not person.title:
        person.title = title
    return person, found.link


def _the_role(mention: str, names: _Names, people: dict[str, _Person], lexicon: Lexicon) -> _Person | None:
    """ "The DJ" as a name: the one person the text titles "DJ", if the word is no name of its own."""
    words = mention.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    word = words[1].lower()
    if not word.isalpha() or not _may_be_role(word, lexicon):
        return None
    return _role_person(mention, names, people, lexicon, heads=[word])


def _may_be_role(word: str, lexicon: Lexicon) -> bool:
    """Whether a word that is no known role noun may still be someone's title ("the DJ"): not an
    organisation's noun, nor a document's ("the letter"), a finding's ("the poll") or a cue."""
    return not (
        word in lexicon.organisation_noun_index
        or word in lexicon.organisation_marker_index
        or word in lexicon.report_nouns
        or word in lexicon.evidence_nouns
        or word in lexicon.noun_cues
        or lexicon.cue(word) is not None
    )


def _role_person(
    mention: str,
    names: _Names,
    people: dict[str, _Person],
    lexicon: Lexicon,
    heads: list[str] | None = None,
) -> _Person | None:
    """The one person the text titles with the role of *mention* ("the minister"), None when
    none or several are; *heads* gives the role word when it is no known role noun ("DJ")."""
    generic = heads is not None
    tokens = _tokens(mention)
    if tokens and tokens[0].lower() in ("his", "her", "their", "its", "my", "our", "your"):
        return None  # "her campaign manager": someone else's role, not a title to look up
    possessor = ""
    for t in tokens:
        if t.endswith(_POSSESSIVE_ENDS):
            possessor = t[:-2].lower()  # "Clinton's communications director"
    wanted = [w for w in _role_words(mention, lexicon) if not w.endswith(_POSSESSIVE_ENDS)]
    if heads is None:
        heads = [w for w in wanted if w in lexicon.role_nouns]
    if not heads:
        return None
    # The people the text titles with this role noun join the table once: a second pass
    # would change nothing, as people are never removed and a title, once set, stays.
    # (It cost a search of the document for every statement by "the minister".)
    if heads[-1] not in names.roles_taken:
        names.roles_taken.add(heads[-1])
        for name, span, title in names.titled(heads[-1], generic=generic):
            found = names.name_of(name)
            if found.name is not None and found.span is not None and name in found.name:
                name, span = found.name, found.span
            if name in people:
                if not people[name].title:
                    people[name].title = title
            else:
                person = people[name] = _Person(name, span, title=title)
                person.add_gender(found.first_name_gender, 2)
                person.add_gender(found.honorific_gender, 3)
    titled = [p for p in people.values() if p.title and p.kind == "person"]
    rank = lexicon.rank_modifiers
    wanted_set = set(wanted)
    # the words of the mention that are no title words: a second pass without them is allowed
    # only when they are lower case ("the veteran senator"), not a name ("the Florida senator")
    extra = [w for w in _tokens(mention)[1:] if w.lower().rstrip(".") not in lexicon.titles]
    passes = [(wanted, False)]
    if not any(w[:1].isupper() for w in extra):
        passes.append(([w for w in wanted if w in lexicon.titles], True))
    for required, strict in passes:
        if not required or (generic and strict):
            continue
        found_people = []
        for p in titled:
            words = _title_words(p.title, names)
            if heads[-1] not in _title_heads(p.title, names):
                continue  # "Jane Doe, an aide to the minister," holds no office of minister
            if not set(required) <= words or (words & rank) - wanted_set:
                continue  # "Deputy Prime Minister Jane Doe" is not "the prime minister"
            if possessor and possessor not in words:
                continue
            if strict and (words - lexicon.titles - _TITLE_GLUE) and (wanted_set - lexicon.titles):
                continue  # "the GOP front-runner" is not "the Democratic front-runner"
            found_people.append(p)
        if len(found_people) == 1:
            return found_people[0]
        if len(found_people) > 1:
            return None
    return None


_TITLE_GLUE = frozenset(("a", "an", "and", "of", "the", "for"))


def _title_words(title: str, names: _Names) -> set[str]:
    """The words of *title* in lower case, with the expansions of its abbreviations (cached)."""
    words = names.title_words.get(title)
    if words is None:
        words = {w.lower().rstrip(".") for w in _tokens(title)} | _expand(title, names.lexicon)
        names.title_words[title] = words
    return words


def _title_heads(title: str, names: _Names) -> set[str]:
    """The head nouns of *title*, lower case: the last word of each of its "and"-joined parts,
    before any preposition ("State Councilor and Foreign Minister" -> councilor, minister;
    "a minister with the church" -> minister; "Sen." -> senator) (cached)."""
    heads = names.title_heads.get(title)
    if heads is None:
        heads = set()
        lexicon = names.lexicon
        part: list[str] = []
        for w in (*_tokens(title), "and"):
            lower = w.lower().rstrip(".")
            if lower == "and" or lower in _PREPOSITIONS:
                if part:
                    expanded = lexicon.role_abbreviation_index.get(part[-1])
                    heads.add(expanded.split()[-1] if expanded else part[-1])
                part = []
                if lower != "and":
                    part = ["-"]  # the words after a preposition head nothing until the next "and"
            elif part[:1] != ["-"]:
                part.append(lower)
        heads.discard("-")
        names.title_heads[title] = heads
    return heads


def _expand(title: str, lexicon: Lexicon) -> set[str]:
    out = set()
    for w in _tokens(title):
        expanded = lexicon.role_abbreviation_index.get(w.lower().rstrip("."))
        if expanded:
            out.update(expanded.split())
    return out


def _describe(person: _Person, mention: str, lexicon: Lexicon) -> None:
    """Number, kind and gender of a description from its head noun ("the spokeswoman": a woman)."""
    person.definite = _definite(mention)
    _det, _mods, head = _description_head(mention, lexicon)
    if _is_plural(head, lexicon):
        person.number = "pl"
    gender = lexicon.gendered_noun_index.get(head, "")
    person.add_gender(gender, 3)


_DEFINITE = frozenset(("her", "his", "its", "my", "our", "that", "the", "their", "this", "your"))


def _definite(mention: str) -> bool:
    """Whether a description is definite ("the young man", "his wife", "Tony's mother")."""
    first = mention.split(" ", 1)[0]
    return first.lower() in _DEFINITE or first.endswith(_POSSESSIVE_ENDS)


def _description_person(
    m: Mention, names: _Names, people: dict[str, _Person], history: dict[int, _Person], lexicon: Lexicon
) -> tuple[_Person, str | None]:
    """The organisation or person a description stands for ("organisation", "role"), else the
    description itself (no link)."""
    mention = m.span.text
    det, mods, head = _description_head(mention, lexicon)
    plural = _is_plural(head, lexicon)
    if det == "the" and not plural:
        kinds = lexicon.organisation_noun_index.get(head)
        if kinds is not None:
            org = _organisation(m.span.start, kinds, mods, names, people, history)
            if org is not None:
                return org, "organisation"
            return _Person(mention, m.span, kind="org"), None
        if not mods and head.isalpha() and _may_be_role(head, lexicon):
            role = _role_person(mention, names, people, lexicon, heads=[head])  # "the neurosurgeon"
            if role is not None:
                return role, "role"
    person = _Person(mention, m.span, definite=_definite(mention))
    if plural:
        person.number = "pl"
    elif head in lexicon.person_nouns or head in lexicon.titles or head in lexicon.gendered_noun_index:
        person.kind = "person"
    elif head in lexicon.organisation_noun_index:
        person.kind = "org"
    else:
        person.kind = "thing"  # "the report", "a statement"
    person.add_gender(lexicon.gendered_noun_index.get(head, ""), 3)
    return person, None


def _organisation(
    pos: int,
    kinds: frozenset[str],
    modifiers: list[str],
    names: _Names,
    people: dict[str, _Person],
    history: dict[int, _Person],
) -> _Person | None:
    """The organisation "the company" (of *kinds*) at *pos* stands for, or None when none or several fit."""
    orgs = names.organisations()
    candidates = orgs.of_kind(kinds)
    # the organisations that spoke, by name: "Acme Corp said ... the company said"
    for p in people.values():
        if p.kind == "org" and p.number == "sg" and p.name and p.kinds & kinds and p.name not in candidates:
            candidates.append(p.name)
    if modifiers:  # "the finance ministry": each modifier is a word of the name
        candidates = [c for c in candidates if all(w in {t.lower() for t in _tokens(c)} for w in modifiers)]
    if not candidates:
        return None
    if len(candidates) > 1:
        spoke = {p.name for p in history.values() if p.name is not None}
        last = sorted(
            ((max(orgs.last_before(c, pos), _spoken_before(people.get(c), pos)), c) for c in candidates), reverse=True
        )
        if last[0][0] < 0:
            return None  # none named before: which one is meant is not told
        if last[1][0] >= 0 and _same_sentence(names.text, last[1][0], last[0][0]):
            # "Acme and Beta reported results. The company said": unless only one of them spoke
            both = [c for _p, c in last[:2] if c in spoke]
            if len(both) != 1:
                return None
            candidates = both
        else:
            candidates = [last[0][1]]
    chosen = candidates[0]
    person = people.get(chosen)
    if person is None:
        span = orgs.spans.get(chosen)
        person = people[chosen] = _Person(chosen, span, kind="org", kinds=frozenset(orgs.kinds.get(chosen, ())))
    return person


def _spoken_before(person: _Person | None, pos: int) -> int:
    if person is None or person.span is None or person.span.start >= pos:
        return -1
    return person.span.start


def _same_sentence(text: str, a: int, b: int) -> bool:
    between = text[a:b]
    return not any(stop in between for stop in (". ", ".\n", "\n", "? ", "! "))


def _window_people(names: _Names, people: dict[str, _Person], lexicon: Lexicon, lo: int, hi: int) -> list[_Person]:
    """The people named as the subject of a sentence in [lo, hi), in text order (see ``_Names.subjects``)."""
    if hi <= lo:
        return []
    found: list[_Person] = []
    for _pos, name, honorific in names.subjects(lo, hi):
        tokens = _tokens(name)
        known = people.get(name)
        if known is None and not honorific and len(tokens) < 2:
            # a lone capitalised word is a person only when the text knows it as one: a speaker,
            # or the surname of a full name ("Graham" after "Lindsey Graham")
            resolved = names.name_of(name)
            if resolved.name is None:
                continue
            known = people.get(resolved.name)
            if known is None and (resolved.link != "alias" or not names._person_like(resolved.name)):
                continue
        if known is None:
            mention = f"{honorific.capitalize()}. {name}" if honorific else name
            person, _link = _name_person(
                mention, Span.of(names.text, _pos, _pos + len(name)), None, names, people, lexicon
            )
            if person is None:
                continue
            known = person
        found.append(known)
    return found


def _pronoun_person(word: str, history: dict[int, _Person], window: list[_Person], lexicon: Lexicon) -> _Person | None:
    """The person the pronoun *word* (lower case) stands for: the most recent that agrees with it.

    *window* holds the subjects of the sentences since the last statement, *history* the
    speakers; the first are the more recent.
    """
    pronoun = lexicon.possessive_pronoun_index.get(word, word)  # "their" agrees as "they"
    gender, number = lexicon.pronoun_index.get(pronoun, ("", ""))
    if pronoun in ("i", "we", "you") or not number:
        return None
    recent = [*reversed(window), *reversed(history.values())]
    if gender == "n":  # "it": an organisation or a thing
        for p in recent:
            if p.number == "sg" and p.kind in ("org", "thing"):
                return p
        return None
    if number == "pl":
        for p in recent:
            if p.number == "pl":
                return p
        return None
    unknown: _Person | None = None  # a subject of unknown gender: taken when no speaker agrees
    for p in reversed(window):
        if p.kind != "person" or p.number != "sg":
            continue
        g = p.gender
        if g == "?":
            return None
        if g == gender:
            return p
        if not g and unknown is None:
            unknown = p
    for p in reversed(history.values()):
        if p.kind != "person" or p.number != "sg" or p.definite:
            continue
        g = p.gender
        if g == "?":
            return None  # what is known of this person conflicts: no guess
        if g in ("", gender):
            return p
    return unknown
