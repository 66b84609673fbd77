"""The code that dataclasses, named tuples and annotations compile, kept between runs."""

from __future__ import annotations

import builtins
import collections
import dataclasses
import marshal
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newslint import generated
from newslint.parsed import read_entries

from .conftest import FIXTURES, runs_keeping_stores

TEXT = "lambda _cls, kota, jumlah: _tuple_new(_cls, (kota, jumlah))"


@pytest.fixture(autouse=True)
def writes_bytecode(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # the store is written when Python writes bytecode; the suite may run under -B
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    yield
    generated.stop()


def _fail(*args: object, **kwargs: object) -> None:
    raise AssertionError("compiled anew")


#: a frozen dataclass, a named tuple with its annotations as text, and a plain one
SOURCE = compile(
    "from __future__ import annotations\n"
    "import collections, dataclasses, typing\n"
    "@dataclasses.dataclass(frozen=True, order=True)\n"
    "class Temuan:\n"
    "    baris: int\n"
    "    kolom: int = 1\n"
    "    saran: tuple[str, ...] = ()\n"
    "class Kata(typing.NamedTuple):\n"
    "    teks: str\n"
    "    awal: int\n"
    "    akhir: int | None = None\n"
    "Kota = collections.namedtuple('Kota', 'nama provinsi')\n",
    "<test>",
    "exec",
)


def _classes() -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    builtins.exec(SOURCE, namespace)
    return namespace


def _code_of(classes: dict[str, Any]) -> list[Any]:
    temuan, kata, kota = classes["Temuan"], classes["Kata"], classes["Kota"]
    methods = [getattr(temuan, name).__code__ for name in ("__init__", "__repr__", "__eq__", "__lt__")]
    methods += [
        temuan.__setattr__.__code__,
        temuan.__hash__.__code__,
        kata.__new__.__code__,
        kota.__new__.__code__,
    ]
    forward = [ref.__forward_code__ for ref in kata.__annotations__.values()]
    return [*methods, *forward]


def _in_window(store: generated._Store, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(generated, "_STORE", store)
    generated.start()
    try:
        return _classes()
    finally:
        generated.stop()


def test_classes_made_from_kept_code_are_those_made_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = _classes()
    first = generated._Store(tmp_path / "generated.marshal")
    made = _in_window(first, monkeypatch)
    first.save()
    later = generated._Store(tmp_path / "generated.marshal")
    with monkeypatch.context() as patch:
        # the later run compiles nothing: every text is in the store
        patch.setattr(generated.builtins, "compile", _fail)
        kept = _in_window(later, monkeypatch)
    assert not later._new
    assert _code_of(made) == _code_of(kept) == _code_of(plain)
    # and they behave alike: frozen, ordered, with their defaults and annotations
    temuan = kept["Temuan"](3, saran=("setelah",))
    assert repr(temuan) == "Temuan(baris=3, kolom=1, saran=('setelah',))"
    assert temuan < kept["Temuan"](4)
    with pytest.raises(dataclasses.FrozenInstanceError):
        temuan.baris = 4  # type: ignore[misc]
    assert kept["Kata"]("Ukraina", 0) == ("Ukraina", 0, None)
    assert kept["Kata"].__annotations__ == plain["Kata"].__annotations__
    assert kept["Temuan"].__init__.__annotations__ == plain["Temuan"].__init__.__annotations__


def test_the_standard_modules_compile_with_the_builtins_again_after_stop() -> None:
    generated.start()
    assert vars(dataclasses)["exec"] is not builtins.exec
    assert vars(collections)["eval"] is not builtins.eval
    assert vars(typing)["compile"] is not builtins.compile
    generated.stop()
    assert not {"exec", "eval", "compile"} & (
        vars(dataclasses).keys() | vars(collections).keys() | vars(typing).keys()
    )
    generated.stop()  # (twice is harmless)


def test_a_bad_annotation_is_typing_s_own_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SyntaxError) as plain:
        typing.ForwardRef("kota asal")
    monkeypatch.setattr(generated, "_STORE", generated._Store(tmp_path / "generated.marshal"))
    generated.start()
    with pytest.raises(SyntaxError) as served:
        typing.ForwardRef("kota asal")
    assert str(served.value) == str(plain.value)


def test_the_builtins_defaults_are_the_caller_s_namespaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generated, "_STORE", generated._Store(tmp_path / "generated.marshal"))
    kota = "Kyiv"
    assert generated._eval("kota + ', Ukraina'") == "Kyiv, Ukraina"
    namespace: dict[str, Any] = {}
    generated._exec("hasil = kota.upper()", {"kota": kota}, namespace)
    assert namespace == {"hasil": "KYIV"}


