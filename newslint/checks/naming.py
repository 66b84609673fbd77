"""Naming checks: one entity under two names, a name spelled two ways, abbreviations introduced late.

Names are read from body text and subheadings only: the headline and deck are title case (every
word capitalized), and "Baca Juga" lines and the footer are masked.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from newslint.checks.lazy import LazyPattern
from newslint.checks.patterns import (
    AGE_AFTER,
    dateline_place,
    opens_sentence,
    per_document,
    word_pairs,
    word_pattern,
    word_starts,
)
from newslint.checks.realword import damerau1, is_verb
from newslint.document import BODY_KINDS, BlockKind, Document, Word, lowered
from newslint.lexicon import Lexicon, lexicon
from newslint.lexicon.morphology import without_clitic
from newslint.lexicon.suggest import distance, vowel_variant
from newslint.rules import Hit

#: Blocks whose words count as uses of a name: body text and numbered or plain subheadings.
NAME_KINDS = frozenset({*BODY_KINDS, BlockKind.SECTION, BlockKind.HEADING})
_HEAD_KINDS = frozenset({BlockKind.SECTION, BlockKind.HEADING})
_TEXT = operator.attrgetter("text")
_FIRST = operator.itemgetter(0)


@per_document
def _body_slices(doc: Document) -> list[tuple[int, int]] | None:
    """The index ranges of `doc.words` that make up `body_words`, or None when the blocks overlap
    or stand out of order (then the words are picked one by one)."""
    spans = [(b.start, b.end) for b in doc.blocks if b.kind in NAME_KINDS]
    if not all(a[1] <= b[0] for a, b in itertools.pairwise(spans)):
        return None
    starts = word_starts(doc)
    out: list[tuple[int, int]] = []
    for start, end in spans:
        lo = bisect.bisect_left(starts, start)
        out.append((lo, bisect.bisect_left(starts, end, lo)))
    return out


@per_document
def body_words(doc: Document) -> tuple[Word, ...]:
    """Words of the body and subheadings, in order (headline, deck, related lines and footer left out)."""
    slices = _body_slices(doc)
    words = doc.words
    out: list[Word] = []
    if slices is not None:
        # blocks in order, apart: each one's words are a slice
        for lo, hi in slices:
            out.extend(words[lo:hi])
        return tuple(out)
    spans = [(b.start, b.end) for b in doc.blocks if b.kind in NAME_KINDS]
    k = 0
    for word in words:
        while k < len(spans) and spans[k][1] < word.start:
            k += 1
        if k < len(spans) and spans[k][0] <= word.start < spans[k][1]:
            out.append(word)
    return tuple(out)


_APOSTROPHES = LazyPattern("['’]")


@per_document
def word_parts(doc: Document) -> frozenset[str]:
    """The document's vocabulary with apostrophe parts added: a word pattern bounded by \\b-like
    lookarounds matches only text that is one of these (Kyiv's holds "kyiv")."""
    vocabulary = doc.vocabulary
    if "'" not in doc.prose and "’" not in doc.prose:
        return vocabulary  # (no word holds what its prose does not)
    extra = {p for w in vocabulary if "'" in w or "’" in w for p in _APOSTROPHES.split(w)}
    return vocabulary | extra if extra else vocabulary


def _line(doc: Document, offset: int) -> str:
    return str(doc.position(offset)[0])


# --- entity variant sets ---------------------------------------------------------------------------


class Consistency:
    """Flags variants of one entity used side by side in a draft (China/Tiongkok, Kiev/Kyiv).

    With a house preference (`prefer`), every other variant is flagged, even alone and in the
    headline; without one, the body's less used variant (the later one, on a tie) is flagged and
    the message names the majority form and the line where it first appears.
    """

    def __init__(self, sets: list[list[str]], prefer: Collection[str] = (), ignorecase: bool = False):
        if not sets or not all(isinstance(s, list) and len(s) > 1 for s in sets):
            raise ValueError("`sets` must be a list of lists of two or more variants")
        self.sets = [list(s) for s in sets]
        self.prefer = set(prefer)
        unknown = self.prefer - {v for s in self.sets for v in s}
        if unknown:
            raise ValueError(f"`prefer` names no variant of any set: {', '.join(sorted(unknown))}")
        self.ignorecase = ignorecase
        # compiled on first use: a draft names few of the sets, and a run should not wait for all
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self.sets)
        # the lower-cased words a variant needs in a draft (None: no cheap test): a set is searched
        # only in a draft that may hold two of its variants, or one besides the house preference.
        # Case-insensitive matching may pair letters str.lower() does not (the Kelvin sign): no test.
        self.needs = [[None if ignorecase else _needed(v) for v in s] for s in self.sets]
        self.keep = [next((v for v in s if v in self.prefer), None) for s in self.sets]
        # the same test read the other way, so that a draft is met with the few sets whose
        # words it holds, not every set: per set, how many of its variants need no word (always
        # present) and how many must be present; per first needed word, the variants needing it
        self._always = [0] * len(self.sets)
        self._least = [1 if keep is not None else 2 for keep in self.keep]
        self._by_word: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for index, (variants, needs) in enumerate(zip(self.sets, self.needs, strict=True)):
            for variant, need in zip(variants, needs, strict=True):
                if variant == self.keep[index]:
                    continue
                if need is None:
                    self._always[index] += 1
                else:
                    self._by_word.setdefault(need[0], []).append((index, need))
        self._first_words = frozenset(self._by_word)

    def _pattern(self, index: int) -> re.Pattern[str]:
        pattern = self._patterns[index]
        if pattern is None:
            words = self.sets[index]
            pattern = self._patterns[index] = word_pattern(words, self.ignorecase, in_compounds=True)
        return pattern

    def _candidates(self, doc: Document) -> Iterator[int]:
        parts = word_parts(doc)
        # how many variants of each set (the house preference not counted) the draft may hold
        present = self._always.copy()
        for word in parts & self._first_words:
            for index, need in self._by_word[word]:
                if all(p in parts for p in need):
                    present[index] += 1
        # with a preferred form one other variant is enough; without, two must meet
        for index, (count, least) in enumerate(zip(present, self._least, strict=True)):
            if count >= least:
                yield index

    def check(self, doc: Document) -> Iterator[Hit]:
        body = [(b.start, b.end) for b in doc.blocks if b.kind in NAME_KINDS]
        for index in self._candidates(doc):
            variants, pattern = self.sets[index], self._pattern(index)
            canon = {v.lower(): v for v in variants}
            found = [
                (m, canon.get(re.sub(r"\s+", " ", m.group()).lower(), m.group()))
                for m in pattern.finditer(doc.prose)
                # the writer's choice is read from the body; a headline is held only to a house rule
                if self.prefer or any(s <= m.start() < e for s, e in body)
            ]
            used = Counter(v for _, v in found)
            preferred = [v for v in variants if v in self.prefer]
            if preferred:
                keep = preferred[0]
            elif len(used) > 1:
                first = {v: i for i, (_, v) in reversed(list(enumerate(found)))}
                keep = max(used, key=lambda v: (used[v], -first[v]))
            else:
                continue
            where = next((m.start() for m, v in found if v == keep), None)
            line = _line(doc, where) if where is not None else "-"
            for m, variant in found:
                if variant != keep:
                    yield Hit(
                        m.start(), m.end(), {"match": m.group(), "preferred": keep, "line": line}, (keep,)
                    )


_PLAIN_WORD = LazyPattern(r"[^\W_]+")


def _needed(variant: str) -> tuple[str, ...] | None:
    parts = variant.lower().split()
    return tuple(parts) if all(_PLAIN_WORD.fullmatch(p) for p in parts) else None


# --- a name written two ways --------------------------------------------------------------------

# Spelling before 1972 (Soewandi): dj = j, tj = c, nj = ny, sj = sy, ch = kh, oe = u, and j = y.
_OLD_PAIRS = (("dj", "\x01"), ("tj", "\x02"), ("nj", "\x03"), ("sj", "\x04"))
_OLD_BACK = (("\x01", "j"), ("\x02", "c"), ("\x03", "ny"), ("\x04", "sy"))


def modern_spelling(word: str) -> str:
    """`word` (lowercase) respelled from the pre-1972 spelling: Djuanda -> juanda."""
    if not re.search(r"dj|tj|oe|sj|nj", word):
        return word
    for old, mark in _OLD_PAIRS:
        word = word.replace(old, mark)
    word = word.replace("j", "y").replace("oe", "u").replace("ch", "kh")
    for mark, new in _OLD_BACK:
        word = word.replace(mark, new)
    return word


_DIPHTHONG_Y = LazyPattern(r"(?<=[aeou])y(?=[^aeiouy])")


@lru_cache(maxsize=8192)
def transliteration_key(word: str, diphthongs: bool = False) -> str:
    """A key shared by spellings of one name: Zelensky, Zelenskyy, Zelenskiy; Zulkifli, Zulkifly;
    Khasanah, Hasanah; with `diphthongs`, also Keysha, Keisha (Rayhan and Raihan may be two
    people, though)."""
    key = modern_spelling(word.lower())
    # Zelenskyy, Zelenskiy, Zelensky; Zulkifly, Zulkifli: a final y is an i
    key = re.sub(r"(?:yy|iy|ij|ii|y)$", "i", key)
    if diphthongs:
        # a y closing a vowel before a consonant is an i
        key = _DIPHTHONG_Y.sub("i", key)
    # Khasanah, Hasanah; Akhmad, Ahmad: an Arabic kh is written h as often
    return key.replace("ph", "f").replace("kh", "h")


# Sudiartha beside Sudiarta, Hariyanto beside Haryanto, Syahputra beside Sahputra: the h some
# names keep after a consonant, the i some keep before y and the y of an Arabic sy- make another
# spelling of a person's name, which this module's rule reports, not the spelling check
_ASPIRATE = LazyPattern(r"([tdbs])h|i(y)|(s)y(?=[aeiou])")


