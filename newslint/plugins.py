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
    if _some_distribution_declares("newslint"):
        pm.load_setuptools_entrypoints("newslint")
    return pm


def _some_distribution_declares(group: str) -> bool:
    """Whether an installed distribution may have entry points in `group`.

    Reading a few `entry_points.txt` files is much cheaper than importlib.metadata's full scan,
    which a draft linted from pre-commit would otherwise pay on every run. Anything that is not
    a plain folder on sys.path (a zip, an egg) makes the answer "maybe".
    """
    import os
    import sys

    header = f"[{group}]"
    for entry in sys.path:
        folder = entry or "."
        if not os.path.isdir(folder):
            if os.path.exists(folder):
                return True
            continue
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                try:
                    with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8") as fh:
                        if header in fh.read():
                            return True
                except OSError:
                    continue
    return False


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
