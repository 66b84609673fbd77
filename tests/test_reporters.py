"""Reporters per the output contract: text, json, sarif (schema-valid), github (escaped), gitlab."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from newslint import plugins
from newslint.cli import cli
from newslint.reporters.github import escape_data, escape_property
from newslint.rules import Finding

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = FIXTURES / "seed" / "menlu-china-rusia.txt"
SARIF_SCHEMA = json.loads((FIXTURES / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

RULES = {
    "satu": ('severity = "warning"', 'type = "existence"\ntokens = ["setalah"]'),
    "dua": ('severity = "error"', 'type = "substitution"\nswap = { kemontar = "komentar" }'),
    "tiga": ('severity = "info"', 'type = "existence"\ntokens = ["para ahli"]'),
}
DRAFTS = {
    "b.txt": (
        "Judul Berita\n\nJakarta, IDN Times - Ia\tdatang setalah 😀 kemontar.\n\nPara ahli setalah itu.\n"
    ),
    "a.md": "# Judul\n\nKata “setalah” dan [laporan kemontar lengkap](https://x.y/kemontar).\n",
}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pack = tmp_path / "data" / "rules" / "uji"
    pack.mkdir(parents=True)
    for name, (severity, body) in RULES.items():
        (pack / f"{name}.toml").write_text(
            f'{body}\ncategory = "spelling"\n{severity}\nsummary = "Uji {name}"\n'
            f'doc = "Aturan uji {name}."\nexample = "setalah"\nuse-instead = "setelah"\n'
            'message = { id = "Kata \\"{match}\\" salah", en = "Word \\"{match}\\" is wrong" }\n',
            encoding="utf-8",
        )
    (tmp_path / "newslint.toml").write_text('data-dirs = ["data"]\nselect = ["uji"]\n', encoding="utf-8")
    for name, text in DRAFTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


def run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *args], input=stdin)
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, result.stdout


def test_formats_are_registered() -> None:
    assert {"text", "json", "sarif", "github", "gitlab"} <= set(plugins.reporters())


def test_text(project: Path) -> None:
    code, out = run("b.txt")
    assert code == 1
    assert out.splitlines() == [
        'b.txt:3:32: warning uji.satu Kata "setalah" salah',
        "    Jakarta, IDN Times - Ia\tdatang setalah 😀 kemontar.",
        "                           \t       ^^^^^^^",
        'b.txt:3:42: error uji.dua Kata "kemontar" salah',
        "    Jakarta, IDN Times - Ia\tdatang setalah 😀 kemontar.",
        # (the emoji fills two cells of the terminal)
        "                           \t                  ^^^^^^^^",
        "    saran: komentar",
        'b.txt:5:1: info uji.tiga Kata "Para ahli" salah',
        "    Para ahli setalah itu.",
        "    ^^^^^^^^^",
        'b.txt:5:11: warning uji.satu Kata "setalah" salah',
        "    Para ahli setalah itu.",
        "              ^^^^^^^",
        "4 temuan di 1 berkas (1 error, 2 warning, 1 info)",
    ]


def test_text_in_english_and_clean(project: Path) -> None:
    _, out = run("--lang", "en", "b.txt")
    assert 'Word "setalah" is wrong' in out and "suggestion: komentar" in out
    assert out.splitlines()[-1] == "4 findings in 1 files (1 error, 2 warning, 1 info)"
    (project / "bersih.txt").write_text("Judul\n\nTidak ada salah.\n", encoding="utf-8")
    assert run("bersih.txt") == (0, "Tidak ada temuan.\n")
    assert run("--lang", "en", "bersih.txt") == (0, "No findings.\n")


def test_json_contract(project: Path) -> None:
    _, out = run("--format", "json", "b.txt", "a.md")
    report = json.loads(out)
    assert set(report) == {"version", "findings", "summary"}
    assert report["version"] == 1
    keys = {"path", "line", "column", "end_line", "end_column", "rule", "category", "severity", "message"}
    for finding in report["findings"]:
        assert set(finding) == keys | {"suggestions"}
        assert isinstance(finding["suggestions"], list)
    where = [(f["path"], f["line"], f["column"], f["end_line"], f["end_column"]) for f in report["findings"]]
    # 1-based lines, code-point columns (the emoji and the tab count one each), end exclusive
    assert where == [
        ("a.md", 3, 7, 3, 14),
        ("a.md", 3, 29, 3, 37),
        ("b.txt", 3, 32, 3, 39),
        ("b.txt", 3, 42, 3, 50),
        ("b.txt", 5, 1, 5, 10),
        ("b.txt", 5, 11, 5, 18),
    ]
    assert report["findings"][1]["suggestions"] == ["komentar"]
    assert report["findings"][1]["category"] == "spelling"
    assert report["summary"] == {
        "files": 2,
        "findings": 6,
        "by_severity": {"error": 2, "info": 1, "warning": 3},
        "by_category": {"spelling": 6},
    }


def test_json_columns_match_the_source(project: Path) -> None:
    report = json.loads(run("--format", "json", "b.txt", "a.md")[1])
    for f in report["findings"]:
        line = (project / f["path"]).read_text(encoding="utf-8").splitlines()[f["line"] - 1]
        assert line[f["column"] - 1 : f["end_column"] - 1].lower() in {"setalah", "kemontar", "para ahli"}


def test_output_is_deterministic(project: Path) -> None:
    for fmt in ("text", "json", "sarif", "github", "gitlab"):
        first = run("--format", fmt, "b.txt", "a.md")[1]
        assert run("--format", fmt, "a.md", "b.txt")[1] == first, fmt
        assert run("--format", fmt, ".")[1] == first, fmt


def test_directory_order_is_sorted(project: Path) -> None:
    report = json.loads(run("--format", "json", ".")[1])
    keys = [(f["path"], f["line"], f["column"], f["rule"]) for f in report["findings"]]
    assert keys == sorted(keys)
    assert [f["path"] for f in report["findings"]][:1] == ["a.md"]


# --- SARIF -----------------------------------------------------------------------------------


def sarif(*args: str, stdin: str | None = None) -> dict[str, Any]:
    log = json.loads(run("--format", "sarif", *args, stdin=stdin)[1])
    jsonschema.validate(log, SARIF_SCHEMA, cls=jsonschema.Draft7Validator)
    assert isinstance(log, dict)
    return log


def test_sarif_is_valid_and_complete(project: Path) -> None:
    log = sarif("b.txt", "a.md")
    assert log["version"] == "2.1.0"
    (run_,) = log["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    driver = run_["tool"]["driver"]
    assert driver["name"] == "newslint"
    ids = [r["id"] for r in driver["rules"]]
    assert ids == ["uji.dua", "uji.satu", "uji.tiga"]
    assert driver["rules"][0]["shortDescription"]["text"] == "Uji dua"
    results = run_["results"]
    assert len(results) == 6
    for result in results:
        assert ids[result["ruleIndex"]] == result["ruleId"]
    first = results[0]
    region = first["locations"][0]["physicalLocation"]["region"]
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a.md"
    assert region == {"startLine": 3, "startColumn": 7, "endLine": 3, "endColumn": 14}
    assert {r["level"] for r in results} == {"error", "warning", "note"}


def test_sarif_without_findings_and_from_stdin(project: Path) -> None:
    assert (
        sarif("--stdin-filename", "naskah/x.txt", "-", stdin="Judul\n\nBersih.\n")["runs"][0]["results"] == []
    )
    log = sarif("--stdin-filename", "naskah/x.txt", "-", stdin="Judul\n\nsetalah\n")
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "naskah/x.txt"


def test_sarif_of_the_built_in_rules_is_valid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    result = CliRunner().invoke(cli, ["check", "--no-config", "--format", "sarif", str(SEED)])
    assert result.exit_code == 1, result.output
    log = json.loads(result.stdout)
    jsonschema.validate(log, SARIF_SCHEMA, cls=jsonschema.Draft7Validator)
    assert log["runs"][0]["results"]


# --- GitHub ----------------------------------------------------------------------------------


def test_github_annotations(project: Path) -> None:
    _, out = run("--format", "github", "b.txt")
    assert out.splitlines() == [
        "::warning file=b.txt,line=3,col=32,endLine=3,endColumn=39,title=newslint uji.satu::"
        'Kata "setalah" salah',
        "::error file=b.txt,line=3,col=42,endLine=3,endColumn=50,title=newslint uji.dua::"
        'Kata "kemontar" salah (komentar)',
        "::notice file=b.txt,line=5,col=1,endLine=5,endColumn=10,title=newslint uji.tiga::"
        'Kata "Para ahli" salah',
        "::warning file=b.txt,line=5,col=11,endLine=5,endColumn=18,title=newslint uji.satu::"
        'Kata "setalah" salah',
    ]


def test_github_escaping_matches_actions_core() -> None:
    # @actions/core: escapeData encodes % CR LF; escapeProperty also : and ,
    assert escape_data("50% naik\r\nbaris: a, b") == "50%25 naik%0D%0Abaris: a, b"
    assert escape_property("d:/a,b%\n.txt") == "d%3A/a%2Cb%25%0A.txt"
    finding = Finding(
        path="berkas: satu, dua.txt",
        line=1,
        column=2,
        end_line=1,
        end_column=5,
        rule="uji.satu",
        category="spelling",
        severity="info",
        message="naik 50%\nlagi",
    )
    out = plugins.reporters()["github"]([finding], {}, {}, "id")
    assert out == (
        "::notice file=berkas%3A satu%2C dua.txt,line=1,col=2,endLine=1,endColumn=5,"
        "title=newslint uji.satu::naik 50%25%0Alagi\n"
    )


# --- GitLab ----------------------------------------------------------------------------------


def test_gitlab_code_quality(project: Path) -> None:
    issues = json.loads(run("--format", "gitlab", "b.txt", "a.md")[1])
    assert isinstance(issues, list) and len(issues) == 6
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["path"] in DRAFTS
        assert issue["location"]["positions"]["begin"]["line"] >= 1
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert issues == json.loads(run("--format", "gitlab", "a.md", "b.txt")[1])
    assert {i["severity"] for i in issues} == {"info", "minor", "major"}


def test_a_long_line_is_shown_as_an_excerpt_with_the_carets_under_the_span() -> None:
    from newslint.reporters.text import caret_line, excerpt

    line = " ".join(f"kata{i:02d}" for i in range(40)) + " setalah " + " ".join(["akhir"] * 30)
    column = line.index("setalah") + 1
    shown, start, end = excerpt(line, column, column + len("setalah"))
    assert shown.startswith("… ") and shown.endswith(" …") and len(shown) < len(line)
    assert shown[start - 1 : end - 1] == "setalah"
    assert caret_line(shown, start, end).endswith(" ^^^^^^^")
    short = "Kata pendek setalah ini."
    assert excerpt(short, 13, 20) == (short, 13, 20)


@pytest.mark.parametrize(
    ("line", "word", "cells_before", "cells"),
    [
        # an emoji and a CJK character fill two cells of a terminal
        ("“Kami 😀 datang setalah makan,” ujarnya.", "setalah", 16, 7),
        ("Warga 北京 datang setalah itu.", "setalah", 18, 7),
        # a combining accent fills none
        ("Cafe\u0301 itu buka setalah pukul 10.", "setalah", 14, 7),
        # a span holding wide characters gets a caret for each of their cells
        ("Ia datang ke 北京 kemarin.", "北京", 13, 4),
    ],
)
def test_carets_stand_under_the_span_as_a_terminal_shows_the_line(
    line: str, word: str, cells_before: int, cells: int
) -> None:
    from newslint.reporters.text import caret_line

    column = line.index(word) + 1
    assert caret_line(line, column, column + len(word)) == " " * cells_before + "^" * cells
