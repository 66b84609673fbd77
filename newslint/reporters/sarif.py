"""SARIF 2.1.0 for code-scanning uploads; columns are Unicode code points."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any

from newslint import __version__
from newslint.document import Document
from newslint.reporters import Reporter
from newslint.rules import Finding, Rule

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    return PurePath(path).as_posix() if path != "-" else "stdin"


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    help_text = rule.doc.strip() or rule.summary
    if rule.example:
        help_text += f"\n\nContoh: {rule.example}"
    if rule.use_instead:
        help_text += f"\nGunakan: {rule.use_instead}"
    return {
        "id": rule.id,
        "name": rule.id.replace(".", "/"),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc.strip() or rule.summary},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": _LEVELS[rule.severity.value]},
        "properties": {"category": rule.category.value, "tags": [rule.category.value]},
    }


def report_sarif(
    findings: Sequence[Finding], rules: Mapping[str, Rule], documents: Mapping[str, Document], language: str
) -> str:
    # imported by the formats that write JSON only: a text run does without it
    import json

    used = sorted({f.rule for f in findings} | set(rules))
    index = {rule_id: i for i, rule_id in enumerate(used)}
    descriptors = [
        _rule_descriptor(rules[r]) if r in rules else {"id": r, "shortDescription": {"text": r}} for r in used
    ]
    results = []
    for f in findings:
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": _LEVELS.get(f.severity, "warning"),
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(f.path)},
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column,
                        },
                    }
                }
            ],
        }
        if f.suggestions:
            result["properties"] = {"suggestions": list(f.suggestions), "category": f.category}
        else:
            result["properties"] = {"category": f.category}
        results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newslint",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/newslint/",
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


REPORTERS: dict[str, Reporter] = {"sarif": report_sarif}
