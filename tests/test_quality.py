"""Repository hygiene run by the README's test command: ruff, mypy --strict, README and CI agree."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

from newslint import engine
from newslint.config import Config

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, check=False, timeout=600
    )


def test_ruff() -> None:
    proc = tool("ruff", "check", "--no-cache", "newslint", "tests")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_strict() -> None:
    # the packages and strictness come from [tool.mypy] in pyproject.toml
    proc = tool("mypy")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def setup_commands() -> list[str]:
    return [line.strip() for line in README.splitlines() if line.strip().startswith("python3 -m venv")]


def test_readme_has_exactly_two_setup_commands() -> None:
    install, tests = setup_commands()
    assert install.endswith("newslint check examples/contoh-draf.txt") and "pip install ." in install
    assert "pip install -e '.[test]'" in tests and tests.endswith("pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = REPO / ".ci" / "run"
    assert ci.stat().st_mode & stat.S_IXUSR, ".ci/run is not executable"
    text = ci.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n") and "set -euo pipefail" in text
    commands = [line.split(" || ")[0].strip() for line in text.splitlines() if "python3 -m venv" in line]
    assert commands == [setup_commands()[1]]


def test_readme_lists_every_rule_pack() -> None:
    packs = sorted({r.id.split(".")[0] for r in engine.rule_set(Config(), ("ALL",))})
    missing = [p for p in packs if not re.search(rf"^\| `{re.escape(p)}` ", README, re.MULTILINE)]
    assert missing == [], f"README's rule pack table lacks {missing}"


def test_readme_documents_every_output_format_and_exit_code() -> None:
    for fmt in ("text", "json", "sarif", "github", "gitlab"):
        assert f"--format {fmt}" in README or f"`{fmt}`" in README, fmt
    for field in ("path", "line", "column", "end_line", "end_column", "rule", "category", "suggestions"):
        assert f'"{field}"' in README, field
    assert "github/codeql-action/upload-sarif" in README
    assert os.path.isfile(REPO / "examples" / "contoh-draf.txt")


def test_self_contained() -> None:
    """A user's clone has no ../shared: code, rules, data and tests use only the repository."""
    offenders = []
    for folder in ("newslint", "tests", "rules", "examples"):
        for path in (REPO / folder).rglob("*"):
            suffixes = {".py", ".toml", ".txt", ".md", ".yaml"}
            if path.is_file() and path.suffix in suffixes and path != Path(__file__):
                text = path.read_text(encoding="utf-8", errors="replace")
                if "/work/shared" in text or "../shared/" in text:
                    offenders.append(path.relative_to(REPO).as_posix())
    assert offenders == []
