"""Linting many files: the cache, safe fixes, and worker processes (`--jobs`)."""

from __future__ import annotations

import contextlib
import dataclasses
import marshal
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO, NamedTuple

from newslint import compiled, engine, indexes, inputs, plugins
from newslint.cache import Cache
from newslint.document import Document
from newslint.rules import Finding, Hit, Rule


class Options(NamedTuple):
    """How each file is handled."""

    language: str = "id"
    fix: bool = False
    diff: bool = False
    stdin_filename: str = "-"
    cache: Cache | None = None
    #: lint in two processes, the rules shared between them (one draft, two cores)
    split: bool = False


class Result(NamedTuple):
    """One file's findings, its final text (for carets) and, with --diff, its diff."""

    path: str
    source: str
    findings: tuple[Finding, ...]
    diff: str = ""
    #: the findings came from the cache: nothing was linted
    cached: bool = False


def process(name: str, rules: Sequence[Rule], options: Options) -> Result:
    """Read, lint (or take from the cache) and optionally fix one file."""
    if name == "-":
        draft = inputs.decode(options.stdin_filename, sys.stdin.buffer.read())
        data = None
    else:
        raw = inputs.read_bytes(name)
        draft = inputs.decode(name, raw)
        data = raw
    cache = options.cache if not (options.fix or options.diff) and data is not None else None
    key = cache.key(draft.path, data) if cache is not None and data is not None else ""
    if cache is not None:
        cached = cache.get(key)
        if cached is not None:
            return Result(draft.path, draft.text, tuple(cached), cached=True)
    found = _lint(draft, rules, options)
    diff = ""
    # (stdin has a diff, but nowhere to write a fix: the command refuses --fix with -)
    if options.diff or (options.fix and name != "-"):
        from newslint import fix as fixing

        new_text, applied = fixing.apply(draft.text, found)
        if applied and options.diff:
            diff = fixing.unified_diff(draft, new_text)
        elif applied:
            fixing.write_atomic(draft, new_text)
            draft = inputs.Draft(draft.path, new_text, draft.bom)
            found = _lint(draft, rules, options)
    if cache is not None:
        cache.put(key, found)
    return Result(draft.path, draft.text, tuple(found), diff)


def _lint(draft: inputs.Draft, rules: Sequence[Rule], options: Options) -> list[Finding]:
    doc = plugins.parse(draft.path, draft.text)
    found = split_hits(doc, rules) if options.split else None
    return engine.lint(doc, rules, options.language, found)


def halves(rules: Sequence[Rule]) -> tuple[list[int], list[int]]:
    """The rules (by index) a one-draft run lints in this process and in a second one.

    Every other rule: what a check costs is mostly what it shares with others (the lexicon,
    which both processes load), and weighing the dearest checks apart measured no faster. The
    second process, which starts later and copies the pages it writes, takes the first rule and
    every other one after it: over ten bench drafts that measured about 6 ms (3%) faster than
    the other way round, as the halves differ in which heavy checks they hold.
    """
    return list(range(1, len(rules), 2)), list(range(0, len(rules), 2))


def split_hits(doc: Document, rules: Sequence[Rule]) -> list[list[Hit]]:
    """engine.hits() of `rules` on `doc`, half of them gathered in a forked process.

    A draft linted alone (pre-commit, an editor) has nothing to share the second core with
    but its rules, and a one-draft run is mostly making checks and their first use. Each
    process makes only its own rules' checks (see Rule.check). When the second process fails
    (it cannot fork, it dies, its rules raise), this one gathers its half itself: an error in
    the rules is then raised here, as without the split.
    """
    mine, theirs = halves(rules)

    def their_hits() -> list[list[tuple[Any, ...]]]:
        return [[_plain(hit) for hit in found] for found in engine.hits(doc, [rules[i] for i in theirs])]

    child = _fork(their_hits) if theirs and hasattr(os, "fork") else None
    other: list[list[Hit]] | None = None
    try:
        own = engine.hits(doc, [rules[i] for i in mine])
        if child is not None:
            data = _received(*child)
            child = None
            if data is not None:
                with contextlib.suppress(Exception):
                    other = [[_unplain(fields) for fields in found] for found in data]
    finally:
        if child is not None:
            _end(child[0])
            child[1].close()
    if other is None or len(other) != len(theirs):  # (no child, or it failed)
        other = engine.hits(doc, [rules[i] for i in theirs])
    by_index = dict(zip(mine, own, strict=True)) | dict(zip(theirs, other, strict=True))
    return [by_index[i] for i in range(len(rules))]