def aspirate_key(low: str) -> str:
    """`low` without the letters that spell one name two ways (see _ASPIRATE)."""
    return _ASPIRATE.sub(r"\1\2\3", low)


# of those, the ones that only ever spell a name two ways: th/t, dh/d tell a name from a word
# (Ramadhan the player, Ramadan the month; Thomas, Tomas)
_NAME_SPELLING = LazyPattern(r"i(y)|(s)y(?=[aeiou])")


# the other letters a person's single name is spelled with two ways: an initial j or y (Johanes,
# Yohanes), a y or an i after a consonant (Nadya, Nadia), a letter doubled (Winni, Wini)
_INITIAL_J = LazyPattern(r"^j")
_CONSONANT_Y = LazyPattern(r"(?<=[^aeiouy])y(?=[aeiou])")
#: a Javanese name's final o after a consonant, written a in the Sundanese or older way (Sutikno,
#: Sutikna; Retno, Retna), in names this long: Rino and Rina are two people
FINAL_O_MIN = 5
_DOUBLED = LazyPattern(r"(.)\1")
_ASPIRATED = LazyPattern(r"([tdb])h")
#: a Scottish or Irish surname's prefix, written Mac or Mc before its capital (MacAllister)
_MAC = LazyPattern(r"^Ma?c(?=[A-Z])")


@lru_cache(maxsize=8192)
def single_name_key(text: str) -> str:
    """A key shared by the spellings of one single-word name (see _NAME_SPELLING, _INITIAL_J,
    _CONSONANT_Y, FINAL_O_MIN, _MAC): Nadya, Nadia; Johanes, Yohanes; Retno, Retna; MacAllister,
    McAllister."""
    key = _NAME_SPELLING.sub(r"\1\2", transliteration_key(_MAC.sub("Mc", text)))
    key = _CONSONANT_Y.sub("i", _INITIAL_J.sub("y", key))
    if len(key) >= FINAL_O_MIN and key.endswith("o") and key[-2] not in "aeiouy":
        key = key[:-1] + "a"
    return key


@lru_cache(maxsize=8192)
def loose_key(key: str) -> str:
    """`key` with letters doubled and th/dh/bh and ck read as one: Winni, Wini; Yudhistira,
    Yudistira; Frederick, Frederik."""
    return _ASPIRATED.sub(r"\1", _DOUBLED.sub(r"\1", key)).replace("ck", "k")


def one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by one insertion, deletion, substitution or swap of letters."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


#: An abbreviation this long, a letter changed or two swapped from a known one, is that one
#: mistyped (UNSECO), not another to spell out; shorter ones are too dense (PSIS, PSMS).
SLIPPED_KNOWN = 5

#: Names alone this long may be two slips (weighted, as the spelling check weighs them) off.
LONG_SURNAME = 7
#: the letters two endings of one surname share after one given name (Riya-di, Riya-nto)
SURNAME_STEM = 4
SURNAME_SLIP = 2.0
#: a four-letter name this common as a word (hari, suci, dewi) is the word, not a name's spelling
COMMON_NAME_WORD_ZIPF = 4.0

#: A run of capitalized words: a candidate name.
NameRun = tuple[Word, ...]


#: a capitalized word of a name, a Mac or Mc before its capital included (McAllister)
_CAPITALIZED = LazyPattern(r"(?:Ma?c)?[A-Z][a-z]+(?:[-'’][A-Za-z]+)*")


def name_runs(doc: Document, particles: Collection[str], not_personal: Collection[str] = ()) -> list[NameRun]:
    """Runs of capitalized words joined by single spaces (particles such as "bin" may sit inside)."""
    runs: list[NameRun] = []
    current: list[Word] = []
    prose = doc.prose
    words = body_words(doc)
    # both patterns open with a capital A-Z: any other word only ends a run, as a gap in these
    # ("A" <= text < "[": the first letter in A-Z, read without taking it out)
    marks = [k for k, w in enumerate(words) if "A" <= w.text < "[" or w.text in particles]
    last = -2
    for k in marks:
        word = words[k]
        text = word.text
        capital = "A" <= text[0] <= "Z" and _capitalized(text)
        if (
            current
            and k == last + 1
            and (capital or text in particles)
            and prose[words[last].end : word.start] == " "
        ):
            pair = _ticket(words, k, prose, current, not_personal) if "-" in text else None
            if pair is not None:
                # "Agus Priyanto-Heru Santosa": two names joined as a ticket, two runs
                current.append(pair[0])
                _close(current, runs, particles)
                current = [pair[1]]
            else:
                current.append(word)
        else:
            if current:
                # (_close, inline: most words that open a run close one)
                while current and current[-1].text in particles:
                    current.pop()
                if current:
                    runs.append(tuple(current))
            # a preposition or conjunction that opens the sentence ("Di Bandung, ...") is no
            # part of the name after it
            if capital and not (text.lower() in _SENTENCE_OPENERS and opens_sentence(prose, word.start)):
                current = [word]
            else:
                current = []
        last = k
    _close(current, runs, particles)
    return runs


@lru_cache(maxsize=16384)
def _capitalized(text: str) -> bool:
    """`text` reads as a word of a name (a capital and small letters) or a short form in capitals;
    kept per word, as names recur from draft to draft."""
    return bool(_CAPITALIZED.fullmatch(text) or _ALL_CAPS.fullmatch(text))


#: function words whose capital at a sentence's start says nothing of a name after them
_SENTENCE_OPENERS = frozenset(
    {
        "di", "ke", "dari", "pada", "untuk", "bagi", "dengan", "oleh", "dalam", "kepada", "menurut",
        "sejak", "selama", "saat", "ketika", "setelah", "sebelum", "namun", "tetapi", "sedangkan",
        "meski", "meskipun", "walaupun", "jika", "karena", "agar", "bahkan", "lalu", "kemudian",
    }
)  # fmt: skip


def _ticket(
    words: Sequence[Word], k: int, prose: str, before: Sequence[Word], not_personal: Collection[str]
) -> tuple[Word, Word] | None:
    """Word k split at its hyphen when it joins two names between capitalized words (a pair of
    candidates, "Agus Priyanto-Heru Santosa"); a name's own hyphen (Al-Ghazali, Jong-un) stands
    at a run's end or before a lowercase part, and a company's after a short form, an office or
    a generic (PT Toyota-Astra Motor, Direktur Toyota-Astra Motor)."""
    if any((len(w.text) > 1 and w.text.isupper()) or w.text.lower() in not_personal for w in before):
        return None
    word = words[k]
    head, _, tail = word.text.partition("-")
    if len(head) < 3 or len(tail) < 3 or not (_CAPITALIZED.fullmatch(head) and _CAPITALIZED.fullmatch(tail)):
        return None
    nxt = words[k + 1] if k + 1 < len(words) else None
    if nxt is None or not nxt.text[:1].isupper() or prose[word.end : nxt.start] != " ":
        return None
    split = word.start + len(head)
    return Word(word.start, split, head), Word(split + 1, word.end, tail)


def _close(current: list[Word], runs: list[NameRun], particles: Collection[str]) -> None:
    while current and current[-1].text in particles:
        current.pop()
    if current:
        runs.append(tuple(current))


