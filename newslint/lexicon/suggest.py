"""Edit distance with transpositions, keyboard adjacency and a deletion index for candidates."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import cast

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
VOWELS = frozenset("aeiou")

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def vowel_variant(word: str, target: str) -> bool:
    """`word` is `target` with one vowel for another (cuko/ceko, Kalurahan/Kelurahan)."""
    if len(word) != len(target):
        return False
    diff = [i for i in range(len(word)) if word[i] != target[i]]
    return len(diff) == 1 and word[diff[0]] in VOWELS and target[diff[0]] in VOWELS


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


# the costs of substitutions between letters, looked up rather than recomputed in the inner loop
_SUB: dict[tuple[str, str], float] = {
    (a, b): substitution_cost(a, b) for a in ALPHABET for b in ALPHABET if a != b
}


def distance(a: str, b: str, limit: float = float("inf")) -> float:
    """Weighted Damerau-Levenshtein (optimal string alignment) distance.

    With a `limit`, a distance above it may be reported as any value above it: the work stops
    once two rows in a row exceed it.
    """
    if a == b:
        return 0.0
    la, lb = len(a), len(b)
    if abs(la - lb) * 0.5 > limit:
        return abs(la - lb) * 0.5  # every insertion or deletion costs at least 0.5
    sub_cost = _SUB.get
    prev2: list[float] = []
    prev = [float(j) for j in range(lb + 1)]
    prev_low = 0.0
    for i in range(1, la + 1):
        cur = [float(i)] + [0.0] * lb
        ca = a[i - 1]
        dele_cost = 0.5 if i > 1 and a[i - 2] == ca else 1.0
        for j in range(1, lb + 1):
            cb = b[j - 1]
            # dropping or adding a doubled letter (sebelumya, Jakkkarta) is a light slip
            dele = prev[j] + dele_cost
            ins = cur[j - 1] + (0.5 if j > 1 and b[j - 2] == cb else 1.0)
            sub = prev[j - 1] if ca == cb else prev[j - 1] + sub_cost((ca, cb), 1.0)
            best = dele if dele < ins else ins
            if sub < best:
                best = sub
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and ca != cb:
                swap = prev2[j - 2] + 0.7
                if swap < best:
                    best = swap
            cur[j] = best
        low = min(cur)
        # every later cell builds on one of the last two rows (the swap reaches two back)
        if low > limit and prev_low > limit:
            return low
        prev2, prev, prev_low = prev, cur, low
    return prev[lb]


def edit_cost(word: str, cand: str) -> float:
    """distance(word, cand) for a `cand` one edit from `word` (in edits1(word)), read off the
    edit itself as edit_costs does, without the table: a verdict ranks a word's common
    neighbours by it."""
    n, m = len(word), len(cand)
    if m == n - 1:
        i = next((k for k in range(m) if word[k] != cand[k]), m)
        c = word[i]
        return 0.5 if (i > 0 and word[i - 1] == c) or (i + 1 < n and word[i + 1] == c) else 1.0
    if m == n + 1:
        i = next((k for k in range(n) if word[k] != cand[k]), n)
        c = cand[i]
        return 0.5 if (i > 0 and cand[i - 1] == c) or (i < n and word[i] == c) else 1.0
    diff = [k for k in range(n) if word[k] != cand[k]]
    if len(diff) == 1:
        k = diff[0]
        return _SUB.get((word[k], cand[k]), 1.0)
    return 0.7  # two neighbouring letters swapped


def edits1(word: str, alphabet: str = ALPHABET) -> list[str]:
    """Every string one deletion, transposition, substitution or insertion away.

    Built by list comprehensions over each position's head and tail, not yielded one by one:
    a draft asks this for dozens of words, some 500 strings each, and this way costs 40% less.
    """
    n = len(word)
    out = [word[:i] + word[i + 1 :] for i in range(n)]
    out += [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(n - 1) if word[i] != word[i + 1]]
    for i in range(n):
        head, own, tail = word[:i], word[i], word[i + 1 :]
        out += [head + c + tail for c in alphabet if c != own]
    for i in range(n + 1):
        head, tail = word[:i], word[i:]
        out += [head + c + tail for c in alphabet]
    return out


def edit_costs(word: str) -> dict[str, float]:
    """The strings of edits1(word), each with its distance() from `word`, without the table.

    One edit is the cheapest way between them (any two cost at least 1.0, no one edit more), so
    the distance is the cheapest edit that makes the string: a letter dropped or added next to
    the same letter 0.5, a swap 0.7, a substitution its cost, any other drop or addition 1.0.
    """
    out: dict[str, float] = {}
    n = len(word)
    for i in range(n):
        doubled = (i > 0 and word[i - 1] == word[i]) or (i + 1 < n and word[i + 1] == word[i])
        cand = word[:i] + word[i + 1 :]
        cost = 0.5 if doubled else 1.0
        if out.get(cand, 2.0) > cost:
            out[cand] = cost
    for i in range(n - 1):
        if word[i] != word[i + 1]:
            out[word[:i] + word[i + 1] + word[i] + word[i + 2 :]] = 0.7
    for i in range(n):
        head, own, tail = word[:i], word[i], word[i + 1 :]
        for c in ALPHABET:
            if c != own:
                # substitution_cost, looked up (a letter off the alphabet costs 1.0 either way)
                out[head + c + tail] = _SUB.get((own, c), 1.0)
    for i in range(n + 1):
        head, tail = word[:i], word[i:]
        for c in ALPHABET:
            cand = head + c + tail
            cost = 0.5 if (head[-1:] == c or tail[:1] == c) else 1.0
            if out.get(cand, 2.0) > cost:
                out[cand] = cost
    return out


def deletes1(word: str) -> Iterator[str]:
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]


def one_edit(word: str, cand: str, alphabet: str = ALPHABET) -> bool:
    """Whether `cand` is one of edits1(word, alphabet), without generating them."""
    n, m = len(word), len(cand)
    if m == n - 1:
        i = next((k for k in range(m) if word[k] != cand[k]), m)
        return word[i + 1 :] == cand[i:]
    if m == n + 1:
        i = next((k for k in range(n) if word[k] != cand[k]), n)
        return cand[i] in alphabet and cand[i + 1 :] == word[i:]
    if m != n:
        return False
    diff = [k for k in range(n) if word[k] != cand[k]]
    if len(diff) == 1:
        return cand[diff[0]] in alphabet
    if len(diff) == 2:
        i, j = diff
        return j == i + 1 and word[i] == cand[j] and word[j] == cand[i]
    return False


class DeleteIndex:
    """Words and their one-deletion variants, to find every word within two edits of a query.

    A key maps to its one word, or to a tuple when several words share it: strings allocate
    nothing the garbage collector tracks, which builds the index about twice as fast as a list
    per key (workers wait for it when it is built before they fork).
    """

    def __init__(self, words: Iterable[str]):
        index: dict[str, str | tuple[str, ...]] = {}
        shared: dict[str, list[str]] = {}
        setdefault = index.setdefault
        for word in words:
            for key in {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}:
                first = setdefault(key, word)
                if first is not word:
                    shared.setdefault(key, [cast(str, first)]).append(word)
        for key, several in shared.items():
            index[key] = tuple(several)
        self._index = index

    def _found(self, keys: Iterable[str]) -> set[str]:
        found: set[str] = set()
        _gather(self._index, keys, found)
        return found

    def within2(self, query: str, alphabet: str = ALPHABET) -> set[str]:
        """Indexed words at most two edits from `query` (a superset: filter by distance)."""
        edits = (query, *edits1(query, alphabet))
        return self._found(key for edit in edits for key in (edit, *deletes1(edit)))


class NeighbourIndex(DeleteIndex):
    """A DeleteIndex asked for the words one edit from a query: symmetric deletion finds them
    with len(query) + 1 look-ups."""

    def within1(self, query: str, alphabet: str = ALPHABET) -> set[str]:
        """Indexed words in edits1(query, alphabet): the same set, without generating it."""
        return {w for w in self.near1(query) if one_edit(query, w, alphabet)}

    def near1(self, query: str) -> set[str]:
        """The indexed words that share a deletion key with `query`: a superset of within1, for
        a caller that narrows it more cheaply before it tests each with one_edit."""
        return self._found([query, *[query[:i] + query[i + 1 :] for i in range(len(query))]])


class FirstLetterIndex:
    """Delete indexes per first letter and key length, each built when first asked for.

    Slips two edits away almost always keep the first letter, and a draft has few typos, so
    building the handful of small indexes a query reaches is much cheaper than one index of the
    whole vocabulary. A query of length n looks up keys of length n-2 to n+1 only, which come
    from words of length n-2 to n+2.
    """

    def __init__(self, runs: Iterable[Sequence[str]]):
        # sorted runs of words (one or many): the words under one first letter are one slice of
        # each, found by bisection
        self._runs = list(runs)
        self._by_length: dict[tuple[str, int], list[str]] = {}
        self._heads: set[str] = set()
        self._built: dict[tuple[str, int], dict[str, str | frozenset[str]]] = {}

    def _words(self, head: str, length: int) -> list[str]:
        if head not in self._heads:
            self._heads.add(head)
            after = chr(ord(head) + 1)
            setdefault = self._by_length.setdefault
            for words in self._runs:
                lo = bisect_left(words, head)
                for word in words[lo : bisect_left(words, after, lo)]:
                    setdefault((head, len(word)), []).append(word)
        return self._by_length.get((head, length), [])

    def _keys(self, head: str, length: int) -> dict[str, str | frozenset[str]]:
        """Keys of one length: the words of that length and one-letter deletions of longer ones.

        A key maps to its one word, or to a set when several words share it: strings alone
        allocate nothing the garbage collector tracks, which makes the build several times
        faster than a list per key.
        """
        index = self._built.get((head, length))
        if index is None:
            index = {}
            shared: dict[str, set[str]] = {}
            for word in self._words(head, length):
                index[word] = word
            setdefault = index.setdefault
            for word in self._words(head, length + 1):
                for i in range(len(word)):
                    key = word[:i] + word[i + 1 :]
                    first = setdefault(key, word)
                    if first is not word:
                        shared.setdefault(key, {cast(str, first)}).add(word)
            for key, words in shared.items():
                index[key] = frozenset(words)
            self._built[(head, length)] = index
        return index

    def within2(self, query: str) -> set[str]:
        """Words starting like `query` at most two edits from it (a superset: filter by distance)."""
        if not query:
            return set()
        head, n = query[0], len(query)
        # Every edit of the query is looked up, and so is every one-letter deletion of an edit
        # in the keys a letter shorter. Those deletions are fewer strings written as edits of
        # the query's own deletions: a deleted insertion is the query, or a deletion with a
        # letter inserted elsewhere (which includes every substitution); a deleted substitution
        # is a deletion, or a deletion with a letter substituted. They are built by
        # comprehensions and picked out of each length's keys by a C set intersection.
        dropped = list(dict.fromkeys([query[:i] + query[i + 1 :] for i in range(n)]))
        swapped = [
            query[:i] + query[i + 1] + query[i] + query[i + 2 :]
            for i in range(n - 1)
            if query[i] != query[i + 1]
        ]
        longer: list[str] = []
        for i in range(n + 1):
            front, back = query[:i], query[i:]
            longer += [front + c + back for c in ALPHABET]
        same = [query, *swapped]
        shorter = [*dropped, *(e[:i] + e[i + 1 :] for e in swapped for i in range(n))]
        for d in dropped:
            for i in range(n):
                front, back = d[:i], d[i:]
                same += [front + c + back for c in ALPHABET]
            for i in range(n - 1):
                front, own, back = d[:i], d[i], d[i + 1 :]
                shorter += [front + c + back for c in ALPHABET if c != own]
        wanted = (
            (n + 1, longer),
            (n, same),
            (n - 1, shorter),
            (n - 2, [e[:i] + e[i + 1 :] for e in dropped for i in range(n - 1)]),
        )
        found: set[str] = set()
        for m, keys in wanted:
            if m >= 0:
                _gather(self._keys(head, m), keys, found)
        return found


def _gather(index: Mapping[str, str | Collection[str]], keys: Iterable[str], found: set[str]) -> None:
    """Add to `found` the words a delete-key index holds under any of `keys` (a key maps to its
    one word, or to several)."""
    # the keys that are in the index, picked out in C: most are not
    for key in index.keys() & keys:
        hit = index[key]
        if isinstance(hit, str):
            found.add(hit)
        else:
            found.update(hit)
