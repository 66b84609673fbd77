"""Rules, hits and findings; loading rule packs (TOML) and dictionaries from data folders."""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property
from inspect import CO_VARARGS, CO_VARKEYWORDS
from pathlib import Path
from types import FunctionType, MappingProxyType
from typing import Any, NamedTuple, Protocol

from newslint import compiled
from newslint.document import Document
from newslint.errors import RuleError
from newslint.inputs import files_below
from newslint.parsed import RACY_NS, ParsedRules, StoredFile


class Category(StrEnum):
    """The fixed vocabulary of finding categories."""

    SPELLING = "spelling"
    REAL_WORD = "real-word"
    NAMING = "naming"
    ATTRIBUTION = "attribution"
    NUMBERING = "numbering"
    STANDARD_WORD = "standard-word"
    AFFIX_SPACING = "affix-spacing"
    CAPITALIZATION = "capitalization"
    PUNCTUATION = "punctuation"
    STYLE = "style"


class Severity(StrEnum):
    """How serious a finding is; `--fail-on` compares by rank."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)


class Hit(NamedTuple):
    """What a check reports: a source span, message arguments and ranked suggestions.

    `fix` is set only when the replacement of the span is safe to apply unattended.
    `message` overrides the rule's message template (already formatted, both languages).
    """

    start: int
    end: int
    args: Mapping[str, str] = MappingProxyType({})
    suggestions: tuple[str, ...] = ()
    fix: str | None = None
    message: Mapping[str, str] | None = None

    @classmethod
    def swap(cls, start: int, end: int, match: str, replacement: str, *, safe: bool) -> Hit:
        """A span to replace by one word: suggested always, a fix only when `safe`."""
        return cls(
            start,
            end,
            {"match": match, "replacement": replacement},
            (replacement,),
            replacement if safe else None,
        )


class Check(Protocol):
    """A configured check: a check type instantiated with one rule's parameters.

    A check may also have a `prepare()` method that builds at once what it otherwise builds on
    first need: the runner calls it before forking workers, so that they share the result
    rather than each building it again.
    """

    def check(self, doc: Document) -> Iterable[Hit]: ...


CheckType = type[Any]  # a class whose keyword constructor is the rule schema and which is a Check

RESERVED = frozenset(
    {"type", "category", "severity", "summary", "message", "doc", "example", "use-instead", "scope"}
    | {"default"}
)
SCOPES = frozenset({"prose", "headline", "body", "sections"})


@dataclass(frozen=True)
class Rule:
    """One rule: its id (from its path), metadata, and the configured check.

    The check is made on first use (`check`): a run whose drafts all come from the cache, or
    a listing of the rules, never reads a rule's dictionaries or builds its indexes.
    """

    id: str
    type: str
    category: Category
    severity: Severity
    summary: str
    message: Mapping[str, str]
    doc: str
    example: str
    use_instead: str
    scope: str
    default: bool
    source: Path = field(compare=False)
    #: makes the check and the parameters it was given (dictionaries read)
    factory: Callable[[], tuple[Check, Mapping[str, Any]]] = field(compare=False, repr=False)

    @cached_property
    def _made(self) -> tuple[Check, Mapping[str, Any]]:
        return self.factory()

    @property
    def made(self) -> bool:
        """The check has been made."""
        return "_made" in self.__dict__

    @property
    def check(self) -> Check:
        return self._made[0]

    @property
    def params(self) -> Mapping[str, Any]:
        return self._made[1]

    def format_message(self, hit: Hit, language: str) -> str:
        """The finding message in `language` ("id" or "en"), falling back to Indonesian."""
        templates = hit.message or self.message
        template = templates.get(language) or templates.get("id") or next(iter(templates.values()), "")
        try:
            return template.format(**hit.args)
        except (KeyError, IndexError, ValueError) as exc:
            raise RuleError(f"{self.source}: message has a bad placeholder: {exc}") from exc


@dataclass(frozen=True, order=True)
class Finding:
    """A hit placed in a file: what every reporter prints."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    category: str = field(compare=False)
    severity: str = field(compare=False)
    message: str = field(compare=False)
    suggestions: tuple[str, ...] = field(default=(), compare=False)
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)
    fix: str | None = field(default=None, compare=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


# --- dictionaries --------------------------------------------------------------------------------


def read_word_list(path: Path) -> list[str]:
    """Lines of a word list, without comments (#) and blanks."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read dictionary: {exc}") from exc
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte order mark, as Windows editors save a house dictionary
    # whole-text steps in C, not a Python loop a line: a one-draft run reads some 20,000 lines
    if "#" in text:
        text = compiled.compile(_COMMENT).sub("", text)
    return list(filter(None, map(str.strip, text.splitlines())))


#: a comment runs to the end of its line (any line break str.splitlines() knows); compiled by
#: the first read, which a one-draft run makes after it forks
_COMMENT = r"#[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*"


class WordList(frozenset[str]):
    """A dictionary's words, and the file they were read from as it was then: (path,
    modification time in ns, size), by which a check may key what it builds from the words and
    keeps between runs (see indexes.py); None for a file changed too recently to tell a later
    change by its time (as for the rule files that parsed.py keeps)."""

    __slots__ = ("origin",)
    origin: tuple[str, int, int] | None

    def __new__(cls, words: Iterable[str], origin: tuple[str, int, int] | None = None) -> WordList:
        made = super().__new__(cls, words)
        made.origin = origin
        return made


# word lists several rules share (kolokasi, kata-ujar, tempat) are read once per process,
# keyed by what the file is now
_DICTIONARIES: dict[tuple[Path, int, int], WordList | dict[str, str]] = {}


def load_dictionary(path: Path) -> WordList | dict[str, str]:
    """A `.txt` word list: a set of words, or a map when its lines read `a -> b`."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise RuleError(f"{path}: cannot read dictionary: {exc}") from exc
    key = (path, stat.st_mtime_ns, stat.st_size)
    found = _DICTIONARIES.get(key)
    if found is None:
        settled = time.time_ns() - stat.st_mtime_ns > RACY_NS
        origin = (str(path.absolute()), stat.st_mtime_ns, stat.st_size) if settled else None
        found = _DICTIONARIES[key] = _read_dictionary(path, origin)
    # a map is handed out as a copy: a check may keep and change its own
    return dict(found) if isinstance(found, dict) else found