class NameVariants:
    """Flags a name written two ways in one draft, found by comparing runs of capitalized words.

    Two spans are one name written two ways when they read the same but for hyphens and spaces
    (Kim Jong Un / Kim Jong-un); when, word for word, they share a specific name word and differ
    in one word by a single letter or by the old spelling (Yoga Firmansyah / Yoga Firmansah, Djoko
    Santoso / Joko Santoso); or when a single word differs only as transliterations do
    (Zelensky / Zelenskyy). Sharing only a generic word (Pantai Kuta / Pantai Kuda) is a
    spelling slip in a one-word name, left to the spelling rules.
    """

    def __init__(
        self,
        generic: Collection[str] = (),
        particles: Collection[str] = (),
        distinct: Collection[str] = (),
        min_length: int = 5,
        translated: Collection[str] = (),
        speech: Collection[str] = (),
        offices: Collection[str] = (),
        common_given: Collection[str] = (),
        nonstandard: Collection[str] = (),
    ):
        self.generic = {w.lower() for w in generic}
        # non-standard spellings (propinsi, ijin): never the model of a name's other spelling
        self.nonstandard = frozenset(w.lower() for w in nonstandard if " " not in w)
        # a run holding one of these heads a body's or a company's name, never a ticket's
        self.not_personal = frozenset(self.generic | {p for o in offices for p in o.lower().split()})
        # the last words of titles and ranks: before a name they say nothing of who it is, and
        # one person is a rank in one line and an office in the next (Kompol, Kasat Lantas)
        self.title_ends = frozenset(o.lower().split()[-1] for o in offices if o.strip())
        # a name beside these (kata, ujar, menurut, mengatakan) is a person's
        self.speech = {w.lower() for w in speech}
        # a foreign generic and ours, written "lake/danau": Lake Toba (or Toba Lake) is Danau Toba
        self.translated: dict[str, str] = {}
        for pair in translated:
            foreign, _, own = pair.lower().partition("/")
            if not own:
                raise ValueError(f"`translated` pairs are written foreign/ours, not {pair!r}")
            self.translated[foreign] = own
        self.particles = frozenset(particles)
        # given names too common to say who someone is (Siti, Muhammad): two surnames after one
        # are two people
        self.common_given = {w.lower() for w in common_given}
        # word pairs that are different names, not variants ("Putra/Putri"), written "a/b"
        self.distinct = word_pairs(distinct)
        self.min_length = min_length
        self._verdicts: dict[tuple[str, str], bool] = {}
        self._run_keys: dict[tuple[str, ...], _RunKeys] = {}
        # per word and per pair of words, as the verdicts: drafts repeat names
        self._single_keys: dict[str, str] = {}
        self._word_keys: dict[str, str] = {}
        self._slips: dict[tuple[str, str], bool] = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        runs = name_runs(doc, self.particles, self.not_personal)
        speakers = speaker_starts(doc, self.speech)
        counts = Counter(map(_TEXT, itertools.chain.from_iterable(runs)))
        flagged: list[tuple[int, int]] = []
        for bad, good in self._pairs(doc, runs, counts, speakers, subject_starts(doc)):
            start, end = bad[0].start, bad[-1].end
            if any(s < end and start < e for s, e in flagged):
                continue
            flagged.append((start, end))
            shown = doc.source[start:end]
            preferred = doc.source[good[0].start : good[-1].end]
            yield Hit(
                start,
                end,
                {"match": shown, "preferred": preferred, "line": _line(doc, good[0].start)},
                (preferred,),
            )

    def _pairs(
        self,
        doc: Document,
        runs: list[NameRun],
        counts: Counter[str],
        speakers: set[int],
        subjects: frozenset[int],
    ) -> Iterator[tuple[tuple[Word, ...], tuple[Word, ...]]]:
        """(minority span, majority span) for every variant pair, in document order of the minority."""
        found: list[tuple[tuple[Word, ...], tuple[Word, ...]]] = []

        # a window is (run, first word, end) until a group needs it whole: most never meet another
        # a window is a number (run, first word, end) until a group needs it whole: most windows
        # never meet another, and numbers and strings give the garbage collector nothing to follow
        def window(ref: int) -> Window:
            r, i, j = ref >> 40, (ref >> 20) & 0xFFFFF, ref & 0xFFFFF
            words = runs[r]
            # a capital that only opens a sentence ("Umpan Rafi ...") says nothing about the name
            left = words[i - 1].text if i and not opens_sentence(doc.prose, words[i - 1].start) else None
            if left is not None and left.lower() in self.title_ends:
                left = None
            right = words[j].text if j < len(words) else None
            return Window(words[i:j], left, right, " ".join(x.text for x in words[i:j]))

        # same letters, other hyphens or spaces (Kim Jong Un / Kim Jong-un): windows by their letters
        letter_keys: list[str] = []
        letter_refs: list[int] = []
        letter_texts: list[str] = []
        # one word different: windows of two to four words by their other words ("NP|w|*|w")
        other_keys: list[str] = []
        other_refs: list[int] = []
        other_slots: list[str] = []
        kept_runs = self._run_keys
        kept_words = self._word_keys
        for r, words in enumerate(runs):
            if len(words) == 1:
                # most runs are one word: its one letter key, kept per word, without a tuple
                text = words[0].text
                key = kept_words.get(text)
                if key is None:
                    if len(kept_words) >= MAX_KEPT_WORDS:
                        kept_words.clear()
                    key = kept_words[text] = self._word_key(text)
                if key:
                    letter_keys.append(key)
                    letter_refs.append(r << 40 | 1)
                    letter_texts.append(text)
                continue
            texts = tuple(map(_TEXT, words))
            keys = kept_runs.get(texts) or self._window_keys(texts)
            base = r << 40
            letter_keys += keys.letters
            letter_refs += map(base.__or__, keys.letter_places)
            letter_texts += keys.letter_texts
            other_keys += keys.others
            other_refs += map(base.__or__, keys.other_places)
            other_slots += keys.other_slots
        for indices in _groups(letter_keys).values():
            # a window's text is known before the window: most groups are one name written
            # the same way again, and need no windows
            written = [letter_texts[g] for g in indices]
            if written.count(written[0]) == len(written):
                continue
            forms = Counter(written)
            # other joins: Kim Jong Un / Kim Jong-un, Ha Noi / Hanoi
            if len({f.lower() for f in forms}) > 1:
                found.extend(_minority([window(letter_refs[g]) for g in indices], forms, None))
        for key, indices in _groups(other_keys).items():
            slot = [other_slots[g] for g in indices]
            if slot.count(slot[0]) == len(slot):
                continue  # (most groups: one name written the same way again, no pair to judge)
            refs = [other_refs[g] for g in indices]
            p = int(key[1])
            variants = sorted(set(slot))
            # the last word after a given name that says who it is (Slamet, not Siti or Bank):
            # one person's surname, however far apart its two spellings
            surname = p == int(key[0]) - 1 and any(
                w.lower() not in self.generic and w.lower() not in self.common_given
                for w in key.split("|")[1:-1]
            )
            # two specific words shared make even a short word's one letter a slip: "KM Sinar
            # Harapan Jaya" written once "KM Sinar Harapan Raya"
            shared = sum(1 for w in key.split("|")[1:] if w != "*" and w.lower() not in self.generic) >= 2
            for a in variants:
                for b in variants:
                    if a < b and (
                        self._variant(a, b)
                        or (surname and self._same_surname(a, b))
                        or (shared and _short_slip(a, b))
                    ):
                        pair = [window(ref) for ref, text in zip(refs, slot, strict=True) if text in (a, b)]
                        # "Medco Energi Internasional" / "Medco Energy US": two names side by side
                        if _compatible(pair, p):
                            found.extend(_minority(pair, Counter({a: counts[a], b: counts[b]}), p))
        # a single word spelled as transliterations differ: Zelensky / Zelenskyy
        singles: dict[str, set[str]] = defaultdict(set)
        # `counts` holds each word of the runs once, in order of first use
        lex = lexicon()
        single_keys = self._single_keys
        for text in counts:
            single = single_keys.get(text)
            if single is None:
                if len(single_keys) >= MAX_KEPT_WORDS:
                    single_keys.clear()
                # ("" for a word with no key: None is a word not judged yet)
                single = single_keys[text] = self._single_key(text, lex) or ""
            if single:
                singles[single].add(text)
        spellings = [
            f
            for f in singles.values()
            if len(f) > 1
            and len({x.lower() for x in f}) > 1
            # a doubled letter or an h is a second spelling only where no form is a word or a
            # name the lexicon knows: Barat beside Barratt, Makassar beside Kecamatan Makasar,
            # Ramadan the month beside Ramadhan the player
            and (
                len({single_name_key(x) for x in f}) == 1
                or not any(lex.is_listed(x.lower()) or lex.is_name(x) for x in f)
            )
        ]
        # the other words each such single stands beside in longer runs: Syamsul Bahri and Samsul
        # Hadi are two people, however alike their first names
        beside: dict[str, set[str]] = defaultdict(set)
        if spellings:
            spelled = set().union(*spellings)
            for run in runs:
                if len(run) > 1:
                    for x in run:
                        if x.text in spelled:
                            beside[x.text].update(y.text for y in run if y is not x)
        for forms_set in spellings:
            contexts = [beside[f] for f in forms_set if f in beside]
            if len(contexts) > 1 and not set.intersection(*contexts):
                continue
            group = [Window((x,), None, None, x.text) for r in runs for x in r if x.text in forms_set]
            # at equal counts the form a fuller name uses is the model, as for a surname alone:
            # the person is introduced as "Nadia Kusuma", and "Nadya" alone is the slip
            forms = Counter({f: counts[f] for f in forms_set})
            found.extend(_minority(group, forms, 0, fuller=beside.keys()))
        found.extend(self._translated(runs))
        found.extend(self._surnames(runs, lex, speakers, subjects, doc.prose))
        found.extend(_diphthong_variants(runs))
        found.extend(self._particle_variants(doc))
        found.extend(_reordered(runs))
        found.sort(key=lambda pair: pair[0][0].start)
        for bad, good in found:
            if not self._nonstandard_model(bad, good) and not _misspelled_model(bad, good, lex):
                yield bad, good

    def _single_key(self, text: str, lex: Lexicon) -> str | None:
        """The key a single word of a name shares with its other spellings, or None for a word
        too short or too common to be compared so."""
        if text.isupper():
            return None
        low = text.lower()
        if len(text) >= self.min_length:
            # Energi/Energy are words of two languages, not two spellings of a name
            if low.endswith("y") and (lex.is_listed(low) or lex.is_english(low)):
                return None
        elif len(text) == 4 and text[-1] in "iy":
            # four letters are enough for a final y or i (Dedi, Dedy; Rudi, Rudy), but a
            # word in use is a word, in a name too (Hari, Tanah Suci, Dewi Sri, Sanggar Tari)
            if lex.zipf(low) >= COMMON_NAME_WORD_ZIPF:
                return None
        else:
            return None
        # (and the letters some spellings of a name keep: Arsyad, Arsad; Hariyanto, Haryanto)
        return loose_key(single_name_key(text))

    def _nonstandard_model(self, bad: tuple[Word, ...], good: tuple[Word, ...]) -> bool:
        """The model holds a non-standard spelling the variant does not: "Dinas Kebudayaan
        Propinsi" is no model for "Provinsi" (baku.kata-baku reports the former)."""
        nonstandard = self.nonstandard
        written = {w.text.lower() for w in bad}
        return any(w.text.lower() in nonstandard and w.text.lower() not in written for w in good)

    def _particle_variants(self, doc: Document) -> Iterator[tuple[tuple[Word, ...], tuple[Word, ...]]]:
        """A surname whose particles the draft writes two ways, one word a letter apart: "van der
        Berg" beside "van den Berg", the model chosen as for other variants (_minority); a
        particle opening a sentence ("Van den Berg") counts in lower case."""
        if self.particles.isdisjoint(doc.vocabulary):
            return
        words = doc.words
        lowers = doc.lowers
        prose = doc.prose
        uses: dict[str, list[Window]] = defaultdict(list)
        # only a word right after a particle can have one before it
        particles = itertools.compress(range(len(lowers) - 1), map(self.particles.__contains__, lowers))
        for j in [p + 1 for p in particles]:
            word = words[j]
            if not word.text[:1].isupper():
                continue
            k = j
            while k > 0 and lowers[k - 1] in self.particles:
                if prose[words[k - 1].end : words[k].start] != " ":
                    break
                k -= 1
            if k < j:
                text = " ".join(w.text.lower() for w in words[k : j + 1])
                uses[word.text].append(Window(tuple(words[k : j + 1]), None, None, text))
        for group in uses.values():
            forms = Counter(w.text for w in group)
            if len(forms) != 2:
                continue
            one, other = (f.split() for f in forms)
            if len(one) != len(other):
                continue
            apart = [(a, b) for a, b in zip(one, other, strict=True) if a != b]
            if len(apart) == 1 and damerau1(*apart[0]):
                yield from _minority(group, forms, None)

    def _word_key(self, text: str) -> str:
        """The letter key of a run of one word, or "" for none: a single word counts only by its
        letters (Jong-un, Hanoi against Ha Noi)."""
        return text.translate(_JOINERS).lower() if len(text) >= self.min_length or "-" in text else ""

    def _window_keys(self, texts: tuple[str, ...]) -> _RunKeys:
        """The letter keys and the other-word keys of the windows of a run of two words or more
        (a run of one has its one key: _word_key), each with its window's place (first word <<
        20 | end); kept per run, since drafts repeat names."""
        found = self._run_keys.get(texts)
        if found is not None:
            return found
        letter: list[tuple[str, int]] = []
        other: list[tuple[str, int, str]] = []
        size = len(texts)
        letters = [t.translate(_JOINERS).lower() for t in texts]
        specific = [t.lower() not in self.generic for t in texts]
        for i in range(size):
            first = i + 1 if "-" in texts[i] or len(texts[i]) >= self.min_length else i + 2
            for j in range(first, min(size, i + 6) + 1):
                place = i << 20 | j
                letter.append(("".join(letters[i:j]), place))
                n = j - i
                if not 2 <= n <= 4:
                    continue
                total = sum(specific[i:j])
                for p in range(n):
                    # a specific name word besides the one at p
                    if total - specific[i + p]:
                        others = (f"{n}{p}", *texts[i : i + p], "*", *texts[i + p + 1 : j])
                        other.append(("|".join(others), place, texts[i + p]))
        if len(self._run_keys) >= MAX_KEPT_RUNS:
            self._run_keys.clear()
        found = self._run_keys[texts] = _RunKeys(
            tuple(key for key, _ in letter),
            tuple(place for _, place in letter),
            tuple(" ".join(texts[place >> 20 : place & 0xFFFFF]) for _, place in letter),
            tuple(key for key, _, _ in other),
            tuple(place for _, place, _ in other),
            tuple(slot for _, _, slot in other),
        )
        return found

    def _surnames(
        self, runs: list[NameRun], lex: Lexicon, speakers: set[int], subjects: frozenset[int], prose: str
    ) -> Iterator[tuple[tuple[Word, ...], tuple[Word, ...]]]:
        """A name word used alone, a slip away from a word of a fuller name in the draft: "Dimas
        Hartanto" introduced, then "kata Hartono". A name used alone refers to someone the draft
        introduced in full, so the word alone is the slip, unless the draft also writes it
        inside a fuller name. One letter for short names, two slips (weighted) for long ones."""
        alones = [words[0] for words in runs if len(words) == 1]
        # the names the draft calls someone by alone, as a speaker or a sentence's subject
        named = [w for w in alones if w.start in speakers or w.start in subjects]
        called = set(map(_TEXT, named))
        inside: dict[str, Word] = {}
        for words in runs:
            if len(words) > 1:
                for w in words:
                    low = w.text.lower()
                    # (a short word too, where the draft calls the person by it alone: "Ahmad
                    # Aziz Fathoni", then "kata Aziz", make "tegas Azis" a slip of it)
                    if low in self.generic:
                        continue
                    short = len(w.text) == self.min_length - 1 and low not in self.common_given
                    if len(w.text) >= self.min_length or (short and w.text in called):
                        inside.setdefault(w.text, w)
        alone_counts = Counter(map(_TEXT, alones))
        # ... or a single name the draft quotes and uses again and again: "Tukinem (52)", "kata
        # Tukinem" make "ujar Tukiyem" her name slipped
        for w in named:
            if (
                w.start in speakers
                and alone_counts[w.text] >= 2
                and len(w.text) >= self.min_length
                and not lex.is_listed(w.text.lower())
            ):
                inside.setdefault(w.text, w)
        if not inside:
            return
        # by length and first letter: a slip keeps the first letter (see _slip)
        by_length: dict[tuple[int, str], list[str]] = defaultdict(list)
        for text in inside:
            by_length[len(text), text.lower()[:1]].append(text)
        slips = self._slips
        # (only a name the draft quotes or makes a subject is looked at below: see `quoted`)
        for alone in named:
            text = alone.text
            if text in inside or len(text) < self.min_length - 1 or text.isupper():
                continue
            if alone_counts[text] > 1:
                continue  # a name the draft keeps using alone (Wahyuni (38), ujar Wahyuni) is someone
            quoted = alone.start in speakers
            if not quoted and alone.start not in subjects:
                continue  # only a name the draft quotes ("kata Hartono") is surely a person's
            if AGE_AFTER.match(prose, alone.end):
                continue  # "kata Sumarni (49)" introduces someone new, not Heru Sunardi again
            reach = 2 if len(text) >= LONG_SURNAME else 1
            low = text.lower()
            first = low[:1]
            close = []
            for n in range(len(text) - reach, len(text) + reach + 1):
                for other in by_length.get((n, first), ()):
                    pair = (low, other.lower())
                    slip = slips.get(pair)
                    if slip is None:
                        if len(slips) >= MAX_KEPT_WORDS:
                            slips.clear()
                        slip = slips[pair] = frozenset(pair) not in self.distinct and self._slip(*pair)
                    if slip:
                        close.append(other)
            short = len(text) < self.min_length
            if not quoted or short or (lex.is_listed(text.lower()) and not lex.is_name(text)):
                # ... or one opening a sentence as its verb's subject ("Masyhuri berharap"), or a
                # short name or a word of the language ("Arif") as a speaker, when the draft calls
                # that person by the near name alone elsewhere ("kata Mashuri", "ujar Arief"): a
                # fuller name one letter off may be someone else (Gerrard, Florence Garrard), and
                # short names and words are dense (Budi, Bude)
                close = [c for c in close if c in called]
            if close:
                yield (alone,), (inside[close[0]],)

    def _translated(self, runs: list[NameRun]) -> Iterator[tuple[tuple[Word, ...], tuple[Word, ...]]]:
        """Lake Toba or Toba Lake beside Danau Toba: one place under a foreign and our generic."""
        if not self.translated:
            return
        own = set(self.translated.values())
        # every span below holds a generic of either language
        lows = set(map(str.lower, map(_TEXT, itertools.chain.from_iterable(runs))))
        if lows.isdisjoint(own) and lows.isdisjoint(self.translated):
            return
        spans: dict[str, list[Window]] = defaultdict(list)
        for words in runs:
            for k in range(len(words) - 1):
                a, b = words[k], words[k + 1]
                first, second = a.text.lower(), b.text.lower()
                if first in own and second not in own:
                    spans[f"{first} {second}"].append(Window((a, b), None, None, f"{a.text} {b.text}"))
                elif first in self.translated and second not in self.translated:
                    key = f"{self.translated[first]} {second}"
                    spans[key].append(Window((a, b), None, None, f"{a.text} {b.text}"))
                elif second in self.translated and first not in self.translated and first not in own:
                    key = f"{self.translated[second]} {first}"
                    spans[key].append(Window((a, b), None, None, f"{a.text} {b.text}"))
        for group in spans.values():
            # our generic is the draft's form however often the foreign one is used
            model = next((w for w in group if w.words[0].text.lower() in own), None)
            if model is not None:
                for w in group:
                    if w.words[0].text.lower() not in own:
                        yield w.words, model.words

    @staticmethod
    def _slip(a: str, b: str) -> bool:
        if a[:1] != b[:1]:
            return False  # a slip keeps the first letter: Aslim and Salim are two names
        lex = lexicon()
        if len(a) < LONG_SURNAME or len(b) < LONG_SURNAME or _word_in_use(lex, a) or _word_in_use(lex, b):
            # short names and words in use (Kementerian) are dense: one letter only; a rare word
            # of the dictionary is as often a name (Pranata, Kusuma) and no denser than names
            return one_edit(a, b)
        return distance(a, b, SURNAME_SLIP) <= SURNAME_SLIP

    def _same_surname(self, a: str, b: str) -> bool:
        """Two surnames of one given name that one person's name would be written as: a letter
        changed or dropped twice (Wibowo, Wibawa) or the same stem ending two ways (Riyadi,
        Riyanto; Wahyuni, Wahyuningsih); no words in use (Sulawesi Tengah, Sulawesi Tenggara)."""
        la, lb = a.lower(), b.lower()
        if la[:1] != lb[:1] or min(len(la), len(lb)) < self.min_length or a.isupper() or b.isupper():
            return False
        if frozenset((la, lb)) in self.distinct or "-" in la + lb:
            return False  # a hyphen joins places (Bandung-Cilacap), no surname
        short, long = sorted((la, lb), key=len)
        if without_clitic(long) == short:
            return False  # the name with a clitic on it: "Hotel Des Indesnya"
        lex = lexicon()
        if any(_word_in_use(lex, w) or lex.is_area(x) or lex.notable_name(x) for w, x in ((la, a), (lb, b))):
            return False
        return la[:SURNAME_STEM] == lb[:SURNAME_STEM] or distance(la, lb, SURNAME_SLIP) <= SURNAME_SLIP

    def _variant(self, a: str, b: str) -> bool:
        key = (a, b)
        verdict = self._verdicts.get(key)
        if verdict is None:
            if len(self._verdicts) > 100_000:
                self._verdicts.clear()
            verdict = self._verdicts[key] = self._judge(a, b)
        return verdict

    def _judge(self, a: str, b: str) -> bool:
        la, lb = a.lower(), b.lower()
        if la == lb or frozenset((la, lb)) in self.distinct:
            return False
        if modern_spelling(la) == modern_spelling(lb) or transliteration_key(la) == transliteration_key(lb):
            return True
        # beside the same name words, the letters one person's name is spelled with two ways:
        # Dimas Aryo Seno / Dimas Ario Seno; an h after a consonant or a doubled letter only
        # where neither form is a word in use (BPR Arta Makmur / BPR Artha Makmur; Ramadan, the
        # month, beside Ramadhan); not short forms and numerals (Level II, Level III)
        if not (a.isupper() or b.isupper()):
            key_a, key_b = single_name_key(a), single_name_key(b)
            if key_a == key_b:
                return True
            if loose_key(key_a) == loose_key(key_b):
                lex = lexicon()
                return not (_word_in_use(lex, la) or _word_in_use(lex, lb))
        # beside a shared name word, a long one may be two slips off (Kevin Hartono / Kevin Hartanto)
        return min(len(a), len(b)) >= self.min_length and self._slip(la, lb)


