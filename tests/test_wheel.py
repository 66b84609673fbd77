"""The wheel: built from the checkout, installed into a fresh venv, run from there.

It must carry `rules/` and `dictionaries/` (as `newslint/_data/`), so an installed newslint
lints exactly like the checkout does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "contoh-draf.txt"
ENV = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
ENV.pop("PYTHONPATH", None)


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    work: Path

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**ENV, "NEWSLINT_CACHE_DIR": str(self.work / "cache")}
        return subprocess.run(
            [str(self.venv / "bin" / "newslint"), *args],
            cwd=self.work,
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=300,
        )


def run(*args: str, cwd: Path) -> None:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=ENV, check=False, timeout=900)
    assert proc.returncode == 0, f"{' '.join(args)}\n{proc.stdout}\n{proc.stderr}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Build the wheel once, install it into a fresh venv with its dependencies."""
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    run(sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO), cwd=base)
    (wheel,) = dist.glob("newslint-*.whl")
    venv = base / "venv"
    run(sys.executable, "-m", "venv", str(venv), cwd=base)
    run(str(venv / "bin" / "python"), "-m", "pip", "install", "--no-input", str(wheel), cwd=base)
    work = base / "work"
    work.mkdir()
    shutil.copy(EXAMPLE, work / EXAMPLE.name)
    return Installed(wheel, venv, work)


def dev(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**ENV, "NEWSLINT_CACHE_DIR": str(cwd / "dev-cache")}
    return subprocess.run(
        [str(Path(sys.executable).with_name("newslint")), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )


def test_wheel_carries_rules_and_dictionaries(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for folder in ("rules", "dictionaries"):
        shipped = sorted(
            p.relative_to(REPO).as_posix()
            for p in (REPO / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")
        )
        assert shipped, f"{folder}/ is empty"
        missing = [p for p in shipped if f"newslint/_data/{p}" not in names]
        assert missing == [], f"not in the wheel: {missing[:10]}"
    assert "newslint/cli.py" in names
    assert any(n.endswith(".dist-info/entry_points.txt") for n in names)
    assert any(n.endswith("LICENSE") for n in names), "LICENSE is not in the wheel"


def test_installed_newslint_uses_its_own_data(installed: Installed) -> None:
    python = installed.venv / "bin" / "python"
    proc = subprocess.run(
        [str(python), "-c", "from newslint.builtin import builtin_data_dir; print(builtin_data_dir())"],
        cwd=installed.work,
        capture_output=True,
        text=True,
        env=ENV,
        check=True,
    )
    data = Path(proc.stdout.strip())
    assert installed.venv in data.parents, data
    assert (data / "rules").is_dir() and (data / "dictionaries").is_dir()


def test_installed_rules_match_the_checkout(installed: Installed) -> None:
    proc = installed.run("rules")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()
    assert proc.stdout == dev("rules", "--no-config", cwd=installed.work).stdout


def test_installed_check_of_the_example_draft(installed: Installed) -> None:
    proc = installed.run("check", "--format", "json", EXAMPLE.name)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["findings"]
    expected = dev("check", "--no-config", "--format", "json", EXAMPLE.name, cwd=installed.work)
    assert report == json.loads(expected.stdout)
    text = installed.run("check", EXAMPLE.name)
    assert text.returncode == 1 and f"{EXAMPLE.name}:" in text.stdout
