"""The command line. The only place that turns errors into messages and exit codes."""

from __future__ import annotations

import gc

# Start-up allocates tens of thousands of lasting objects (modules, classes, rules, word
# lists); collecting while they pile up finds no garbage and costs a one-draft run ~10 ms.
_gc_enabled = gc.isenabled()
gc.disable()

from newslint import generated  # noqa: E402

# The code that dataclasses, named tuples and annotations compile as the run loads, from the
# store of an earlier run (see generated.py): until everything the run needs is imported.
generated.start()

from newslint import compiled  # noqa: E402

# The patterns that click and the standard library compile as they load, from the store of an
# earlier run (see compiled.py): before they are imported.
compiled.seed()

import contextlib  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any, NoReturn  # noqa: E402

import click  # noqa: E402

from newslint import __version__  # noqa: E402
from newslint.errors import NewslintError  # noqa: E402

if TYPE_CHECKING:
    from newslint.config import Config

#: exit codes
OK, FINDINGS, USAGE, INTERNAL = 0, 1, 2, 3


class _ReaderGone(Exception):
    """A command's output lost its reader (a broken pipe: `newslint rules | head`)."""


def _say(text: str) -> None:
    """One line on stderr, unless nobody reads it: the exit code still tells what happened."""
    with contextlib.suppress(OSError, ValueError):
        click.echo(text, err=True)


class _Group(click.Group):
    """Turns every error into one line on stderr and the documented exit code."""

    # (where the output is written: the group's --help and --version, then the command)
    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except BrokenPipeError as exc:
            raise _ReaderGone from exc

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError as exc:
            # click would end the run with status 1, which says "findings"
            raise _ReaderGone from exc

    def main(self, *args: Any, **kwargs: Any) -> NoReturn:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except NewslintError as exc:
            _say(f"newslint: error: {exc}")
            sys.exit(USAGE)
        except click.exceptions.Abort:
            _say("newslint: aborted")
            sys.exit(USAGE)
        except click.ClickException as exc:
            with contextlib.suppress(OSError, ValueError):
                exc.show()
            sys.exit(USAGE)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except _ReaderGone:
            # nothing went wrong here: whoever stopped reading had read what they wanted
            sys.exit(OK)
        except (BrokenPipeError, KeyboardInterrupt):
            sys.exit(INTERNAL)
        except Exception as exc:
            if os.environ.get("NEWSLINT_DEBUG"):
                raise
            name = type(exc).__name__
            _say(f"newslint: internal error: {name}: {exc} (NEWSLINT_DEBUG=1: traceback)")
            sys.exit(INTERNAL)
        finally:
            # (a command that lints stops it once loaded; others, and a test's runner, here)
            generated.stop()
        sys.exit(code if isinstance(code, int) else OK)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def cli() -> None:
    """newslint: editorial checks for Indonesian news drafts."""


