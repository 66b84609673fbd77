"""Jobs and the cache change speed, never findings."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    sources = [FIXTURES / "seed" / "menlu-china-rusia.txt", *sorted(GOLDEN.rglob("*.txt"))]
    for i, source in enumerate(sources * 2):
        shutil.copy(source, folder / f"{i:03d}-{source.name}")
    return folder


def run(*args: str, cwd: Path) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--format", "json", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    assert isinstance(report, dict)
    return report


def test_jobs_and_cache_give_identical_findings(drafts: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    serial = run("--jobs", "1", "--no-cache", str(drafts), cwd=tmp_path)
    parallel = run("--jobs", "2", "--no-cache", str(drafts), cwd=tmp_path)
    cold = run("--jobs", "2", "--cache-dir", str(cache), str(drafts), cwd=tmp_path)
    assert (cache / "CACHEDIR.TAG").is_file()
    warm = run("--jobs", "1", "--cache-dir", str(cache), str(drafts), cwd=tmp_path)
    assert serial["findings"], "the fixtures must produce findings for this comparison to mean anything"
    assert serial == parallel == cold == warm


def test_cache_misses_when_the_draft_changes(drafts: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    target = sorted(drafts.iterdir())[0]
    before = run("--cache-dir", str(cache), str(target), cwd=tmp_path)
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("Luar Negeri China", "Luar Negeri Tiongkok", 1), encoding="utf-8")
    after = run("--cache-dir", str(cache), str(target), cwd=tmp_path)
    fresh = run("--no-cache", str(target), cwd=tmp_path)
    assert after == fresh
    assert after != before


def test_checks_are_prepared_before_the_workers_fork(drafts: Path) -> None:
    from dataclasses import replace

    from newslint import engine, runner
    from newslint.config import Config

    prepared: list[str] = []

    class Prepared:
        def prepare(self) -> None:
            prepared.append("once")

        def check(self, doc: object) -> list[object]:
            return []

    rules = engine.rule_set(Config(), ("ejaan.kata-tertukar",))
    confusion = rules[0].check
    rules = [*rules, replace(rules[0], id="uji.siap", check=Prepared())]
    names = [str(p) for p in sorted(drafts.glob("*.txt"))[:6]]
    runner.run(names, rules, runner.Options(), jobs=2)
    # the parent built what the workers share: every confusion family, and the test check
    assert prepared == ["once"]
    assert len(confusion._by_word) == len(confusion._raw)
