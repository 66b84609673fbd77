"""`newslint check --fix` on our own fixture drafts: fixes apply once, exactly, and only where safe.

After the first --fix the file equals the original with each safe replacement applied (every other
byte unchanged, CRLF and BOM kept); a second run reports none of the fixed findings; a third --fix
changes nothing. The drafts in tests/fixtures/fix/ are written for this test (not evaluation data).
"""

from __future__ import annotations

import codecs
import json
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from newslint import engine, fix, inputs
from newslint.config import Config

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fix"
CASES = sorted(FIXTURES.glob("*.txt"))
SELECT = ("baku", "eyd")


def newslint(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--no-config", "--select", ",".join(SELECT), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def findings(path: Path) -> list[dict[str, object]]:
    result = newslint("--format", "json", str(path))
    assert result.returncode in (0, 1), result.stderr
    return list(json.loads(result.stdout)["findings"])


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fix_round_trip(case: Path, tmp_path: Path) -> None:
    target = tmp_path / case.name
    shutil.copyfile(case, target)
    original = target.read_bytes()

    draft = inputs.read(str(target))
    rules = engine.rule_set(Config(), SELECT)
    _, before = engine.lint_draft(draft, rules)
    fixable = [f for f in before if f.fix is not None]
    assert fixable, "the fixture should hold fixable findings"
    expected, applied = fix.apply(draft.text, before)
    assert applied == len(fixable), "fixtures are written without overlapping fixes"

    first = newslint("--fix", str(target))
    assert first.returncode in (0, 1), first.stderr
    fixed = target.read_bytes()
    bom = codecs.BOM_UTF8 if original.startswith(codecs.BOM_UTF8) else b""
    assert fixed == bom + expected.encode("utf-8")
    # line endings and the BOM are the file's own
    assert fixed.startswith(codecs.BOM_UTF8) == original.startswith(codecs.BOM_UTF8)
    assert fixed.count(b"\r\n") == original.count(b"\r\n")

    # the second run reports none of the fixed findings: no finding of the same rule where a
    # replacement now stands, and nothing left to fix
    placed, shift = [], 0
    for f in sorted(fixable, key=lambda f: f.start):
        assert f.fix is not None
        placed.append((f.rule, f.start + shift, f.start + shift + len(f.fix)))
        shift += len(f.fix) - (f.end - f.start)
    _, again = engine.lint_draft(inputs.read(str(target)), rules)
    assert [f for f in again if f.fix is not None] == []
    for rule, start, end in placed:
        assert not [f for f in again if f.rule == rule and f.start < max(end, start + 1) and start < f.end]
    assert len(findings(target)) == len(again)

    third = newslint("--fix", str(target))
    assert third.returncode in (0, 1), third.stderr
    assert target.read_bytes() == fixed


def test_diff_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / CASES[0].name
    shutil.copyfile(CASES[0], target)
    before = target.read_bytes()
    result = newslint("--diff", str(target))
    assert result.returncode in (0, 1), result.stderr
    assert result.stdout.startswith("--- a/")
    assert target.read_bytes() == before


def test_fixes_never_touch_masked_text(tmp_path: Path) -> None:
    """A URL holding "peta.banjir,terbaru" is masked: no spacing fix lands inside it."""
    case = FIXTURES / "banjir-bom.txt"
    target = tmp_path / case.name
    shutil.copyfile(case, target)
    newslint("--fix", str(target))
    assert "https://contoh.id/peta.banjir,terbaru" in target.read_text(encoding="utf-8-sig")


def test_fix_through_a_symlink_writes_the_linked_file(tmp_path: Path) -> None:
    """A draft linked into place (a shared folder) is fixed where it lives; the link stays a link."""
    case = CASES[0]
    (tmp_path / "asli").mkdir()
    real = tmp_path / "asli" / case.name
    shutil.copyfile(case, real)
    real.chmod(0o640)
    link = tmp_path / "tautan.txt"
    link.symlink_to(Path("asli") / case.name)
    draft = inputs.read(str(real))
    _, before = engine.lint_draft(draft, engine.rule_set(Config(), SELECT))
    expected, _ = fix.apply(draft.text, before)
    result = newslint("--fix", str(link))
    assert result.returncode in (0, 1), result.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    bom = codecs.BOM_UTF8 if draft.bom else b""
    assert real.read_bytes() == bom + expected.encode("utf-8") != case.read_bytes()
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted(["asli", case.name, "tautan.txt"])
