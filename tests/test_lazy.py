"""Check modules' patterns compile on first use, and then behave as re.compile's would."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

from newslint import checks, document
from newslint.checks.lazy import LazyPattern

TEXT = "Harga cabai naik 12 persen, kata Budi. Harga bawang turun 3 persen."


def test_methods_answer_as_the_compiled_pattern_does() -> None:
    lazy = LazyPattern(r"(\d+) persen", re.IGNORECASE)
    real = re.compile(r"(\d+) persen", re.IGNORECASE)
    assert lazy.search(TEXT, 20) is not None
    assert lazy.search(TEXT, 20).span() == real.search(TEXT, 20).span()  # type: ignore[union-attr]
    assert lazy.match(TEXT) is None
    assert lazy.fullmatch("12 PERSEN") is not None
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in real.finditer(TEXT)]
    assert lazy.findall(TEXT) == ["12", "3"]
    assert lazy.sub(r"\1%", TEXT) == real.sub(r"\1%", TEXT)
    assert lazy.subn(lambda m: m.group(1), TEXT, 1) == real.subn(lambda m: m.group(1), TEXT, 1)
    assert lazy.split(TEXT, 1) == real.split(TEXT, 1)
    assert lazy.pattern == real.pattern


def test_each_method_compiles_on_its_own_first_call() -> None:
    # nothing is compiled until a method is called: a broken pattern fails there, not at import
    for method in ("search", "match", "fullmatch", "finditer", "findall", "split"):
        broken = LazyPattern("(unclosed")
        with pytest.raises(re.error):
            getattr(broken, method)("teks")
    for method in ("sub", "subn"):
        with pytest.raises(re.error):
            getattr(LazyPattern("(unclosed"), method)("", "teks")


def test_after_first_use_calls_go_to_the_compiled_pattern() -> None:
    lazy = LazyPattern(r"\bharga\b", re.IGNORECASE)
    assert lazy.search(TEXT) is not None
    bound = lazy.search
    assert isinstance(getattr(bound, "__self__", None), re.Pattern)
    assert bound.__self__.flags & re.IGNORECASE  # type: ignore[attr-defined]


def test_no_check_module_compiles_a_pattern_at_import() -> None:
    # the core's patterns (the document parser's, which a check may import) run before any fork
    core = {id(v) for v in vars(document).values() if isinstance(v, re.Pattern)}
    compiled: list[str] = []
    for info in pkgutil.iter_modules(checks.__path__):
        module = importlib.import_module(f"{checks.__name__}.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and id(value) not in core:
                compiled.append(f"{info.name}.{name}")
            if isinstance(value, type) and value.__module__ == module.__name__:
                held = [k for k, v in vars(value).items() if isinstance(v, re.Pattern)]
                compiled += [f"{info.name}.{name}.{k}" for k in held]
    assert compiled == []
