"""Jobs and the cache change speed, never findings."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

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
    from newslint.rules import Rule

    prepared: list[str] = []

    class Prepared:
        def prepare(self) -> None:
            prepared.append("once")

        def check(self, doc: object) -> list[object]:
            return []

    def rule_set() -> list[Rule]:
        rules = engine.rule_set(Config(), ("ejaan.kata-tertukar",))
        return [*rules, replace(rules[0], id="uji.siap", factory=lambda: (Prepared(), {}))]

    six = [str(p) for p in sorted(drafts.glob("*.txt"))[:6]]
    # an archive: as many drafts a worker as PREPARED_FROM, or more
    archive = six * -(-runner.PREPARED_FROM * 2 // len(six))
    rules = rule_set()
    confusion = rules[0].check
    results = runner.run(archive, rules, runner.Options(), jobs=2)
    # the parent built what the workers share: every confusion family, and the test check
    assert prepared == ["once"]
    assert len(confusion._by_word) == len(confusion._raw)
    # a few drafts a worker need too little of it to build it all first
    prepared.clear()
    few = runner.run(six, rule_set(), runner.Options(), jobs=2)
    assert prepared == []
    assert [r.findings for r in few] == [r.findings for r in results[: len(six)]]


def test_two_drafts_are_linted_side_by_side(drafts: Path, tmp_path: Path) -> None:
    # a pre-commit run over two changed drafts: one in this process, one in a forked one
    from dataclasses import replace

    from newslint import engine, runner
    from newslint.config import Config

    pids = tmp_path / "pids"

    class Where:
        def check(self, doc: object) -> list[object]:
            with pids.open("a") as out:
                out.write(f"{os.getpid()}\n")
            return []

    rules = engine.rule_set(Config(), ("eyd.spasi-ganda",), lazy=True)
    rules = [*rules, replace(rules[0], id="uji.di-mana", factory=lambda: (Where(), {}))]
    two = [str(p) for p in sorted(drafts.glob("*.txt"))[:2]]
    results = runner.run(two, rules, runner.Options(), jobs=2)
    assert len(set(pids.read_text().split())) == 2
    assert [r.path for r in results] == two


def test_one_draft_in_two_processes_gives_the_findings_of_one(drafts: Path, tmp_path: Path) -> None:
    # one draft and two jobs: the rules are shared between this process and a forked one
    names = sorted(drafts.glob("*.txt"))[:6]
    found = 0
    for name in names:
        serial = run("--jobs", "1", "--no-cache", str(name), cwd=tmp_path)
        split = run("--jobs", "2", "--no-cache", str(name), cwd=tmp_path)
        assert split == serial, name.name
        found += len(serial["findings"])  # type: ignore[arg-type]
    assert found, "the fixtures must produce findings for this comparison to mean anything"


def test_the_second_process_lints_half_the_rules() -> None:
    from newslint import engine, plugins, runner
    from newslint.config import Config

    text = (FIXTURES / "seed" / "menlu-china-rusia.txt").read_text(encoding="utf-8")
    doc = plugins.parse("seed.txt", text)
    expected = engine.hits(doc, engine.rule_set(Config()))
    rules = engine.rule_set(Config(), lazy=True)
    assert not any(rule.made for rule in rules)
    assert runner.split_hits(doc, rules) == expected
    mine, theirs = runner.halves(rules)
    assert mine and theirs and sorted(mine + theirs) == list(range(len(rules)))
    # this process made only its own half: the other half's hits came from the child
    assert [i for i, rule in enumerate(rules) if rule.made] == mine


def test_a_failing_second_process_leaves_its_rules_to_the_first() -> None:
    from dataclasses import replace

    from newslint import engine, plugins, runner
    from newslint.config import Config
    from newslint.errors import RuleError

    class Broken:
        def check(self, doc: object) -> list[object]:
            raise RuleError("uji.toml: rusak")

    rules = engine.rule_set(Config(), ("ejaan.kata-tertukar", "eyd.kapital-judul"), lazy=True)
    doc = plugins.parse("uji.txt", "Judul\n\nIsi berita.\n")
    (theirs,) = runner.halves(rules)[1]
    broken = [replace(r, factory=lambda: (Broken(), {})) if i == theirs else r for i, r in enumerate(rules)]
    # the child dies on the broken rule; this process lints it again and raises what it raises
    with pytest.raises(RuleError, match="rusak"):
        runner.split_hits(doc, broken)


def test_hits_cross_between_processes_whole() -> None:
    from newslint import runner
    from newslint.rules import Hit

    full = Hit(3, 9, {"match": "a", "replacement": "b"}, ("b", "c"), "b", {"id": "pesan", "en": "message"})
    bare = Hit(0, 1)
    assert [runner._unplain(runner._plain(hit)) for hit in (full, bare)] == [full, bare]


def test_a_lazy_rule_raises_its_errors_on_first_use_naming_the_file() -> None:
    from newslint import plugins
    from newslint.errors import RuleError
    from newslint.rules import DataDirs, build_rule

    data = {
        "type": "confusion",
        "category": "real-word",
        "summary": "uji",
        "message": "uji {match}",
        "families": [{"word": "a", "intended": "b"}],
    }
    types = plugins.check_types()
    rule = build_rule("uji.aturan", Path("uji.toml"), data, types, DataDirs(()), {}, lazy=True)
    assert not rule.made
    with pytest.raises(RuleError, match=r"uji\.toml.*context"):
        rule.check  # noqa: B018


class _Marks:
    """A check that writes the pid of the process running it into a file, one line per draft,
    and reports one hit naming that draft; `die_in_child` ends any process but the test's own."""

    def __init__(self, log: Path, parent: int, die_in_child: bool = False, bad: tuple[str, ...] = ()) -> None:
        self.log, self.parent, self.die_in_child, self.bad = log, parent, die_in_child, bad

    def check(self, doc: Any) -> list[Any]:
        import os

        from newslint.errors import NewslintError
        from newslint.rules import Hit

        if self.die_in_child and os.getpid() != self.parent:
            os._exit(3)
        if Path(doc.path).name in self.bad:
            raise NewslintError(f"{doc.path}: rusak")
        with open(self.log, "a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return [Hit(0, 1, message={"id": f"uji {Path(doc.path).name}"})]


def _marking_rules(log: Path, **options: Any) -> list[Any]:
    import os
    from dataclasses import replace

    from newslint import engine
    from newslint.config import Config

    (rule,) = engine.rule_set(Config(), ("eyd.kapital-judul",), lazy=True)
    check = _Marks(log, os.getpid(), **options)
    return [replace(rule, id="uji.tanda", factory=lambda: (check, {}))]


def _names(drafts: Path, count: int) -> list[str]:
    return [str(p) for p in sorted(drafts.glob("*.txt"))[:count]]


def test_two_jobs_are_this_process_and_one_forked_process(drafts: Path, tmp_path: Path) -> None:
    import os

    from newslint import runner

    log = tmp_path / "pids.txt"
    names = _names(drafts, 12)
    results = runner.run(names, _marking_rules(log), runner.Options(), jobs=2)
    assert [r.path for r in results] == names
    assert [[f.message for f in r.findings] for r in results] == [[f"uji {Path(n).name}"] for n in names]
    pids = log.read_text(encoding="utf-8").split()
    assert len(pids) == len(names)
    # the test's own process lints too: no pool of two workers beside an idle parent
    assert str(os.getpid()) in pids
    assert len(set(pids)) == 2


def test_drafts_a_dead_worker_took_are_linted_by_this_process(drafts: Path, tmp_path: Path) -> None:
    import os

    from newslint import runner

    log = tmp_path / "pids.txt"
    names = _names(drafts, 12)
    results = runner.run(names, _marking_rules(log, die_in_child=True), runner.Options(), jobs=2)
    assert [[f.message for f in r.findings] for r in results] == [[f"uji {Path(n).name}"] for n in names]
    assert set(log.read_text(encoding="utf-8").split()) == {str(os.getpid())}


def test_the_first_failing_draft_in_order_raises_whoever_took_it(drafts: Path, tmp_path: Path) -> None:
    from newslint import runner
    from newslint.errors import NewslintError

    names = _names(drafts, 12)
    bad = (Path(names[4]).name, Path(names[9]).name)
    for _ in range(3):
        with pytest.raises(NewslintError, match=f"{bad[0]}: rusak"):
            runner.run(names, _marking_rules(tmp_path / "pids.txt", bad=bad), runner.Options(), jobs=2)


def test_a_ticket_holds_several_drafts_when_an_archive_outgrows_the_pipe(
    drafts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newslint import runner

    monkeypatch.setattr(runner, "MAX_TICKETS", 4)
    log = tmp_path / "pids.txt"
    names = _names(drafts, 11)
    results = runner.run(names, _marking_rules(log), runner.Options(), jobs=2)
    assert [[f.message for f in r.findings] for r in results] == [[f"uji {Path(n).name}"] for n in names]
    assert len(log.read_text(encoding="utf-8").split()) == len(names)


def test_results_cross_between_processes_whole() -> None:
    from newslint import runner
    from newslint.rules import Finding

    finding = Finding("a.txt", 1, 2, 1, 5, "uji.aturan", "spelling", "error", "pesan", ("b", "c"), 1, 4, "b")
    bare = Finding("a.txt", 3, 1, 3, 2, "uji.lain", "naming", "warning", "lain")
    result = runner.Result("a.txt", "teks", (finding, bare), "diff", True)
    assert runner._unplain_result(runner._plain_result(result)) == result
    assert [vars(f) for f in runner._unplain_result(runner._plain_result(result)).findings] == [
        vars(finding),
        vars(bare),
    ]


def test_a_ticket_pipe_is_made_only_when_it_holds_every_ticket() -> None:
    import os

    from newslint import runner

    reader = runner._ticket_pipe(range(0, runner.MAX_TICKETS))
    assert reader is not None
    with os.fdopen(reader, "rb") as pipe:
        data = pipe.read()
    assert [int.from_bytes(data[i : i + 4], "little") for i in range(0, len(data), 4)] == list(
        range(runner.MAX_TICKETS)
    )
    # more than any pipe holds: no pipe (and no wait for a reader that never comes)
    assert runner._ticket_pipe(range(10_000_000)) is None
