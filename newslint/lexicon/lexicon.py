"""The Lexicon: prebuilt tables, verdicts on words, plausibility and suggestions."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newslint.errors import NewslintError
from newslint.lexicon.morphology import Analysis, analyse_hyphenated, analyse_simple
from newslint.lexicon.suggest import DeleteIndex, distance, edits1

#: A word only the analyser (or the frequency list) vouches for is a typo when a listed word
#: one edit away is this common ...
COMMON_NEIGHBOUR_ZIPF = 4.0
#: ... and this much more frequent (zipf is log10: 2.0 = a hundred times).
NEIGHBOUR_MARGIN = 2.0
#: Frequency-list words at or above this zipf are accepted when nothing else vouches for them.
FREQUENT_ZIPF = 3.0
#: Words worth suggesting at two edits: the frequency list's words, which are what writers mean.
SUGGEST_ZIPF = 2.5


class LexiconError(NewslintError):
    """The prebuilt lexicon is missing or unreadable (rebuild with tools/build_lexicon.py)."""


@dataclass(frozen=True)
class Verdict:
    """What the lexicon says about a lowercase word.

    `how` is "listed" (a stem or a form the lexicon lists), "analysed" (affixes over a listed
    stem), "frequent" (only the frequency list knows it), "implausible" (a rare reading next
    to a far more common word, given in `likely`), or "unknown".
    """

    known: bool
    how: str
    likely: str | None = None


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read the lexicon ({exc.strerror or exc})") from exc


def normalize(word: str) -> str:
    """Lowercase with typographic apostrophes folded (Ma’ruf -> ma'ruf)."""
    return word.replace("’", "'").replace("‘", "'").lower()


class Lexicon:
    """Indonesian words, names and English words, with per-word verdicts cached."""

    def __init__(
        self,
        stems: Iterable[str],
        forms: Iterable[str],
        names: Iterable[str],
        freq: dict[str, float],
        english: Iterable[str],
        source: Path | None = None,
    ):
        self.stems = frozenset(stems)
        self.forms = frozenset(forms)
        self.names = frozenset(names)
        self.names_lower = frozenset(n.lower() for n in self.names)
        self.freq = freq
        self.english = frozenset(english)
        self.source = source
        self._verdicts: dict[str, Verdict] = {}
        self._analyses: dict[str, tuple[Analysis, ...]] = {}
        self._suggest_index: DeleteIndex | None = None
        self._name_index: DeleteIndex | None = None
        self._name_case: dict[str, str] = {}
        self.load_seconds = 0.0

    @classmethod
    def load(cls, folder: Path) -> Lexicon:
        """Read the prebuilt tables of `folder` (dictionaries/lexicon)."""
        began = time.perf_counter()
        if not (folder / "stems.txt").is_file():
            raise LexiconError(f"{folder}: no prebuilt lexicon (run tools/build_lexicon.py)")
        freq: dict[str, float] = {}
        for line in _lines(folder / "freq.tsv") if (folder / "freq.tsv").is_file() else []:
            word, _, value = line.partition("\t")
            freq[word] = int(value) / 100
        english = _lines(folder / "english.txt") if (folder / "english.txt").is_file() else []
        names = _lines(folder / "names.txt") if (folder / "names.txt").is_file() else []
        forms = _lines(folder / "forms.txt") if (folder / "forms.txt").is_file() else []
        lex = cls(_lines(folder / "stems.txt"), forms, names, freq, english, folder)
        lex.load_seconds = time.perf_counter() - began
        return lex

    # --- membership ------------------------------------------------------------------------

    def is_stem(self, word: str) -> bool:
        """An exact stem of the lexicon (lowercase)."""
        return normalize(word) in self.stems

    def is_listed(self, word: str) -> bool:
        """A stem or a form the lexicon lists as such (no analysis needed)."""
        w = normalize(word)
        return w in self.stems or w in self.forms

    def zipf(self, word: str) -> float:
        """Indonesian zipf frequency (wordfreq), 0.0 when the word is not in the table."""
        return self.freq.get(normalize(word), 0.0)

    def is_english(self, word: str) -> bool:
        """A common English word (loanwords and terms quoted in Indonesian copy)."""
        return normalize(word) in self.english

    def name_forms(self) -> frozenset[str]:
        """Known proper names and abbreviations, as written (Ukraina, Kementerian, PBB)."""
        return self.names

    def is_name(self, word: str) -> bool:
        """A known proper name or abbreviation (case-insensitive)."""
        return word in self.names or normalize(word) in self.names_lower

    # --- morphology --------------------------------------------------------------------------

    def analyse(self, word: str) -> tuple[Analysis, ...]:
        """Readings of a word as stem + affixes, attested ones first; () when none."""
        w = normalize(word)
        cached = self._analyses.get(w)
        if cached is not None:
            return cached
        if "-" in w:
            result = tuple(analyse_hyphenated(w, lambda part: list(self.analyse(part))))
        else:
            result = tuple(analyse_simple(w, self._is_stem, self._is_listed))
        self._analyses[w] = result
        return result

    def _is_stem(self, w: str) -> bool:
        return w in self.stems

    def _is_listed(self, w: str) -> bool:
        return w in self.stems or w in self.forms

    # --- verdicts ----------------------------------------------------------------------------

    def known(self, word: str) -> bool:
        """A valid Indonesian form: a stem, an affixed/clitic/reduplicated form, a compound."""
        return self.verdict(word).known

    def verdict(self, word: str) -> Verdict:
        """Why a word is known or not (cached per process)."""
        w = normalize(word)
        cached = self._verdicts.get(w)
        if cached is not None:
            return cached
        verdict = self._judge(w)
        self._verdicts[w] = verdict
        return verdict

    def _judge(self, w: str) -> Verdict:
        if w in self.stems or w in self.forms:
            return Verdict(True, "listed")
        if not w or not any(c.isalpha() for c in w):
            return Verdict(False, "unknown")
        if "-" in w:
            if self.analyse(w):
                return Verdict(True, "analysed")
            parts = [p for p in w.split("-") if p]
            if len(parts) > 1 and all(self._part_ok(p) for p in parts):
                return Verdict(True, "analysed")
            return Verdict(False, "unknown")
        how = ""
        if self.analyse(w):
            how = "analysed"
        elif self.freq.get(w, 0.0) >= FREQUENT_ZIPF:
            how = "frequent"
        if not how:
            return Verdict(False, "unknown")
        likely = self.common_neighbour(w)
        if likely is not None:
            return Verdict(False, "implausible", likely)
        return Verdict(True, how)

    def _part_ok(self, part: str) -> bool:
        return part.isdigit() or self.known(part) or part in self.names_lower or part in self.english

    def common_neighbour(self, word: str) -> str | None:
        """A listed word one edit away that is far more common than `word`, if any."""
        w = normalize(word)
        own = self.freq.get(w, 0.0)
        best: tuple[float, str] | None = None
        for cand in edits1(w):
            z = self.freq.get(cand, 0.0)
            if z < COMMON_NEIGHBOUR_ZIPF or z - own < NEIGHBOUR_MARGIN or (best is not None and z <= best[0]):
                continue
            if self._is_listed(cand) or self.analyse(cand):
                best = (z, cand)
        return best[1] if best else None

    # --- suggestions ---------------------------------------------------------------------------

    def suggest(self, word: str, limit: int = 5) -> tuple[str, ...]:
        """Up to `limit` corrections for a lowercase word, best first."""
        w = normalize(word)
        candidates: set[str] = set()
        for cand in edits1(w):
            if self.known(cand):
                candidates.add(cand)
        if self._suggest_index is None:
            self._suggest_index = DeleteIndex(x for x, z in self.freq.items() if z >= SUGGEST_ZIPF)
        candidates.update(c for c in self._suggest_index.within2(w) if self.known(c))
        candidates.discard(w)
        scored = []
        for cand in candidates:
            d = distance(w, cand)
            if d <= 2.0:
                scored.append((d - 0.3 * self.freq.get(cand, 0.0), cand))
        scored.sort()
        return tuple(c for _, c in scored[:limit])

    def near_names(self, word: str, limit: int = 5) -> tuple[str, ...]:
        """Known names within two edits of `word`, closest first (case as listed)."""
        if self._name_index is None:
            self._name_index = DeleteIndex(self.names_lower)
            for name in sorted(self.names):
                self._name_case.setdefault(name.lower(), name)
        w = normalize(word)
        by_lower = self._name_case
        scored = sorted(
            (distance(w, cand), cand) for cand in self._name_index.within2(w) if cand != w
        )
        return tuple(by_lower.get(c, c) for d, c in scored[:limit] if d <= 2.0)
