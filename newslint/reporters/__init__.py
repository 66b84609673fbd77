"""Reporters turn sorted findings into output. Each module exports `REPORTERS`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newslint.document import Document
    from newslint.rules import Finding, Rule

#: reporter(findings, rules by id, documents by path, language) -> the whole output
Reporter = Callable[
    ["Sequence[Finding]", "Mapping[str, Rule]", "Mapping[str, Document]", str],
    str,
]
