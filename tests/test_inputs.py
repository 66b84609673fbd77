"""Finding drafts below a directory: the files Path.rglob names, in its order, filtered."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newslint.inputs import DRAFT_SUFFIXES, _excluded, collect


def _as_rglob(raw: str, exclude: tuple[str, ...] = ()) -> list[str]:
    """The drafts below `raw` as Path.rglob finds them: the plain reading collect() must equal."""
    path = Path(raw)
    return [
        str(p)
        for p in sorted(path.rglob("*"))
        if p.is_file()
        and p.suffix.lower() in DRAFT_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
        and not _excluded(p, exclude)
    ]


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "arsip"
    for name in [
        "a/1.txt", "a/2.MD", "a/sp ace.txt", "a/.h.md", "a-b.txt", "b/c/3.markdown", "b/x.txt",
        "b/y.TXT", "b/c/tanpa", ".tersembunyi/h.txt", ".atas.txt", "d.txt/di-dalam.txt", "Z/z.md",
        "titik.", ".txt",
    ]:  # fmt: skip
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("Judul\n", encoding="utf-8")
    os.symlink("../a", root / "b" / "tautan-folder")  # a link to a folder is not entered
    os.symlink("a/1.txt", root / "tautan.txt")  # a link to a file is a draft
    os.symlink("tidak-ada", root / "putus.txt")  # a broken link is nothing
    monkeypatch.chdir(tmp_path)
    return root


@pytest.mark.parametrize("raw", ["arsip", "arsip/", "./arsip", "arsip/a", "arsip/b"])
@pytest.mark.parametrize("exclude", [(), ("*.md",), ("c",)])
def test_drafts_below_a_directory_are_what_rglob_finds(
    tree: Path, raw: str, exclude: tuple[str, ...]
) -> None:
    assert collect([raw], exclude) == _as_rglob(raw, exclude)
    assert collect([str(tree.parent / raw)], exclude) == _as_rglob(str(tree.parent / raw), exclude)


def test_drafts_below_the_current_directory_are_named_without_dot(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tree)
    found = collect(["."])
    assert found == _as_rglob(".")
    assert "a/1.txt" in found and "tautan.txt" in found
    assert not any(name.startswith(("./", ".tersembunyi", "b/tautan-folder")) for name in found)


def test_a_draft_reached_twice_is_linted_once(tree: Path) -> None:
    # a folder and a draft in it, the same draft spelled two ways, stdin twice
    found = collect(["arsip/a/1.txt", "arsip/a", "./arsip/a/1.txt", "arsip//a/./2.MD", "-", "-"])
    assert found == ["arsip/a/1.txt", "arsip/a/2.MD", "arsip/a/sp ace.txt", "-"]
    # a ".." is left as written: after a link to a folder it leads elsewhere
    assert collect(["arsip/a/2.MD", "arsip/b/../a/2.MD"]) == ["arsip/a/2.MD", "arsip/b/../a/2.MD"]
    # a link to a draft is a name of its own, as a folder's listing names it
    assert collect(["arsip/tautan.txt", "arsip/a/1.txt"]) == ["arsip/tautan.txt", "arsip/a/1.txt"]