def _short_slip(a: str, b: str) -> bool:
    """Two capitalized words of three or four letters, one slip apart (Jaya, Raya)."""
    return 3 <= len(a) == len(b) <= 4 and a.istitle() and b.istitle() and one_edit(a, b)


def _word_in_use(lex: Lexicon, word: str) -> bool:
    return lex.is_listed(word) and lex.zipf(word) >= COMMON_NAME_WORD_ZIPF


#: the fewest words of a name whose order a draft may swap ("Bank Sejahtera Nusantara" /
#: "Bank Nusantara Sejahtera"); two words swapped are as often two names (Bandung Kota)
MIN_REORDERED = 3


def _reordered(runs: list[NameRun]) -> Iterator[tuple[tuple[Word, ...], tuple[Word, ...]]]:
    """The same words of a name in another order: "Komunitas Warga Peduli" beside "Komunitas
    Peduli Warga", the model chosen as for other variants (_minority). A run
    that repeats a word ("Gigi Hadid Supermodel Gigi Hadid") holds two names side by side, whose
    windows are rotations, not swaps."""
    orders: dict[tuple[str, ...], list[tuple[NameRun, int, int]]] = defaultdict(list)
    for words in runs:
        if len(words) >= MIN_REORDERED:
            for key, i, j in _reorder_keys(tuple(map(_TEXT, words))):
                orders[key].append((words, i, j))
    for places in orders.values():
        if len(places) < 2:
            continue  # (nearly every window: a name written once in that many words)
        texts = [" ".join(map(_TEXT, words[i:j])) for words, i, j in places]
        forms = Counter(texts)
        if len(forms) > 1:
            group = [
                Window(words[i:j], None, None, t) for (words, i, j), t in zip(places, texts, strict=True)
            ]
            yield from _minority(group, forms, None)


