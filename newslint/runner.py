"""Linting many files: the cache, safe fixes, and worker processes (`--jobs`)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from newslint import engine, inputs
from newslint.cache import Cache
from newslint.rules import Finding, Rule


@dataclass(frozen=True)
class Options:
    """How each file is handled."""

    language: str = "id"
    fix: bool = False
    diff: bool = False
    stdin_filename: str = "-"
    cache: Cache | None = None


@dataclass(frozen=True)
class Result:
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
    _, found = engine.lint_draft(draft, rules, options.language)
    diff = ""
    if (options.fix or options.diff) and name != "-":
        from newslint import fix as fixing

        new_text, applied = fixing.apply(draft.text, found)
        if applied and options.diff:
            diff = fixing.unified_diff(draft, new_text)
        elif applied:
            fixing.write_atomic(draft, new_text)
            draft = inputs.Draft(draft.path, new_text, draft.bom)
            _, found = engine.lint_draft(draft, rules, options.language)
    if cache is not None:
        cache.put(key, found)
    return Result(draft.path, draft.text, tuple(found), diff)


#: the most drafts a worker takes at a time
CHUNK = 4

# Set in the parent before the pool forks, so workers inherit the loaded rules for free.
_shared: tuple[Sequence[Rule], Options] | None = None


def _process_shared(name: str) -> Result:
    assert _shared is not None
    return process(name, *_shared)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run(names: Sequence[str], rules: Sequence[Rule], options: Options, jobs: int = 0) -> list[Result]:
    """Results in the order of `names`; several processes when there is enough work."""
    global _shared
    jobs = jobs or default_jobs()
    if jobs < 2 or len(names) < 2 * jobs or "-" in names:
        return [process(name, rules, options) for name in names]
    # imported here: a one-draft run (pre-commit, an editor) should not pay for them
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in multiprocessing.get_all_start_methods():
        return [process(name, rules, options) for name in names]
    # What checks build lazily (the lexicon, its neighbour indexes), the workers would each
    # build again: it is built here once, and the workers inherit it. Not when the archive is
    # cached: a re-run hardly lints at all, which the first draft tells.
    first: list[Result] = []
    if options.cache is not None:
        first = [process(names[0], rules, options)]
        names = names[1:]
    if not (first and first[0].cached):
        for rule in rules:
            prepare = getattr(rule.check, "prepare", None)
            if callable(prepare):
                prepare()
    _shared = (rules, options)
    # What the workers inherit stays out of their garbage collections, which would otherwise
    # walk (and copy, page by page) the parent's lexicon and caches.
    import gc

    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            # a few drafts per chunk: the last chunks decide when the run ends, and a worker
            # left alone with a long one wastes the other core (a chunk's own cost is small)
            chunk = max(1, min(CHUNK, len(names) // (jobs * 8)))
            return [*first, *pool.map(_process_shared, names, chunksize=chunk)]
    finally:
        _shared = None
