"""The rules: every reporting structure quoteattr finds, one module per family.

- ``cues``: the sieve that sends each cue word to the rule of its shape;
- ``direct``: quotations before or after a speech verb (``direct.*``);
- ``reported``: reported clauses before, after or around their cue (``reported.*``);
- ``according``: "according to" (``reported.according-to-*``);
- ``nouns``: a possessor's claim, a poll's findings (``reported.noun-cue``, ``reported.in-source``);
- ``unnamed``: passives, impressions and questions, whose source may go unnamed;
- ``layout``: dashes, colons, headlines, transcript labels, quotations that go on;
- ``dialogue``: lines of dialogue without a tag, whose speaker the turns tell (``dialogue.*``).

``run`` applies them to a document's paragraphs, in order, and returns the
statements found (``state.Raw``), before speaker resolution. ``RULES`` is the
registry of every rule, each declared next to the code that fires it.
"""

from __future__ import annotations

import logging

from quoteattr.errors import ExtractionTimeout
from quoteattr.rules import according, cues, dialogue, direct, layout, nouns, reported, unnamed
from quoteattr.rules.registry import Rule, rule_by_id, rules
from quoteattr.rules.state import Context, DocState, Raw
from quoteattr.segment import Document, Events, Paragraph

__all__ = ["RULES", "Rule", "rule_by_id", "run"]

_log = logging.getLogger("quoteattr")

# the families, in the order their rules are listed (the registry is filled at their import)
_FAMILIES = tuple(m.__name__ for m in (direct, reported, according, nouns, unnamed, layout, dialogue))

RULES: tuple[Rule, ...] = tuple(sorted(rules(), key=lambda rule: _FAMILIES.index(rule.module)))
"""Every rule, family by family, each family's in the order its module declares them."""


def run(doc: Document) -> list[Raw]:
    """Every rule over every paragraph of *doc*: the statements found, before speaker resolution.

    Raises:
        ExtractionTimeout: a pattern ran out of time (a defect: please report the text).
    """
    raws: list[Raw] = []
    state = DocState()
    for events in doc.events():
        try:
            _paragraph(doc, state, events, raws)
        except TimeoutError as exc:
            # the two patterns that run with a time limit: hitting it is a defect of a
            # pattern, reported with the paragraph so the text can be sent in
            msg = f"A pattern timed out in the paragraph at offset {events[0]}; please report this text"
            _log.warning("%s", msg)
            raise ExtractionTimeout(msg) from exc
    return raws


def _paragraph(doc: Document, state: DocState, events: Events, raws: list[Raw]) -> None:
    """Apply every rule to one paragraph, appending its statements to *raws*."""
    built: list[Paragraph] = []

    def paragraph() -> Paragraph:
        if not built:
            built.append(doc.paragraph(events))
        return built[0]

    _start, _end, quotes, ends, cue_spans = events
    if not ends and (headline := layout.headline_colon(doc, events, paragraph)) is not None:
        raws.append(headline)
    if "A" <= doc.text[events[0]] <= "Z" and (line := layout.transcript_label(doc, events, paragraph)) is not None:
        raws.append(line)
    elif (label := layout.speaker_colon(doc, events, paragraph)) is not None:
        raws.append(label)
    if not quotes and not cue_spans:
        state.last_direct = None
        state.pending = None
        doc.carry = None
        return
    ctx = Context(paragraph(), state)
    p = ctx.p
    layout.take_pending(ctx)
    top = p.top
    for cue in cue_spans:
        if top and p.quote_at(cue[0]) is not None:
            continue  # words inside a quotation are its content, not its attribution
        cues.at_cue(ctx, cue)
    layout.quote_rules(ctx)
    layout.follow_on(ctx)
    raws.extend(ctx.raws)
