"""Configuration: `newslint.toml`, `.newslint.toml` or `[tool.newslint]` in `pyproject.toml`."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from newslint import compiled
from newslint.errors import ConfigError
from newslint.rules import Severity, read_word_list

CONFIG_NAMES = ("newslint.toml", ".newslint.toml", "pyproject.toml")
KEYS = frozenset({"select", "ignore", "fail-on", "exclude", "data-dirs", "language", "rules", "dictionary"})
LANGUAGES = ("id", "en")


class Vocabulary(NamedTuple):
    """The newsroom's own words: `accept` are never typos, `reject` always are."""

    accept: frozenset[str] = frozenset()
    reject: frozenset[str] = frozenset()


class Config(NamedTuple):
    """Settings after merging a config file; the CLI applies its flags on top."""

    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    exclude: tuple[str, ...] = ()
    data_dirs: tuple[Path, ...] = ()
    language: str = "id"
    rules: Mapping[str, Mapping[str, Any]] = MappingProxyType({})
    dictionaries: tuple[Path, ...] = ()

    def vocabulary(self) -> Vocabulary:
        accept: set[str] = set()
        reject: set[str] = set()
        for path in self.dictionaries:
            try:
                words = read_word_list(path)
            except Exception as exc:
                raise ConfigError(f"{path}: cannot read house dictionary: {exc}") from exc
            for word in words:
                if word.startswith("!"):
                    reject.add(word[1:].strip())
                else:
                    accept.add(word)
        return Vocabulary(frozenset(accept), frozenset(reject))


def find(start: Path) -> Path | None:
    """The nearest config file at or above `start`, not looking above a `.git` folder."""
    directory = start if start.is_dir() else start.parent
    directory = directory.resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_section(candidate)):
                return candidate
        if (folder / ".git").exists():
            return None
    return None


# What a pyproject.toml needs to hold a `tool.newslint` table: a `tool.newslint` key or
# header, a `[tool]` header, a top-level `tool = {...}`, or a key spelled with escapes. A file
# with none of them has no such table, so a draft in a project of its own (a pyproject.toml
# for other tools) costs no TOML parser; anything that matches is settled by parsing.
_MAYBE_OURS = r"""tool["']?\s*\.\s*["']?newslint|^\s*\[\s*["']?tool["']?\s*\]|^\s*["']?tool["']?\s*=|\\[uU]"""


def _has_tool_section(path: Path) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    text = data.decode("utf-8-sig", errors="replace")
    if not compiled.compile(_MAYBE_OURS, re.MULTILINE).search(text):
        return False
    try:
        tool = _parsed(data).get("tool")
    except ValueError:
        # a broken pyproject.toml is our error only when it holds our section
        return "[tool.newslint" in text
    return isinstance(tool, dict) and "newslint" in tool


def _parsed(data: bytes) -> dict[str, Any]:
    """TOML from bytes; ValueError (tomllib's error is one) for bytes that are not UTF-8 TOML."""
    # imported here: only a config file needs the parser, not every run
    import tomllib

    # (with a byte order mark, as Windows editors save UTF-8, which TOML itself does not allow)
    return tomllib.loads(data.decode("utf-8-sig"))


def load(path: Path) -> Config:
    """Read and validate a config file; every error names the file and the key."""
    try:
        data = _parsed(path.read_bytes())
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start + 1})") from None
    except ValueError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("newslint", {})
    return from_mapping(data, path)


def from_mapping(data: Mapping[str, Any], path: Path) -> Config:
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key(s): {', '.join(unknown)} (known: {', '.join(sorted(KEYS))})")
    base = path.parent

    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: `{key}` must be a list of strings")
        return tuple(value)

    fail_on = data.get("fail-on", "warning")
    try:
        severity = Severity(fail_on)
    except ValueError:
        raise ConfigError(f"{path}: `fail-on` must be info, warning or error, not {fail_on!r}") from None
    language = data.get("language", "id")
    if language not in LANGUAGES:
        raise ConfigError(f"{path}: `language` must be one of {', '.join(LANGUAGES)}")
    rules = data.get("rules", {})
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise ConfigError(f'{path}: `rules` must be tables, e.g. [rules."ejaan.kata-baku"]')
    dictionaries = tuple(base / p for p in strings("dictionary"))
    for dictionary in dictionaries:
        if not dictionary.is_file():
            raise ConfigError(f"{path}: `dictionary` names a missing file: {dictionary}")
    return Config(
        path=path,
        select=strings("select"),
        ignore=strings("ignore"),
        fail_on=severity,
        exclude=strings("exclude"),
        data_dirs=tuple(base / p for p in strings("data-dirs")),
        language=language,
        rules=rules,
        dictionaries=dictionaries,
    )


def discover(inputs: Sequence[Path]) -> Config:
    """The config that applies to the inputs (found from the first one), or defaults."""
    start = inputs[0] if inputs else Path.cwd()
    found = find(start if start.exists() else Path.cwd())
    return load(found) if found else Config()
