"""ejaan.konteks: a slip onto a real word that its neighbours give away, and the word-pair table."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from newslint import engine, plugins
from newslint.checks.context import ContextSlip
from newslint.config import Config
from newslint.document import Block, BlockKind, Document
from newslint.errors import RuleError
from newslint.lexicon.bigrams import BigramError, Bigrams
from newslint.rules import Rule

REPO = Path(__file__).resolve().parent.parent
TABLE = REPO / "dictionaries" / "bigram" / "kumparan.bin"
(RULE,) = engine.rule_set(Config(), ("ejaan.konteks",))


def _build_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_bigrams", REPO / "tools" / "build_bigrams.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_bigrams"] = module
    spec.loader.exec_module(module)
    return module


def slips(text: str, rule: Rule = RULE) -> list[tuple[str, str]]:
    """(flagged word, suggestion) for each finding on `text` as one body paragraph."""
    doc = plugins.parse("uji.txt", text)
    doc = Document(doc.path, doc.source, doc.prose, (Block(BlockKind.PARAGRAPH, 0, len(text)),))
    return [(text[f.start : f.end], f.suggestions[0]) for f in engine.lint(doc, [rule])]


FIRES = [
    ("Ia berhasil menurunkan barat badan hingga sepuluh kilogram.", [("barat", "berat")]),
    ("Itu salah situ hal yang penting bagi warga.", [("situ", "satu")]),
    ("Pasien dirawat karena infeksi sayuran kemih sejak Senin.", [("sayuran", "saluran")]),
    ("Perawatan rutin membuat kulit wajar semakin cerah.", [("wajar", "wajah")]),
]

QUIET = [
    # the same sentences written right
    "Ia berhasil menurunkan berat badan hingga sepuluh kilogram. Itu salah satu hal yang penting "
    "bagi warga. Pasien dirawat karena infeksi saluran kemih sejak Senin. Perawatan rutin membuat "
    "kulit wajah semakin cerah.",
    # words the corpus has barely seen are not judged
    "Warga berbelanja sagu dan serai di pasar. Santri belajar aspek keimanan jemaah.",
    # one neighbour only: punctuation, a sentence edge
    "Ia menurunkan barat, badan terasa ringan. Itu salah situ.",
    # capitalized: a name or a sentence start
    "Itu salah Situ Gintung. Barat badan negara itu luas.",
    # the intended word was never seen beside the other neighbour ("berat badan adonan")
    "Koki menakar berat bahan adonan dengan teliti.",
    # the written pair is in the corpus, so it is meant
    "Ia menyimpan rasa itu di hati di setiap langkahnya.",
]


@pytest.mark.parametrize(("text", "expected"), FIRES, ids=[t for t, _ in FIRES])
def test_fires(text: str, expected: list[tuple[str, str]]) -> None:
    assert slips(text) == expected


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert slips(text) == []


def test_a_listed_phrase_is_meant() -> None:
    check = RULE.check
    assert isinstance(check, ContextSlip)
    plain = ContextSlip(check.path, function_words=check.function_words)
    listed = ContextSlip(check.path, function_words=check.function_words, phrases=["barat badan"])
    text = "Ia berhasil menurunkan barat badan hingga sepuluh kilogram."
    assert slips(text, replace(RULE, check=plain)) == [("barat", "berat")]
    assert slips(text, replace(RULE, check=listed)) == []


def test_pairs_meant_together_and_function_words() -> None:
    check = RULE.check
    assert isinstance(check, ContextSlip)
    text = "Itu salah situ hal yang penting bagi warga."
    both = ContextSlip(check.path, distinct=["situ/satu"])
    assert slips(text, replace(RULE, check=both)) == []
    # the written word is a function word: another rule's
    skip = ContextSlip(check.path, function_words=["situ"])
    assert slips(text, replace(RULE, check=skip)) == []


def test_the_margin_decides() -> None:
    check = RULE.check
    assert isinstance(check, ContextSlip)
    strict = ContextSlip(check.path, margin=40.0)
    assert slips("Itu salah situ hal yang penting.", replace(RULE, check=strict)) == []


@pytest.mark.parametrize(
    "kwargs",
    [{"margin": -1}, {"min-count": 0}, {"discount": 1.0}, {"min-zipf": "x"}],
    ids=["margin", "min-count", "discount", "min-zipf"],
)
def test_bad_parameters(kwargs: dict[str, object]) -> None:
    args = {k.replace("-", "_"): v for k, v in kwargs.items()}
    with pytest.raises(ValueError):
        ContextSlip(TABLE, **args)  # type: ignore[arg-type]


def test_a_broken_table_is_a_rule_error(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.bin"
    bad.write_bytes(b"bukan tabel")
    broken = replace(RULE, check=ContextSlip(bad))
    with pytest.raises(RuleError, match=r"rusak\.bin: cannot read the word-pair table"):
        slips("Itu salah situ hal yang penting.", broken)


# --- the table -----------------------------------------------------------------------------------

DATASET = """\
Warga\tNN
datang\tVB
sore\tNN
hari\tNN
.\tSYM

Rumah\tNN
sore\tNN
hari\tNN
ini\tDT

Rumah\tNN
sore\tNN
hari\tNN
ini\tDT

Acara\tNN
nya\tPR
sore\tNN
hari\tNN
"""


def test_build_and_read_back(tmp_path: Path) -> None:
    build = _build_module()
    path = tmp_path / "t.bin"
    path.write_bytes(build.build(DATASET.encode("utf-8")))
    table = Bigrams.load(path)
    # the repeated sentence counts once; "nya" is joined back; punctuation ends a pair
    assert table.count("sore") == 3
    assert table.pair("sore", "hari") == 3
    assert table.pair("acaranya", "sore") == 1
    assert table.count("nya") == 0
    assert table.pair("hari", "ini") == 1
    assert table.pair("hari", ".") == 0
    assert table.usual_after("sore") == ("hari",)
    assert table.usual_before("hari") == ("sore",)
    assert table.index("tidak-ada") == -1
    assert table.pairs_after("sore") == 3
    # three pairs start with "sore", all before "hari": after it, "hari" keeps nearly all
    assert table.following("sore", "hari", 0.001, 0.75) > 0.5


def test_the_shipped_table_reads() -> None:
    table = Bigrams.load(TABLE)
    assert hash(table) == hash(table)
    assert table.count("yang") > 1000
    assert table.pair("rumah", "sakit") > 10
    assert "badan" in table.usual_after("berat")
    assert table.index("kata-yang-tidak-ada") == -1


@pytest.mark.parametrize("damage", ["magic", "truncated", "trailing", "one byte", "empty"])
def test_a_damaged_table_is_refused(tmp_path: Path, damage: str) -> None:
    data = TABLE.read_bytes()
    middle = len(data) // 2
    broken = {
        "magic": b"NLBIGR00" + data[8:],
        "truncated": data[:-10],
        "trailing": data + b"\0\0",
        "one byte": data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :],
        "empty": b"",
    }[damage]
    path = tmp_path / "t.bin"
    path.write_bytes(broken)
    with pytest.raises(BigramError):
        Bigrams.load(path)
