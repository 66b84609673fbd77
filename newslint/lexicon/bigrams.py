"""Word-pair counts of edited news, read from the compact form tools/build_bigrams.py writes.

The file is read whole, and its arrays are views of those bytes, not copies (about 1 ms): a
word is found through an open-addressing table of crc32 slots, a pair by bisection in the
sorted pair keys, and each word's usual neighbours were listed at build time, so loading builds
no dictionary at all. A damaged file is refused whole when it is read (a checksum, and the
counts checked against each other), never met halfway through a draft.
"""

from __future__ import annotations

import struct
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

MAGIC = b"NLBIGR06"
ID_BITS = 15
_MASK = (1 << ID_BITS) - 1
_HEADER = struct.Struct("<IIIIIII")


class BigramError(ValueError):
    """The file is not a word-pair table this version reads."""


def _array(code: Literal["I", "H"], data: memoryview, start: int, n: int) -> tuple[Sequence[int], int]:
    end = start + n * (4 if code == "I" else 2)
    if end > len(data):
        raise BigramError("truncated")
    if sys.byteorder == "little":
        # a view of the bytes read, not a copy: a one-draft run asks a few dozen questions
        return data[start:end].cast(code), end
    arr = array(code)
    arr.frombytes(data[start:end])
    arr.byteswap()
    return arr, end


