"""GitHub Actions workflow commands, escaped the way @actions/core escapes them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newslint.document import Document
from newslint.reporters import Reporter
from newslint.rules import Finding, Rule

_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def report_github(
    findings: Sequence[Finding], rules: Mapping[str, Rule], documents: Mapping[str, Document], language: str
) -> str:
    lines = []
    for f in findings:
        props = {
            "file": f.path,
            "line": str(f.line),
            "col": str(f.column),
            "endLine": str(f.end_line),
            "endColumn": str(f.end_column),
            "title": f"newslint {f.rule}",
        }
        message = f.message
        if f.suggestions:
            message += f" ({', '.join(f.suggestions)})"
        joined = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
        lines.append(f"::{_LEVELS.get(f.severity, 'warning')} {joined}::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)


REPORTERS: dict[str, Reporter] = {"github": report_github}