@lru_cache(maxsize=16384)
def _reorder_keys(texts: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], int, int], ...]:
    """The windows of a run that _reordered compares, each as (its words sorted, first, end);
    kept per run, since drafts repeat names."""
    if len(set(texts)) < len(texts):
        return ()
    return tuple(
        (tuple(sorted(texts[i : i + size])), i, i + size)
        for size in range(MIN_REORDERED, min(len(texts), MIN_REORDERED + 2) + 1)
        for i in range(len(texts) - size + 1)
    )


def _diphthong_variants(runs: list[NameRun]) -> Iterator[tuple[tuple[Word, ...], tuple[Word, ...]]]:
    """A name used alone that a fuller name spells with i for y or y for i after a vowel
    ("Keisha Ramadhani" ... "ujar Keysha"); two fuller names so spelled (Keyla Mambor, Keila
    Wanma) are two people, and so is a word alone that a fuller name also spells its way."""
    # (keys made with the flag passed by place: lru_cache keys a call by keyword apart, and
    # slower; and without a Python step per word)
    fuller = [w for words in runs if len(words) > 1 for w in words]
    texts = set(map(_TEXT, fuller))
    keys = map(transliteration_key, map(_TEXT, fuller), itertools.repeat(True))
    # the first word of each key, as setdefault in order would keep
    inside = dict(zip(reversed(list(keys)), reversed(fuller), strict=True))
    alones = [words[0] for words in runs if len(words) == 1 and words[0].text not in texts]
    others = map(inside.get, map(transliteration_key, map(_TEXT, alones), itertools.repeat(True)))
    for alone, other in zip(alones, others, strict=True):
        if other is not None and transliteration_key(other.text) != transliteration_key(alone.text):
            yield (alone,), (other,)


@per_document
def body_lowers(doc: Document) -> tuple[str, ...]:
    """`body_words` lower-cased."""
    slices = _body_slices(doc)
    if slices is None:
        return lowered(body_words(doc))
    # slices of the draft's own lower-cased words, which other checks have made already: a word
    # lowers alone, the space between words ending any context of a case mapping (see lowered)
    lowers = doc.lowers
    out: list[str] = []
    for lo, hi in slices:
        out.extend(lowers[lo:hi])
    return tuple(out)


def speaker_starts(doc: Document, speech: Collection[str]) -> set[int]:
    """Where a quoted person's name stands: the words right after or before a speech word
    (`speech`, lower case) in the same clause ('," kata Tukinem', "Tukinem mengatakan")."""
    words = body_words(doc)
    prose = doc.prose
    lowers = body_lowers(doc)
    said = list(itertools.compress(range(len(lowers)), map(speech.__contains__, lowers)))
    return {
        words[j].start
        for k in said
        for j in (k - 1, k + 1)
        if 0 <= j < len(words) and _beside(prose, words[min(j, k)], words[max(j, k)])
    }


def speaker_words(doc: Document, speech: Collection[str]) -> list[Word]:
    """The words at `speaker_starts`, in order (each start is a word's: found by bisection)."""
    words, offsets = doc.words, word_starts(doc)
    return [words[bisect.bisect_left(offsets, start)] for start in sorted(speaker_starts(doc, speech))]


#: adverbs of aspect, mood and addition that stand between a subject and its verb ("Suhirman
#: juga meminta", "Tukinem sudah menunggu"); a closed class of the grammar
PREVERBAL = frozenset(
    {
        "akan", "bahkan", "belum", "hanya", "juga", "kemudian", "lalu", "langsung", "masih", "pun",
        "sempat", "sudah", "telah", "tetap", "tidak",
    }
)


@per_document
def subject_starts(doc: Document) -> frozenset[int]:
    """Where a person's name opens a sentence as the subject of its verb ("Masyhuri berharap
    ...", "Wahyuni menambahkan, ...", "Suhirman juga meminta ..."): a capitalized word at a
    sentence's start or opening its main clause after an opening phrase ("Seusai rapat itu,
    Wirawan menyerahkan ..."), the word after it in the same clause a verb in lower case (meN-, ber-,
    di-, ter-), or one of the PREVERBAL adverbs and then such a verb."""
    words = body_words(doc)
    prose = doc.prose
    found: set[int] = set()
    for k in range(len(words) - 1):
        name, verb = words[k], words[k + 1]
        if not (name.text[:1].isupper() and verb.text.islower() and _beside(prose, name, verb)):
            continue
        if verb.text in PREVERBAL and k + 2 < len(words):
            adverb, verb = verb, words[k + 2]
            if not (verb.text.islower() and prose[adverb.end : verb.start] == " "):
                continue
        # (the verb first: fewer words after a capital are verbs than open a sentence)
        if is_verb(verb.text) and (
            opens_sentence(prose, name.start) or _after_opening_phrase(prose, words, k)
        ):
            found.add(name.start)
    return frozenset(found)


def _after_opening_phrase(prose: str, words: Sequence[Word], k: int) -> bool:
    """Word k opens the main clause after a sentence's opening phrase and its comma ("Seusai
    rapat itu, Wirawan menyerahkan ..."): a lowercase word before the comma, two words or more
    back to the sentence's start with only blanks between them."""
    if k < 2 or prose[words[k - 1].end : words[k].start] != ", " or not words[k - 1].text.islower():
        return False
    j = k - 1
    while j > 0 and prose[words[j - 1].end : words[j].start] == " ":
        j -= 1
    return k - j >= 2 and opens_sentence(prose, words[j].start)


def _beside(prose: str, a: Word, b: Word) -> bool:
    """`a` and `b` in one clause: a blank or a comma between them, no sentence end."""
    return prose[a.end : b.start].strip(" \t,") == ""


class Window(NamedTuple):
    """Consecutive words of a name run, with the run's words just outside them.

    A named tuple, not a dataclass: a draft has thousands, and few are looked at twice.
    """

    words: tuple[Word, ...]
    left: str | None
    right: str | None
    #: the words joined by single spaces
    text: str


# what may join the parts of one name: a space, a hyphen, an apostrophe (window texts hold no other blank)
_JOINERS = str.maketrans("", "", " -'’")
#: how many name runs the name-variant rule keeps the window keys of between drafts
MAX_KEPT_RUNS = 50_000


#: how many words and pairs of words the name-variant rule keeps its judgments of between drafts
MAX_KEPT_WORDS = 100_000


class _RunKeys(NamedTuple):
    """A run's window keys (see NameVariants._window_keys), as parallel tuples that a draft's
    lists are extended by whole."""

    letters: tuple[str, ...]
    letter_places: tuple[int, ...]
    #: each letter window's words joined by single spaces
    letter_texts: tuple[str, ...]
    others: tuple[str, ...]
    other_places: tuple[int, ...]
    #: each other-word window's word in the slot its key leaves out
    other_slots: tuple[str, ...]


