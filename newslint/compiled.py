"""Regular expressions kept compiled between runs, the way Python keeps bytecode.

Python compiles a pattern in Python code (the `re` parser and code generator), 0.05-0.8 ms a
pattern, and a one-draft run compiles about ninety of newslint's, spent again by every run on
the same patterns and mostly on the path the run waits for. What the compiler produces is a
list of integers that the C engine takes back whole (`_sre.compile`, which checks it before
use), so each process keeps what it compiled beside newslint's bytecode, and later runs read it
back in well under a millisecond.

The store belongs to one interpreter build, as bytecode does: its file name carries the cache
tag and its header the exact version and the engine's magic number; any other store, or one
that cannot be read, is ignored whole, and an entry the engine refuses is made again. It is
written when Python writes bytecode (not under `-B` or PYTHONDONTWRITEBYTECODE), atomically,
and a folder that cannot be written goes without. The engine's entry points are private: if
they are missing, `re.compile()` answers, as it does for everything the store does not hold.

The modules newslint imports compile patterns of their own through `re` as they load (uuid's
`platform` seven, click and the JSON decoder a few): about 4 ms of every start, before the run
can fork. The store keeps those too, as they stood when the run began to lint (see
note_imported()), and the next run puts them in `re`'s own cache before it imports anything
that compiles them (see seed()): `re.compile()` then finds them there, as it would the second
time in one process. Patterns compiled later, from a draft's own words, are not kept.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from newslint.parsed import beside_bytecode, read_store, write_store

#: (flags, code, groups, group index, index group): the arguments of the engine's compile,
#: the code as the bytes of its code words (one object, where a list of ints would
#: cost the store's reading an object a word)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
#: a pattern (text or bytes) and its flags, as the store and re's cache key them
Key = tuple[str | bytes, int]


#: named after the interpreter, as the bytecode files are
STORE = beside_bytecode(f"regex.{sys.implementation.cache_tag or 'python'}.bin")
#: a store past this many patterns (rule files with ever new word lists) starts over
MAX_ENTRIES = 1000

_engine: Any = None
_parser: Any = None
_generator: Any = None
with contextlib.suppress(ImportError):
    _engine = importlib.import_module("_sre")
    _parser = importlib.import_module("re._parser")
    _generator = importlib.import_module("re._compiler")
#: code words are 4 bytes, read back as C unsigned ints ("I", 4 bytes wherever CPython runs);
#: no store for an engine with other words
_STORABLE = getattr(_engine, "CODESIZE", 0) == memoryview(bytes(4)).cast("I").itemsize == 4


#: this module's own layout of an entry
_FORMAT = 3


def _header() -> tuple[Any, ...]:
    return (_FORMAT, sys.hexversion, getattr(_engine, "MAGIC", None), getattr(_engine, "CODESIZE", None))


class _Store:
    """The patterns of one store file: read on the first compile, written by save()."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[Any, Any] | None = None
        self._seeds: tuple[Any, ...] = ()
        self._new: dict[Key, Entry] = {}
        # patterns compiled in this process, as re's own cache keeps them
        self._made: dict[tuple[str, int], re.Pattern[str]] = {}
        # the patterns other modules had compiled when the run began to lint
        self._imported: tuple[Key, ...] | None = None

    def entries(self) -> dict[Any, Any]:
        """What the file holds, unchecked: an entry is checked when it is used."""
        if self._entries is None:
            self._entries, self._seeds = _read_all(self.path)
        return self._entries

    def seed(self) -> None:
        """Put the patterns other modules compiled as an earlier run loaded them into re's
        cache, so that re.compile() finds them there."""
        cache = getattr(re, "_cache", None)
        if not isinstance(cache, dict) or _engine is None:
            return
        entries = self.entries()
        for key in self._seeds:
            try:
                pattern, flags = key
                made = _from_entry(pattern, entries[key])
            except Exception:
                continue  # (not an entry this build can use: that module compiles its own)
            cache.setdefault((type(pattern), pattern, flags), made)

    def note_imported(self) -> None:
        """Remember what re has compiled so far (the imported modules' own patterns), for
        save() to keep."""
        cache = getattr(re, "_cache", None)
        if not isinstance(cache, dict):
            return
        self._imported = tuple(
            (key[1], key[2])
            for key in list(cache)
            if isinstance(key, tuple)
            and len(key) == 3
            and type(key[1]) in (str, bytes)
            and type(key[2]) is int
        )

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        key = (pattern, int(flags))
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = self._compile(key)
        return made

    def _compile(self, key: tuple[str, int]) -> re.Pattern[str]:
        pattern, flags = key
        entry = self.entries().get(key)
        if entry is not None:
            try:
                return _from_entry(pattern, entry)
            except Exception:
                # an entry the engine refuses (or not one at all) is dropped and made again
                del self.entries()[key]
        generated = _generated(pattern, flags)
        if generated is None:
            return re.compile(pattern, flags)
        compiled, entry = generated
        self.entries()[key] = self._new[key] = entry
        return compiled

    def save(self) -> None:
        """Add what this process compiled to the file (atomically; quietly not, where it can't).

        Two processes of one run (see runner.split_hits) compile different patterns: each adds
        its own to what the file holds when it writes, so a lost race costs a compile later.
        """
        if sys.dont_write_bytecode:
            return
        imported = self._imported
        if imported is not None and imported != self._seeds:
            known = self.entries()
            for key in imported:
                if key not in known:
                    generated = _generated(*key)
                    if generated is not None:
                        self._new[key] = generated[1]
        elif not self._new:
            return
        entries, seeds = _read_all(self.path)
        if len(entries) + len(self._new) > MAX_ENTRIES:
            entries = {}
        entries.update(self._new)
        if imported is not None:
            seeds = tuple(key for key in imported if key in entries)
        write_store(self.path, marshal.dumps((_header(), entries, seeds)))
        self._new = {}
        self._seeds = seeds


