"""Inline suppression: disable / enable / disable-next-line, with and without ids, and [sic]."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import engine, inputs, plugins
from newslint.rules import DataDirs, Rule, load_rules

RULE = """type = "existence"
category = "{category}"
summary = "uji"
message = {{ id = "kata {{match}}", en = "word {{match}}" }}
tokens = ["{token}"]
"""


@pytest.fixture
def rules(tmp_path: Path) -> list[Rule]:
    """Two rules in pack `uji`: `uji.satu` flags "setalah", `uji.dua` flags "kemontar"."""
    pack = tmp_path / "rules" / "uji"
    pack.mkdir(parents=True)
    (pack / "satu.toml").write_text(RULE.format(category="spelling", token="setalah"), encoding="utf-8")
    (pack / "dua.toml").write_text(RULE.format(category="spelling", token="kemontar"), encoding="utf-8")
    return load_rules(DataDirs((tmp_path,)), plugins.check_types())


def lint(rules: list[Rule], body: str, name: str = "d.txt") -> list[tuple[int, str]]:
    draft = inputs.decode(name, f"Judul\n\n{body}".encode())
    _, findings = engine.lint_draft(draft, rules)
    return [(f.line, f.rule) for f in findings]


def test_without_directives(rules: list[Rule]) -> None:
    assert lint(rules, "setalah kemontar\n") == [(3, "uji.satu"), (3, "uji.dua")]


def test_disable_all_until_enable(rules: list[Rule]) -> None:
    body = (
        "setalah\n<!-- newslint-disable -->\nsetalah kemontar\nkemontar\n<!-- newslint-enable -->\nsetalah\n"
    )
    assert lint(rules, body) == [(3, "uji.satu"), (8, "uji.satu")]


def test_disable_to_end_of_file(rules: list[Rule]) -> None:
    assert lint(rules, "setalah\n\n<!-- newslint-disable -->\n\nsetalah\n\nkemontar\n") == [(3, "uji.satu")]


def test_disable_by_id_and_by_pack(rules: list[Rule]) -> None:
    body = (
        "<!-- newslint-disable uji.satu -->\nsetalah kemontar\n<!-- newslint-enable uji.satu -->\nsetalah\n"
    )
    assert lint(rules, body) == [(4, "uji.dua"), (6, "uji.satu")]
    body = "<!-- newslint-disable uji -->\nsetalah kemontar\n<!-- newslint-enable uji -->\nkemontar\n"
    assert lint(rules, body) == [(6, "uji.dua")]


def test_disable_several_ids(rules: list[Rule]) -> None:
    body = "<!-- newslint-disable uji.satu, uji.dua -->\nsetalah kemontar\n"
    assert lint(rules, body) == []
    body = "<!-- newslint-disable uji.satu uji.dua -->\nsetalah kemontar\n"
    assert lint(rules, body) == []


def test_enable_without_ids_closes_every_region(rules: list[Rule]) -> None:
    body = (
        "<!-- newslint-disable uji.satu -->\n<!-- newslint-disable uji.dua -->\nsetalah kemontar\n"
        "<!-- newslint-enable -->\nsetalah kemontar\n"
    )
    assert lint(rules, body) == [(7, "uji.satu"), (7, "uji.dua")]


def test_disable_next_line(rules: list[Rule]) -> None:
    body = "<!-- newslint-disable-next-line -->\nsetalah kemontar\nsetalah\n"
    assert lint(rules, body) == [(5, "uji.satu")]
    body = "<!-- newslint-disable-next-line uji.dua -->\nsetalah kemontar\nkemontar\n"
    assert lint(rules, body) == [(4, "uji.satu"), (5, "uji.dua")]


def test_disable_next_line_skips_blank_lines(rules: list[Rule]) -> None:
    body = "<!-- newslint-disable-next-line uji.satu -->\n\nsetalah\n\nsetalah\n"
    assert lint(rules, body) == [(7, "uji.satu")]


def test_disable_next_line_with_crlf(rules: list[Rule]) -> None:
    body = "<!-- newslint-disable-next-line -->\r\nsetalah\r\nsetalah\r\n"
    assert lint(rules, body) == [(5, "uji.satu")]


def test_directive_in_markdown(rules: list[Rule]) -> None:
    body = "<!-- newslint-disable-next-line uji.satu -->\nsetalah kemontar\n\nsetalah\n"
    assert lint(rules, body, "d.md") == [(4, "uji.dua"), (6, "uji.satu")]


def test_directive_text_is_not_prose(rules: list[Rule]) -> None:
    draft = inputs.decode("d.txt", b"Judul\n\nIsi <!-- newslint-disable uji.satu --> lagi.\n")
    doc = plugins.parse(draft.path, draft.text)
    assert "newslint" not in doc.prose and "Isi" in doc.prose


@pytest.mark.parametrize("sic", ["setalah [sic]", "setalah[sic]", "setalah [SIC]", "setalah  [sic]"])
def test_sic_after_a_word(rules: list[Rule], sic: str) -> None:
    assert lint(rules, f"Ia menulis {sic} dan setalah lagi.\n") == [(3, "uji.satu")]


def test_sic_only_covers_the_word_before_it(rules: list[Rule]) -> None:
    assert lint(rules, "[sic] setalah kemontar [sic]\n") == [(3, "uji.satu")]


def test_malformed_directive_is_ignored(rules: list[Rule]) -> None:
    assert lint(rules, "<!-- newslint-disabel -->\nsetalah\n") == [(4, "uji.satu")]
