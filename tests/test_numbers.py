"""Number style checks: separators, Rp, percent, digits opening a sentence, weekday and date."""

from __future__ import annotations

import pytest

from newslint import engine, plugins
from newslint.config import Config


def lint(rule_id: str, text: str) -> list[tuple[str, str | None, str]]:
    """(matched text, fix, message) of one rule's findings on a one-paragraph body."""
    rules = engine.rule_set(Config(), (rule_id,))
    doc = plugins.parse("t.txt", f"Judul\n\nJakarta, IDN Times - {text}\n")
    return [(doc.source[f.start : f.end], f.fix, f.message) for f in engine.lint(doc, rules)]


def test_english_separators() -> None:
    found = lint("eyd.angka-pemisah", "Naik 2.5 persen menjadi 1,250,000 ton, senilai US$1.5 miliar.")
    assert [(m, f) for m, f, _ in found] == [("2.5", "2,5"), ("1,250,000", "1.250.000"), ("1.5", "1,5")]


@pytest.mark.parametrize(
    "text", ["Pukul 10.30 WIB harga 1.000 rupiah naik 3,2 persen.", "Versi 2.5 dirilis.", "Skor 1,000 poin."]
)
def test_separators_left_alone(text: str) -> None:
    assert lint("eyd.angka-pemisah", text) == []


def test_currency() -> None:
    found = lint("eyd.rupiah", "Tiket Rp 25.000, parkir Rp. 5.000, bus Rp.10.000, dan Rp3.000 saja.")
    assert [(m, f) for m, f, _ in found] == [("Rp ", "Rp"), ("Rp. ", "Rp"), ("Rp.", "Rp")]


def test_percent_mixed_once_and_spaced_sign() -> None:
    found = lint("eyd.persen", "Beras naik 5 persen, gula 3%, minyak 2 %, dan cabai 10 persen.")
    assert [(m, f) for m, f, _ in found] == [("%", None), (" %", "%")]
    assert lint("eyd.persen", "Beras naik 5 persen dan gula 3 persen.") == []


def test_digits_opening_a_sentence() -> None:
    found = lint(
        "eyd.angka-awal-kalimat", "Pendaftaran dibuka. 500 mahasiswa lolos. Dasarnya Pergub No. 12 tahun ini."
    )
    assert [m for m, _, _ in found] == ["500"]


def test_weekday_and_date() -> None:
    text = "Rapat pada Selasa (3/6/2024), lalu Senin (3/6/2024), Rabu, 5 Juni 2024, dan Kamis (31/2/2025)."
    found = lint("eyd.hari-tanggal", text)
    assert [m for m, _, _ in found] == ["Selasa", "31/2/2025"]
    assert "Senin" in found[0][2]


def test_numbers_with_a_leading_zero_are_no_decimals() -> None:
    assert lint("eyd.angka-pemisah", "Kode 08.15 juta dan 00.30 jam, tetapi 0.5 persen.") == [
        ("0.5", "0,5", lint("eyd.angka-pemisah", "Naik 0.5 persen.")[0][2])
    ]


def test_percent_consistency_needs_one_article() -> None:
    rules = engine.rule_set(Config(), ("eyd.persen",))
    bundle = plugins.parse("t.txt", "Judul\n\nBeras naik 5 persen.\nGula naik 3%. Cabai naik 2 %.\n")
    assert [bundle.source[f.start : f.end] for f in engine.lint(bundle, rules)] == [" %"]
