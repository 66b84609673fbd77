"""The plugin contract: every hook newslint calls.

Built-in parsers, check types, reporters and rule data are registered through these same
hooks (see `newslint.builtin`). A third-party package registers a module or object that
implements some of them under the entry-point group ``newslint``::

    [project.entry-points.newslint]
    myplugin = "my_package.newslint_plugin"
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from newslint.document import Document
    from newslint.reporters import Reporter
    from newslint.rules import CheckType

hookspec = pluggy.HookspecMarker("newslint")
hookimpl = pluggy.HookimplMarker("newslint")


@hookspec
def newslint_data_dirs() -> list[Path]:
    """Return folders laid out like newslint's own data: ``rules/<pack>/<rule>.toml`` and
    ``dictionaries/``.

    A rule's id is its path below ``rules/`` with dots (``rules/gaya/klise.toml`` is
    ``gaya.klise``). When two folders define the same id, the first registered wins.
    """
    raise NotImplementedError


@hookspec
def newslint_check_types() -> dict[str, CheckType]:
    """Return check types keyed by the name rule files give in ``type = "..."``.

    A check type is a class. Its keyword constructor is the schema of a rule's parameters
    (every non-reserved key of the rule file; a dash in a key becomes an underscore). Its
    instances have ``check(doc: Document) -> Iterable[Hit]``, where each ``Hit`` carries
    source offsets into ``doc.source`` (never offsets into a copy of the text).
    """
    raise NotImplementedError


@hookspec(firstresult=True)
def newslint_parse(path: str, text: str) -> Document | None:
    """Parse a draft into a ``Document``, or return None to let another parser take it.

    :param path: the file's path as given (``-`` input uses ``--stdin-filename``).
    :param text: the decoded text, BOM removed.

    The returned document's ``prose`` must be exactly as long as ``text``; non-prose is
    masked with U+FFFC and line breaks are kept, so offsets stay source offsets.
    """
    raise NotImplementedError


@hookspec
def newslint_reporters() -> dict[str, Reporter]:
    """Return reporters keyed by their ``--format`` name.

    A reporter is called as ``reporter(findings, rules, documents, language)`` and returns
    the whole output as a string.
    """
    raise NotImplementedError
