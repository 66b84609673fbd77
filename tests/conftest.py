from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


_OWN_CACHE: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    # newslint caches findings in ./.newslint_cache by default: the suite's runs (in-process and
    # subprocesses alike) write to a folder of their own instead of the checkout
    if "NEWSLINT_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="newslint-test-cache-")
        _OWN_CACHE.append(folder)
        os.environ["NEWSLINT_CACHE_DIR"] = folder
    # the patterns the suite's runs compile (its own rules' among them) are kept in a folder of
    # the suite's, not beside the checkout's bytecode
    from newslint import compiled

    store = Path(tempfile.mkdtemp(prefix="newslint-test-regex-")) / "regex.bin"
    _OWN_CACHE.append(str(store.parent))
    compiled._STORE = compiled._Store(store)
    # and so are the indexes they build (indexes.py)
    from newslint import indexes

    indexes._STORE = indexes._Store(store.with_name("indexes.marshal"))
    # and the code that dataclasses and named tuples compile (generated.py)
    from newslint import generated

    generated._STORE = generated._Store(store.with_name("generated.marshal"))


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _OWN_CACHE:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("NEWSLINT_CACHE_DIR", None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/golden/**/*.expected")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


def runs_keeping_stores(tmp_path: Path) -> tuple[list[subprocess.CompletedProcess[str]], Path]:
    """The seed draft linted by three `newslint check` processes, with bytecode (and what newslint
    keeps beside it) in a folder of the test's: the first writes the stores, the second reads
    them back, the third runs without bytecode and keeps nothing. The runs, and that folder."""
    draft = str(FIXTURES / "seed" / "menlu-china-rusia.txt")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "bytecode")
    runs = [
        subprocess.run(
            [sys.executable, "-m", "newslint", "check", "--no-cache", "--no-config", draft],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=each,
            check=False,
        )
        for each in (env, env, {**env, "PYTHONDONTWRITEBYTECODE": "1"})
    ]
    return runs, tmp_path / "bytecode"
