"""The plugin manager: specs, built-ins, and third-party entry points."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

import pluggy

from newslint import hookspec
from newslint.document import Document
from newslint.errors import NewslintError
from newslint.reporters import Reporter
from newslint.rules import CheckType


@cache
def manager() -> pluggy.PluginManager:
    """The process-wide plugin manager, built-ins first, then the `newslint` entry points."""
    from newslint import builtin

    pm = pluggy.PluginManager("newslint")
    pm.add_hookspecs(hookspec)
    pm.register(builtin, name="newslint.builtin")
    pm.load_setuptools_entrypoints("newslint")
    return pm


def data_dirs(extra: tuple[Path, ...] = ()) -> tuple[Path, ...]:
    """User folders first (they override), then plugins' in registration order."""
    found: list[Path] = list(extra)
    # pluggy calls the last registered first; built-ins should lose to nobody but users
    for result in reversed(manager().hook.newslint_data_dirs()):
        found.extend(result)
    return tuple(found)


def check_types() -> dict[str, CheckType]:
    merged: dict[str, CheckType] = {}
    for result in reversed(manager().hook.newslint_check_types()):
        for name, cls in result.items():
            merged.setdefault(name, cls)
    return merged


def reporters() -> Mapping[str, Reporter]:
    merged: dict[str, Reporter] = {}
    for result in reversed(manager().hook.newslint_reporters()):
        for name, reporter in result.items():
            merged.setdefault(name, reporter)
    return merged


def parse(path: str, text: str) -> Document:
    doc = manager().hook.newslint_parse(path=path, text=text)
    if doc is None:
        raise NewslintError(f"{path}: no parser accepts this file")
    assert isinstance(doc, Document)
    return doc


def code_paths() -> list[Path]:
    """Source of newslint and of every registered plugin (what a cache entry depends on)."""
    import sys

    paths = [Path(__file__).resolve().parent]
    for plugin in manager().get_plugins():
        module = sys.modules.get(getattr(plugin, "__module__", "") or "") or plugin
        file = getattr(module, "__file__", None)
        if file:
            paths.append(Path(file).resolve())
    return paths