def _read_dictionary(path: Path, origin: tuple[str, int, int] | None) -> WordList | dict[str, str]:
    lines = read_word_list(path)
    if " -> " in "\n".join(lines):
        mapping: dict[str, str] = {}
        for line in lines:
            if " -> " not in line:
                raise RuleError(f"{path}: mixed map and list lines: {line!r}")
            key, value = (part.strip() for part in line.split(" -> ", 1))
            mapping[key] = value
        return mapping
    return WordList(lines, origin)


class DataDirs(NamedTuple):
    """Folders holding `rules/` and `dictionaries/`, in priority order."""

    roots: tuple[Path, ...]

    def dictionary(self, name: str, *, origin: Path) -> Path:
        for root in self.roots:
            for candidate in (root / "dictionaries" / name, root / "dictionaries" / f"{name}.txt"):
                if candidate.is_file():
                    return candidate
        raise RuleError(f"{origin}: unknown dictionary {name!r}")

    def rule_files(self) -> Iterator[tuple[str, Path, Path]]:
        """(rule id, file, the `rules/` folder it is in) of every rule, the first root winning."""
        seen: set[str] = set()
        for root in self.roots:
            base = root / "rules"
            if not base.is_dir():
                continue
            for parts, path in sorted(files_below(str(base))):
                if not parts[-1].endswith(".toml"):
                    continue
                rule_id = ".".join((*parts[:-1], parts[-1][: -len(".toml")]))
                if rule_id not in seen:
                    seen.add(rule_id)
                    yield rule_id, Path(path), base


def refers_outside(value: Any) -> bool:
    """`value` holds a `{ dictionary = ... }` or `{ file = ... }` that resolve_values() replaces."""
    if isinstance(value, dict):
        if len(value) == 1 and ("dictionary" in value or "file" in value):
            return True
        return any(refers_outside(v) for v in value.values())
    if isinstance(value, list):
        return any(refers_outside(v) for v in value if isinstance(v, dict | list))
    return False


def resolve_values(value: Any, dirs: DataDirs, origin: Path) -> Any:
    """Replace `{ dictionary = "name" }` with its words and `{ file = "name" }` with its path."""
    if isinstance(value, dict):
        if len(value) == 1 and "dictionary" in value:
            return load_dictionary(dirs.dictionary(str(value["dictionary"]), origin=origin))
        if len(value) == 1 and "file" in value:
            return dirs.dictionary(str(value["file"]), origin=origin)
        return {k: resolve_values(v, dirs, origin) for k, v in value.items()}
    if isinstance(value, list):
        # rule files hold long lists of words, and of tables of them: a list of scalars is told
        # and copied in C, without a Python step a word
        if _SCALARS.issuperset(map(type, value)):
            return list(value)
        return [resolve_values(v, dirs, origin) if isinstance(v, dict | list) else v for v in value]
    return value


