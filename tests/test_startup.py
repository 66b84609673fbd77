"""What a one-draft run loads: a plain-text check without the cache imports no more than it uses."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .conftest import FIXTURES

DRAFT = FIXTURES / "seed" / "menlu-china-rusia.txt"
_SCRIPT = "import sys; from newslint.cli import main; sys.argv[0] = 'newslint'; main()"


def _imported(*args: str, cwd: Path) -> set[str]:
    proc = subprocess.run(
        # as the installed `newslint` script starts it (`-m` would load runpy and its imports)
        [sys.executable, "-X", "importtime", "-c", _SCRIPT, "check", *args, str(DRAFT)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr[-2000:]
    return set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s+(\S+)$", proc.stderr, re.MULTILINE))


def test_a_text_run_without_the_cache_imports_only_what_it_uses(tmp_path: Path) -> None:
    loaded = _imported("--no-cache", "--no-config", cwd=tmp_path)
    # (-X importtime logs import statements, not importlib.import_module(): a check module
    # that another one imports shows the log is the run's)
    assert "newslint.checks.realword" in loaded
    assert not {"json", "tomllib", "pkgutil", "importlib.util", "array"} & loaded


def test_the_formats_and_the_cache_that_write_json_still_load_it(tmp_path: Path) -> None:
    assert "json" in _imported("--no-config", "--format", "sarif", "--no-cache", cwd=tmp_path)
    assert "json" in _imported("--no-config", "--cache-dir", str(tmp_path / "cache"), cwd=tmp_path)
