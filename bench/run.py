#!/usr/bin/env python3
"""Benchmark newslint against hunspell-id on one corpus, in one run.

  python3 bench/run.py [--corpus DIR] [--make-corpus SCRIPT] [--newslint PATH] [--repeat N]

The corpus is a folder of .txt drafts. When it does not exist it is built with
`python3 SCRIPT DIR` (the project's measuring tool make_bench_corpus.py: 1,000 drafts,
~540k words of real news vocabulary). hunspell-id comes from Debian's packages
(`apt-get install hunspell hunspell-id`). Prints a Markdown table for bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"\w+(?:-\w+)*")


# Bytecode caching as on a user's machine: some shells here set PYTHONDONTWRITEBYTECODE, which
# would make every newslint run recompile its modules.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str], stdin: bytes | None = None) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, input=stdin, capture_output=True, check=False, env=ENV)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return elapsed, proc


def best_of(n: int, cmd: list[str], stdin: bytes | None = None) -> float:
    return min(timed(cmd, stdin)[0] for _ in range(n))


def peak_rss_mb(cmd: list[str]) -> float:
    """Peak resident memory of one child run, in MB (the largest process of the run)."""
    code = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], capture_output=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    argv = [sys.executable, "-c", code, *cmd]
    out = subprocess.run(argv, capture_output=True, text=True, check=True, env=ENV)
    return int(out.stdout.strip()) / 1024


def newslint_python(newslint: str) -> str:
    """The version of the Python the timed newslint runs on: its launcher's (an installed
    console script names its interpreter on its first line), else this script's."""
    path = shutil.which(newslint) or newslint
    try:
        with open(path, "rb") as fh:
            first = fh.readline().decode("utf-8", "replace").strip()
    except OSError:
        return platform.python_version()
    if not first.startswith("#!"):
        return platform.python_version()
    interpreter = first[2:].split()
    proc = subprocess.run(
        [*interpreter, "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.stdout.strip() or platform.python_version()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    builder = HERE.parent.parent / "shared/tools/make_bench_corpus.py"
    ap.add_argument("--make-corpus", type=Path, default=builder)
    default_nl = shutil.which("newslint") or str(Path(sys.executable).with_name("newslint"))
    ap.add_argument("--newslint", default=default_nl)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    if not args.corpus.is_dir():
        if not args.make_corpus.is_file():
            sys.exit(f"no corpus at {args.corpus} and no corpus builder at {args.make_corpus}")
        subprocess.run([sys.executable, str(args.make_corpus), str(args.corpus)], check=True)
    files = sorted(args.corpus.glob("*.txt"))
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    words = len(WORD.findall(text))
    nl = args.newslint
    base = [nl, "check", "--format", "json", "--no-cache"]
    rows: list[tuple[str, str]] = []

    hunspell = shutil.which("hunspell")
    t_h = best_of(args.repeat, [hunspell, "-d", "id_ID", "-l"], text.encode()) if hunspell else float("nan")
    t_1 = best_of(args.repeat, [*base, "--jobs", "1", str(args.corpus)])
    t_2 = best_of(args.repeat, [*base, "--jobs", "2", str(args.corpus)])
    rows.append(("corpus", f"{len(files)} drafts, {words:,} words"))
    rows.append(("hunspell -d id_ID -l", f"{t_h:.2f} s, {words / t_h:,.0f} words/s"))
    rows.append(("newslint --jobs 1", f"{t_1:.2f} s, {words / t_1:,.0f} words/s"))
    rows.append(("newslint --jobs 2", f"{t_2:.2f} s, {words / t_2:,.0f} words/s"))
    rows.append(("newslint (--jobs 2) / hunspell throughput", f"{t_h / t_2:.2f}x"))
    rows.append(("--jobs 2 speed-up over --jobs 1", f"{t_1 / t_2:.2f}x"))

    with tempfile.TemporaryDirectory() as cache_dir:
        cached = [nl, "check", "--format", "json", "--cache-dir", cache_dir, str(args.corpus)]
        first, _ = timed(cached)
        second = min(timed(cached)[0] for _ in range(args.repeat))
    rows.append(("cache: first run / second run", f"{first:.2f} s / {second:.3f} s = {first / second:.1f}x"))

    draft = files[0]
    # the command, `newslint check draft.txt` (its default text report), kept cold
    cold = [nl, "check", "--no-cache", str(draft)]
    timed(cold)  # writes the bytecode once
    starts = [timed(cold)[0] for _ in range(11)]
    median = statistics.median(starts) * 1000
    rows.append(("cold start, newslint check --no-cache draft (median of 11)", f"{median:.0f} ms"))
    with tempfile.TemporaryDirectory() as cache_dir:
        again = [nl, "check", "--format", "json", "--cache-dir", cache_dir, str(draft)]
        timed(again)
        hits = [timed(again)[0] for _ in range(11)]
    median = statistics.median(hits) * 1000
    rows.append(("start, one unchanged draft, cache hit (median of 11)", f"{median:.0f} ms"))
    peak = peak_rss_mb([*base, "--jobs", "1", str(args.corpus)])
    rows.append(("peak memory, corpus, --jobs 1", f"{peak:.0f} MB"))

    uname = platform.uname()
    cpu = os.cpu_count()
    python = newslint_python(nl)
    rows.append(("machine", f"{uname.system} {uname.machine}, {cpu} cores, Python {python}"))
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
