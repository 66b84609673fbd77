"""Indexes kept between runs: read back as they were built, never in the way."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newslint import config, engine, indexes, plugins, rules
from newslint.checks.realword import Collocation
from newslint.parsed import read_entries

from .conftest import FIXTURES, REPO, runs_keeping_stores

SLOT = ("test", "/kamus.txt")
VERSION = (1, 1_700_000_000_000_000_000, 2)
KEY = (SLOT, VERSION)
INDEX = ({"rumah": "sakit makan"}, ("lalu", "lintas"), [2, 3])


@pytest.fixture(autouse=True)
def writes_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    # the store is written when Python writes bytecode; the suite may run under -B
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def _fail() -> Any:
    raise AssertionError("built anew")


def test_a_kept_index_is_read_back_as_it_was_built(tmp_path: Path) -> None:
    path = tmp_path / "indexes.marshal"
    first = indexes._Store(path)
    assert first.kept(*KEY, lambda: INDEX) == INDEX
    first.save()
    assert path.is_file()
    later = indexes._Store(path)
    assert later.kept(*KEY, _fail) == INDEX
    # another slot is built
    with pytest.raises(AssertionError, match="built anew"):
        later.kept(("test", "/kamus-lain.txt"), VERSION, _fail)


def test_a_new_version_replaces_the_old_in_its_slot(tmp_path: Path) -> None:
    # a word list edited again and again does not grow the store every run reads
    path = tmp_path / "indexes.marshal"
    first = indexes._Store(path)
    first.kept(*KEY, lambda: INDEX)
    first.save()
    edited = (1, VERSION[1] + 1, 3)
    later = indexes._Store(path)
    with pytest.raises(AssertionError, match="built anew"):
        later.kept(SLOT, edited, _fail)
    assert later.kept(SLOT, edited, lambda: "baru") == "baru"
    later.save()
    assert read_entries(path, indexes._header()).keys() == {SLOT}
    assert indexes._Store(path).kept(SLOT, edited, _fail) == "baru"


def test_each_process_adds_its_own_indexes(tmp_path: Path) -> None:
    path = tmp_path / "indexes.marshal"
    one, two = indexes._Store(path), indexes._Store(path)
    one.kept(("a",), VERSION, lambda: 1)
    two.kept(("b",), VERSION, lambda: 2)
    one.save()
    two.save()
    assert set(read_entries(path, indexes._header())) == {("a",), ("b",)}


def test_nothing_new_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "indexes.marshal"
    first = indexes._Store(path)
    first.kept(*KEY, lambda: INDEX)
    first.save()
    before = path.stat().st_mtime_ns
    time.sleep(0.01)
    later = indexes._Store(path)
    later.kept(*KEY, _fail)
    later.save()
    assert path.stat().st_mtime_ns == before


def test_no_store_without_bytecode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    store = indexes._Store(tmp_path / "indexes.marshal")
    assert store.kept(*KEY, lambda: INDEX) == INDEX
    store.save()
    assert not (tmp_path / "indexes.marshal").exists()


def test_a_folder_that_cannot_hold_the_store_goes_without(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    store = indexes._Store(blocker / "indexes.marshal")
    assert store.kept(*KEY, lambda: INDEX) == INDEX
    store.save()
    assert blocker.read_text() == ""


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal", b"\x00\x01\x02", __import__("marshal").dumps(((0, 0), {SLOT: (VERSION, b"x")}))],
)
def test_a_damaged_or_foreign_store_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "indexes.marshal"
    path.write_bytes(content)
    built = []
    store = indexes._Store(path)
    assert store.kept(*KEY, lambda: built.append(1) or INDEX) == INDEX
    assert built == [1]


def test_an_entry_that_cannot_be_read_back_is_built_again(tmp_path: Path) -> None:
    import marshal

    path = tmp_path / "indexes.marshal"
    path.write_bytes(marshal.dumps((indexes._header(), {SLOT: (VERSION, b"\xff broken")})))
    store = indexes._Store(path)
    assert store.kept(*KEY, lambda: INDEX) == INDEX
    store.save()
    assert indexes._Store(path).kept(*KEY, _fail) == INDEX


def test_an_entry_of_another_layout_is_built_again(tmp_path: Path) -> None:
    import marshal

    path = tmp_path / "indexes.marshal"
    other = marshal.dumps(["not", "an", "index"])
    path.write_bytes(marshal.dumps((indexes._header(), {SLOT: (VERSION, other)})))
    store = indexes._Store(path)
    assert store.kept(*KEY, lambda: INDEX, lambda value: isinstance(value, tuple)) == INDEX


def test_a_store_past_its_size_starts_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # more word lists than that would otherwise grow it, and every run reads it whole
    monkeypatch.setattr(indexes, "MAX_ENTRIES", 2)
    path = tmp_path / "indexes.marshal"
    first = indexes._Store(path)
    first.kept(("a",), VERSION, lambda: 1)
    first.kept(("b",), VERSION, lambda: 2)
    first.save()
    later = indexes._Store(path)
    later.kept(("c",), VERSION, lambda: 3)
    later.save()
    assert set(read_entries(path, indexes._header())) == {("c",)}


def test_a_dictionary_names_the_file_it_was_read_from(tmp_path: Path) -> None:
    settled = tmp_path / "kamus.txt"
    settled.write_text("rumah sakit\nlalu lintas\n", encoding="utf-8")
    old = time.time_ns() - 60 * 10**9
    os.utime(settled, ns=(old, old))
    words = rules.load_dictionary(settled)
    assert words == {"rumah sakit", "lalu lintas"}
    assert isinstance(words, rules.WordList)
    stat = settled.stat()
    assert words.origin == (str(settled.absolute()), stat.st_mtime_ns, stat.st_size)
    # a file changed this moment may change again within its time's resolution, unseen: no key
    fresh = tmp_path / "baru.txt"
    fresh.write_text("rumah sakit\n", encoding="utf-8")
    fresh_words = rules.load_dictionary(fresh)
    assert isinstance(fresh_words, rules.WordList)
    assert fresh_words.origin is None


def _drafts() -> list[Path]:
    golden = REPO / "tests" / "golden"
    found = sorted(golden.rglob("*.txt")) + sorted(golden.rglob("*.md"))
    return [*found, REPO / "examples" / "contoh-draf.txt", FIXTURES / "seed" / "menlu-china-rusia.txt"]


def test_the_collocation_check_finds_the_same_with_its_index_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rule = next(r for r in engine.rule_set(config.Config(), lazy=True) if r.id == "ejaan.kolokasi")
    params = dict(rule.params)
    assert isinstance(params["collocations"], rules.WordList) and params["collocations"].origin
    path = tmp_path / "indexes.marshal"
    monkeypatch.setattr(indexes, "_STORE", indexes._Store(path))
    built = Collocation(**params)
    indexes.save()
    # a later run reads the index back, not building it
    monkeypatch.setattr(indexes, "_STORE", indexes._Store(path))
    monkeypatch.setattr("newslint.checks.realword._collocation_index", lambda *args: _fail())
    kept = Collocation(**params)
    monkeypatch.undo()
    # a list given in the rule file itself (no file to key by) is indexed every run
    inline = Collocation(**(params | {"collocations": frozenset(params["collocations"])}))
    # a run over many drafts has the sets built for speed first (see Collocation.prepare)
    prepared = Collocation(**params)
    prepared.prepare()
    assert isinstance(prepared.phrases, frozenset) and isinstance(prepared.after, dict)
    example = "Korban dilarikan ke rumah sakti terdekat setelah kecelakaan lalu lintah itu.\n"
    texts = [example, *(p.read_text(encoding="utf-8") for p in _drafts())]
    found = 0
    for number, text in enumerate(texts):
        results = [
            [tuple(h) for h in check.check(plugins.parse(f"draft{number}.txt", text))]
            for check in (built, kept, inline, prepared)
        ]
        assert results[0] == results[1] == results[2] == results[3]
        found += len(results[0])
    assert found >= 2


def test_a_run_keeps_its_indexes_for_the_next_and_finds_the_same(tmp_path: Path) -> None:
    (first, second, plain), bytecode = runs_keeping_stores(tmp_path)
    stores = list(bytecode.rglob("indexes.*.marshal"))
    assert len(stores) == 1
    assert any(slot[0] == "collocation" for slot in read_entries(stores[0], indexes._header()))
    assert first.returncode == second.returncode == plain.returncode == 1
    assert first.stdout == second.stdout == plain.stdout


def test_a_process_linting_many_drafts_builds_the_fast_sets_once() -> None:
    from newslint.checks import realword

    rule = next(r for r in engine.rule_set(config.Config(), lazy=True) if r.id == "ejaan.kolokasi")
    check = rule.check
    assert isinstance(check, Collocation)
    doc = plugins.parse("draf.txt", "Korban dilarikan ke rumah sakti terdekat.\n")
    first = list(check.check(doc))
    # a one-draft run keeps the sets as they were read
    assert not isinstance(check.phrases, frozenset) and not isinstance(check.before, dict)
    for _ in range(realword.PREPARE_AFTER - 1):
        last = list(check.check(doc))
    assert isinstance(check.phrases, frozenset) and isinstance(check.before, dict)
    assert first == last and first
