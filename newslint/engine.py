"""The one loop over documents x rules."""

from __future__ import annotations

from collections.abc import Sequence

from newslint import plugins
from newslint.config import Config
from newslint.document import MASK, Document
from newslint.errors import ConfigError, RuleError
from newslint.inputs import Draft
from newslint.rules import Category, DataDirs, Finding, Hit, Rule, load_rules, select_rules
from newslint.suppressions import Suppressions

# When rules of several categories give the same advice on the same words (at the same
# severity), the most specific diagnosis speaks: an EYD rule over a word list, a word list over
# a guessed slip ("pasca panen" is bound-form spacing before it is a non-standard entry; "obyek"
# in "obyek wisata" is non-standard before it is a slip of "objek").
CATEGORY_PRECEDENCE = (
    Category.AFFIX_SPACING,
    Category.CAPITALIZATION,
    Category.PUNCTUATION,
    Category.STANDARD_WORD,
    Category.NUMBERING,
    Category.NAMING,
    Category.ATTRIBUTION,
    Category.STYLE,
    Category.SPELLING,
    Category.REAL_WORD,
)
_RANK = {category: rank for rank, category in enumerate(CATEGORY_PRECEDENCE)}


def hits(doc: Document, rules: Sequence[Rule]) -> list[list[Hit]]:
    """What each rule's check reports on `doc`, rule by rule."""
    return [list(rule.check.check(doc.view(rule.scope))) for rule in rules]


def lint(
    doc: Document, rules: Sequence[Rule], language: str = "id", found: Sequence[Sequence[Hit]] | None = None
) -> list[Finding]:
    """Every finding of `rules` on `doc`, suppressions applied, sorted by position.

    `found`: the rules' hits (see hits()) when they were gathered already.
    """
    if found is None:
        found = hits(doc, rules)
    suppressions = Suppressions.parse(doc)
    # Two rules giving the same advice on the same words ("sabtu" is a day and a proper noun:
    # "Sabtu"; "Kerajaan Mnegwi" -> "Kerajaan Mengwi" is "Mnegwi" -> "Mengwi", see edit_core)
    # make one finding, from the most severe rule, then the one whose category comes first in
    # CATEGORY_PRECEDENCE, then the first by id; different advice on one span (a number out
    # of sequence and in the wrong style) is all shown. The speaker is chosen before
    # suppressions apply: silencing it silences the rules that would have said the same.
    speakers: dict[tuple[str, str, int, int], tuple[tuple[int, int], Rule, Hit]] = {}
    for rule, rule_hits in zip(rules, found, strict=True):
        # the most severe first, so that merging never lowers what --fail-on sees
        rank = (-rule.severity.rank, _RANK.get(rule.category, len(_RANK)))
        for hit in rule_hits:
            # without a suggestion a rule's message is its own advice
            key = (
                ("", *edit_core(doc.source, hit.start, hit.end, hit.suggestions[0]))
                if hit.suggestions
                else (rule.category.value, rule.id, hit.start, hit.end)
            )
            current = speakers.get(key)
            if current is None or rank < current[0]:
                speakers[key] = (rank, rule, hit)
    findings: list[Finding] = []
    for _, rule, hit in speakers.values():
        if suppressions.suppressed(rule.id, hit.start, hit.end):
            continue
        line, column = doc.position(hit.start)
        end_line, end_column = doc.position(max(hit.end, hit.start + 1))
        # a fix never writes into masked text (code, URLs, footer)
        fix = hit.fix if MASK not in doc.prose[hit.start : hit.end] else None
        findings.append(
            Finding(
                path=doc.path,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                rule=rule.id,
                category=rule.category.value,
                severity=rule.severity.value,
                message=rule.format_message(hit, language),
                suggestions=hit.suggestions[:5],
                start=hit.start,
                end=hit.end,
                fix=fix,
            )
        )
    findings.sort()
    return findings


def edit_core(source: str, start: int, end: int, new: str) -> tuple[str, int, int]:
    """The words a replacement of source[start:end] by `new` really changes, and where they are.

    Rules see a slip at different widths: "Kerajaan Mnegwi" -> "Kerajaan Mengwi" (a name
    written two ways) is "Mnegwi" -> "Mengwi" (a typo). Shared whole words at either end are
    dropped so that both read as one piece of advice.
    """
    old = source[start:end]
    while " " in old and " " in new:
        head, rest = old.split(" ", 1)
        new_head, new_rest = new.split(" ", 1)
        if head != new_head or not head:
            break
        old, new, start = rest, new_rest, start + len(head) + 1
    while " " in old and " " in new:
        rest, tail = old.rsplit(" ", 1)
        new_rest, new_tail = new.rsplit(" ", 1)
        if tail != new_tail or not tail:
            break
        old, new, end = rest, new_rest, end - len(tail) - 1
    return new, start, end


def rule_set(
    config: Config, select: Sequence[str] = (), ignore: Sequence[str] = (), *, lazy: bool = False
) -> list[Rule]:
    """All rules from every data folder, config overrides applied, then selected.

    `lazy`: each check is made on first use (see rules.build_rule).
    """
    dirs = DataDirs(plugins.data_dirs(config.data_dirs))
    context = {"vocabulary": config.vocabulary()}
    rules = load_rules(dirs, plugins.check_types(), config.rules, context, config.path, lazy=lazy)
    if config.path is not None:
        try:
            select_rules(rules, config.select, config.ignore)
        except RuleError as exc:
            # an unknown id in the file is the file's error: name it
            raise ConfigError(f"{config.path}: {exc}") from None
    return select_rules(rules, tuple(select) or config.select, (*config.ignore, *ignore))


def lint_draft(draft: Draft, rules: Sequence[Rule], language: str = "id") -> tuple[Document, list[Finding]]:
    """Parse a draft with the plugin parsers and lint it."""
    doc = plugins.parse(draft.path, draft.text)
    return doc, lint(doc, rules, language)
