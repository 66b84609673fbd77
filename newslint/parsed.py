"""Parsed rule files kept between runs, the way Python keeps bytecode.

Parsing the rule packs' TOML is about a tenth of a one-draft run (the pure-Python parser reads
a long confusion table slowly), while reading back what it produced takes under a millisecond.
So each `rules/` folder keeps its parsed files in `rules/__pycache__/`, and a file's entry is
used only while the file has the same size and modification time, as with `.pyc` files. The
store is written when Python writes bytecode (not under `-B` or PYTHONDONTWRITEBYTECODE), and
a folder that cannot be written simply goes without.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

from newslint.errors import RuleError

#: marshal's format belongs to the interpreter, as bytecode does
STORE_NAME = f"rules.{sys.implementation.cache_tag or 'python'}.marshal"
#: a file changed this recently may change again within the clock's resolution unseen
_RACY_NS = 2_000_000_000

Entry = tuple[int, int, dict[str, Any]]


class ParsedRules:
    """The parsed TOML files of one `rules/` folder, read from and saved to its store."""

    def __init__(self, base: Path):
        self.base = base
        self.path = base / "__pycache__" / STORE_NAME
        self._entries = _read(self.path)
        self._changed = False

    def parse(self, path: Path) -> dict[str, Any]:
        """The TOML of `path` (a file under `base`): the stored parse when the file is unchanged."""
        try:
            stat = path.stat()
            key = path.relative_to(self.base).as_posix()
            entry = self._entries.get(key)
            if entry is not None and entry[0] == stat.st_mtime_ns and entry[1] == stat.st_size:
                return entry[2]
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise RuleError(f"{path}: {exc}") from exc
        if time.time_ns() - stat.st_mtime_ns > _RACY_NS:
            self._entries[key] = (stat.st_mtime_ns, stat.st_size, data)
            self._changed = True
        return data

    def save(self) -> None:
        """Write the store if a file was parsed anew (atomically; quietly not, where it can't)."""
        if not self._changed or sys.dont_write_bytecode:
            return
        try:
            blob = marshal.dumps(self._entries)
        except ValueError:
            return  # a value marshal cannot hold (a TOML date): such a folder is parsed each run
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(exist_ok=True)
            temporary.write_bytes(blob)
            os.replace(temporary, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
        self._changed = False


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
        and len(entry) == 3
        and isinstance(entry[0], int)
        and isinstance(entry[1], int)
        and isinstance(entry[2], dict)
    }