def _groups(keys: list[str]) -> dict[str, list[int]]:
    """The indices of each key given more than once, keys in order of first use."""
    counts = Counter(keys)
    out: dict[str, list[int]] = {}
    for g, key in enumerate(keys):
        if counts[key] > 1:
            out.setdefault(key, []).append(g)
    return out


def _compatible(pair: list[Window], position: int) -> bool:
    """Some two spellings stand in the same surroundings (no clash of the words beside them)."""
    first = pair[0].words[position].text
    ones = [w for w in pair if w.words[position].text == first]
    others = [w for w in pair if w.words[position].text != first]
    return any(
        (a.left is None or b.left is None or a.left == b.left)
        and (a.right is None or b.right is None or a.right == b.right)
        for a in ones
        for b in others
    )


def _minority(
    group: list[Window], forms: Counter[str], position: int | None, fuller: Collection[str] = ()
) -> Iterator[tuple[tuple[Word, ...], tuple[Word, ...]]]:
    """(span, model span) for each use of a less used form; nothing when two forms are both common.
    At equal counts a form in `fuller` (written inside a fuller name) is the model, then the
    first used."""

    def form(w: Window) -> str:
        return w.words[position].text if position is not None else w.text

    first: dict[str, int] = {}
    for w in group:
        first.setdefault(form(w), w.words[0].start)
    # a notable name (a country, province, city, body) is the model however rarely the draft
    # writes it against strings that are neither words nor names: "Kalimatan Barat" in the
    # lead is the slip, not the later "Kalimantan Barat". Otherwise the more used form, and at
    # equal counts the first use: a dictionary word in a name's place proves nothing (Koto
    # Tangah is Padang's district, Koto Tengah the slip; Timur beside Timor in Timur Pradopo)
    lex = lexicon()
    places = {f for f in forms if lex.notable_name(f) is not None}

    # neither a listed word nor a name: unknown, or a rare reading (Kalimatan: kalimat + -an)
    # (word by word: "Palangka Raya", two known names, is no unknown string beside Palangkaraya)
    def known(part: str) -> bool:
        return lex.is_name(part) or lex.is_listed(part.lower()) or lex.zipf(part.lower()) >= 3.0

    unknown = {f for f in forms if not all(map(known, f.split()))}
    notable = places if len(places) == 1 and places | unknown == set(forms) else set()
    ranked = sorted(
        forms, key=lambda f: (f not in notable, -forms[f], f not in fuller, first.get(f, 1 << 60))
    )
    keep = ranked[0]
    if len(ranked) > 1 and forms[ranked[1]] == forms[keep] and forms[keep] > 1 and not notable:
        # both written more than once, equally often: two names, not a slip
        return
    model = next(w for w in group if form(w) == keep)
    for w in group:
        if form(w) == keep or _old_spelling_of_place(form(w), keep, places):
            continue
        yield w.words, model.words


def _old_spelling_of_place(a: str, b: str, places: Collection[str]) -> bool:
    """One of two forms is a notable place and the other its old spelling, which a brand or a
    heritage name keeps on purpose (Djakarta Warehouse Project, Atjeh Rayeuk)."""
    return (b in places and modern_spelling(a.lower()) == b.lower()) or (
        a in places and modern_spelling(b.lower()) == a.lower()
    )


# --- abbreviations ------------------------------------------------------------------------------

_ALL_CAPS = LazyPattern(r"[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*")
# a roman numeral, or a class with its letter or number: "Lapas Kelas IIB", "kelas XA", "VIIIB",
# "VIII-B", "X-2" (not IVA, a test's short name)
_ROMAN = LazyPattern(r"[IVXLCDM]+|(?:I{1,3}|VI{0,3}|IX|XI{0,2})(?:-?[A-F]|-\d{1,2})")
#: a model or serial designation: letters, a hyphen and a number (TR-01, KF-21, ATR-72); one
#: whose letters are a listed or introduced abbreviation is that body's unit (KPPS-05, KKN-12)
_DESIGNATION = LazyPattern(r"[A-Z]{1,4}-\d+[A-Z]?")
#: a name with a number at its end (the idol group NOVA9, NCT127, the airliner ATR72): digits
#: inside a short form stand for repeated letters (BP3MI), at its end they are part of a name
_NUMBERED_NAME = LazyPattern(r"([A-Z]{3,})\d+")
_CAPS_START = LazyPattern(r"[A-Z][A-Z0-9]")
#: a code of one or two letters and two digits or more: a rating or a model (IP67, N95, A55),
#: where a short form's single digit repeats a letter (K3, BP2MI)
_CODE = LazyPattern(r"[A-Z]{1,2}\d{2,}")
#: an Indonesian registration plate: region letters, a number, up to three letters
_PLATE = LazyPattern(r"[A-Z]{1,2} \d{1,4} [A-Z]{1,3}\b")
#: ... or its region letters alone, after the word for a plate ("berpelat DK", "pelat nomor AB")
_PLATE_REGION = LazyPattern(r"(?:\b(?:ber)?pelat|\b(?:ber)?plat|\bnopol)(?: nomor)? $", re.IGNORECASE)
#: after a maker's letters, a model number with its variant: the airliner "ATR 72-600"; or,
#: after letters ending in a digit, a decimal part: the particle size "PM2.5"
_MODEL = LazyPattern(r" \d{1,4}-\d{2,4}\b|(?<=\d)[.,]\d")
_START = operator.attrgetter("start")
_OPEN_PAREN = LazyPattern(r"\(")
_SUFFIX = LazyPattern(r"-(?:nya|ku|mu|lah|kah|pun)$", re.IGNORECASE)


#: Words after which capitals are a person's initials (police reports name suspects so).
_INITIALS_AFTER = frozenset({"inisial", "berinisial", "inisialnya"})
#: the legal forms that open a firm's name (PT BMT, CV AS)
_COMPANY_FORMS = frozenset({"PT", "CV", "UD", "PD"})
#: An age after initials, its bracket closed or left open ("DS (24, dan FH (30)"), not a date.
_AGE_OPENS = LazyPattern(r" ?\(\d{1,2}\b(?!\.\d|/)")
#: Street names honour people by their initials and name (Jalan HR Soebrantas).
_STREET = frozenset({"jalan", "jl", "jln"})
#: what opens an academic or medical degree after a name, with the capitals after its point
#: (Sp.GK, S.KM, M.PH): a degree, no short form to spell out
_DEGREE_HEADS = frozenset({"Sp", "S", "M"})
#: Lower-case particles inside personal names (Ali bin Abi Thalib, Ludwig van Beethoven).
NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "der", "den", "de", "da", "dos", "del", "ibn"})

#: Short titles written with a point before a person's name (dr. Zainoel Abidin, H. Agus), also
#: inside a body's name before its short form: "Rumah Sakit Umum Daerah dr. Zainoel Abidin
#: (RSUDZA)".
NAME_TITLES = frozenset({"dr", "drg", "drs", "dra", "ir", "prof", "h", "hj", "kh"})


class Intro(NamedTuple):
    """Where an abbreviation is introduced, and the phrase that spells it out."""

    start: int
    phrase: str
    #: what stands in the parentheses or before them: "Kemenkes", "Pemprov Jatim"
    label: str


#: how many word forms an abbreviation rule keeps its judgments of between drafts
MAX_KEPT_FORMS = 200_000


def _indices(
    words: Sequence[Word], lowers: Sequence[str], text: str, stop: int | None = None
) -> Iterator[int]:
    """The indices of the words (before `stop`) written exactly `text`, found by scanning
    `lowers`, the words lower-cased, in C."""
    low = text.lower()
    end = len(lowers) if stop is None else stop
    k = -1
    while True:
        try:
            k = lowers.index(low, k + 1, end)
        except ValueError:
            return
        if words[k].text == text:
            yield k


#: a word the dictionary lists, this long, written in capitals is emphasis or a brand, not an
#: abbreviation: shorter ones are too often both (KUA, KEK, PAN)
WORD_IN_CAPITALS = 5


