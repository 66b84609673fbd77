"""Parsed rule files kept in rules/__pycache__: used while a file is unchanged, never in its way."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from newslint import plugins
from newslint.cache import fingerprint
from newslint.errors import RuleError
from newslint.parsed import STORE_NAME, ParsedRules
from newslint.rules import DataDirs, load_rules

RULE = """type = "existence"
category = "style"
summary = "uji"
message = "kata {match}"
tokens = ["{word}"]
"""

HOUR_NS = 3_600_000_000_000


@pytest.fixture(autouse=True)
def writes_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    # the store is written when Python writes bytecode; the suite may run under -B
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def _rule(root: Path, word: str, *, age_ns: int = HOUR_NS) -> Path:
    path = root / "rules" / "uji" / "kata.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(RULE.replace("{word}", word), encoding="utf-8")
    past = time.time_ns() - age_ns
    os.utime(path, ns=(past, past))
    return path


def _words(root: Path) -> list[str]:
    (rule,) = load_rules(DataDirs((root,)), plugins.check_types())
    return list(rule.params["tokens"])


def _store(root: Path) -> Path:
    return root / "rules" / "__pycache__" / STORE_NAME


def test_a_parsed_file_is_stored_and_read_back(tmp_path: Path) -> None:
    path = _rule(tmp_path, "alpha")
    assert _words(tmp_path) == ["alpha"]
    assert _store(tmp_path).is_file()
    # same size and time, as with .pyc files: the stored parse answers, the file is not read
    stat = path.stat()
    path.write_text(RULE.replace("{word}", "omega"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert ParsedRules(tmp_path / "rules").parse(path)["tokens"] == ["alpha"]


def test_an_edited_file_is_parsed_again(tmp_path: Path) -> None:
    path = _rule(tmp_path, "alpha")
    assert _words(tmp_path) == ["alpha"]
    stat = path.stat()
    path.write_text(RULE.replace("{word}", "betagamma"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert _words(tmp_path) == ["betagamma"]


def test_a_file_written_just_now_is_not_stored(tmp_path: Path) -> None:
    # within the clock's resolution an edit of the same size would go unseen
    _rule(tmp_path, "alpha", age_ns=0)
    assert _words(tmp_path) == ["alpha"]
    assert not _store(tmp_path).exists()


def test_a_damaged_store_is_ignored_and_rewritten(tmp_path: Path) -> None:
    _rule(tmp_path, "alpha")
    _store(tmp_path).parent.mkdir(parents=True)
    _store(tmp_path).write_bytes(b"\x00not marshal")
    assert _words(tmp_path) == ["alpha"]
    assert ParsedRules(tmp_path / "rules")._entries


def test_no_store_without_bytecode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    _rule(tmp_path, "alpha")
    assert _words(tmp_path) == ["alpha"]
    assert not (tmp_path / "rules" / "__pycache__").exists()


def test_a_folder_that_cannot_hold_the_store_goes_without(tmp_path: Path) -> None:
    _rule(tmp_path, "alpha")
    (tmp_path / "rules" / "__pycache__").write_text("a file, not a folder", encoding="utf-8")
    assert _words(tmp_path) == ["alpha"]
    assert _words(tmp_path) == ["alpha"]


def test_a_broken_file_is_still_an_error_naming_it(tmp_path: Path) -> None:
    path = _rule(tmp_path, "alpha")
    path.write_text('type = "existence\n', encoding="utf-8")
    with pytest.raises(RuleError, match=r"kata\.toml"):
        _words(tmp_path)


def test_a_file_that_is_not_utf8_is_an_error_naming_it(tmp_path: Path) -> None:
    path = _rule(tmp_path, "alpha")
    path.write_bytes(path.read_bytes() + b"# caf\xe9\n")
    with pytest.raises(RuleError, match=r"kata\.toml: 'utf-8' codec can't decode"):
        _words(tmp_path)


def test_the_store_does_not_change_the_findings_cache_key(tmp_path: Path) -> None:
    _rule(tmp_path, "alpha")
    before = fingerprint([tmp_path], [], [])
    _words(tmp_path)
    assert _store(tmp_path).is_file()
    assert fingerprint([tmp_path], [], []) == before


def test_parameters_are_read_only_when_the_check_is_made(tmp_path: Path) -> None:
    # metadata is all a listing, a selection or the run before its fork needs; a rule's
    # parameters stay marshalled until its check is made
    path = _rule(tmp_path, "alpha")
    assert _words(tmp_path) == ["alpha"]
    store = ParsedRules(tmp_path / "rules")
    entry = store._entries["uji/kata.toml"]
    assert entry[2]["summary"] == "uji" and "tokens" not in entry[2] and entry[3] == ("tokens",)
    store._entries["uji/kata.toml"] = (*entry[:4], b"\x00 not marshal", entry[5])
    store._changed = True
    store.save()
    (rule,) = load_rules(DataDirs((tmp_path,)), plugins.check_types(), lazy=True)
    assert rule.id == "uji.kata" and rule.summary == "uji" and not rule.made
    # damaged inside a store that reads back whole, the parameters come from the file itself
    assert list(rule.params["tokens"]) == ["alpha"]
    assert ParsedRules(tmp_path / "rules")._entries["uji/kata.toml"][4] == b"\x00 not marshal"
    assert path.is_file()


def test_rule_files_are_listed_in_path_order_with_ids_from_their_paths(tmp_path: Path) -> None:
    base = tmp_path / "rules"
    names = ("b/z.toml", "a.toml", "a/y.toml", "a/x/w.toml", "a-b.toml", "c/catatan.txt", "__pycache__/x.bin")
    for name in names:
        (base / name).parent.mkdir(parents=True, exist_ok=True)
        (base / name).write_text("", encoding="utf-8")
    listed = list(DataDirs((tmp_path,)).rule_files())
    assert [path for _, path, _ in listed] == sorted(base.rglob("*.toml"))
    assert [rule_id for rule_id, _, _ in listed] == ["a.x.w", "a.y", "a-b", "a", "b.z"]
    assert {folder for _, _, folder in listed} == {base}


def test_a_stored_parameter_naming_a_dictionary_is_still_resolved(tmp_path: Path) -> None:
    path = tmp_path / "rules" / "uji" / "kamus.toml"
    path.parent.mkdir(parents=True)
    path.write_text(RULE.replace('["{word}"]', '{ dictionary = "kata" }'), encoding="utf-8")
    past = time.time_ns() - HOUR_NS
    os.utime(path, ns=(past, past))
    (tmp_path / "dictionaries").mkdir()
    (tmp_path / "dictionaries" / "kata.txt").write_text("alpha\nbeta\n", encoding="utf-8")
    first = _words(tmp_path)
    entry = ParsedRules(tmp_path / "rules")._entries["uji/kamus.toml"]
    assert entry[3] == ("tokens",) and entry[5] == ("tokens",)
    # read back from the store, the reference is resolved as on the first run
    assert sorted(_words(tmp_path)) == sorted(first) == ["alpha", "beta"]


def test_a_stored_parameter_naming_nothing_outside_is_used_as_stored(tmp_path: Path) -> None:
    _rule(tmp_path, "alpha")
    assert _words(tmp_path) == ["alpha"]
    entry = ParsedRules(tmp_path / "rules")._entries["uji/kata.toml"]
    assert entry[3] == ("tokens",) and entry[5] == ()
    assert _words(tmp_path) == ["alpha"]
