"""Config discovery and keys: newslint.toml, .newslint.toml, [tool.newslint]; errors name the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint import config
from newslint.cli import cli
from newslint.errors import ConfigError
from newslint.rules import Severity

RULE = """type = "existence"
category = "spelling"
severity = "{severity}"
summary = "uji"
message = {{ id = "kata {{match}}", en = "word {{match}}" }}
doc = "Rule used by the config tests."
tokens = ["{token}"]
"""
DRAFT = "Judul\n\nIa datang setalah kemontar selesai.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repo with a data folder of two rules (pack `uji`) and a draft; cwd is the repo."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    pack = root / "data" / "rules" / "uji"
    pack.mkdir(parents=True)
    (pack / "satu.toml").write_text(RULE.format(severity="warning", token="setalah"), encoding="utf-8")
    (pack / "dua.toml").write_text(RULE.format(severity="info", token="kemontar"), encoding="utf-8")
    (root / "naskah").mkdir()
    (root / "naskah" / "a.txt").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    return root


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


BASE = 'data-dirs = ["data"]\nselect = ["uji"]\n'


def check(*args: str) -> tuple[int, list[tuple[str, str, int]], str]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", *args])
    found = []
    if result.exit_code in (0, 1):
        found = [(f["rule"], f["severity"], f["line"]) for f in json.loads(result.stdout)["findings"]]
    return result.exit_code, found, result.stderr


# --- discovery ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["newslint.toml", ".newslint.toml"])
def test_found_beside_the_draft(project: Path, name: str) -> None:
    cfg = write(project / "naskah" / name, "fail-on = 'error'\n")
    assert config.find(project / "naskah" / "a.txt") == cfg.resolve()
    assert config.discover([Path("naskah/a.txt")]).fail_on is Severity.ERROR


def test_found_walking_up(project: Path) -> None:
    cfg = write(project / "newslint.toml", "fail-on = 'info'\n")
    deep = write(project / "naskah" / "2024" / "06" / "b.txt", DRAFT)
    assert config.find(deep) == cfg.resolve()
    assert config.find(deep.parent) == cfg.resolve()


def test_pyproject_tool_section(project: Path) -> None:
    cfg = write(project / "pyproject.toml", "[project]\nname = 'x'\n\n[tool.newslint]\nlanguage = 'en'\n")
    assert config.find(project / "naskah" / "a.txt") == cfg.resolve()
    assert config.load(cfg).language == "en"


def test_pyproject_without_section_is_passed_over(project: Path) -> None:
    write(project / "naskah" / "pyproject.toml", "[project]\nname = 'x'\n")
    cfg = write(project / ".newslint.toml", "")
    assert config.find(project / "naskah" / "a.txt") == cfg.resolve()


@pytest.mark.parametrize(
    "text",
    [
        "[ tool . 'newslint' ]\nlanguage = 'en'\n",
        "[tool]\nnewslint = { language = 'en' }\n",
        '[ "tool" ]\nnewslint.language = "en"\n',
        "tool.newslint.language = 'en'\n[project]\nname = 'x'\n",
        "tool = { newslint = { language = 'en' } }\n",
        '["\\u0074ool".newslint]\nlanguage = "en"\n',
        "[[tool.newslint.rules-list]]\n[tool.newslint]\nlanguage = 'en'\n",
    ],
)
def test_every_spelling_of_the_tool_section_is_found(project: Path, text: str) -> None:
    cfg = write(project / "pyproject.toml", text)
    assert config.find(project / "naskah" / "a.txt") == cfg.resolve()


def test_other_tools_sections_need_no_toml_parser(project: Path) -> None:
    # a draft in a project with a pyproject.toml of its own (other tools, our name as a
    # script) is no config, and is settled without the TOML parser: it is not imported
    write(
        project / "pyproject.toml",
        "[project]\nname = 'newslint-drafts'\n[project.scripts]\nnewslint = 'x:y'\n"
        "[tool.ruff]\nline-length = 100\n[tool.hatch.build]\npackages = ['newslint']\n",
    )
    code = (
        "import sys; from pathlib import Path; from newslint import config; "
        "print(config.find(Path('naskah/a.txt')), 'tomllib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["None", "False"]


def test_a_pyproject_toml_that_is_not_utf8(project: Path) -> None:
    # ours: one line naming the file; someone else's: passed over
    ours = project / "pyproject.toml"
    ours.write_bytes(b"[tool.newslint]\n# Caf\xe9\nlanguage = 'en'\n")
    code, found, err = check("naskah/a.txt")
    assert code == 2 and not found
    assert err.strip() == f"newslint: error: {ours.resolve()}: not UTF-8 text (byte 22)"
    ours.write_bytes(b"[tool.black]\n# Caf\xe9 [tool]\n")
    assert config.find(project / "naskah" / "a.txt") is None


def test_nearest_wins_and_newslint_toml_first(project: Path) -> None:
    write(project / "newslint.toml", "")
    write(project / "naskah" / ".newslint.toml", "")
    near = write(project / "naskah" / "newslint.toml", "")
    assert config.find(project / "naskah" / "a.txt") == near.resolve()


def test_search_stops_at_git(project: Path) -> None:
    outside = write(project.parent / "newslint.toml", "fail-on = 'error'\n")
    assert outside.is_file()
    assert config.find(project / "naskah" / "a.txt") is None
    assert config.discover([Path("naskah/a.txt")]) == config.Config()


def test_no_config_and_explicit_config(project: Path) -> None:
    write(project / "newslint.toml", BASE + "ignore = ['uji.satu']\n")
    other = write(project / "lain" / "cfg.toml", 'data-dirs = ["../data"]\nselect = ["uji.satu"]\n')
    assert check("naskah/a.txt")[1] == [("uji.dua", "info", 3)]
    assert check("--config", str(other), "naskah/a.txt")[1] == [("uji.satu", "warning", 3)]
    code, found, err = check("--no-config", "naskah/a.txt")
    assert code in (0, 1) and all(rule.split(".")[0] != "uji" for rule, _, _ in found), err
    code, _, err = check("--config", "hilang.toml", "naskah/a.txt")
    assert code == 2 and "hilang.toml" in err


# --- keys ----------------------------------------------------------------------------------------


def test_select_and_ignore(project: Path) -> None:
    write(project / "newslint.toml", BASE)
    assert check("naskah/a.txt")[1] == [("uji.satu", "warning", 3), ("uji.dua", "info", 3)]
    write(project / "newslint.toml", BASE + "ignore = ['uji.dua']\n")
    assert check("naskah/a.txt")[1] == [("uji.satu", "warning", 3)]
    # --select on the command line replaces the config's; --ignore adds to it
    assert check("--select", "uji.dua", "--ignore", "uji.satu", "naskah/a.txt")[1] == []
    write(project / "newslint.toml", BASE)
    assert check("--select", "uji.dua", "naskah/a.txt")[1] == [("uji.dua", "info", 3)]


def test_fail_on(project: Path) -> None:
    write(project / "newslint.toml", BASE + "ignore = ['uji.satu']\n")
    assert check("naskah/a.txt")[0] == 0  # an info finding does not fail at the default "warning"
    write(project / "newslint.toml", BASE + "ignore = ['uji.satu']\nfail-on = 'info'\n")
    assert check("naskah/a.txt")[0] == 1
    assert check("--fail-on", "error", "naskah/a.txt")[0] == 0


def test_exclude(project: Path) -> None:
    write(project / "naskah" / "arsip" / "lama.txt", DRAFT)
    write(project / "naskah" / "draf.md", DRAFT)
    write(project / "newslint.toml", BASE + "exclude = ['arsip/*', '*.md']\n")
    result = CliRunner().invoke(cli, ["check", "--format", "json", "naskah"])
    assert {f["path"] for f in json.loads(result.stdout)["findings"]} == {os.path.join("naskah", "a.txt")}
    absolute = CliRunner().invoke(cli, ["check", "--format", "json", str(project / "naskah")])
    assert {Path(f["path"]).name for f in json.loads(absolute.stdout)["findings"]} == {"a.txt"}


def test_per_rule_override(project: Path) -> None:
    write(
        project / "newslint.toml",
        BASE + '[rules."uji.dua"]\nseverity = "error"\ntokens = ["datang"]\n',
    )
    assert check("naskah/a.txt")[1] == [("uji.dua", "error", 3), ("uji.satu", "warning", 3)]


def test_language(project: Path) -> None:
    write(project / "newslint.toml", BASE + "language = 'en'\n")
    result = CliRunner().invoke(cli, ["check", "naskah/a.txt"])
    assert "word setalah" in result.stdout
    result = CliRunner().invoke(cli, ["check", "--lang", "id", "naskah/a.txt"])
    assert "kata setalah" in result.stdout


def test_house_dictionary(project: Path) -> None:
    write(project / "kamus.txt", "# kamus redaksi\nKopdar\n!pelantikkan\n")
    cfg = config.load(write(project / "newslint.toml", 'dictionary = ["kamus.txt"]\n'))
    assert cfg.vocabulary() == config.Vocabulary(frozenset({"Kopdar"}), frozenset({"pelantikkan"}))
    # saved by a Windows editor: a byte order mark before the first word, CRLF line ends
    (project / "kamus.txt").write_bytes(b"\xef\xbb\xbfKopdar\r\n!pelantikkan\r\n")
    assert cfg.vocabulary() == config.Vocabulary(frozenset({"Kopdar"}), frozenset({"pelantikkan"}))


# --- errors name the file ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("selct = ['uji']\n", ["unknown key", "selct"]),
        ("fail-on = 'fatal'\n", ["fail-on"]),
        ("language = 'fr'\n", ["language"]),
        ("select = 3\n", ["select"]),
        ("rules = 3\n", ["rules"]),
        ("dictionary = ['tidak-ada.txt']\n", ["dictionary", "tidak-ada.txt"]),
        ("select = [\n", ["TOML"]),
        (BASE.replace("select", "#") + "select = ['tidak.ada']\n", ["tidak.ada"]),
        (BASE + "ignore = ['tidak.ada']\n", ["tidak.ada"]),
        (BASE + '[rules."tidak.ada"]\nseverity = "error"\n', ["tidak.ada"]),
        (BASE + '[rules."uji.satu"]\ntokenz = ["x"]\n', ["uji.satu", "tokenz"]),
        (BASE + '[rules."uji.satu"]\nseverity = "fatal"\n', ["uji.satu", "severity"]),
        (BASE + '[rules."uji.satu"]\ntokens = "setalah"\n', ["uji.satu", "tokens", "list"]),
        (BASE + '[rules."uji.satu"]\nignorecase = "ya"\n', ["uji.satu", "ignorecase", "true or false"]),
    ],
    ids=[
        "unknown-key",
        "bad-fail-on",
        "bad-language",
        "bad-select",
        "bad-rules",
        "missing-dictionary",
        "bad-toml",
        "select-unknown-rule",
        "ignore-unknown-rule",
        "override-unknown-rule",
        "override-unknown-param",
        "override-bad-severity",
        "override-wrong-type",
        "override-wrong-type-of-a-default",
    ],
)
@pytest.mark.parametrize("name", ["newslint.toml", ".newslint.toml", "pyproject.toml"])
def test_bad_config_is_exit_2_naming_the_file(project: Path, name: str, text: str, words: list[str]) -> None:
    if name == "pyproject.toml":
        if text.startswith("select = [\n"):
            text = "[tool.newslint]\n" + text
        else:
            text = "[tool.newslint]\n" + text.replace('[rules."', '[tool.newslint.rules."')
    path = write(project / name, text)
    result = CliRunner().invoke(cli, ["check", "naskah/a.txt"])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] or name in lines[0], lines[0]
    for word in words:
        assert word in lines[0], lines[0]
    assert "Traceback" not in result.output


def test_a_config_saved_with_a_bom_and_crlf_is_read(project: Path) -> None:
    # Windows editors save UTF-8 with a byte order mark and CRLF line ends
    write(project / "naskah" / "a.txt", DRAFT)
    cfg = project / "newslint.toml"
    cfg.write_bytes(b"\xef\xbb\xbf" + BASE.replace("\n", "\r\n").encode() + b"fail-on = 'error'\r\n")
    assert config.load(cfg).fail_on is Severity.ERROR
    cfg.unlink()
    py = project / "pyproject.toml"
    py.write_bytes(b"\xef\xbb\xbf[tool.newslint]\r\nlanguage = 'en'\r\n")
    assert config.find(project / "naskah" / "a.txt") == py.resolve()
    assert config.load(py).language == "en"


def test_config_error_type(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"newslint\.toml"):
        config.load(write(tmp_path / "newslint.toml", "unknown = 1\n"))
