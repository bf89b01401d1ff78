"""The rule registry and the code that fires the rules are one thing.

Every declared rule has code that fires it (its constant is used in its module,
and its example fires it) and a passing golden case that shows it; and every
rule id the package can put on a statement is declared.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import quoteattr
from quoteattr.rules import RULES, Rule

from .conftest import ROOT

PACKAGE = ROOT / "quoteattr"
RULE_ID = re.compile(r"(?:direct|reported|dialogue)\.[a-z]+(?:-[a-z]+)*")


def _module_path(rule: Rule) -> Path:
    return ROOT.joinpath(*rule.module.split(".")).with_suffix(".py")


def _declarations(tree: ast.Module) -> dict[str, str]:
    """rule id -> the name its module binds it to: ``NAME = register(__name__, "id", ...)``."""
    out = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "register"
        ):
            rule_id = node.value.args[1]
            assert isinstance(rule_id, ast.Constant)
            (target,) = node.targets
            assert isinstance(target, ast.Name)
            out[str(rule_id.value)] = target.id
    return out


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_a_declared_rule_is_fired_by_code_in_its_module(rule: Rule) -> None:
    tree = ast.parse(_module_path(rule).read_text(encoding="utf-8"))
    name = _declarations(tree)[rule.id]
    used = [
        node
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef)
        for node in ast.walk(fn)
        if isinstance(node, ast.Name) and node.id == name
    ]
    assert used, f"{rule.id} is declared in {rule.module} but no function there uses {name}"


def test_every_rule_id_in_the_package_is_declared() -> None:
    declared = {r.id for r in RULES}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and RULE_ID.fullmatch(node.value):
                assert node.value in declared, f"{path.relative_to(ROOT)} names the undeclared rule {node.value!r}"


def test_statements_carry_declared_rules_only() -> None:
    # a Raw holds the Rule object: a string where a Rule belongs fails the type check, and here
    from quoteattr.rules.state import Source

    raw = Source((0, 4)).raw(RULES[0], [(5, 9)])
    assert raw.rule is RULES[0]


def _golden_rules() -> set[str]:
    """The rules of the statements that passing golden cases expect and the extractor gives."""
    shown: set[str] = set()
    for path in sorted((ROOT / "tests" / "golden").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            if case["expect"] != "pass":
                continue
            want = {tuple(s["content_span"]) for s in case["statements"]}
            for st in quoteattr.extract(case["text"]):
                if (st.start, st.end) in want:
                    shown.add(st.rule)
    return shown


def test_every_rule_has_a_golden_case() -> None:
    missing = sorted({r.id for r in RULES} - _golden_rules())
    assert not missing, f"rules no passing golden case shows: {missing}"


def test_every_rule_is_in_the_catalogue_with_its_module() -> None:
    catalogue = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in RULES:
        section = catalogue.split(f"## {rule.id}\n", 1)
        assert len(section) == 2, f"docs/rules.md has no section for {rule.id}"
        assert f"`{rule.module}`" in section[1].split("\n## ", 1)[0], f"{rule.id}: its section names no module"
