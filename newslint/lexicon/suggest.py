"""Edit distance with transpositions, keyboard adjacency and a deletion index for candidates."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
VOWELS = frozenset("aeiou")

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _adjacent() -> frozenset[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    pos = {c: (r, i) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
    for a, (ra, ia) in pos.items():
        for b, (rb, ib) in pos.items():
            # each row sits half a key to the right of the one above: key i touches i and i+1 above
            if (ra == rb and abs(ia - ib) == 1) or (rb == ra + 1 and ia - ib in (0, 1)):
                pairs.add((a, b))
                pairs.add((b, a))
    return frozenset(pairs)


ADJACENT = _adjacent()


def substitution_cost(a: str, b: str) -> float:
    """Cheaper for slips a writer makes: neighbouring keys, one vowel for another."""
    if a == b:
        return 0.0
    if (a, b) in ADJACENT:
        return 0.6
    if a in VOWELS and b in VOWELS:
        return 0.7
    return 1.0


def distance(a: str, b: str) -> float:
    """Weighted Damerau-Levenshtein (optimal string alignment) distance."""
    if a == b:
        return 0.0
    la, lb = len(a), len(b)
    prev2: list[float] = []
    prev = [float(j) for j in range(lb + 1)]
    for i in range(1, la + 1):
        cur = [float(i)] + [0.0] * lb
        ca = a[i - 1]
        for j in range(1, lb + 1):
            cb = b[j - 1]
            # dropping or adding a doubled letter (sebelumya, Jakkkarta) is a light slip
            dele = prev[j] + (0.5 if i > 1 and a[i - 2] == ca else 1.0)
            ins = cur[j - 1] + (0.5 if j > 1 and b[j - 2] == cb else 1.0)
            sub = prev[j - 1] + substitution_cost(ca, cb)
            best = min(dele, ins, sub)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and ca != cb:
                best = min(best, prev2[j - 2] + 0.7)
            cur[j] = best
        prev2, prev = prev, cur
    return prev[lb]


def edits1(word: str, alphabet: str = ALPHABET) -> Iterator[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    n = len(word)
    for i in range(n):
        yield word[:i] + word[i + 1 :]
    for i in range(n - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    for i in range(n):
        for c in alphabet:
            if c != word[i]:
                yield word[:i] + c + word[i + 1 :]
    for i in range(n + 1):
        for c in alphabet:
            yield word[:i] + c + word[i:]


def deletes1(word: str) -> Iterator[str]:
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]


class DeleteIndex:
    """Words and their one-deletion variants, to find every word within two edits of a query."""

    def __init__(self, words: Iterable[str]):
        index: defaultdict[str, list[str]] = defaultdict(list)
        for word in words:
            index[word].append(word)
            for d in {word[:i] + word[i + 1 :] for i in range(len(word))}:
                index[d].append(word)
        self._index = dict(index)

    def within2(self, query: str, alphabet: str = ALPHABET) -> set[str]:
        """Indexed words at most two edits from `query` (a superset: filter by distance)."""
        found: set[str] = set()
        get = self._index.get
        for edit in (query, *edits1(query, alphabet)):
            hit = get(edit)
            if hit:
                found.update(hit)
            for d in deletes1(edit):
                hit = get(d)
                if hit:
                    found.update(hit)
        return found


class FirstLetterIndex:
    """Delete indexes per first letter, each built when first asked for.

    Slips two edits away almost always keep the first letter, and a draft has few typos, so
    building a handful of small indexes is much cheaper than one index of the whole vocabulary.
    """

    def __init__(self, words: Iterable[str]):
        self._words: dict[str, list[str]] = defaultdict(list)
        for word in words:
            if word:
                self._words[word[0]].append(word)
        self._built: dict[str, DeleteIndex] = {}

    def within2(self, query: str) -> set[str]:
        """Words starting like `query` at most two edits from it (a superset: filter by distance)."""
        if not query:
            return set()
        head = query[0]
        index = self._built.get(head)
        if index is None:
            index = self._built[head] = DeleteIndex(self._words.get(head, ()))
        return {w for w in index.within2(query) if w[0] == head}
