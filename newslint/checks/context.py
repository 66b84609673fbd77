"""Slips onto real words that the neighbouring words give away.

"infeksi sayuran kemih", "salah situ hal", "menurunkan barat badan": each slip is a word, so
no spell checker sees it, and no list of confusable pairs names it. What gives it away is its
company: edited news writes "saluran kemih", "salah satu" and "berat badan" again and again,
and never the written pair. The `context-slip` check type weighs, for a common word one
edit from the written one that a neighbour usually has beside it, how well each fits between
its two neighbours, from the word-pair counts of a corpus of edited news (dictionaries/bigram/),
against how rare a slip is.

The counts are few (half a million words), so the check speaks only where they can tell:
- both neighbours are words, and the intended word has been seen beside each of them;
- a written word the corpus has seen beside either neighbour, or has barely seen at all, is
  meant (the counts know nothing against "sagu" or "serai");
- punctuation, numbers and the edges of a sentence say nothing either way;
- the whole fit must beat the written word's by a wide margin (a slip is rare: the margin is
  its cost), wider still when the first letter differs, which typists seldom miss.
Names, words another rule reports (non-standard spellings), function words and short words
are left alone.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterator
from functools import cached_property
from pathlib import Path

from newslint.checks.realword import damerau1, known, same_stem, sentences, slip_hit, zipf
from newslint.document import Document
from newslint.errors import RuleError
from newslint.lexicon.bigrams import BigramError, Bigrams
from newslint.rules import Hit

_NONE: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())
#: Longer tokens are no words a slip lands on (and their deletions would fill the memory).
MAX_WORD = 30
#: The per-word caches are emptied when they grow past this: an archive meets new words forever.
CACHE_LIMIT = 100_000


def _keys(word: str) -> Iterator[str]:
    """The word and its one-letter deletions: two words one edit apart share one."""
    yield word
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]


def _prior(word: str) -> float:
    """The word's probability in running text, from its zipf frequency."""
    z = zipf(word) or 0.0
    return 10.0 ** (z - 9.0) if z > 0 else 1e-9


