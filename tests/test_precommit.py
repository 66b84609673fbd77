"""The pre-commit hook, run by the real pre-commit client against this checkout.

`pre-commit try-repo <checkout> newslint` installs newslint from the checkout (committed files
plus uncommitted changes to tracked files) into a fresh hook environment, as a user's
repository would get it. pre-commit is a test dependency: if it is missing, these tests fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "tests" / "fixtures" / "seed" / "menlu-china-rusia.txt"


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def try_repo(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """One `pre-commit try-repo` run on a temp repo holding the seed draft and a clean draft."""
    import pre_commit  # noqa: F401  (a missing pre-commit is a failure, never a skip)

    assert (REPO / ".git").exists(), "the checkout must be a git repository for try-repo"
    work = tmp_path_factory.mktemp("precommit")
    repo = work / "redaksi"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    shutil.copy(SEED, repo / "naskah.txt")
    (repo / "bersih.txt").write_text("Judul Berita\n\nIni kalimat yang benar.\n", encoding="utf-8")
    (repo / "catatan.rst").write_text("setalah\n", encoding="utf-8")
    git("add", ".", cwd=repo)
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(work / "pre-commit-home"),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "NEWSLINT_CACHE_DIR": str(work / "cache"),
    }
    env.pop("PYTHONPATH", None)
    files = ["naskah.txt", "bersih.txt", "catatan.rst"]
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(REPO),
            "newslint",
            "--verbose",
            "--files",
            *files,
        ],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=900,
    )


def test_hook_definition() -> None:
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "newslint"
    assert hook["language"] == "python"
    assert hook["entry"].split()[:2] == ["newslint", "check"]


def test_hook_fails_on_the_seed_draft(try_repo: subprocess.CompletedProcess[str]) -> None:
    out = try_repo.stdout + try_repo.stderr
    assert try_repo.returncode == 1, out
    assert "newslint" in out and "Failed" in out, out


def test_hook_shows_the_typos(try_repo: subprocess.CompletedProcess[str]) -> None:
    out = try_repo.stdout
    for where, word in (("15", "setalah"), ("21", "Kemterian"), ("35", "Ukriana"), ("39", "kemontar")):
        assert f"naskah.txt:{where}:" in out and word in out, f"{word} not shown:\n{out}"


def test_hook_only_reads_drafts(try_repo: subprocess.CompletedProcess[str]) -> None:
    assert "bersih.txt:" not in try_repo.stdout
    assert "catatan.rst" not in try_repo.stdout
