"""Human output: `path:line:col: severity rule message`, the line, carets under the span."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence

from newslint.document import Document
from newslint.reporters import Reporter
from newslint.rules import Finding, Rule

_WORDS = {
    "id": {"suggest": "saran", "none": "Tidak ada temuan.", "summary": "{n} temuan di {files} berkas"},
    "en": {"suggest": "suggestion", "none": "No findings.", "summary": "{n} findings in {files} files"},
}


def _cells(char: str) -> int:
    """How many cells of a terminal a character fills: an emoji or a CJK character two, a
    combining accent, a variation selector or a zero-width joiner none."""
    if char < "\u0300":  # (Latin text, and the first combining mark)
        return 1
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def caret_line(line: str, column: int, end_column: int) -> str:
    """Carets under columns [column, end_column) of `line` as a terminal shows it: tabs are
    kept, and each character is as wide as the cells it fills (a column is a character)."""
    prefix = "".join("\t" if c == "\t" else " " * _cells(c) for c in line[: column - 1])
    return prefix + "^" * max(1, sum(_cells(c) for c in line[column - 1 : end_column - 1]))


#: A source line longer than this is shown as an excerpt around the span: drafts keep a whole
#: paragraph on one line, and carets under column 230 of a 400-character line help nobody.
MAX_SHOWN = 100
CONTEXT = 40


def excerpt(line: str, column: int, end_column: int) -> tuple[str, int, int]:
    """The part of `line` to show, and the span's columns in it (1-based, end exclusive)."""
    if len(line) <= MAX_SHOWN:
        return line, column, end_column
    start = max(0, column - 1 - CONTEXT)
    stop = min(len(line), max(end_column - 1, column) + CONTEXT)
    # cut at spaces, so no word is shown in half
    if start > 0:
        space = line.find(" ", start, column - 1)
        start = space + 1 if space != -1 else start
    if stop < len(line):
        space = line.rfind(" ", max(end_column - 1, column), stop)
        stop = space if space != -1 else stop
    head = "… " if start > 0 else ""
    tail = " …" if stop < len(line) else ""
    shift = len(head) - start
    return head + line[start:stop] + tail, column + shift, min(end_column, stop + 1) + shift


def format_finding(finding: Finding, doc: Document | None, language: str) -> list[str]:
    words = _WORDS.get(language, _WORDS["id"])
    out = [
        f"{finding.path}:{finding.line}:{finding.column}: {finding.severity} {finding.rule} {finding.message}"
    ]
    if doc is not None:
        line = doc.line_text(finding.line)
        end = finding.end_column if finding.end_line == finding.line else len(line) + 1
        shown, column, end = excerpt(line, finding.column, end)
        out.append("    " + shown)
        out.append("    " + caret_line(shown, column, end))
    if finding.suggestions:
        out.append(f"    {words['suggest']}: {', '.join(finding.suggestions)}")
    return out


def report_text(
    findings: Sequence[Finding], rules: Mapping[str, Rule], documents: Mapping[str, Document], language: str
) -> str:
    words = _WORDS.get(language, _WORDS["id"])
    lines: list[str] = []
    for finding in findings:
        lines.extend(format_finding(finding, documents.get(finding.path), language))
    if not findings:
        lines.append(words["none"])
    else:
        by_severity = Counter(f.severity for f in findings)
        detail = ", ".join(f"{by_severity[s]} {s}" for s in ("error", "warning", "info") if by_severity[s])
        files = len({f.path for f in findings})
        lines.append(words["summary"].format(n=len(findings), files=files) + f" ({detail})")
    return "\n".join(lines) + "\n"


REPORTERS: dict[str, Reporter] = {"text": report_text}
