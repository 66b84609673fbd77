"""Finding drafts on disk and reading them strictly (UTF-8, BOM allowed, no binaries)."""

from __future__ import annotations

import codecs
import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from newslint.errors import InputError

DRAFT_SUFFIXES = (".txt", ".md", ".markdown")


class Draft(NamedTuple):
    """A draft's decoded text; `bom` remembers a UTF-8 BOM so a fix can write it back."""

    path: str
    text: str
    bom: bool = False


def collect(paths: Sequence[str], exclude: Sequence[str] = ()) -> list[str]:
    """Files named directly, and drafts (.txt, .md) found below directories, sorted; each once,
    under the name it was first reached by (a folder and a draft in it, overlapping globs)."""
    out: list[str] = []
    seen: set[str] = set()
    for name in _collected(paths, exclude):
        # "." parts and doubled slashes dropped; not ".." ones, as a ".." after a link to a
        # folder leads elsewhere than the name says
        key = name if ".." in name else os.path.normpath(name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def _collected(paths: Sequence[str], exclude: Sequence[str]) -> list[str]:
    out: list[str] = []
    for raw in paths:
        if raw == "-":
            out.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found = [
                name
                for parts, name in sorted(files_below(str(path)))
                if _suffix(parts[-1]).lower() in DRAFT_SUFFIXES
                and not any(part.startswith(".") for part in parts)
                and not (exclude and _excluded(Path(name), exclude))
            ]
            if not found:
                raise InputError(f"{raw}: no drafts (.txt, .md) found in this directory")
            out.extend(found)
        elif path.exists():
            if not path.is_file():
                raise InputError(f"{raw}: not a regular file")
            if not _excluded(path, exclude):
                out.append(raw)
        else:
            raise InputError(f"{raw}: no such file or directory")
    return out


def files_below(top: str, parts: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """(parts below `top`, path) of every file below `top`, as Path(top).rglob("*") finds and
    names them, in no order (sorted, the parts give rglob's path order): real directories
    entered, symbolic links to directories not, links to files kept; a directory that may not
    be read is passed over. By os.scandir, which an archive of thousands of drafts (and every
    run's listing of the rule files) goes through many times faster than Path objects."""
    try:
        with os.scandir(os.path.join(top, *parts)) as listing:
            entries = list(listing)
    except PermissionError:
        return
    for entry in entries:
        inner = (*parts, entry.name)
        if entry.is_dir() and not entry.is_symlink():
            yield from files_below(top, inner)
        elif entry.is_file():
            # (Path(".") / "a.txt" is "a.txt")
            yield inner, os.path.join(top, *inner) if top != "." else os.path.join(*inner)


def _suffix(name: str) -> str:
    """Path(name).suffix."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _excluded(path: Path, patterns: Iterable[str]) -> bool:
    # a pattern may match any tail of the path, so "arsip/*" holds however the folder was named
    parts = path.as_posix().split("/")
    tails = ["/".join(parts[i:]) for i in range(len(parts))]
    return any(fnmatch.fnmatch(tail, p) for p in patterns for tail in tails)


def decode(name: str, data: bytes) -> Draft:
    """Decode a draft's bytes, refusing binaries and text that is not UTF-8."""
    if b"\x00" in data[:65536]:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            # what Windows Notepad saves as "Unicode": text, in the wrong encoding
            raise InputError(f"{name}: UTF-16 text, not UTF-8: save it as UTF-8")
        raise InputError(f"{name}: binary file (contains NUL bytes), not a draft")
    bom = data.startswith(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{name}: not UTF-8 (invalid byte 0x{data[exc.start]:02x} on line {line})") from None
    return Draft(name, text, bom)


def read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def read(path: str) -> Draft:
    return decode(path, read_bytes(path))