def test_a_module_compiling_under_future_features_is_left_alone() -> None:
    module = type(sys)("berfitur")
    exec("from __future__ import annotations", vars(module))
    generated._open(module, "exec")
    assert "exec" not in vars(module)


def test_nothing_new_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "generated.marshal"
    first = generated._Store(path)
    first.code(TEXT, "eval")
    first.save()
    written = path.stat().st_mtime_ns
    later = generated._Store(path)
    later.code(TEXT, "eval")
    later.save()
    assert path.stat().st_mtime_ns == written


def test_no_store_without_bytecode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    store = generated._Store(tmp_path / "generated.marshal")
    store.code(TEXT, "eval")
    store.save()
    assert not (tmp_path / "generated.marshal").exists()


HEADER = generated._header()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"bukan marshal",
        marshal.dumps(((0, 0, 0, True), {(TEXT, "eval"): compile("1", "<string>", "eval")})),
        marshal.dumps((HEADER, ["bukan", "kamus"])),
        marshal.dumps((HEADER, {(TEXT, "eval"): "bukan kode"})),
        marshal.dumps((HEADER, {(TEXT, "eval"): 12})),
    ],
)
def test_a_damaged_or_foreign_store_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "generated.marshal"
    path.write_bytes(content)
    # (compiled as the standard modules compile: without this module's future features)
    assert generated._Store(path).code(TEXT, "eval") == compile(TEXT, "<string>", "eval", 0, True)


def test_a_store_past_its_size_starts_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generated, "MAX_ENTRIES", 2)
    path = tmp_path / "generated.marshal"
    first = generated._Store(path)
    first.code("1", "eval")
    first.code("2", "eval")
    first.save()
    later = generated._Store(path)
    later.code("3", "eval")
    later.save()
    assert set(read_entries(path, generated._header())) == {("3", "eval")}


def _texts(bytecode: Path) -> set[tuple[str, str]]:
    stores = list(bytecode.rglob("generated.*.marshal"))
    assert len(stores) == 1
    return set(read_entries(stores[0], generated._header()))


def test_a_run_keeps_the_code_its_modules_compiled_and_finds_the_same(tmp_path: Path) -> None:
    (first, second, plain), bytecode = runs_keeping_stores(tmp_path)
    texts = _texts(bytecode)
    # methods of newslint's frozen dataclasses, its named tuples' constructors, annotations
    assert any("def __init__(self,start" in text for text, mode in texts if mode == "exec")  # Span
    assert any(
        text.startswith("lambda _cls, path, select, ignore, fail_on")
        for text, mode in texts
        if mode == "eval"
    )
    assert ("Severity", "eval") in texts
    assert first.returncode == second.returncode == plain.returncode == 1
    assert first.stdout == second.stdout == plain.stdout


@pytest.mark.parametrize("args", [["check", "--no-cache", "--no-config"], ["rules"]])
def test_a_command_leaves_the_standard_modules_as_they_were(args: list[str]) -> None:
    from click.testing import CliRunner

    from newslint.cli import cli

    generated.start()
    draft = [str(FIXTURES / "seed" / "menlu-china-rusia.txt")] if args[0] == "check" else []
    result = CliRunner().invoke(cli, [*args, *draft])
    assert result.exit_code in (0, 1), result.output
    assert not {"exec", "eval", "compile"} & (
        vars(dataclasses).keys() | vars(collections).keys() | vars(typing).keys()
    )
