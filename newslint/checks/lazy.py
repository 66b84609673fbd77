"""Regular expressions of the check modules, compiled when first used.

Python compiles a pattern in Python code, at 0.1-0.8 ms each, and the check modules hold over a
hundred of them at module and class level. Compiled at import, they cost a one-draft run about a
twentieth of its time before it forks (see runner.split_hits), on the path everything waits for;
yet each of the two processes uses only its own rules' patterns, and many patterns serve paths
a given draft never reaches. So a check module's fixed pattern is a LazyPattern, compiled by the
process that first needs it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from newslint import compiled

#: the methods a LazyPattern hands over to its compiled pattern
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """re.compile(pattern, flags), deferred to the first search, match, sub or split.

    On that first call the compiled pattern's own methods are bound to the instance, shadowing
    the class's, so later calls go to them directly, at the cost of a compiled pattern's.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def _compiled(self) -> re.Pattern[str]:
        pattern = compiled.compile(self.pattern, self._flags)
        for name in _METHODS:
            setattr(self, name, getattr(pattern, name))
        return pattern

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._compiled().sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self._compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._compiled().split(string, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"
