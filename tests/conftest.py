from __future__ import annotations

import os
import shutil
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


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _OWN_CACHE:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("NEWSLINT_CACHE_DIR", None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/golden/**/*.expected")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
