"""The rule registry: every reporting structure quoteattr knows, with its id, shape and example.

A rule is declared once, with ``register``, in the module of its family, right
above the code that fires it; the statement that code builds carries the
``Rule`` object itself, so no statement can name a rule that is not declared,
and ``tests/test_patterns.py`` checks that every declared rule fires on its
example and has a golden case. ``docs/rules.md`` lists the same registry.
"""

from __future__ import annotations

import attrs

from quoteattr.errors import QuoteattrError

__all__ = ["Rule", "register", "rule_by_id", "rules"]


@attrs.frozen
class Rule:
    """One reporting structure: its stable id, what it looks like, an example.

    ``module`` is where the code that fires it lives. A *weak* rule's content
    (a sourceless impression) does not hide a named statement inside it. A rule
    that *may end in a quotation* lets a following quotation join its statement
    when its content ends in one ("CONTENT “QUOTE,” SPEAKER said. “MORE.”").

    .. versionadded:: 0.1
    """

    id: str
    structure: str
    example: str
    module: str = attrs.field(default="", eq=False)
    weak: bool = attrs.field(default=False, kw_only=True)
    may_end_in_quotation: bool = attrs.field(default=False, kw_only=True)


_REGISTRY: dict[str, Rule] = {}


def register(
    module: str,
    rule_id: str,
    structure: str,
    example: str,
    *,
    weak: bool = False,
    may_end_in_quotation: bool = False,
) -> Rule:
    """Declare a rule; called at import, with its ``__name__``, by the module whose code fires it.

    Raises:
        QuoteattrError: the id is declared twice (a defect of the package).
    """
    if rule_id in _REGISTRY:
        msg = f"rule {rule_id!r} is declared twice"
        raise QuoteattrError(msg)
    rule = Rule(rule_id, structure, example, module, weak=weak, may_end_in_quotation=may_end_in_quotation)
    _REGISTRY[rule_id] = rule
    return rule


def rules() -> tuple[Rule, ...]:
    """Every declared rule, family by family, in the order their modules declare them."""
    return tuple(_REGISTRY.values())


def rule_by_id(rule_id: str) -> Rule:
    """The rule with this id.

    Raises:
        KeyError: no rule has that id.
    """
    return _REGISTRY[rule_id]
