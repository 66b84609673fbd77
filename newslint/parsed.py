"""Parsed rule files kept between runs, the way Python keeps bytecode.

Parsing the rule packs' TOML is about a tenth of a one-draft run (the pure-Python parser reads
a long confusion table slowly), while reading back what it produced takes under a millisecond.
So each `rules/` folder keeps its parsed files in `rules/__pycache__/`, and a file's entry is
used only while the file has the same size and modification time, as with `.pyc` files. The
store is written when Python writes bytecode (not under `-B` or PYTHONDONTWRITEBYTECODE), and
a folder that cannot be written simply goes without.

A stored file keeps its metadata (the keys named `eager`) apart from its parameters, which stay
marshalled until a value is asked for: a one-draft run reads every rule's metadata before it
forks, but a rule's parameters only in the process that makes its check, and the confusion
table alone is most of the store.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import time
from collections.abc import Callable, Collection, Iterator, Mapping
from pathlib import Path
from typing import Any

from newslint.errors import RuleError

#: marshal's format belongs to the interpreter, as bytecode does
STORE_NAME = f"rules.{sys.implementation.cache_tag or 'python'}.marshal"
#: a file changed this recently may change again within the clock's resolution unseen
RACY_NS = 2_000_000_000

#: (modification time, size, the eager keys' values, the other keys, their values marshalled,
#: the other keys whose values `refers` to something outside the file)
Entry = tuple[int, int, dict[str, Any], tuple[str, ...], bytes, tuple[str, ...]]


class StoredFile(Mapping[str, Any]):
    """A stored TOML file: the eager keys' values at hand, the others unmarshalled on first ask."""

    def __init__(
        self,
        eager: dict[str, Any],
        names: tuple[str, ...],
        blob: bytes,
        referring: tuple[str, ...],
        source: Path,
    ):
        self._eager = eager
        self._names = names
        self._blob = blob
        self._referring = frozenset(referring)
        self._source = source
        self._rest: dict[str, Any] | None = None

    def self_contained(self, key: str) -> bool:
        """The value of `key` was found to refer to nothing outside the file when it was stored."""
        return key in self._names and key not in self._referring

    def __getitem__(self, key: str) -> Any:
        if key in self._eager:
            return self._eager[key]
        if key not in self._names:
            raise KeyError(key)
        if self._rest is None:
            try:
                self._rest = marshal.loads(self._blob)
            except (EOFError, ValueError, TypeError):
                # damaged inside a store that read back whole: the file itself still answers
                self._rest = _load(self._source)
        return self._rest[key]

    def __iter__(self) -> Iterator[str]:
        yield from self._eager
        yield from self._names

    def __len__(self) -> int:
        return len(self._eager) + len(self._names)


class ParsedRules:
    """The parsed TOML files of one `rules/` folder, read from and saved to its store."""

    def __init__(
        self, base: Path, eager: Collection[str] = (), refers: Callable[[Any], bool] = lambda value: True
    ):
        self.base = base
        self.path = base / "__pycache__" / STORE_NAME
        self.eager = frozenset(eager)
        self.refers = refers
        self._entries = _read(self.path)
        self._changed = False

    def parse(self, path: Path) -> Mapping[str, Any]:
        """The TOML of `path` (a file under `base`): the stored parse when the file is unchanged."""
        try:
            stat = path.stat()
            key = path.relative_to(self.base).as_posix()
            entry = self._entries.get(key)
            if entry is not None and entry[0] == stat.st_mtime_ns and entry[1] == stat.st_size:
                return StoredFile(entry[2], entry[3], entry[4], entry[5], path)
        except OSError as exc:
            raise RuleError(f"{path}: {exc}") from exc
        data = _load(path)
        if time.time_ns() - stat.st_mtime_ns > RACY_NS:
            eager = {k: v for k, v in data.items() if k in self.eager}
            rest = {k: v for k, v in data.items() if k not in self.eager}
            try:
                marshal.dumps(eager)
                blob = marshal.dumps(rest)
            except ValueError:
                return data  # a value marshal cannot hold (a TOML date): the file is parsed each run
            referring = tuple(k for k, v in rest.items() if self.refers(v))
            self._entries[key] = (stat.st_mtime_ns, stat.st_size, eager, tuple(rest), blob, referring)
            self._changed = True
        return data

    def save(self) -> None:
        """Write the store if a file was parsed anew (atomically; quietly not, where it can't)."""
        if not self._changed or sys.dont_write_bytecode:
            return
        write_store(self.path, marshal.dumps(self._entries))
        self._changed = False


def write_store(path: Path, blob: bytes) -> None:
    """Write a store kept the way Python keeps bytecode (this one, and those beside newslint's
    bytecode: compiled.py's, indexes.py's, generated.py's): atomically, through a file of this
    process's own renamed over it, so that a reader never sees half of it; and quietly not,
    where the folder cannot be written. Whether to write at all (not under -B or
    PYTHONDONTWRITEBYTECODE) is the caller's to ask first, before it makes the blob."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(blob)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def read_store(path: str | Path, header: tuple[Any, ...]) -> tuple[Any, ...]:
    """The parts a store written as `marshal.dumps((header, *parts))` holds after its header;
    () when it cannot be read, or has another header (another interpreter, another layout)."""
    try:
        with open(path, "rb") as file:
            found, *parts = marshal.loads(file.read())
    except (OSError, EOFError, ValueError, TypeError):
        return ()
    return tuple(parts) if found == header else ()


def read_entries(path: str | Path, header: tuple[Any, ...]) -> dict[Any, Any]:
    """The entries of a store of (header, entries); {} when it cannot be read or is another's."""
    kept = read_store(path, header)
    return kept[0] if len(kept) == 1 and isinstance(kept[0], dict) else {}


def add_to_store(path: str | Path, header: tuple[Any, ...], new: Mapping[Any, Any], most: int) -> None:
    """Add `new` to the entries of a store of (header, entries) as the file holds them now (what
    another process added stays), and write it; a store past `most` entries starts over with
    `new`, as ever new keys would grow it and every run reads it whole. Whether to write at all is
    the caller's to ask first (see write_store)."""
    entries = read_entries(path, header)
    if len(entries.keys() | new.keys()) > most:
        entries = {}
    entries.update(new)
    write_store(Path(path), marshal.dumps((header, entries)))


def beside_bytecode(name: str) -> Path:
    """Where Python keeps newslint's bytecode, under `name`: `newslint/__pycache__/`, or the
    tree PYTHONPYCACHEPREFIX names (importlib.util, whose import costs a run 0.6 ms, only
    then)."""
    if sys.pycache_prefix:
        import importlib.util

        return Path(importlib.util.cache_from_source(__file__)).with_name(name)
    return Path(__file__).parent / "__pycache__" / name


def _load(path: Path) -> dict[str, Any]:
    # imported here: a run whose rule files are all stored needs no TOML parser
    import tomllib

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, ValueError) as exc:  # (a TOMLDecodeError, or bytes that are not UTF-8)
        raise RuleError(f"{path}: {exc}") from exc


def _read(path: Path) -> dict[str, Entry]:
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    # a store written by another build, or damaged, loses its odd entries, not the run
    return {
        key: entry
        for key, entry in loaded.items()
        if isinstance(key, str)
        and isinstance(entry, tuple)
        and len(entry) == 6
        and isinstance(entry[0], int)
        and isinstance(entry[1], int)
        and isinstance(entry[2], dict)
        and isinstance(entry[3], tuple)
        and isinstance(entry[4], bytes)
        and isinstance(entry[5], tuple)
    }