def _fork(produce: Callable[[], Any]) -> tuple[int, BinaryIO] | None:
    """(pid, pipe) of a forked process writing what `produce` returns into the pipe, as
    marshal writes it, and ending; None when no process could be made. A process that fails
    ends without writing: whoever forked it does its work instead."""
    reader, writer = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(reader)
        os.close(writer)
        return None
    if pid == 0:
        code = 1
        try:
            os.close(reader)
            # marshal, a module already loaded, where pickle would cost an import on both sides
            data = marshal.dumps(produce())
            with os.fdopen(writer, "wb") as out:
                out.write(data)
            code = 0
            # the patterns and indexes this process made first, which the other does not know
            compiled.save()
            indexes.save()
        except BaseException:
            pass
        finally:
            # no exit handlers, no flushing of what the parent has buffered
            os._exit(code)
    os.close(writer)
    return pid, os.fdopen(reader, "rb")


def _received(pid: int, pipe: BinaryIO) -> Any | None:
    """What a forked process wrote (see _fork), once it has ended; None when it failed."""
    with pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return None
    try:
        return marshal.loads(data)
    except Exception:
        return None


def _end(pid: int) -> None:
    """Kill a forked process that is no longer waited for, and reap it."""
    import signal

    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        os.waitpid(pid, 0)


def _plain(hit: Hit) -> tuple[Any, ...]:
    """A hit as values marshal takes; _unplain() makes it again."""
    return (
        hit.start,
        hit.end,
        dict(hit.args),
        hit.suggestions,
        hit.fix,
        None if hit.message is None else dict(hit.message),
    )


def _unplain(fields: Sequence[Any]) -> Hit:
    start, end, args, suggestions, fix, message = fields
    return Hit(start, end, args, tuple(suggestions), fix, message)


#: the most tickets (4 bytes each) the ticket pipe is filled with before anyone reads: 4 KiB,
#: which any pipe holds (Linux gives 64 KiB, or one page to a user past its pipe quota; macOS
#: 16 KiB); an archive of more drafts puts several on a ticket
MAX_TICKETS = 1024
#: the drafts a worker must have for the checks to be prepared before the workers fork
#: (Check.prepare): at eight the time is even, and from there the workers share the memory
PREPARED_FROM = 8


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run(names: Sequence[str], rules: Sequence[Rule], options: Options, jobs: int = 0) -> list[Result]:
    """Results in the order of `names`; several processes when there is enough work."""
    jobs = jobs or default_jobs()
    if len(names) == 1 and jobs >= 2 and hasattr(os, "fork"):
        return [process(names[0], rules, options._replace(split=True))]
    if jobs < 2 or len(names) < 2 or "-" in names or not hasattr(os, "fork"):
        return [process(name, rules, options) for name in names]
    # Two drafts already lint faster in two processes than one after the other (a pre-commit
    # run over two or three changed drafts: 190-215 against 250 ms).
    jobs = min(jobs, len(names))
    first: list[Result] = []
    if len(names) >= PREPARED_FROM * jobs:
        # What checks build lazily (the lexicon's neighbour indexes, the confusion families),
        # the workers of an archive would each build again: it is built here once and shared.
        # Not for a few drafts a worker, which need little of it (a run over eight drafts: 345
        # against 385 ms), nor when the archive is cached: a re-run hardly lints at all, which
        # the first draft tells.
        if options.cache is not None:
            first = [process(names[0], rules, options)]
            names = names[1:]
        if not (first and first[0].cached):
            for rule in rules:
                prepare = getattr(rule.check, "prepare", None)
                if callable(prepare):
                    prepare()
    return [*first, *_shared_run(names, rules, options, jobs)]


