"""The rule catalogue as a whole: every rule documented, demonstrated and covered by a golden.

A rule's `example` is linted as a draft of its own with only that rule selected and must give a
finding of that rule; its `use-instead` must give none. A one-paragraph snippet is read as body
text (a paragraph), except by rules scoped to the headline; a snippet with several paragraphs
is parsed like any draft (first line headline, "1." sections, ...).
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from newslint import engine, plugins
from newslint.config import Config
from newslint.document import Block, BlockKind, Document
from newslint.errors import NewslintError
from newslint.rules import Category, Rule, load_dictionary, read_word_list

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "golden"
DICTIONARIES = REPO / "dictionaries"

try:
    RULES = engine.rule_set(Config(), ("ALL",))
    LOAD_ERROR = ""
except NewslintError as exc:
    # reported by test_rules_load, instead of aborting the whole session at collection
    RULES, LOAD_ERROR = [], str(exc)
IDS = [r.id for r in RULES]


def snippet(rule: Rule, text: str) -> Document:
    doc = plugins.parse("contoh.txt", text)
    if rule.scope != "headline" and [b.kind for b in doc.blocks] == [BlockKind.HEADLINE]:
        only = doc.blocks[0]
        doc = Document(doc.path, doc.source, doc.prose, (Block(BlockKind.PARAGRAPH, only.start, only.end),))
    return doc


def golden_of(rule_id: str) -> Path | None:
    base = GOLDEN.joinpath(*rule_id.split("."))
    for suffix in (".txt", ".md"):
        candidate = base.with_name(base.name + suffix)
        if candidate.is_file():
            return candidate
    return None


def test_rules_load() -> None:
    assert LOAD_ERROR == ""
    assert RULES, "no rules loaded: is rules/ missing?"
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_is_documented(rule: Rule) -> None:
    assert rule.category in set(Category)
    assert rule.summary.strip(), "summary is empty"
    assert len(rule.doc.strip()) >= 40, "doc must say why (and cite EYD V / KBBI where relevant)"
    assert rule.example.strip(), "example is empty"
    assert rule.use_instead.strip(), "use-instead is empty"
    assert rule.message.get("id", "").strip(), "message needs Indonesian (`id`)"
    assert rule.message.get("en", "").strip(), "message needs English (`en`)"


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_example_gives_a_finding(rule: Rule) -> None:
    findings = engine.lint(snippet(rule, rule.example), [rule])
    assert [f.rule for f in findings if f.rule == rule.id], f"example gives no finding: {rule.example!r}"


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_use_instead_gives_none(rule: Rule) -> None:
    findings = engine.lint(snippet(rule, rule.use_instead), [rule])
    assert [(f.line, f.column, f.message) for f in findings] == [], f"use-instead: {rule.use_instead!r}"


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_has_a_golden(rule: Rule) -> None:
    case = golden_of(rule.id)
    assert case is not None, f"missing tests/golden/{rule.id.replace('.', '/')}.txt"
    expected = case.with_name(case.name + ".expected")
    assert expected.is_file(), f"missing {expected.relative_to(REPO)} (pytest --update-goldens, then review)"
    text = case.read_text(encoding="utf-8")
    assert "newslint-disable" in text or "[sic]" in text, "the golden needs one suppressed line"
    assert f" {rule.id} " in expected.read_text(encoding="utf-8"), "the golden shows no finding"


def test_every_rule_explains_itself() -> None:
    from click.testing import CliRunner

    from newslint.cli import cli

    for rule in RULES:
        result = CliRunner().invoke(cli, ["rules", "--no-config", rule.id])
        assert result.exit_code == 0, result.output
        assert rule.summary in result.output
        assert rule.example in result.output


def _word_lists() -> list[Path]:
    # files under a src/ folder are hand-kept build inputs (grouped, commented); what is
    # built from them and shipped is checked
    return sorted(
        p
        for p in DICTIONARIES.rglob("*.txt")
        if p.is_file() and "src" not in p.relative_to(DICTIONARIES).parts
    )


@pytest.mark.parametrize(
    "path", _word_lists(), ids=[p.relative_to(DICTIONARIES).as_posix() for p in _word_lists()]
)
def test_dictionary_is_sorted_without_duplicates(path: Path) -> None:
    """Word lists are sorted (code-point order, or case-folded) and hold no duplicates."""
    lines = read_word_list(path)
    data = load_dictionary(path)
    if isinstance(data, dict):
        keys = Counter(line.split(" -> ", 1)[0].strip() for line in lines)
        duplicates = sorted(k for k, n in keys.items() if n > 1)
        assert duplicates == [], f"{path.name}: keys listed twice"
        return
    duplicates = sorted(w for w, n in Counter(lines).items() if n > 1)
    assert duplicates == [], f"{path.name}: words listed twice"
    if lines != sorted(lines) and lines != sorted(lines, key=lambda w: (w.casefold(), w)):
        first = next((a, b) for a, b in pairwise(lines) if a > b)
        pytest.fail(f"{path.name}: not sorted, e.g. {first[0]!r} before {first[1]!r}")


def test_word_list_reading_drops_comments_and_blanks(tmp_path: Path) -> None:
    path = tmp_path / "daftar.txt"
    text = "# judul\r\n\r\nrumah sakit  # kolokasi\r\n  lalu lintas\u2028kata lain\n#akhir\nsatu -> dua\n"
    path.write_text(text, encoding="utf-8")
    assert read_word_list(path) == ["rumah sakit", "lalu lintas", "kata lain", "satu -> dua"]
    # a commented-out arrow does not make a list a map
    path.write_text("# a -> b\nsatu\ndua\n", encoding="utf-8")
    assert load_dictionary(path) == frozenset({"satu", "dua"})
    path.write_text("satu -> dua\n# tiga -> empat\n", encoding="utf-8")
    assert load_dictionary(path) == {"satu": "dua"}


def test_dictionaries_have_sources() -> None:
    if not any(DICTIONARIES.rglob("*")):
        pytest.fail("dictionaries/ is empty")
    sources = (DICTIONARIES / "SOURCES.md").read_text(encoding="utf-8")
    for path in sorted(p for p in DICTIONARIES.iterdir() if p.name not in {"SOURCES.md", ".gitkeep"}):
        stem = path.stem if path.is_file() else path.name
        assert stem in sources, f"dictionaries/SOURCES.md does not mention {path.name}"
