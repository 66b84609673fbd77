"""Applying safe fixes: only spans with one unambiguous replacement, written atomically."""

from __future__ import annotations

import codecs
import difflib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from newslint.errors import InputError
from newslint.inputs import Draft
from newslint.rules import Finding


def apply(text: str, findings: Sequence[Finding]) -> tuple[str, int]:
    """Text with every non-overlapping safe fix applied, and how many were applied."""
    fixes = sorted((f for f in findings if f.fix is not None), key=lambda f: (f.start, f.end))
    chosen: list[Finding] = []
    last_end = -1
    for f in fixes:
        if f.start >= last_end:
            chosen.append(f)
            last_end = max(f.end, f.start + 1)
    out = text
    for f in reversed(chosen):
        assert f.fix is not None
        out = out[: f.start] + f.fix + out[f.end :]
    return out, len(chosen)


def unified_diff(draft: Draft, new_text: str) -> str:
    old = draft.text.splitlines(keepends=True)
    new = new_text.splitlines(keepends=True)
    return "".join(difflib.unified_diff(old, new, f"a/{draft.path}", f"b/{draft.path}"))


def write_atomic(draft: Draft, new_text: str) -> None:
    """Replace the file in one rename, keeping its BOM, newlines and permissions.

    A symlink is followed: the file it names is replaced, next to itself, and the link stays.
    """
    # (renaming onto the link would turn it into a copy, and leave the linked draft unfixed)
    path = Path(os.path.realpath(draft.path))
    data = (codecs.BOM_UTF8 if draft.bom else b"") + new_text.encode("utf-8")
    try:
        mode = path.stat().st_mode
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".newslint", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, mode & 0o7777)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InputError(f"{draft.path}: cannot write fix: {exc.strerror or exc}") from None
