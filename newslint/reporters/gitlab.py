"""GitLab Code Quality report (a JSON array of issues with fingerprints)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newslint.document import Document
from newslint.reporters import Reporter
from newslint.rules import Finding, Rule

_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def report_gitlab(
    findings: Sequence[Finding], rules: Mapping[str, Rule], documents: Mapping[str, Document], language: str
) -> str:
    # imported here: every run imports the reporters, few write this one
    import hashlib
    import json

    issues = []
    for f in findings:
        key = f"{f.path}:{f.line}:{f.column}:{f.rule}:{f.message}"
        issues.append(
            {
                "description": f.message,
                "check_name": f.rule,
                "fingerprint": hashlib.sha256(key.encode("utf-8")).hexdigest(),
                "severity": _SEVERITY.get(f.severity, "minor"),
                "categories": ["Style"],
                "location": {
                    "path": f.path,
                    "positions": {
                        "begin": {"line": f.line, "column": f.column},
                        "end": {"line": f.end_line, "column": f.end_column},
                    },
                },
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


REPORTERS: dict[str, Reporter] = {"gitlab": report_gitlab}
