"""Third-party plugins: a tiny package (tests/fixtures/plugin) pip-installed into a temporary
target registers, through the `newslint` entry-point group, a check type, a rule pack that uses
it and a reporter; newslint then lists and runs its rule like a built-in one."""

from __future__ import annotations

import inspect
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newslint import hookspec, plugins, rules

PLUGIN = Path(__file__).resolve().parent / "fixtures" / "plugin"
NEWSLINT = Path(sys.executable).with_name("newslint")
DRAFT = "Judul\n\nJakarta, IDN Times - Harga cabai NAIK TAJAM kata pejabat NATO.\n"


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The plugin installed with pip into a folder that is put on PYTHONPATH."""
    work = tmp_path_factory.mktemp("plugin")
    source = work / "src"
    # built from a copy, so a build never leaves files in the checkout
    shutil.copytree(PLUGIN, source, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    site = work / "site"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-input",
            "--target",
            str(site),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert list(site.glob("newslint_contoh-*.dist-info/entry_points.txt"))
    return site


def newslint(*args: str, cwd: Path, site: Path | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cwd / ".cache")}
    env.pop("PYTHONPATH", None)
    if site is not None:
        env["PYTHONPATH"] = str(site)
    return subprocess.run(
        [str(NEWSLINT), *args], capture_output=True, text=True, cwd=cwd, env=env, check=False, timeout=120
    )


def test_plugin_rule_is_listed_and_explained(target: Path, tmp_path: Path) -> None:
    listing = newslint("rules", "--no-config", cwd=tmp_path, site=target)
    assert listing.returncode == 0, listing.stderr
    ids = [line.split()[0] for line in listing.stdout.splitlines()]
    assert "contoh.kapital-semua" in ids
    assert "nama.varian-entitas" in ids  # built-ins stay
    explain = newslint("rules", "--no-config", "contoh.kapital-semua", cwd=tmp_path, site=target)
    assert explain.returncode == 0
    assert explain.stdout.startswith("contoh.kapital-semua  [capitalization, warning]")


def test_plugin_rule_runs(target: Path, tmp_path: Path) -> None:
    (tmp_path / "naskah.txt").write_text(DRAFT, encoding="utf-8")
    proc = newslint("check", "--no-config", "--format", "json", "naskah.txt", cwd=tmp_path, site=target)
    assert proc.returncode == 1, proc.stderr
    mine = [f for f in json.loads(proc.stdout)["findings"] if f["rule"] == "contoh.kapital-semua"]
    # NATO is in the rule's `allow` list: the rule's parameters reached the check type
    assert [(f["line"], f["column"], f["end_column"], f["suggestions"]) for f in mine] == [
        (3, 34, 38, ["Naik"]),
        (3, 39, 44, ["Tajam"]),
    ]
    assert mine[0]["message"] == 'Jangan menulis "NAIK" dengan huruf kapital semua'
    assert mine[0]["category"] == "capitalization"


def test_plugin_rule_obeys_selection_and_config(target: Path, tmp_path: Path) -> None:
    (tmp_path / "naskah.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / "newslint.toml").write_text(
        'select = ["contoh"]\n[rules."contoh.kapital-semua"]\nallow = ["NATO", "TAJAM"]\n', encoding="utf-8"
    )
    proc = newslint("check", "--format", "json", "naskah.txt", cwd=tmp_path, site=target)
    report = json.loads(proc.stdout)["findings"]
    assert [(f["rule"], f["column"]) for f in report] == [("contoh.kapital-semua", 34)]


def test_plugin_reporter(target: Path, tmp_path: Path) -> None:
    (tmp_path / "naskah.txt").write_text(DRAFT, encoding="utf-8")
    proc = newslint(
        "check",
        "--no-config",
        "--select",
        "contoh",
        "--format",
        "hitung",
        "naskah.txt",
        cwd=tmp_path,
        site=target,
    )
    assert (proc.returncode, proc.stdout) == (1, "2 findings\n")


def test_without_the_plugin_its_rule_is_unknown(tmp_path: Path) -> None:
    proc = newslint("rules", "--no-config", "contoh.kapital-semua", cwd=tmp_path, site=None)
    assert proc.returncode == 2 and "contoh.kapital-semua" in proc.stderr


def test_built_ins_are_registered_as_a_plugin() -> None:
    pm = plugins.manager()
    assert pm.get_plugin("newslint.builtin") is not None
    specs = {name for name in dir(hookspec) if name.startswith("newslint_")}
    assert specs == {"newslint_data_dirs", "newslint_check_types", "newslint_parse", "newslint_reporters"}
    for spec in specs:
        assert any(impl.plugin_name == "newslint.builtin" for impl in getattr(pm.hook, spec).get_hookimpls())
    assert {"existence", "substitution", "repetition", "consistency"} <= set(plugins.check_types())


class _Plain:
    def __init__(self, words: list[str], *, fix: bool = False) -> None:
        self.words, self.fix = words, fix


class _Inherits(_Plain):
    pass


class _Open:
    def __init__(self, words: list[str], **extra: object) -> None:
        self.words = words


class _Made:
    def __new__(cls, words: list[str]) -> _Made:
        return object.__new__(cls)


class _Bare:
    pass


@pytest.mark.parametrize("cls", [_Plain, _Inherits, _Open, _Made, _Bare], ids=lambda c: c.__name__)
def test_a_check_types_keywords_are_its_signatures(cls: type) -> None:
    # the rule schema is read from the constructor's code where it can be; it must agree with
    # inspect, which the shapes that code cannot tell (**extra, __new__) still go through
    assert rules._parameters(cls) == frozenset(inspect.signature(cls).parameters)


def test_every_built_in_check_types_keywords_are_its_signatures() -> None:
    for cls in plugins.check_types().values():
        assert rules._parameters(cls) == frozenset(inspect.signature(cls).parameters), cls
