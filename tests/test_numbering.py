"""Numbered subheadings and listicle counts, on the seed draft edited in memory and on Markdown."""

from __future__ import annotations

from pathlib import Path

from newslint import engine, plugins
from newslint.config import Config
from newslint.rules import Finding

SEED = Path(__file__).resolve().parent / "fixtures" / "seed" / "menlu-china-rusia.txt"


def lint(text: str, select: str = "struktur", path: str = "draft.txt") -> list[Finding]:
    rules = engine.rule_set(Config(), (select,))
    return engine.lint(plugins.parse(path, text), rules)


def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_is_clean() -> None:
    assert lint(seed()) == []


def test_third_section_numbered_four() -> None:
    text = seed().replace("\n3. Wang akan membahas", "\n4. Wang akan membahas")
    findings = lint(text)
    assert [(f.rule, f.line, f.column, f.end_column) for f in findings] == [("struktur.penomoran", 33, 1, 3)]
    assert findings[0].suggestions == ("3.",)


def test_headline_count_against_sections() -> None:
    lines = seed().split("\n")
    lines[0] = "4 Fakta Kunjungan Menlu China ke Rusia"
    findings = lint("\n".join(lines))
    assert [(f.rule, f.line, f.column, f.end_column) for f in findings] == [
        ("struktur.jumlah-subjudul", 1, 1, 2)
    ]
    assert findings[0].suggestions == ("3",)


def test_headline_count_in_words() -> None:
    lines = seed().split("\n")
    lines[0] = "Lima Alasan Menlu China Berkunjung ke Rusia"
    findings = lint("\n".join(lines), "struktur.jumlah-subjudul")
    assert [(f.line, f.column, f.end_column) for f in findings] == [(1, 1, 5)]
    assert findings[0].suggestions == ("Tiga",)


def test_quantity_and_plain_headline_numbers_are_not_counts() -> None:
    for headline in (
        "Wang Yi Habiskan 3 Hari di Moskow",
        "Rusia dan China Teken 12 Perjanjian Dagang",
        "Dua Menteri Bertemu",
    ):
        lines = seed().split("\n")
        lines[0] = headline
        assert lint("\n".join(lines), "struktur.jumlah-subjudul") == [], headline


def test_related_lines_never_count() -> None:
    text = seed().replace(
        "Baca Juga: Menlu Retno Bertemu Menlu China, Ini Isu yang Dibahas", "Baca Juga: 7 Fakta Menlu Retno"
    )
    assert lint(text) == []


def test_gap_flags_only_the_first_slip() -> None:
    body = "\n\n".join(f"{n}. Bagian {n}\n\nIsi bagian." for n in (1, 2, 4, 5))
    findings = lint("Judul Artikel Daftar\n\n" + body)
    assert [(f.rule, f.line) for f in findings] == [("struktur.penomoran", 11)]


def test_wrong_start() -> None:
    body = "\n\n".join(f"{n}. Bagian {n}\n\nIsi bagian." for n in (2, 3, 4))
    findings = lint("Judul Artikel Daftar\n\n" + body)
    assert [(f.rule, f.line, f.suggestions) for f in findings] == [("struktur.penomoran", 3, ("1.",))]


def test_markdown_headings() -> None:
    text = "# Tiga Cara Hemat\n\n## 1. Pertama\n\nIsi.\n\n## 2. Kedua\n\nIsi.\n\n## 2) Ketiga\n\nIsi.\n"
    findings = lint(text, path="draft.md")
    assert sorted((f.rule, f.line, f.column) for f in findings) == [
        ("struktur.gaya-nomor", 11, 4),
        ("struktur.penomoran", 11, 4),
    ]