class Abbreviation:
    """Flags an abbreviation used before it is introduced, or never introduced at all.

    An abbreviation is introduced by "Kepanjangan (SINGKATAN)" or "SINGKATAN (Kepanjangan)" in
    the body, where the letters of the abbreviation appear in order in the spelled-out phrase.
    `report = "early"` flags the first use that comes before the introduction; `report =
    "never"` flags the first use of one never introduced, in a whole article only (a lead, or a
    headline over three or more paragraphs: in a fragment the introduction may be elsewhere).
    Counted as abbreviations: words in capitals (not roman numerals, not listed in `known`),
    acronyms listed in `acronyms` (karhutla, Nataru), and any word the draft introduces (even a
    `known` one: a draft that spells out PDAM means to introduce it).
    """

    def __init__(
        self,
        report: str = "early",
        known: Collection[str] = (),
        acronyms: Mapping[str, str] | Collection[str] = (),
        max_length: int = 7,
        foreign: Collection[str] = (),
        not_foreign: Collection[str] = (),
        brands: Collection[str] = (),
    ):
        if report not in ("early", "never"):
            raise ValueError('`report` must be "early" or "never"')
        self.report = report
        # words that make a body foreign or international (Jepang, Dunia): its short form may
        # stand for its name in its own language ("Badan Meteorologi Jepang (JMA)"). Indonesia
        # is a country of the list but names our bodies; "dunia", a common word too, is kept
        ours = {w.lower() for w in not_foreign} | {"indonesia"}
        self.foreign = (frozenset(w.lower() for w in foreign) - ours) | {"dunia"}
        self.known = frozenset(known)
        # the known ones in capitals by length, for a mistyped one (UNSECO) to be found among
        self._known_caps: dict[int, list[str]] = {}
        for k in self.known:
            if k.isupper() and len(k) >= SLIPPED_KNOWN:
                self._known_caps.setdefault(len(k), []).append(k)
        # what each form of a word `check` has met calls for (see _candidates): all such forms,
        # those listed or shaped as abbreviations, and those written with a suffix, unsuffixed
        self._judged: set[str] = set()
        self._listed: set[str] = set()
        self._suffixed: dict[str, str] = {}
        self._plain: dict[str, bool] = {}
        # a listed acronym written as a word is known in lower case too ("kapolsek", "polsek")
        self.known_lower = frozenset(k.lower() for k in self.known if not k.isupper())
        spelled = dict(acronyms) if isinstance(acronyms, Mapping) else dict.fromkeys(acronyms, "")
        self.acronyms = {a.lower(): e for a, e in spelled.items()}
        # one listed in capitals (KRI) is that body's only when written so: "Pulau Kri" is a name
        self.caps_only = frozenset(a.lower() for a in spelled if a.isupper())
        self.max_length = max_length
        # capitalized words that open a brand with a listed acronym in it (Bank Jatim, Trans
        # Jateng): the acronym is part of that name, which is spelled so
        self.brands = frozenset(brands)

    def _key(self, text: str) -> str:
        # a unit's designation is its body's short form: "KKN-12" after "Kuliah Kerja Nyata (KKN)"
        if _DESIGNATION.fullmatch(text):
            text = text.split("-")[0]
        else:
            numbered = _NUMBERED_NAME.fullmatch(text)
            if numbered:
                text = numbered.group(1)  # KKN12 is KKN's too
        low = text.lower()
        return low if low in self.acronyms else text

    def _plain_abbreviation(self, text: str, key: str) -> bool:
        """`text` (its key `key`) is an abbreviation whether or not the draft spells it out;
        kept per text, as drafts share their short forms (the key follows from the text)."""
        verdict = self._plain.get(text)
        if verdict is None:
            if len(self._plain) >= MAX_KEPT_FORMS:
                self._plain.clear()
            verdict = self._plain[text] = self._judge_plain(text, key)
        return verdict

    def _judge_plain(self, text: str, key: str) -> bool:
        # "COVID-19", "G20-nya": the known part decides
        if text in self.known or text.split("-")[0] in self.known:
            return False
        if text.islower() and text in self.known_lower:
            return False
        if key in self.acronyms and (key not in self.caps_only or text.isupper()):
            return True
        if _DESIGNATION.fullmatch(text) and text.split("-")[0].lower() not in self.acronyms:
            return False  # "robot TR-01", "pesawat N-219": a name, nothing to spell out
        if _NUMBERED_NAME.fullmatch(text) and key.lower() not in self.acronyms:
            return False  # a name, as with a hyphen: an idol group's NOVA9
        if _CODE.fullmatch(text):
            return False
        if len(text) >= WORD_IN_CAPITALS and text.isalpha() and lexicon().is_listed(text.lower()):
            return False  # a word set in capitals (status SIAGA) or a brand spelled so (MAGMA)
        if (
            len(text) >= WORD_IN_CAPITALS + 1
            and text.startswith("SI")
            and text.isalpha()
            and lexicon().is_listed(text[2:].lower())
        ):
            return False  # a system named "Sistem Informasi" + a word (SIREKAP, SIPANDU): a brand
        if any(one_edit(text, k) for k in self._known_caps.get(len(text), ())):
            return False  # a known one mistyped (UNSECO): the spelling check's
        return bool(_ALL_CAPS.fullmatch(text)) and len(text) <= self.max_length and not _ROMAN.fullmatch(text)

    def check(self, doc: Document) -> Iterator[Hit]:
        # (a fragment first: its introductions are not read)
        if self.report == "never" and not self._whole_article(doc):
            return
        words = body_words(doc)
        lowers = body_lowers(doc)
        intros = self._intros(doc, words, lowers)
        seen: set[str] = set()
        candidates = self._candidates(set(map(_TEXT, words)), intros)
        if not candidates:
            return
        # the dateline's town ("Pangkep, IDN Times - ") labels the story, it is not a use
        place_end = dateline_place(doc)[1]
        # (a draft has few candidate forms: each is found by a scan in C, not a Python step per word)
        used = sorted(
            k for form in candidates for k in _indices(words, lowers, form) if not words[k].start < place_end
        )
        if not used:
            return
        # "sopir berinisial RH", "tersangka RS (24)": a person's initials, wherever else they stand
        people = {self._key(_SUFFIX.sub("", words[k].text)) for k in used if self._initials(doc, words, k)}
        for k in used:
            word = words[k]
            text = _SUFFIX.sub("", word.text)
            key = self._key(text)
            # (one the draft spells out is one to introduce, however well readers know it)
            if key in seen or not (key in intros or self._plain_abbreviation(text, key)):
                continue
            after = words[k + 1] if k + 1 < len(words) else None
            # the same letters before a capitalized name (PN Pekanbaru) are a body's again
            if key in people and not (
                after is not None and after.text[:1].isupper() and doc.prose[word.end : after.start] == " "
            ):
                continue
            before = words[k - 1] if k else None
            if before is not None and before.text.lower() in _STREET and before.text[:1].isupper():
                continue  # "Jalan HR Soebrantas", "Jl. MH Thamrin": a person's initials in a street name
            if (
                before is not None
                and before.text in self.brands
                and key in self.acronyms
                and key not in intros
                and doc.prose[before.end : word.start] == " "
            ):
                continue  # "bus Trans Jatim", "Bank Jateng": a brand's name
            if doc.prose[word.end : word.end + 1] == "/" or doc.prose[word.start - 1 : word.start] == "/":
                continue  # a part of a reference number ("nomor SK/12/III/2024"), nothing to spell out
            if doc.prose[word.end : word.end + 1] == "$":
                continue  # a currency's sign ("US$70", "S$"), no short form to spell out
            if _PLATE.match(doc.prose, word.start) or (
                len(text) <= 2 and _PLATE_REGION.search(doc.prose, max(0, word.start - 20), word.start)
            ):
                continue  # a vehicle's registration plate ("pelat AB 1234 CD", "berpelat DK")
            if _MODEL.match(doc.prose, word.start + len(text)):
                continue  # a model or a measure's name ("ATR 72-600", "PM2.5"), no short form
            if before is not None and before.text[:1].isdigit() and (key not in intros or len(text) < 4):
                # "mesin 15 PK", "pukul 12.45 WIB": a unit after a figure; a longer one the draft
                # spells out is a counted thing ("11 TPST" before "tempat pengolahan sampah
                # terpadu (TPST)")
                continue
            if (
                before is not None
                and before.text in _DEGREE_HEADS
                and doc.prose[before.end : word.start] == "."
            ):
                continue  # "dr. Cut Hayati, Sp.GK": a degree
            intro = intros.get(key)
            if intro is not None and word.start < intro.start and _heads_intro(doc, word.start, intro.start):
                continue  # a subheading's "BLT" is introduced in the section it heads, like a headline's
            seen.add(key)
            end = word.start + len(text)
            if self.report == "early":
                if intro is not None and word.start < intro.start:
                    # "Pemprov Jatim" used whole before "(Pemprov Jatim)": one finding
                    if " " in intro.label and doc.source.startswith(intro.label, word.start):
                        end = word.start + len(intro.label)
                        seen.update(self._key(part) for part in intro.label.split())
                    yield Hit(
                        word.start,
                        end,
                        {"match": doc.source[word.start : end], "line": _line(doc, intro.start)},
                        (f"{intro.phrase} ({intro.label})",),
                    )
            elif intro is None:
                spelled = self.acronyms.get(key, "")
                yield Hit(word.start, end, {"match": text}, (f"{spelled} ({text})",) if spelled else ())

    def _candidates(self, forms: set[str], intros: Mapping[str, Intro]) -> set[str]:
        """The forms (words as written) that any test of `check` may call an abbreviation: one
        introduced, a listed acronym, or one opening with two capitals or a capital and a digit
        as _ALL_CAPS needs (the suffix is hyphenated, "KPK-nya": a word without a hyphen has
        none). All but the first are judged once per form, since drafts share their vocabulary."""
        fresh = forms - self._judged
        if fresh:
            if len(self._judged) >= MAX_KEPT_FORMS:
                self._judged.clear()
                self._listed.clear()
                self._suffixed.clear()
                fresh = forms
            acronyms = self.acronyms
            for form in fresh:
                text = _SUFFIX.sub("", form) if "-" in form else form
                if text != form:
                    self._suffixed[form] = text
                # (isupper() first: a cheap superset of the pattern's opening)
                if text.lower() in acronyms or (text[:2].isupper() and _CAPS_START.match(text)):
                    self._listed.add(form)
            self._judged |= fresh
        candidates = forms & self._listed
        if intros:
            suffixed = self._suffixed
            candidates.update(f for f in forms.intersection(intros) if f not in suffixed)
            candidates.update(f for f in forms.intersection(suffixed) if suffixed[f] in intros)
        return candidates

    @staticmethod
    def _initials(doc: Document, words: Sequence[Word], k: int) -> bool:
        """A person's initials (words[k]): after "berinisial", or short with an age after them."""
        word = words[k]
        before = words[k - 1] if k else None
        if before is not None and before.text in _COMPANY_FORMS:
            # "berinisial PT BMT": a firm named by initials
            before = words[k - 2] if k > 1 else None
        if before is not None and before.text.lower() in _INITIALS_AFTER:
            return True
        text = _SUFFIX.sub("", word.text)
        # an age, its bracket left open or not ("DS (24, dan FH (30)")
        return len(text) <= 3 and bool(_AGE_OPENS.match(doc.prose, word.start + len(text)))

    def _intros(self, doc: Document, words: Sequence[Word], lowers: Sequence[str]) -> dict[str, Intro]:
        """First introduction of each abbreviation: "Phrase (ABBR)", "ABBR (Phrase)" or
        "phrase atau ABBR" ("pemberantasan sarang nyamuk atau PSN"); `lowers` are the words
        lower-cased."""
        out: dict[str, Intro] = {}
        prose = doc.prose
        # "phrase atau ABBR": the initials of the words right before "atau" (stricter than
        # brackets: "di PAUD atau TK" is a choice, not an introduction)
        for k in [k + 1 for k in _indices(words, lowers, "atau", len(words) - 1)]:
            text = words[k].text
            n = len(text)
            if not _ALL_CAPS.fullmatch(text) or k - 1 < n:
                continue
            run = words[k - 1 - n : k - 1]
            gaps = itertools.pairwise([*run, words[k - 1]])
            joined = all(prose[a.end : b.start] == " " for a, b in gaps)
            if joined and "".join(w.text[0] for w in run).upper() == text:
                phrase = doc.source[run[0].start : run[-1].end]
                out.setdefault(self._key(text), Intro(words[k].start, phrase, text))
        if "(" not in prose:
            return out
        atau, out = out, {}
        # only the words on either side of an opening parenthesis can introduce anything
        near: set[int] = set()
        for paren in _OPEN_PAREN.finditer(prose):
            k = bisect.bisect_right(words, paren.start(), key=_START)
            near.update((k - 1, k))
        for k in sorted(near):
            if not 0 <= k < len(words):
                continue
            word = words[k]
            before = prose[words[k - 1].end : word.start] if k else ""
            after = prose[word.end : words[k + 1].start] if k + 1 < len(words) else ""
            # (a phrase in quotes may close right before the bracket: '"over the top" (OTT)')
            opens_before = k > 0 and before.strip().lstrip("\"”'’").strip() == "("
            if not opens_before and after.strip() != "(":
                continue
            text = _SUFFIX.sub("", word.text)
            key = self._key(text)
            # a short form introduced already may open another bracket: "(UU ITE)" then "(UU PDP)"
            if text.isdigit() or (key in out and not opens_before):
                continue
            # "Kementerian Kesehatan (Kemenkes)", "Pemerintah Provinsi Jawa Timur (Pemprov Jatim)":
            # up to three words in parentheses, spelled out by the words before them
            if opens_before:
                inner = [word]
                while len(inner) < 3 and k + len(inner) < len(words):
                    gap = prose[inner[-1].end : words[k + len(inner)].start]
                    if gap != " ":
                        break
                    inner.append(words[k + len(inner)])
                closing = prose[inner[-1].end : inner[-1].end + 2].lstrip().startswith(")")
                if not closing and _ALL_CAPS.fullmatch(text):
                    # "Election Commission of India (ECI mengumumkan ...": the bracket left open
                    # is a punctuation slip; the introduction stands
                    inner, closing = [word], True
                label = " ".join(_SUFFIX.sub("", w.text) for w in inner)
                phrase = _phrase_before(doc, words, k, label) if closing else ""
                if not phrase and closing and len(inner) == 1 and _ALL_CAPS.fullmatch(text):
                    # a foreign body's name in Indonesian before the short form of its name in
                    # its own language: "Badan Meteorologi Jepang (JMA)", "Organisasi Kesehatan
                    # Dunia (WHO)"; not an Indonesian body's ("Dinas Sosial (BPBD)" is a slip)
                    named = _name_before(doc, words, k)
                    if key not in self.acronyms and not self.foreign.isdisjoint(named.lower().split()):
                        phrase = named
                if not phrase and closing and len(inner) == 1 and text[1:].islower() and key in self.acronyms:
                    # a listed short form of syllables after a body's capitalized name introduces
                    # it, whatever order the name's words take: "Dinas Perdagangan dan
                    # Perindustrian (Disperindag)"
                    phrase = _name_before(doc, words, k)
                if phrase:
                    spelled = set(phrase.split())
                    for w in inner:
                        short = _SUFFIX.sub("", w.text)
                        # a word the spelled-out name holds itself is that name's word, no short
                        # form: "Kementerian" in "Kementerian Pendidikan ... (Kementerian PANRB)"
                        if short in spelled and len(inner) > 1:
                            continue
                        out.setdefault(self._key(short), Intro(w.start, phrase, label))
                continue
            # "BPBD (Badan Penanggulangan Bencana Daerah)": the phrase in parentheses
            if after.strip() == "(":
                close = prose.find(")", word.end, word.end + 200)
                inner = [w for w in words[k + 1 : k + 12] if close >= 0 and w.end <= close]
                phrase = " ".join(w.text for w in inner)
                if len(inner) >= 2 and spells(text, phrase):
                    out[key] = Intro(word.start, phrase, text)
        for key, intro in atau.items():
            if key not in out or intro.start < out[key].start:
                out[key] = intro
        return out

    @staticmethod
    def _whole_article(doc: Document) -> bool:
        # the lead ("Jakarta, IDN Times - ...") marks a whole news report, not an excerpt
        return any(b.kind is BlockKind.DATELINE for b in doc.blocks)


