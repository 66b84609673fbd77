"""newslint's own parsers, check types, reporters and rule data, registered as a plugin."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from pathlib import Path

from newslint import checks, reporters
from newslint.document import Document, parse_plain
from newslint.hookspec import hookimpl
from newslint.reporters import Reporter
from newslint.rules import CheckType

_PACKAGE = Path(__file__).resolve().parent


def builtin_data_dir() -> Path:
    """`newslint/_data` in an installed wheel; the repository root in an editable install."""
    installed = _PACKAGE / "_data"
    if (installed / "rules").is_dir():
        return installed
    return _PACKAGE.parent


def _modules(package: str, folders: list[str]) -> Iterator[str]:
    """The package's modules, sorted: its `.py` files, read from its folder (as newslint is
    installed: files, not a zip), without pkgutil, whose import a one-draft run would pay."""
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".py") and name != "__init__.py" and name[:-3].isidentifier():
                yield f"{package}.{name[:-3]}"


@hookimpl
def newslint_data_dirs() -> list[Path]:
    return [builtin_data_dir()]


@hookimpl
def newslint_check_types() -> dict[str, CheckType]:
    # each module in newslint/checks/ exports CHECK_TYPES; heavy data loads lazily inside them
    found: dict[str, CheckType] = {}
    for name in _modules(checks.__name__, list(checks.__path__)):
        module = importlib.import_module(name)
        found.update(getattr(module, "CHECK_TYPES", {}))
    return found


@hookimpl
def newslint_parse(path: str, text: str) -> Document:
    if path.lower().endswith((".md", ".markdown")):
        from newslint.markdown import parse_markdown

        return parse_markdown(path, text)
    return parse_plain(path, text)


@hookimpl
def newslint_reporters() -> dict[str, Reporter]:
    found: dict[str, Reporter] = {}
    for name in _modules(reporters.__name__, list(reporters.__path__)):
        module = importlib.import_module(name)
        found.update(getattr(module, "REPORTERS", {}))
    return found
