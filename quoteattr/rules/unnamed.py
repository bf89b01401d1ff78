"""Statements whose source may go unnamed: passives, impressions ("seems to"), questions put.

These rules are *weak*: their content may hold a named statement, which is
still reported ("The plan was criticized after Jane Doe said it failed").
"""

from __future__ import annotations

from quoteattr._model import CueClass, MentionForm
from quoteattr.grammar.clauses import ADJUNCT_OPENERS, auxiliaries_before, clause_end, skip_adjuncts
from quoteattr.grammar.speakers import NP, speaker_after
from quoteattr.rules.registry import register
from quoteattr.rules.state import Context, Source

__all__ = ["ASKED", "PASSIVE", "RAISING"]

_QUESTION_OPENERS = frozenset(("about", "how", "if", "what", "whether", "when", "where", "which", "who", "why"))

PASSIVE = register(
    __name__,
    "reported.passive",
    "SUBJECT be CUE-ed (by SPEAKER) …",
    "The plan was criticized by Jane Doe on Monday.",
    weak=True,
)


def passive(ctx: Context, np: NP, cue: tuple[int, int], sent_end: int, cue_class: CueClass) -> bool:
    """SUBJECT be CUE-ed (by SPEAKER) …: "The plan has been attacked by Jane Doe".

    The subject is what is talked about, so the content runs from it to the
    clause end, the cue inside (as PolNeAR annotates it); the speaker is the
    agent after "by", or nobody. Returns whether the cue was passive.
    """
    p = ctx.p
    text = p.text
    cue_start, cue_end = cue
    form = text[cue_start:cue_end].lower().split(" ", 1)[0]  # "taking questions": the verb's form
    if form.endswith("ing") or not any(w in p.lexicon.be_forms for w in auxiliaries_before(p, np.end, cue_start)):
        return False
    if form in p.lexicon.attitude_adjectives and p.patterns.by_agent.match(text, p.lstrip(cue_end)) is None:
        return False  # "Doe is worried that ...": a stance, not a passive (but "was opposed by Lind" is one)
    if np.form is MentionForm.PRONOUN and text[np.start : np.end].lower() in ("i", "you", "we"):
        return True
    start = np.outer if np.outer < np.start else np.start
    end = clause_end(p, cue_end, sent_end)
    agent: NP | None = None
    m = p.patterns.by_agent.search(text, cue_end, end)
    if m is not None:
        agent = speaker_after(p, m.end(), sent_end, need_end=False)
        if agent is not None:
            end = p.trim_end(start, m.start())
    if form == "asked":
        # "Doe was asked (by the moderator) whether ...": the question is the content, its asker the speaker
        after = skip_adjuncts(p, agent.outer if agent is not None and agent.outer > agent.end else cue_end, sent_end)
        if agent is not None:
            after = skip_adjuncts(p, agent.end, sent_end)
        t = p.patterns.token.match(text, p.lstrip(after), sent_end)
        if t is not None and t.group().lower() in _QUESTION_OPENERS:
            question_end = clause_end(p, t.start(), sent_end)
            if question_end > t.start():
                ctx.add(Source.of(cue, agent, cue_class).raw(PASSIVE, [(t.start(), question_end)]))
                return True
    if end > start:
        ctx.add(Source.of(cue, agent, cue_class).raw(PASSIVE, [(start, end)]))
    return True


RAISING = register(
    __name__,
    "reported.raising",
    "SUBJECT seems/appears to CONTENT",
    "The senator seems to doubt the plan.",
    weak=True,
)


def raising(ctx: Context, np: NP, cue: tuple[int, int], sent_end: int) -> None:
    """SUBJECT seems to / appears that …: an impression nobody is named for; the content
    runs from the subject to the clause end."""
    p = ctx.p
    cue_end = cue[1]
    t = p.patterns.token.match(p.text, p.lstrip(cue_end), sent_end)
    word = t.group() if t is not None else ""
    lex = p.lexicon
    adjective = (  # "the race seems close", "Doe appeared somewhat uneasy"
        word.isalpha()
        and word.islower()
        and word not in ADJUNCT_OPENERS
        and word not in lex.description_links
        and word not in lex.determiners
        and word not in lex.clause_boundary_words
        and word not in lex.pronoun_index
    )
    if word.lower() not in ("to", "that", "like") and not adjective:
        return  # "she appeared on television", "it appeared in the report"
    start = np.outer if np.outer < np.start else np.start
    end = clause_end(p, cue_end, sent_end)
    if end > cue_end:
        ctx.add(Source(cue, cue_class=CueClass.THOUGHT).raw(RAISING, [(start, end)]))


ASKED = register(
    __name__,
    "reported.asked",
    "Asked about CONTENT, SPEAKER …",
    "Asked about the plan, Jane Doe said it had failed.",
    weak=True,
)


def asked(ctx: Context, cue: tuple[int, int], sent_end: int) -> None:
    """Asked about X, SPEAKER said …: the question is a statement with no named asker."""
    p = ctx.p
    start = p.lstrip(cue[1])
    t = p.patterns.token.match(p.text, start, sent_end)
    if t is None or (t.group().lower() not in _QUESTION_OPENERS and t.group().lower() != "to"):
        return  # and "Asked by reporters ...": the asker is named, the question follows
    comma = p.comma_outside_quotes(start, sent_end)
    # "..., he said when asked about it.": with no comma after it, the question ends with its clause
    end = p.trim_end(start, comma) if comma >= 0 else clause_end(p, start, sent_end)
    if end > start:
        ctx.add(Source(cue).raw(ASKED, [(start, end)]))
