"""The Indonesian lexicon: stems and forms (hunspell-id), morphology, frequencies, names, English.

    from newslint.lexicon import lexicon
    lex = lexicon()            # loaded once per process, on first use
    lex.known("upayanya")      # True: upaya + -nya
    lex.analyse("berlari-larian")
    lex.suggest("setalah")     # ("setelah", ...)

The tables are the prebuilt files in dictionaries/lexicon/ (see tools/build_lexicon.py and
dictionaries/SOURCES.md); nothing here reads hunspell files or imports wordfreq.
"""

from __future__ import annotations

import threading
from pathlib import Path

from newslint.lexicon.lexicon import Lexicon, Verdict
from newslint.lexicon.morphology import Analysis

__all__ = ["Analysis", "Lexicon", "Verdict", "data_dir", "lexicon"]

_lock = threading.Lock()
_instance: Lexicon | None = None


def data_dir() -> Path:
    """dictionaries/lexicon of the built-in data (the wheel's _data or the repository)."""
    from newslint.builtin import builtin_data_dir

    return builtin_data_dir() / "dictionaries" / "lexicon"


def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded from its prebuilt tables on first call."""
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                _instance = Lexicon.load(data_dir())
    return _instance