def _heads_intro(doc: Document, start: int, intro: int) -> bool:
    """The word at `start` stands in a subheading and `intro` in the section under it (before
    the next subheading)."""
    heads = [b for b in doc.blocks if b.kind in _HEAD_KINDS]
    if not any(b.start <= start < b.end for b in heads):
        return False
    return not any(start < b.start <= intro for b in heads)


def spells(abbreviation: str, phrase: str) -> bool:
    """The abbreviation's letters appear in order in the phrase, starting in its first word.

    Syllable acronyms may start inside that word: Polres from "kePOLisian RESor".
    """
    letters = _letters(abbreviation)
    first_word = phrase.split()[0].lower() if phrase.split() else ""
    start = first_word.find(letters[0]) if letters else -1
    if len(letters) < 2 or start < 0:
        return False
    # the letters in order, each found after the one before: every letter is alphanumeric, so
    # the phrase's other characters never match one and need not be dropped first
    text = phrase.lower()
    for c in letters:
        start = text.find(c, start)
        if start < 0:
            return False
        start += 1
    return True


@lru_cache(maxsize=4096)
def _letters(abbreviation: str) -> str:
    """The letters an abbreviation stands for, lower-cased: a digit repeats the letter before it
    (BP3MI is B P P P M I, K3 is K K)."""
    letters: list[str] = []
    for c in abbreviation.lower():
        if c.isdigit() and letters and c != "0":
            letters.extend(letters[-1] * (int(c) - 1))
        elif c.isalnum():
            letters.append(c)
    return "".join(letters)


#: lower-case words inside a body's name ("Badan Pengawas Obat dan Makanan", "Ikatan Orang Tua
#: dengan Anak Autis"), which its short form leaves out
NAME_JOINERS = frozenset(
    {
        "dan", "serta", "untuk", "dari", "di", "ke", "pada", "bagi", "tentang", "yang", "dengan",
        "terhadap", "atas", "antara", "melalui", "sebagai", "tanpa", "oleh", "akan", "dalam",
        "of", "for", "and", "the",
    }
)  # fmt: skip


def _name_before(doc: Document, words: Sequence[Word], k: int) -> str:
    """The capitalized name of two words or more right before "(" at words[k], or ""."""
    j = k
    while j > 0 and k - j < 8 and doc.prose[words[j - 1].end : words[j].start] == (" " if j < k else " ("):
        text = words[j - 1].text
        if not (text[:1].isupper() or (text in NAME_JOINERS and j < k)):
            break
        j -= 1
    while j < k and not words[j].text[:1].isupper():
        j += 1  # a name opens with a capital
    if k - j < 2:
        return ""
    return doc.source[words[j].start : words[k - 1].end]


def _phrase_before(doc: Document, words: Sequence[Word], k: int, text: str) -> str:
    """The words right before "(ABBR)" that spell it out, or "" when none do."""
    for j in range(k - 1, max(-1, k - 9), -1):
        gap = doc.prose[words[j].end : words[j + 1].start]
        titled = gap == ". " and words[j].text.lower() in NAME_TITLES
        if j < k - 1 and gap.strip() not in ("", ",") and not titled:
            break
        phrase = doc.source[words[j].start : words[k - 1].end]
        if (k - j >= 2 or "-" in words[j].text) and spells(text, phrase):
            return phrase
    return ""


#: the least length of a listed word whose slip makes no model for it (see _misspelled_model)
MISSPELLED_MODEL_MIN = 6


def _misspelled_model(bad: tuple[Word, ...], good: tuple[Word, ...], lex: Lexicon) -> bool:
    """The two spellings differ in one word, and the model's is no word but a slip of the
    variant's listed one: "Dinas Pertanain" is no model for "Dinas Pertanian" (the spelling rule
    reports the former)."""
    bad_texts, good_texts = {w.text for w in bad}, {w.text for w in good}
    ours = [w.text for w in good if w.text not in bad_texts]
    theirs = [w.text for w in bad if w.text not in good_texts]
    if len(ours) != 1 or len(theirs) != 1:
        return False
    model, variant = ours[0], theirs[0]
    # a slip of typing, not another spelling of a name (Widjaja, Wijaya; Setyawan, Setiawan;
    # the short particles of a surname, van der and van den; a region's vowel, Koto Tangah
    # beside the word tengah)
    return (
        len(variant) >= MISSPELLED_MODEL_MIN
        and lex.is_listed(variant.lower())
        and not lex.known(model.lower())
        and not lex.is_foreign(model.lower())
        and damerau1(model.lower(), variant.lower())
        and not vowel_variant(model.lower(), variant.lower())
        and transliteration_key(model, diphthongs=True) != transliteration_key(variant, diphthongs=True)
        and loose_key(single_name_key(model)) != loose_key(single_name_key(variant))
    )


CHECK_TYPES: dict[str, type] = {
    "consistency": Consistency,
    "name-variants": NameVariants,
    "abbreviation": Abbreviation,
}
