"""The command line, run for real (subprocess) and through click's CliRunner.

Exit codes: 0 clean, 1 findings at or above fail-on, 2 usage/config/input error (one line on
stderr naming the file, never a traceback), 3 internal error.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newslint import __version__, plugins
from newslint.cli import cli
from newslint.hookspec import hookimpl
from newslint.rules import Hit

SEED = Path(__file__).resolve().parent / "fixtures" / "seed" / "menlu-china-rusia.txt"
NEWSLINT = Path(sys.executable).with_name("newslint")
RULE = """type = "existence"
category = "{category}"
severity = "{severity}"
summary = "Uji {name}"
doc = "Aturan uji."
example = "{token}"
use-instead = "kata"
message = {{ id = "Kata \\"{{match}}\\" salah", en = "Word \\"{{match}}\\" is wrong" }}
tokens = ["{token}"]
"""


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (a git root) with a small data folder: pack `uji` (two rules)."""
    pack = tmp_path / "data" / "rules" / "uji"
    pack.mkdir(parents=True)
    for name, token, severity in (("satu", "setalah", "warning"), ("dua", "kemontar", "error")):
        text = RULE.format(category="spelling", severity=severity, name=name, token=token)
        (pack / f"{name}.toml").write_text(text, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / "newslint.toml").write_text('data-dirs = ["data"]\nselect = ["uji"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / ".cache"))
    return tmp_path


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def newslint(*args: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cwd / ".cache")}
    env.pop("NEWSLINT_DEBUG", None)
    proc = subprocess.run(
        [str(NEWSLINT), *args], input=stdin, capture_output=True, cwd=cwd, env=env, check=False, timeout=60
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def findings(output: str) -> list[tuple[str, int, str]]:
    return [(f["path"], f["line"], f["rule"]) for f in json.loads(output)["findings"]]


# --- running ---------------------------------------------------------------------------------


def test_entry_point_and_version(tmp_path: Path) -> None:
    assert NEWSLINT.is_file(), "the `newslint` console script is not installed"
    proc = newslint("--version", cwd=tmp_path)
    assert proc.returncode == 0 and __version__ in proc.stdout
    proc = newslint("--help", cwd=tmp_path)
    assert proc.returncode == 0 and "check" in proc.stdout and "rules" in proc.stdout
    module = subprocess.run([sys.executable, "-m", "newslint", "--version"], capture_output=True, check=False)
    assert module.returncode == 0


def test_a_report_larger_than_a_pipe_arrives_whole(work: Path) -> None:
    # the command ends without the interpreter's teardown: what it printed must be flushed
    # first, all of it, and the exit code kept
    body = "Ia datang setalah makan , lalu pergi kesana.\n\n" * 10
    for n in range(120):
        write(work / "naskah" / f"d{n:03d}.txt", f"Judul\n\n{body}")
    one = findings(newslint("check", "--format", "json", "--no-cache", "naskah/d000.txt", cwd=work).stdout)
    proc = newslint("check", "--format", "json", "--no-cache", "--jobs", "1", "naskah", cwd=work)
    assert len(proc.stdout) > 3 * 65_536 and proc.returncode == 1
    found = findings(proc.stdout)
    assert len(one) >= 10 and len(found) == 120 * len(one)


@pytest.mark.parametrize("closed", [">&-", "2>&-"], ids=["stdout", "stderr"])
def test_exit_codes_with_a_closed_stream(work: Path, closed: str) -> None:
    # the command may be run with a standard stream closed: its code still says what happened
    write(work / "bersih.txt", "Judul\n\nTidak ada yang salah.\n")
    codes = []
    for name in ("bersih.txt", "tidak-ada.txt"):
        command = f"'{NEWSLINT}' check --no-cache {name} {closed}"
        proc = subprocess.run(["sh", "-c", command], cwd=work, capture_output=True, check=False)
        codes.append(proc.returncode)
    assert codes == [0, 2]


def _run_with_reader_gone(work: Path, stream: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """The command, its stdout or stderr a pipe whose reader has gone (`newslint ... | head`)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        target = {"stdout": write_end} if stream == "stdout" else {"stderr": write_end}
        other = {"stderr": subprocess.PIPE} if stream == "stdout" else {"stdout": subprocess.PIPE}
        return subprocess.run([str(NEWSLINT), *args], cwd=work, check=False, **target, **other)  # type: ignore[call-overload, no-any-return]
    finally:
        os.close(write_end)


def test_exit_codes_when_the_reader_has_gone(work: Path) -> None:
    # click turns a broken pipe into status 1, which says "findings"; the status stays the lint's
    # (as when Python drops the rest of a report longer than the pipe), and an error that could
    # not be shown keeps its own status
    write(work / "salah.txt", "Judul\n\nIa datang setalah makan.\n")
    write(work / "bersih.txt", "Judul\n\nTidak ada yang salah.\n")
    gone = _run_with_reader_gone(work, "stdout", "check", "--no-cache", "salah.txt")
    assert (gone.returncode, gone.stderr) == (1, b"")
    json_clean = _run_with_reader_gone(
        work, "stdout", "check", "--format", "json", "--no-cache", "bersih.txt"
    )
    assert (json_clean.returncode, json_clean.stderr) == (0, b"")
    for args in (("--help",), ("--version",), ("check", "--help"), ("rules",)):
        proc = _run_with_reader_gone(work, "stdout", *args)
        assert (proc.returncode, proc.stderr) == (0, b""), args
    for args in (("check", "tidak-ada.txt"), ("check", "--jobs", "-1", "bersih.txt"), ("rules", "tidak.ada")):
        proc = _run_with_reader_gone(work, "stderr", *args)
        assert (proc.returncode, proc.stdout) == (2, b""), args
    # the lint's own status when only stderr has gone and nothing goes wrong
    assert _run_with_reader_gone(work, "stderr", "check", "--no-cache", "salah.txt").returncode == 1


def test_exit_codes_for_findings(work: Path) -> None:
    write(work / "bersih.txt", "Judul\n\nTidak ada yang salah.\n")
    write(work / "salah.txt", "Judul\n\nIa datang setalah makan.\n")
    assert newslint("check", "bersih.txt", cwd=work).returncode == 0
    proc = newslint("check", "salah.txt", cwd=work)
    assert proc.returncode == 1 and "salah.txt:3:11: warning uji.satu" in proc.stdout
    assert newslint("check", "--fail-on", "error", "salah.txt", cwd=work).returncode == 0
    assert newslint("check", "--fail-on", "info", "salah.txt", cwd=work).returncode == 1


def test_files_and_directories(work: Path) -> None:
    write(work / "naskah" / "a.txt", "Judul\n\nsetalah\n")
    write(work / "naskah" / "bab" / "b.md", "# Judul\n\nkemontar\n")
    write(work / "naskah" / "bab" / "c.markdown", "# Judul\n\nsetalah\n")
    write(work / "naskah" / "catatan.rst", "setalah\n")  # not a draft type
    write(work / "naskah" / ".tersembunyi" / "d.txt", "setalah\n")  # hidden folders are skipped
    write(work / "lain.txt", "Judul\n\nkemontar\n")
    proc = newslint("check", "--format", "json", "naskah", "lain.txt", cwd=work)
    assert proc.returncode == 1, proc.stderr
    assert findings(proc.stdout) == [
        ("lain.txt", 3, "uji.dua"),
        ("naskah/a.txt", 3, "uji.satu"),
        ("naskah/bab/b.md", 3, "uji.dua"),
        ("naskah/bab/c.markdown", 3, "uji.satu"),
    ]


def test_stdin_with_filename(work: Path) -> None:
    proc = newslint(
        "check",
        "--format",
        "json",
        "--stdin-filename",
        "naskah/x.md",
        "-",
        cwd=work,
        stdin=b"# J\n\nsetalah\n",
    )
    assert proc.returncode == 1 and findings(proc.stdout) == [("naskah/x.md", 3, "uji.satu")]
    proc = newslint("check", "-", cwd=work, stdin=b"Judul\n\nsetalah\n")
    assert proc.stdout.startswith("-:3:1: warning uji.satu")
    proc = newslint("check", "--stdin-filename", "x.txt", "-", cwd=work, stdin=b"Judul\n\n\xe9\n")
    assert proc.returncode == 2 and proc.stderr.startswith("newslint: error: x.txt: not UTF-8")


def test_diff_and_fix_of_stdin(work: Path) -> None:
    # --diff writes nothing, so stdin has its diff like a file; --fix has nowhere to write it
    draft = b"Judul\n\nIa pergi ke pasar ,lalu pulang.\n"
    args = ("check", "--no-config", "--select", "eyd.spasi-sebelum-tanda-baca")
    proc = newslint(*args, "--diff", "--stdin-filename", "naskah/x.txt", "-", cwd=work, stdin=draft)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.splitlines() == [
        "--- a/naskah/x.txt",
        "+++ b/naskah/x.txt",
        "@@ -1,3 +1,3 @@",
        " Judul",
        " ",
        "-Ia pergi ke pasar ,lalu pulang.",
        "+Ia pergi ke pasar, lalu pulang.",
    ]
    write(work / "a.txt", draft)
    proc = newslint(*args, "--fix", "a.txt", "-", cwd=work, stdin=draft)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == "newslint: error: -: --fix cannot write back to stdin (--diff shows the fixes)\n"
    assert (work / "a.txt").read_bytes() == draft


def test_stdin_markdown_is_parsed_as_markdown(work: Path) -> None:
    stdin = b"# Judul\n\n```\nsetalah\n```\n\n`setalah` kemontar\n"
    proc = newslint("check", "--format", "json", "--stdin-filename", "a.md", "-", cwd=work, stdin=stdin)
    assert findings(proc.stdout) == [("a.md", 7, "uji.dua")]


def test_select_ignore_and_lang(work: Path) -> None:
    write(work / "a.txt", "Judul\n\nsetalah kemontar\n")
    run = CliRunner().invoke
    assert findings(run(cli, ["check", "--format", "json", "a.txt"]).stdout) == [
        ("a.txt", 3, "uji.satu"),
        ("a.txt", 3, "uji.dua"),
    ]
    only = run(cli, ["check", "--format", "json", "--select", "uji.dua", "a.txt"])
    assert findings(only.stdout) == [("a.txt", 3, "uji.dua")]
    both = run(
        cli, ["check", "--format", "json", "--select", "uji.satu,uji.dua", "--ignore", "uji.dua", "a.txt"]
    )
    assert findings(both.stdout) == [("a.txt", 3, "uji.satu")]
    english = run(cli, ["check", "--lang", "en", "a.txt"])
    assert 'Word "setalah" is wrong' in english.stdout and "Kata" not in english.stdout
    assert 'Kata "setalah" salah' in run(cli, ["check", "a.txt"]).stdout


def test_config_flags(work: Path) -> None:
    write(work / "a.txt", "Judul\n\nsetalah kemontar\n")
    other = write(work / "lain" / "cfg.toml", 'data-dirs = ["../data"]\nselect = ["uji.dua"]\n')
    result = CliRunner().invoke(cli, ["check", "--format", "json", "--config", str(other), "a.txt"])
    assert findings(result.stdout) == [("a.txt", 3, "uji.dua")]
    result = CliRunner().invoke(cli, ["check", "--format", "json", "--no-config", "a.txt"])
    assert all(not rule.startswith("uji.") for _, _, rule in findings(result.stdout))


def test_rules_listing_and_explaining(work: Path) -> None:
    listing = newslint("rules", cwd=work)
    assert listing.returncode == 0
    lines = listing.stdout.splitlines()
    assert any(line.startswith("uji.satu ") and "spelling" in line and "Uji satu" in line for line in lines)
    ids = [line.split()[0] for line in lines]
    assert ids == sorted(ids)
    explain = newslint("rules", "uji.satu", cwd=work)
    assert explain.returncode == 0
    assert explain.stdout.splitlines()[:2] == [
        "uji.satu  [spelling, warning]",
        "Apa yang diperiksa: Uji satu",
    ]
    assert "Contoh: setalah" in explain.stdout and "Gunakan: kata" in explain.stdout
    english = newslint("rules", "--lang", "en", "uji.satu", cwd=work)
    assert "What it does: Uji satu" in english.stdout and "Use instead: kata" in english.stdout
    pack = newslint("rules", "uji", cwd=work)
    assert "uji.satu" in pack.stdout and "uji.dua" in pack.stdout


def test_built_in_rules_are_listed(tmp_path: Path) -> None:
    proc = newslint("rules", "--no-config", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.strip(), proc.stderr
    packs = {line.split()[0].split(".")[0] for line in proc.stdout.splitlines()}
    assert {"ejaan", "nama", "atribusi", "struktur", "eyd", "baku"} <= packs


# --- errors: exit 2, one line naming the file, no traceback ------------------------------------


@pytest.mark.parametrize(
    ("args", "setup", "expected"),
    [
        (["check", "hilang.txt"], {}, "hilang.txt: no such file"),
        (["check", "kosong"], {"kosong/catatan.rst": "x"}, "kosong: no drafts"),
        (["check", "biner.txt"], {"biner.txt": b"PK\x03\x04\x00\x00binary"}, "biner.txt: binary"),
        (["check", "latin.txt"], {"latin.txt": b"Judul\n\ncaf\xe9\n"}, "latin.txt: not UTF-8"),
        (
            ["check", "utf16.txt"],
            {"utf16.txt": "Judul\n\nIsi.\n".encode("utf-16")},
            "utf16.txt: UTF-16 text, not UTF-8: save it as UTF-8",
        ),
        (["check", "map"], {"map/a.txt": "Judul\n", "map/b.txt": b"\xff\xfeJ\x00"}, "b.txt: "),
        (["check", "a.txt"], {"newslint.toml": "select = [", "a.txt": "x"}, "newslint.toml: invalid TOML"),
        (["check", "a.txt"], {"newslint.toml": "selekt = []", "a.txt": "x"}, "newslint.toml: unknown key"),
        (["check", "--select", "tidak.ada", "a.txt"], {"a.txt": "x"}, "'tidak.ada'"),
        (["check", "--ignore", "tidak", "a.txt"], {"a.txt": "x"}, "'tidak'"),
        (["check", "--format", "xml", "a.txt"], {"a.txt": "x"}, "unknown --format 'xml'"),
        (["check", "--config", "lain.toml", "a.txt"], {"a.txt": "x"}, "lain.toml: config file not found"),
        (["rules", "tidak.ada"], {}, "'tidak.ada'"),
        (["dict", "add", "kata"], {"newslint.toml": ""}, "newslint.toml: no `dictionary`"),
    ],
    ids=[
        "missing-path",
        "no-drafts",
        "binary",
        "not-utf8",
        "utf16",
        "bad-file-in-directory",
        "bad-toml",
        "unknown-config-key",
        "unknown-rule",
        "unknown-ignore",
        "unknown-format",
        "missing-config",
        "explain-unknown",
        "dict-without-dictionary",
    ],
)
def test_user_errors(tmp_path: Path, args: list[str], setup: dict[str, str | bytes], expected: str) -> None:
    (tmp_path / ".git").mkdir()
    for name, data in setup.items():
        write(tmp_path / name, data)
    proc = newslint(*args, cwd=tmp_path)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("newslint: error: ") and expected in lines[0], lines[0]


def test_usage_errors_are_exit_2(tmp_path: Path) -> None:
    for args in (
        ["check"],
        ["check", "--fail-on", "fatal", "a.txt"],
        ["nope"],
        ["check", "--lang", "fr", "a"],
    ):
        proc = newslint(*args, cwd=tmp_path)
        assert proc.returncode == 2, args
        assert "Traceback" not in proc.stderr


class _Broken:
    """A check type with a bug in it."""

    def __init__(self) -> None:
        pass

    def check(self, doc: object) -> Iterator[Hit]:
        raise ZeroDivisionError("a bug in a check")


class _BrokenPlugin:
    @hookimpl
    def newslint_check_types(self) -> dict[str, Any]:
        return {"uji-rusak": _Broken}


@pytest.fixture
def broken_plugin() -> Iterator[None]:
    plugin = _BrokenPlugin()
    plugins.manager().register(plugin, name="uji-rusak")
    yield
    plugins.manager().unregister(plugin)


def test_internal_error_is_exit_3(work: Path, broken_plugin: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSLINT_DEBUG", raising=False)
    write(
        work / "data" / "rules" / "uji" / "rusak.toml",
        'type = "uji-rusak"\ncategory = "style"\nsummary = "x"\nmessage = "x"\n',
    )
    write(work / "a.txt", "Judul\n\nteks\n")
    result = CliRunner().invoke(cli, ["check", "--no-cache", "a.txt"])
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "internal error" in lines[0] and "ZeroDivisionError" in lines[0]
    assert "Traceback" not in result.output


# --- house dictionary ------------------------------------------------------------------------


def test_dict_add(work: Path) -> None:
    write(work / "newslint.toml", 'data-dirs = ["data"]\ndictionary = ["kamus-redaksi.txt"]\n')
    kamus = write(work / "kamus-redaksi.txt", "# kamus redaksi\nKopdar")
    kamus.chmod(0o640)
    sub = work / "naskah"
    sub.mkdir()
    first = newslint("dict", "add", "ojol", "Kopdar", cwd=sub)
    assert first.returncode == 0, first.stderr
    assert "1 added, 1 already there" in first.stdout
    assert kamus.read_text(encoding="utf-8") == "# kamus redaksi\nKopdar\nojol\n"
    again = newslint("dict", "add", "ojol", cwd=work)
    assert "0 added, 1 already there" in again.stdout
    reject = newslint("dict", "add", "--reject", "pelantikkan", cwd=work)
    assert reject.returncode == 0
    assert kamus.read_text(encoding="utf-8").splitlines()[-1] == "!pelantikkan"
    # written by rename: same permissions, no temporary files left behind
    assert stat.S_IMODE(kamus.stat().st_mode) == 0o640
    # a first word after a byte order mark is there already
    kamus.write_bytes(b"\xef\xbb\xbfKopdar\r\n")
    assert "0 added, 1 already there" in newslint("dict", "add", "Kopdar", cwd=work).stdout
    assert kamus.read_bytes() == b"\xef\xbb\xbfKopdar\r\n"
    assert sorted(p.name for p in work.iterdir() if p.name.startswith(".kamus")) == []


def test_dict_add_without_config(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    proc = newslint("dict", "add", "kata", cwd=tmp_path)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and "newslint.toml" in proc.stderr


# --- the seed draft, end to end ----------------------------------------------------------------

NOT_TYPOS = {
    "Putin",
    "Moskow",
    "Pyongyang",
    "Lavrov",
    "Korolev",
    "Menlu",
    "PBB",
    "BBC",
    "rincian",
    "upayanya",
}
NOT_TYPOS |= {"Dilansir", "hoaks"}


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("seed")
    shutil.copy(SEED, folder / SEED.name)
    proc = newslint("check", "--no-config", "--format", "json", SEED.name, cwd=folder)
    assert proc.returncode == 1, proc.stderr
    report: list[dict[str, Any]] = json.loads(proc.stdout)["findings"]
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for f in report:
        f["text"] = (
            lines[f["line"] - 1][f["column"] - 1 : f["end_column"] - 1] if f["line"] == f["end_line"] else ""
        )
    return report


@pytest.mark.parametrize(
    ("line", "word", "suggestion"),
    [
        (15, "setalah", "setelah"),
        (21, "Kemterian", "Kementerian"),
        (35, "Ukriana", "Ukraina"),
        (39, "kemontar", "komentar"),
    ],
)
def test_seed_typos(seed_report: list[dict[str, Any]], line: int, word: str, suggestion: str) -> None:
    hits = [f for f in seed_report if f["category"] == "spelling" and f["line"] == line and f["text"] == word]
    assert hits, f"{word} (line {line}) not found"
    assert hits[0]["suggestions"][:1] == [suggestion]


def test_seed_spelling_is_precise(seed_report: list[dict[str, Any]]) -> None:
    spelling = [f for f in seed_report if f["category"] == "spelling"]
    assert len(spelling) <= 6, [f["text"] for f in spelling]
    assert not {f["text"] for f in spelling} & NOT_TYPOS


@pytest.mark.parametrize(
    ("category", "line", "text"),
    [("naming", 43, "Tiongkok"), ("attribution", 31, "Para ahli"), ("real-word", 41, "analisis")],
)
def test_seed_editorial(seed_report: list[dict[str, Any]], category: str, line: int, text: str) -> None:
    hits = [f for f in seed_report if f["category"] == category and f["line"] == line]
    assert hits, f"no {category} finding on line {line}"
    assert any(text in f["text"] or text in f["message"] for f in hits), hits


def test_seed_real_word_suggestion(seed_report: list[dict[str, Any]]) -> None:
    (hit,) = [f for f in seed_report if f["category"] == "real-word" and f["line"] == 41]
    assert hit["suggestions"] and hit["suggestions"][0].split()[-1] == "analis"


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [("\n3. Wang akan", "\n4. Wang akan", 33), ("Cabut dari AS, Menlu China", "4 Fakta Menlu China", 1)],
    ids=["section-gap", "listicle-count"],
)
def test_seed_numbering(tmp_path: Path, old: str, new: str, line: int) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert old in text
    write(tmp_path / "naskah.txt", text.replace(old, new, 1))
    proc = newslint("check", "--no-config", "--format", "json", "naskah.txt", cwd=tmp_path)
    report = json.loads(proc.stdout)["findings"]
    assert [f for f in report if f["category"] == "numbering" and f["line"] == line], proc.stdout
    clean = newslint("check", "--no-config", "--format", "json", str(SEED), cwd=tmp_path)
    assert not [f for f in json.loads(clean.stdout)["findings"] if f["category"] == "numbering"]


def test_seed_house_dictionary_accepts_a_word(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "naskah.txt")
    (tmp_path / ".git").mkdir()
    write(tmp_path / "newslint.toml", 'dictionary = ["kamus.txt"]\n')
    write(tmp_path / "kamus.txt", "")
    assert newslint("dict", "add", "Kemterian", cwd=tmp_path).returncode == 0
    proc = newslint("check", "--format", "json", "naskah.txt", cwd=tmp_path)
    texts = {(f["line"], f["category"]) for f in json.loads(proc.stdout)["findings"]}
    assert (21, "spelling") not in texts and (15, "spelling") in texts


ODD_INPUTS: dict[str, bytes] = {
    "empty.txt": b"",
    "only-bom.txt": b"\xef\xbb\xbf",
    "blank-lines.md": b"\r\n\r\n",
    "unicode-breaks.txt": "Judul\u2028baris\u2029x\x0cy\x85z\n\nsetalah\u2028itu.".encode(),
    "unicode-breaks.md": "# Judul\u2028baris\n\nsetalah\x0citu\x85.".encode(),
    "front-matter-only.md": b"---\ntitle: x\n---\n",
    "unclosed-fence.md": b"```\nsetalah\n",
    "nested.md": b"> > > - 1. # x\n>\n> ```\n> kode\n",
    "unclosed-comment.md": b"<!-- newslint-disable\n\nsetalah\n",
    "sections-only.txt": b"1. Satu\n\n2. Dua\n\n4. Empat\n",
    "emoji-zwj.txt": "Judul\n\n\U0001f600\U0001f1ee\U0001f1e9 setalah \u200b\u200d kata\ufeff.\n".encode(),
    "control-chars.txt": b"Judul\n\n\x01\x02\x1b[31m setalah\n",
    "quotes-only.txt": "“‘«»„\"'".encode() * 50,
    "footer-first.txt": b"Topik:\n\nIDN Times Community adalah\n",
    "long-line.txt": b"Judul\n\n" + b"kata setalah, " * 20000,
    "huge-word.txt": b"Judul\n\n" + b"a" * 5000 + b" Kemterian " + b"x" * 70000 + b"\n",
}


@pytest.mark.parametrize("name", sorted(ODD_INPUTS))
def test_odd_input_never_crashes_or_hangs(tmp_path: Path, name: str) -> None:
    write(tmp_path / name, ODD_INPUTS[name])
    proc = newslint("check", "--no-config", "--select", "ALL", "--format", "json", name, cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    json.loads(proc.stdout)