_SCALARS = frozenset({str, int, float, bool})


def _text(data: Mapping[str, Any], key: str, path: Path, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise RuleError(f"{path}: `{key}` must be a non-empty string")
    return value


_PARAMETERS: dict[CheckType, frozenset[str]] = {}


def _parameters(cls: CheckType) -> frozenset[str]:
    """The keyword parameters of a check type's constructor (asked once per type, not per rule)."""
    found = _PARAMETERS.get(cls)
    if found is None:
        found = _init_parameters(cls)
        if found is None:
            found = frozenset(inspect.signature(cls).parameters)
        _PARAMETERS[cls] = found
    return found


def _init_parameters(cls: CheckType) -> frozenset[str] | None:
    """The parameters of a plain `__init__`, read from its code; None for anything else.

    inspect.signature gives the same names, but its first call costs a one-draft run about 3 ms
    (it compiles the tokenizer's patterns); a check type with *args, **kwargs, a wrapped
    `__init__` or its own `__new__` or metaclass is still asked through it.
    """
    if type(cls) is not type:
        return None
    for klass in cls.__mro__:
        if klass is object:
            return frozenset()
        if "__new__" in klass.__dict__:
            return None
        init = klass.__dict__.get("__init__")
        if init is not None:
            break
    if not isinstance(init, FunctionType) or hasattr(init, "__wrapped__"):
        return None
    code = init.__code__
    if code.co_flags & (CO_VARARGS | CO_VARKEYWORDS):
        return None
    return frozenset(code.co_varnames[1 : code.co_argcount + code.co_kwonlyargcount])


def build_rule(
    rule_id: str,
    path: Path,
    data: Mapping[str, Any],
    check_types: Mapping[str, CheckType],
    dirs: DataDirs,
    context: Mapping[str, Any],
    *,
    lazy: bool = False,
) -> Rule:
    """Validate one rule's data and bind its check type; errors name the rule file.

    With `lazy`, the check is made on first use: what only making it can find wrong (a bad
    value, a missing or unreadable dictionary) is raised then, still naming the file.
    """
    type_name = data.get("type")
    if not isinstance(type_name, str) or type_name not in check_types:
        known = ", ".join(sorted(check_types))
        raise RuleError(f"{path}: unknown check type {type_name!r} (known: {known})")
    try:
        category = Category(str(data.get("category")))
    except ValueError:
        raise RuleError(f"{path}: `category` must be one of {', '.join(c.value for c in Category)}") from None
    try:
        severity = Severity(data.get("severity", "warning"))
    except ValueError:
        raise RuleError(f"{path}: `severity` must be info, warning or error") from None
    message = data.get("message")
    if isinstance(message, str):
        message = {"id": message}
    if not isinstance(message, dict) or not message or not all(isinstance(v, str) for v in message.values()):
        raise RuleError(f"{path}: `message` must be a string or a table of strings by language")
    scope = data.get("scope", "prose")
    if scope not in SCOPES:
        raise RuleError(f"{path}: `scope` must be one of {', '.join(sorted(SCOPES))}")
    default = data.get("default", True)
    if not isinstance(default, bool):
        raise RuleError(f"{path}: `default` must be true or false")

    cls = check_types[type_name]
    # the parameters' names only: their values (from a stored file, still marshalled) are read
    # when the check is made
    keys = {k.replace("-", "_"): k for k in data if k not in RESERVED}
    accepted = _parameters(cls)
    unknown = sorted(set(keys) - accepted)
    if unknown:
        raise RuleError(f"{path}: unknown key(s) for type {type_name!r}: {', '.join(unknown)}")
    given = {name: value for name, value in context.items() if name in accepted and name not in keys}

    def factory() -> tuple[Check, Mapping[str, Any]]:
        # a stored value that names no dictionary or file is fresh from marshal, already what
        # resolving would make of it
        stored = data if isinstance(data, StoredFile) else None
        params = {
            name: (
                data[key]
                if stored is not None and stored.self_contained(key)
                else resolve_values(data[key], dirs, path)
            )
            for name, key in keys.items()
        } | given
        try:
            return cls(**params), params
        except (TypeError, ValueError) as exc:
            raise RuleError(f"{path}: {exc}") from exc

    rule = Rule(
        id=rule_id,
        type=type_name,
        category=category,
        severity=severity,
        summary=_text(data, "summary", path),
        message=message,
        doc=_text(data, "doc", path, required=False),
        example=_text(data, "example", path, required=False),
        use_instead=_text(data, "use-instead", path, required=False),
        scope=scope,
        default=default,
        source=path,
        factory=factory,
    )
    if not lazy:
        rule.check  # noqa: B018  (made now: its errors are raised here)
    return rule


Factory = Callable[[], tuple[Check, Mapping[str, Any]]]


def _named(factory: Factory, where: str) -> Factory:
    """`factory`, its errors named after the config entry that changed the rule."""

    def made() -> tuple[Check, Mapping[str, Any]]:
        try:
            return factory()
        except RuleError as exc:
            raise RuleError(f"{where}{exc}") from exc

    return made


def load_rules(
    dirs: DataDirs,
    check_types: Mapping[str, CheckType],
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
    context: Mapping[str, Any] | None = None,
    origin: Path | None = None,
    *,
    lazy: bool = False,
) -> list[Rule]:
    """Every rule found in the data folders, with config overrides merged in.

    `context` values are passed to check types whose constructor takes a parameter of that
    name (e.g. the house `vocabulary`), unless the rule sets it itself. `origin` is the
    config file the overrides come from, named in their errors. `lazy`: see build_rule.
    """
    where = str(origin) if origin is not None else "config"
    overrides = dict(overrides or {})
    rules: list[Rule] = []
    stores: dict[Path, ParsedRules] = {}
    for rule_id, path, base in dirs.rule_files():
        store = stores.get(base)
        if store is None:
            store = stores[base] = ParsedRules(base, RESERVED, refers_outside)
        data = store.parse(path)
        override = overrides.pop(rule_id, None)
        named = f'{where}: [rules."{rule_id}"]: '
        if override:
            _check_override_types(override, data, check_types.get(str(data.get("type"))), path, named)
            data = {**data, **override}
        try:
            rule = build_rule(rule_id, path, data, check_types, dirs, context or {}, lazy=lazy)
        except RuleError as exc:
            if not override:
                raise
            raise RuleError(f"{named}{exc}") from exc
        rules.append(replace(rule, factory=_named(rule.factory, named)) if override and lazy else rule)
    for store in stores.values():
        store.save()
    if overrides:
        raise RuleError(f"{where}: [rules] names unknown rule(s): {', '.join(sorted(overrides))}")
    return rules


def _kind(value: Any) -> str | None:
    """What a value is, as a config must match it: None for what is not compared (a dictionary
    or file reference, resolved later, or no value)."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple | frozenset | set):
        return "a list"
    if isinstance(value, dict) and not ({"dictionary", "file"} & set(value)):
        return "a table"
    return None


def _default(cls: CheckType | None, name: str) -> Any:
    """The default of a check type's keyword parameter `name`, or None."""
    init = getattr(cls, "__init__", None)
    code = getattr(init, "__code__", None)
    if code is None:
        return None
    positional = code.co_varnames[: code.co_argcount]
    defaults = getattr(init, "__defaults__", None) or ()
    offset = len(positional) - len(defaults)
    if name in positional[offset:]:
        return defaults[positional.index(name) - offset]
    return (getattr(init, "__kwdefaults__", None) or {}).get(name)


def _check_override_types(
    override: Mapping[str, Any], data: Mapping[str, Any], cls: CheckType | None, path: Path, named: str
) -> None:
    """A config's value for a rule's key is the kind of value the rule file gives it, or the
    check type's default (a number for min-length, a list for tokens): a string where a number
    belongs would fail only as the check runs, as an internal error."""
    for key, value in override.items():
        if key in RESERVED:
            continue  # (metadata: build_rule validates it)
        given = data[key] if key in data else _default(cls, key.replace("-", "_"))
        wanted, got = _kind(given), _kind(value)
        if wanted is not None and got is not None and wanted != got:
            source = f"as in {path.name}" if key in data else "as its default is"
            raise RuleError(f"{named}`{key}` must be {wanted}, {source}, not {value!r}")


def select_rules(rules: Sequence[Rule], select: Sequence[str], ignore: Sequence[str]) -> list[Rule]:
    """Prefix selection: `ejaan` selects the pack, `ejaan.kata-baku` one rule.

    With no `select`, rules marked `default = false` stay off.
    """
    ids = [r.id for r in rules]
    for prefix in (*select, *ignore):
        if not any(_matches(i, prefix) for i in ids):
            raise RuleError(f"unknown rule or pack {prefix!r} (see `newslint rules`)")
    chosen = []
    for rule in rules:
        selected = any(_matches(rule.id, p) for p in select) if select else rule.default
        if selected and not any(_matches(rule.id, p) for p in ignore):
            chosen.append(rule)
    return chosen


def _matches(rule_id: str, prefix: str) -> bool:
    return prefix in ("ALL", "all") or rule_id == prefix or rule_id.startswith(prefix + ".")