def _config(paths: Sequence[str], config_path: str | None, no_config: bool) -> Config:
    from newslint import config

    if no_config:
        return config.Config()
    if config_path:
        path = Path(config_path)
        if not path.is_file():
            raise NewslintError(f"{config_path}: config file not found")
        return config.load(path)
    return config.discover([Path(p) for p in paths if p != "-"])


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", default="text", show_default=True, help="text, json, sarif, github, gitlab")
@click.option("--select", multiple=True, help="Rule ids or packs to run (prefix match, comma-separated).")
@click.option("--ignore", multiple=True, help="Rule ids or packs to skip.")
@click.option(
    "--fail-on", type=click.Choice(["info", "warning", "error"]), help="Lowest severity that fails."
)
@click.option("--config", "config_path", type=str, help="Use this config file.")
@click.option("--no-config", is_flag=True, help="Ignore config files.")
@click.option("--lang", type=click.Choice(["id", "en"]), help="Language of messages (default: id).")
@click.option("--stdin-filename", default="-", help="Name to report for `-` (stdin).")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place (atomic writes).")
@click.option("--diff", is_flag=True, help="Print the safe fixes as a unified diff; write nothing.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, help="Worker processes (0: all cores).")
@click.option("--no-cache", is_flag=True, help="Lint every file even if it is unchanged.")
@click.option("--cache-dir", type=str, help="Cache folder (default: $NEWSLINT_CACHE_DIR or .newslint_cache).")
def check(
    paths: tuple[str, ...],
    fmt: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    config_path: str | None,
    no_config: bool,
    lang: str | None,
    stdin_filename: str,
    fix: bool,
    diff: bool,
    jobs: int,
    no_cache: bool,
    cache_dir: str | None,
) -> int:
    """Lint drafts: files, directories (recursively, .txt and .md) or - for stdin."""
    from newslint import cache, engine, inputs, plugins, runner
    from newslint.document import Document
    from newslint.rules import Severity

    cfg = _config(paths, config_path, no_config)
    reporters = plugins.reporters()
    if fmt not in reporters:
        raise NewslintError(f"unknown --format {fmt!r} (known: {', '.join(sorted(reporters))})")
    if fix and diff:
        raise NewslintError("--fix and --diff cannot be combined")
    if fix and "-" in paths:
        raise NewslintError("-: --fix cannot write back to stdin (--diff shows the fixes)")
    language = lang or cfg.language
    selected, ignored = _split(select), _split(ignore)
    rules = engine.rule_set(cfg, selected, ignored, lazy=True)
    files = inputs.collect(paths, cfg.exclude)
    _start_collecting(len(files))

    store = None
    if not no_cache:
        root = Path(cache_dir or os.environ.get("NEWSLINT_CACHE_DIR") or ".newslint_cache")
        config_text = cfg.path.read_text(encoding="utf-8") if cfg.path else ""
        settings = [config_text, ",".join(selected), ",".join(ignored), language]
        # the house dictionaries count like code: by size and time, without reading them again
        sources = [*plugins.code_paths(), *cfg.dictionaries]
        key = cache.fingerprint(plugins.data_dirs(cfg.data_dirs), sources, settings)
        store = cache.Cache(root, key)
    options = runner.Options(language, fix, diff, stdin_filename, store)
    # what the modules the run needs compiled as they loaded, kept for the next run's seed()
    compiled.note_imported()
    generated.stop()
    results = runner.run(files, rules, options, jobs)

    findings = sorted(f for r in results for f in r.findings)
    documents = {r.path: Document.unparsed(r.path, r.source) for r in results}
    if diff:
        output = "".join(r.diff for r in results)
    else:
        output = reporters[fmt](findings, {r.id: r for r in rules}, documents, language)
    threshold = Severity(fail_on) if fail_on else cfg.fail_on
    failing = [f for f in findings if Severity(f.severity).rank >= threshold.rank]
    # A reader that has gone (`newslint check ... | head`) leaves the status the lint's: Python
    # drops the rest of a report longer than the pipe without a word, and so does this.
    with contextlib.suppress(BrokenPipeError):
        click.echo(output, nl=False)
    return FINDINGS if failing else OK


@cli.command()
@click.argument("rule_id", required=False)
@click.option("--config", "config_path", type=str, help="Use this config file.")
@click.option("--no-config", is_flag=True, help="Ignore config files.")
@click.option("--lang", type=click.Choice(["id", "en"]), help="Language of the listing.")
def rules(rule_id: str | None, config_path: str | None, no_config: bool, lang: str | None) -> int:
    """List the rules, or explain one: what it does, why, example, use instead."""
    from newslint import engine

    cfg = _config([], config_path, no_config)
    every = sorted(engine.rule_set(cfg, ("ALL",), lazy=True), key=lambda r: r.id)
    if rule_id is None:
        width = max((len(r.id) for r in every), default=0)
        for r in every:
            state = "" if r.default else " (off by default)"
            click.echo(f"{r.id:<{width}}  {r.category.value:<15} {r.severity.value:<8} {r.summary}{state}")
        return OK
    matches = [r for r in every if r.id == rule_id] or [r for r in every if r.id.startswith(rule_id + ".")]
    if not matches:
        raise NewslintError(f"unknown rule or pack {rule_id!r} (see `newslint rules`)")
    english = (lang or cfg.language) == "en"
    labels = (
        ("What it does", "Example", "Use instead") if english else ("Apa yang diperiksa", "Contoh", "Gunakan")
    )
    # imported here, as only a rule's explanation indents text: a `check` run would pay ~1 ms for it
    import textwrap

    for r in matches:
        click.echo(f"{r.id}  [{r.category.value}, {r.severity.value}]")
        click.echo(f"{labels[0]}: {r.summary}")
        if r.doc.strip():
            click.echo(textwrap.indent(r.doc.strip(), "  "))
        if r.example:
            click.echo(f"{labels[1]}: {r.example}")
        if r.use_instead:
            click.echo(f"{labels[2]}: {r.use_instead}")
        click.echo("")
    return OK


@cli.group(name="dict")
def dict_() -> None:
    """The newsroom's house vocabulary (`dictionary = [...]` in the config)."""


@dict_.command(name="add")
@click.argument("words", nargs=-1, required=True)
@click.option("--reject", is_flag=True, help="Add as a word that is always wrong.")
def dict_add(words: tuple[str, ...], reject: bool) -> int:
    """Add WORDS to the first house dictionary of the config found from here."""
    from newslint import config as config_mod
    from newslint import fix as fixing
    from newslint.inputs import Draft

    found = config_mod.find(Path.cwd())
    if found is None:
        raise NewslintError(
            'no config found: create newslint.toml with dictionary = ["kamus-redaksi.txt"] first'
        )
    cfg = config_mod.load(found)
    if not cfg.dictionaries:
        raise NewslintError(f'{found}: no `dictionary` configured (e.g. dictionary = ["kamus-redaksi.txt"])')
    target = cfg.dictionaries[0]
    existing = target.read_text(encoding="utf-8")
    # (a byte order mark before the first word, as Windows editors save the file, is no part of it)
    present = {line.strip().lstrip("\ufeff") for line in existing.splitlines()}
    entries = [("!" + w if reject else w) for w in words]
    new = [e for e in entries if e not in present]
    if new:
        text = existing + ("" if not existing or existing.endswith("\n") else "\n") + "\n".join(new) + "\n"
        fixing.write_atomic(Draft(str(target), existing), text)
    click.echo(f"{target}: {len(new)} added, {len(entries) - len(new)} already there")
    return OK


LINT_GC_THRESHOLDS = (20_000, 20, 100)


def _start_collecting(files: int) -> None:
    """Turn the collector on after start-up (main() turns it off), past what start-up built.

    Not for one file: its run ends before its garbage matters, and a collection would walk the
    checks it makes (about 5 ms of a one-draft run).
    """
    if not gc.isenabled() and files > 1:
        # the loaded rules live as long as the process: later collections need not walk them
        gc.freeze()
        # Linting builds per-word caches steadily and almost no cycles: at the default
        # thresholds (700, 10, 10) collections run thousands of times over an archive, about 5%
        # of its time; fewer collections of each generation leave its peak memory the same.
        # Workers inherit this.
        gc.set_threshold(*LINT_GC_THRESHOLDS)
        gc.enable()


def main() -> NoReturn:
    """The `newslint` command: the run, then the exit without the interpreter's teardown."""
    gc.disable()
    try:
        cli.main(prog_name="newslint")
    except SystemExit as exc:
        code = exc.code
    else:
        code = OK
    from newslint import indexes

    # code, patterns and indexes this run made first, kept for the next (generated.py,
    # compiled.py, indexes.py)
    generated.save()
    compiled.save()
    indexes.save()
    # Everything the run writes (reports, fixes, the cache) is written and closed by now, and
    # nothing registers exit handlers; freeing every object of the lexicon and the rules one by
    # one would cost a one-draft run about 6 ms (4% of it) for nothing.
    for stream in (sys.stdout, sys.stderr):
        # a stream the caller closed (">&-") is None, and one whose reader has gone (the rest
        # of a report, after a broken pipe) cannot be flushed: the run's code stands either way
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
    if code is None:
        os._exit(OK)
    if not isinstance(code, int):
        # as the interpreter does with an exit message: shown, and status 1
        if sys.stderr is not None:
            sys.stderr.write(f"{code}\n")
            sys.stderr.flush()
        code = 1
    os._exit(code)


# What the imports built lives as long as the process: no collection needs to walk it again.
gc.freeze()
if _gc_enabled:
    gc.enable()
