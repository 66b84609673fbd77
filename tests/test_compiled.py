"""Patterns kept compiled between runs: read back as re.compile() makes them, never in the way."""

from __future__ import annotations

import marshal
import os
import re
import sys
from pathlib import Path

import pytest

from newslint import compiled, document, rules

from .conftest import runs_keeping_stores

PATTERN = r"(?P<angka>\d+)\s*(persen|%)"
TEXT = "Harga cabai naik 12 persen, bawang 3 %, beras 40persen."


@pytest.fixture(autouse=True)
def writes_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    # the store is written when Python writes bytecode; the suite may run under -B
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [m.groups() for m in a.finditer(TEXT)] == [m.groups() for m in b.finditer(TEXT)]
    assert a == b  # patterns compare by their code too


def _fail(*args: object) -> None:
    raise AssertionError("compiled anew")


def test_a_stored_pattern_is_read_back_as_re_compile_makes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "regex.bin"
    first = compiled._Store(path)
    _same(first.compile(PATTERN, re.IGNORECASE), re.compile(PATTERN, re.IGNORECASE))
    first.save()
    assert path.is_file()
    # a later run answers from the file, without compiling
    monkeypatch.setattr(compiled, "_generated", _fail)
    later = compiled._Store(path)
    _same(later.compile(PATTERN, re.IGNORECASE), re.compile(PATTERN, re.IGNORECASE))
    # the flags are part of the key
    with pytest.raises(AssertionError, match="compiled anew"):
        later.compile(PATTERN)


def test_each_process_adds_its_own_patterns(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    one, two = compiled._Store(path), compiled._Store(path)
    one.compile(r"\d+")
    two.compile(r"[aeiou]")
    one.save()
    two.save()
    assert set(compiled._read(path)) == {(r"\d+", 0), (r"[aeiou]", 0)}


def test_nothing_new_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    store = compiled._Store(path)
    store.compile(r"\d+")
    store.save()
    before = path.stat().st_mtime_ns
    os.utime(path, ns=(0, 0))
    again = compiled._Store(path)
    again.compile(r"\d+")
    again.save()
    assert path.stat().st_mtime_ns == 0 != before


def test_no_store_without_bytecode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    store = compiled._Store(tmp_path / "regex.bin")
    store.compile(r"\d+")
    store.save()
    assert not (tmp_path / "regex.bin").exists()


def test_a_folder_that_cannot_hold_the_store_goes_without(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    store = compiled._Store(tmp_path / "file" / "regex.bin")
    assert store.compile(r"\d+").findall("a 12 b 3") == ["12", "3"]
    store.save()  # no error
    assert list(tmp_path.iterdir()) == [tmp_path / "file"]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal",
        marshal.dumps([1, 2, 3]),
        # another interpreter's store
        marshal.dumps(((0, 0, 0), {(r"\d+", 0): (32, [1, 2], 0, {}, (None,))}, ())),
        # an earlier layout of this one
        marshal.dumps(((2, *compiled._header()[1:]), {})),
    ],
)
def test_a_damaged_or_foreign_store_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "regex.bin"
    path.write_bytes(content)
    store = compiled._Store(path)
    _same(store.compile(PATTERN), re.compile(PATTERN))
    store.save()
    assert set(compiled._read(path)) == {(PATTERN, 0)}


def test_an_entry_the_engine_refuses_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    store = compiled._Store(path)
    store.compile(PATTERN)
    store.save()
    header, entries, seeds = marshal.loads(path.read_bytes())
    flags, code, groups, groupindex, indexgroup = entries[(PATTERN, 0)]
    # code the engine's check rejects: a jump past the end
    bad = code[:-4] + (10_000).to_bytes(4, sys.byteorder) + code[-4:]
    entries[(PATTERN, 0)] = (flags, bad, groups, groupindex, indexgroup)
    entries[(r"\d+", 0)] = "not an entry"
    path.write_bytes(marshal.dumps((header, entries, seeds)))
    store = compiled._Store(path)
    _same(store.compile(PATTERN), re.compile(PATTERN))
    assert store.compile(r"\d+").findall("a 12 b 3") == ["12", "3"]
    store.save()
    assert compiled._read(path)[(PATTERN, 0)] != entries[(PATTERN, 0)]


