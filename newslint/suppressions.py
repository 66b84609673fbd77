"""Inline suppression: HTML-comment directives and the newsroom's `[sic]`."""

from __future__ import annotations

import re
from typing import NamedTuple

from newslint import compiled
from newslint.document import Document

DIRECTIVE = compiled.compile(
    r"<!--\s*newslint-(?P<verb>disable-next-line|disable|enable)(?P<ids>(?:\s+[\w.,-]+)*)\s*-->"
)
SIC = compiled.compile(r"\s*\[sic\]", re.IGNORECASE)


class Region(NamedTuple):
    """Source offsets [start, end) where the listed rule ids (or all, when empty) are off."""

    start: int
    end: int
    ids: tuple[str, ...]

    def covers(self, rule_id: str, offset: int) -> bool:
        if not self.start <= offset < self.end:
            return False
        return not self.ids or any(rule_id == i or rule_id.startswith(i + ".") for i in self.ids)


class Suppressions(NamedTuple):
    regions: tuple[Region, ...]
    source: str

    @classmethod
    def parse(cls, doc: Document) -> Suppressions:
        regions: list[Region] = []
        open_: dict[tuple[str, ...], int] = {}
        source = doc.source
        for m in DIRECTIVE.finditer(source):
            ids = tuple(i for i in re.split(r"[\s,]+", m.group("ids")) if i)
            verb = m.group("verb")
            if verb == "disable-next-line":
                line, _ = doc.position(m.end())
                following = line + 1
                # the next line that holds text, so a blank line after the comment is allowed
                while following <= len(doc.line_starts) and not doc.line_text(following).strip():
                    following += 1
                if following <= len(doc.line_starts):
                    start = doc.line_starts[following - 1]
                    regions.append(Region(start, start + len(doc.line_text(following)) + 1, ids))
            elif verb == "disable":
                open_.setdefault(ids, m.end())
            else:
                for key in [k for k in open_ if not ids or k == ids]:
                    regions.append(Region(open_.pop(key), m.start(), key))
        for key, start in open_.items():
            regions.append(Region(start, len(source), key))
        return cls(tuple(regions), source)

    def suppressed(self, rule_id: str, start: int, end: int) -> bool:
        if SIC.match(self.source, end):
            return True
        return any(region.covers(rule_id, start) for region in self.regions)