# eq=False: the arrays are views of bytes, which cannot be hashed or compared cheaply
@dataclass(frozen=True, eq=False)
class Bigrams:
    """How often each word, and each pair of adjacent words, occurs in the source text."""

    #: the words, sorted and concatenated (UTF-8), and where each starts
    block: bytes
    offsets: Sequence[int]
    counts: Sequence[int]
    #: how many different words follow (precede) each word
    after_types: Sequence[int]
    before_types: Sequence[int]
    #: how many pairs start (end) with each word
    left_totals: Sequence[int]
    right_totals: Sequence[int]
    #: pair keys (first << ID_BITS | second), sorted
    keys: Sequence[int]
    #: where each word's usual followers (predecessors) start in `after_ids` (`before_ids`)
    after_starts: Sequence[int]
    before_starts: Sequence[int]
    #: 1 + the index of the word whose crc32 lands in each slot, or 0
    slots: Sequence[int]
    #: the pairs' counts, in the order of `keys`
    pair_counts: Sequence[int]
    #: each word's usual followers and predecessors (word indexes), listed at build time
    after_ids: Sequence[int]
    before_ids: Sequence[int]

    @classmethod
    def load(cls, path: Path) -> Bigrams:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise BigramError(str(exc)) from exc
        data = memoryview(raw)
        if len(data) < 8 + _HEADER.size or bytes(data[:8]) != MAGIC:
            raise BigramError("not a newslint word-pair table of this version")
        n_words, n_pairs, n_slots, n_after, n_before, block, crc = _HEADER.unpack_from(data, 8)
        start = 8 + _HEADER.size
        # the indexes inside are trusted once the bytes are those the build wrote (half a ms)
        if zlib.crc32(data[start:]) != crc:
            raise BigramError("damaged table (checksum)")
        if start + block > len(data) or not n_slots or n_slots & (n_slots - 1) or n_slots <= n_words:
            raise BigramError("damaged header")
        pos = start + block
        per_word: list[tuple[Literal["I", "H"], int]] = [("I", n_words)] * 5
        layout: list[tuple[Literal["I", "H"], int]] = [("I", n_words + 1), *per_word]
        layout += [("I", n_pairs), ("I", n_words + 1), ("I", n_words + 1)]
        layout += [("H", n_slots), ("H", n_pairs), ("H", n_after), ("H", n_before)]
        arrays = []
        for code, n in layout:
            arr, pos = _array(code, data, pos, n)
            arrays.append(arr)
        if pos != len(data):
            raise BigramError("damaged table")
        table = cls(raw[start : start + block], *arrays)
        table._validate(n_words)
        return table

    def _validate(self, n_words: int) -> None:
        """What the checksum cannot vouch for: that the writer's counts agree with each other."""
        offsets, ends = self.offsets, (self.after_starts, self.before_starts)
        agree = (
            n_words > 0
            and len(self.slots) > n_words
            and offsets[0] == 0
            and offsets[-1] <= len(self.block)
            and all(s[0] == 0 for s in ends)
            and ends[0][-1] == len(self.after_ids)
            and ends[1][-1] == len(self.before_ids)
        )
        if not agree:
            raise BigramError("damaged table")
        try:
            self.block.decode("utf-8")
        except UnicodeDecodeError:
            raise BigramError("damaged word list") from None

    def word(self, i: int) -> str:
        return self.block[self.offsets[i] : self.offsets[i + 1]].decode("utf-8")

    def index(self, word: str) -> int:
        """The word's index, or -1."""
        key = word.encode("utf-8")
        mask = len(self.slots) - 1
        h = zlib.crc32(key) & mask
        block, offsets, slots = self.block, self.offsets, self.slots
        # the table always has a free slot; the bound only guards against a damaged one
        for _ in range(len(slots)):
            slot = slots[h]
            if not slot:
                return -1
            i = slot - 1
            if block[offsets[i] : offsets[i + 1]] == key:
                return i
            h = (h + 1) & mask
        return -1

    def count(self, word: str) -> int:
        i = self.index(word)
        return self.counts[i] if i >= 0 else 0

    def pair(self, first: str, second: str) -> int:
        """How often `first second` occurs."""
        a, b = self.index(first), self.index(second)
        if a < 0 or b < 0:
            return 0
        key = (a << ID_BITS) | b
        k = bisect_left(self.keys, key)
        return self.pair_counts[k] if k < len(self.keys) and self.keys[k] == key else 0

    def pairs_after(self, word: str) -> int:
        """How many pairs start with `word`."""
        i = self.index(word)
        return self.left_totals[i] if i >= 0 else 0

    def pairs_before(self, word: str) -> int:
        """How many pairs end with `word`."""
        i = self.index(word)
        return self.right_totals[i] if i >= 0 else 0

    def usual_after(self, word: str) -> tuple[str, ...]:
        """Words that usually follow `word`: seen after it at least twice, in at least a tenth
        of the pairs it starts (tools/build_bigrams.py lists them)."""
        i = self.index(word)
        if i < 0:
            return ()
        return tuple(self.word(j) for j in self.after_ids[self.after_starts[i] : self.after_starts[i + 1]])

    def usual_before(self, word: str) -> tuple[str, ...]:
        """Words that usually precede `word`, as `usual_after` from the other side."""
        i = self.index(word)
        if i < 0:
            return ()
        return tuple(self.word(j) for j in self.before_ids[self.before_starts[i] : self.before_starts[i + 1]])

    def following(self, before: str, word: str, prior: float, discount: float) -> float:
        """P(word | the word before), interpolated with `prior`, the word's own probability.

        Absolute discounting: each seen pair gives up `discount` of its count, and what is
        given up goes to all words in proportion to their prior, so a word after "dan" (which
        anything follows) keeps much of its prior, and one after "rumah" (which few words
        follow) must have been seen there.
        """
        i = self.index(before)
        total = self.left_totals[i] if i >= 0 else 0
        if not total:
            return prior
        seen = max(self.pair(before, word) - discount, 0.0)
        return (seen + discount * self.after_types[i] * prior) / total

    def preceding(self, word: str, after: str, prior: float, discount: float) -> float:
        """P(word | the word after), as `following` from the other side."""
        i = self.index(after)
        total = self.right_totals[i] if i >= 0 else 0
        if not total:
            return prior
        seen = max(self.pair(word, after) - discount, 0.0)
        return (seen + discount * self.before_types[i] * prior) / total
