"""A findings cache keyed by file content, newslint version, config, rules and dictionaries.

Entries are written to a temporary file and renamed into place, so two runs sharing a cache
never see a half-written entry; an unreadable entry is a miss.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from newslint import __version__
from newslint.rules import Finding

_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# newslint cache: safe to delete\n"
_FINDING_FIELDS = (
    *("path", "line", "column", "end_line", "end_column"),
    *("rule", "category", "severity", "message"),
)


def fingerprint(data_dirs: Iterable[Path], sources: Iterable[Path], settings: Sequence[str]) -> str:
    """What findings depend on besides the draft: version, code, data files, settings.

    Files count by size and modification time, so an edited rule, dictionary, house word list
    or check module (an editable install, a plugin) invalidates every entry. `sources` are
    files, or folders whose .py files count.
    """
    import hashlib  # here: a --no-cache run does not need it

    h = hashlib.sha256(f"newslint {__version__}\n".encode())
    for setting in settings:
        h.update(setting.encode("utf-8") + b"\0")
    files: list[Path] = []
    for root in data_dirs:
        for sub in ("rules", "dictionaries"):
            if (root / sub).is_dir():
                # not the parsed rules kept beside them: they follow the rule files
                found = (root / sub).rglob("*")
                files.extend(p for p in found if p.is_file() and "__pycache__" not in p.parts)
    for item in sources:
        files.extend(item.rglob("*.py") if item.is_dir() else [item])
    for path in sorted(set(files)):
        st = path.stat()
        h.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


class Cache(NamedTuple):
    """A folder of findings, one JSON file per (settings, path, content)."""

    root: Path
    fingerprint: str

    def key(self, path: str, data: bytes) -> str:
        import hashlib

        h = hashlib.sha256(self.fingerprint.encode())
        h.update(path.encode("utf-8", "surrogateescape") + b"\0")
        h.update(data)
        return h.hexdigest()

    def _file(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[Finding] | None:
        # imported by the runs that use the cache only: --no-cache does without it
        import json

        try:
            raw = json.loads(self._file(key).read_text(encoding="utf-8"))
            return [
                Finding(
                    **{name: item[name] for name in _FINDING_FIELDS},
                    suggestions=tuple(item["suggestions"]),
                    start=item["start"],
                    end=item["end"],
                    fix=item["fix"],
                )
                for item in raw
            ]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, findings: Sequence[Finding]) -> None:
        payload = [{**f.as_json(), "start": f.start, "end": f.end, "fix": f.fix} for f in findings]
        import json
        import tempfile

        target = self._file(key)
        try:
            self._ensure_root()
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False)
            os.replace(tmp, target)
        except OSError:
            # a cache that cannot be written only costs speed
            return

    def _ensure_root(self) -> None:
        if not (self.root / "CACHEDIR.TAG").exists():
            self.root.mkdir(parents=True, exist_ok=True)
            (self.root / "CACHEDIR.TAG").write_text(_TAG, encoding="utf-8")
            (self.root / ".gitignore").write_text("*\n", encoding="utf-8")