def _from_entry(pattern: Any, entry: Any) -> re.Pattern[Any]:
    """The engine's pattern from a stored entry; raises when the entry is no entry, or one the
    engine refuses."""
    final, code, groups, groupindex, indexgroup = entry
    made: re.Pattern[Any] = _engine.compile(
        pattern, final, memoryview(code).cast("I").tolist(), groups, groupindex, indexgroup
    )
    return made


def _generated(pattern: Any, flags: int) -> tuple[re.Pattern[Any], Entry] | None:
    """The pattern compiled as re.compile() does, with the engine's arguments; None when the
    compiler's internals are not the ones this module knows."""
    if not _STORABLE or _parser is None or _generator is None:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(word) for word in _generator._code(parsed, flags)]
        state = parsed.state
        groupindex = {str(name): int(index) for name, index in state.groupdict.items()}
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        final = int(flags | state.flags)
        words = b"".join(word.to_bytes(4, sys.byteorder) for word in code)
        entry: Entry = (final, words, state.groups - 1, groupindex, tuple(indexgroup))
        compiled: re.Pattern[str] = _engine.compile(pattern, final, code, *entry[2:])
    except re.error:
        raise
    except Exception:
        return None
    return compiled, entry


def _read(path: Path) -> dict[Any, Any]:
    return _read_all(path)[0]


def _read_all(path: Path) -> tuple[dict[Any, Any], tuple[Any, ...]]:
    """The entries and the seeds (see seed()) of a store."""
    kept = read_store(path, _header())
    if len(kept) != 2 or not isinstance(kept[0], dict) or not isinstance(kept[1], tuple):
        return {}, ()
    return kept[0], kept[1]


_STORE = _Store(STORE)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the store when an earlier run compiled it."""
    return _STORE.compile(pattern, flags)


def save() -> None:
    """Keep this process's new patterns for later runs (see _Store.save)."""
    _STORE.save()


def seed() -> None:
    """Put the patterns that imported modules compiled in earlier runs into re's cache (see
    _Store.seed): before those modules are imported."""
    _STORE.seed()


def note_imported() -> None:
    """Remember the patterns the imported modules have compiled, for save() (see
    _Store.note_imported): once everything a run needs is imported, before it lints."""
    _STORE.note_imported()
