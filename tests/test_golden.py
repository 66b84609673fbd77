"""Each rule's golden: a fixture draft and exactly what the text reporter shows for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import engine, inputs, plugins
from newslint.config import Config

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = sorted(GOLDEN.rglob("*.txt")) + sorted(GOLDEN.rglob("*.md"))


def render(case: Path) -> str:
    rel = case.relative_to(GOLDEN)
    rule_id = ".".join(rel.with_suffix("").parts)
    rules = engine.rule_set(Config(), (rule_id,))
    assert [r.id for r in rules] == [rule_id], f"{rel}: golden names no single rule"
    draft = inputs.read(str(case))
    draft = inputs.Draft(rel.as_posix(), draft.text, draft.bom)
    doc, findings = engine.lint_draft(draft, rules)
    report = plugins.reporters()["text"]
    return report(findings, {r.id: r for r in rules}, {doc.path: doc}, "id")


@pytest.mark.parametrize("case", CASES, ids=[c.relative_to(GOLDEN).as_posix() for c in CASES])
def test_golden(case: Path, update_goldens: bool) -> None:
    expected_path = case.with_name(case.name + ".expected")
    actual = render(case)
    if update_goldens or not expected_path.exists():
        expected_path.write_text(actual, encoding="utf-8")
        if not update_goldens:
            pytest.fail(f"{expected_path.name} was missing and has been written: review it")
    assert actual == expected_path.read_text(encoding="utf-8")


def test_every_rule_has_a_golden() -> None:
    rules = engine.rule_set(Config(), ("ALL",))
    have = {".".join(c.relative_to(GOLDEN).with_suffix("").parts) for c in CASES}
    assert sorted(r.id for r in rules if r.id not in have) == []
