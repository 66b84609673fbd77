"""Code the standard library writes as newslint loads, kept compiled between runs.

Three standard modules compile source text that they write at run time: `dataclasses` a class's
methods, `collections.namedtuple` a tuple's constructor, and `typing.ForwardRef` each annotation
written as text (newslint's modules write all theirs so). Loading what a run needs makes about
230 such compiles of some 110 texts (for newslint's frozen dataclasses and named tuples, and
those of the standard modules it imports, such as inspect's), 7-12 ms of every start on the
path before the run can fork, from the same text each time. While a run loads (start() to stop()), those three
modules' `exec`, `eval` and `compile` take the code an earlier run compiled from the same text,
kept beside newslint's bytecode as compiled.py keeps patterns; anything else is compiled as it
would be, and they are the builtins again once the run has loaded.

One interpreter build compiles one text to one code: the store's name carries the cache tag,
and its header the exact version and what else shapes the code (the optimization level and
whether code keeps column positions); any other store, or one that cannot be read, is ignored
whole. It is written when Python writes bytecode (not under `-B` or PYTHONDONTWRITEBYTECODE),
atomically, and a folder that cannot be written goes without. Like the bytecode beside it, what
it holds is run: it is as trusted as the `__pycache__` folder it is in.
"""

from __future__ import annotations

import builtins
import os
import sys
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

from newslint.parsed import add_to_store, beside_bytecode, read_entries

#: this module's own layout of the store
_FORMAT = 1
#: a store past this many texts (plugins with ever new classes) starts over
MAX_ENTRIES = 2000
#: the standard modules that compile text they write, and the builtin each calls to do it
SITES = (("collections", "eval"), ("typing", "compile"), ("dataclasses", "exec"))


def _header() -> tuple[Any, ...]:
    positions = not ("no_debug_ranges" in sys._xoptions or os.environ.get("PYTHONNODEBUGRANGES"))
    return (_FORMAT, sys.hexversion, sys.flags.optimize, positions)


class _Store:
    """The code of one store file, by (text, mode): read at the first compile, written by
    save()."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[Any, Any] | None = None
        self._new: dict[tuple[str, str], CodeType] = {}

    def code(self, text: str, mode: str) -> CodeType:
        """What compile() makes of `text` in `mode`, as the standard module's own call would:
        without the future features of the calling module (these have none)."""
        if self._entries is None:
            self._entries = read_entries(self.path, _header())
        key = (text, mode)
        made = self._entries.get(key)
        if type(made) is not CodeType:
            made = builtins.compile(text, "<string>", mode, 0, True)
            self._entries[key] = made
            if not sys.dont_write_bytecode:
                self._new[key] = made
        return made

    def save(self) -> None:
        """Add the code this process compiled to the file (atomically; quietly not, where it
        can't)."""
        if not self._new or sys.dont_write_bytecode:
            return
        add_to_store(self.path, _header(), self._new, MAX_ENTRIES)
        self._new = {}


_STORE = _Store(beside_bytecode(f"generated.{sys.implementation.cache_tag or 'python'}.marshal"))


def _caller_namespaces(globals: Any, locals: Any) -> tuple[Any, Any]:
    """The namespaces exec() and eval() default to: the caller's (two frames up, past ours)."""
    if globals is None:
        caller = sys._getframe(2)
        return caller.f_globals, caller.f_locals if locals is None else locals
    return globals, locals


def _exec(source: Any, globals: Any = None, locals: Any = None, /, **options: Any) -> None:
    if type(source) is str:
        source = _STORE.code(source, "exec")
    globals, locals = _caller_namespaces(globals, locals)
    builtins.exec(source, globals, locals, **options)


def _eval(source: Any, globals: Any = None, locals: Any = None, /) -> Any:
    if type(source) is str:
        source = _STORE.code(source, "eval")
    globals, locals = _caller_namespaces(globals, locals)
    return builtins.eval(source, globals, locals)


def _compile(
    source: Any,
    filename: Any,
    mode: str,
    flags: int = 0,
    dont_inherit: bool = False,
    optimize: int = -1,
    **options: Any,
) -> Any:
    if type(source) is str and filename == "<string>" and not flags and optimize == -1 and not options:
        return _STORE.code(source, mode)
    # the caller's module has no future features (see _open), nor may ours add any
    return builtins.compile(source, filename, mode, flags, True, optimize, **options)


_OURS = {"exec": _exec, "eval": _eval, "compile": _compile}


def _open(module: ModuleType, name: str) -> None:
    # a module compiling under future features would compile text with them: left alone
    if not any(type(value).__name__ == "_Feature" for value in vars(module).values()):
        setattr(module, name, _OURS[name])


def start() -> None:
    """Serve the standard modules' compiles from the store until stop(): before the run imports
    what it needs. collections first, which the others' imports (inspect's tuples) call."""
    for module_name, name in SITES:
        _open(__import__(module_name), name)


def stop() -> None:
    """The standard modules compile with the builtins again (once the run has loaded)."""
    for module_name, name in SITES:
        module = sys.modules.get(module_name)
        if module is not None and vars(module).get(name) is _OURS[name]:
            delattr(module, name)


def save() -> None:
    """Keep the code this process compiled for later runs (see _Store.save)."""
    _STORE.save()