class ContextSlip:
    """A real word one edit from a common word that its neighbours call for instead."""

    def __init__(
        self,
        table: Path,
        margin: float = 8.0,
        first_letter_cost: float = 3.0,
        min_count: int = 5,
        min_length: int = 4,
        discount: float = 0.75,
        min_zipf: float = 4.0,
        phrases: Collection[str] = (),
        function_words: Collection[str] = (),
        reported: Collection[str] = (),
        distinct: Collection[str] = (),
    ):
        for name, value in (
            ("margin", margin),
            ("first-letter-cost", first_letter_cost),
            ("min-zipf", min_zipf),
        ):
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ValueError(f"`{name}` must be a number >= 0")
        for name, number in (
            ("min-count", min_count),
            ("min-length", min_length),
        ):
            if isinstance(number, bool) or not isinstance(number, int) or number < 1:
                raise ValueError(f"`{name}` must be a whole number >= 1")
        if isinstance(discount, bool) or not isinstance(discount, int | float) or not 0 < discount < 1:
            raise ValueError("`discount` must be a number between 0 and 1")
        self.path = Path(table)
        self.margin = float(margin)
        self.first_letter_cost = float(first_letter_cost)
        self.min_count = min_count
        self.min_length = min_length
        self.discount = discount
        # two-word phrases known to be good: a written pair among them is meant
        self.phrases = frozenset(p.lower() for p in phrases)
        self.function_words = frozenset(w.lower() for w in function_words)
        # a map (non-standard -> standard) or a list: the written words another rule reports
        self.reported = frozenset(w.lower() for w in reported)
        self.distinct = {frozenset(pair.lower().split("/")) for pair in distinct}
        self.min_zipf = float(min_zipf)
        self.skip = self.function_words | self.reported
        self._after: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
        self._before: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
        self._keys: dict[str, frozenset[str]] = {}
        self._intendable_keys: dict[str, frozenset[str]] = {}
        self._verdicts: dict[tuple[str | None, str, str | None], str | None] = {}

    @cached_property
    def table(self) -> Bigrams:
        # read on first use: a run that never meets a word-pair question costs nothing
        try:
            return Bigrams.load(self.path)
        except BigramError as exc:
            raise RuleError(f"{self.path}: cannot read the word-pair table: {exc}") from None

    def _usual(self, word: str, side: int) -> tuple[tuple[str, ...], frozenset[str]]:
        """The words that usually stand after (side 0) or before (side 1) `word` and may be
        intended at all, with their one-letter deletions: a written word one edit from one of
        them shares a deletion with it (or is one), which a set test tells without comparing."""
        table = self.table
        words = tuple(
            w for w in (table.usual_after if side == 0 else table.usual_before)(word) if self._intendable(w)
        )
        if not words:
            return _NONE
        return words, frozenset().union(*(self._intendable_keys[w] for w in words))

    def _intendable(self, word: str) -> bool:
        """Whether `word` may be the intended word at all (most usual neighbours are function
        words, or rare); its deletions are kept for the set test."""
        keys = self._intendable_keys.get(word)
        if keys is None:
            ok = (
                len(word) >= self.min_length - 1
                and word not in self.skip
                and (zipf(word) or 0.0) >= self.min_zipf
            )
            keys = self._intendable_keys[word] = frozenset(_keys(word)) if ok else frozenset()
        return bool(keys)

    def check(self, doc: Document) -> Iterator[Hit]:
        skip, min_length, verdicts = self.skip, self.min_length, self._verdicts
        after_cache, before_cache, keys_cache = self._after, self._before, self._keys
        if max(len(verdicts), len(keys_cache), len(after_cache), len(before_cache)) > CACHE_LIMIT:
            for cache in (verdicts, keys_cache, after_cache, before_cache, self._intendable_keys):
                cache.clear()
        for sentence in sentences(doc):
            if sentence.headline:
                continue  # title case: every word is capitalized
            lowers, joined = sentence.lowers, sentence.joined
            last = len(lowers) - 1
            for i, word in enumerate(lowers):
                if not min_length <= len(word) <= MAX_WORD or word in skip or not word.isalpha():
                    continue
                # only blanks between: punctuation, numbers and sentence edges say nothing
                before = lowers[i - 1] if i and joined[i - 1] and lowers[i - 1].isalpha() else None
                after = lowers[i + 1] if i < last and joined[i] and lowers[i + 1].isalpha() else None
                if before is None or after is None:
                    continue  # one neighbour is too little to go on
                # the intended word is one a neighbour usually has beside it: most words have
                # no such word one edit away, which a set test or two tells
                left = after_cache.get(before) or after_cache.setdefault(before, self._usual(before, 0))
                right = before_cache.get(after) or before_cache.setdefault(after, self._usual(after, 1))
                if not left[1] and not right[1]:
                    continue
                own = keys_cache.get(word)
                if own is None:
                    own = keys_cache[word] = frozenset(_keys(word))
                if left[1].isdisjoint(own) and right[1].isdisjoint(own):
                    continue
                if not sentence.word(i).text.islower():
                    continue  # capitalized: a name, or a sentence start the counts cannot judge
                key = (before, word, after)
                if key in verdicts:
                    intended = verdicts[key]
                else:
                    intended = verdicts[key] = self._intended(before, word, after, left[0] + right[0])
                if intended is not None:
                    yield slip_hit(sentence.word(i), intended, False)

    def _candidate(self, word: str, cand: str) -> bool:
        if cand == word or cand in self.skip or not damerau1(word, cand):
            return False
        return (
            (zipf(cand) or 0.0) >= self.min_zipf
            and known(cand) is True
            and frozenset((word, cand)) not in self.distinct
            and not same_stem(word, cand)
        )

    def _intended(self, before: str, word: str, after: str, near: tuple[str, ...]) -> str | None:
        table = self.table
        if known(word) is not True or not (zipf(word) or 0.0) > 0:
            return None  # not a word: the spelling check's
        if table.count(word) < self.min_count:
            return None  # the corpus has barely seen the written word: it cannot judge it
        # the corpus has seen the written word beside a neighbour, or it makes a good phrase
        if table.pair(before, word) or table.pair(word, after):
            return None
        if f"{before} {word}" in self.phrases or f"{word} {after}" in self.phrases:
            return None
        own = self._fit(before, word, after)
        best, best_gain = None, self.margin
        for cand in sorted(set(near)):
            # the intended word has been seen beside both neighbours, not only the one that
            # usually has it: "menimbang berat bahan sitaan" is no "berat badan sitaan"
            if not (self._candidate(word, cand) and table.pair(before, cand) and table.pair(cand, after)):
                continue
            gain = self._fit(before, cand, after) - own
            if cand[0] != word[0]:
                gain -= self.first_letter_cost
            if gain > best_gain:
                best, best_gain = cand, gain
        return best

    def _fit(self, before: str | None, word: str, after: str | None) -> float:
        """Log-probability of `word` between its neighbours, up to a constant."""
        prior = _prior(word)
        fit = math.log(prior)
        if self.table.count(word) < self.min_count:
            return fit  # too rare in the corpus for its company to say anything
        if before:
            fit += math.log(self.table.following(before, word, prior, self.discount) / prior)
        if after:
            fit += math.log(self.table.preceding(word, after, prior, self.discount) / prior)
        return fit


CHECK_TYPES: dict[str, type] = {"context-slip": ContextSlip}
