"""Machine output, `version` 1: findings with 1-based lines and code-point columns, end exclusive."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence

from newslint.document import Document
from newslint.reporters import Reporter
from newslint.rules import Finding, Rule


def report_json(
    findings: Sequence[Finding], rules: Mapping[str, Rule], documents: Mapping[str, Document], language: str
) -> str:
    payload = {
        "version": 1,
        "findings": [f.as_json() for f in findings],
        "summary": {
            "files": len(documents),
            "findings": len(findings),
            "by_severity": dict(sorted(Counter(f.severity for f in findings).items())),
            "by_category": dict(sorted(Counter(f.category for f in findings).items())),
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


REPORTERS: dict[str, Reporter] = {"json": report_json}
