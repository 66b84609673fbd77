"""Indexes built from word lists, kept between runs the way Python keeps bytecode.

A check that indexes a long word list builds the same index from the same file on every start:
the collocation check's index of some 14,000 phrases cost a one-draft run about 25 ms, on the
path the run waits for, where reading it back takes under 2 ms. So such a check keeps its index
beside newslint's bytecode, in a slot named by what it indexes (the list's path and whatever else
the index was built from) with the version it was built at (the file's modification time and
size, as rule files are kept: see parsed.py and rules.WordList, and the index's layout). A new
version replaces the old one in its slot, so a word list edited again and again does not grow
the store that every run reads.

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

from newslint.parsed import add_to_store, beside_bytecode, read_entries

T = TypeVar("T")

#: this module's own layout of the store
_FORMAT = 2
#: a store past this many indexes (as many word lists) starts over
MAX_ENTRIES = 64


def _header() -> tuple[int, int]:
    return (_FORMAT, sys.hexversion)


class _Store:
    """The indexes of one store file, by slot: read on the first ask, written by save()."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[Any, Any] | None = None
        self._new: dict[Hashable, tuple[Hashable, bytes]] = {}

    def kept(
        self,
        slot: Hashable,
        version: Hashable,
        build: Callable[[], T],
        valid: Callable[[Any], bool] = lambda value: True,
    ) -> T:
        if self._entries is None:
            self._entries = read_entries(self.path, _header())
        entry = self._entries.get(slot)
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == version and type(entry[1]) is bytes:
            try:
                value: T = marshal.loads(entry[1])
            except (EOFError, ValueError, TypeError):
                pass
            else:
                if valid(value):
                    return value
        value = build()
        if not sys.dont_write_bytecode:
            # (a value marshal cannot hold is built every run)
            with contextlib.suppress(ValueError):
                self._new[slot] = self._entries[slot] = (version, marshal.dumps(cast(Any, value)))
        return value

    def save(self) -> None:
        """Add what this process built to the file (atomically; quietly not, where it can't)."""
        if not self._new or sys.dont_write_bytecode:
            return
        add_to_store(self.path, _header(), self._new, MAX_ENTRIES)
        self._new = {}


_STORE = _Store(beside_bytecode(f"indexes.{sys.implementation.cache_tag or 'python'}.marshal"))


def kept(
    slot: Hashable,
    version: Hashable,
    build: Callable[[], T],
    valid: Callable[[Any], bool] = lambda value: True,
) -> T:
    """build(), or what an earlier run's build() returned in `slot` at `version` (values marshal
    can hold: the slot and the version together must name everything the value was built from,
    the version what changes, such as a file's time and the value's layout), when `valid` finds
    it of that layout (a damaged store may still read back)."""
    return _STORE.kept(slot, version, build, valid)


def save() -> None:
    """Keep the indexes this process built for later runs (see _Store.save)."""
    _STORE.save()