#: patterns no module compiles: each test's own, so re's cache holds none of them beforehand
IMPORTED = r"(?P<kunci>[a-z]+)=(?P<nilai>\d+) # dari modul lain"
LATER = r"Jakarta(?=, IDN Times) # dari naskah"


def test_what_imported_modules_compiled_is_put_in_re_s_cache_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(re, "_cache", dict(re._cache))  # (the suite's own cache is left as it was)
    path = tmp_path / "regex.bin"
    first = compiled._Store(path)
    first.compile(r"\d+")
    re.compile(IMPORTED, re.VERBOSE)  # a module's own pattern, compiled as it loads
    first.note_imported()
    re.compile(LATER, re.VERBOSE)  # one compiled later, from a draft's words
    first.save()
    seeds = compiled._read_all(path)[1]
    assert (IMPORTED, re.VERBOSE) in seeds and (LATER, re.VERBOSE) not in seeds
    # newslint's own patterns are no seeds: they never pass through re's cache
    assert (r"\d+", 0) not in seeds
    # the next run: none of them compiled yet
    re.purge()
    later = compiled._Store(path)
    later.seed()
    monkeypatch.setattr(compiled, "_generated", _fail)
    monkeypatch.setattr(re._compiler, "compile", _fail)
    seeded = re.compile(IMPORTED, re.VERBOSE)  # found in re's cache: not compiled
    monkeypatch.undo()
    _same(seeded, re.compile(IMPORTED, re.VERBOSE))
    assert seeded.match("harga=12").groupdict() == {"kunci": "harga", "nilai": "12"}
    # unchanged seeds are not written again
    os.utime(path, ns=(0, 0))
    later.note_imported()
    later.save()
    assert path.stat().st_mtime_ns == 0


def test_a_seed_this_build_cannot_use_is_compiled_by_its_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(re, "_cache", {})
    path = tmp_path / "regex.bin"
    verbose = int(re.VERBOSE)
    entries = {(IMPORTED, verbose): "not an entry"}
    path.write_bytes(marshal.dumps((compiled._header(), entries, ((IMPORTED, verbose), (LATER, verbose)))))
    compiled._Store(path).seed()
    assert re._cache == {}
    assert re.compile(IMPORTED, re.VERBOSE).match("harga=12") is not None


def test_a_bad_pattern_is_re_compile_s_error() -> None:
    with pytest.raises(re.error):
        compiled.compile("(unclosed")


def test_a_run_keeps_its_patterns_for_the_next_and_finds_the_same(tmp_path: Path) -> None:
    (first, second, plain), bytecode = runs_keeping_stores(tmp_path)
    stores = list(bytecode.rglob("regex.*.bin"))
    assert len(stores) == 1
    kept = {pattern for pattern, _ in compiled._read(stores[0])}
    # with what the modules it imported compiled through re, for the next run's seed()
    entries, seeds = compiled._read_all(stores[0])
    assert seeds and all(key in entries for key in seeds)
    # the parser's patterns, compiled at import, and those of the rules and word lists
    assert {document.WORD_RE.pattern, document.LINE_BREAK.pattern, rules._COMMENT} <= kept
    assert len(kept) > 50
    assert first.returncode == second.returncode == plain.returncode == 1
    assert first.stdout == second.stdout == plain.stdout


def test_a_store_past_its_size_starts_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # rule files with ever new word lists would otherwise grow it, and every run reads it whole
    monkeypatch.setattr(compiled, "MAX_ENTRIES", 2)
    path = tmp_path / "regex.bin"
    first = compiled._Store(path)
    first.compile(r"\d+")
    first.compile(r"[aeiou]")
    first.save()
    later = compiled._Store(path)
    later.compile(r"\s+")
    later.save()
    assert set(compiled._read(path)) == {(r"\s+", 0)}
