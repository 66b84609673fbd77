"""Machine output, `version` 1: findings with 1-based lines and code-point columns, end exclusive."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from newslint.document import Document
from newslint.reporters import Reporter
from newslint.rules import Finding, Rule


def report_json(
    findings: Sequence[Finding], rules: Mapping[str, Rule], documents: Mapping[str, Document], language: str
) -> str:
    # imported by the formats that write JSON only: a text run does without it
    import json

    summary = {
        "files": len(documents),
        "findings": len(findings),
        "by_severity": dict(sorted(Counter(f.severity for f in findings).items())),
        "by_category": dict(sorted(Counter(f.category for f in findings).items())),
    }
    # one finding a line, each encoded by the C encoder (indent= would use the slow pure-Python
    # one): readable in a diff, fast on an archive
    items = ",\n".join("    " + json.dumps(f.as_json(), ensure_ascii=False) for f in findings)
    body = f"[\n{items}\n  ]" if findings else "[]"
    return (
        '{\n  "version": 1,\n  "findings": '
        + body
        + ',\n  "summary": '
        + json.dumps(summary, ensure_ascii=False)
        + "\n}\n"
    )


REPORTERS: dict[str, Reporter] = {"json": report_json}
