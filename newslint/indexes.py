"""Indexes built from word lists, kept between runs the way Python keeps bytecode.

A check that indexes a long word list builds the same index from the same file on every start:
the collocation check's index of some 14,000 phrases cost a one-draft run about 25 ms, on the
path the run waits for, where reading it back takes under 2 ms. So such a check keeps its index
beside newslint's bytecode, keyed by the list's file as it is now (path, modification time and
size, as rule files are kept: see parsed.py and rules.WordList) and by whatever else the index
was built from.

The store belongs to one interpreter build, as bytecode does: its name carries the cache tag and
its header the exact version; any other store, or one that cannot be read, is ignored whole,
and an entry that cannot be read back is built again. An entry stays marshalled until a check
asks for it. The store is written when Python writes bytecode (not under `-B` or
PYTHONDONTWRITEBYTECODE), atomically, by each process that built something new, and a folder
that cannot be written goes without.
"""

from __future__ import annotations

import contextlib
import marshal
import sys
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar, cast

from newslint.parsed import beside_bytecode, write_store

T = TypeVar("T")

#: this module's own layout of the store
_FORMAT = 1
#: a store past this many indexes (word lists edited again and again) starts over
MAX_ENTRIES = 64


def _header() -> tuple[int, int]:
    return (_FORMAT, sys.hexversion)


class _Store:
    """The indexes of one store file: read on the first ask, written by save()."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[Any, Any] | None = None
        self._new: dict[Hashable, bytes] = {}

    def kept(self, key: Hashable, build: Callable[[], T], valid: Callable[[Any], bool] = lambda v: True) -> T:
        if self._entries is None:
            self._entries = _read(self.path)
        blob = self._entries.get(key)
        if isinstance(blob, bytes):
            try:
                value: T = marshal.loads(blob)
            except (EOFError, ValueError, TypeError):
                pass
            else:
                if valid(value):
                    return value
        value = build()
        if not sys.dont_write_bytecode:
            # (a value marshal cannot hold is built every run)
            with contextlib.suppress(ValueError):
                self._new[key] = self._entries[key] = marshal.dumps(cast(Any, value))
        return value

    def save(self) -> None:
        """Add what this process built to the file (atomically; quietly not, where it can't)."""
        if not self._new or sys.dont_write_bytecode:
            return
        entries = _read(self.path)
        if len(entries) + len(self._new) > MAX_ENTRIES:
            entries = {}
        entries.update(self._new)
        write_store(self.path, marshal.dumps((_header(), entries)))
        self._new = {}


def _read(path: Path) -> dict[Any, Any]:
    try:
        header, entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if header != _header() or not isinstance(entries, dict):
        return {}
    return entries


_STORE = _Store(beside_bytecode(f"indexes.{sys.implementation.cache_tag or 'python'}.marshal"))


def kept(key: Hashable, build: Callable[[], T], valid: Callable[[Any], bool] = lambda value: True) -> T:
    """build(), or what an earlier run's build() returned for `key` (values marshal can hold:
    the key must name everything the value was built from, and the layout of the value), when
    `valid` finds it of that layout (a damaged store may still read back)."""
    return _STORE.kept(key, build, valid)


def save() -> None:
    """Keep the indexes this process built for later runs (see _Store.save)."""
    _STORE.save()