def _shared_run(names: Sequence[str], rules: Sequence[Rule], options: Options, jobs: int) -> list[Result]:
    """process() of every name in `jobs` processes: this one and jobs - 1 forked ones.

    The processes take drafts one by one from a pipe of tickets (draft numbers), so a long
    draft never leaves a core idle for long; this process lints as a worker too, instead of
    waiting on a pool as one process more than there are cores to share. Each forked
    process sends back its results when the tickets are gone. Whatever one did not send (it
    failed, it was killed, a draft raised) this process lints itself afterwards, in order, so
    that an error is raised here for the first failing draft as a serial run would raise it.
    """
    # What the workers inherit stays out of their garbage collections, which would otherwise
    # walk (and copy, page by page) the parent's lexicon and caches.
    import gc

    gc.freeze()
    per = -(-len(names) // MAX_TICKETS)
    tickets_in = _ticket_pipe(range(0, len(names), per))
    if tickets_in is None:
        return [process(name, rules, options) for name in names]
    def their_results() -> list[tuple[int, tuple[Any, ...]]]:
        return [(i, _plain_result(r)) for i, r in _take_tickets(names, rules, options, tickets_in, per)]

    children: list[tuple[int, BinaryIO]] = []
    results: dict[int, Result] = {}
    failed: dict[int, Exception] = {}
    try:
        for _ in range(jobs - 1):
            child = _fork(their_results)
            if child is None:
                break
            children.append(child)
        for i, result in _take_tickets(names, rules, options, tickets_in, per, failed):
            results[i] = result
        while children:
            data = _received(*children[0])
            del children[0]  # (reaped: nothing left to end)
            with contextlib.suppress(Exception):
                for i, fields in data or ():
                    results[i] = _unplain_result(fields)
    finally:
        os.close(tickets_in)
        for pid, pipe in children:
            _end(pid)
            pipe.close()
    ordered: list[Result] = []
    for i, name in enumerate(names):
        if i in failed:
            raise failed[i]
        ordered.append(results[i] if i in results else process(name, rules, options))
    return ordered


def _ticket_pipe(tickets: Sequence[int]) -> int | None:
    """The reading end of a pipe holding `tickets`, written whole and closed for writing; None
    when the pipe cannot hold them all (a pipe's size is the system's to choose): a write that
    waited would wait for ever, as nobody reads yet."""
    reader, writer = os.pipe()
    data = b"".join(i.to_bytes(4, "little") for i in tickets)
    try:
        os.set_blocking(writer, False)
        written = os.write(writer, data)
    except BlockingIOError:
        written = 0
    finally:
        os.close(writer)
    if written < len(data):
        os.close(reader)
        return None
    return reader


def _take_tickets(
    names: Sequence[str],
    rules: Sequence[Rule],
    options: Options,
    tickets: int,
    per: int,
    failed: dict[int, Exception] | None = None,
) -> Iterator[tuple[int, Result]]:
    """(number, result) of the drafts of each ticket taken, until none is left; a draft that
    raises is left out (and its error kept in `failed`)."""
    while True:
        ticket = os.read(tickets, 4)
        if len(ticket) < 4:
            return
        first = int.from_bytes(ticket, "little")
        for i in range(first, min(first + per, len(names))):
            try:
                result = process(names[i], rules, options)
            except Exception as exc:
                if failed is not None:
                    failed[i] = exc
                continue
            yield i, result


def _plain_result(result: Result) -> tuple[Any, ...]:
    """A result as values marshal takes; _unplain_result() makes it again."""
    return (
        result.path,
        result.source,
        [tuple(getattr(f, name) for name in _FINDING_FIELDS) for f in result.findings],
        result.diff,
        result.cached,
    )


def _unplain_result(fields: Sequence[Any]) -> Result:
    path, source, findings, diff, cached = fields
    return Result(path, source, tuple(Finding(*f) for f in findings), diff, cached)


_FINDING_FIELDS = tuple(f.name for f in dataclasses.fields(Finding))
